//! The Concordance panel: every occurrence of the search query (or, with no query, of the filtered actor under
//! all its names) with the words around it, aligned on the match, sortable by the words left or right of it; a
//! click opens the reader at that place.

use super::PanelInput;
use crate::app::commands::{AppCommand, set_analysis};
use crate::app::look::choice::choice_ui;
use crate::app::look::counts::{count, thousands};
use crate::app::look::elide::{elide_start, text_width};
use crate::app::look::palette::hit_background;
use crate::core::concordance::{Concordance, KwicSort, Line};
use crate::core::view_figures::{AnalysisChoices, Tab, ViewFigures};

/// Draws the panel's contents.
pub fn ui(ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) {
    ui.heading("Keyword in context");
    let found = match &input.derived.views.figures {
        ViewFigures::Concordance(found) => found,
        ViewFigures::NoConcordanceTarget => {
            ui.label("Type a word, \"phrase\" or prefix* in the search box, or pick an actor in the plot.");
            return;
        }
        _ => {
            ui.label("Looking…");
            return;
        }
    };
    if !input.presenting {
        controls_ui(ui, input, commands);
    }
    ui.label(egui::RichText::new(summary(input, found)).small().weak());
    if found.lines.is_empty() {
        return;
    }
    lines_ui(ui, input, found, commands);
}

/// "38 occurrences of "junta" · sorted by the words on the left".
fn summary(input: &PanelInput<'_>, found: &Concordance) -> String {
    let query = input.view.query.trim();
    let name = |actor: usize| input.corpus.dictionary.actors.get(actor).map_or("", |actor| actor.name.as_str());
    let what = match (input.view.analysis.pair, query, input.view.actor_filter) {
        (Some((actor, with)), _, _) => format!("{} in a sentence naming {}", name(actor), name(with)),
        (None, "", Some(actor)) => format!("{} (every name it goes by)", name(actor)),
        _ => format!("\u{201c}{query}\u{201d}"),
    };
    let sort = input.view.analysis.kwic_sort.label();
    if found.complete {
        return format!("{} of {what} · sorted by {sort}", count(found.lines.len(), "occurrence", "occurrences"));
    }
    format!(
        "The first {} occurrences of {what}, in the first {} of {} documents · sorted by {sort} among them",
        thousands(found.lines.len()),
        thousands(found.documents_read),
        thousands(found.documents)
    )
}

fn controls_ui(ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) {
    let choices = &input.view.analysis;
    ui.horizontal_wrapped(|ui| {
        let mut sort = choices.kwic_sort;
        choice_ui(ui, ("Sort by", "kwic_sort"), &mut sort, KwicSort::ALL, |sort| sort.label().to_owned());
        let mut width = choices.kwic_width;
        ui.add(egui::Slider::new(&mut width, 2..=15).text("words either side"));
        let mut all = choices.kwic_all;
        let stopped = matches!(&input.derived.views.figures, ViewFigures::Concordance(found) if !found.complete);
        if stopped && ui.button("Read every document").on_hover_text("List every occurrence (slower)").clicked() {
            all = true;
        }
        let mut pair = choices.pair;
        if pair.is_some()
            && ui.button("× Back to the search").on_hover_text("Show the query's occurrences again").clicked()
        {
            pair = None;
        }
        commands.extend(set_analysis(input.view, |choices| {
            (choices.kwic_sort, choices.kwic_width, choices.kwic_all, choices.pair) = (sort, width, all, pair);
        }));
    });
}

/// The widths of a line's columns: the words on either side, the match, the document.
#[derive(Clone, Copy)]
struct Columns {
    side: f32,
    matched: f32,
    source: f32,
    height: f32,
}

fn lines_ui(ui: &mut egui::Ui, input: &PanelInput<'_>, found: &Concordance, commands: &mut Vec<AppCommand>) {
    let height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let total_width = ui.available_width();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let widest = found.lines.iter().take(200).map(|line| text_width(ui, &line.matched, &font)).fold(0.0, f32::max);
    let matched = widest.clamp(30.0, 220.0) + 8.0;
    let source = (total_width * 0.18).clamp(90.0, 220.0);
    let side = ((total_width - source - matched) * 0.5 - 16.0).max(80.0);
    let columns = Columns { side, matched, source, height };
    egui::ScrollArea::vertical().auto_shrink(false).show_rows(ui, height, found.lines.len(), |ui, rows| {
        for line in found.lines.get(rows).unwrap_or_default() {
            let response = line_ui(ui, input, line, columns);
            if response.clicked() && !input.presenting {
                commands.push(AppCommand::Open { doc: line.doc, focus: Some(line.span.clone()) });
                commands
                    .push(AppCommand::SetAnalysis(AnalysisChoices { tab: Tab::Reader, ..input.view.analysis.clone() }));
            }
        }
    });
}

/// One line: the left words flush right against the match, the match marked, the right words, the document.
fn line_ui(ui: &mut egui::Ui, input: &PanelInput<'_>, line: &Line, columns: Columns) -> egui::Response {
    let Columns { side, matched, source, height } = columns;
    let dark = ui.visuals().dark_mode;
    let font = egui::TextStyle::Body.resolve(ui.style());
    let inner = ui.horizontal(|ui| {
        ui.set_height(height);
        let left = elide_start(ui, &line.left, &font, side - 4.0);
        ui.allocate_ui_with_layout(egui::vec2(side, height), egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(left);
        });
        let marked = egui::RichText::new(&line.matched).strong().background_color(hit_background(dark));
        ui.allocate_ui_with_layout(
            egui::vec2(matched, height),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                ui.add(egui::Label::new(marked).truncate());
            },
        );
        ui.allocate_ui_with_layout(egui::vec2(side, height), egui::Layout::left_to_right(egui::Align::Center), |ui| {
            ui.add(egui::Label::new(&line.right).truncate());
        });
        let document = input.corpus.documents.get(line.doc);
        let date = document.and_then(|d| d.published.as_ref()).map(|p| p.span.label()).unwrap_or_default();
        let title = document.map_or("", |document| document.title.as_str());
        // The outlet where the document names one, else its title (in full on hover).
        let outlet = document.and_then(|document| document.meta.outlet.as_deref()).unwrap_or(title);
        ui.allocate_ui_with_layout(
            egui::vec2(source, height),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                let source =
                    egui::Label::new(egui::RichText::new(format!("{date} {outlet}")).small().weak()).truncate();
                ui.add(source).on_hover_text(title);
            },
        );
    });
    let response =
        ui.interact(inner.response.rect, ui.scope_id().with(("kwic", line.doc, line.span.start)), egui::Sense::click());
    response.on_hover_text("Open the article here")
}
