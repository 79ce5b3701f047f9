//! tantivy's snippets mark every word of a query, even a word that only counts inside a quoted phrase: the
//! "of" of "Alliance of Sahel States" would be marked all over an article. This keeps a mark only where its
//! word is searched on its own, or where it is part of a whole occurrence of a phrase.

use std::collections::HashSet;
use std::ops::Range;

/// The words a query looks for, as the index normalises them.
#[derive(Debug, Default)]
pub struct QueryWords {
    /// Words searched on their own (outside quotes).
    loose: HashSet<String>,
    /// Each quoted phrase as its sequence of words.
    phrases: Vec<Vec<String>>,
}

/// Splits a query (already prefix-expanded) into loose words and phrases; `normalise` turns text into the
/// index's tokens. The operators AND, OR and NOT are not words.
pub fn query_words(query: &str, normalise: &dyn Fn(&str) -> Vec<String>) -> QueryWords {
    let mut words = QueryWords::default();
    for (part_number, part) in query.split('"').enumerate() {
        if part_number % 2 == 1 {
            let phrase = normalise(part);
            if !phrase.is_empty() {
                words.phrases.push(phrase);
            }
            continue;
        }
        for word in part.split_whitespace().filter(|word| !["AND", "OR", "NOT"].contains(word)) {
            words.loose.extend(normalise(word));
        }
    }
    words
}

/// The marks of `text` worth showing: a loose word anywhere, a phrase's words only where the whole phrase
/// stands in a row. `marks` are byte ranges in `text`, in order, as tantivy gives them.
pub fn keep_matching(
    text: &str,
    marks: &[Range<usize>],
    words: &QueryWords,
    normalise: &dyn Fn(&str) -> Vec<String>,
) -> Vec<Range<usize>> {
    if words.phrases.is_empty() {
        return marks.to_vec();
    }
    let tokens: Vec<String> =
        marks.iter().map(|mark| text.get(mark.clone()).map(normalise).unwrap_or_default().concat()).collect();
    let mut keep: Vec<bool> = tokens.iter().map(|token| words.loose.contains(token)).collect();
    for phrase in &words.phrases {
        for start in 0..marks.len() {
            if phrase_at(text, marks, &tokens, start, phrase) {
                keep[start..start + phrase.len()].iter_mut().for_each(|kept| *kept = true);
            }
        }
    }
    marks.iter().zip(keep).filter(|(_, kept)| *kept).map(|(mark, _)| mark.clone()).collect()
}

/// Joins marks separated only by spaces into one, so a phrase is one hit ("Alliance of Sahel States") that
/// next/previous step over at once and that is painted without gaps.
pub fn merge_adjacent(text: &str, marks: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(marks.len());
    for mark in marks {
        match merged.last_mut() {
            Some(last) if text.get(last.end..mark.start).is_some_and(|gap| gap.chars().all(char::is_whitespace)) => {
                last.end = last.end.max(mark.end);
            }
            _ => merged.push(mark),
        }
    }
    merged
}

/// Whether the marks from `start` spell `phrase` with nothing but spaces and punctuation between them.
fn phrase_at(text: &str, marks: &[Range<usize>], tokens: &[String], start: usize, phrase: &[String]) -> bool {
    let end = start + phrase.len();
    if end > marks.len() || tokens[start..end] != *phrase {
        return false;
    }
    marks[start..end].windows(2).all(|pair| {
        let gap = text.get(pair[0].end..pair[1].start).unwrap_or("x");
        !gap.chars().any(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lower(text: &str) -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
    }

    fn spans_of(text: &str, words: &[&str]) -> Vec<Range<usize>> {
        let mut marks = Vec::new();
        let mut at = 0;
        for word in text.split(' ') {
            let clean = word.trim_matches(|c: char| !c.is_alphanumeric());
            let offset = word.find(clean).unwrap_or(0);
            if words.contains(&clean.to_lowercase().as_str()) {
                marks.push(at + offset..at + offset + clean.len());
            }
            at += word.len() + 1;
        }
        marks
    }

    #[test]
    fn a_phrase_word_is_marked_only_inside_the_phrase() {
        let text = "the capital of Niger and the Alliance of Sahel States, of course";
        let words = query_words("\"Alliance of Sahel States\"", &lower);
        let marks = spans_of(text, &["alliance", "of", "sahel", "states"]);
        let kept: Vec<&str> = keep_matching(text, &marks, &words, &lower).iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(kept, ["Alliance", "of", "Sahel", "States"]);
    }

    #[test]
    fn loose_words_stay_marked_beside_a_phrase() {
        let text = "Wagner left. The military coup in Niger; Wagner again";
        let words = query_words("Wagner AND \"military coup\"", &lower);
        let marks = spans_of(text, &["wagner", "military", "coup"]);
        let kept: Vec<&str> = keep_matching(text, &marks, &words, &lower).iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(kept, ["Wagner", "military", "coup", "Wagner"]);
    }

    #[test]
    fn marks_next_to_each_other_become_one() {
        let text = "the Alliance of Sahel States, and Niger";
        let marks = spans_of(text, &["alliance", "of", "sahel", "states", "niger"]);
        let merged: Vec<&str> = merge_adjacent(text, marks).iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(merged, ["Alliance of Sahel States", "Niger"]);
    }

    #[test]
    fn words_of_a_phrase_split_by_another_word_are_not_the_phrase() {
        let text = "military and coup";
        let words = query_words("\"military coup\"", &lower);
        let marks = spans_of(text, &["military", "coup"]);
        assert!(keep_matching(text, &marks, &words, &lower).is_empty());
    }
}
