//! The last session, kept by eframe: what the window opens on, and the theme as a workspace writes it.

use std::path::PathBuf;

use crate::core::sources::Sources;
use crate::core::workspace::Workspace;

/// Where eframe keeps the last session's workspace.
pub const STORAGE_KEY: &str = "geodash-last-workspace";

/// What the window opens on: a workspace file given on the command line, else the paths given, else the last
/// session, else the seeds.
pub fn starting_workspace(paths: Vec<PathBuf>, last: Option<Workspace>) -> anyhow::Result<Workspace> {
    if let [only] = paths.as_slice()
        && only.extension().is_some_and(|extension| extension == "geodash")
    {
        return Ok(Workspace::open(only)?);
    }
    if !paths.is_empty() {
        return Ok(Workspace { sources: Sources::of_paths(&paths), ..Workspace::default() });
    }
    Ok(last.unwrap_or_else(|| Workspace { sources: Sources::seeds(), ..Workspace::default() }))
}

/// The theme a workspace names ("dark", "light" or "system"), if it names one.
pub fn theme_named(name: &str) -> Option<egui::ThemePreference> {
    match name {
        "dark" => Some(egui::ThemePreference::Dark),
        "light" => Some(egui::ThemePreference::Light),
        "system" => Some(egui::ThemePreference::System),
        _ => None,
    }
}

/// The name a workspace gives a theme.
pub fn theme_name(preference: egui::ThemePreference) -> &'static str {
    match preference {
        egui::ThemePreference::Dark => "dark",
        egui::ThemePreference::Light => "light",
        egui::ThemePreference::System => "system",
    }
}
