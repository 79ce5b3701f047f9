//! Articles exported from news databases: LexisNexis (Nexis Uni, and the older "1 of 25 DOCUMENTS" layout) and
//! Factiva (with its field codes, or in its article layout), saved as one text, RTF, Word, HTML or PDF file that
//! holds many. The file is cut at each article's end ("End of Document"; "Document" and an accession number) or
//! start ("3 of 25 DOCUMENTS"), and each article's metadata lines (headline, outlet, date, byline, section,
//! length, language, load date, subjects, copyright) are read into its fields and kept out of its text.

mod factiva;
mod lexis;

use std::sync::LazyLock;

use regex::Regex;

use super::header_block::some_text;
use super::origin::Origin;
use super::{document_from_text, title_from_text};
use crate::core::dates::Published;
use crate::core::document::{Document, Format, Metadata};

/// One article of an export, as its metadata and text give it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExportArticle {
    /// The headline.
    pub title: Option<String>,
    /// The publication date (the load date only where no other is given).
    pub published: Option<Published>,
    /// Outlet, byline, section and language.
    pub meta: Metadata,
    /// The article's text without its metadata lines.
    pub body: String,
}

/// A line that opens an article of the older LexisNexis layout: "3 of 25 DOCUMENTS".
static STARTS_AN_ARTICLE: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?i)^\d{1,6} of \d{1,6} documents?$").ok());

/// "End of Document" (LexisNexis) or "Document " and a long letters-and-digits id (Factiva's accession number,
/// alone or after its code `AN`).
pub fn ends_an_article(line: &str) -> bool {
    if !line.contains("Document") && !line.contains("DOCUMENT") && !line.contains("document") {
        return false;
    }
    let line = line.strip_prefix("AN").filter(|rest| rest.starts_with(char::is_whitespace)).map_or(line, str::trim);
    let factiva_id = line.strip_prefix("Document ").is_some_and(|id| {
        id.len() >= 16 && id.bytes().all(|byte| byte.is_ascii_alphanumeric()) && id.bytes().any(|b| b.is_ascii_digit())
    });
    line.eq_ignore_ascii_case("End of Document") || factiva_id
}

fn starts_an_article(line: &str) -> bool {
    // Cheap tests first: most lines of most texts start with no digit.
    let looks_like = line.starts_with(|c: char| c.is_ascii_digit()) && line.to_ascii_lowercase().contains("document");
    looks_like && STARTS_AN_ARTICLE.as_ref().is_some_and(|pattern| pattern.is_match(line))
}

/// Whether a line ends or starts an article of an export.
fn marks_an_article(line: &str) -> bool {
    let line = line.trim();
    ends_an_article(line) || starts_an_article(line)
}

/// The articles of an export, cut where one ends or the next starts; `None` for a text with no such line (found
/// without copying the text).
pub fn split(text: &str) -> Option<Vec<String>> {
    if !text.lines().any(marks_an_article) {
        return None;
    }
    let mut articles = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        if marks_an_article(line) {
            articles.push(std::mem::take(&mut current));
        } else {
            current.push_str(line);
            current.push('\n');
        }
    }
    articles.push(current);
    let articles: Vec<String> =
        articles.into_iter().map(|article| article.trim().to_owned()).filter(|article| !article.is_empty()).collect();
    (!articles.is_empty()).then_some(articles)
}

/// Reads one article's metadata in whichever layout it is written; `None` for an article with no metadata.
pub fn read_article(text: &str) -> Option<ExportArticle> {
    factiva::read_coded(text).or_else(|| factiva::read_article_layout(text)).or_else(|| lexis::read(text))
}

/// The documents of an export file, one per article, each with its metadata; `None` when `text` is no export.
pub fn documents(origin: &Origin, text: &str, format: Format) -> Option<Vec<Document>> {
    let articles = split(text)?;
    let documents = articles.iter().enumerate().filter_map(|(number, text)| {
        let source = origin.source_of_part(&format!("article {}", number + 1));
        let id = format!("{}-{}", origin.stem(), number + 1);
        let Some(article) = read_article(text) else {
            // An article with no metadata lines is read as any text is: its title and date from its header.
            let document = document_from_text(text.clone(), source, format, origin.file_name());
            return Some(Document { id, ..document });
        };
        let body = article.body.trim();
        if body.is_empty() {
            return None;
        }
        let text = match &article.title {
            Some(title) if !body.starts_with(title.as_str()) => format!("{title}\n\n{body}"),
            _ => body.to_owned(),
        };
        let title = article.title.unwrap_or_else(|| title_from_text(&text, None));
        Some(Document {
            id,
            title,
            source,
            text,
            format,
            published: article.published,
            speaker: None,
            meta: article.meta,
        })
    });
    Some(documents.collect())
}

/// A copyright notice, which no article's text needs.
fn is_copyright(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.starts_with("copyright")
        || lower.starts_with('©')
        || lower.starts_with("(c)")
        || lower == "all rights reserved"
}

/// A byline without its "By" or "Par" ("By Jane Doe" → "Jane Doe").
fn author(value: &str) -> Option<String> {
    let value = value.trim();
    let value =
        ["By ", "BY ", "by ", "Par ", "PAR ", "par "].iter().find_map(|by| value.strip_prefix(by)).unwrap_or(value);
    some_text(value)
}

/// A section without the page it ran on ("WORLD; Pg. 4" → "WORLD").
fn section(value: &str) -> Option<String> {
    let value = value.trim();
    let kept = value.split_once(';').filter(|(_, page)| page.trim().starts_with("Pg")).map_or(value, |(name, _)| name);
    some_text(kept)
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn an_export_is_cut_at_its_article_ends() {
        let text = "One\n\nNiger.\n\nEnd of Document\n\nTwo\n\nMali.\nDocument AFPFR00020230804ej84001\n";
        assert_eq!(split(text), Some(vec!["One\n\nNiger.".to_owned(), "Two\n\nMali.".to_owned()]));
    }

    #[test]
    fn the_older_lexis_layout_is_cut_where_each_article_starts() {
        let text = "   1 of 2 DOCUMENTS\n\nThe Times\n\nOne.\n\n   2 of 2 DOCUMENTS\n\nThe Times\n\nTwo.\n";
        assert_eq!(split(text), Some(vec!["The Times\n\nOne.".to_owned(), "The Times\n\nTwo.".to_owned()]));
    }

    #[test]
    fn a_report_that_merely_mentions_a_document_is_no_export() {
        assert_eq!(split("Document 5 of the report\nNiger."), None);
    }
}
