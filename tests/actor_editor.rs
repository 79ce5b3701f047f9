//! The actors window driven through its labels on the seed articles: merge two actors, undo and redo, discard
//! one mention. The expected counts are the seeds' hand-counted figures (tests/seed_actors.rs): Niger 55
//! mentions, Mali 11.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use geodash::app::{AppCommand, GeodashApp};
use geodash::core::actor_edits::ActorEdit;
use geodash::core::actors::Discard;
use geodash::core::corpus::Corpus;
use geodash::core::sources::Sources;

fn mentions(harness: &Harness<'_, GeodashApp>, name: &str) -> Option<usize> {
    harness.state().plotted_actors().iter().find(|row| row.name == name).map(|row| row.mentions)
}

/// Clicks a widget, then waits for what it started (a counting with the edited actors) to finish.
fn click(harness: &mut Harness<'_, GeodashApp>, label: &str) {
    harness.get_by_label(label).click();
    common::settle(harness);
}

fn type_into(harness: &mut Harness<'_, GeodashApp>, label: &str, text: &str) {
    click(harness, label);
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn open_editor() -> Harness<'static, GeodashApp> {
    let mut harness = common::window_on(Corpus::seeds().unwrap());
    click(&mut harness, "Actors");
    click(&mut harness, "Edit actors…");
    harness
}

#[test]
fn merging_mali_into_niger_makes_one_bar_with_both_counts_and_undo_brings_mali_back() {
    let mut harness = open_editor();
    assert_eq!((mentions(&harness, "Niger"), mentions(&harness, "Mali")), (Some(55), Some(11)));
    type_into(&mut harness, "Find", "Mali");
    click(&mut harness, "Mali · state");
    type_into(&mut harness, "Merge into", "Niger");
    click(&mut harness, "Merge");
    common::settle(&mut harness);
    assert_eq!(mentions(&harness, "Niger"), Some(66), "55 + 11");
    assert_eq!(mentions(&harness, "Mali"), None, "no bar of its own");
    assert!(harness.query_by_label_contains("Mali merged into Niger").is_some(), "the status line says it");
    click(&mut harness, "Undo edit");
    common::settle(&mut harness);
    assert_eq!((mentions(&harness, "Niger"), mentions(&harness, "Mali")), (Some(55), Some(11)));
    click(&mut harness, "Redo edit");
    common::settle(&mut harness);
    assert_eq!(mentions(&harness, "Niger"), Some(66));
}

#[test]
fn discarding_one_mention_takes_one_from_the_count_and_undo_puts_it_back() {
    let mut harness = open_editor();
    let (id, at) = {
        let corpus = Corpus::seeds().unwrap();
        let first = &corpus.documents[0];
        (first.id.clone(), first.text.find("Niger").expect("the first seed names Niger"))
    };
    let discard =
        Discard { actor: "NER".into(), alias: "Niger".into(), corpus: None, document: Some(id), at: Some(at) };
    harness.state_mut().push(AppCommand::EditActors(ActorEdit::Discard(discard)));
    common::settle(&mut harness);
    assert_eq!(mentions(&harness, "Niger"), Some(54));
    click(&mut harness, "Undo edit");
    common::settle(&mut harness);
    assert_eq!(mentions(&harness, "Niger"), Some(55));
}

#[test]
fn a_new_actor_is_counted_at_once() {
    let mut harness = open_editor();
    // "junta" is no actor of the shipped dictionary; the seeds write it twice (both in 000, read by hand).
    type_into(&mut harness, "New actor", "The junta");
    type_into(&mut harness, "other names", "junta");
    click(&mut harness, "Add actor");
    common::settle(&mut harness);
    assert_eq!(mentions(&harness, "The junta"), Some(JUNTA_IN_SEEDS));
}

/// "junta" in the five seed articles, counted by hand.
const JUNTA_IN_SEEDS: usize = 2;

#[test]
fn a_workspace_carries_the_actors_it_was_saved_with() {
    let mut harness = open_editor();
    type_into(&mut harness, "Find", "Mali");
    click(&mut harness, "Mali · state");
    type_into(&mut harness, "Merge into", "Niger");
    click(&mut harness, "Merge");
    let mut workspace = harness.state().workspace();
    // The window under test was given its corpus, not sources: the workspace names the seeds.
    workspace.sources = Sources::seeds();
    assert!(workspace.actors.as_deref().is_some_and(|text| text.contains("[[merge]]")), "{:?}", workspace.actors);
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("merged.geodash");
    workspace.save(&file).unwrap();
    // A window counting with the shipped actors opens it: Mali is Niger's again.
    let mut other = common::window_on(Corpus::seeds().unwrap());
    assert_eq!(mentions(&other, "Mali"), Some(11));
    other.state_mut().push(AppCommand::OpenWorkspaceFile(file));
    common::settle(&mut other);
    assert_eq!(mentions(&other, "Niger"), Some(66));
    assert_eq!(mentions(&other, "Mali"), None);
}

#[test]
fn a_broken_actors_file_is_named_in_the_window_and_the_shipped_actors_count() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("actors.toml");
    let text = "[[merge]]\nfrom = \"MLI\"\ninto = \"NER\"\n\n[[actor]]\nid = \"X\"\nkind = \"wizard\"\n";
    std::fs::write(&path, text).unwrap();
    let actors = geodash::core::user_actors::UserActors::open(Some(path.clone()));
    let harness = common::window([1440.0, 900.0], egui::Theme::Dark, move |ctx| {
        let start = geodash::app::Startup { actors, ..Default::default() };
        GeodashApp::from_sources(ctx, &Sources::seeds(), start).unwrap()
    });
    assert!(harness.query_by_label_contains("Your actors are not used").is_some());
    assert!(harness.query_by_label_contains("actors.toml, line 7").is_some());
    assert_eq!((mentions(&harness, "Niger"), mentions(&harness, "Mali")), (Some(55), Some(11)), "the shipped actors");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "the file is left as it is");
}

#[test]
fn words_dragged_over_in_the_article_can_become_an_actor() {
    let mut harness = common::window_on(Corpus::seeds().unwrap());
    // The first seed is open; its text begins "date 2024-05-02 (MENAFN- The Rio Times) In Niamey".
    let text = harness.get_by_label("Article text").rect();
    let (from, to) = (text.left_top() + egui::vec2(2.0, 8.0), text.left_top() + egui::vec2(text.width() * 0.4, 8.0));
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=4 {
        harness.hover_at(from + (to - from) * (step as f32 / 4.0));
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
    harness.hover_at(from + egui::vec2(4.0, 0.0));
    harness.run();
    harness.event(egui::Event::PointerButton {
        pos: from + egui::vec2(4.0, 0.0),
        button: egui::PointerButton::Secondary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos: from + egui::vec2(4.0, 0.0),
        button: egui::PointerButton::Secondary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
    // The selection starts at the text's first word, whole: "as an actor…" and "as a name of an actor…".
    assert_eq!(harness.query_all_by_label_contains("Add \"date 2024-05-02").count(), 2);
    harness.get_by_label_contains("\" as an actor…").click();
    common::settle(&mut harness);
    assert!(harness.query_by_label("New actor").is_some(), "the actors window opens to complete it");
}
