//! The top bar: adding documents (dialogs or a typed path), the corpus and workspace windows, and the theme.

use std::path::PathBuf;

use super::AppCommand;

/// Draws the top bar.
pub fn ui(ui: &mut egui::Ui, path_entry: &mut String, commands: &mut Vec<AppCommand>) {
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
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), theme_ui);
        });
        ui.add_space(2.0);
        shortcuts(ui, commands);
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

fn shortcuts(ui: &egui::Ui, commands: &mut Vec<AppCommand>) {
    let folder = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::O);
    let files = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::O);
    let export = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::E);
    let save = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::S);
    if ui.input_mut(|input| input.consume_shortcut(&save)) {
        commands.push(AppCommand::SaveWorkspace);
    }
    if ui.input_mut(|input| input.consume_shortcut(&export)) {
        commands.push(AppCommand::ToggleExport);
    }
    if ui.input_mut(|input| input.consume_shortcut(&folder)) {
        commands.push(AppCommand::PickFolder);
    } else if ui.input_mut(|input| input.consume_shortcut(&files)) {
        commands.push(AppCommand::PickFiles);
    }
    if ui.input(|input| input.key_pressed(egui::Key::F11)) {
        let fullscreen = ui.input(|input| input.viewport().fullscreen.unwrap_or(false));
        ui.ctx().send_viewport_cmd(egui::ViewportCommand::Fullscreen(!fullscreen));
    }
}

/// Light, dark, or following the system, as words (the emoji icons are not in every font).
fn theme_ui(ui: &mut egui::Ui) {
    let mut preference = ui.ctx().options(|options| options.theme_preference);
    let before = preference;
    ui.selectable_value(&mut preference, egui::ThemePreference::Dark, "Dark");
    ui.selectable_value(&mut preference, egui::ThemePreference::Light, "Light");
    ui.selectable_value(&mut preference, egui::ThemePreference::System, "System");
    ui.label(egui::RichText::new("Theme:").small());
    if preference != before {
        ui.ctx().set_theme(preference);
    }
}
