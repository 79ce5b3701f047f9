//! The sentence around a date: from the end of the previous sentence (or a line break) to the end of its own.

use std::ops::Range;

/// How far, in bytes, to look each way for the sentence's ends: text without punctuation stays cheap.
const REACH: usize = 600;

/// Closing quotes and brackets that may follow a sentence's final stop.
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']'];

/// Opening quotes and brackets that may precede a word.
const OPENERS: &[char] = &['"', '\'', '“', '‘', '«', '(', '['];

/// Words whose dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Cpl", "Adm", "Gov", "Sen", "Rep", "St",
    "Mt", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "janv",
    "févr", "fevr", "fév", "fev", "avr", "juil", "sept", "oct", "nov", "déc", "MM", "Gén",
];

/// The byte span of the sentence holding `at`, without surrounding whitespace.
pub(super) fn sentence_around(text: &str, at: &Range<usize>) -> Range<usize> {
    let start = sentence_start(text, at.start);
    let end = sentence_end(text, at.end).max(start);
    trimmed(text, start..end)
}

/// Where the sentence holding byte `from` begins: after the line break or sentence end before it.
fn sentence_start(text: &str, from: usize) -> usize {
    let before = text.get(..from).unwrap_or("");
    for (i, c) in before.char_indices().rev() {
        if c == '\n' {
            return i + c.len_utf8();
        }
        if from - i > REACH || (c.is_whitespace() && ends_sentence(before.get(..i).unwrap_or(""))) {
            return i;
        }
    }
    0
}

/// Where the sentence holding byte `from` ends: after its final stop (and closing quotes), or at a line break.
fn sentence_end(text: &str, from: usize) -> usize {
    let after = text.get(from..).unwrap_or("");
    for (i, c) in after.char_indices() {
        let here = from + i;
        if c == '\n' || i > REACH || (c.is_whitespace() && ends_sentence(text.get(..here).unwrap_or(""))) {
            return here;
        }
    }
    text.len()
}

/// Whether text ending here ends a sentence: a final "!", "?" or "…", or a "." not after an abbreviation or an
/// initial, possibly followed by closing quotes.
fn ends_sentence(head: &str) -> bool {
    let head = head.trim_end_matches(CLOSERS);
    match head.chars().next_back() {
        Some('!' | '?' | '…') => true,
        Some('.') => !is_abbreviation(head.get(..head.len() - 1).unwrap_or("")),
        _ => false,
    }
}

/// Whether the last word (before a dot) is an abbreviation, an initial ("J.") or dotted ("U.S.").
fn is_abbreviation(before_dot: &str) -> bool {
    let word = before_dot.rsplit(char::is_whitespace).next().unwrap_or("").trim_start_matches(OPENERS);
    let mut chars = word.chars();
    let initial = chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none();
    initial || word.contains('.') || ABBREVIATIONS.contains(&word)
}

fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(slice) = text.get(range.clone()) else { return range };
    let start = range.start + (slice.len() - slice.trim_start().len());
    start..start + slice.trim().len()
}
