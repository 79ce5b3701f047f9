//! The top bar: adding documents (dialogs or a typed path), the corpus and workspace windows, and the theme.

use std::path::PathBuf;

use crate::app::commands::AppCommand;

/// The top bar's own state: the text typed in the path box.
#[derive(Debug, Default)]
pub struct TopBar {
    path_entry: String,
}

impl TopBar {
    /// Draws the top bar.
    pub fn ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
        bar_ui(ui, &mut self.path_entry, commands);
    }
}

fn bar_ui(ui: &mut egui::Ui, path_entry: &mut String, commands: &mut Vec<AppCommand>) {
    egui::Panel::top("top_bar").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.heading(egui::RichText::new("geodash").strong());
            ui.separator();
            if ui.button("Add files…").on_hover_text("Add documents: text, web pages, PDF, Word, OpenDocument, RTF, e-mail, CSV/JSON exports, ZIP (Ctrl+O)").clicked() {
                commands.push(AppCommand::PickFiles);
            }
            if ui.button("Add folder…").on_hover_text("Add every readable file in a folder (Ctrl+Shift+O)").clicked()
            {
                commands.push(AppCommand::PickFolder);
            }
            path_ui(ui, path_entry, commands);
            ui.separator();
            if ui.button("Corpus…").on_hover_text("What the corpus is made of; remove a source or start anew").clicked() {
                commands.push(AppCommand::ToggleCorpusWindow);
            }
            ui.menu_button("Workspace", |ui| {
                if ui.button("Open workspace…").clicked() {
                    commands.push(AppCommand::OpenWorkspace);
                }
                if ui.button("Save workspace… (Ctrl+S)").clicked() {
                    commands.push(AppCommand::SaveWorkspace);
                }
            });
            let export = ui.button("Export image…");
            if export.on_hover_text("The dashboard or one panel as a PNG for a briefing (Ctrl+E)").clicked() {
                commands.push(AppCommand::ToggleExport);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| theme_ui(ui, commands));
        });
        ui.add_space(2.0);
    });
}

/// A typed path, for desktops where no file dialog can be shown.
fn path_ui(ui: &mut egui::Ui, path_entry: &mut String, commands: &mut Vec<AppCommand>) {
    let label = ui.label("Path:");
    let response = ui.add(
        egui::TextEdit::singleline(path_entry)
            .hint_text("type a file or folder path, Enter to add")
            .desired_width(260.0),
    );
    let response = response.labelled_by(label.id);
    let entered = response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
    if (entered || ui.button("Add").clicked()) && !path_entry.trim().is_empty() {
        commands.push(AppCommand::AddPaths(vec![PathBuf::from(path_entry.trim())]));
        path_entry.clear();
    }
}

/// Light, dark, or following the system, as words (the emoji icons are not in every font).
fn theme_ui(ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
    let current = ui.ctx().options(|options| options.theme_preference);
    for (preference, label) in [
        (egui::ThemePreference::Dark, "Dark"),
        (egui::ThemePreference::Light, "Light"),
        (egui::ThemePreference::System, "System"),
    ] {
        if ui.selectable_label(current == preference, label).clicked() && current != preference {
            commands.push(AppCommand::SetTheme(preference));
        }
    }
    ui.label(egui::RichText::new("Theme:").small());
}
