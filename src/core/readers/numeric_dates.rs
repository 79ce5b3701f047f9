//! Numeric dates that read both ways ("03/04/2024": 3 April or 4 March) settled by the other dates of their
//! source: where a source's other slash dates allow only day first ("25/12/2023") or only month first
//! ("12/25/2023"), its ambiguous ones are read that way; where they allow both or neither, those documents stay
//! undated and the source is reported once, never guessed. A source is the outlet the documents name, else the
//! file that holds them, else their folder.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{Outcome, Problem};
use crate::core::dates::numeric_order::{Readings, readings};
use crate::core::dates::{DateSpan, Published, TimeOfDay};
use crate::core::document::{Document, Source};

/// What a source's unambiguous slash dates say about its order.
#[derive(Debug, Default)]
struct Votes {
    day_first: usize,
    month_first: usize,
    /// The ambiguous documents, by index.
    pending: Vec<usize>,
    /// Where the source is, for the report.
    path: PathBuf,
}

/// Reads each source's ambiguous dates in the order its other dates settle, and reports the sources where
/// nothing settles it.
pub fn settle_by_source(documents: &mut [Document]) -> Vec<Problem> {
    let mut sources: HashMap<String, Votes> = HashMap::new();
    for (index, document) in documents.iter().enumerate() {
        let Some(read) = document.meta.numeric_date.as_deref().and_then(readings) else { continue };
        let (key, path) = source_of(document);
        let votes = sources.entry(key).or_insert_with(|| Votes { path, ..Votes::default() });
        match (read.day_first, read.month_first) {
            _ if read.is_ambiguous() && document.published.is_none() => votes.pending.push(index),
            (Some(_), None) => votes.day_first += 1,
            (None, Some(_)) => votes.month_first += 1,
            _ => {}
        }
    }
    let mut problems = Vec::new();
    for votes in sources.into_values().filter(|votes| !votes.pending.is_empty()) {
        let order = match (votes.day_first, votes.month_first) {
            (0, 0) => None,
            (_, 0) => Some(true),
            (0, _) => Some(false),
            _ => None,
        };
        let Some(day_first) = order else {
            problems.push(unsettled(&votes));
            continue;
        };
        for &index in &votes.pending {
            let Some(document) = documents.get_mut(index) else { continue };
            let value = document.meta.numeric_date.clone().unwrap_or_default();
            document.published = readings(&value).and_then(|read| settled(read, day_first, &value));
        }
    }
    problems
}

fn settled(read: Readings, day_first: bool, value: &str) -> Option<Published> {
    let day = if day_first { read.day_first } else { read.month_first }?;
    Some(Published { span: DateSpan::day(day), at: None, time: TimeOfDay::find_in(value) })
}

/// The report of a source whose ambiguous dates nothing settles.
fn unsettled(votes: &Votes) -> Problem {
    let count = votes.pending.len();
    let documents = if count == 1 { "1 document's date".to_owned() } else { format!("{count} documents' dates") };
    let why = if votes.day_first + votes.month_first == 0 {
        "no other date of this source tells which comes first"
    } else {
        "its other dates are written both ways"
    };
    let reason =
        format!("{documents} read both day first and month first (such as 03/04/2024) and {why}: left undated");
    Problem::new(votes.path.clone(), Outcome::Unsure, reason)
}

/// A document's source: its outlet, else the file holding it (a table, an export), else its folder.
fn source_of(document: &Document) -> (String, PathBuf) {
    let path = match &document.source {
        Source::Part { file, .. } => file.clone(),
        Source::File(path) => path.parent().map_or_else(PathBuf::new, Path::to_path_buf),
        Source::Embedded(_) => PathBuf::from("embedded seeds"),
    };
    match &document.meta.outlet {
        Some(outlet) => (format!("outlet {outlet}"), path),
        None => (format!("path {}", path.display()), path),
    }
}
