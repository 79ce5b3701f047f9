//! The top bar: adding documents (dialogs or a typed path), the corpus and workspace windows, image export, and
//! the theme. It never overlaps itself: the path box gives up width first, and the bar wraps when the window is
//! narrower still.

use std::path::PathBuf;

use crate::app::commands::AppCommand;

/// The width the bar's buttons and labels take besides the path box and the theme, in points (measured at the
/// window's text sizes, with room to spare).
const BUTTONS_WIDTH: f32 = 840.0;

/// The width the theme's menu takes on the bar; narrower than the buttons, the box and this, the theme folds
/// into the *Workspace* menu.
const THEME_WIDTH: f32 = 140.0;

/// The top bar's own state: the text typed in the path box.
#[derive(Debug, Default)]
pub struct TopBar {
    path_entry: String,
}

impl TopBar {
    /// Draws the top bar.
    pub fn ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
        egui::Panel::top("top_bar").show(ui, |ui| {
            ui.add_space(4.0);
            let room = ui.available_width();
            let theme_apart = room >= BUTTONS_WIDTH + 200.0 + THEME_WIDTH;
            let path_width = (room - BUTTONS_WIDTH - if theme_apart { THEME_WIDTH } else { 0.0 }).clamp(140.0, 300.0);
            ui.horizontal_wrapped(|ui| {
                ui.heading(egui::RichText::new("geodash").strong());
                ui.separator();
                adding_ui(ui, &mut self.path_entry, path_width, commands);
                ui.separator();
                corpus_ui(ui, !theme_apart, commands);
                if theme_apart {
                    ui.separator();
                    theme_ui(ui, commands);
                }
            });
            ui.add_space(2.0);
        });
    }
}

fn adding_ui(ui: &mut egui::Ui, path_entry: &mut String, path_width: f32, commands: &mut Vec<AppCommand>) {
    let files = "Add documents: text, web pages, PDF, Word, OpenDocument, RTF, e-mail, CSV/JSON exports, ZIP (Ctrl+O)";
    if ui.button("Add files…").on_hover_text(files).clicked() {
        commands.push(AppCommand::PickFiles);
    }
    if ui.button("Add folder…").on_hover_text("Add every readable file in a folder (Ctrl+Shift+O)").clicked() {
        commands.push(AppCommand::PickFolder);
    }
    path_ui(ui, path_entry, path_width, commands);
}

/// The corpus window, the actors menu, the workspace menu (holding the theme too when `theme_inside`), image
/// export.
fn corpus_ui(ui: &mut egui::Ui, theme_inside: bool, commands: &mut Vec<AppCommand>) {
    if ui.button("Corpus…").on_hover_text("What the corpus is made of; remove a source or start anew").clicked() {
        commands.push(AppCommand::ToggleCorpusWindow);
    }
    ui.menu_button("Actors", |ui| {
        if ui.button("Edit actors…").on_hover_text("Every actor: add, rename, merge, split, remove").clicked() {
            commands.push(AppCommand::ToggleActorsWindow);
        }
        let candidates = ui.button("Candidate actors…");
        if candidates.on_hover_text("Names this corpus is about that the dictionary does not know").clicked() {
            commands.push(AppCommand::ToggleCandidates);
        }
        ui.separator();
        if ui.button("Undo the last actor edit (Ctrl+Z)").clicked() {
            commands.push(AppCommand::UndoActors);
        }
        if ui.button("Redo (Ctrl+Shift+Z)").clicked() {
            commands.push(AppCommand::RedoActors);
        }
    });
    ui.menu_button("Workspace", |ui| {
        if ui.button("Open workspace…").clicked() {
            commands.push(AppCommand::OpenWorkspace);
        }
        if ui.button("Save workspace… (Ctrl+S)").clicked() {
            commands.push(AppCommand::SaveWorkspace);
        }
        if theme_inside {
            ui.separator();
            ui.menu_button("Theme", |ui| theme_choices_ui(ui, commands));
        }
    });
    let export = ui.button("Export image…");
    if export.on_hover_text("The dashboard or one panel as a PNG or a slide for a briefing (Ctrl+E)").clicked() {
        commands.push(AppCommand::ToggleExport);
    }
}

/// A typed path, for desktops where no file dialog can be shown.
fn path_ui(ui: &mut egui::Ui, path_entry: &mut String, width: f32, commands: &mut Vec<AppCommand>) {
    let label = ui.label("Path:");
    let edit = egui::TextEdit::singleline(path_entry).hint_text("a file or folder, Enter to add").desired_width(width);
    let response = ui.add(edit).labelled_by(label.id);
    let entered = response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
    if (entered || ui.button("Add").clicked()) && !path_entry.trim().is_empty() {
        commands.push(AppCommand::AddPaths(vec![PathBuf::from(path_entry.trim())]));
        path_entry.clear();
    }
}

/// Light, dark, or following the system, in a small menu (words, not icons: emoji are not in every font).
fn theme_ui(ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
    let current = ui.ctx().options(|options| options.theme_preference);
    let combo = egui::ComboBox::from_id_salt("theme").selected_text(format!("Theme: {}", theme_name(current)));
    let shown = combo.width(110.0).show_ui(ui, |ui| theme_choices_ui(ui, commands));
    shown.response.on_hover_text("Light for print, dark for screens, or as the desktop is");
}

fn theme_choices_ui(ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
    let current = ui.ctx().options(|options| options.theme_preference);
    for preference in [egui::ThemePreference::Dark, egui::ThemePreference::Light, egui::ThemePreference::System] {
        if ui.selectable_label(current == preference, theme_name(preference)).clicked() && current != preference {
            commands.push(AppCommand::SetTheme(preference));
        }
    }
}

fn theme_name(preference: egui::ThemePreference) -> &'static str {
    match preference {
        egui::ThemePreference::Dark => "Dark",
        egui::ThemePreference::Light => "Light",
        egui::ThemePreference::System => "System",
    }
}
