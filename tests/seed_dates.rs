//! Publication dates and mentioned dates of the seeds, read by hand from the texts.
//!
//! 000 opens with "date 2024-05-02" and mentions "the summer of 2023"; 001 carries the dateline
//! "Dec 5, 2023 | News, Politics" and mentions "July 26" (so 26 July 2023); 002, 003 and 004 carry no date
//! of their own, so their relative dates ("July 26", "last July", "late March", "last year") stay unresolved.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

use chrono::NaiveDate;
use geodash::core::corpus::Corpus;
use geodash::core::dates::Precision;
use geodash::core::timeline::{ItemKind, timeline_items};

fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a real day")
}

#[test]
fn publication_dates_are_read_or_left_undated() {
    let corpus = Corpus::seeds().expect("the seeds load");
    let published: Vec<Option<NaiveDate>> =
        corpus.documents.iter().map(|document| document.published.as_ref().map(|p| p.span.start)).collect();
    assert_eq!(published, [Some(day(2024, 5, 2)), Some(day(2023, 12, 5)), None, None, None]);
    assert_eq!(corpus.documents[0].published.as_ref().map(|p| p.span.precision), Some(Precision::Day));
}

#[test]
fn the_timeline_holds_two_publications_and_two_resolved_mentions() {
    let corpus = Corpus::seeds().expect("the seeds load");
    let items = timeline_items(&corpus, &corpus.all_docs());
    let summary: Vec<(NaiveDate, NaiveDate, ItemKind, usize)> =
        items.iter().map(|item| (item.date.start, item.date.end, item.kind, item.doc)).collect();
    assert_eq!(
        summary,
        [
            (day(2023, 6, 1), day(2023, 8, 31), ItemKind::Mentioned, 0),
            (day(2023, 7, 26), day(2023, 7, 26), ItemKind::Mentioned, 1),
            (day(2023, 12, 5), day(2023, 12, 5), ItemKind::Published, 1),
            (day(2024, 5, 2), day(2024, 5, 2), ItemKind::Published, 0),
        ]
    );
    assert_eq!(items[0].date.precision, Precision::Season);
    let sentence = items[0].sentence(&corpus);
    assert!(sentence.ends_with("in the summer of 2023."), "{sentence}");
}

#[test]
fn relative_dates_in_undated_articles_stay_unresolved() {
    let corpus = Corpus::seeds().expect("the seeds load");
    let unresolved: Vec<&str> = corpus.analyses[3]
        .dates
        .iter()
        .filter(|mention| mention.resolved.is_none())
        .map(|mention| mention.expression.as_str())
        .collect();
    for expected in ["late Thursday", "Wednesday night", "late March", "last year"] {
        assert!(unresolved.iter().any(|found| found.contains(expected)), "{expected} in {unresolved:?}");
    }
    assert!(corpus.analyses[2].dates.iter().all(|mention| mention.resolved.is_none()));
}
