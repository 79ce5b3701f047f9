//! Plain text and Markdown files.

use super::header_block::{self, HeaderBlock};
use super::origin::Origin;
use super::{Problem, database_export, decode::decode_text, title::title_from_text};
use crate::core::actors::embedded_name_on;
use crate::core::dates::publication_date;
use crate::core::document::{Document, Format, Metadata, Source, UnSpeech};

/// Reads a text or Markdown file's bytes as one document, or a news database's export as one per article.
pub fn read(origin: &Origin, bytes: &[u8], format: Format) -> Result<Vec<Document>, Problem> {
    let text = decode_text(bytes).map_err(|error| origin.failed(error.to_string()))?;
    if text.trim().is_empty() {
        return Err(origin.skipped("empty file: no text"));
    }
    if let Some(documents) = database_export::documents(origin, &text, format) {
        return Ok(documents);
    }
    Ok(vec![document_from_text(text, origin.source(), format, origin.file_name())])
}

/// The speaker of a UN speech under its name of the session's year ("Upper Volta" in 1975), or its code.
fn speech_name(speech: &UnSpeech) -> String {
    let mid_year = chrono::NaiveDate::from_ymd_opt(speech.year, 7, 2);
    mid_year.and_then(|day| embedded_name_on(&speech.speaker, day)).unwrap_or_else(|| speech.speaker.clone())
}

/// Builds a document from text already in memory: finds its publication date and title. A block of `Key: value`
/// lines at its top gives them (and its outlet) and is kept out of the text.
pub fn document_from_text(text: String, source: Source, format: Format, file_name: Option<&str>) -> Document {
    if let Some(block) = header_block::read(&text)
        && let Some(body) = text.get(block.body_start..).filter(|body| !body.trim().is_empty())
    {
        let body = body.trim_start_matches(['\n', '\r']).to_owned();
        return from_header_block(block, body, source, format, file_name);
    }
    let published = publication_date(&text, file_name);
    let header = published.as_ref().and_then(|published| published.at.clone());
    let id = stem(file_name);
    let speech = file_name.and_then(UnSpeech::from_file_name);
    // A speech opens with greetings, not a headline: it is titled by who speaks, and when.
    let title = match &speech {
        Some(speech) => speech.title(&speech_name(speech)),
        None => title_from_text(&text, header),
    };
    let speaker = speech.map(|speech| speech.speaker);
    Document { id, title, source, text, format, published, speaker, meta: Metadata::default() }
}

/// A document whose header block gave what it could: the rest is found in its body and file name as usual.
fn from_header_block(block: HeaderBlock, text: String, source: Source, format: Format, name: Option<&str>) -> Document {
    let published = block.published.or_else(|| publication_date(&text, name));
    let title = block.title.unwrap_or_else(|| title_from_text(&text, None));
    let id = stem(name);
    Document { id, title, source, text, format, published, speaker: None, meta: block.meta }
}

/// A document's id: its file name without the extension (empty without a name).
fn stem(file_name: Option<&str>) -> String {
    file_name.map(|name| name.rsplit_once('.').map_or(name, |(stem, _)| stem).to_owned()).unwrap_or_default()
}
