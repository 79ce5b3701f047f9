//! Texts that open with a block of `Key: value` lines: the block gives the title, the publication date and the
//! outlet, and is kept out of the text. Every figure below was read off the texts by hand.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

use geodash::core::dates::find_mentions;
use geodash::core::document::Document;
use geodash::core::readers::read_paths;

/// A wire story as an archive of 20,000 of them writes it.
const WIRE: &str = "Title: Brazil's northeast braces for floods\nDate: 27-FEB-2024 10:15:00.00\nSource: Meridian Wire\n\
Places: Brazil, Bahia\nDateline: SALVADOR\n\nSALVADOR, Feb 26 - Heavy rain fell on Bahia yesterday, and the state \
government said on Monday it would open shelters.\n";

/// A database export's keys (Factiva's two-letter ones).
const EXPORT: &str = "HD: Niger junta expels envoy\nSN: Sahel Ledger\nPD: 3 March 2024\nLA: English\n\nThe junta in \
Niamey ordered the French ambassador out.\n";

/// French keys, a date with its time.
const FRENCH: &str = "Titre : Le Niger quitte la CEDEAO\nDate de publication : le 28 janvier 2024 à 10h30\n\
Source : Journal du Sahel\nAuteur : A. Diallo\n\nLe Niger, le Mali et le Burkina Faso ont annoncé leur retrait.\n";

/// An update's date only: it is taken, there being no other.
const UPDATED: &str = "Headline: Talks resume in Addis Ababa\nUpdated: March 5, 2024\n\nThe talks resumed.\n";

/// A day and month that read both ways: not guessed.
const AMBIGUOUS: &str = "Title: A note\nDate: 03/04/2024\nSource: Desk\n\nNothing dated here.\n";

/// A story that opens with its text, one colon in its first sentence: no block.
const STORY: &str = "Warning: the junta said on Monday that the border would stay closed until further notice.\n";

fn read(texts: &[(&str, &str)]) -> Vec<Document> {
    let folder = tempfile::tempdir().expect("a temporary folder");
    for (name, text) in texts {
        std::fs::write(folder.path().join(name), text).expect("write");
    }
    let mut documents = read_paths(&[folder.path().to_path_buf()], &|_| {}).documents;
    documents.sort_by(|a, b| a.id.cmp(&b.id));
    documents
}

fn day(document: &Document) -> Option<String> {
    document.published.as_ref().map(|published| published.span.label())
}

#[test]
fn a_header_block_gives_title_date_and_outlet_and_is_kept_out_of_the_text() {
    let documents = read(&[("a-wire.txt", WIRE), ("b-export.txt", EXPORT), ("c-french.txt", FRENCH)]);
    let [wire, export, french] = documents.as_slice() else { panic!("three documents") };
    assert_eq!(wire.title, "Brazil's northeast braces for floods");
    assert_eq!(day(wire).as_deref(), Some("2024-02-27"));
    assert_eq!(wire.meta.outlet.as_deref(), Some("Meridian Wire"));
    assert!(wire.text.starts_with("SALVADOR, Feb 26"), "{:?}", wire.text);
    assert!(!wire.text.contains("Places:"));
    assert_eq!(export.title, "Niger junta expels envoy");
    assert_eq!(day(export).as_deref(), Some("2024-03-03"));
    assert_eq!(export.meta.outlet.as_deref(), Some("Sahel Ledger"));
    assert_eq!(french.title, "Le Niger quitte la CEDEAO");
    assert_eq!(day(french).as_deref(), Some("2024-01-28"));
    assert_eq!(french.meta.outlet.as_deref(), Some("Journal du Sahel"));
    // "le 28 janvier 2024 à 10h30": the time is kept, with no zone (none is written).
    let time = |document: &Document| document.published.as_ref().and_then(|p| p.time).map(|time| time.label());
    assert_eq!(time(french).as_deref(), Some("10:30"));
    // "27-FEB-2024 10:15:00.00" in the wire's header.
    assert_eq!(time(wire).as_deref(), Some("10:15"));
    assert_eq!(french.meta.author.as_deref(), Some("A. Diallo"));
    assert_eq!(export.meta.language.as_deref(), Some("eng"), "LA: English");
}

#[test]
fn the_dateline_and_yesterday_are_read_against_the_headers_day() {
    let documents = read(&[("wire.txt", WIRE)]);
    let wire = &documents[0];
    let reference = wire.published.as_ref().map(|published| published.span);
    let mentions = find_mentions(&wire.text, reference, None);
    let resolved: Vec<(String, String)> = mentions
        .iter()
        .filter_map(|mention| Some((mention.expression.clone(), mention.resolved.as_ref()?.label())))
        .collect();
    assert!(resolved.contains(&("Feb 26".to_owned(), "2024-02-26".to_owned())), "{resolved:?}");
    assert!(resolved.contains(&("yesterday".to_owned(), "2024-02-26".to_owned())), "{resolved:?}");
    assert!(resolved.contains(&("Monday".to_owned(), "2024-02-26".to_owned())), "{resolved:?}");
}

#[test]
fn an_update_counts_alone_an_ambiguous_day_is_not_guessed_and_a_story_has_no_block() {
    let documents = read(&[("a-updated.txt", UPDATED), ("b-ambiguous.txt", AMBIGUOUS), ("c-story.txt", STORY)]);
    let [updated, ambiguous, story] = documents.as_slice() else { panic!("three documents") };
    assert_eq!((updated.title.as_str(), day(updated).as_deref()), ("Talks resume in Addis Ababa", Some("2024-03-05")));
    assert_eq!(ambiguous.title, "A note");
    assert_eq!(day(ambiguous), None, "03/04/2024 is the 3rd of April or the 4th of March");
    assert_eq!(story.text, STORY);
    assert_eq!(story.meta.outlet, None);
}

/// A note of an outlet, its date written with slashes.
fn note(outlet: &str, date: &str) -> String {
    format!("Title: A note\nDate: {date}\nSource: {outlet}\n\nThe border stayed closed.\n")
}

#[test]
fn a_date_that_reads_both_ways_is_settled_by_its_outlets_other_dates_or_reported() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let notes = [
        // Desk A writes 25/12/2023: day first, so its 03/04/2024 is 3 April.
        ("a1.txt", note("Desk A", "25/12/2023")),
        ("a2.txt", note("Desk A", "03/04/2024")),
        // Desk B writes 12/25/2023: month first, so its 03/04/2024 is 4 March.
        ("b1.txt", note("Desk B", "12/25/2023")),
        ("b2.txt", note("Desk B", "03/04/2024 10:00")),
        // Desk C writes nothing that settles it.
        ("c1.txt", note("Desk C", "05/06/2024")),
    ];
    for (name, text) in &notes {
        std::fs::write(folder.path().join(name), text).expect("write");
    }
    let outcome = read_paths(&[folder.path().to_path_buf()], &|_| {});
    let day_of = |id: &str| day(outcome.documents.iter().find(|document| document.id == id).expect(id));
    assert_eq!(day_of("a1").as_deref(), Some("2023-12-25"));
    assert_eq!(day_of("a2").as_deref(), Some("2024-04-03"));
    assert_eq!(day_of("b2").as_deref(), Some("2024-03-04"));
    assert_eq!(day_of("c1"), None);
    // Desk C's note is reported once, to be checked; nothing else is.
    assert_eq!(outcome.problems.len(), 1, "{:?}", outcome.problems);
    let problem = &outcome.problems[0];
    assert_eq!(problem.outcome, geodash::core::readers::Outcome::Unsure);
    assert!(problem.reason.starts_with("1 document's date read both day first and month first"), "{}", problem.reason);
}
