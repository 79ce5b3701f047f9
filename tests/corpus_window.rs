//! Building the corpus in the window: adding a folder of every format, the load report, "Remove" and
//! "New corpus", used through their labels.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

mod common;

use common::{formats_folder, settle};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use geodash::app::{GeodashApp, Startup};
use geodash::core::cache::CorpusCache;
use geodash::core::sources::{CorpusSource, Sources};

fn harness(sources: Sources) -> Harness<'static, GeodashApp> {
    harness_with_cache(sources, None)
}

fn harness_with_cache(sources: Sources, cache: Option<CorpusCache>) -> Harness<'static, GeodashApp> {
    common::window([1440.0, 900.0], egui::Theme::Dark, move |ctx| {
        GeodashApp::from_sources(ctx, &sources, Startup { cache, ..Startup::default() }).expect("the app starts")
    })
}

#[test]
fn a_corpus_read_once_reopens_from_the_saved_index_and_so_does_one_added_to() {
    let (cache_folder, articles) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let cache = CorpusCache::at(cache_folder.path());
    let folder = Sources::of(vec![CorpusSource::Path(formats_folder())]);
    let first = harness_with_cache(folder.clone(), Some(cache.clone()));
    // The folder's 7 problems: 6 files left out (skipped or failed) and the PDF that repeats the DOCX.
    assert!(first.query_by_label_contains("Added 14 documents; 6 files left out; 1 duplicate counted once.").is_some());
    let mut again = harness_with_cache(folder, Some(cache.clone()));
    assert!(
        again.query_by_label_contains("Reopened 14 documents; 6 files left out; 1 duplicate counted once.").is_some()
    );
    assert!(again.query_by_label_contains("Corpus: formats  ·  14 documents").is_some());
    assert!(again.query_by_label("Files left out").is_some(), "the report comes back with the corpus");
    // A file added in the window: the corpus is saved again, with it, in the background.
    std::fs::write(articles.path().join("note.txt"), "Niger and Benin reopened their border.").unwrap();
    again.state_mut().push(geodash::app::AppCommand::AddPaths(vec![articles.path().to_path_buf()]));
    settle(&mut again);
    while again.state().is_saving() {
        std::thread::sleep(std::time::Duration::from_millis(10));
        again.step();
    }
    let both = again.state().sources().clone();
    let third = harness_with_cache(both, Some(cache));
    assert!(
        third.query_by_label_contains("Reopened 15 documents; 6 files left out; 1 duplicate counted once.").is_some()
    );
}

#[test]
fn a_folder_of_every_format_loads_beside_the_seeds_with_its_report() {
    let sources = Sources::of(vec![CorpusSource::Seeds, CorpusSource::Path(formats_folder())]);
    let harness = harness(sources);
    // 5 seeds and the 14 documents of the folder (tests/formats.rs counts them).
    assert!(harness.query_by_label_contains("(embedded seeds)  ·  19 documents").is_some());
    assert!(
        harness.query_by_label_contains("Added 14 documents; 6 files left out; 1 duplicate counted once.").is_some()
    );
    assert!(harness.query_by_label("Files left out").is_some(), "the report opens by itself");
    assert!(harness.query_by_label("encrypted PDF: geodash cannot read password-protected files").is_some());
    assert!(harness.query_by_label("Save as CSV…").is_some());
}

#[test]
fn removing_the_folder_leaves_the_seeds_and_a_new_corpus_is_empty() {
    let sources = Sources::of(vec![CorpusSource::Seeds, CorpusSource::Path(formats_folder())]);
    let mut harness = harness(sources);
    harness.get_by_label("Corpus…").click();
    harness.run();
    assert!(harness.query_by_label(&formats_folder().display().to_string()).is_some());
    // The second "Remove" is the folder's (the seeds come first).
    harness.query_all_by_label("Remove").nth(1).expect("a Remove button for the folder").click();
    settle(&mut harness);
    assert!(harness.query_by_label_contains("(embedded seeds)  ·  5 documents").is_some());
    assert_eq!(harness.state().sources(), &Sources::of(vec![CorpusSource::Seeds]));
    harness.get_by_label("New corpus").click();
    settle(&mut harness);
    assert!(harness.query_by_label_contains("Corpus: New corpus  ·  0 documents").is_some());
    assert_eq!(harness.state().sources(), &Sources::default());
}

#[test]
fn a_folder_already_in_the_corpus_is_not_read_twice() {
    let mut harness = harness(Sources::of(vec![CorpusSource::Path(formats_folder())]));
    assert!(harness.query_by_label_contains("Corpus: formats  ·  14 documents").is_some());
    harness.state_mut().push(geodash::app::AppCommand::AddPaths(vec![formats_folder().join("hostile")]));
    settle(&mut harness);
    assert!(harness.query_by_label_contains("hostile is already in the corpus.").is_some());
    assert!(
        harness.query_by_label_contains("6 files left out, 1 duplicate counted once").is_some(),
        "the report is not doubled"
    );
}

#[test]
fn a_guessed_text_column_can_be_chosen_in_the_report() {
    let folder = tempfile::tempdir().unwrap();
    let table = "ref,summary,notes\nA1,\"Niger and Mali signed a defence pact in Bamako, and Burkina Faso joined them later.\",\
                 checked twice\nA2,\"France withdrew its ambassador from Niamey after the junta in Niger ordered him to leave the country.\",unchecked\n";
    std::fs::write(folder.path().join("wire.csv"), table).unwrap();
    let mut harness = harness(Sources::of(vec![CorpusSource::Path(folder.path().to_path_buf())]));
    // Nothing is called text or body: the longest column, "summary", is taken and the report asks to check it.
    assert!(harness.query_by_label_contains("Added 2 documents; 0 files left out; 1 file to check.").is_some());
    assert!(harness.query_by_label_contains("text column guessed: \"summary\"").is_some());
    harness.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Read the text from:").click();
    harness.run();
    harness.get_by_label("notes").click();
    settle(&mut harness);
    // Read again with "notes": "checked twice" and "unchecked" are 3 words, and nothing is left to check.
    assert!(harness.query_by_label_contains("2 documents  ·  3 words").is_some());
    assert!(harness.state().problems().is_empty(), "{:?}", harness.state().problems());
    let file = folder.path().join("wire.csv").display().to_string();
    assert_eq!(harness.state().sources().options.text_columns.get(&file).map(String::as_str), Some("notes"));
}

#[test]
fn a_folder_added_to_the_untouched_seeds_starts_its_own_corpus_and_the_seeds_can_be_kept() {
    let mut harness = harness(Sources::of(vec![CorpusSource::Seeds]));
    harness.state_mut().push(geodash::app::AppCommand::AddPaths(vec![formats_folder()]));
    settle(&mut harness);
    // The 14 documents of the folder alone, named after it; the seeds are offered back.
    assert!(harness.query_by_label_contains("Corpus: formats  ·  14 documents").is_some());
    assert_eq!(harness.state().sources(), &Sources::of(vec![CorpusSource::Path(formats_folder())]));
    harness.get_by_label("Keep the seed articles too").click();
    settle(&mut harness);
    assert!(harness.query_by_label_contains("(embedded seeds)  ·  19 documents").is_some());
}

#[test]
fn a_new_corpus_can_be_undone() {
    let mut harness = harness(Sources::of(vec![CorpusSource::Seeds]));
    harness.get_by_label("Corpus…").click();
    harness.run();
    harness.get_by_label("New corpus").click();
    settle(&mut harness);
    assert!(harness.query_by_label_contains("Corpus: New corpus  ·  0 documents").is_some());
    harness.get_by_label("Undo").click();
    settle(&mut harness);
    assert!(harness.query_by_label_contains("(embedded seeds)  ·  5 documents").is_some());
}

#[test]
fn duplicates_alone_do_not_open_the_report() {
    let folder = tempfile::tempdir().unwrap();
    let text = "Niger and Benin reopened their border after a year.\n";
    std::fs::write(folder.path().join("one.txt"), text).unwrap();
    std::fs::write(folder.path().join("copy.txt"), text).unwrap();
    let harness = harness(Sources::of(vec![CorpusSource::Path(folder.path().to_path_buf())]));
    assert!(harness.query_by_label_contains("Added 1 document; 0 files left out; 1 duplicate counted once.").is_some());
    assert!(harness.query_by_label("Files left out").is_none(), "the report stays closed");
    assert!(harness.query_by_label("1 duplicate counted once").is_some(), "the status line says so");
}

#[test]
fn another_corpus_shows_all_its_dates_again() {
    let mut harness = harness(Sources::of(vec![CorpusSource::Seeds]));
    harness.state_mut().push(geodash::app::AppCommand::SetTimelineSpan(Some((738_700.0, 738_760.0))));
    harness.run();
    assert!(harness.state().view().timeline.is_some(), "zoomed");
    harness.state_mut().push(geodash::app::AppCommand::AddPaths(vec![formats_folder()]));
    settle(&mut harness);
    assert_eq!(harness.state().view().timeline, None);
}

#[test]
fn undated_articles_are_read_as_of_the_date_typed_in_the_corpus_window() {
    let articles = tempfile::tempdir().unwrap();
    std::fs::write(articles.path().join("wire.txt"), "Moscow and the Kremlin said no.").unwrap();
    let mut harness = harness(Sources::of(vec![CorpusSource::Path(articles.path().to_path_buf())]));
    settle(&mut harness);
    let first =
        |harness: &Harness<'_, GeodashApp>| harness.state().plotted_actors().first().map(|row| row.name.clone());
    assert_eq!(first(&harness).as_deref(), Some("Russia"));
    harness.get_by_label("Corpus…").click();
    harness.run();
    harness.get_by_label("Undated articles are read as of").click();
    harness.run();
    harness.get_by_label("Undated articles are read as of").type_text("1985");
    harness.run();
    harness.get_by_label("Apply").click();
    settle(&mut harness);
    assert_eq!(first(&harness).as_deref(), Some("Soviet Union"));
    assert_eq!(harness.state().sources().options.as_of.map(|day| day.to_string()).as_deref(), Some("1985-07-02"));
    assert!(harness.query_by_label_contains("Undated articles are now read as of 2 July 1985.").is_some());
}
