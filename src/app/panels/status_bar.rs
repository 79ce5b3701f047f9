//! The status line: corpus, documents, words, date span, loading progress, the load report and the latest
//! news; above it, while there are any, the errors, each until dismissed.

use crate::app::commands::AppCommand;
use crate::app::corpus_session::ProblemTally;
use crate::app::jobs::loader::Progress;
use crate::app::look::counts::count;
use crate::app::look::elide::text_width;
use crate::app::notices::{News, Notices};
use crate::core::corpus::Corpus;
use crate::core::dates::span_label;
use crate::core::readers::Problem;

/// What the status line shows besides the corpus.
pub struct StatusInput<'a> {
    /// The running load's progress, if one runs.
    pub progress: Option<&'a Progress>,
    /// The files that did not load.
    pub problems: &'a [Problem],
    /// The news and errors.
    pub notices: &'a Notices,
}

/// Draws the status line at the bottom of the window, and the errors above it.
pub fn ui(ui: &mut egui::Ui, corpus: &Corpus, status: &StatusInput<'_>, commands: &mut Vec<AppCommand>) {
    let StatusInput { progress, problems, notices } = *status;
    let notice = notices.latest();
    let mut offered = None;
    egui::Panel::bottom("status_bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            // The news keeps up to half the line at its right end; the corpus's summary is cut to what is left.
            let total = ui.available_width();
            let news_width = notice.map_or(0.0, |news| news_width(ui, news)).min(total * 0.5);
            let height = ui.spacing().interact_size.y;
            let left = egui::Layout::left_to_right(egui::Align::Center);
            ui.allocate_ui_with_layout(egui::vec2(total - news_width, height), left, |ui| {
                corpus_ui(ui, corpus, problems, progress, commands);
            });
            let Some(news) = notice else { return };
            let right = egui::Layout::right_to_left(egui::Align::Center);
            ui.allocate_ui_with_layout(egui::vec2(ui.available_width(), height), right, |ui| {
                if let Some((label, command)) = &news.action
                    && ui.small_button(label).clicked()
                {
                    offered = Some(command.clone());
                }
                ui.add(egui::Label::new(egui::RichText::new(&news.text).small()).truncate());
            });
        });
    });
    commands.extend(offered);
    errors_ui(ui, notices.errors(), commands);
}

/// The corpus's summary (cut to fit), its problems, the running load.
fn corpus_ui(
    ui: &mut egui::Ui,
    corpus: &Corpus,
    problems: &[Problem],
    progress: Option<&Progress>,
    commands: &mut Vec<AppCommand>,
) {
    let progress = progress.map(Progress::describe);
    let problem_text = (!problems.is_empty()).then(|| problems_label(problems));
    // What follows the summary is laid out at its full width; the summary gets the rest.
    let small = egui::TextStyle::Body.resolve(ui.style());
    let mut after = if progress.is_some() { 310.0 } else { 0.0 };
    after += problem_text.as_ref().map_or(0.0, |text| text_width(ui, text, &small) + 24.0);
    let summary = summary(corpus);
    let room = egui::vec2((ui.available_width() - after).max(60.0), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(room, egui::Layout::left_to_right(egui::Align::Center), |ui| {
        ui.add(egui::Label::new(&summary).truncate()).on_hover_text(&summary);
    });
    if let Some(text) = problem_text {
        let button = egui::Button::new(egui::RichText::new(text).color(ui.visuals().warn_fg_color));
        if ui.add(button).on_hover_text("Show which files and why").clicked() {
            commands.push(AppCommand::ToggleReport);
        }
    }
    if let Some((fraction, text)) = progress {
        ui.add(egui::ProgressBar::new(fraction).text(text).desired_width(300.0).animate(true));
    }
}

/// The width the news and its button take.
fn news_width(ui: &egui::Ui, news: &News) -> f32 {
    let small = egui::TextStyle::Small.resolve(ui.style());
    let button = news.action.as_ref().map_or(0.0, |(label, _)| text_width(ui, label, &small) + 24.0);
    text_width(ui, &news.text, &small) + button + 16.0
}

/// Each error not yet dismissed, in the theme's error colour, with a button to dismiss it.
fn errors_ui(ui: &mut egui::Ui, errors: &[String], commands: &mut Vec<AppCommand>) {
    if errors.is_empty() {
        return;
    }
    egui::Panel::bottom("errors").show(ui, |ui| {
        for (index, error) in errors.iter().enumerate() {
            ui.horizontal(|ui| {
                if ui.small_button("Dismiss").clicked() {
                    commands.push(AppCommand::DismissError(index));
                }
                ui.add(egui::Label::new(egui::RichText::new(error).color(ui.visuals().error_fg_color)).wrap());
            });
        }
    });
}

/// "3 files left out", "14 duplicates counted once", "1 file to check", as many as apply.
fn problems_label(problems: &[Problem]) -> String {
    let tally = ProblemTally::of(problems);
    let mut parts = Vec::new();
    if tally.left_out > 0 {
        parts.push(format!("{} left out", count(tally.left_out, "file", "files")));
    }
    if tally.duplicates > 0 {
        parts.push(format!("{} counted once", count(tally.duplicates, "duplicate", "duplicates")));
    }
    if tally.unsure > 0 {
        parts.push(format!("{} to check", count(tally.unsure, "file", "files")));
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
        Some((first, last)) => parts.push(format!("published {}", span_label(&first, &last))),
        None => parts.push("no publication dates".to_owned()),
    }
    let undated = corpus.undated_count();
    if undated > 0 && undated < corpus.documents.len() {
        parts.push(format!("{undated} undated"));
    }
    parts.join("  ·  ")
}
