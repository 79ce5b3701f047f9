//! Outlet and language as filters and figures: the exports fixture (tests/fixtures/exports) read as a corpus,
//! filtered in the search, in the window's drop-downs and counted by outlet. Every figure was counted by hand
//! from the fixture files: 17 articles (3 + 2 + 2 + 2 in the text exports, 2 each in the RTF, Word, PDF and HTML
//! ones); the RTF and the Word export hold the same two, counted once, so 15.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

mod common;

use egui_kittest::kittest::Queryable as _;
use geodash::core::actors::Dictionary;
use geodash::core::corpus::Corpus;
use geodash::core::facets::outlet_records;
use geodash::core::readers::read_paths;
use geodash::core::view::ViewState;

fn corpus() -> Corpus {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exports");
    let mut corpus = Corpus::new("exports", Dictionary::embedded().unwrap()).unwrap();
    corpus.add(read_paths(&[folder], &|_| {}).documents).unwrap();
    corpus
}

fn ids(corpus: &Corpus, view: &ViewState) -> Vec<String> {
    let docs = corpus.search.matching_docs("", &view.filters(corpus)).unwrap();
    let mut ids: Vec<String> = docs.iter().map(|&doc| corpus.documents[doc].id.clone()).collect();
    ids.sort();
    ids
}

#[test]
fn an_outlet_or_a_language_narrows_the_list() {
    let corpus = corpus();
    assert_eq!(corpus.documents.len(), 15);
    let dispatch = ViewState { outlet_filter: Some("Sahel Dispatch".into()), ..ViewState::default() };
    // Sahel Dispatch: Bazoum's party (the article layout) and Tiani's visit (the HTML page).
    assert_eq!(ids(&corpus, &dispatch), ["factiva-2", "factiva-article-1"]);
    // In French: the Journal du Sahel's article and the uranium story as coded text and as a page.
    let french = ViewState { language_filter: Some("fra".into()), ..ViewState::default() };
    assert_eq!(ids(&corpus, &french), ["factiva-1", "factiva-coded-2", "nexis-uni-3"]);
    let both = ViewState { language_filter: Some("fra".into()), ..dispatch };
    assert!(ids(&corpus, &both).is_empty());
}

#[test]
fn documents_by_outlet_most_first_with_their_days() {
    let records = outlet_records(&corpus().documents);
    let by_name = |name: &str| records.iter().find(|record| record.outlet == name).unwrap();
    // Meridian Wire: the ECOWAS meeting (Nexis Uni text), the standby force (Word and RTF: counted once) and
    // Benin's border (PDF).
    let meridian = by_name("Meridian Wire");
    assert_eq!(
        (meridian.documents, meridian.first.as_deref(), meridian.last.as_deref()),
        (3, Some("2023-08-10"), Some("2023-09-02"))
    );
    let dispatch = by_name("Sahel Dispatch");
    assert_eq!(
        (dispatch.documents, dispatch.first.as_deref(), dispatch.last.as_deref()),
        (2, Some("2023-08-05"), Some("2023-11-23"))
    );
    assert_eq!(by_name("Agence Sahel Presse").documents, 1);
    // Nine outlets, 15 documents, each names one.
    assert_eq!(records.len(), 9);
    assert_eq!(records.iter().map(|record| record.documents).sum::<usize>(), 15);
    assert!(records.windows(2).all(|pair| pair[0].documents >= pair[1].documents));
}

#[test]
fn the_window_filters_by_outlet_from_its_drop_down() {
    let mut harness = common::window_on(corpus());
    assert!(harness.query_by_label_contains("15 of 15 documents").is_some());
    harness.get_by_label("Outlet").click();
    harness.run();
    harness.get_by_label("Sahel Dispatch  (2)").click();
    common::settle(&mut harness);
    assert!(harness.query_by_label_contains("2 of 15 documents").is_some());
    assert_eq!(harness.state().view().outlet_filter.as_deref(), Some("Sahel Dispatch"));
}
