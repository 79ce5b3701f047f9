//! The status line: corpus, documents, words, date span, loading progress, the load report and the latest
//! notice.

use super::AppCommand;
use super::counts::count;
use super::loader::Load;
use crate::core::corpus::Corpus;
use crate::core::readers::{Outcome, Problem};

/// Draws the status line at the bottom of the window.
pub fn ui(
    ui: &mut egui::Ui,
    corpus: &Corpus,
    load: Option<&Load>,
    problems: &[Problem],
    notice: Option<&str>,
    commands: &mut Vec<AppCommand>,
) {
    egui::Panel::bottom("status_bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(summary(corpus));
            if !problems.is_empty() {
                let text = problems_label(problems);
                let button = egui::Button::new(egui::RichText::new(text).color(ui.visuals().warn_fg_color));
                if ui.add(button).on_hover_text("Show which files and why").clicked() {
                    commands.push(AppCommand::ToggleReport);
                }
            }
            if let Some(load) = load {
                let (fraction, text) = load.progress.describe();
                ui.add(egui::ProgressBar::new(fraction).text(text).desired_width(320.0).animate(true));
            }
            if let Some(notice) = notice {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.add(egui::Label::new(egui::RichText::new(notice).small()).truncate());
                });
            }
        });
    });
}

/// "3 files left out", "1 file to check", or both.
fn problems_label(problems: &[Problem]) -> String {
    let unsure = problems.iter().filter(|problem| problem.outcome == Outcome::Unsure).count();
    let left_out = problems.len() - unsure;
    let mut parts = Vec::new();
    if left_out > 0 {
        parts.push(format!("{} left out", count(left_out, "file", "files")));
    }
    if unsure > 0 {
        parts.push(format!("{} to check", count(unsure, "file", "files")));
    }
    parts.join(", ")
}

/// "Corpus NAME · 5 documents · 2,345 words · published 2023-12-05 to 2024-05-02 · 3 undated".
pub fn summary(corpus: &Corpus) -> String {
    let mut parts = vec![
        format!("Corpus: {}", corpus.name),
        count(corpus.documents.len(), "document", "documents"),
        count(corpus.word_count(), "word", "words"),
    ];
    match corpus.date_span() {
        Some((first, last)) => parts.push(format!("published {} to {}", first.label(), last.label())),
        None => parts.push("no publication dates".to_owned()),
    }
    let undated = corpus.undated_count();
    if undated > 0 && undated < corpus.documents.len() {
        parts.push(format!("{undated} undated"));
    }
    parts.join("  ·  ")
}
