//! "Export image…": a small window to title the image, pick the dashboard or one panel and the scale, then save
//! it as PNG or copy it, or save the data behind the panels (CSV and JSON). The work runs in the background, so
//! the window keeps drawing meanwhile.

use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLock};

use crate::app::commands::{AppCommand, ExportTarget};
use crate::app::jobs::job::{Job, JobError};
use crate::app::notices::Notice;
use crate::app::offscreen::{Drawable, RenderError, Shot, render, save_png, to_color_image};
use crate::app::panels::caption::{Caption, ImageLayout, PanelChoice};
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
    /// The dashboard or one panel, as the window shows it or as a slide.
    pub layout: ImageLayout,
    /// 1 or 2 pixels per point (a slide: 1920 or 3840 pixels wide).
    pub scale: f32,
}

impl Default for ExportForm {
    fn default() -> Self {
        Self { title: String::new(), layout: ImageLayout::default(), scale: 2.0 }
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

    /// The title the next image will carry (kept in the workspace).
    pub fn title(&self) -> &str {
        &self.form.title
    }

    /// Takes the title a workspace kept.
    pub fn set_title(&mut self, title: &str) {
        title.clone_into(&mut self.form.title);
    }

    /// The file name to propose for the image: its title and today's date ("niger-wagner-2026-12-02.png").
    pub fn file_name(&self) -> String {
        file_name(&self.form.title, chrono::Local::now().date_naive())
    }

    /// Renders the image of what the window shows, at its size and theme, in the background: `make` draws the
    /// app for the picture, given the caption and the panel chosen.
    pub fn start_image<A: Drawable + 'static>(
        &mut self,
        ctx: &egui::Context,
        make: impl FnOnce(&egui::Context, Caption, ImageLayout) -> A + Send + 'static,
        target: ExportTarget,
    ) -> Option<Notice> {
        let layout = self.form.layout;
        let (size, scale) = match layout.slide {
            true => (ImageLayout::SLIDE, 1.5 * self.form.scale),
            false => (ctx.content_rect().size(), self.form.scale),
        };
        let shot = Shot { size, scale, theme: ctx.theme(), layout };
        let caption = Caption::new(self.form.title.clone());
        let draw = move |ctx: &egui::Context| make(ctx, caption, layout);
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
    if *open && ctx.input(|input| input.key_pressed(egui::Key::Escape)) {
        *open = false;
    }
    let window = egui::Window::new("Export image").open(open).default_width(440.0).resizable(false);
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
            ui.radio_value(&mut form.layout.panel, panel, panel.label());
        }
    });
    // Two panels side by side make a slide; the window has them apart.
    if form.layout.panel == PanelChoice::ActorsAndTimeline {
        form.layout.slide = true;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label("Layout");
        ui.radio_value(&mut form.layout.slide, false, "As the window shows it");
        ui.radio_value(&mut form.layout.slide, true, "Slide 16:9");
    });
    ui.horizontal(|ui| {
        ui.label("Scale");
        ui.radio_value(&mut form.scale, 1.0, "1×");
        ui.radio_value(&mut form.scale, 2.0, "2×");
    });
    let note = match form.layout.slide {
        true => format!(
            "A slide of {} × {} pixels, text sized for projection, with a caption.",
            slide_width(form),
            slide_width(form) * 9 / 16
        ),
        false => "The window's size, zoom and scrolling, without its buttons, with a caption.".to_owned(),
    };
    ui.label(egui::RichText::new(note).small().weak());
}

fn slide_width(form: &ExportForm) -> u32 {
    (ImageLayout::SLIDE.x * 1.5 * form.scale) as u32
}

/// "niger-wagner-2026-12-02.png": the title in plain lower-case words joined by hyphens (60 characters at most),
/// and the day.
fn file_name(title: &str, day: chrono::NaiveDate) -> String {
    let plain = deunicode::deunicode(title).to_lowercase();
    let words: Vec<&str> = plain.split(|c: char| !c.is_ascii_alphanumeric()).filter(|word| !word.is_empty()).collect();
    let mut slug = String::new();
    for word in words {
        if slug.len() + word.len() + 1 > 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    if slug.is_empty() {
        slug.push_str("geodash");
    }
    format!("{slug}-{day}.png")
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    #[test]
    fn the_file_name_is_made_of_the_title_and_the_day() {
        let day = "2026-12-02".parse().unwrap();
        assert_eq!(super::file_name("Niger & Wagner: who's next?", day), "niger-wagner-who-s-next-2026-12-02.png");
        assert_eq!(super::file_name("Côte d’Ivoire — élections", day), "cote-d-ivoire-elections-2026-12-02.png");
        assert_eq!(super::file_name("   ", day), "geodash-2026-12-02.png");
    }
}
