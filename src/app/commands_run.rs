//! Carrying out what the analyst asked for, once a frame, and taking in what background work finished: file
//! dialogs, loads, the report.

use std::path::PathBuf;
use std::sync::PoisonError;

use super::counts::count;
use super::dialogs::{Dialog, Pick, Picked};
use super::export_window::ExportTarget;
use super::loader::{self, Load};
use super::sources::Sources;
use super::{AppCommand, GeodashApp, read};
use crate::core::corpus::Corpus;
use crate::core::readers::Outcome;

impl GeodashApp {
    /// Opens the best hit when no article is open, or when a new query or filter leaves the open one out of the
    /// list, so the reader follows the search.
    pub(super) fn select_first_hit(&mut self, corpus: &Corpus, list_changed: bool) {
        let open_is_listed = |doc: usize| self.derived.figures.hits.iter().any(|hit| hit.doc == doc);
        match self.view.selected {
            Some(doc) if !list_changed || open_is_listed(doc) => return,
            _ => {}
        }
        let Some(doc) = self.derived.figures.hits.first().map(|hit| hit.doc) else { return };
        let text = corpus.documents.get(doc).map_or("", |document| document.text.as_str());
        let focus = corpus.search.highlight(&self.view.query, text).ok().and_then(|hits| hits.into_iter().next());
        self.commands.push(AppCommand::Open { doc, focus });
    }

    pub(super) fn read_input(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> =
            ctx.input(|input| input.raw.dropped_files.iter().map(|file| file.path().to_path_buf()).collect());
        let dropped: Vec<PathBuf> = dropped.into_iter().filter(|path| !path.as_os_str().is_empty()).collect();
        if !dropped.is_empty() {
            self.commands.push(AppCommand::AddPaths(dropped));
        }
    }

    pub(super) fn run_commands(&mut self) {
        for command in std::mem::take(&mut self.commands) {
            self.run_command(command);
        }
        self.apply_pending_view();
    }

    fn run_command(&mut self, command: AppCommand) {
        match command {
            AppCommand::AddPaths(paths) => {
                let fresh = self.note_added(paths);
                self.queued_paths.extend(fresh);
                self.start_next_load();
            }
            AppCommand::PickFiles => self.open_dialog(Pick::Files),
            AppCommand::PickFolder => self.open_dialog(Pick::Folder),
            AppCommand::FilterActor(actor) => self.view.actor_filter = actor,
            AppCommand::FilterDates(range) => self.view.date_filter = range,
            AppCommand::Open { doc, focus } => {
                self.view.selected = Some(doc);
                self.view.focus = focus;
                self.view.current_hit = None;
            }
            AppCommand::ToggleReport => self.report_open = !self.report_open,
            AppCommand::SaveReport => self.open_dialog(Pick::SaveReport),
            AppCommand::ToggleCorpusWindow => self.corpus_window_open = !self.corpus_window_open,
            AppCommand::NewCorpus => self.rebuild(Sources::default()),
            AppCommand::ToggleExport => self.toggle_export(),
            AppCommand::OpenWorkspace => self.open_dialog(Pick::OpenWorkspace),
            AppCommand::SaveWorkspace => self.open_dialog(Pick::SaveWorkspace),
            AppCommand::SaveData => self.open_dialog(Pick::DataFolder),
            AppCommand::SaveImage => self.open_dialog(Pick::SaveImage),
            AppCommand::ExportImage(target) => self.start_export(target),
            AppCommand::RemoveSource(index) => self.remove_source(index),
            AppCommand::ChooseTextColumn { file, column } => self.choose_text_column(file, column),
        }
    }

    fn open_dialog(&mut self, pick: Pick) {
        if self.dialog.is_some() {
            return;
        }
        let ctx = self.ctx.clone();
        match Dialog::open(pick, move || ctx.request_repaint()) {
            Ok(dialog) => self.dialog = Some(dialog),
            Err(message) => self.notice = Some(message),
        }
    }

    fn start_next_load(&mut self) {
        if self.load.is_some() || self.queued_paths.is_empty() {
            return;
        }
        let paths = std::mem::take(&mut self.queued_paths);
        let ctx = self.ctx.clone();
        let analyser = read(&self.corpus).analyser();
        match Load::start(paths, self.sources.options.clone(), analyser, move || ctx.request_repaint()) {
            Ok(load) => self.load = Some(load),
            Err(message) => self.notice = Some(message),
        }
    }

    pub(super) fn poll_background(&mut self) {
        if let Some((pick, picked)) = self.dialog.as_ref().and_then(|dialog| Some((dialog.pick, dialog.poll()?))) {
            self.dialog = None;
            match (pick, picked) {
                (Pick::SaveReport, Picked::Paths(paths)) => self.save_report(paths.first()),
                (Pick::DataFolder, Picked::Paths(mut paths)) => {
                    if let Some(folder) = paths.pop() {
                        self.start_data_export(folder);
                    }
                }
                (Pick::OpenWorkspace, Picked::Paths(paths)) => {
                    if let Some(path) = paths.first() {
                        self.open_workspace(path);
                    }
                }
                (Pick::SaveWorkspace, Picked::Paths(paths)) => {
                    if let Some(path) = paths.first() {
                        self.save_workspace(path);
                    }
                }
                (Pick::SaveImage, Picked::Paths(mut paths)) => {
                    if let Some(path) = paths.pop() {
                        self.start_export(ExportTarget::File(path));
                    }
                }
                (_, Picked::Paths(paths)) => self.commands.push(AppCommand::AddPaths(paths)),
                (_, Picked::Cancelled) => {}
                (_, Picked::Unavailable) => self.notice = Some(NO_DIALOG.to_owned()),
            }
        }
        self.poll_export();
        if let Some(result) = self.save.as_ref().and_then(super::saver::Save::poll) {
            self.save = None;
            if let Err(message) = result {
                self.notice = Some(format!("The corpus could not be saved for next time: {message}"));
            }
        }
        // A finished load waits while the corpus is being saved: appending needs the corpus the save is reading,
        // and the window must not wait for it.
        let finished = if self.save.is_some() { None } else { self.load.as_ref().and_then(Load::poll) };
        let Some(result) = finished else {
            if self.load.is_some() || self.save.is_some() {
                self.ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
            return;
        };
        self.load = None;
        match result.map_err(|message| message.to_owned()).and_then(|loaded| self.append(loaded)) {
            Ok(()) => {}
            Err(message) => self.notice = Some(message),
        }
        self.start_next_load();
        self.apply_pending_view();
    }

    fn save_report(&mut self, path: Option<&PathBuf>) {
        let Some(path) = path else { return };
        self.notice = Some(match crate::core::load_report::save_report_csv(path, &self.problems) {
            Ok(()) => format!("Report saved to {}", path.display()),
            Err(error) => format!("Could not save the report to {}: {error:#}", path.display()),
        });
    }

    fn append(&mut self, loaded: loader::Loaded) -> Result<(), String> {
        match loaded {
            loader::Loaded::Added { batch, problems, stamps } => {
                let added = batch.documents.len();
                let duplicates = batch.duplicates.clone();
                // Waits for a background computation of figures still reading the corpus: a fraction of a second.
                let mut corpus = self.corpus.write().unwrap_or_else(PoisonError::into_inner);
                corpus.append(batch).map_err(|error| error.to_string())?;
                drop(corpus);
                self.stamps.extend(stamps);
                self.report_added(added, problems.into_iter().chain(duplicates).collect(), "Added");
                self.start_save();
            }
            loader::Loaded::Opened(opened) => {
                let opened = *opened;
                let added = opened.corpus.documents.len().saturating_sub(read(&self.corpus).documents.len());
                *self.corpus.write().unwrap_or_else(PoisonError::into_inner) = opened.corpus;
                self.derived = super::state::Derived::default();
                self.stamps = opened.stamp.files;
                self.problems.clear();
                let verb = if opened.reopened { "Reopened" } else { "Added" };
                self.report_added(added, opened.problems, verb);
                if let Some(problem) = opened.cache_problem {
                    self.notice = Some(format!("{} (But {problem}.)", self.notice.take().unwrap_or_default()));
                }
            }
        }
        Ok(())
    }

    /// Adds a load's problems to the report and says what came in.
    fn report_added(&mut self, added: usize, problems: Vec<crate::core::readers::Problem>, verb: &str) {
        let unsure = problems.iter().filter(|problem| problem.outcome == Outcome::Unsure).count();
        let failed = problems.len() - unsure;
        self.problems.extend(problems);
        let (added_text, failed_text) = (count(added, "document", "documents"), count(failed, "file", "files"));
        let check = if unsure > 0 { format!("; {} to check", count(unsure, "file", "files")) } else { String::new() };
        self.notice = Some(format!("{verb} {added_text}; {failed_text} left out{check}."));
        if failed + unsure > 0 {
            self.report_open = true;
        }
    }

    /// Once every load is in, saves the corpus to the cache in the background, for the next session.
    fn start_save(&mut self) {
        let Some(cache) = self.cache.clone() else { return };
        if !self.queued_paths.is_empty() || self.sources.paths().is_empty() {
            return;
        }
        let stamp = crate::core::cache::Stamp::with_files(self.sources.recipe(), self.stamps.clone());
        let corpus = std::sync::Arc::clone(&self.corpus);
        match super::saver::Save::start(cache, corpus, stamp, self.problems.clone()) {
            Ok(save) => self.save = Some(save),
            Err(message) => self.notice = Some(message),
        }
    }

    /// Starts making the whole corpus of these sources in the background, from the cache if it holds it.
    pub(super) fn start_open(&mut self, recipe: crate::core::cache::Recipe) {
        let ctx = self.ctx.clone();
        match Load::open(recipe, self.cache.clone(), move || ctx.request_repaint()) {
            Ok(load) => self.load = Some(load),
            Err(message) => self.notice = Some(message),
        }
    }
}

/// Shown when a file dialog returned at once with nothing picked.
const NO_DIALOG: &str = "If no file dialog appeared, this desktop offers none (no portal or zenity): type a \
                         path in the box and press Enter, drop files on the window, or pass paths on the \
                         command line.";
