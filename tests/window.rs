//! The window, used through its labels as an analyst uses it, with the embedded seeds.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

mod common;

use chrono::Datelike as _;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use geodash::app::GeodashApp;
use geodash::core::corpus::Corpus;

const WAGNER_TITLE: &str = "In the midst of the ongoing crisis in Niger, Russian President Vladimir Putin has called for a \
                             peaceful resolution to the situation.";
const DELEGATION_TITLE: &str = "Russian Military Delegation Visits Niger to Strengthen Ties Amid Shifting Alliances";
const DIPLOMACY_TITLE: &str = "Niger’s new diplomatic dynamic after its coup d’état";

fn harness(size: [f32; 2]) -> Harness<'static, GeodashApp> {
    themed_harness(size, egui::Theme::Dark)
}

fn themed_harness(size: [f32; 2], theme: egui::Theme) -> Harness<'static, GeodashApp> {
    common::window(size, theme, |ctx| GeodashApp::new(ctx, Corpus::seeds().expect("the seeds load")))
}

#[test]
fn it_opens_on_the_five_seeds() {
    let harness = harness([1440.0, 900.0]);
    assert!(harness.query_by_label_contains("(embedded seeds)  ·  5 documents").is_some());
    assert!(harness.query_by_label(DELEGATION_TITLE).is_some());
    assert!(harness.query_by_label(WAGNER_TITLE).is_some());
    assert!(harness.query_by_label_contains("5 of 5 documents").is_some());
}

#[test]
fn typing_a_query_narrows_the_article_list() {
    let mut harness = harness([1440.0, 900.0]);
    harness.get_by_label("Search").click();
    harness.run();
    harness.get_by_label("Search").type_text("Wagner");
    harness.run();
    assert!(harness.query_by_label_contains("1 of 5 documents").is_some());
    assert!(harness.query_by_label(DELEGATION_TITLE).is_none());
    // The reader follows the search: the one hit is listed and opened, where "Wagner" occurs twice.
    assert_eq!(harness.query_all_by_label(WAGNER_TITLE).count(), 2, "listed, and open in the reader");
    assert!(harness.query_by_label("2 search hits in this article").is_some());
}

#[test]
fn clicking_an_article_opens_it_in_the_reader() {
    let mut harness = harness([1440.0, 900.0]);
    harness.get_by_label(DIPLOMACY_TITLE).click();
    harness.run();
    assert!(harness.query_by_label_contains("Undated: the article carries no publication date").is_some());
    harness.get_by_label(DELEGATION_TITLE).click();
    harness.run();
    assert!(harness.query_by_label_contains("Published 2023-12-05").is_some());
}

#[test]
fn clicking_a_bar_filters_the_articles_to_that_actor() {
    let mut harness = harness([1440.0, 900.0]);
    // Switch to documents, so the bars rank actors by how many articles name them.
    harness.get_by_label("Documents").click();
    harness.run();
    let position = bar_centre(&harness, "Abdourahamane Tiani");
    harness.hover_at(position);
    harness.run();
    click_at(&harness, position);
    harness.run();
    assert!(harness.query_by_label_contains("Filtered to Abdourahamane Tiani").is_some());
    assert!(harness.query_by_label_contains("3 of 5 documents").is_some());
    assert!(harness.query_by_label(WAGNER_TITLE).is_none(), "004 does not name Tiani");
    harness.get_by_label("Clear actor filter").click();
    harness.run();
    assert!(harness.query_by_label_contains("5 of 5 documents").is_some());
}

/// The screen position of the middle of an actor's bar, from the plot's own transform.
fn bar_centre(harness: &Harness<'_, GeodashApp>, name: &str) -> egui::Pos2 {
    let app = harness.state();
    let rows = app.plotted_actors();
    let rank = rows.iter().position(|row| row.name == name).unwrap_or_else(|| panic!("{name} is plotted"));
    let memory = egui_plot::PlotMemory::load(&harness.ctx, geodash::app::panels::actors::plot_id()).expect("plotted");
    let y = (rows.len() - 1 - rank) as f64;
    let x = rows[rank].value(app.view().measure) / 2.0;
    memory.transform().position_from_point(&egui_plot::PlotPoint::new(x, y))
}

fn click_at(harness: &Harness<'_, GeodashApp>, pos: egui::Pos2) {
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
}

#[test]
fn the_dashboard_looks_as_it_should_dark() {
    let mut harness = harness([1440.0, 900.0]);
    harness.snapshot("dashboard_dark_1440x900");
}

#[test]
fn the_dashboard_looks_as_it_should_light_at_1280x800() {
    let mut harness = themed_harness([1280.0, 800.0], egui::Theme::Light);
    harness.snapshot("dashboard_light_1280x800");
}

#[test]
fn a_date_range_can_be_typed_and_undated_articles_are_said_left_out() {
    let mut harness = harness([1440.0, 900.0]);
    harness.get_by_label("From").click();
    harness.run();
    harness.get_by_label("From").type_text("December 2023");
    harness.get_by_label("to").click();
    harness.run();
    harness.get_by_label("to").type_text("2023");
    harness.key_press(egui::Key::Enter);
    common::settle(&mut harness);
    // Only 001 was published in December 2023; 002, 003 and 004 carry no date.
    assert!(harness.query_by_label_contains("1 of 5 documents").is_some());
    assert!(harness.query_by_label_contains("3 undated articles left out by the dates").is_some());
    // The article open before (000, of May 2024) is left out: the reader follows the list.
    assert_eq!(harness.query_all_by_label(DELEGATION_TITLE).count(), 2, "listed, and open in the reader");
    harness.get_by_label("Include undated").click();
    common::settle(&mut harness);
    assert!(harness.query_by_label_contains("4 of 5 documents").is_some());
}

#[test]
fn the_undated_count_follows_the_articles_shown() {
    let mut harness = harness([1440.0, 900.0]);
    // 002, 003 and 004 carry no date; of them, only 004 names Wagner.
    assert!(harness.query_by_label_contains("3 undated articles are not placed").is_some());
    harness.get_by_label("Search").click();
    harness.run();
    harness.get_by_label("Search").type_text("Wagner");
    common::settle(&mut harness);
    assert!(harness.query_by_label_contains("1 undated article is not placed").is_some());
}

#[test]
fn the_export_window_closes_with_escape() {
    let mut harness = harness([1280.0, 800.0]);
    harness.get_by_label("Export image…").click();
    harness.run();
    assert!(harness.query_by_label("Export image").is_some());
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Export image").is_none());
}

#[test]
fn a_timeline_mark_lists_every_speech_under_the_pointer() {
    let folder = tempfile::tempdir().unwrap();
    for code in ["MLI", "NER", "TCD"] {
        let text = format!("Mr President, the delegation of {code} speaks for the Sahel.\n");
        std::fs::write(folder.path().join(format!("{code}_78_2023.txt")), text).unwrap();
    }
    let mut corpus = Corpus::new("speeches", geodash::core::actors::Dictionary::embedded().unwrap()).unwrap();
    corpus.add(geodash::core::readers::read_paths(&[folder.path().to_path_buf()], &|_| {}).documents).unwrap();
    let mut harness = common::window_on(corpus);
    harness.ctx.all_styles_mut(|style| style.interaction.tooltip_delay = 0.0);
    // The three speeches are dated 2023 by their file names: one year-long mark, a little under the top lane.
    let memory = egui_plot::PlotMemory::load(&harness.ctx, geodash::app::panels::timeline::plot_id()).unwrap();
    let middle = f64::from(chrono::NaiveDate::from_ymd_opt(2023, 7, 2).unwrap().num_days_from_ce());
    let at = memory.transform().position_from_point(&egui_plot::PlotPoint::new(middle, 0.78));
    harness.hover_at(at);
    harness.run();
    assert!(harness.query_by_label_contains("3 speeches, 2023 (published)").is_some());
    assert!(harness.query_by_label_contains("Mali, Niger, Chad").is_some());
}

#[test]
fn people_count_with_their_state_when_the_box_is_ticked() {
    let mut harness = harness([1440.0, 900.0]);
    let bar = |harness: &Harness<'_, GeodashApp>, name: &str| {
        harness.state().plotted_actors().iter().find(|row| row.name == name).map(|row| row.mentions)
    };
    assert_eq!(bar(&harness, "Niger"), Some(55));
    harness.get_by_label("People with their state").click();
    harness.run();
    common::settle(&mut harness);
    // Counted by hand: Tiani's 3 mentions (head of state since the coup) join Niger, Putin's 5 Russia,
    // Goïta's 1 Mali; Bazoum's 4 do not, every article that names him being of after the coup or undated
    // (read as of today).
    assert_eq!(bar(&harness, "Niger"), Some(58));
    assert_eq!(bar(&harness, "Russia"), Some(49));
    assert_eq!(bar(&harness, "Mali"), Some(12));
    assert_eq!(bar(&harness, "Abdourahamane Tiani"), Some(3), "a person keeps their own bar");
}
