//! Scanning a text for every alias form at once, leftmost-longest, in one pass. The text is first *folded*:
//! letters lowered (where the small letter is as long), every character that is neither letter nor digit made spaces (one per byte, which
//! keeps every offset) and a space put at each end. Each form is folded the same way, with a space either side,
//! so the automaton only finds whole words: "un" is never tried inside "fund", nor "Niger" inside "Nigeria".
//! A match is then offered, with the forms it may be written as, to a check of punctuation and letter case;
//! a refused match gives way to the shorter forms that start the same way ("Barkhane" inside "operation
//! Barkhane"), known in advance.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind, StartKind};

/// The automaton over every form of every alias.
#[derive(Clone, Debug)]
pub struct Scanner {
    automaton: AhoCorasick,
    /// For each folded form: the forms (lower-cased) written so, with their pattern numbers, in the order given.
    written: Vec<Vec<(String, usize)>>,
    /// For each folded form: the folded forms that are its first words, longest first.
    prefixes: Vec<Vec<usize>>,
    /// For each folded form: its length in bytes, without the spaces around it.
    lengths: Vec<usize>,
}

impl Scanner {
    /// Compiles the forms; each is (its text, the pattern number it stands for).
    pub fn new(forms: &[(String, usize)]) -> Result<Self, aho_corasick::BuildError> {
        let mut folded_forms: Vec<Vec<u8>> = Vec::new();
        let mut written: Vec<Vec<(String, usize)>> = Vec::new();
        let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
        for (form, pattern) in forms {
            let folded = fold(form);
            let at = *index.entry(folded.clone()).or_insert_with(|| {
                folded_forms.push(folded);
                written.push(Vec::new());
                written.len() - 1
            });
            if let Some(spellings) = written.get_mut(at) {
                spellings.push((form.to_ascii_lowercase(), *pattern));
            }
        }
        let prefixes = folded_forms.iter().map(|form| first_words(form, &index)).collect();
        let lengths = folded_forms.iter().map(|form| form.len().saturating_sub(2)).collect();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Unanchored)
            .kind(Some(AhoCorasickKind::DFA))
            // Every form starts with a space: a search for the next space would only slow each step.
            .prefilter(false)
            .build(&folded_forms)?;
        Ok(Self { automaton, written, prefixes, lengths })
    }

    /// A scan of `text` from its start.
    pub fn scan<'t>(&'t self, text: &'t str) -> Scan<'t> {
        Scan { scanner: self, text, folded: fold(text), at: 0 }
    }
}

/// `text` with ASCII letters lowered, every other character that is no letter or digit made spaces (one per
/// byte) and a space added at each end: byte `i` of the text is byte `i + 1` of the result.
pub fn fold(text: &str) -> Vec<u8> {
    let mut folded = Vec::with_capacity(text.len() + 2);
    folded.push(b' ');
    folded.extend(text.bytes().map(|byte| FOLDED_BYTE[usize::from(byte)]));
    folded.push(b' ');
    if !text.is_ascii() {
        fold_other_characters(text, &mut folded);
    }
    folded
}

/// Each byte folded on its own: ASCII letters lowered, other ASCII characters but digits made spaces, and the
/// bytes of other characters kept for `fold_other_characters`.
const FOLDED_BYTE: [u8; 256] = {
    let mut table = [b' '; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        table[byte] = if b >= 0x80 || b.is_ascii_digit() {
            b
        } else if b.is_ascii_alphabetic() {
            b | 0x20
        } else {
            b' '
        };
        byte += 1;
    }
    table
};

/// Folds the characters beyond ASCII: spaces for those that are no letter or digit (’, «, —…), lower case for
/// capitals whose small letter is as long ("É" and "é", two bytes each).
fn fold_other_characters(text: &str, folded: &mut [u8]) {
    for (at, c) in text.char_indices().filter(|(_, c)| !c.is_ascii()) {
        let Some(bytes) = folded.get_mut(at + 1..at + 1 + c.len_utf8()) else { continue };
        if !c.is_alphanumeric() {
            bytes.fill(b' ');
        } else if c.is_uppercase() {
            let mut lower = c.to_lowercase();
            if let (Some(small), None) = (lower.next(), lower.next())
                && small.len_utf8() == bytes.len()
            {
                small.encode_utf8(bytes);
            }
        }
    }
}

/// The folded forms of `index` that are the first words of `form`, longest first.
fn first_words(form: &[u8], index: &HashMap<Vec<u8>, usize>) -> Vec<usize> {
    let inner = form.get(1..form.len().saturating_sub(1)).unwrap_or_default();
    (1..inner.len())
        .rev()
        .filter(|&end| inner.get(end) == Some(&b' ') && inner.get(end - 1) != Some(&b' '))
        .filter_map(|end| {
            let mut prefix = Vec::with_capacity(end + 2);
            prefix.push(b' ');
            prefix.extend_from_slice(inner.get(..end)?);
            prefix.push(b' ');
            index.get(&prefix).copied()
        })
        .collect()
}

/// A scan in progress.
pub struct Scan<'t> {
    scanner: &'t Scanner,
    text: &'t str,
    folded: Vec<u8>,
    /// Where the next search starts, in the folded text.
    at: usize,
}

impl Scan<'_> {
    /// The folded text: byte `i` of the text is byte `i + 1` here.
    pub fn folded(&self) -> &[u8] {
        &self.folded
    }

    /// The next match that `accept` takes (given a pattern number and its span in the text), leftmost first
    /// and, where several start at one place, the longest first; the scan goes on after it.
    pub fn next(&mut self, accept: impl Fn(usize, &Range<usize>) -> bool) -> Option<(usize, Range<usize>)> {
        let scanner = self.scanner;
        while self.at < self.folded.len() {
            let found = scanner.automaton.find(Input::new(&self.folded).span(self.at..self.folded.len()))?;
            // The match's leading space is the character before the form: folded `s` is the text's `s - 1`.
            let start = found.start();
            let form = found.pattern().as_usize();
            let forms = std::iter::once(form).chain(scanner.prefixes.get(form).into_iter().flatten().copied());
            for form in forms {
                let span = start..start + scanner.lengths.get(form).copied().unwrap_or(0);
                if let Some(pattern) = self.taken(form, &span, &accept) {
                    // The character after the span may be the next match's leading space.
                    self.at = span.end + 1;
                    return Some((pattern, span));
                }
            }
            self.at = start + 1;
        }
        None
    }

    /// The first spelling of a folded form that the text has at `span` (punctuation included, letter case
    /// aside) and that `accept` takes.
    fn taken(&self, form: usize, span: &Range<usize>, accept: &impl Fn(usize, &Range<usize>) -> bool) -> Option<usize> {
        let written = self.text.get(span.clone())?;
        let spellings = self.scanner.written.get(form)?;
        spellings
            .iter()
            .find(|(spelling, pattern)| same_spelling(written, spelling) && accept(*pattern, span))
            .map(|(_, pattern)| *pattern)
    }
}

/// Whether the text writes a form as the dictionary does, letter case aside and a hyphen as good as a space
/// ("Viet-Nam" for "Viet Nam", "Guinea Bissau" for "Guinea-Bissau").
fn same_spelling(written: &str, spelling: &str) -> bool {
    let hyphen_or_space = |byte: u8| byte == b'-' || byte == b' ';
    written.len() == spelling.len()
        && written
            .bytes()
            .zip(spelling.bytes())
            .all(|(a, b)| a.eq_ignore_ascii_case(&b) || (hyphen_or_space(a) && hyphen_or_space(b)))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn found(
        forms: &[(&str, usize)],
        text: &str,
        accept: impl Fn(usize, &Range<usize>) -> bool,
    ) -> Vec<(usize, String)> {
        let forms: Vec<(String, usize)> = forms.iter().map(|(form, pattern)| ((*form).to_owned(), *pattern)).collect();
        let scanner = Scanner::new(&forms).unwrap();
        let mut scan = scanner.scan(text);
        let mut found = Vec::new();
        while let Some((pattern, span)) = scan.next(&accept) {
            found.push((pattern, text[span].to_owned()));
        }
        found
    }

    #[test]
    fn the_leftmost_then_longest_whole_word_match_that_is_taken_wins() {
        let forms = [("UN", 0), ("United Nations", 1), ("Nations", 2), ("Operation Barkhane", 3), ("Operation", 4)];
        let text = "Under the United Nations, the UN, nations and Operation Barkhanes; fund UN";
        let all = found(&forms, text, |_, _| true);
        // "Operation Barkhanes" is no whole word: its first word "Operation" is taken instead; "un" is never
        // found inside "Under" or "fund".
        let expected = [(1, "United Nations"), (0, "UN"), (2, "nations"), (4, "Operation"), (0, "UN")];
        assert_eq!(all, expected.map(|(pattern, text)| (pattern, text.to_owned())));
    }

    #[test]
    fn a_refused_match_gives_way_to_its_first_words() {
        let forms = [("Operation Barkhane", 3), ("Operation", 4)];
        let text = "operation barkhane";
        let not_three = |pattern: usize, _: &Range<usize>| pattern != 3;
        assert_eq!(found(&forms, text, not_three), [(4, "operation".to_owned())]);
    }

    #[test]
    fn punctuation_must_be_as_written_and_adjacent_names_are_both_found() {
        let forms = [("U.S.", 0), ("Côte d'Ivoire", 1), ("Mali", 2), ("Niger", 3), ("Viet Nam", 4)];
        let text = "The U.S. and Côte d’Ivoire; the U S; Mali Niger, (Niger); Viet-Nam";
        let all = found(&forms, text, |_, _| true);
        // "Côte d’Ivoire" has a typographic apostrophe: the dictionary's forms include it, not this test's; a
        // hyphen is as good as a space.
        let expected = [(0, "U.S."), (2, "Mali"), (3, "Niger"), (3, "Niger"), (4, "Viet-Nam")];
        assert_eq!(all, expected.map(|(pattern, text)| (pattern, text.to_owned())));
    }

    #[test]
    fn folding_keeps_every_offset() {
        let text = "Côte d’Ivoire, É";
        let folded = fold(text);
        assert_eq!(folded.len(), text.len() + 2);
        assert_eq!(&folded[folded.len() - 4..], " é ".as_bytes());
        assert_eq!(&folded[1..6], "côte".as_bytes());
        assert_eq!(&folded[6..7], b" ");
        assert_eq!(&folded[7..8], b"d");
        assert_eq!(&folded[8..11], b"   ");
    }
}
