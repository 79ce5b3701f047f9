//! Factiva articles. With its field codes ("Full Article/Report plus Indexing"), each field opens with a code
//! alone on its line or before a tab: `HD` headline, `BY` byline, `WC` words, `PD` date, `ET` time, `SN`
//! source, `SC` source code, `LA` language, `CY` copyright, `LP` lead paragraphs, `TD` text, then indexing
//! codes (`CO`, `IN`, `NS`, `RE`, `IPD`, `PUB`, `AN`). In its article layout the same fields come without codes,
//! one a line: headline, byline, "812 words", date, time, source, source code, language, copyright, text.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::{ExportArticle, author, is_copyright, some_text};
use crate::core::dates::{TimeOfDay, date_from_field};
use crate::core::language;

/// Factiva's field codes.
const CODES: &[&str] = &[
    "HD", "CLM", "SE", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "VOL", "LA", "CY", "LP", "TD", "CT", "RF",
    "ART", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "CX", "FDS", "DE",
];

/// "812 words", "1,204 words": the word count of the article layout.
static WORD_COUNT: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"(?i)^[0-9][0-9,.]* words?$").ok());

/// "10:00", "10:00 GMT": a publication time line.
static TIME: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"^[0-9]{1,2}:[0-9]{2}(?: [A-Z]{2,4})?$").ok());

fn matches(pattern: &LazyLock<Option<Regex>>, line: &str) -> bool {
    pattern.as_ref().is_some_and(|pattern| pattern.is_match(line))
}

/// The field a line opens: a code alone, or a code and a tab before its value.
fn opens_field(line: &str) -> Option<(&'static str, &str)> {
    let (code, value) = line.split_once('\t').map_or((line.trim(), ""), |(code, value)| (code.trim(), value));
    CODES.iter().find(|known| **known == code).map(|known| (*known, value))
}

/// Reads an article written with field codes; `None` when it has no `HD` and no text field.
pub fn read_coded(text: &str) -> Option<ExportArticle> {
    let mut fields: HashMap<&str, String> = HashMap::new();
    let mut current = None;
    for line in text.lines() {
        if let Some((code, value)) = opens_field(line) {
            current = Some(code);
            fields.entry(code).or_default().push_str(value.trim());
        } else if let Some(code) = current {
            let field = fields.entry(code).or_default();
            field.push('\n');
            field.push_str(line.trim_end());
        }
    }
    if !fields.contains_key("HD") || !(fields.contains_key("LP") || fields.contains_key("TD")) {
        return None;
    }
    let field = |code: &str| fields.get(code).and_then(|value| some_text(value));
    let lead = field("LP").unwrap_or_default();
    let rest = field("TD").unwrap_or_default();
    let mut article = ExportArticle {
        title: field("HD").map(|title| title.split_whitespace().collect::<Vec<_>>().join(" ")),
        published: field("PD").and_then(|date| date_from_field(&date)),
        body: [lead, rest].join("\n\n").trim().to_owned(),
        ..ExportArticle::default()
    };
    if let Some(published) = article.published.as_mut() {
        published.time = published.time.or_else(|| field("ET").and_then(|time| TimeOfDay::find_in(&time)));
    }
    article.meta.outlet = field("SN");
    article.meta.author = field("BY").and_then(|by| author(&by));
    article.meta.section = field("SE");
    article.meta.language = field("LA").and_then(|name| language::code_from_name(&name));
    Some(article)
}

/// Reads an article of the layout without codes: `None` when no "N words" line is among its first lines.
pub fn read_article_layout(text: &str) -> Option<ExportArticle> {
    let lines: Vec<(usize, &str)> = line_offsets(text).filter(|(_, line)| !line.trim().is_empty()).collect();
    let words_at = lines.iter().take(8).position(|(_, line)| matches(&WORD_COUNT, line.trim()))?;
    let mut article = ExportArticle::default();
    let head: Vec<&str> = lines[..words_at].iter().map(|(_, line)| line.trim()).collect();
    let (bylines, headline): (Vec<&str>, Vec<&str>) = head.into_iter().partition(|line| line.starts_with("By "));
    article.title = some_text(&headline.join(" "));
    article.meta.author = bylines.first().and_then(|line| author(line));
    let mut at = words_at + 1;
    let line = |at: usize| lines.get(at).map_or("", |(_, line)| line.trim());
    article.published = date_from_field(line(at));
    at += usize::from(article.published.is_some());
    if matches(&TIME, line(at)) {
        if let Some(published) = article.published.as_mut() {
            published.time = TimeOfDay::find_in(line(at));
        }
        at += 1;
    }
    article.meta.outlet = some_text(line(at));
    at += 1;
    if is_source_code(line(at)) {
        at += 1;
    }
    if let Some(code) = language::code_from_name(line(at)) {
        article.meta.language = Some(code);
        at += 1;
    }
    while is_copyright(line(at)) {
        at += 1;
    }
    article.body = lines.get(at).map_or("", |(offset, _)| &text[*offset..]).trim().to_owned();
    Some(article)
}

/// A source code line: "AFPR", "WSJO", "LEMOND" (capitals and digits, short).
fn is_source_code(line: &str) -> bool {
    (2..=10).contains(&line.len()) && line.bytes().all(|byte| byte.is_ascii_uppercase() || byte.is_ascii_digit())
}

/// Each line of `text` with the byte offset it starts at.
fn line_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').scan(0, |offset, line| {
        let start = *offset;
        *offset += line.len();
        Some((start, line.trim_end_matches(['\n', '\r'])))
    })
}
