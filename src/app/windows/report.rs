//! The load report: every file that did not load, and why.

use crate::app::commands::AppCommand;
use crate::app::look::counts::count;
use crate::core::readers::Problem;

/// The report window: shown or not.
#[derive(Debug, Default)]
pub struct ReportWindow {
    /// Whether it is shown.
    pub open: bool,
}

impl ReportWindow {
    /// Draws the report window while it is open.
    pub fn ui(&mut self, ctx: &egui::Context, problems: &[Problem], commands: &mut Vec<AppCommand>) {
        window_ui(ctx, &mut self.open, problems, commands);
    }
}

fn window_ui(ctx: &egui::Context, open: &mut bool, problems: &[Problem], commands: &mut Vec<AppCommand>) {
    let centre = ctx.content_rect().center();
    let window = egui::Window::new("Files left out").open(open).default_width(640.0);
    window.pivot(egui::Align2::CENTER_CENTER).default_pos(centre).show(ctx, |ui| {
        let what = count(problems.len(), "file or folder", "files or folders");
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
                    ui.horizontal(|ui| {
                        ui.label(&problem.reason);
                        choice_ui(ui, problem, commands);
                    });
                    ui.end_row();
                }
            });
        });
    });
}

/// For a table whose text column was guessed, or not found: a menu of its columns to read it again with.
fn choice_ui(ui: &mut egui::Ui, problem: &Problem, commands: &mut Vec<AppCommand>) {
    if problem.choices.is_empty() {
        return;
    }
    let file = problem.path.display().to_string();
    let label = ui.label("Read the text from:");
    let combo = egui::ComboBox::from_id_salt(("text_column", &file)).selected_text("a column…");
    let shown = combo.show_ui(ui, |ui| {
        for column in &problem.choices {
            if ui.selectable_label(false, column).clicked() {
                commands.push(AppCommand::ChooseTextColumn { file: file.clone(), column: column.clone() });
            }
        }
    });
    shown.response.labelled_by(label.id);
}
