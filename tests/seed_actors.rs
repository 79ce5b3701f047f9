//! Actor figures on the five seed articles, counted by hand.
//!
//! How they were counted: for each actor, every whole-word occurrence of its names in `seeds/*.txt` (for
//! example `grep -o -w -e Russia -e Russian -e 'Russian Federation' -e Moscow seeds/003*.txt`), where a longer
//! name counts once ("Russian Federation" is one mention, "General Abdourahamane Tiani" is one mention of
//! Tiani), "Niger’s" counts for Niger and "pro-Russia" for Russia.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

use geodash::core::corpus::Corpus;
use geodash::core::stats::{ActorRow, People, actor_table};

fn seeds() -> Corpus {
    Corpus::seeds().expect("the seeds load")
}

fn row<'a>(rows: &'a [ActorRow], name: &str) -> &'a ActorRow {
    rows.iter().find(|row| row.name == name).unwrap_or_else(|| panic!("{name} is not in the actor table"))
}

/// (actor, mentions, documents) over all five seeds.
const EXPECTED: [(&str, usize, usize); 16] = [
    ("Niger", 55, 5),
    ("Russia", 44, 5),
    ("France", 13, 5),
    ("Mali", 11, 5),
    ("Burkina Faso", 6, 5),
    ("United States", 5, 3),
    ("Alliance of Sahel States", 4, 3),
    ("ECOWAS", 3, 2),
    ("Abdourahamane Tiani", 3, 3),
    ("Mohamed Bazoum", 4, 2),
    ("Vladimir Putin", 5, 2),
    ("Wagner Group", 2, 1),
    ("Yevgeny Prigozhin", 1, 1),
    ("Yunus-Bek Yevkurov", 1, 1),
    ("Assimi Goïta", 1, 1),
    ("European Union", 2, 1),
];

#[test]
fn every_seed_actor_has_the_hand_counted_mentions_and_documents() {
    let corpus = seeds();
    let rows = actor_table(&corpus, &corpus.all_docs(), People::Apart);
    for (name, mentions, documents) in EXPECTED {
        let row = row(&rows, name);
        assert_eq!((row.mentions, row.documents), (mentions, documents), "{name}: (mentions, documents)");
    }
}

#[test]
fn the_other_states_of_the_seeds_are_counted_once_each() {
    let corpus = seeds();
    let rows = actor_table(&corpus, &corpus.all_docs(), People::Apart);
    for name in ["Ghana", "China", "Germany", "Italy", "United Nations", "G5 Sahel"] {
        assert_eq!(row(&rows, name).mentions, 1, "{name}");
    }
}

#[test]
fn niger_per_document_matches_the_hand_count() {
    let corpus = seeds();
    let counts: Vec<usize> =
        (0..5).map(|doc| row(&actor_table(&corpus, &[doc], People::Apart), "Niger").mentions).collect();
    assert_eq!(counts, [9, 11, 11, 13, 11]);
}

#[test]
fn russia_per_document_matches_the_hand_count() {
    let corpus = seeds();
    let counts: Vec<usize> =
        (0..5).map(|doc| row(&actor_table(&corpus, &[doc], People::Apart), "Russia").mentions).collect();
    assert_eq!(counts, [11, 8, 5, 11, 9]);
}

#[test]
fn nigeria_and_the_sahel_region_are_not_actors_of_the_seeds() {
    let corpus = seeds();
    let rows = actor_table(&corpus, &corpus.all_docs(), People::Apart);
    assert!(rows.iter().all(|row| row.name != "Nigeria"), "no seed mentions Nigeria");
}

#[test]
fn the_actor_table_is_ranked_by_mentions() {
    let corpus = seeds();
    let rows = actor_table(&corpus, &corpus.all_docs(), People::Apart);
    let names: Vec<&str> = rows.iter().take(3).map(|row| row.name.as_str()).collect();
    assert_eq!(names, ["Niger", "Russia", "France"]);
}

#[test]
fn each_mention_keeps_the_alias_and_span_that_matched() {
    let corpus = seeds();
    let document = &corpus.documents[3];
    let analysis = &corpus.analyses[3];
    let moscow: Vec<&str> = analysis
        .mentions
        .iter()
        .filter(|mention| corpus.matcher.alias(mention.alias) == "Moscow")
        .map(|mention| &document.text[mention.span.clone()])
        .collect();
    assert_eq!(moscow, ["Moscow", "Moscow", "Moscow"]);
}
