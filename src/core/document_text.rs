//! What the readers kept of each document, for `geodash text`: so analysts can check and reuse the cleaned
//! text, and tests can compare it with what they expect.

use std::io::Write;

use serde::Serialize;

use crate::core::dates::DateSpan;
use crate::core::document::Document;
use crate::core::export::ExportError;

/// One document as the readers kept it.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct TextRecord {
    /// The document's id.
    pub id: String,
    /// Where it was read from: a path, or "archive.zip › entry".
    pub source: String,
    /// The format it was read as.
    pub format: String,
    /// Its title.
    pub title: String,
    /// Its publication date, as precise as it is known ("2023-07-26", "March 2024", "2023"), or `None`.
    pub published: Option<String>,
    /// `day`, `month`, `season` or `year`; `None` when undated.
    pub precision: Option<String>,
    /// The time of day it was published at, as written, with its zone where known ("10:15 UTC+01:00").
    pub time: Option<String>,
    /// That moment in UTC ("2024-03-03T09:15:00Z"), when the zone is known.
    pub published_utc: Option<String>,
    /// For a speech, the code of the country that speaks ("NER"); `None` otherwise.
    pub speaker: Option<String>,
    /// The outlet that published it, where the document names one.
    pub outlet: Option<String>,
    /// Who wrote it, where the document says.
    pub author: Option<String>,
    /// The section it ran in, where the document says.
    pub section: Option<String>,
    /// The address it was published at, where known.
    pub url: Option<String>,
    /// Its language (ISO 639-3: "eng", "fra"), declared or detected.
    pub language: Option<String>,
    /// The text.
    pub text: String,
}

impl From<&Document> for TextRecord {
    fn from(document: &Document) -> Self {
        let span = document.published.as_ref().map(|published| &published.span);
        let time = document.published.as_ref().and_then(|published| published.time);
        let utc = time.zip(span).and_then(|(time, span)| time.utc_on(span.start));
        Self {
            time: time.map(|time| time.label()),
            published_utc: utc.map(|moment| moment.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
            id: document.id.clone(),
            source: document.source.label(),
            format: document.format.label().to_owned(),
            title: document.title.clone(),
            published: span.map(DateSpan::label),
            precision: span.map(|span| span.precision.label().to_owned()),
            speaker: document.speaker.clone(),
            outlet: document.meta.outlet.clone(),
            author: document.meta.author.clone(),
            section: document.meta.section.clone(),
            url: document.meta.url.clone(),
            language: document.meta.language.clone(),
            text: document.text.clone(),
        }
    }
}

/// Writes one JSON object a line.
pub fn write_jsonl(out: &mut dyn Write, records: &[TextRecord]) -> Result<(), ExportError> {
    for record in records {
        serde_json::to_writer(&mut *out, record)?;
        writeln!(out)?;
    }
    Ok(())
}

/// Writes each document as a short header and its text, documents separated by a rule.
pub fn write_plain(out: &mut dyn Write, records: &[TextRecord]) -> Result<(), ExportError> {
    for record in records {
        writeln!(out, "=== {} ({}, {})", record.id, record.format, record.source)?;
        writeln!(out, "title: {}", record.title)?;
        match (&record.published, &record.precision) {
            (Some(date), Some(precision)) => match &record.time {
                Some(time) => writeln!(out, "published: {date} {time} ({precision})")?,
                None => writeln!(out, "published: {date} ({precision})")?,
            },
            _ => writeln!(out, "published: undated")?,
        }
        if let Some(speaker) = &record.speaker {
            writeln!(out, "speaker: {speaker}")?;
        }
        let fields = [
            ("outlet", &record.outlet),
            ("author", &record.author),
            ("section", &record.section),
            ("url", &record.url),
            ("language", &record.language),
        ];
        for (name, value) in fields {
            if let Some(value) = value {
                writeln!(out, "{name}: {value}")?;
            }
        }
        writeln!(out, "\n{}\n", record.text.trim_end())?;
    }
    Ok(())
}
