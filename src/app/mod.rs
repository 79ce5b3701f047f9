//! The window: an actor plot, a timeline strip, a searchable article list and a reader, over one corpus.
//! `ARCHITECTURE.md` at the top of the repository draws the house; in short:
//!
//! - [`geodash_app`]: the app, its owners and its frame; [`commands`]: what the analyst can ask for, and the
//!   rule that every change goes through it; [`corpus_session`]: the corpus's life; [`derived`]: the figures
//!   the panels draw; [`notices`]: messages on screen; [`input`]: drops and shortcuts.
//! - [`panels`]: one file per panel; [`windows`]: one file per window; [`look`]: colours, text, numbers.
//! - [`jobs`]: work off the window's thread; [`persistence`]: the last session; [`offscreen`]: images.

pub mod actor_session;
pub mod actors_desk;
pub mod commands;
pub mod corpus_session;
pub mod derived;
pub mod derived_views;
pub mod geodash_app;
mod input;
pub mod jobs;
pub mod look;
pub mod notices;
pub mod offscreen;
pub mod panels;
pub mod persistence;
mod view_commands;
pub mod windows;

use std::path::PathBuf;

pub use commands::AppCommand;
pub use corpus_session::Startup;
pub use geodash_app::GeodashApp;

use crate::core::cache::CorpusCache;
use crate::core::corpus::Corpus;
use crate::core::user_actors::UserActors;

/// Opens the window on `paths` when some are given, else on the corpus of the last session, else on the seeds.
pub fn run(paths: Vec<PathBuf>, actors: UserActors) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("geodash")
            .with_app_id("geodash")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([960.0, 600.0])
            .with_icon(icon())
            .with_drag_and_drop(true),
        ..Default::default()
    };
    // The seed corpus is built while the window and its renderer start, so that the first frame comes sooner.
    let dictionary = actors.dictionary()?;
    let for_seeds = dictionary.clone();
    let seeds =
        std::thread::Builder::new().name("geodash-seeds".to_owned()).spawn(|| Corpus::seeds_with(for_seeds)).ok();
    eframe::run_native(
        "geodash",
        options,
        Box::new(move |cc| {
            let last = cc.storage.and_then(|storage| eframe::get_value(storage, persistence::session::STORAGE_KEY));
            let workspace = persistence::session::starting_workspace(paths, last)?;
            let seeds = seeds.and_then(|thread| thread.join().ok()).and_then(Result::ok);
            let start = Startup { cache: CorpusCache::user(), seeds, dictionary: Some(dictionary), actors };
            Ok(Box::new(GeodashApp::from_workspace(&cc.egui_ctx, &workspace, start)?))
        }),
    )
    .map_err(|error| anyhow::anyhow!("the window could not open: {error}"))
}

fn icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon-256.png")).unwrap_or_default()
}
