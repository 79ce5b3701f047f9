//! What the window tests share: the fixture folder and waiting for the app to finish its background work.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // Each test file uses part of it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use geodash::app::GeodashApp;

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
