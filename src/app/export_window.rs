//! "Export image…": a small window to title the image, pick the dashboard or one panel and the scale, then save
//! it as PNG or copy it, or save the data behind the panels (CSV and JSON). The work runs on a background
//! thread, so the window keeps drawing meanwhile.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, RwLock};

use super::caption::Caption;
use super::export::{ImageRequest, PanelChoice, render, save_png, to_color_image};
use super::{AppCommand, GeodashApp};
use crate::core::corpus::Corpus;
use crate::core::panel_data::{panel_data, write_panel_data};
use crate::core::search::Filters;

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

/// Where a rendered image goes.
#[derive(Clone, Debug, PartialEq)]
pub enum ExportTarget {
    /// A PNG file.
    File(PathBuf),
    /// The clipboard.
    Clipboard,
}

/// What a finished export hands back.
pub enum Exported {
    /// The file was written; the line to show.
    Saved(String),
    /// The image to put on the clipboard.
    Copied(egui::ColorImage),
}

/// An image being rendered, or data being written.
pub struct ExportJob {
    receiver: Receiver<Result<Exported, String>>,
}

impl ExportJob {
    /// Runs `work` on a named background thread; `wake` is called when it is done.
    pub fn start(
        work: impl FnOnce() -> Result<Exported, String> + Send + 'static,
        wake: impl Fn() + Send + 'static,
    ) -> Result<Self, String> {
        let (sender, receiver) = channel();
        std::thread::Builder::new()
            .name("geodash-export".to_owned())
            .spawn(move || {
                let _ = sender.send(work());
                wake();
            })
            .map_err(|error| format!("cannot start the export: {error}"))?;
        Ok(Self { receiver })
    }

    /// The result once the image is done, `None` while it renders.
    pub fn poll(&self) -> Option<Result<Exported, String>> {
        match self.receiver.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err("the export stopped unexpectedly".to_owned())),
        }
    }
}

fn export_image(
    corpus: &Arc<RwLock<Corpus>>,
    request: &ImageRequest,
    target: ExportTarget,
) -> Result<Exported, String> {
    let image = render(Arc::clone(corpus), request)?;
    match target {
        ExportTarget::File(path) => {
            save_png(&image, &path)?;
            Ok(Exported::Saved(format!(
                "Image saved to {} ({} × {} pixels)",
                path.display(),
                image.width(),
                image.height()
            )))
        }
        ExportTarget::Clipboard => Ok(Exported::Copied(to_color_image(&image))),
    }
}

/// Writes the data behind the panels, with the view's query and filters, into a folder.
fn export_data(
    corpus: &Arc<RwLock<Corpus>>,
    query: &str,
    filters: &Filters,
    folder: &Path,
) -> Result<Exported, String> {
    let corpus = super::read(corpus);
    let data = panel_data(&corpus, query, filters).map_err(|error| format!("{error:#}"))?;
    let written = write_panel_data(folder, &data).map_err(|error| format!("{error:#}"))?;
    Ok(Exported::Saved(format!("{} data files saved in {}", written.len(), folder.display())))
}

/// Draws the export window while `open`; `busy` while an image renders.
pub fn ui(ctx: &egui::Context, open: &mut bool, form: &mut ExportForm, busy: bool, commands: &mut Vec<AppCommand>) {
    let window = egui::Window::new("Export image").open(open).default_width(420.0).resizable(false);
    window.pivot(egui::Align2::CENTER_CENTER).default_pos(ctx.content_rect().center()).show(ctx, |ui| {
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
        ui.label(
            egui::RichText::new("The image has the window's size and theme, and a caption with a legend.")
                .small()
                .weak(),
        );
        ui.horizontal(|ui| {
            if ui.add_enabled(!busy, egui::Button::new("Save PNG…")).clicked() {
                commands.push(AppCommand::SaveImage);
            }
            if ui.add_enabled(!busy, egui::Button::new("Copy to clipboard")).clicked() {
                commands.push(AppCommand::ExportImage(ExportTarget::Clipboard));
            }
            let data = ui.add_enabled(!busy, egui::Button::new("Save data…"));
            if data
                .on_hover_text("The actor table, the timeline's dates and the listed articles, as CSV and JSON")
                .clicked()
            {
                commands.push(AppCommand::SaveData);
            }
            if busy {
                ui.spinner();
                ui.label("Rendering…");
            }
        });
    });
}

impl GeodashApp {
    /// Opens or closes the export window; the title starts as the corpus's default.
    pub(super) fn toggle_export(&mut self) {
        self.export_open = !self.export_open;
        if self.export_form.title.is_empty() {
            self.export_form.title = Caption::default_title(&super::read(&self.corpus));
        }
    }

    /// Renders the image of what the window shows, at its size and theme, in the background.
    pub(super) fn start_export(&mut self, target: ExportTarget) {
        if self.export_job.is_some() {
            return;
        }
        let request = ImageRequest {
            size: self.ctx.content_rect().size(),
            scale: self.export_form.scale,
            theme: self.ctx.theme(),
            panel: self.export_form.panel,
            view: self.view.clone(),
            caption: Caption::new(self.export_form.title.clone()),
        };
        let corpus = Arc::clone(&self.corpus);
        self.start_job(move || export_image(&corpus, &request, target));
    }

    /// Writes the data behind the panels into a folder, in the background.
    pub(super) fn start_data_export(&mut self, folder: PathBuf) {
        if self.export_job.is_some() {
            return;
        }
        let actor = self
            .view
            .actor_filter
            .and_then(|index| super::read(&self.corpus).dictionary.actors.get(index).map(|actor| actor.id.clone()));
        let (from, to) = self.view.date_filter.unzip();
        let (query, filters) = (self.view.query.clone(), Filters { actor, from, to });
        let corpus = Arc::clone(&self.corpus);
        self.start_job(move || export_data(&corpus, &query, &filters, &folder));
    }

    fn start_job(&mut self, work: impl FnOnce() -> Result<Exported, String> + Send + 'static) {
        let ctx = self.ctx.clone();
        match ExportJob::start(work, move || ctx.request_repaint()) {
            Ok(job) => self.export_job = Some(job),
            Err(message) => self.notice = Some(message),
        }
    }

    /// Takes a finished image: says where it was saved, or puts it on the clipboard.
    pub(super) fn poll_export(&mut self) {
        let Some(result) = self.export_job.as_ref().and_then(ExportJob::poll) else {
            if self.export_job.is_some() {
                self.ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
            return;
        };
        self.export_job = None;
        self.notice = Some(match result {
            Ok(Exported::Saved(line)) => line,
            Ok(Exported::Copied(image)) => {
                self.ctx.copy_image(image);
                "Image copied to the clipboard.".to_owned()
            }
            Err(message) => format!("The image could not be made: {message}"),
        });
    }
}
