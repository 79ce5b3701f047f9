//! The analysis views (trends, concordance, co-mentions) on four short articles written for these tests
//! (tests/fixtures/views), every figure counted by hand:
//!
//! - a-flags (2023-08-03): "Crowds in Niamey waved Russian flags. | France called the junta illegal. | The junta
//!   said Russia was a friend, and France and Russia traded words." Niger 1, Russia 3, France 2.
//! - b-envoy (2023-08-20): "France recalled its ambassador from Niger. | The junta thanked Mali." France, Niger,
//!   Mali 1 each.
//! - c-instructors (2023-09-12): "Russian instructors arrived in Niger. | Mali and Russia signed a pact." Russia 2,
//!   Niger 1, Mali 1.
//! - d-undated (no date): "French troops left Niger." France 1, Niger 1.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

mod common;

use chrono::NaiveDate;
use egui_kittest::kittest::Queryable as _;
use geodash::core::actors::Dictionary;
use geodash::core::comentions::{Window, comentions};
use geodash::core::concordance::{KwicSort, Target, concordance};
use geodash::core::corpus::Corpus;
use geodash::core::readers::read_paths;
use geodash::core::trends::{DateBasis, Step, TrendMeasure, trends};

fn corpus() -> Corpus {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/views");
    let mut corpus = Corpus::new("views", Dictionary::embedded().unwrap()).unwrap();
    corpus.add(read_paths(&[folder], &|_| {}).documents).unwrap();
    corpus
}

fn actor(corpus: &Corpus, id: &str) -> usize {
    corpus.dictionary.find(id).unwrap()
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn mentions_per_month_for_russia_and_france() {
    let corpus = corpus();
    let (russia, france) = (actor(&corpus, "RUS"), actor(&corpus, "FRA"));
    let found = trends(&corpus, &corpus.all_docs(), &[russia, france], Some(Step::Month), DateBasis::Published);
    let months: Vec<NaiveDate> = found.periods.iter().map(|period| period.start).collect();
    assert_eq!(months, [day("2023-08-01"), day("2023-09-01")]);
    assert_eq!(found.periods.iter().map(|period| period.documents).collect::<Vec<_>>(), [2, 1]);
    let mentions = |at: usize| found.series.iter().map(|series| series.counts[at].mentions).collect::<Vec<_>>();
    // August: Russia 3 (a), France 2 (a) + 1 (b). September: Russia 2 (c), France none.
    assert_eq!((mentions(0), mentions(1)), (vec![3, 3], vec![2, 0]));
    // Share of August's two documents: Russia in one, France in both.
    let share = |series: usize| found.value(found.series[series].counts[0], 0, TrendMeasure::Documents);
    assert_eq!((share(0), share(1)), (50.0, 100.0));
    assert_eq!((found.undated, found.too_vague), (1, 0), "the undated article is counted apart");
}

#[test]
fn a_month_dated_article_is_too_vague_for_weeks() {
    let corpus = corpus();
    let found = trends(&corpus, &corpus.all_docs(), &[actor(&corpus, "RUS")], Some(Step::Week), DateBasis::Published);
    // 2023-08-03 is in the week of Monday 31 July, 2023-08-20 (a Sunday) in that of 14 August, 2023-09-12 in
    // that of 11 September: seven weeks from the first to the last, empty ones included.
    assert_eq!(found.periods.len(), 7);
    assert_eq!(found.periods[0].start, day("2023-07-31"));
    assert_eq!(found.series[0].counts.iter().map(|count| count.mentions).sum::<usize>(), 5);
}

#[test]
fn the_concordance_of_an_actor_lists_every_name_it_goes_by() {
    let corpus = corpus();
    let russia = Target::Actor(actor(&corpus, "RUS"));
    let found = concordance(&corpus, &corpus.all_docs(), russia, 2, (KwicSort::Right, 100)).unwrap();
    assert!(found.complete);
    assert_eq!(found.lines.len(), 5);
    let lines: Vec<(&str, &str, &str)> =
        found.lines.iter().map(|line| (line.left.as_str(), line.matched.as_str(), line.right.as_str())).collect();
    assert_eq!(
        lines,
        [
            ("Niamey waved", "Russian", "flags. France"),
            ("", "Russian", "instructors arrived"),
            ("Mali and", "Russia", "signed a"),
            ("France and", "Russia", "traded words."),
            ("junta said", "Russia", "was a"),
        ]
    );
}

#[test]
fn the_concordance_of_a_word_reads_it_as_the_search_box_does() {
    let corpus = corpus();
    let docs = corpus.search.matching_docs("junta", &Default::default()).unwrap();
    let found = concordance(&corpus, &docs, Target::Query("junta"), 1, (KwicSort::Document, 100)).unwrap();
    let lines: Vec<String> =
        found.lines.iter().map(|line| format!("{} [{}] {}", line.left, line.matched, line.right)).collect();
    assert_eq!(lines, ["the [junta] illegal.", "The [junta] said", "The [junta] thanked"]);
}

#[test]
fn co_mentions_in_sentences_and_documents() {
    let corpus = corpus();
    let (niger, russia, france, mali) =
        (actor(&corpus, "NER"), actor(&corpus, "RUS"), actor(&corpus, "FRA"), actor(&corpus, "MLI"));
    let found = comentions(&corpus, &corpus.all_docs(), 10, Window::Sentence);
    let counts = |a, b| found.pair(a, b).map(|pair| (pair.sentences, pair.documents));
    // Niger and Russia: sentences a1, c1; documents a, c. France and Niger: sentences b1, d1; documents a, b, d.
    // Mali and Russia: sentence c2; document c. France and Mali: no sentence; document b.
    assert_eq!(counts(niger, russia), Some((2, 2)));
    assert_eq!(counts(france, niger), Some((2, 3)));
    assert_eq!(counts(mali, russia), Some((1, 1)));
    assert_eq!(counts(france, mali), Some((0, 1)));
    // Niger is named in four sentences, Russia in four (a1, a3, c1, c2): 2 / (4 + 4 - 2).
    assert!((found.pair(niger, russia).unwrap().jaccard - 2.0 / 6.0).abs() < 1e-9);
    let by_document = comentions(&corpus, &corpus.all_docs(), 10, Window::Document);
    // France in three documents, Niger in four, together in three: 3 / (3 + 4 - 3).
    assert!((by_document.pair(france, niger).unwrap().jaccard - 0.75).abs() < 1e-9);
}

/// The window on the fixture, with a tab of the right-hand area shown.
fn window_with_tab(tab: &str) -> egui_kittest::Harness<'static, geodash::app::GeodashApp> {
    let mut harness = common::window_on(corpus());
    harness.get_by_label(tab).click();
    common::settle(&mut harness);
    harness
}

#[test]
fn the_concordance_tab_lists_the_search_words_in_context_and_opens_the_reader_there() {
    let mut harness = window_with_tab("Concordance");
    harness.get_by_label("Search").click();
    harness.run();
    harness.get_by_label("Search").type_text("junta");
    common::settle(&mut harness);
    assert!(harness.query_by_label_contains("3 occurrences of \u{201c}junta\u{201d}").is_some());
    // The second line: "The junta thanked Mali." in the envoy article; a click opens it in the reader.
    harness.get_by_label("thanked Mali.").click();
    common::settle(&mut harness);
    let envoy = corpus().documents.iter().position(|document| document.title == "An envoy recalled");
    let view = harness.state().view();
    assert_eq!(view.selected, envoy);
    assert_eq!(view.analysis.tab, geodash::core::view_figures::Tab::Reader);
}

#[test]
fn the_co_mentions_tab_shows_the_hand_counted_matrix() {
    let harness = window_with_tab("Co-mentions");
    // The four actors, most mentioned first: Russia 5, France 4, Niger 4, Mali 2.
    for name in ["1. Russia", "2. France", "3. Niger", "4. Mali"] {
        assert!(harness.query_by_label(name).is_some(), "{name}");
    }
    assert!(harness.query_by_label_contains("count of sentences naming both").is_some());
}

#[test]
fn the_trends_tab_says_what_it_leaves_out() {
    let harness = window_with_tab("Trends");
    assert!(harness.query_by_label("Mentions over time").is_some());
    // Three dated articles in August and September 2023 (a span of 40 days: by day) and one undated.
    assert!(
        harness
            .query_by_label_contains("mentions per day, by publication dates · 1 document without a date not shown")
            .is_some()
    );
}

#[test]
fn the_selection_shows_as_chips_and_steps_back() {
    let mut harness = common::window_on(corpus());
    let russia = actor(&corpus(), "RUS");
    harness.state_mut().push(geodash::app::AppCommand::FilterActor(Some(russia)));
    common::settle(&mut harness);
    harness.get_by_label("Search").click();
    harness.run();
    harness.get_by_label("Search").type_text("junta");
    common::settle(&mut harness);
    assert!(harness.query_by_label("Search: junta  ×").is_some());
    assert!(harness.query_by_label("Actor: Russia  ×").is_some());
    // Back: the whole typed word goes in one step; the actor stays.
    harness.get_by_label("Back").click();
    common::settle(&mut harness);
    assert_eq!((harness.state().view().query.as_str(), harness.state().view().actor_filter), ("", Some(russia)));
    harness.get_by_label("Actor: Russia  ×").click();
    common::settle(&mut harness);
    assert_eq!(harness.state().view().actor_filter, None);
    assert!(
        harness.query_by_label("5 of 4 documents").is_none()
            && harness.query_by_label_contains("4 of 4 documents").is_some()
    );
}

#[test]
fn by_the_dates_in_the_text_a_mention_counts_for_the_date_of_its_sentence() {
    // A retrospective of March 2024. France: sentence 1, July 2023. Russia: sentence 2, December 2023, and
    // sentence 3 with no date (counted apart). Mali is not followed.
    let text = "Title: A look back\nDate: 2024-03-01\n\nIn July 2023, France recalled its envoy. Russia sent \
instructors in December 2023. Mali and Russia signed a pact.\n";
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("look-back.txt"), text).unwrap();
    let mut corpus = Corpus::new("look back", Dictionary::embedded().unwrap()).unwrap();
    corpus.add(read_paths(&[folder.path().to_path_buf()], &|_| {}).documents).unwrap();
    let (russia, france) = (actor(&corpus, "RUS"), actor(&corpus, "FRA"));
    let found = trends(&corpus, &corpus.all_docs(), &[russia, france], Some(Step::Month), DateBasis::Mentioned);
    // July to December 2023: six months.
    assert_eq!(found.periods.first().map(|period| period.start), Some(day("2023-07-01")));
    assert_eq!(found.periods.len(), 6);
    let mentions = |series: usize| found.series[series].counts.iter().map(|count| count.mentions).collect::<Vec<_>>();
    assert_eq!(mentions(0), [0, 0, 0, 0, 0, 1], "Russia in December");
    assert_eq!(mentions(1), [1, 0, 0, 0, 0, 0], "France in July");
    assert_eq!(found.undated, 1, "Russia's mention in the sentence without a date");
    // By publication date the same mentions all fall in March 2024.
    let published = trends(&corpus, &corpus.all_docs(), &[russia, france], Some(Step::Month), DateBasis::Published);
    assert_eq!(published.periods.iter().map(|period| period.start).collect::<Vec<_>>(), [day("2024-03-01")]);
    assert_eq!((published.series[0].counts[0].mentions, published.series[1].counts[0].mentions), (2, 1));
}
