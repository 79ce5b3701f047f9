//! Exports from news databases: CSV/TSV tables and JSON (an array of objects, an object holding one, or JSON
//! Lines). One row or object is one article; the text, title, date and id columns are found by their names
//! ("text", "body", "headline", "published_at"…), else the text column is the one with the longest values. The
//! headline opens the document's text, as it does for a web page or an e-mail.

use std::collections::BTreeSet;

use serde_json::Value;

use super::decode::decode_text;
use super::origin::Origin;
use super::{Outcome, Problem, ReadOutcome, title_from_text};
use crate::core::dates::numeric_order::readings;
use crate::core::dates::{date_from_field, publication_date};
use crate::core::document::{Document, Format, Metadata};

const TEXT_NAMES: &[&str] =
    &["text", "body", "content", "article", "full_text", "fulltext", "story", "article_text", "texte", "contenu"];
const TITLE_NAMES: &[&str] = &["title", "headline", "heading", "subject", "titre"];
const DATE_NAMES: &[&str] = &[
    "date",
    "published",
    "published_at",
    "publishedat",
    "publication_date",
    "pub_date",
    "date_published",
    "datepublished",
    "datetime",
    "timestamp",
    "created_at",
];
const ID_NAMES: &[&str] = &["id", "doc_id", "article_id", "uuid", "identifier"];

/// A column of text must average at least this many characters when no column is called "text" or "body".
const MIN_TEXT_CHARS: usize = 80;

/// Rows of named cells, from either format.
struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// Reads a CSV (or, with `b'\t'`, TSV) export with a header row.
pub fn read_table(origin: &Origin, bytes: &[u8], delimiter: u8) -> ReadOutcome {
    parse_table(origin, bytes, delimiter)
        .map_or_else(ReadOutcome::problem, |table| documents(origin, &table, Format::Csv))
}

fn parse_table(origin: &Origin, bytes: &[u8], delimiter: u8) -> Result<Table, Problem> {
    let text = decode_text(bytes).map_err(|error| origin.failed(error.to_string()))?;
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|error| origin.failed(format!("broken table ({error})")))?;
    let headers: Vec<String> = headers.iter().map(str::to_owned).collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| origin.failed(format!("broken table ({error})")))?;
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(Table { headers, rows })
}

/// Reads a JSON or JSON Lines export.
pub fn read_json(origin: &Origin, bytes: &[u8]) -> ReadOutcome {
    parse_json(origin, bytes).map_or_else(ReadOutcome::problem, |table| documents(origin, &table, Format::Json))
}

fn parse_json(origin: &Origin, bytes: &[u8]) -> Result<Table, Problem> {
    let text = decode_text(bytes).map_err(|error| origin.failed(error.to_string()))?;
    let objects = match serde_json::from_str::<Value>(&text) {
        Ok(value) => objects_in(value),
        Err(whole_error) => json_lines(&text).map_err(|_| origin.failed(format!("not JSON ({whole_error})")))?,
    };
    Ok(table_of(objects))
}

/// The article objects in a JSON value: an array of them, the largest array an object holds, or the object.
fn objects_in(value: Value) -> Vec<serde_json::Map<String, Value>> {
    match value {
        Value::Array(items) => items.into_iter().filter_map(|item| item.as_object().cloned()).collect(),
        Value::Object(object) => {
            let largest = object.values().filter_map(Value::as_array).max_by_key(|items| items.len()).cloned();
            match largest {
                Some(items) if !items.is_empty() => objects_in(Value::Array(items)),
                _ => vec![object],
            }
        }
        _ => Vec::new(),
    }
}

/// One object per non-empty line.
fn json_lines(text: &str) -> Result<Vec<serde_json::Map<String, Value>>, serde_json::Error> {
    let lines = text.lines().filter(|line| !line.trim().is_empty());
    lines
        .map(|line| serde_json::from_str::<Value>(line).map(|value| value.as_object().cloned().unwrap_or_default()))
        .collect()
}

/// The objects as a table: every key any object has is a column; numbers and strings are its cells.
fn table_of(objects: Vec<serde_json::Map<String, Value>>) -> Table {
    let mut headers: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    for key in objects.iter().flat_map(serde_json::Map::keys) {
        if seen.insert(key.clone()) {
            headers.push(key.clone());
        }
    }
    let cell = |value: Option<&Value>| match value {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Number(number)) => number.to_string(),
        _ => String::new(),
    };
    let rows = objects.iter().map(|object| headers.iter().map(|key| cell(object.get(key))).collect()).collect();
    Table { headers, rows }
}

/// Which column holds what.
struct Columns {
    text: usize,
    /// True when no column is named for text and none was chosen: the longest one was taken.
    guessed: bool,
    title: Option<usize>,
    date: Option<usize>,
    id: Option<usize>,
}

fn documents(origin: &Origin, table: &Table, format: Format) -> ReadOutcome {
    let Some(columns) = columns(table, origin.chosen_text_column()) else {
        let problem = origin.failed(format!("no text column found among: {}", table.headers.join(", ")));
        return ReadOutcome::problem(Problem { choices: table.headers.clone(), ..problem });
    };
    let mut documents = Vec::with_capacity(table.rows.len());
    for (number, row) in table.rows.iter().enumerate() {
        let body = cell(row, Some(columns.text)).unwrap_or_default();
        let title = cell(row, columns.title).filter(|title| !title.is_empty()).map(str::to_owned);
        let text = match &title {
            Some(title) if !body.is_empty() && !body.starts_with(title.as_str()) => format!("{title}\n\n{body}"),
            _ => body.to_owned(),
        };
        let published = cell(row, columns.date).and_then(date_from_field).or_else(|| publication_date(&text, None));
        let kind = if format == Format::Json { "object" } else { "row" };
        let id = cell(row, columns.id)
            .filter(|id| !id.is_empty())
            .map_or_else(|| format!("{}-{}", origin.stem(), number + 1), str::to_owned);
        let title = title.unwrap_or_else(|| title_from_text(&text, None));
        let source = origin.source_of_part(&format!("{kind} {}", number + 1));
        let numeric_date = cell(row, columns.date).filter(|value| readings(value).is_some()).map(str::to_owned);
        let meta = Metadata { numeric_date, ..Metadata::default() };
        documents.push(Document { id, title, source, text, format, published, speaker: None, meta });
    }
    let mut problems = Vec::new();
    if columns.guessed {
        let column = table.headers.get(columns.text).map_or("", String::as_str);
        let reason =
            format!("text column guessed: \"{column}\" (the longest values; no column is called text or body)");
        problems.push(Problem {
            choices: table.headers.clone(),
            ..Problem::new(origin.report_path(), Outcome::Unsure, reason)
        });
    }
    ReadOutcome { documents, problems }
}

/// The trimmed cell of a row in a column, if the column and the cell exist.
fn cell(row: &[String], column: Option<usize>) -> Option<&str> {
    column.and_then(|column| row.get(column)).map(|cell| cell.trim())
}

/// The columns: the text column the analyst chose, else by name, else the column with the longest values.
fn columns(table: &Table, chosen: Option<&str>) -> Option<Columns> {
    let named =
        |names: &[&str]| table.headers.iter().position(|header| names.contains(&header.trim().to_lowercase().as_str()));
    let chosen = chosen.and_then(|chosen| table.headers.iter().position(|header| header == chosen));
    let sure = chosen.or_else(|| named(TEXT_NAMES));
    let text = sure.or_else(|| longest_column(table))?;
    let (title, date, id) = (named(TITLE_NAMES), named(DATE_NAMES), named(ID_NAMES));
    Some(Columns { text, guessed: sure.is_none(), title, date, id })
}

fn longest_column(table: &Table) -> Option<usize> {
    let rows = table.rows.len().max(1);
    let average = |column: usize| {
        table.rows.iter().filter_map(|row| row.get(column)).map(|cell| cell.chars().count()).sum::<usize>() / rows
    };
    (0..table.headers.len())
        .map(|column| (average(column), column))
        .filter(|(chars, _)| *chars >= MIN_TEXT_CHARS)
        .max()
        .map(|(_, column)| column)
}
