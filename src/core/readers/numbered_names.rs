//! Files numbered in a series ("story-0998.txt" … "story-2225.txt"): the number is a counter, though some of
//! its values look like years ("story-1999.txt"). The year a file name gives is forgotten for such files.

use std::collections::HashMap;
use std::path::Path;

use chrono::Datelike as _;

use crate::core::dates::Precision;
use crate::core::document::{Document, Source};

/// Forgets the publication year that only a file name gave, where files named after the same pattern (digits
/// aside) carry at that place four digits that cannot be a year: those digits count files.
pub fn forget_counter_years(documents: &mut [Document]) {
    let mut counters: HashMap<(String, usize), bool> = HashMap::new();
    for name in documents.iter().filter_map(file_name) {
        for (run, number) in four_digit_runs(name) {
            let counter = counters.entry((pattern(name), run)).or_default();
            *counter |= !(1900..=2099).contains(&number);
        }
    }
    for document in documents.iter_mut() {
        let Some(name) = file_name(document).map(str::to_owned) else { continue };
        let Some(published) = document.published.as_ref() else { continue };
        let year_from_name = published.at.is_none() && published.span.precision == Precision::Year;
        let counted = four_digit_runs(&name).into_iter().any(|(run, number)| {
            let counter = counters.get(&(pattern(&name), run)).copied().unwrap_or(false);
            counter && i32::try_from(number).is_ok_and(|year| published.span.start.year() == year)
        });
        if year_from_name && counted {
            document.published = None;
        }
    }
}

/// The file's name, for a document that is a whole file.
fn file_name(document: &Document) -> Option<&str> {
    match &document.source {
        Source::File(path) => Path::new(path).file_name()?.to_str(),
        _ => None,
    }
}

/// The name with every digit as '#': "story-1999.txt" → "story-####.txt".
fn pattern(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).collect()
}

/// The runs of exactly four digits in a name, each with its place among the name's runs of digits.
fn four_digit_runs(name: &str) -> Vec<(usize, u32)> {
    name.split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .enumerate()
        .filter(|(_, run)| run.len() == 4)
        .filter_map(|(place, run)| Some((place, run.parse().ok()?)))
        .collect()
}
