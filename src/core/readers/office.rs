//! Word (.docx) and OpenDocument (.odt) files: ZIP containers whose text is XML. The document's own title
//! (its properties) is used when it has one; the publication date is read from the text like a plain file's.

use super::origin::Origin;
use super::xml_text::{Layout, paragraphs};
use super::zipped::Zipped;
use super::{Problem, database_export, document_from_text};
use crate::core::document::{Document, Format};

const DOCX: Layout =
    Layout { paragraphs: &["p"], text_in: Some("t"), tabs: &["tab"], breaks: &["br", "cr"], spaces: None };

const ODT: Layout =
    Layout { paragraphs: &["p", "h"], text_in: None, tabs: &["tab"], breaks: &["line-break"], spaces: Some("s") };

/// Reads a .docx file: the paragraphs of `word/document.xml`.
pub fn read_docx(origin: &Origin, bytes: &[u8]) -> Result<Vec<Document>, Problem> {
    read_office(origin, bytes, "word/document.xml", &DOCX, Format::Docx)
}

/// Reads an .odt file: the paragraphs and headings of `content.xml`.
pub fn read_odt(origin: &Origin, bytes: &[u8]) -> Result<Vec<Document>, Problem> {
    read_office(origin, bytes, "content.xml", &ODT, Format::Odt)
}

fn read_office(
    origin: &Origin,
    bytes: &[u8],
    part: &str,
    layout: &Layout,
    format: Format,
) -> Result<Vec<Document>, Problem> {
    let fail = |reason: String| origin.failed(reason);
    let mut zipped = Zipped::open(bytes).map_err(|error| fail(format!("{error}: not a {} file", format.label())))?;
    let xml = zipped.read_named(part).map_err(|error| fail(format!("{part}: {error}")))?;
    let xml = String::from_utf8(xml).map_err(|_| fail(format!("{part} is not UTF-8")))?;
    let text = paragraphs(&xml, layout).map_err(|error| fail(format!("{part}: {error}")))?;
    if let Some(documents) = database_export::documents(origin, &text, format) {
        return Ok(documents);
    }
    let mut document = document_from_text(text, origin.source(), format, origin.file_name());
    if let Some(title) = own_title(&mut zipped) {
        document.title = title;
    }
    Ok(vec![document])
}

/// The title in the document's properties (`docProps/core.xml` or `meta.xml`), when it has one.
fn own_title(zipped: &mut Zipped<'_>) -> Option<String> {
    const TITLE_IN: Layout =
        Layout { paragraphs: &["title"], text_in: Some("title"), tabs: &[], breaks: &[], spaces: None };
    let xml = zipped.read_named("docProps/core.xml").or_else(|_| zipped.read_named("meta.xml")).ok()?;
    let title = paragraphs(std::str::from_utf8(&xml).ok()?, &TITLE_IN).ok()?;
    let title = title.lines().next()?.trim().to_owned();
    (!title.is_empty()).then_some(title)
}
