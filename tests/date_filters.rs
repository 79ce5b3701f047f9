//! A publication-date range against dates of every precision: within the range by default, overlapping it when
//! asked, undated articles kept only when asked.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

use chrono::NaiveDate;
use geodash::core::actors::Dictionary;
use geodash::core::corpus::Corpus;
use geodash::core::figures::figures;
use geodash::core::readers::read_paths;
use geodash::core::search::{DateMatch, Filters};

/// Four notes: one of 10 May 2023 (a day), a UN speech of 2023 (a year, from its file name), one of
/// 2022-11-03, and one with no date at all.
fn corpus() -> Corpus {
    let folder = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(folder.path().join(name), text).unwrap();
    write("2023-05-10_mali.txt", "Mali and Niger met in Bamako.\n");
    write("MLI_78_2023.txt", "Mr President, Mali speaks for the Sahel.\n");
    write("2022-11-03_chad.txt", "Chad's army moved north.\n");
    write("undated.txt", "Niger reopened a border crossing with Benin.\n");
    let mut corpus = Corpus::new("dates", Dictionary::embedded().unwrap()).unwrap();
    corpus.add(read_paths(&[folder.path().to_path_buf()], &|_| {}).documents).unwrap();
    corpus
}

fn ids(corpus: &Corpus, filters: &Filters) -> Vec<String> {
    let docs = corpus.search.matching_docs("", filters).unwrap();
    let mut ids: Vec<String> = docs.iter().map(|&doc| corpus.documents[doc].id.clone()).collect();
    ids.sort();
    ids
}

#[test]
fn april_to_august_2023_keeps_what_lies_within_unless_overlap_or_undated_are_asked_for() {
    let corpus = corpus();
    let (from, to) = (NaiveDate::from_ymd_opt(2023, 4, 1), NaiveDate::from_ymd_opt(2023, 8, 31));
    let within = Filters { from, to, ..Filters::default() };
    // "2023" runs from January to December: not within April–August; the figures say it overlaps, and that the
    // undated note is left out.
    assert_eq!(ids(&corpus, &within), ["2023-05-10_mali"]);
    let shown = figures(&corpus, "", &within, 500).unwrap();
    assert_eq!((shown.vague_outside, shown.undated), (1, 1));
    let overlapping = Filters { dates: DateMatch::Overlaps, ..within.clone() };
    assert_eq!(ids(&corpus, &overlapping), ["2023-05-10_mali", "MLI_78_2023"]);
    let with_undated = Filters { include_undated: true, ..within };
    assert_eq!(ids(&corpus, &with_undated), ["2023-05-10_mali", "undated"]);
}

#[test]
fn a_range_open_at_one_end_takes_the_dates_past_its_other_end() {
    let corpus = corpus();
    let from = NaiveDate::from_ymd_opt(2023, 1, 1);
    assert_eq!(ids(&corpus, &Filters { from, ..Filters::default() }), ["2023-05-10_mali", "MLI_78_2023"]);
    let to = NaiveDate::from_ymd_opt(2022, 12, 31);
    assert_eq!(ids(&corpus, &Filters { to, ..Filters::default() }), ["2022-11-03_chad"]);
}
