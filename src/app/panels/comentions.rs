//! The Co-mentions panel: the most mentioned actors as a matrix of how often two are named in the same sentence
//! or document, as raw counts or as the Jaccard index (together over either), each cell shaded by its value; a
//! click on a cell shows the concordance of the pair (the articles that name both, read at the first actor).

use super::PanelInput;
use crate::app::commands::{AppCommand, set_analysis};
use crate::app::look::choice::choice_ui;
use crate::core::comentions::{CoMentions, Window};
use crate::core::view_figures::{Tab, ViewFigures};

/// Draws the panel's contents.
pub fn ui(ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) {
    ui.heading("Who appears with whom");
    let ViewFigures::CoMentions(found) = &input.derived.views.figures else {
        ui.label("Counting…");
        return;
    };
    if !input.presenting {
        controls_ui(ui, input, commands);
    }
    let choices = &input.view.analysis;
    let measure = if choices.jaccard { "Jaccard index (together ÷ either)" } else { "count" };
    let legend = format!("Cells: {measure} of {}s naming both", choices.window.label());
    ui.label(egui::RichText::new(legend).small().weak());
    if found.actors.len() < 2 {
        ui.label("Fewer than two actors are named in the documents shown.");
        return;
    }
    egui::ScrollArea::both().auto_shrink(false).show(ui, |ui| matrix_ui(ui, input, found, commands));
}

fn controls_ui(ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) {
    let choices = &input.view.analysis;
    ui.horizontal_wrapped(|ui| {
        let mut window = choices.window;
        let name = |window: Window| window.label().to_owned();
        choice_ui(ui, ("Together in the same", "comention_window"), &mut window, Window::ALL, name);
        let mut jaccard = choices.jaccard;
        ui.checkbox(&mut jaccard, "Jaccard index");
        let mut top = choices.top;
        ui.add(egui::Slider::new(&mut top, 3..=30).text("actors"));
        commands.extend(set_analysis(input.view, |choices| {
            (choices.window, choices.jaccard, choices.top) = (window, jaccard, top)
        }));
    });
}

/// The matrix: actor names down the left and (numbered) across the top, a shaded cell for each pair.
fn matrix_ui(ui: &mut egui::Ui, input: &PanelInput<'_>, found: &CoMentions, commands: &mut Vec<AppCommand>) {
    let names: Vec<String> = found
        .actors
        .iter()
        .map(|&actor| input.corpus.dictionary.actors.get(actor).map(|actor| actor.name.clone()).unwrap_or_default())
        .collect();
    let values = cell_values(found, input.view.analysis.jaccard);
    let most = values.iter().flatten().flatten().copied().fold(0.0, f64::max);
    // Cells narrow (down to a readable width) so the matrix fits beside its names.
    // Cells fill the room beside the names (a slide's matrix is read from the back of the room), narrowing down
    // to a readable width in a small window.
    let rows = names.len().max(1) as f32;
    let body = ui.text_style_height(&egui::TextStyle::Body);
    let wide = (ui.available_width() - 12.0 * body) / rows - 2.0;
    let high = (ui.available_height() - 2.0 * body) / (rows + 1.0) - 2.0;
    let cell = egui::vec2(wide.clamp(30.0, 96.0), high.clamp(body + 4.0, 2.2 * body));
    egui::Grid::new("comention_matrix").spacing([2.0, 2.0]).show(ui, |ui| {
        ui.label("");
        for (nth, name) in names.iter().enumerate() {
            let (rect, response) = ui.allocate_exact_size(cell, egui::Sense::hover());
            let ink = ui.visuals().weak_text_color();
            let font = egui::FontId::proportional(0.45 * cell.y);
            ui.painter().text(rect.center(), egui::Align2::CENTER_CENTER, (nth + 1).to_string(), font, ink);
            response.on_hover_text(name);
        }
        ui.end_row();
        for (row, name) in names.iter().enumerate() {
            ui.label(format!("{}. {name}", row + 1));
            for column in 0..names.len() {
                let value = values.get(row).and_then(|values| values.get(column)).copied().flatten();
                if cell_ui(ui, cell, value, (most, input.view.analysis.jaccard)).clicked()
                    && !input.presenting
                    && row != column
                {
                    pair_clicked(input, found, (row, column), commands);
                }
            }
            ui.end_row();
        }
    });
}

/// Each pair's value in the window asked for, by position; `None` on the diagonal.
fn cell_values(found: &CoMentions, jaccard: bool) -> Vec<Vec<Option<f64>>> {
    let value = |a: usize, b: usize| {
        let pair = found.pair(a, b);
        match (jaccard, found.window) {
            (true, _) => pair.map_or(0.0, |pair| pair.jaccard),
            (false, Window::Sentence) => pair.map_or(0.0, |pair| pair.sentences as f64),
            (false, Window::Document) => pair.map_or(0.0, |pair| pair.documents as f64),
        }
    };
    let actors = &found.actors;
    actors.iter().map(|&a| actors.iter().map(|&b| (a != b).then(|| value(a, b))).collect()).collect()
}

fn cell_ui(ui: &mut egui::Ui, size: egui::Vec2, value: Option<f64>, (most, jaccard): (f64, bool)) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click());
    let Some(value) = value else { return response };
    let dark = ui.visuals().dark_mode;
    let strength = if most > 0.0 { (value / most) as f32 } else { 0.0 };
    let (empty, full) = if dark {
        (egui::Color32::from_gray(40), egui::Color32::from_rgb(60, 140, 220))
    } else {
        (egui::Color32::from_gray(240), egui::Color32::from_rgb(0, 90, 170))
    };
    let fill = empty.lerp_to_gamma(full, strength);
    ui.painter().rect_filled(rect, 2.0, fill);
    let text = if jaccard { format!("{value:.2}") } else { format!("{value:.0}") };
    let ink = if strength > 0.55 { egui::Color32::WHITE } else { ui.visuals().text_color() };
    let font = egui::FontId::proportional((0.5 * size.y).clamp(11.0, 22.0));
    ui.painter().text(rect.center(), egui::Align2::CENTER_CENTER, text, font, ink);
    response.on_hover_text("Show where both are named")
}

/// Shows the concordance of the pair: the first actor's mentions in sentences that name the second.
fn pair_clicked(
    input: &PanelInput<'_>,
    found: &CoMentions,
    (row, column): (usize, usize),
    commands: &mut Vec<AppCommand>,
) {
    let (Some(&a), Some(&b)) = (found.actors.get(row), found.actors.get(column)) else { return };
    commands.extend(set_analysis(input.view, |choices| (choices.tab, choices.pair) = (Tab::Concordance, Some((a, b)))));
}
