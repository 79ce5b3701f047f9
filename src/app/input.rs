//! What the analyst asks for without a widget: files dropped on the window and keyboard shortcuts.

use std::path::PathBuf;

use super::commands::AppCommand;

/// The commands this frame's input asks for.
pub fn commands(ctx: &egui::Context) -> Vec<AppCommand> {
    let mut commands = Vec::new();
    let dropped: Vec<PathBuf> = ctx.input(|input| {
        input
            .raw
            .dropped_files
            .iter()
            .map(|file| file.path().to_path_buf())
            .filter(|path| !path.as_os_str().is_empty())
            .collect()
    });
    if !dropped.is_empty() {
        commands.push(AppCommand::AddPaths(dropped));
    }
    shortcuts(ctx, &mut commands);
    commands
}

/// Ctrl+O, Ctrl+Shift+O, Ctrl+S, Ctrl+E, F11 for full screen, Ctrl+Z and Ctrl+Shift+Z for the actors, Alt+Left
/// and Alt+Right through selections (Ctrl+F is the search box's own).
fn shortcuts(ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
    let folder = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::O);
    let files = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::O);
    let export = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::E);
    let save = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::S);
    if ctx.input_mut(|input| input.consume_shortcut(&save)) {
        commands.push(AppCommand::SaveWorkspace);
    }
    if ctx.input_mut(|input| input.consume_shortcut(&export)) {
        commands.push(AppCommand::ToggleExport);
    }
    if ctx.input_mut(|input| input.consume_shortcut(&folder)) {
        commands.push(AppCommand::PickFolder);
    } else if ctx.input_mut(|input| input.consume_shortcut(&files)) {
        commands.push(AppCommand::PickFiles);
    }
    if ctx.input(|input| input.key_pressed(egui::Key::F11)) {
        commands.push(AppCommand::ToggleFullscreen);
    }
    actor_shortcuts(ctx, commands);
    selection_shortcuts(ctx, commands);
}

/// Alt+Left and Alt+Right step back and forward through selections, unless a text box has the keyboard.
fn selection_shortcuts(ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
    if ctx.memory(|memory| memory.focused().is_some()) {
        return;
    }
    let back = egui::KeyboardShortcut::new(egui::Modifiers::ALT, egui::Key::ArrowLeft);
    let forward = egui::KeyboardShortcut::new(egui::Modifiers::ALT, egui::Key::ArrowRight);
    if ctx.input_mut(|input| input.consume_shortcut(&back)) {
        commands.push(AppCommand::SelectionBack);
    } else if ctx.input_mut(|input| input.consume_shortcut(&forward)) {
        commands.push(AppCommand::SelectionForward);
    }
}

/// Ctrl+Z and Ctrl+Shift+Z undo and redo actor edits, unless a text box has the keyboard (its own undo then).
fn actor_shortcuts(ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
    if ctx.memory(|memory| memory.focused().is_some()) {
        return;
    }
    let redo = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::Z);
    let undo = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Z);
    if ctx.input_mut(|input| input.consume_shortcut(&redo)) {
        commands.push(AppCommand::RedoActors);
    } else if ctx.input_mut(|input| input.consume_shortcut(&undo)) {
        commands.push(AppCommand::UndoActors);
    }
}
