//! The dates a text mentions.

use std::ops::Range;

use super::anchors;
use super::resolve::Found;
use super::rules::{self, Candidate};
use super::sentence::sentence_around;
use super::{DateMention, DateSpan};

/// Finds the dates mentioned in `text`, resolving relative and year-less ones against `reference` (the
/// publication date): with no reference they are kept, unresolved; against a reference vaguer than a day, only
/// what its precision allows is resolved ("last year" against a year). Leaves out any date overlapping `skip` (the
/// publication date's own place in the header). Dates that do not exist ("30 February 2023") are left out.
pub fn find_mentions(text: &str, reference: Option<DateSpan>, skip: Option<Range<usize>>) -> Vec<DateMention> {
    find_mentions_in(text, None, reference, skip)
}

/// [`find_mentions`] in a text of a known language (ISO 639-3): French word orders are read only in a French
/// text or one whose language is not known.
pub fn find_mentions_in(
    text: &str,
    language: Option<&str>,
    reference: Option<DateSpan>,
    skip: Option<Range<usize>>,
) -> Vec<DateMention> {
    let french = language.is_none_or(|language| language == "fra");
    let mut found = rules::all_dates(text, french);
    if !french {
        // "the Mars 2020 mission", "Avril 2004", "Pierre Juin": French date words do not make a date in a text
        // in another language.
        let words = |at: &Range<usize>| text.get(at.clone()).unwrap_or("").split(|c: char| !c.is_alphanumeric());
        found.retain(|candidate| !words(&candidate.at).any(anchors::is_french_only));
    }
    found
        .into_iter()
        .filter(|candidate| !skip.as_ref().is_some_and(|skip| overlaps(skip, &candidate.at)))
        .filter_map(|candidate| mention(text, candidate, reference))
        .collect()
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn mention(text: &str, candidate: Candidate, reference: Option<DateSpan>) -> Option<DateMention> {
    if candidate.found == Found::Impossible {
        return None;
    }
    Some(DateMention {
        expression: text.get(candidate.at.clone())?.to_owned(),
        resolved: candidate.found.resolve(reference),
        relative: candidate.found.is_relative(),
        sentence: sentence_around(text, &candidate.at),
        at: candidate.at,
    })
}
