//! The window on a corpus large enough that the panels' figures are computed in the background: the frame
//! that takes the query does not wait for them, and they arrive right.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

mod common;

use common::settle;
use egui_kittest::kittest::Queryable as _;
use geodash::core::actors::Dictionary;
use geodash::core::corpus::Corpus;
use geodash::core::readers::read_paths;

const DOCUMENTS: usize = 2_100;

/// 2,100 short reports; every seventh (0, 7, 14, …, 2,093) names Wagner: 300 of them.
fn corpus() -> Corpus {
    let folder = tempfile::tempdir().expect("a temporary folder");
    for number in 0..DOCUMENTS {
        let wagner = if number % 7 == 0 { " Wagner fighters were seen in Mali." } else { "" };
        let text = format!("Report {number}\n\nTroops moved near Niamey in Niger.{wagner}\n");
        std::fs::write(folder.path().join(format!("report-{number:04}.txt")), text).expect("write");
    }
    let mut corpus = Corpus::new("reports", Dictionary::embedded().expect("the dictionary")).expect("a corpus");
    let read = read_paths(&[folder.path().to_path_buf()], &|_| {});
    assert!(read.problems.is_empty());
    corpus.add(read.documents).expect("analysed");
    corpus
}

#[test]
fn figures_computed_in_the_background_arrive_and_are_right() {
    let corpus = corpus();
    let mut harness = common::window_on(corpus);
    assert!(harness.query_by_label_contains("2,100 of 2,100 documents").is_some());
    harness.get_by_label("Search").click();
    harness.step();
    harness.get_by_label("Search").type_text("Wagner");
    settle(&mut harness);
    assert!(harness.query_by_label_contains("300 of 2,100 documents").is_some());
}
