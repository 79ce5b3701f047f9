//! Which reader a file or archive entry goes to, by its name, and the call to that reader.

use super::origin::Origin;
use super::{ReadOutcome, archive, feed, html, mail, office, pdf, rtf, table, text};
use crate::core::document::Format;
use crate::core::language;

/// The readers geodash has, one per kind of file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// Plain text or Markdown.
    Text(Format),
    /// A web page.
    Html,
    /// A PDF's text layer.
    Pdf,
    /// A Word document.
    Docx,
    /// An OpenDocument text.
    Odt,
    /// Rich Text Format.
    Rtf,
    /// One e-mail message.
    Eml,
    /// A mailbox of messages.
    Mbox,
    /// A table export; `b'\t'` for TSV.
    Table(u8),
    /// A JSON array or object, or JSON Lines.
    Json,
    /// An RSS or Atom feed (`.rss`, `.atom`, or `.xml` that is one).
    Feed,
    /// A ZIP archive of any of these.
    Zip,
}

/// The extensions geodash reads, for messages.
pub const READ_EXTENSIONS: &str =
    ".txt .md .html .htm .pdf .docx .odt .rtf .eml .mbox .csv .tsv .json .jsonl .rss .atom .xml .zip";

/// The reader for a file name, from its extension; `None` for formats geodash does not read.
pub fn reader_for(name: &str) -> Option<Reader> {
    let (_, extension) = name.rsplit_once('.')?;
    let reader = match extension.to_ascii_lowercase().as_str() {
        "txt" | "text" => Reader::Text(Format::Text),
        "md" | "markdown" => Reader::Text(Format::Markdown),
        "html" | "htm" | "xhtml" => Reader::Html,
        "pdf" => Reader::Pdf,
        "docx" => Reader::Docx,
        "odt" => Reader::Odt,
        "rtf" => Reader::Rtf,
        "eml" => Reader::Eml,
        "mbox" => Reader::Mbox,
        "csv" => Reader::Table(b','),
        "tsv" | "tab" => Reader::Table(b'\t'),
        "json" | "jsonl" | "ndjson" => Reader::Json,
        "rss" | "atom" | "xml" => Reader::Feed,
        "zip" => Reader::Zip,
        _ => return None,
    };
    Some(reader)
}

/// Reads the bytes of a file or archive entry with its reader. `depth` counts the archives it is inside.
pub fn read_bytes(origin: &Origin, bytes: &[u8], reader: Reader, depth: usize) -> ReadOutcome {
    let result = match reader {
        Reader::Text(format) => text::read(origin, bytes, format),
        Reader::Html => html::read(origin, bytes),
        Reader::Pdf => pdf::read(origin, bytes),
        Reader::Docx => office::read_docx(origin, bytes),
        Reader::Odt => office::read_odt(origin, bytes),
        Reader::Rtf => rtf::read(origin, bytes),
        Reader::Eml => mail::read_message(origin, bytes),
        Reader::Mbox => mail::read_mailbox(origin, bytes),
        Reader::Feed if feed::is_feed(bytes) => feed::read(origin, bytes),
        Reader::Feed => Err(origin.skipped("an XML file that is no RSS or Atom feed")),
        Reader::Table(delimiter) => return with_text(origin, table::read_table(origin, bytes, delimiter)),
        Reader::Json => return with_text(origin, table::read_json(origin, bytes)),
        Reader::Zip => return archive::read(origin, bytes, depth),
    };
    match result {
        Ok(documents) => with_text(origin, ReadOutcome { documents, problems: Vec::new() }),
        Err(problem) => ReadOutcome::problem(problem),
    }
}

/// The documents that have text, each with its language; a file that gave documents but no text at all is
/// reported instead.
fn with_text(origin: &Origin, mut outcome: ReadOutcome) -> ReadOutcome {
    let had_documents = !outcome.documents.is_empty();
    outcome.documents.retain(|document| !document.text.trim().is_empty());
    language::fill_missing(&mut outcome.documents);
    if outcome.documents.is_empty() && (had_documents || outcome.problems.is_empty()) {
        outcome.problems.push(origin.skipped("no text in it"));
    }
    outcome
}
