//! RSS and Atom feeds: one document per item, with its title, day, link and the channel as outlet. The
//! fixtures under `tests/fixtures/feeds` were written by hand; every figure below is read off them.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

use std::path::{Path, PathBuf};

use geodash::core::document::Format;
use geodash::core::readers::{Outcome, read_paths};

fn feeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/feeds")
}

#[test]
fn an_rss_feed_gives_one_document_an_item() {
    let outcome = read_paths(&[feeds().join("sahel-wire.rss")], &|_| {});
    assert!(outcome.problems.is_empty(), "{:?}", outcome.problems);
    let [accord, summit] = outcome.documents.as_slice() else { panic!("two items: {:?}", outcome.documents) };
    assert_eq!(accord.title, "Niger and Russia sign a defence accord");
    assert_eq!(accord.format, Format::Feed);
    assert_eq!(accord.meta.outlet.as_deref(), Some("Sahel Wire"));
    assert_eq!(accord.published.as_ref().map(|p| p.span.label()).as_deref(), Some("2024-01-16"));
    // The full content, not the summary; its paragraphs and line break kept, its tags gone, and cleaned as a
    // page's article is: the photo's caption and the share bar left out.
    assert_eq!(
        accord.text,
        "Niger and Russia sign a defence accord\n\nNiger and Russia signed an accord in Niamey.\n\nFrance was not \
         told.\nMali welcomed it."
    );
    assert!(
        accord.source.label().ends_with("› https://sahel-wire.example/2024/01/niger-russia"),
        "{}",
        accord.source.label()
    );
    // An item with a summary only: the summary's HTML, its entity decoded once more as HTML.
    assert_eq!(summit.text, "ECOWAS summit postponed\n\nThe ECOWAS summit in Abuja was postponed & no date was set.");
    assert_eq!(summit.published.as_ref().map(|p| p.span.label()).as_deref(), Some("2024-02-24"));
}

#[test]
fn an_atom_feed_gives_its_entries_with_their_publication_day() {
    let outcome = read_paths(&[feeds().join("desk-notes.atom")], &|_| {});
    let [note] = outcome.documents.as_slice() else { panic!("one entry: {outcome:?}") };
    assert_eq!(note.title, "Burkina Faso leaves the court");
    assert_eq!(note.meta.outlet.as_deref(), Some("Desk Notes"));
    assert_eq!(
        note.published.as_ref().map(|p| p.span.label()).as_deref(),
        Some("2024-03-04"),
        "published, not updated"
    );
    assert_eq!(note.text, "Burkina Faso leaves the court\n\nBurkina Faso said it would leave the court.");
}

#[test]
fn an_xml_file_that_is_no_feed_is_reported_not_read() {
    let outcome = read_paths(&[feeds().join("settings.xml")], &|_| {});
    assert!(outcome.documents.is_empty());
    let [problem] = outcome.problems.as_slice() else { panic!("one problem: {:?}", outcome.problems) };
    assert_eq!(problem.outcome, Outcome::Skipped);
    assert!(problem.reason.contains("no RSS or Atom feed"), "{}", problem.reason);
}

#[test]
fn an_items_day_is_the_day_its_feed_wrote_with_its_zone() {
    // 23:30 in Niamey (UTC+1) on the 16th is 22:30 UTC the same day; 00:30 on the 17th is the 16th in UTC, but
    // the outlet printed the 17th.
    let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>Niamey Desk</title>
        <item><title>Late</title><description>The council met late.</description>
          <pubDate>Tue, 16 Jan 2024 23:30:00 +0100</pubDate></item>
        <item><title>After midnight</title><description>The council met after midnight.</description>
          <pubDate>Wed, 17 Jan 2024 00:30:00 +0100</pubDate></item>
        </channel></rss>"#;
    let outcome = geodash::core::readers::read_named_bytes("desk.rss", rss);
    let [late, after] = outcome.documents.as_slice() else { panic!("two items: {:?}", outcome.problems) };
    let written = |document: &geodash::core::document::Document| {
        let published = document.published.as_ref().expect("dated");
        (published.span.label(), published.time.map(|time| time.label()).unwrap_or_default())
    };
    assert_eq!(written(late), ("2024-01-16".to_owned(), "23:30 UTC+01:00".to_owned()));
    assert_eq!(written(after), ("2024-01-17".to_owned(), "00:30 UTC+01:00".to_owned()));
}
