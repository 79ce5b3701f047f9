//! From every text's spans to ranked candidates: sentence-initial words judged by their case inside sentences
//! across the corpus, names the dictionary knows and places left out, variants merged (written forms, an
//! acronym and its definition, a surname and the full name), nested names weighed by C-value, kinds guessed.

use foldhash::{HashMap, HashMapExt as _};
use std::ops::Range;

use super::known::Known;
use super::lexicon::{KIND_WORDS, is_common_word, is_connector, is_given_name};
use super::merge::{merge_acronyms, merge_short_forms};
use super::reject::is_a_misreading;
use super::spans::{CaseCounts, DocNames, wraps};
use super::tally::{Tally, count_lower_case_writings, on_one_line, tally};
use super::{Candidate, CandidateKind, Example};
use crate::core::lines::line_ending_at;

/// Ranks the candidates of every document's spans.
pub fn rank<'t>(
    docs: &[DocNames],
    counts: &CaseCounts,
    text_of: &(impl Fn(usize) -> &'t str + Sync),
    known: &Known,
    limit: usize,
) -> Vec<Candidate> {
    let mut tallies = tally(docs, counts, text_of, known);
    count_lower_case_writings(&mut tallies, docs, text_of);
    merge_acronyms(&mut tallies, docs, text_of);
    merge_short_forms(&mut tallies);
    let c_values = c_values(&tallies);
    let mut ranked: Vec<Candidate> = tallies
        .into_iter()
        .filter(|(key, tally)| tally.mentions >= 2 && !tally.is_place_like() && !is_common_phrase(key, tally, counts))
        .map(|(key, tally)| candidate(&tally, c_values.get(&key).copied().unwrap_or(0.0), text_of))
        .collect();
    ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(b.mentions.cmp(&a.mentions)).then(a.name.cmp(&b.name)));
    // Checked on the best ones only: a misreading is looked for letter by letter.
    let misread =
        |candidate: &Candidate| candidate.kind == CandidateKind::Unknown && is_a_misreading(&candidate.name, known);
    ranked.into_iter().filter(|candidate| !misread(candidate)).take(limit).collect()
}

/// A name made only of common words, none of which types it, never after a title: "Member States", "Second
/// World War", "the Charter". A word is common if the shipped list says so or the corpus writes it lower-case
/// inside sentences at least once for every four times capitalised.
fn is_common_phrase(key: &str, tally: &Tally, counts: &CaseCounts) -> bool {
    if tally.defined || tally.titled * 5 >= tally.mentions.max(1) {
        return false;
    }
    let common = |word: &str| {
        let (upper, lower) = counts.get(word).copied().unwrap_or((0, 0));
        is_connector(word) || is_common_word(word) || (lower >= 3 && lower * 4 >= upper)
    };
    let typed = tally
        .forms
        .iter()
        .any(|(form, _)| form.split_whitespace().any(|word| KIND_WORDS.iter().any(|(kind, _)| *kind == word)));
    !typed && key.split(' ').all(common)
}

/// The C-value of each name: log2(1 + its words) times its mentions, less the mean of the longer names it is
/// nested in ("Support Forces" inside "Rapid Support Forces" weighs only its own uses).
fn c_values(tallies: &HashMap<String, Tally>) -> HashMap<String, f64> {
    let mut nested_in: HashMap<&str, Vec<usize>> = HashMap::new();
    for (key, tally) in tallies {
        let words: Vec<&str> = key.split(' ').collect();
        for start in 0..words.len() {
            for end in start + 1..=words.len() {
                if end - start == words.len() {
                    continue;
                }
                let inner = words.get(start..end).unwrap_or_default().join(" ");
                if let Some((inner_key, _)) = tallies.get_key_value(inner.as_str()) {
                    nested_in.entry(inner_key.as_str()).or_default().push(tally.mentions);
                }
            }
        }
    }
    tallies
        .iter()
        .map(|(key, tally)| {
            let length = (1.0 + key.split(' ').count() as f64).log2();
            let own = tally.mentions as f64;
            let value = match nested_in.get(key.as_str()) {
                Some(outer) if !outer.is_empty() => {
                    let sum: f64 = outer.iter().map(|&mentions| mentions as f64).sum();
                    own + sum - sum / outer.len() as f64
                }
                _ => own,
            };
            (key.clone(), length * value)
        })
        .collect()
}

fn candidate<'t>(tally: &Tally, c_value: f64, text_of: &impl Fn(usize) -> &'t str) -> Candidate {
    let name = tally.best_form().to_owned();
    let (kind, evidence) = kind_of(&name, tally);
    let mut variants = tally.forms.clone();
    variants.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let documents = tally.docs.len();
    // One word with nothing to say what it is ("Zionist", "Koreas", "Horn") is weak evidence of an actor.
    let weight = if kind == CandidateKind::Unknown && !name.contains(' ') { 0.5 } else { 1.0 };
    Candidate {
        score: weight * documents as f64 * (1.0 + 0.1 * (1.0 + c_value).ln()),
        name,
        kind,
        evidence,
        documents,
        mentions: tally.mentions,
        variants: variants.into_iter().map(|(form, _)| form).collect(),
        examples: tally.places.iter().map(|(doc, range)| example(text_of(*doc), *doc, range)).collect(),
    }
}

/// The kind a name's words and titles suggest, and why.
fn kind_of(name: &str, tally: &Tally) -> (CandidateKind, String) {
    let words: Vec<&str> = name.split_whitespace().collect();
    // "Liberation" makes a front or a movement an armed group; otherwise the last telling word decides.
    let liberation = words.iter().find(|word| matches!(**word, "Liberation" | "Libération"));
    let keyword = liberation.map_or_else(
        || words.iter().rev().find_map(|word| KIND_WORDS.iter().find(|(kind_word, _)| kind_word == word)),
        |word| KIND_WORDS.iter().find(|(kind_word, _)| kind_word == word),
    );
    if let Some((word, kind)) = keyword {
        return (*kind, format!("the word \"{word}\""));
    }
    if tally.titled * 5 >= tally.mentions && tally.titled > 0 {
        return (CandidateKind::Person, format!("a title before it {} times", tally.titled));
    }
    if words.len() >= 2 && words.first().is_some_and(|first| is_given_name(first)) {
        return (CandidateKind::Person, "a given name".to_owned());
    }
    (CandidateKind::Unknown, String::new())
}

/// The sentence around a place, at most 240 characters: a longer one is cut around the name.
fn example(text: &str, doc: usize, range: &Range<usize>) -> Example {
    let mut start = sentence_start(text, range.start);
    let mut end = sentence_end(text, range.end);
    let (mut cut_before, mut cut_after) = (false, false);
    if text.get(start..end).is_some_and(|sentence| sentence.chars().count() > 240) {
        let floor = |mut at: usize| {
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            at
        };
        let mut wanted_start = floor(range.start.saturating_sub(100)).max(start);
        // From a word's start, not its middle.
        if let Some(space) = text.get(wanted_start..range.start).and_then(|head| head.find(' ')) {
            wanted_start += space + 1;
        }
        let wanted_end = floor((range.end + 120).min(text.len())).min(end);
        (cut_before, cut_after) = (wanted_start > start, wanted_end < end);
        (start, end) = (wanted_start, wanted_end);
    }
    let words = on_one_line(text.get(start..end).unwrap_or("").trim());
    let sentence = format!("{}{}{}", if cut_before { "…" } else { "" }, words, if cut_after { "…" } else { "" });
    Example { doc, sentence }
}

/// Where the sentence around `at` starts: after a sentence's end, or after a line that does not run on into the
/// next (a paragraph's or a heading's end; a wrapped line goes on).
fn sentence_start(text: &str, at: usize) -> usize {
    let before = text.get(..at).unwrap_or("");
    let stop = before.rfind(['.', '!', '?']).map_or(0, |found| found + 1);
    let mut newlines =
        before.match_indices('\n').rev().map(|(newline, _)| newline).take_while(|newline| *newline >= stop);
    newlines.find(|&newline| !wraps(line_ending_at(text, newline))).map_or(stop, |newline| newline + 1)
}

/// Where the sentence from `at` ends: after a sentence's end, or at the end of a line that does not run on.
fn sentence_end(text: &str, at: usize) -> usize {
    let after = text.get(at..).unwrap_or("");
    let stop = after.find(['.', '!', '?']).map_or(text.len(), |found| at + found + 1);
    let mut newlines = after.match_indices('\n').map(|(newline, _)| at + newline).take_while(|newline| *newline < stop);
    newlines.find(|&newline| !wraps(line_ending_at(text, newline))).map_or(stop, |newline| newline + 1)
}
