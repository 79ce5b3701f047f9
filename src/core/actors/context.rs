//! The words around a match that decide its sense: an ambiguous name's supporting words, a guarded name's
//! other sense, a seat of power's bodies. They are looked for at word starts ("mercenar" in "mercenaries") in
//! the folded text the scan made (ASCII lower case, punctuation as spaces), so no sentence is lowered again.

use std::ops::Range;

use memchr::memmem;

use super::scan::fold;
use crate::core::dates::is_calendar_name;

/// How many bytes either side of a match are searched for context words, within the sentence.
const CONTEXT_REACH: usize = 400;

/// Words, or the starts of words, folded as texts are.
#[derive(Clone, Debug, Default)]
pub struct ContextWords(Vec<Vec<u8>>);

impl ContextWords {
    /// The words, lower-cased and folded, each with the space that marks a word start.
    pub fn new(words: &[String]) -> Self {
        let folded = words.iter().filter(|word| !word.trim().is_empty()).map(|word| {
            let mut folded = fold(word.trim().to_lowercase().as_str());
            folded.pop();
            folded
        });
        Self(folded.collect())
    }

    /// Whether one of the words starts a word in the text's `range` (given the text's folded form).
    pub fn said_in(&self, folded: &[u8], range: &Range<usize>) -> bool {
        // Folded byte `i + 1` is the text's byte `i`: the slice begins with the byte before the range.
        let Some(haystack) = folded.get(range.start..range.end + 1) else { return false };
        self.0.iter().any(|word| memmem::find(haystack, word).is_some())
    }
}

/// Capitalised words that may stand beside a state's name without making it a person's: points of the compass,
/// offices and institutions ("northern Chad", "Jordan Foreign Minister"); days and months too ("Chad Monday"),
/// from the date tables.
const NOT_NAMES: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Upper",
    "Lower",
    "Greater",
    "Soviet",
    "President",
    "Prime",
    "Premier",
    "Minister",
    "King",
    "Queen",
    "Foreign",
    "Defence",
    "Defense",
    "Army",
    "Armed",
    "Government",
    "Parliament",
    "Embassy",
    "Ambassador",
    "National",
    "Republic",
    "State",
    "Kingdom",
    "Security",
    "Radio",
    "Television",
    "Airways",
    "Air",
    "The",
    "UN",
    "EU",
    "NATO",
];

/// Whether a one-word name stands in a person's name: a capitalised word right after it ("Chad Whitfield"), or
/// right before it and not starting a sentence ("said David Jordan").
pub fn beside_a_name(text: &str, span: &Range<usize>) -> bool {
    let next = text.get(span.end..).and_then(|rest| rest.strip_prefix(' ')).map(first_word);
    if next.is_some_and(is_name_like) {
        return true;
    }
    let Some(head) = text.get(..span.start).and_then(|head| head.strip_suffix(' ')) else { return false };
    let previous = last_word(head);
    let before_previous = head.get(..head.len() - previous.len()).unwrap_or("");
    let starts_sentence = before_previous.trim_end().chars().next_back().is_none_or(|c| ".!?:\n\"“«([".contains(c));
    is_name_like(previous) && !starts_sentence
}

fn first_word(text: &str) -> &str {
    let end = text.find(|c: char| !c.is_alphabetic()).unwrap_or(text.len());
    text.get(..end).unwrap_or("")
}

fn last_word(text: &str) -> &str {
    let start = text
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |at| at + text[at..].chars().next().map_or(1, char::len_utf8));
    text.get(start..).unwrap_or("")
}

/// A capitalised word of two letters or more that is not a day, month, point of the compass or office.
fn is_name_like(word: &str) -> bool {
    let mut chars = word.chars();
    let capitalised =
        chars.next().is_some_and(char::is_uppercase) && chars.clone().next().is_some_and(char::is_lowercase);
    capitalised && !NOT_NAMES.contains(&word) && !is_calendar_name(word)
}

/// The sentence around a span, at most `CONTEXT_REACH` bytes either side: from the last stop, question or
/// exclamation mark or line break before it to the first after it.
pub fn sentence_around(text: &str, span: &Range<usize>) -> Range<usize> {
    let low = floor_boundary(text, span.start.saturating_sub(CONTEXT_REACH));
    let high = ceil_boundary(text, (span.end + CONTEXT_REACH).min(text.len()));
    let before = text.get(low..span.start).unwrap_or("");
    let after = text.get(span.end..high).unwrap_or("");
    let start = before.rfind(['.', '!', '?', '\n']).map_or(low, |at| low + at + 1);
    let end = after.find(['.', '!', '?', '\n']).map_or(high, |at| span.end + at);
    start..end.max(start)
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_at_word_starts_within_the_sentence_only() {
        let text = "Troops left. The mercenaries of Wagner stayed in Bamako. Nothing else.";
        let folded = fold(text);
        let wagner = text.find("Wagner").unwrap_or(0);
        let sentence = sentence_around(text, &(wagner..wagner + 6));
        assert_eq!(&text[sentence.clone()], " The mercenaries of Wagner stayed in Bamako");
        let words = |list: &[&str]| ContextWords::new(&list.iter().map(|word| (*word).to_owned()).collect::<Vec<_>>());
        assert!(words(&["Mercenar"]).said_in(&folded, &sentence));
        assert!(!words(&["cenaries"]).said_in(&folded, &sentence), "not at a word start");
        assert!(!words(&["troops", "nothing"]).said_in(&folded, &sentence), "outside the sentence");
    }

    #[test]
    fn a_name_beside_a_capitalised_word_may_be_a_persons() {
        let at = |text: &str, word: &str| {
            let start = text.find(word).unwrap_or(0);
            beside_a_name(text, &(start..start + word.len()))
        };
        assert!(at("said David Jordan, a spokesman", "Jordan"));
        assert!(at("asked Chad Whitfield, 34", "Chad"));
        assert!(!at("In Chad the army", "Chad"), "a sentence's first word is no first name");
        assert!(!at("rebels in Chad Monday said", "Chad"));
        assert!(!at("troops in northern Chad", "Chad"));
        assert!(!at("Jordan, Syria and Egypt", "Jordan"));
    }
}
