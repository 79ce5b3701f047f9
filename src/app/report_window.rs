//! The load report: every file that did not load, and why.

use super::AppCommand;
use crate::core::readers::Problem;

/// Draws the report window while `open`.
pub fn ui(ctx: &egui::Context, open: &mut bool, problems: &[Problem], commands: &mut Vec<AppCommand>) {
    let centre = ctx.content_rect().center();
    let window = egui::Window::new("Files left out").open(open).default_width(640.0);
    window.pivot(egui::Align2::CENTER_CENTER).default_pos(centre).show(ctx, |ui| {
        let what = super::status_bar::count(problems.len(), "file or folder", "files or folders");
        ui.horizontal(|ui| {
            ui.label(format!("{what} did not become documents:"));
            if ui.button("Save as CSV…").on_hover_text("Save this report as a table").clicked() {
                commands.push(AppCommand::SaveReport);
            }
        });
        egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
            egui::Grid::new("load_report").striped(true).num_columns(3).show(ui, |ui| {
                for problem in problems {
                    ui.label(problem.outcome.label());
                    ui.label(problem.path.display().to_string());
                    ui.label(&problem.reason);
                    ui.end_row();
                }
            });
        });
    });
}
