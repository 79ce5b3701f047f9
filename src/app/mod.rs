//! The window: an actor plot, a timeline strip, a searchable article list and a reader, over one corpus.

pub mod actors_panel;
pub mod caption;
mod commands;
mod commands_run;
mod corpus_window;
mod counts;
mod dialogs;
pub mod export;
pub mod export_window;
mod figures_worker;
mod hits_panel;
mod loader;
mod marked_text;
mod palette;
mod reader_panel;
mod report_window;
mod saver;
pub mod session;
pub mod sources;
pub mod state;
mod status_bar;
mod timeline_panel;
mod top_bar;
pub mod workspace;

use std::path::PathBuf;
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard};

use caption::{Caption, CaptionFacts};
pub use commands::AppCommand;
use dialogs::Dialog;
use export::PanelChoice;
use export_window::{ExportForm, ExportJob};
use loader::Load;
use sources::{Sources, Startup};
use state::{Derived, ViewState};

use crate::core::corpus::Corpus;
use crate::core::readers::Problem;

/// Opens the window on `paths` when some are given, else on the corpus of the last session, else on the seeds.
pub fn run(paths: Vec<PathBuf>) -> anyhow::Result<()> {
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
    let seeds = std::thread::Builder::new().name("geodash-seeds".to_owned()).spawn(Corpus::seeds).ok();
    eframe::run_native(
        "geodash",
        options,
        Box::new(move |cc| {
            let last = cc.storage.and_then(|storage| eframe::get_value(storage, session::STORAGE_KEY));
            let workspace = session::starting_workspace(paths, last)?;
            let seeds = seeds.and_then(|thread| thread.join().ok()).and_then(Result::ok);
            let start = Startup { cache: crate::core::cache::CorpusCache::user(), seeds };
            Ok(Box::new(GeodashApp::from_workspace(&cc.egui_ctx, &workspace, start)?))
        }),
    )
    .map_err(|error| anyhow::anyhow!("the window could not open: {error}"))
}

fn icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon-256.png")).unwrap_or_default()
}

/// The whole app: the corpus, what the analyst is looking at, and work running in the background.
pub struct GeodashApp {
    /// Shared with background computations of the panels' figures; written only when a load is appended.
    corpus: Arc<RwLock<Corpus>>,
    view: ViewState,
    derived: Derived,
    commands: Vec<AppCommand>,
    load: Option<Load>,
    queued_paths: Vec<PathBuf>,
    dialog: Option<Dialog>,
    problems: Vec<Problem>,
    report_open: bool,
    sources: Sources,
    corpus_window_open: bool,
    notice: Option<String>,
    path_entry: String,
    ctx: egui::Context,
    /// Set when the app draws an image rather than the window: the caption, and the panel shown.
    image: Option<(Caption, PanelChoice)>,
    panel_rects: PanelRects,
    export_open: bool,
    export_form: ExportForm,
    export_job: Option<ExportJob>,
    /// A workspace's view, waiting for its files to load.
    pending_view: Option<workspace::SavedView>,
    /// The files of the corpus's paths as they were read, to save the corpus under.
    stamps: Vec<crate::core::cache::FileStamp>,
    /// The corpus being saved to the cache, if it is.
    save: Option<saver::Save>,
    /// Where corpora are saved and reopened from; `None` to read every corpus afresh.
    cache: Option<crate::core::cache::CorpusCache>,
}

/// Where each panel was drawn in the last frame, in points.
#[derive(Clone, Copy, Debug)]
pub struct PanelRects {
    /// The actor plot.
    pub actors: egui::Rect,
    /// The timeline strip.
    pub timeline: egui::Rect,
    /// The article list.
    pub hits: egui::Rect,
    /// The reader.
    pub reader: egui::Rect,
    /// The caption block, when an image is drawn.
    pub caption: Option<egui::Rect>,
}

impl Default for PanelRects {
    fn default() -> Self {
        let nothing = egui::Rect::NOTHING;
        Self { actors: nothing, timeline: nothing, hits: nothing, reader: nothing, caption: None }
    }
}

impl GeodashApp {
    /// The app over a corpus, drawing with `ctx`. Its sources are none until paths are added: the seeds'
    /// corpus is marked as such by [`run`].
    pub fn new(ctx: &egui::Context, corpus: Corpus) -> Self {
        Self::shared(ctx, Arc::new(RwLock::new(corpus)))
    }

    /// The app drawing an image of a corpus: no bars for adding files, a caption at the bottom.
    pub fn for_image(
        ctx: &egui::Context,
        corpus: Arc<RwLock<Corpus>>,
        view: ViewState,
        caption: Caption,
        panel: PanelChoice,
    ) -> Self {
        let mut app = Self::shared(ctx, corpus);
        app.view = ViewState { presenting: true, ..view };
        app.image = Some((caption, panel));
        app
    }

    fn shared(ctx: &egui::Context, corpus: Arc<RwLock<Corpus>>) -> Self {
        palette::apply_text_sizes(ctx);
        Self {
            corpus,
            view: ViewState::default(),
            derived: Derived::default(),
            commands: Vec::new(),
            load: None,
            queued_paths: Vec::new(),
            dialog: None,
            problems: Vec::new(),
            report_open: false,
            sources: Sources::default(),
            corpus_window_open: false,
            notice: None,
            path_entry: String::new(),
            ctx: ctx.clone(),
            image: None,
            panel_rects: PanelRects::default(),
            export_open: false,
            export_form: ExportForm::default(),
            export_job: None,
            pending_view: None,
            stamps: Vec::new(),
            save: None,
            cache: None,
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
        self.load.is_some() || !self.queued_paths.is_empty()
    }

    /// True while the corpus is being saved to the cache for the next session.
    pub fn is_saving(&self) -> bool {
        self.save.is_some()
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
    pub fn plotted_actors(&self) -> Vec<crate::core::stats::ActorRow> {
        actors_panel::plotted_rows(&self.derived, &self.view)
    }

    /// The files that did not load, so far.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

impl eframe::App for GeodashApp {
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, session::STORAGE_KEY, &self.workspace());
    }

    /// The session is kept every few seconds, so a crash or a kill loses little.
    fn auto_save_interval(&self) -> std::time::Duration {
        std::time::Duration::from_secs(5)
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.poll_background();
        self.read_input(ui.ctx());
        let shared = Arc::clone(&self.corpus);
        {
            let corpus = read(&shared);
            let list_changed = self.derived.refresh(&shared, &corpus, &self.view, ui.ctx());
            self.select_first_hit(&corpus, list_changed);
            self.draw(ui, &corpus);
        }
        self.run_commands();
    }
}

/// The corpus, to read; a background computation that panicked leaves it as it was, so it is still read.
fn read(corpus: &RwLock<Corpus>) -> RwLockReadGuard<'_, Corpus> {
    corpus.read().unwrap_or_else(PoisonError::into_inner)
}

impl GeodashApp {
    fn draw(&mut self, ui: &mut egui::Ui, corpus: &Corpus) {
        match &self.image {
            Some((caption, panel)) => {
                let facts = CaptionFacts { corpus, view: &self.view, derived: &self.derived };
                let width_of = match panel {
                    PanelChoice::Dashboard => None,
                    PanelChoice::Actors => Some(self.panel_rects.actors),
                    PanelChoice::Timeline => Some(self.panel_rects.timeline),
                    PanelChoice::Article => Some(self.panel_rects.reader),
                };
                self.panel_rects.caption = Some(caption::ui(ui, caption, &facts, *panel, width_of));
            }
            None => {
                top_bar::ui(ui, &mut self.path_entry, &mut self.commands);
                let notice = self.notice.as_deref();
                status_bar::ui(ui, corpus, self.load.as_ref(), &self.problems, notice, &mut self.commands);
            }
        }
        self.draw_panels(ui, corpus);
        if self.image.is_none() {
            report_window::ui(ui.ctx(), &mut self.report_open, &self.problems, &mut self.commands);
            let busy = self.is_loading();
            corpus_window::ui(ui.ctx(), &mut self.corpus_window_open, &self.sources, busy, &mut self.commands);
            let exporting = self.export_job.is_some();
            export_window::ui(ui.ctx(), &mut self.export_open, &mut self.export_form, exporting, &mut self.commands);
        }
    }

    fn draw_panels(&mut self, ui: &mut egui::Ui, corpus: &Corpus) {
        let rects = &mut self.panel_rects;
        rects.timeline = timeline_panel::ui(ui, corpus, &self.view, &self.derived, &mut self.commands);
        rects.actors = actors_panel::ui(ui, &mut self.view, &self.derived, &mut self.commands);
        rects.hits = hits_panel::ui(ui, corpus, &mut self.view, &self.derived, &mut self.commands);
        rects.reader = reader_panel::ui(ui, corpus, &mut self.view, &self.derived);
    }
}
