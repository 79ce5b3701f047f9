//! PDF files: the text layer of every page, pages separated by a blank line. A PDF that gathers several
//! articles, as news databases export them, is cut into one document per article where a line marks the end of
//! one ("End of Document" in LexisNexis exports; "Document" and an id in Factiva's). `pdf-extract` panics on
//! some PDFs it does not understand, so each call is isolated: such a file is reported and the rest load.

use std::panic::{AssertUnwindSafe, catch_unwind};

use super::origin::Origin;
use super::tidy::tidy;
use super::{Problem, document_from_text};
use crate::core::document::{Document, Format};

/// Reads a PDF's text layer as one document.
pub fn read(origin: &Origin, bytes: &[u8]) -> Result<Vec<Document>, Problem> {
    if !bytes.starts_with(b"%PDF") {
        return Err(origin.failed("not a PDF file (it does not start with %PDF)"));
    }
    let pages = catch_unwind(AssertUnwindSafe(|| pdf_extract::extract_text_from_mem_by_pages(bytes)))
        .map_err(|_| origin.failed("the PDF reader could not handle this file"))?
        .map_err(|error| origin.failed(pdf_error(bytes, &error.to_string())))?;
    let text = tidy(&pages.join("\n\n"));
    if text.is_empty() {
        return Err(origin.skipped("no text layer (a scanned PDF needs OCR before geodash can read it)"));
    }
    let articles = split_articles(&text);
    if articles.len() < 2 {
        return Ok(vec![document_from_text(text, origin.source(), Format::Pdf, origin.file_name())]);
    }
    let documents = articles.into_iter().enumerate().map(|(number, article)| {
        let source = origin.source_of_part(&format!("article {}", number + 1));
        let mut document = document_from_text(article, source, Format::Pdf, origin.file_name());
        document.id = format!("{}-{}", origin.stem(), number + 1);
        document
    });
    Ok(documents.collect())
}

/// The articles of a news database export, cut at the lines that end each; the whole text when it has none.
fn split_articles(text: &str) -> Vec<String> {
    let mut articles = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        if ends_an_article(line.trim()) {
            articles.push(std::mem::take(&mut current));
        } else {
            current.push_str(line);
            current.push('\n');
        }
    }
    articles.push(current);
    articles.into_iter().map(|article| article.trim().to_owned()).filter(|article| !article.is_empty()).collect()
}

/// "End of Document" (LexisNexis) or "Document " and a long letters-and-digits id (Factiva).
fn ends_an_article(line: &str) -> bool {
    let factiva_id = line.strip_prefix("Document ").is_some_and(|id| {
        id.len() >= 16 && id.bytes().all(|byte| byte.is_ascii_alphanumeric()) && id.bytes().any(|b| b.is_ascii_digit())
    });
    line.eq_ignore_ascii_case("End of Document") || factiva_id
}

fn pdf_error(bytes: &[u8], error: &str) -> String {
    let encrypted = bytes.windows(8).any(|window| window == b"/Encrypt");
    if encrypted {
        "encrypted PDF: geodash cannot read password-protected files".to_owned()
    } else {
        format!("broken or truncated PDF ({error})")
    }
}

#[cfg(test)]
mod tests {
    use super::split_articles;

    #[test]
    fn an_export_is_cut_at_its_end_of_document_lines() {
        let text = "One\n\nNiger.\n\nEnd of Document\n\nTwo\n\nMali.\nDocument AFPFR00020230804ej84001\n";
        assert_eq!(split_articles(text), ["One\n\nNiger.", "Two\n\nMali."]);
    }

    #[test]
    fn a_report_that_merely_mentions_a_document_stays_whole() {
        assert_eq!(split_articles("Document 5 of the report\nNiger."), ["Document 5 of the report\nNiger."]);
    }
}
