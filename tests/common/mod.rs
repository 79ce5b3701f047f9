//! What the tests share: the fixture folder, the window under test (one builder) and waiting for it to finish
//! its background work (one settle), and the actor mentions of a short text.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // Each test file uses part of it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui_kittest::Harness;
use geodash::app::GeodashApp;
use geodash::core::actors::{Dictionary, Matcher};
use geodash::core::corpus::Corpus;

/// `tests/fixtures/formats`: one article in each format, and hostile files.
pub fn formats_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats")
}

/// The window at a size and theme, made by `make` with egui's context, once its background work is done.
pub fn window(
    size: [f32; 2],
    theme: egui::Theme,
    make: impl FnOnce(&egui::Context) -> GeodashApp + 'static,
) -> Harness<'static, GeodashApp> {
    let mut harness = Harness::builder().with_size(size).with_theme(theme).build_eframe(move |cc| make(&cc.egui_ctx));
    settle(&mut harness);
    harness
}

/// The window on a corpus, dark, at 1440 × 900.
pub fn window_on(corpus: Corpus) -> Harness<'static, GeodashApp> {
    window([1440.0, 900.0], egui::Theme::Dark, move |ctx| GeodashApp::new(ctx, corpus))
}

/// Runs frames until loading and the panels' figures are done (a minute at most), then until the window is
/// still.
pub fn settle(harness: &mut Harness<'_, GeodashApp>) {
    geodash::app::offscreen::settle(harness, Duration::from_secs(60)).expect("the background work finishes");
    harness.run();
}

/// Every actor mention the embedded dictionary finds in a text of today, in order: the actor's name and
/// whether it counts.
pub fn names(text: &str) -> Vec<(String, bool)> {
    names_on(text, chrono::Local::now().date_naive())
}

/// Every actor mention the embedded dictionary finds in a text published on `day`, in order: the actor's chart
/// name and whether it counts.
pub fn names_on(text: &str, day: chrono::NaiveDate) -> Vec<(String, bool)> {
    names_in(text, day, None)
}

/// Every actor mention the embedded dictionary finds in a text of `language` (ISO 639-3, `None` when not known)
/// published on `day`: the actor's chart name and whether it counts.
pub fn names_in(text: &str, day: chrono::NaiveDate, language: Option<&str>) -> Vec<(String, bool)> {
    let dictionary = Dictionary::embedded().expect("the dictionary parses");
    let matcher = Matcher::new(&dictionary).expect("the matcher builds");
    matcher
        .find(text, day, language)
        .into_iter()
        .map(|mention| (dictionary.actors[mention.actor].name.clone(), mention.counted))
        .collect()
}

/// The names of the counted mentions only.
pub fn counted(text: &str) -> Vec<String> {
    names(text).into_iter().filter(|(_, counted)| *counted).map(|(name, _)| name).collect()
}
