//! Where in a text a date expression can stand. Every pattern of `rules` holds a month, season, weekday or
//! day word, the word "year" or "month", or a year of four digits; one pass of an Aho-Corasick automaton finds
//! those anchors, and the patterns then run only on the stretches of text around them — on a long speech, a
//! small part of it — instead of eighteen passes over the whole text.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::tables::{DAY_WORDS, MONTHS, SEASONS, WEEKDAYS};

/// How far from an anchor a date expression may reach, in bytes (the longest, "Wednesday, the 26th of
/// September, 2023", is under 40).
const REACH: usize = 100;

/// The start of a year: `(?:19|20)[0-9]{2}` in the patterns.
const CENTURIES: [&str; 2] = ["19", "20"];

fn anchor_words() -> Vec<String> {
    let names = MONTHS
        .iter()
        .map(|(name, _)| *name)
        .chain(WEEKDAYS.iter().map(|(name, _)| *name))
        .chain(SEASONS.iter().map(|(name, _)| *name))
        .chain(DAY_WORDS.iter().map(|(name, _)| *name))
        .chain(["year", "month"]);
    let mut words: Vec<String> = names.map(|name| name.trim_end_matches('.').to_owned()).collect();
    words.extend(CENTURIES.iter().map(|century| (*century).to_owned()));
    words.sort();
    words.dedup();
    words
}

fn automaton() -> Option<&'static AhoCorasick> {
    static ANCHORS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(anchor_words())
            .ok()
    });
    ANCHORS.as_ref()
}

/// The stretches of `text` that may hold a date expression, in order, not overlapping. Each starts and ends
/// on an ASCII space (or the text's ends), so a pattern sees the same word edges there as in the whole text.
/// Without the automaton (it cannot fail to build, but if it did) the whole text is one stretch.
pub(super) fn windows(text: &str) -> Vec<Range<usize>> {
    let Some(automaton) = automaton() else { return std::iter::once(0..text.len()).collect() };
    let bytes = text.as_bytes();
    let mut windows: Vec<Range<usize>> = Vec::new();
    for anchor in automaton.find_iter(text).filter(|anchor| is_anchor(bytes, anchor.range())) {
        let window = around(bytes, anchor.range());
        match windows.last_mut() {
            Some(last) if window.start <= last.end => last.end = last.end.max(window.end),
            _ => windows.push(window),
        }
    }
    windows
}

/// Whether a found anchor stands as a date word would: a word that starts and ends there, or a year's
/// first two digits followed by two more.
fn is_anchor(bytes: &[u8], at: Range<usize>) -> bool {
    let before = at.start.checked_sub(1).and_then(|i| bytes.get(i));
    if before.is_some_and(u8::is_ascii_alphanumeric) {
        return false;
    }
    if bytes.get(at.start).is_some_and(u8::is_ascii_digit) {
        return bytes.get(at.end..at.end + 2).is_some_and(|rest| rest.iter().all(u8::is_ascii_digit));
    }
    !bytes.get(at.end).is_some_and(u8::is_ascii_alphabetic)
}

/// The stretch within [`REACH`] of an anchor, widened to the nearest ASCII space on each side.
fn around(bytes: &[u8], anchor: Range<usize>) -> Range<usize> {
    let reach_back = anchor.start.saturating_sub(REACH);
    let start = bytes[..reach_back].iter().rposition(u8::is_ascii_whitespace).unwrap_or(0);
    let reach_on = (anchor.end + REACH).min(bytes.len());
    let end = bytes[reach_on..].iter().position(u8::is_ascii_whitespace).map_or(bytes.len(), |i| reach_on + i + 1);
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_without_dates_has_no_window() {
        assert!(windows("Mayors decided to remarry in the summerhouse, 1,990 of them.").is_empty());
    }

    #[test]
    fn windows_cover_the_dates_and_start_on_spaces() {
        let filler = "word ".repeat(60);
        let text = format!("{filler}On 26 July 2023 the junta spoke. {filler}Last year was hard. {filler}");
        let found = windows(&text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(text[found[0].clone()].contains("On 26 July 2023 the junta"));
        assert!(text[found[1].clone()].contains("Last year was hard."));
        for window in &found {
            assert!(window.start == 0 || text.as_bytes()[window.start].is_ascii_whitespace());
            assert!(window.start > 0 && window.end < text.len(), "only around the dates");
        }
    }
}
