//! LexisNexis articles. Nexis Uni writes the headline, the outlet and the date on the first lines, then
//! `Copyright`, `Section:`, `Length:`, `Byline:`, a line `Body`, the text, a line `Classification` and keys such
//! as `Language:`, `Publication-Type:`, `Subject:` and `Load-Date:`. The older layout writes the outlet, the
//! date and an edition first, then the headline, then capitalised keys (`BYLINE:`, `SECTION:`, `LENGTH:`), the
//! text, and `LOAD-DATE:`, `LANGUAGE:` and the copyright after it.

use super::{ExportArticle, author, is_copyright, section, some_text};
use crate::core::dates::date_from_field;
use crate::core::language;

/// What a key line of an article gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Key {
    Author,
    Section,
    Language,
    LoadDate,
    Url,
    /// Read past, before the text: length, dateline, highlight, edition.
    Other,
    /// Read past, after the text: type, subjects, places, companies and the other indexing lines.
    Index,
}

impl Key {
    /// Whether this key, once the text has started, means the text is over.
    fn ends_the_text(self) -> bool {
        !matches!(self, Self::Author | Self::Section | Self::Other)
    }
}

/// The key a line opens with ("Byline: Jane Doe", "LOAD-DATE: March 4, 2024"), with its value.
fn key_line(line: &str) -> Option<(Key, &str)> {
    let (key, value) = line.split_once(':')?;
    let kind = match key.trim().to_lowercase().as_str() {
        "byline" | "author" => Key::Author,
        "section" => Key::Section,
        "language" => Key::Language,
        "load-date" => Key::LoadDate,
        "url" => Key::Url,
        "length" | "dateline" | "highlight" | "correction-date" | "document-type" | "edition" | "notes" | "type"
        | "series" | "column" | "distribution" | "pub-type" => Key::Other,
        "publication-type" | "subject" | "geographic" | "organization" | "person" | "company" | "industry"
        | "ticker" | "journal-code" | "graphic" => Key::Index,
        _ => return None,
    };
    Some((kind, value))
}

/// Reads an article of either LexisNexis layout; `None` for one with no key line and no `Body` line.
pub fn read(text: &str) -> Option<ExportArticle> {
    let lines: Vec<&str> = text.lines().collect();
    let head_end = lines.iter().position(|line| key_line(line.trim()).is_some() || line.trim() == "Body")?;
    let mut article = ExportArticle::default();
    read_head(&lines[..head_end], &mut article);
    let mut load_date = None;
    let mut body: Vec<&str> = Vec::new();
    // The text runs from its first line to a line `Classification` or a key that only follows it.
    let (mut started, mut ended) = (false, false);
    for line in &lines[head_end..] {
        let trimmed = line.trim();
        if let Some((key, value)) = key_line(trimmed) {
            ended |= started && key.ends_the_text();
            match key {
                Key::Author => article.meta.author = article.meta.author.take().or_else(|| author(value)),
                Key::Section => article.meta.section = article.meta.section.take().or_else(|| section(value)),
                Key::Language => article.meta.language = language::code_from_name(value),
                Key::LoadDate => load_date = date_from_field(value),
                Key::Url => article.meta.url = some_text(value),
                Key::Other | Key::Index => {}
            }
        } else if trimmed == "Classification" {
            ended |= started;
        } else if !ended && trimmed != "Body" && !is_copyright(trimmed) {
            started |= !trimmed.is_empty();
            body.push(line);
        }
    }
    article.published = article.published.take().or(load_date);
    article.body = body.join("\n").trim().to_owned();
    Some(article)
}

/// The lines before the first key: headline, outlet and date (Nexis Uni), or outlet, date, edition and headline
/// (the older layout). The date line is the first that reads as a date; copyright notices are passed over.
fn read_head(head: &[&str], article: &mut ExportArticle) {
    let lines: Vec<&str> =
        head.iter().map(|line| line.trim()).filter(|line| !line.is_empty() && !is_copyright(line)).collect();
    let is_date_line = |line: &&str| line.split_whitespace().count() <= 8 && date_from_field(line).is_some();
    let Some(date_at) = lines.iter().position(is_date_line) else {
        article.title = lines.first().map(|line| (*line).to_owned());
        return;
    };
    article.published = date_from_field(lines[date_at]);
    if date_at >= 2 {
        article.title = some_text(&lines[..date_at - 1].join(" "));
        article.meta.outlet = some_text(lines[date_at - 1]);
    } else {
        article.meta.outlet = lines.first().filter(|_| date_at == 1).map(|line| (*line).to_owned());
        let after: Vec<&str> = lines[date_at + 1..].iter().copied().filter(|line| !is_edition(line)).collect();
        article.title = some_text(&after.join(" "));
    }
}

/// An edition line of the older layout: "Final Edition", "LATE EDITION - FINAL", "First Edition".
fn is_edition(line: &str) -> bool {
    let lower = line.to_lowercase();
    line.len() < 40 && (lower.contains("edition") || lower == "final" || lower.starts_with("late"))
}
