//! The app: one owner per concern — the corpus's life ([`CorpusSession`]), what the analyst looks at
//! ([`ViewState`]) and the figures derived from it ([`Derived`]), the panels' and windows' own state, the
//! messages on screen — and the frame that ties them: take in finished background work, draw, then carry out
//! the commands the drawing pushed.

use std::path::Path;
use std::sync::{Arc, PoisonError, RwLock};

use super::actors_desk::ActorsDesk;
use super::commands::{AppCommand, ExportTarget};
use super::corpus_session::{CorpusEvent, CorpusSession, Startup};
use super::derived::Derived;
use super::jobs::dialogs::{Answer, Dialog, Pick};
use super::look::palette;
use super::notices::{Notice, Notices};
use super::offscreen::Drawable;
use super::panels::caption::{self, Caption, ImageLayout, PanelChoice};
use super::panels::columns::Columns;
use super::panels::dashboard::Dashboard;
use super::panels::reader::ReaderPanel;
use super::panels::slide::Slide;
use super::panels::status_bar::{self, StatusInput};
use super::panels::timeline::TimelinePanel;
use super::panels::top_bar::TopBar;
use super::panels::{PanelInput, PanelRects, actors};
use super::persistence::session::{STORAGE_KEY, theme_name, theme_named};
use super::view_commands::change_view;
use super::windows::corpus::{CorpusFacts, CorpusWindow};
use super::windows::export::ExportWindow;
use super::windows::report::ReportWindow;
use crate::core::corpus::{Corpus, CorpusError};
use crate::core::readers::Problem;
use crate::core::selection::SelectionHistory;
use crate::core::sources::Sources;
use crate::core::stats::ActorRow;
use crate::core::view::ViewState;
use crate::core::workspace::{FORMAT, SavedView, Workspace};

/// The whole app.
pub struct GeodashApp {
    corpus: CorpusSession,
    /// The analyst's own actors: their edits, the editor and the candidates.
    actors: ActorsDesk,
    view: ViewState,
    derived: Derived,
    /// The selections gone through, for Alt+Left and Alt+Right.
    history: SelectionHistory,
    /// What the analyst asked for this frame, carried out after drawing.
    commands: Vec<AppCommand>,
    notices: Notices,
    dialog: Option<Dialog>,
    top_bar: TopBar,
    timeline: TimelinePanel,
    reader: ReaderPanel,
    columns: Columns,
    report: ReportWindow,
    corpus_window: CorpusWindow,
    export: ExportWindow,
    /// Set when the app draws an image rather than the window: the caption, and what is shown how.
    image: Option<(Caption, ImageLayout)>,
    panel_rects: PanelRects,
    /// A workspace's view, waiting for its files to load.
    pending_view: Option<SavedView>,
    ctx: egui::Context,
}

impl GeodashApp {
    /// The app over a corpus, drawing with `ctx`; it has no sources, so nothing is saved for the next session.
    pub fn new(ctx: &egui::Context, corpus: Corpus) -> Self {
        Self::with_session(ctx, CorpusSession::over(ctx, Arc::new(RwLock::new(corpus))))
    }

    /// The app drawing an image of a corpus: no bars for adding files, a caption at the bottom.
    pub fn for_image(
        ctx: &egui::Context,
        corpus: Arc<RwLock<Corpus>>,
        view: ViewState,
        caption: Caption,
        layout: ImageLayout,
    ) -> Self {
        let mut app = Self::with_session(ctx, CorpusSession::over(ctx, corpus));
        if layout.slide {
            palette::apply_slide_text_sizes(ctx);
        }
        app.view = view;
        app.image = Some((caption, layout));
        app
    }

    /// The app over the corpus these sources make: the seeds at once if they are among them, the files and
    /// folders reopened from the start's cache or read, in the background. Each corpus built is saved there.
    pub fn from_sources(ctx: &egui::Context, sources: &Sources, mut start: Startup) -> Result<Self, CorpusError> {
        let (actors, problem) = ActorsDesk::new(std::mem::take(&mut start.actors));
        let (session, events) = CorpusSession::start(ctx, sources, start)?;
        let mut app = Self::with_session(ctx, session);
        app.actors = actors;
        app.notices.extend(problem);
        app.take_events(events);
        Ok(app)
    }

    /// The app on a workspace: its corpus is reopened from the start's cache or built (files read in the
    /// background), and its view comes back once the files are in.
    pub fn from_workspace(ctx: &egui::Context, workspace: &Workspace, start: Startup) -> Result<Self, CorpusError> {
        let mut app = Self::from_sources(ctx, &workspace.sources, start)?;
        if let Some(theme) = theme_named(&workspace.theme) {
            ctx.set_theme(theme);
        }
        app.pending_view = Some(workspace.view.clone());
        app.export.set_title(&workspace.export_title);
        app.apply_pending_view();
        Ok(app)
    }

    fn with_session(ctx: &egui::Context, corpus: CorpusSession) -> Self {
        palette::apply_text_sizes(ctx);
        Self {
            corpus,
            actors: ActorsDesk::default(),
            view: ViewState::default(),
            derived: Derived::default(),
            history: SelectionHistory::default(),
            commands: Vec::new(),
            notices: Notices::default(),
            dialog: None,
            top_bar: TopBar::default(),
            timeline: TimelinePanel::default(),
            reader: ReaderPanel::default(),
            columns: Columns::default(),
            report: ReportWindow::default(),
            corpus_window: CorpusWindow::default(),
            export: ExportWindow::default(),
            image: None,
            panel_rects: PanelRects::default(),
            pending_view: None,
            ctx: ctx.clone(),
        }
    }

    /// Where each panel was drawn in the last frame.
    pub fn panel_rects(&self) -> PanelRects {
        self.panel_rects
    }

    /// Queues a command as if a panel had sent it.
    pub fn push(&mut self, command: AppCommand) {
        self.commands.push(command);
    }

    /// True while files are being read, analysed or indexed.
    pub fn is_loading(&self) -> bool {
        self.corpus.is_loading()
    }

    /// True while the corpus is being saved to the cache for the next session.
    pub fn is_saving(&self) -> bool {
        self.corpus.is_saving()
    }

    /// True until the panels show the figures of the analyst's latest choices (on a large corpus they are
    /// computed in the background).
    pub fn is_updating(&self) -> bool {
        self.derived.lags(&self.view)
    }

    /// What the analyst is looking at.
    pub fn view(&self) -> &ViewState {
        &self.view
    }

    /// The actors the plot shows, top first, as of the last frame.
    pub fn plotted_actors(&self) -> Vec<ActorRow> {
        actors::plotted_rows(&self.derived, &self.view)
    }

    /// The files that did not load, so far.
    pub fn problems(&self) -> &[Problem] {
        self.corpus.problems()
    }

    /// The sources of the corpus shown, to remember for the next session.
    pub fn sources(&self) -> &Sources {
        self.corpus.sources()
    }

    /// What the window shows, as a workspace.
    pub fn workspace(&self) -> Workspace {
        let view = match &self.pending_view {
            Some(pending) => pending.clone(),
            None => SavedView::of(&self.view, &self.corpus.read()),
        };
        let theme = theme_name(self.ctx.options(|options| options.theme_preference)).to_owned();
        let export_title = self.export.title().to_owned();
        let (sources, actors) = (self.corpus.sources().clone(), self.actors.layer_text());
        Workspace { format: FORMAT, sources, view, theme, export_title, actors }
    }

    /// One frame: finished background work in, the panels drawn, then the commands they pushed carried out.
    fn frame(&mut self, ui: &mut egui::Ui) {
        self.poll_background();
        self.commands.extend(super::input::commands(ui.ctx()));
        let shared = Arc::clone(self.corpus.shared());
        {
            let corpus = shared.read().unwrap_or_else(PoisonError::into_inner);
            let list_changed = self.derived.refresh(&shared, &corpus, &self.view, ui.ctx());
            self.commands.extend(self.derived.article_to_open(&corpus, &self.view, list_changed));
            self.draw(ui, &corpus);
        }
        if !self.commands.is_empty() {
            self.run_commands();
            // What the commands changed shows in the next frame.
            self.ctx.request_repaint();
        }
    }

    fn draw(&mut self, ui: &mut egui::Ui, corpus: &Corpus) {
        let (view, derived, steps) = (&self.view, &self.derived, self.history.steps());
        let input = PanelInput { corpus, view, derived, presenting: self.image.is_some(), steps };
        match &self.image {
            Some((caption, layout)) => {
                let width_of = match (layout.slide, layout.panel) {
                    (true, _) | (false, PanelChoice::Dashboard | PanelChoice::ActorsAndTimeline) => None,
                    (false, PanelChoice::Actors) => Some(self.panel_rects.actors),
                    (false, PanelChoice::Timeline) => Some(self.panel_rects.timeline),
                    (false, PanelChoice::Article | PanelChoice::View) => Some(self.panel_rects.reader),
                };
                self.panel_rects.caption = Some(caption::ui(ui, caption, &input, *layout, width_of));
            }
            None => {
                self.top_bar.ui(ui, &mut self.commands);
                let status = StatusInput {
                    progress: self.corpus.progress(),
                    problems: self.corpus.problems(),
                    notices: &self.notices,
                };
                status_bar::ui(ui, corpus, &status, &mut self.commands);
            }
        }
        let caption = self.panel_rects.caption;
        let (timeline, reader) = (&mut self.timeline, &mut self.reader);
        let rects = match self.image.as_ref().map(|(_, layout)| *layout) {
            Some(layout) if layout.slide && layout.panel != PanelChoice::Dashboard => {
                Slide { timeline, reader }.ui(ui, &input, layout.panel, &mut self.commands)
            }
            _ => Dashboard { timeline, reader, columns: &mut self.columns }.ui(ui, &input, &mut self.commands),
        };
        self.panel_rects = PanelRects { caption, ..rects };
        if self.image.is_none() {
            let ctx = ui.ctx();
            self.report.ui(ctx, self.corpus.problems(), &mut self.commands);
            let facts = CorpusFacts { undated: self.corpus.read().undated_count(), busy: self.corpus.is_loading() };
            self.corpus_window.ui(ctx, self.corpus.sources(), &facts, &mut self.commands);
            self.export.ui(ctx, &mut self.commands);
            self.actors.ui(ctx, corpus, &mut self.commands);
        }
    }

    fn run_commands(&mut self) {
        for command in std::mem::take(&mut self.commands) {
            self.run_command(command);
        }
        self.apply_pending_view();
        self.history.note(&self.view);
    }

    fn run_command(&mut self, command: AppCommand) {
        let Err(command) = change_view(&mut self.view, command) else { return };
        match command {
            AppCommand::AddPaths(paths) => {
                let events = self.corpus.add_paths(paths);
                self.take_events(events);
            }
            AppCommand::Open { doc, focus } => {
                (self.view.selected, self.view.current_hit) = (Some(doc), None);
                self.reader.open_at(focus);
            }
            AppCommand::GoToHit(hit) => {
                self.view.current_hit = Some(hit);
                self.reader.scroll_to = self.derived.highlights.get(hit).cloned();
            }
            AppCommand::SetTheme(theme) => self.ctx.set_theme(theme),
            AppCommand::SelectionBack => self.history.back(&mut self.view),
            AppCommand::SelectionForward => self.history.forward(&mut self.view),
            AppCommand::ToggleFullscreen => {
                let fullscreen = self.ctx.input(|input| input.viewport().fullscreen.unwrap_or(false));
                self.ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(!fullscreen));
            }
            AppCommand::ToggleReport => self.report.open = !self.report.open,
            AppCommand::ToggleCorpusWindow => self.corpus_window.open = !self.corpus_window.open,
            AppCommand::ToggleExport => self.export.toggle(|| Caption::default_title(&self.corpus.read())),
            AppCommand::DismissError(index) => self.notices.dismiss(index),
            AppCommand::EditActors(_)
            | AppCommand::UndoActors
            | AppCommand::RedoActors
            | AppCommand::ToggleActorsWindow
            | AppCommand::ShowActor(_)
            | AppCommand::DraftActor(_)
            | AppCommand::DraftAlias(_)
            | AppCommand::ImportActors(_)
            | AppCommand::ExportActors(_)
            | AppCommand::ToggleCandidates => {
                let busy = self.corpus.is_loading();
                let said = self.actors.run(&command, self.corpus.shared(), busy, &self.ctx);
                self.notices.extend(said);
            }
            command => self.run_file_command(command),
        }
    }

    /// Carries out a command that reads or writes files, or changes the corpus.
    fn run_file_command(&mut self, command: AppCommand) {
        match command {
            AppCommand::PickFiles => self.open_dialog(Pick::Files),
            AppCommand::PickFolder => self.open_dialog(Pick::Folder),
            AppCommand::SaveReport => self.open_dialog(Pick::SaveReport),
            AppCommand::WriteReport(path) => self.notices.push(self.corpus.save_report(&path)),
            AppCommand::OpenWorkspace => self.open_dialog(Pick::OpenWorkspace),
            AppCommand::PickActorsFile => self.open_dialog(Pick::ImportActors),
            AppCommand::SaveActorsFile => self.open_dialog(Pick::ExportActors),
            AppCommand::OpenWorkspaceFile(path) => self.open_workspace(&path),
            AppCommand::SaveWorkspace => self.open_dialog(Pick::SaveWorkspace),
            AppCommand::WriteWorkspace(path) => self.save_workspace(&path),
            AppCommand::SaveImage => self.open_dialog(Pick::SaveImage(self.export.file_name())),
            AppCommand::ExportImage(target) => self.export_image(target),
            AppCommand::SaveData => self.open_dialog(Pick::DataFolder),
            AppCommand::ExportData(folder) => {
                let refused = self.export.start_data(&self.ctx, self.corpus.shared(), &self.view, folder);
                self.notices.extend(refused);
            }
            AppCommand::NewCorpus => {
                let events = self.corpus.rebuild_undoably(Sources::default(), "Started a new, empty corpus.");
                self.take_events(events);
            }
            AppCommand::RestoreSources(sources) => self.rebuild(sources),
            AppCommand::SetAsOf(as_of) => {
                let events = self.corpus.set_as_of(as_of);
                self.take_events(events);
            }
            AppCommand::ChooseTextColumn { file, column } => {
                let events = self.corpus.choose_text_column(file, column);
                self.take_events(events);
            }
            AppCommand::RemoveSource(index) => {
                let events = self.corpus.remove_source(index);
                self.take_events(events);
            }
            _ => {}
        }
    }

    /// Renders the picture of what the window shows, in the background, for a file or the clipboard.
    fn export_image(&mut self, target: ExportTarget) {
        if self.export.title().is_empty() {
            self.export.set_title(&Caption::default_title(&self.corpus.read()));
        }
        let (corpus, view, offset) = (Arc::clone(self.corpus.shared()), self.view.clone(), self.reader.offset());
        let make = move |ctx: &egui::Context, caption, layout| {
            let mut app = Self::for_image(ctx, corpus, view, caption, layout);
            app.reader.start_at(offset);
            app
        };
        let refused = self.export.start_image(&self.ctx, make, target);
        self.notices.extend(refused);
    }

    fn open_dialog(&mut self, pick: Pick) {
        if self.dialog.is_some() {
            return;
        }
        match Dialog::open(&self.ctx, pick) {
            Ok(dialog) => self.dialog = Some(dialog),
            Err(error) => self.notices.push(Notice::Error(error.to_string())),
        }
    }

    /// Takes in what finished in the background: a dialog's answer, an export, a save, a load.
    fn poll_background(&mut self) {
        if let Some(answer) = self.dialog.as_ref().and_then(Dialog::poll) {
            self.dialog = None;
            match answer {
                Answer::Chosen(command) => self.commands.push(command),
                Answer::Cancelled => {}
                Answer::Unavailable => self.notices.push(Notice::Error(NO_DIALOG.to_owned())),
            }
        }
        self.notices.extend(self.export.poll(&self.ctx));
        self.poll_actors();
        let events = self.corpus.poll();
        if !events.is_empty() {
            self.take_events(events);
            self.apply_pending_view();
        }
    }

    /// Takes in a finished counting with edited actors: the actor filter follows its actor to its new place in
    /// the dictionary (or goes, if the actor did); the figures follow the dictionary's new key by themselves.
    fn poll_actors(&mut self) {
        let shared = Arc::clone(self.corpus.shared());
        let filtered = self
            .view
            .actor_filter
            .and_then(|index| self.corpus.read().dictionary.actors.get(index).map(|actor| actor.id.clone()));
        let Some(notices) = self.actors.poll(&shared, &self.ctx) else { return };
        self.notices.extend(notices);
        self.view.actor_filter = filtered.and_then(|id| self.corpus.read().dictionary.index_of(&id));
    }

    /// Acts on what the corpus says happened.
    fn take_events(&mut self, events: Vec<CorpusEvent>) {
        for event in events {
            match event {
                CorpusEvent::Notice(notice) => self.notices.push(notice),
                CorpusEvent::Restarted => {
                    (self.view, self.derived) = (ViewState::default(), Derived::default());
                    self.history.start_at(&self.view);
                    self.actors.corpus_replaced();
                    self.report.open = false;
                    // News of the corpus that is gone ("Added 403 documents") would mislead now.
                    self.notices.clear_news();
                }
                CorpusEvent::Replaced => {
                    self.derived = Derived::default();
                    self.actors.corpus_replaced();
                    // Another corpus spans other dates: the timeline shows all of them again.
                    self.view.timeline = None;
                }
                CorpusEvent::ShowReport => self.report.open = true,
            }
        }
    }

    /// Starts again from these sources: the corpus, the view and the report are replaced and the paths re-read.
    fn rebuild(&mut self, sources: Sources) {
        let events = self.corpus.rebuild(sources);
        self.take_events(events);
    }

    /// Replaces the corpus and the view with a workspace's.
    fn open_workspace(&mut self, path: &Path) {
        match Workspace::open(path) {
            Ok(_) if self.is_loading() => {
                self.notices
                    .push(Notice::Info("Wait for the current load to finish before opening a workspace.".into()));
            }
            Ok(workspace) => {
                // The workspace's own actors count from its first document on.
                let actors =
                    workspace.actors.as_deref().map(|text| self.actors.adopt(text, &path.display().to_string()));
                match actors {
                    Some(Err(reason)) => {
                        self.notices.push(Notice::Error(reason));
                        self.rebuild(workspace.sources.clone());
                    }
                    Some(Ok(dictionary)) => {
                        let events = self.corpus.rebuild_with(workspace.sources.clone(), Some(dictionary));
                        self.take_events(events);
                    }
                    None => self.rebuild(workspace.sources.clone()),
                }
                if let Some(theme) = theme_named(&workspace.theme) {
                    self.ctx.set_theme(theme);
                }
                self.pending_view = Some(workspace.view);
                self.export.set_title(&workspace.export_title);
                self.notices.push(Notice::Info(format!("Opened {}", path.display())));
            }
            Err(error) => self.notices.push(Notice::Error(error.to_string())),
        }
    }

    /// Saves the workspace to a file.
    fn save_workspace(&mut self, path: &Path) {
        self.notices.push(match self.workspace().save(path) {
            Ok(()) => Notice::Info(format!("Workspace saved to {}", path.display())),
            Err(error) => Notice::Error(error.to_string()),
        });
    }

    /// Once no file is loading, puts back the query, filters and open article a workspace had.
    fn apply_pending_view(&mut self) {
        let adding = self.commands.iter().any(|command| matches!(command, AppCommand::AddPaths(_)));
        if self.pending_view.is_none() || self.is_loading() || adding {
            return;
        }
        let Some(saved) = self.pending_view.take() else { return };
        self.view = saved.restore(&self.corpus.read());
        self.history.start_at(&self.view);
    }
}

impl Drawable for GeodashApp {
    fn is_busy(&self) -> bool {
        self.is_loading() || self.is_updating() || self.actors.is_counting()
    }

    fn panel_rects(&self) -> PanelRects {
        self.panel_rects
    }
}

impl eframe::App for GeodashApp {
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.workspace());
    }

    /// The session is kept every few seconds, so a crash or a kill loses little.
    fn auto_save_interval(&self) -> std::time::Duration {
        std::time::Duration::from_secs(5)
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }
}

/// Shown when a file dialog returned at once with nothing picked.
const NO_DIALOG: &str = "If no file dialog appeared, this desktop offers none (no portal or zenity): type a \
                         path in the box and press Enter, drop files on the window, or pass paths on the \
                         command line.";
