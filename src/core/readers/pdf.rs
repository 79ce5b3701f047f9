//! PDF files: the text layer of every page, pages separated by a blank line. A PDF that gathers several
//! articles, as news databases export them, is cut into one document per article with its metadata
//! (`database_export`). `pdf-extract` panics on
//! some PDFs it does not understand, so each call is isolated: such a file is reported and the rest load.

use std::panic::{AssertUnwindSafe, catch_unwind};

use super::origin::Origin;
use super::tidy::tidy;
use super::{Problem, database_export, document_from_text};
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
    if let Some(documents) = database_export::documents(origin, &text, Format::Pdf) {
        return Ok(documents);
    }
    Ok(vec![document_from_text(text, origin.source(), Format::Pdf, origin.file_name())])
}

fn pdf_error(bytes: &[u8], error: &str) -> String {
    let encrypted = bytes.windows(8).any(|window| window == b"/Encrypt");
    if encrypted {
        "encrypted PDF: geodash cannot read password-protected files".to_owned()
    } else {
        format!("broken or truncated PDF ({error})")
    }
}
