//! What the tests share: the fixture folder, waiting for the app to finish its background work, and the actor
//! mentions of a short text.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // Each test file uses part of it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use geodash::app::GeodashApp;
use geodash::core::actors::{Dictionary, Matcher};

/// `tests/fixtures/formats`: one article in each format, and hostile files.
pub fn formats_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats")
}

/// Runs frames until loading and the panels' figures are done (a minute at most), then until the window is
/// still.
pub fn settle(harness: &mut Harness<'_, GeodashApp>) {
    let started = Instant::now();
    harness.step();
    while harness.state().is_loading() || harness.state().is_updating() {
        assert!(started.elapsed() < Duration::from_secs(60), "the background work never finished");
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    harness.run();
}

/// Every actor mention the embedded dictionary finds in a text, in order: the actor's name and whether it counts.
pub fn names(text: &str) -> Vec<(String, bool)> {
    let dictionary = Dictionary::embedded().expect("the dictionary parses");
    let matcher = Matcher::new(&dictionary).expect("the matcher builds");
    matcher
        .find(text)
        .into_iter()
        .map(|mention| (dictionary.actors[mention.actor].name.clone(), mention.counted))
        .collect()
}

/// The names of the counted mentions only.
pub fn counted(text: &str) -> Vec<String> {
    names(text).into_iter().filter(|(_, counted)| *counted).map(|(name, _)| name).collect()
}
