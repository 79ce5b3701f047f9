//! The app's side of workspaces: saving what the window shows, reopening a saved one (its files are read
//! again, then its query, filters and open article come back), and the last session kept by eframe.

use std::path::{Path, PathBuf};

use super::sources::{CorpusSource, Sources, Startup};
use super::workspace::{SavedView, Workspace};
use super::{GeodashApp, read};

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
        let sources = Sources::of(paths.into_iter().map(CorpusSource::Path).collect());
        return Ok(Workspace { sources, ..Workspace::default() });
    }
    Ok(last.unwrap_or_else(|| Workspace { sources: Sources::of(vec![CorpusSource::Seeds]), ..Workspace::default() }))
}

impl GeodashApp {
    /// The app on a workspace: its corpus is reopened from the start's cache or built (files read in the
    /// background), and its view comes back once the files are in.
    pub fn from_workspace(ctx: &egui::Context, workspace: &Workspace, start: Startup) -> anyhow::Result<Self> {
        let mut app = Self::from_sources(ctx, &workspace.sources, start)?;
        apply_theme(ctx, &workspace.theme);
        app.pending_view = Some(workspace.view.clone());
        app.apply_pending_view();
        Ok(app)
    }

    /// What the window shows, as a workspace.
    pub fn workspace(&self) -> Workspace {
        let corpus = read(&self.corpus);
        let view = match &self.pending_view {
            Some(pending) => pending.clone(),
            None => SavedView::of(&self.view, &corpus),
        };
        let theme = match self.ctx.options(|options| options.theme_preference) {
            egui::ThemePreference::Dark => "dark",
            egui::ThemePreference::Light => "light",
            egui::ThemePreference::System => "system",
        };
        Workspace { format: super::workspace::FORMAT, sources: self.sources.clone(), view, theme: theme.to_owned() }
    }

    /// Replaces the corpus and the view with a workspace's.
    pub(super) fn open_workspace(&mut self, path: &Path) {
        match Workspace::open(path) {
            Ok(workspace) => {
                self.rebuild(workspace.sources.clone());
                apply_theme(&self.ctx, &workspace.theme);
                self.pending_view = Some(workspace.view);
                self.notice = Some(format!("Opened {}", path.display()));
            }
            Err(error) => self.notice = Some(error.to_string()),
        }
    }

    /// Saves the workspace to a file.
    pub(super) fn save_workspace(&mut self, path: &Path) {
        self.notice = Some(match self.workspace().save(path) {
            Ok(()) => format!("Workspace saved to {}", path.display()),
            Err(error) => error.to_string(),
        });
    }

    /// Once no file is loading, puts back the query, filters and open article a workspace had.
    pub(super) fn apply_pending_view(&mut self) {
        let adding = self.commands.iter().any(|command| matches!(command, super::AppCommand::AddPaths(_)));
        if self.pending_view.is_none() || self.is_loading() || adding {
            return;
        }
        let Some(saved) = self.pending_view.take() else { return };
        self.view = saved.restore(&read(&self.corpus));
    }
}

fn apply_theme(ctx: &egui::Context, theme: &str) {
    let preference = match theme {
        "dark" => egui::ThemePreference::Dark,
        "light" => egui::ThemePreference::Light,
        "system" => egui::ThemePreference::System,
        _ => return,
    };
    ctx.set_theme(preference);
}
