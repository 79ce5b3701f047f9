//! Where in a text a date expression can stand. Every pattern of `rules` holds a month, season, weekday or
//! day word, a unit ("year", "mois"), a shift word after what it shifts ("l'an dernier"), or a year of four
//! digits; one pass of an Aho-Corasick automaton finds those anchors, and the patterns then run only on the
//! stretches of text around them — on a long speech, a small part of it — instead of a pass per pattern over
//! the whole text. A stretch around a French word is marked as such, and only there do the French word orders
//! get looked for.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::tables;

/// How far from an anchor a date expression may reach, in bytes (the longest, "Wednesday, the 26th of
/// September, 2023", is under 40).
const REACH: usize = 100;

/// The start of a year: `(?:19|20)[0-9]{2}` in the patterns.
const CENTURIES: [&str; 2] = ["19", "20"];

/// A stretch of text that may hold a date expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Window {
    /// Its byte range.
    pub(super) range: Range<usize>,
    /// Whether one of its anchors is a French word: only then can a French word order stand in it.
    pub(super) french: bool,
}

/// The anchor words with whether each is French only ("juillet", "dernier"; not "sept", English too),
/// lowercase, and those with a letter outside ASCII also in capitals ("ÉTÉ", "Été"), as the automaton ignores
/// the case of ASCII letters only.
fn anchor_words() -> Vec<(String, bool)> {
    let english = tables::english_anchors().into_iter().chain(CENTURIES).map(|word| (word, false));
    let french = tables::french_anchors().into_iter().map(|word| (word, true));
    let mut words: Vec<(String, bool)> = Vec::new();
    for (name, french) in english.chain(french) {
        let name = name.trim_end_matches('.');
        if !name.is_ascii() {
            words.push((name.to_uppercase(), french));
            let capitalised = name.chars().next().map(|first| first.to_uppercase().chain(name.chars().skip(1)));
            words.extend(capitalised.map(|word| (word.collect(), french)));
        }
        words.push((name.to_owned(), french));
    }
    words.sort();
    words.dedup_by(|later, first| later.0 == first.0);
    words
}

/// Whether a word (any case) is a French date word that English does not share ("juillet", "mars"; not "sept").
pub(super) fn is_french_only(word: &str) -> bool {
    static FRENCH: LazyLock<HashSet<String>> = LazyLock::new(|| {
        let words = anchor_words().into_iter().filter(|(_, french)| *french);
        words.map(|(word, _)| word.to_lowercase()).collect()
    });
    FRENCH.contains(&word.to_lowercase())
}

/// The anchor automaton, and for each of its patterns whether the word is French.
fn automaton() -> Option<&'static (AhoCorasick, Vec<bool>)> {
    static ANCHORS: LazyLock<Option<(AhoCorasick, Vec<bool>)>> = LazyLock::new(|| {
        let (words, french): (Vec<String>, Vec<bool>) = anchor_words().into_iter().unzip();
        // A DFA, which the builder would pick by itself only for up to 100 words: English and French make more,
        // and the slower automaton it would pick instead doubled the time spent here.
        let mut builder = AhoCorasickBuilder::new();
        builder.ascii_case_insensitive(true).match_kind(MatchKind::LeftmostLongest).kind(Some(AhoCorasickKind::DFA));
        Some((builder.build(words).ok()?, french))
    });
    ANCHORS.as_ref()
}

/// The stretches of `text` that may hold a date expression, in order, not overlapping. Each starts and ends
/// on an ASCII space (or the text's ends), so a pattern sees the same word edges there as in the whole text.
/// Without the automaton (it cannot fail to build, but if it did) the whole text is one stretch.
pub(super) fn windows(text: &str) -> Vec<Window> {
    let Some((automaton, french_words)) = automaton() else {
        return vec![Window { range: 0..text.len(), french: true }];
    };
    let bytes = text.as_bytes();
    let mut windows: Vec<Window> = Vec::new();
    for anchor in automaton.find_iter(text).filter(|anchor| is_anchor(bytes, anchor.range())) {
        let range = around(bytes, anchor.range());
        let french = french_words.get(anchor.pattern().as_usize()).copied().unwrap_or(true);
        match windows.last_mut() {
            Some(last) if range.start <= last.range.end => {
                last.range.end = last.range.end.max(range.end);
                last.french |= french;
            }
            _ => windows.push(Window { range, french }),
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
        assert!(text[found[0].range.clone()].contains("On 26 July 2023 the junta"));
        assert!(text[found[1].range.clone()].contains("Last year was hard."));
        for window in found.iter().map(|window| &window.range) {
            assert!(window.start == 0 || text.as_bytes()[window.start].is_ascii_whitespace());
            assert!(window.start > 0 && window.end < text.len(), "only around the dates");
        }
    }

    #[test]
    fn only_windows_around_french_words_are_french() {
        let filler = "word ".repeat(60);
        let text = format!("{filler}On 26 July 2023 it fell. {filler}L'AN DERNIER, en Septembre. {filler}ÉTÉ {filler}");
        let french: Vec<bool> = windows(&text).iter().map(|window| window.french).collect();
        assert_eq!(french, [false, true, true]);
    }
}
