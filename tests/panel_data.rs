//! The data behind each panel, written with the same filters as the picture.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

use geodash::core::corpus::Corpus;
use geodash::core::panel_data::{panel_data, write_panel_data};
use geodash::core::search::Filters;
use geodash::core::stats::People;
use geodash::core::view::actor_docs;

#[test]
fn filtered_to_wagner_the_list_holds_one_article_and_the_plot_who_else_it_names() {
    let corpus = Corpus::seeds().unwrap();
    let wagner = corpus.dictionary.index_of("WAGNER").unwrap();
    let filters = Filters { actor: actor_docs(&corpus, wagner, People::Apart), ..Filters::default() };
    let data = panel_data(&corpus, "", &filters).unwrap();
    // Only 004 names the Wagner Group (counted by hand in the seeds).
    let listed: Vec<&str> = data.hits.iter().map(|hit| hit.id.as_str()).collect();
    assert_eq!(listed, ["004_5d6d183cd6ab33b9"]);
    // The plot shows who else that article names: Niger first, 11 times (counted with grep in 004, "Niger’s"
    // included), then Russia 9 times ("Russia" 5, "Russian" 3, "Moscow" 1).
    assert_eq!((data.actors[0].name.as_str(), data.actors[0].mentions), ("Niger", 11));
    assert_eq!((data.actors[1].name.as_str(), data.actors[1].mentions), ("Russia", 9));
    assert!(data.actors.iter().any(|row| row.name == "Wagner Group" && row.mentions == 2));
    // 004 is undated and its relative dates stay unresolved: nothing on the timeline.
    assert!(data.timeline.is_empty());
    let folder = tempfile::tempdir().unwrap();
    let written = write_panel_data(folder.path(), &data).unwrap();
    // Actors, timeline, articles, trends, co-mentions and the concordance of the filtered actor, each twice.
    assert_eq!(written.len(), 12);
    let concordance = std::fs::read_to_string(folder.path().join("concordance.csv")).unwrap();
    assert_eq!(concordance.lines().count(), 3, "a header and the Wagner Group's two mentions");
    let trends = std::fs::read_to_string(folder.path().join("trends.csv")).unwrap();
    assert_eq!(trends.lines().count(), 1, "004 is undated: no period, the header alone");
    let articles = std::fs::read_to_string(folder.path().join("articles.csv")).unwrap();
    assert_eq!(articles.lines().count(), 2, "a header and one article");
    let timeline = std::fs::read_to_string(folder.path().join("timeline.csv")).unwrap();
    assert!(timeline.starts_with("date,end,precision"), "the header names the columns even with no row");
}
