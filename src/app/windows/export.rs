//! "Export image…": a small window to title the image, pick the dashboard or one panel and the scale, then save
//! it as PNG or copy it, or save the data behind the panels (CSV and JSON). The work runs in the background, so
//! the window keeps drawing meanwhile.

use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLock};

use crate::app::commands::{AppCommand, ExportTarget};
use crate::app::jobs::job::{Job, JobError};
use crate::app::notices::Notice;
use crate::app::offscreen::{Drawable, RenderError, Shot, render, save_png, to_color_image};
use crate::app::panels::caption::{Caption, PanelChoice};
use crate::core::corpus::Corpus;
use crate::core::export::ExportError;
use crate::core::panel_data::{panel_data, write_panel_data};
use crate::core::search::Filters;
use crate::core::view::ViewState;

/// What the analyst set in the export window.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportForm {
    /// The caption's title; empty until the window first opens.
    pub title: String,
    /// The dashboard or one panel.
    pub panel: PanelChoice,
    /// 1 or 2 pixels per point.
    pub scale: f32,
}

impl Default for ExportForm {
    fn default() -> Self {
        Self { title: String::new(), panel: PanelChoice::Dashboard, scale: 2.0 }
    }
}

/// What a finished export hands back.
enum Exported {
    /// The file was written; the line to show.
    Saved(String),
    /// The image to put on the clipboard.
    Copied(egui::ColorImage),
}

/// Why an export gave nothing.
#[derive(Debug, thiserror::Error)]
enum ExportFailure {
    #[error(transparent)]
    Image(#[from] RenderError),
    #[error(transparent)]
    Data(#[from] ExportError),
}

/// The export window: shown or not, its form, and the export running.
#[derive(Default)]
pub struct ExportWindow {
    /// Whether it is shown.
    pub open: bool,
    form: ExportForm,
    job: Option<Job<Result<Exported, ExportFailure>>>,
}

impl ExportWindow {
    /// Opens or closes the window; the title starts as `default_title` the first time.
    pub fn toggle(&mut self, default_title: impl FnOnce() -> String) {
        self.open = !self.open;
        if self.form.title.is_empty() {
            self.form.title = default_title();
        }
    }

    /// Renders the image of what the window shows, at its size and theme, in the background: `make` draws the
    /// app for the picture, given the caption and the panel chosen.
    pub fn start_image<A: Drawable + 'static>(
        &mut self,
        ctx: &egui::Context,
        make: impl FnOnce(&egui::Context, Caption, PanelChoice) -> A + Send + 'static,
        target: ExportTarget,
    ) -> Option<Notice> {
        let shot = Shot {
            size: ctx.content_rect().size(),
            scale: self.form.scale,
            theme: ctx.theme(),
            panel: self.form.panel,
        };
        let caption = Caption::new(self.form.title.clone());
        let draw = move |ctx: &egui::Context| make(ctx, caption, shot.panel);
        self.start(ctx, move || Ok(export_image(shot, draw, target)?))
    }

    /// Writes the data behind the panels, with the view's query and filters, into a folder, in the background.
    pub fn start_data(
        &mut self,
        ctx: &egui::Context,
        corpus: &Arc<RwLock<Corpus>>,
        view: &ViewState,
        folder: PathBuf,
    ) -> Option<Notice> {
        let query = view.query.clone();
        let corpus = Arc::clone(corpus);
        let filters = view.filters(&corpus.read().unwrap_or_else(PoisonError::into_inner));
        self.start(ctx, move || Ok(export_data(&corpus, &query, &filters, &folder)?))
    }

    fn start(
        &mut self,
        ctx: &egui::Context,
        work: impl FnOnce() -> Result<Exported, ExportFailure> + Send + 'static,
    ) -> Option<Notice> {
        if self.job.is_some() {
            return None;
        }
        match Job::spawn("export", "the export", ctx, work) {
            Ok(job) => self.job = Some(job),
            Err(error) => return Some(Notice::Error(error.to_string())),
        }
        None
    }

    /// Takes a finished export: says where it was saved, or puts the image on the clipboard.
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<Notice> {
        let result = self.job.as_ref()?.poll()?;
        self.job = None;
        Some(match result.map_err(|error: JobError| error.to_string()) {
            Ok(Ok(Exported::Saved(line))) => Notice::Info(line),
            Ok(Ok(Exported::Copied(image))) => {
                ctx.copy_image(image);
                Notice::Info("Image copied to the clipboard.".to_owned())
            }
            Ok(Err(error)) => Notice::Error(format!("The export failed: {error}")),
            Err(message) => Notice::Error(format!("The export failed: {message}")),
        })
    }

    /// Draws the window while it is open.
    pub fn ui(&mut self, ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
        let busy = self.job.is_some();
        window_ui(ctx, &mut self.open, &mut self.form, busy, commands);
    }
}

fn export_image<A: Drawable + 'static>(
    shot: Shot,
    make: impl FnOnce(&egui::Context) -> A + 'static,
    target: ExportTarget,
) -> Result<Exported, RenderError> {
    let image = render(shot, make)?;
    match target {
        ExportTarget::File(path) => {
            save_png(&image, &path)?;
            let size = format!("{} × {} pixels", image.width(), image.height());
            Ok(Exported::Saved(format!("Image saved to {} ({size})", path.display())))
        }
        ExportTarget::Clipboard => Ok(Exported::Copied(to_color_image(&image))),
    }
}

fn export_data(
    corpus: &Arc<RwLock<Corpus>>,
    query: &str,
    filters: &Filters,
    folder: &Path,
) -> Result<Exported, ExportError> {
    let corpus = corpus.read().unwrap_or_else(PoisonError::into_inner);
    let data = panel_data(&corpus, query, filters)?;
    let written = write_panel_data(folder, &data)?;
    Ok(Exported::Saved(format!("{} data files saved in {}", written.len(), folder.display())))
}

fn window_ui(ctx: &egui::Context, open: &mut bool, form: &mut ExportForm, busy: bool, commands: &mut Vec<AppCommand>) {
    let window = egui::Window::new("Export image").open(open).default_width(420.0).resizable(false);
    window.pivot(egui::Align2::CENTER_CENTER).default_pos(ctx.content_rect().center()).show(ctx, |ui| {
        form_ui(ui, form);
        ui.horizontal(|ui| buttons_ui(ui, busy, commands));
    });
}

fn form_ui(ui: &mut egui::Ui, form: &mut ExportForm) {
    let label = ui.label("Title");
    ui.add(egui::TextEdit::singleline(&mut form.title).desired_width(380.0)).labelled_by(label.id);
    ui.label("Show");
    ui.horizontal_wrapped(|ui| {
        for panel in PanelChoice::ALL {
            ui.radio_value(&mut form.panel, panel, panel.label());
        }
    });
    ui.horizontal(|ui| {
        ui.label("Scale");
        ui.radio_value(&mut form.scale, 1.0, "1×");
        ui.radio_value(&mut form.scale, 2.0, "2× (slides)");
    });
    let note = "The image has the window's size and theme, and a caption with a legend.";
    ui.label(egui::RichText::new(note).small().weak());
}

fn buttons_ui(ui: &mut egui::Ui, busy: bool, commands: &mut Vec<AppCommand>) {
    if ui.add_enabled(!busy, egui::Button::new("Save PNG…")).clicked() {
        commands.push(AppCommand::SaveImage);
    }
    if ui.add_enabled(!busy, egui::Button::new("Copy to clipboard")).clicked() {
        commands.push(AppCommand::ExportImage(ExportTarget::Clipboard));
    }
    let data = ui.add_enabled(!busy, egui::Button::new("Save data…"));
    if data.on_hover_text("The actor table, the timeline's dates and the listed articles, as CSV and JSON").clicked() {
        commands.push(AppCommand::SaveData);
    }
    if busy {
        ui.spinner();
        ui.label("Rendering…");
    }
}
