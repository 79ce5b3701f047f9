//! Briefing images: `geodash screenshot` renders with no display, and the window's "Export image…" makes the
//! same picture. Sizes follow from the options; colours are checked where the legend says they are.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

use std::process::Command;
use std::time::{Duration, Instant};

mod common;

use egui_kittest::kittest::Queryable as _;
use geodash::core::corpus::Corpus;

fn screenshot(arguments: &[&str]) -> image::RgbaImage {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("briefing.png");
    let status = Command::new(env!("CARGO_BIN_EXE_geodash"))
        .arg("screenshot")
        .arg("--output")
        .arg(&output)
        .args(arguments)
        .status()
        .unwrap();
    assert!(status.success());
    image::open(&output).expect("a PNG").to_rgba8()
}

/// Pixels of exactly this colour.
fn count(image: &image::RgbaImage, rgb: [u8; 3]) -> usize {
    image.pixels().filter(|pixel| pixel.0[..3] == rgb).count()
}

#[test]
fn the_dashboard_at_twice_the_scale_has_twice_the_pixels() {
    let image = screenshot(&["--width", "1280", "--height", "800", "--scale", "2"]);
    assert_eq!((image.width(), image.height()), (2560, 1600));
}

#[test]
fn the_actor_panel_alone_shows_its_bars_in_the_state_colour() {
    let image = screenshot(&["--panel", "actors", "--theme", "light"]);
    // The actor panel takes 27 % of the 1600-point window (432 points); the caption is stacked under it.
    assert_eq!(image.width(), 432);
    // Light theme: states are rgb(31, 90, 180), in the bars and in the legend square.
    assert!(count(&image, [31, 90, 180]) > 2000, "bars in the state colour");
}

#[test]
fn a_bad_actor_is_a_clear_error_and_no_file() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("briefing.png");
    let result = Command::new(env!("CARGO_BIN_EXE_geodash"))
        .args(["screenshot", "--actor", "Atlantis", "--output"])
        .arg(&output)
        .output()
        .unwrap();
    assert!(!result.status.success());
    assert!(String::from_utf8_lossy(&result.stderr).contains("no actor called Atlantis"));
    assert!(!output.exists());
}

#[test]
fn export_image_in_the_window_copies_the_picture() {
    let mut harness = common::window([1280.0, 800.0], egui::Theme::Dark, |ctx| {
        geodash::app::GeodashApp::new(ctx, Corpus::seeds().expect("the seeds load"))
    });
    harness.get_by_label("Export image…").click();
    harness.run();
    assert!(harness.query_by_label("Export image").is_some(), "the export window opens");
    harness.get_by_label("Copy to clipboard").click();
    let started = Instant::now();
    while harness.query_by_label("Image copied to the clipboard.").is_none() {
        assert!(started.elapsed() < Duration::from_secs(60), "the image never came");
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
}

#[test]
fn a_saved_workspace_renders_with_its_query_and_actor() {
    use geodash::core::sources::{CorpusSource, Sources};
    use geodash::core::workspace::{SavedView, Workspace};
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("briefing.geodash");
    let view = SavedView { query: "Russia".to_owned(), actor: Some("TIANI".to_owned()), ..SavedView::default() };
    Workspace { sources: Sources::of(vec![CorpusSource::Seeds]), view, ..Workspace::default() }.save(&file).unwrap();
    let output = folder.path().join("briefing.png");
    let result = Command::new(env!("CARGO_BIN_EXE_geodash"))
        .args(["screenshot", "--panel", "actors", "--workspace"])
        .arg(&file)
        .arg("--output")
        .arg(&output)
        .output()
        .unwrap();
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    let image = image::open(&output).expect("a PNG").to_rgba8();
    // Filtered to Tiani, the plot shows who else the three articles that name him and Russia (001, 002, 003)
    // name: states among them, whose bars fill thousands of pixels in the state colour, rgb(31, 90, 180) (the
    // two legend squares alone are about 11 × 11 pixels each).
    let state_pixels = count(&image, [31, 90, 180]);
    assert!(state_pixels > 2000, "{state_pixels} pixels in the state colour");
}

#[test]
fn the_command_prints_no_noise_and_names_the_file_it_cannot_write() {
    let folder = tempfile::tempdir().unwrap();
    let written = folder.path().join("briefing.png");
    // Where no desktop session runs there is no XDG_RUNTIME_DIR: nothing but the result may be printed.
    let result = Command::new(env!("CARGO_BIN_EXE_geodash"))
        .args(["screenshot", "--output"])
        .arg(&written)
        .env_remove("XDG_RUNTIME_DIR")
        .output()
        .unwrap();
    assert!(result.status.success());
    assert_eq!(String::from_utf8_lossy(&result.stderr), "");
    let unwritable = folder.path().join("no-such-folder").join("briefing.png");
    let result =
        Command::new(env!("CARGO_BIN_EXE_geodash")).args(["screenshot", "--output"]).arg(&unwritable).output().unwrap();
    assert!(!result.status.success());
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.contains(&format!("cannot write {}:", unwritable.display())), "{stderr}");
    assert!(!stderr.contains(".partial"), "{stderr}");
}

#[test]
fn a_caption_writes_an_open_range_in_words() {
    use std::sync::{Arc, RwLock};

    use geodash::app::GeodashApp;
    use geodash::app::panels::caption::{Caption, ImageLayout};
    use geodash::core::view::ViewState;
    let from = chrono::NaiveDate::from_ymd_opt(2005, 1, 1).unwrap();
    let view = ViewState { date_filter: Some((from, chrono::NaiveDate::MAX)), ..ViewState::default() };
    let corpus = Arc::new(RwLock::new(Corpus::seeds().unwrap()));
    let harness = common::window([1280.0, 800.0], egui::Theme::Light, move |ctx| {
        GeodashApp::for_image(ctx, corpus, view, Caption::new("Test"), ImageLayout::default())
    });
    assert!(harness.query_by_label_contains("Published from 1 January 2005 (vague dates must lie within)").is_some());
    assert!(harness.query_by_label_contains("published 2023-12-05 to 2024-05-02").is_some());
}

#[test]
fn a_slide_is_16_by_9_at_1920_or_3840_pixels() {
    let image = screenshot(&["--panel", "actors-timeline"]);
    assert_eq!((image.width(), image.height()), (1920, 1080));
    let image = screenshot(&["--panel", "article", "--slide", "--scale", "2"]);
    assert_eq!((image.width(), image.height()), (3840, 2160));
}
