//! The corpus window: what the corpus is made of, with "Remove" for each source and "New corpus".

use crate::app::commands::AppCommand;
use crate::core::sources::Sources;

/// The corpus window: shown or not.
#[derive(Debug, Default)]
pub struct CorpusWindow {
    /// Whether it is shown.
    pub open: bool,
}

impl CorpusWindow {
    /// Draws the corpus window while it is open; `busy` while files are loading (the corpus cannot change then).
    pub fn ui(&mut self, ctx: &egui::Context, sources: &Sources, busy: bool, commands: &mut Vec<AppCommand>) {
        window_ui(ctx, &mut self.open, sources, busy, commands);
    }
}

fn window_ui(ctx: &egui::Context, open: &mut bool, sources: &Sources, busy: bool, commands: &mut Vec<AppCommand>) {
    let window = egui::Window::new("Corpus").open(open).default_width(560.0);
    window.pivot(egui::Align2::CENTER_CENTER).default_pos(ctx.content_rect().center()).show(ctx, |ui| {
        if sources.list.is_empty() {
            ui.label("The corpus is empty: add files or a folder.");
        } else {
            ui.label("Made from, in the order added (geodash reopens on it next time):");
        }
        egui::Grid::new("corpus_sources").striped(true).num_columns(2).show(ui, |ui| {
            for (index, source) in sources.list.iter().enumerate() {
                ui.label(source.label());
                let remove = ui.add_enabled(!busy, egui::Button::new("Remove"));
                if remove.on_hover_text("Take this out of the corpus (the files stay on disk)").clicked() {
                    commands.push(AppCommand::RemoveSource(index));
                }
                ui.end_row();
            }
        });
        ui.separator();
        let new = ui.add_enabled(!busy, egui::Button::new("New corpus"));
        if new.on_hover_text("Start again from an empty corpus (the files stay on disk)").clicked() {
            commands.push(AppCommand::NewCorpus);
        }
    });
}
