//! Workspaces: saved, reopened exactly as they were; a broken or newer file gives a clear message.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

mod common;

use common::formats_folder;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use geodash::app::{GeodashApp, Startup};
use geodash::core::analysis_choices::{SavedAnalysis, Tab};
use geodash::core::sources::{CorpusSource, Sources};
use geodash::core::workspace::{SavedView, Workspace};

fn window_on(workspace: Workspace) -> Harness<'static, GeodashApp> {
    common::window([1440.0, 900.0], egui::Theme::Dark, move |ctx| {
        GeodashApp::from_workspace(ctx, &workspace, Startup::default()).expect("the app starts")
    })
}

#[test]
fn a_saved_workspace_reopens_with_its_files_query_filter_and_article() {
    let saved = Workspace {
        sources: Sources::of(vec![CorpusSource::Seeds, CorpusSource::Path(formats_folder())]),
        view: SavedView {
            query: "Niger".to_owned(),
            actor: Some("ECOWAS".to_owned()),
            open: Some("desk-note".to_owned()),
            date_match: geodash::core::search::DateMatch::Overlaps,
            timeline: Some((738_700.0, 738_900.0)),
            analysis: SavedAnalysis {
                tab: Tab::Trends,
                trend_actors: vec!["RUS".to_owned()],
                ..SavedAnalysis::default()
            },
            ..SavedView::default()
        },
        theme: "light".to_owned(),
        export_title: "ECOWAS and Niger: the summer of sanctions".to_owned(),
        ..Workspace::default()
    };
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("briefing.geodash");
    saved.save(&file).unwrap();
    let harness = window_on(Workspace::open(&file).unwrap());
    // The seeds and the 14 documents of the folder; "Niger" in documents that name ECOWAS: the seeds 002 and
    // 004, and in the folder the briefing, the summit, the web page, the e-mail and CSV row w1 (7).
    assert!(harness.query_by_label_contains("(embedded seeds)  ·  19 documents").is_some());
    assert!(harness.query_by_label_contains("Filtered to ECOWAS").is_some());
    assert!(harness.query_by_label_contains("7 of 19 documents").is_some());
    assert_eq!(harness.state().view().query, "Niger");
    assert_eq!(harness.state().view().analysis.tab, Tab::Trends, "the trends are shown, following Russia");
    assert!(harness.query_by_label("Mentions over time").is_some());
    // Saved again, it is the same workspace (the theme is the test harness's own, so it is not compared).
    let again = harness.state().workspace();
    assert_eq!(again.export_title, saved.export_title, "the image's title comes back");
    assert_eq!((again.sources, again.view), (saved.sources, saved.view), "the timeline's span too");
}

#[test]
fn a_broken_or_newer_workspace_gives_a_clear_message() {
    let folder = tempfile::tempdir().unwrap();
    let broken = folder.path().join("broken.geodash");
    std::fs::write(&broken, "{ \"format\": 1, \"sources\": ").unwrap();
    let error = Workspace::open(&broken).unwrap_err().to_string();
    assert!(error.contains("is not a geodash workspace"), "{error}");
    let newer = folder.path().join("newer.geodash");
    std::fs::write(&newer, r#"{ "format": 7, "sources": { "list": [] } }"#).unwrap();
    let error = Workspace::open(&newer).unwrap_err().to_string();
    assert!(error.contains("saved by a newer geodash (workspace format 7; this one reads format 1)"), "{error}");
}

#[test]
fn saving_over_a_workspace_leaves_no_partial_file() {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("w.geodash");
    Workspace::default().save(&file).unwrap();
    Workspace { theme: "dark".to_owned(), ..Workspace::default() }.save(&file).unwrap();
    assert_eq!(Workspace::open(&file).unwrap().theme, "dark");
    let names: Vec<_> = std::fs::read_dir(folder.path()).unwrap().map(|entry| entry.unwrap().file_name()).collect();
    assert_eq!(names, ["w.geodash"]);
}

#[test]
fn a_broken_workspace_opened_in_the_window_is_an_error_that_stays_until_dismissed() {
    let folder = tempfile::tempdir().unwrap();
    let broken = folder.path().join("broken.geodash");
    std::fs::write(&broken, "{ \"format\": 1, \"sources\": ").unwrap();
    let mut harness = window_on(Workspace { sources: Sources::of(vec![CorpusSource::Seeds]), ..Workspace::default() });
    // What the "Open workspace…" dialog asks for once a file is picked.
    harness.state_mut().push(geodash::app::AppCommand::OpenWorkspaceFile(broken));
    common::settle(&mut harness);
    assert!(harness.query_by_label_contains("is not a geodash workspace").is_some());
    // Later news does not push the error away: adding the (empty) folder says "Added 0 documents".
    harness.state_mut().push(geodash::app::AppCommand::AddPaths(vec![folder.path().to_path_buf()]));
    common::settle(&mut harness);
    assert!(harness.query_by_label_contains("is not a geodash workspace").is_some(), "the error stays");
    harness.get_by_label("Dismiss").click();
    common::settle(&mut harness);
    assert!(harness.query_by_label_contains("is not a geodash workspace").is_none(), "dismissed, it goes");
}
