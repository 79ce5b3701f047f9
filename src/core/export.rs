//! Plain records behind each view, as the command line prints them (JSON or CSV).

use std::io::Write;

use serde::Serialize;

use crate::core::actors::Mention;
use crate::core::candidates::Candidate;
use crate::core::corpus::Corpus;
use crate::core::document::Document;
use crate::core::mention_notes::note;
use crate::core::search::{Hit, Marked, SearchError};
use crate::core::stats::ActorRow;
use crate::core::timeline::TimelineItem;

/// Why records could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Writing failed (a full disk, a closed pipe).
    #[error("cannot write: {0}")]
    Io(#[from] std::io::Error),
    /// A file could not be written.
    #[error("cannot write {path}: {source}")]
    File {
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A record does not turn into JSON.
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// A record does not turn into CSV.
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
    /// The records could not be gathered: the query does not run.
    #[error(transparent)]
    Search(#[from] SearchError),
}

impl ExportError {
    /// An error writing a particular file.
    pub fn file(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> Self + '_ {
        move |source| Self::File { path: path.to_path_buf(), source }
    }
}

/// One actor's figures.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct ActorRecord {
    /// Display name.
    pub name: String,
    /// Dictionary id (ISO3 for states).
    pub id: String,
    /// state, person, organisation or armed group.
    pub kind: String,
    /// Documents with at least one counted mention.
    pub documents: usize,
    /// Counted mentions.
    pub mentions: usize,
    /// Counted mentions per 1,000 words of the documents considered.
    pub per_thousand_words: f64,
    /// Mentions of ambiguous or guarded names not counted (no supporting word, or a word of their other sense in
    /// their sentence).
    pub flagged: usize,
}

impl From<&ActorRow> for ActorRecord {
    fn from(row: &ActorRow) -> Self {
        Self {
            name: row.name.clone(),
            id: row.id.clone(),
            kind: row.kind.label().to_owned(),
            documents: row.documents,
            mentions: row.mentions,
            per_thousand_words: (row.per_thousand_words * 100.0).round() / 100.0,
            flagged: row.flagged,
        }
    }
}

/// One actor mention in one document, explained.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct MentionRecord {
    /// Document id.
    pub document: String,
    /// The outlet that published the document, where it names one.
    pub outlet: String,
    /// The document's language (ISO 639-3), where known.
    pub language: String,
    /// The day the document is read as of (its publication date, or the corpus's "as of" date).
    pub read_as_of: String,
    /// Dictionary id of the actor.
    pub actor_id: String,
    /// The actor's chart name.
    pub actor: String,
    /// The actor's name on that day, where it differs ("Upper Volta").
    pub name_then: String,
    /// state, person, organisation or armed group.
    pub kind: String,
    /// Byte offset of the mention's start in the document's text.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// The words in the text.
    pub text: String,
    /// Whether it counts.
    pub counted: bool,
    /// named, title (an office's title beside a state), unsupported or other sense (the last two not counted).
    pub why: String,
}

impl MentionRecord {
    /// The record of a mention of document `doc`.
    pub fn new(corpus: &Corpus, doc: usize, mention: &Mention) -> Option<Self> {
        let note = note(corpus, doc, mention)?;
        let document = corpus.documents.get(doc)?;
        let (outlet, language) = outlet_and_language(Some(document));
        Some(Self {
            document: document.id.clone(),
            outlet,
            language,
            read_as_of: note.day.to_string(),
            actor_id: note.actor.id.clone(),
            actor: note.actor.name.clone(),
            name_then: if note.name_then == note.actor.name { String::new() } else { note.name_then.to_owned() },
            kind: note.actor.kind.label().to_owned(),
            start: mention.span.start,
            end: mention.span.end,
            text: document.text.get(mention.span.clone()).unwrap_or_default().to_owned(),
            counted: note.verdict.counts(),
            why: note.verdict.code().to_owned(),
        })
    }
}

/// One candidate actor.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct CandidateRecord {
    /// The name, in its most frequent written form.
    pub name: String,
    /// person, party, armed group, company, organisation or unknown: a guess.
    pub kind: String,
    /// What the guess rests on.
    pub evidence: String,
    /// Documents that name it.
    pub documents: usize,
    /// Times it is named, all variants together.
    pub mentions: usize,
    /// Every written form, most frequent first, joined by " | ".
    pub variants: String,
    /// Up to three sentences naming it, from different documents, joined by " | ".
    pub examples: String,
    /// The rank's score (documents first, then the C-value of its mentions).
    pub score: f64,
}

impl From<&Candidate> for CandidateRecord {
    fn from(candidate: &Candidate) -> Self {
        let examples: Vec<&str> = candidate.examples.iter().map(|example| example.sentence.as_str()).collect();
        Self {
            name: candidate.name.clone(),
            kind: candidate.kind.label().to_owned(),
            evidence: candidate.evidence.clone(),
            documents: candidate.documents,
            mentions: candidate.mentions,
            variants: candidate.variants.join(" | "),
            examples: examples.join(" | "),
            score: (candidate.score * 100.0).round() / 100.0,
        }
    }
}

/// One search hit.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct HitRecord {
    /// Rank, from 1.
    pub rank: usize,
    /// Document id.
    pub id: String,
    /// Document title.
    pub title: String,
    /// Publication date label, or "undated".
    pub date: String,
    /// The outlet that published it, where it names one.
    pub outlet: String,
    /// Its language (ISO 639-3), where known.
    pub language: String,
    /// BM25 score.
    pub score: f32,
    /// The best passage, the query's words wrapped in `**`.
    pub snippet: String,
}

impl HitRecord {
    /// The record for a hit at `rank` (from 1).
    pub fn new(corpus: &Corpus, rank: usize, hit: &Hit) -> Self {
        let document = corpus.documents.get(hit.doc);
        let (outlet, language) = outlet_and_language(document);
        Self {
            rank,
            outlet,
            language,
            id: document.map(|document| document.id.clone()).unwrap_or_default(),
            title: document.map(|document| document.title.clone()).unwrap_or_default(),
            date: document
                .and_then(|document| document.published.as_ref())
                .map_or_else(|| "undated".to_owned(), |published| published.span.label()),
            score: (hit.score * 1000.0).round() / 1000.0,
            snippet: with_stars(&hit.snippet),
        }
    }
}

/// A document's outlet and language for a record's columns ("" where unknown).
fn outlet_and_language(document: Option<&Document>) -> (String, String) {
    let meta = document.map(|document| &document.meta);
    let outlet = meta.and_then(|meta| meta.outlet.clone()).unwrap_or_default();
    (outlet, meta.and_then(|meta| meta.language.clone()).unwrap_or_default())
}

/// Text with each mark wrapped in `**`.
pub fn with_stars(marked: &Marked) -> String {
    let mut out = String::with_capacity(marked.text.len() + 8 * marked.marks.len());
    let mut at = 0;
    for mark in &marked.marks {
        let (Some(before), Some(inside)) = (marked.text.get(at..mark.start), marked.text.get(mark.clone())) else {
            continue;
        };
        out.push_str(before);
        out.push_str("**");
        out.push_str(inside);
        out.push_str("**");
        at = mark.end;
    }
    out.push_str(marked.text.get(at..).unwrap_or(""));
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One dated item.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct TimelineRecord {
    /// First day of the date (YYYY-MM-DD).
    pub date: String,
    /// Last day of the date (YYYY-MM-DD); equal to `date` for a day.
    pub end: String,
    /// day, month, season or year.
    pub precision: String,
    /// The date as a person writes it, honest about precision ("late March 2024", "summer 2023").
    pub label: String,
    /// published or mentioned.
    pub kind: String,
    /// Document id.
    pub document: String,
    /// The outlet that published the document, where it names one.
    pub outlet: String,
    /// The document's language (ISO 639-3), where known.
    pub language: String,
    /// The words in the text that gave the date ("July 26"); empty for a date from the file name.
    pub expression: String,
    /// The sentence around a mentioned date, or the title for a publication date.
    pub sentence: String,
}

impl TimelineRecord {
    /// The record for one timeline item.
    pub fn new(corpus: &Corpus, item: &TimelineItem) -> Self {
        let document = corpus.documents.get(item.doc);
        let expression = item
            .at
            .clone()
            .and_then(|at| document.and_then(|document| document.text.get(at)))
            .unwrap_or("")
            .trim()
            .to_owned();
        let (outlet, language) = outlet_and_language(document);
        Self {
            outlet,
            language,
            date: item.date.start.to_string(),
            end: item.date.end.to_string(),
            precision: item.date.precision.label().to_owned(),
            label: item.date.label(),
            kind: item.kind.label().to_owned(),
            document: document.map(|document| document.id.clone()).unwrap_or_default(),
            expression,
            sentence: item.sentence(corpus).split_whitespace().collect::<Vec<_>>().join(" "),
        }
    }
}

/// Writes records as a pretty JSON array.
pub fn write_json<T: Serialize>(out: &mut dyn Write, records: &[T]) -> Result<(), ExportError> {
    serde_json::to_writer_pretty(&mut *out, records)?;
    writeln!(out)?;
    Ok(())
}

/// Writes records as CSV with a header row.
pub fn write_csv<T: Serialize + Default>(out: &mut dyn Write, records: &[T]) -> Result<(), ExportError> {
    if records.is_empty() {
        // csv writes the header with the first record: with none, the header alone still names the columns.
        return write_header_only::<T>(out);
    }
    let mut writer = csv::Writer::from_writer(out);
    for record in records {
        writer.serialize(record)?;
    }
    writer.flush()?;
    Ok(())
}

fn write_header_only<T: Serialize + Default>(out: &mut dyn Write) -> Result<(), ExportError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.serialize(T::default())?;
    let bytes = writer.into_inner().map_err(|error| ExportError::Io(error.into_error()))?;
    let header_end = bytes.iter().position(|&byte| byte == b'\n').map_or(bytes.len(), |end| end + 1);
    out.write_all(&bytes[..header_end])?;
    Ok(())
}
