//! The Trends panel: mentions of the chosen actors (the five most mentioned unless picked) per period, as
//! lines, with switches for the period and the measure; hover gives the figures, a click on a period filters
//! every panel to it. Documents without a date, or dated more vaguely than the period, are counted apart and
//! said so.

use egui_plot::{AxisHints, HoverPosition, Line, Plot, PlotPoints, Points};

use super::PanelInput;
use super::calendar_axis::{calendar_marks, date_label, day_from_number, day_number};
use crate::app::commands::{AppCommand, set_analysis};
use crate::app::look::choice::choice_ui;
use crate::app::look::counts::{count, thousands};
use crate::core::trends::{DateBasis, Step, TrendMeasure, Trends};
use crate::core::view_figures::{MOST_TRENDS, ViewFigures};

/// Line colours, told apart in both themes and by most colour-blind readers (Okabe and Ito's palette).
const COLORS: [egui::Color32; MOST_TRENDS] = [
    egui::Color32::from_rgb(0, 114, 178),
    egui::Color32::from_rgb(230, 159, 0),
    egui::Color32::from_rgb(0, 158, 115),
    egui::Color32::from_rgb(204, 121, 167),
    egui::Color32::from_rgb(213, 94, 0),
    egui::Color32::from_rgb(86, 180, 233),
    egui::Color32::from_rgb(150, 150, 150),
    egui::Color32::from_rgb(200, 180, 40),
];

/// The colour of the `nth` line.
pub fn line_color(nth: usize) -> egui::Color32 {
    COLORS[nth % COLORS.len()]
}

/// Draws the panel's contents.
pub fn ui(ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) {
    ui.heading("Mentions over time");
    let ViewFigures::Trends(trends) = &input.derived.views.figures else {
        ui.label("Counting…");
        return;
    };
    if !input.presenting {
        controls_ui(ui, input, trends, commands);
    }
    ui.label(egui::RichText::new(note(trends, input.view.analysis.trend_measure)).small().weak());
    if trends.periods.is_empty() || trends.series.is_empty() {
        ui.label("No dated document names these actors.");
        return;
    }
    plot_ui(ui, input, trends, commands);
}

/// What the lines show and what they leave out.
fn note(trends: &Trends, measure: TrendMeasure) -> String {
    let (step, basis) = (trends.step.label(), trends.basis.label());
    let mut note = format!("{} per {step}, by {basis}", measure.label());
    let (one, many, without) = match trends.basis {
        DateBasis::Published => ("document", "documents", "without a date"),
        DateBasis::Mentioned => ("mention", "mentions", "with no date in their sentence"),
    };
    if trends.undated > 0 {
        note += &format!(" · {} {without} not shown", count(trends.undated, one, many));
    }
    if trends.too_vague > 0 {
        note += &format!(" · {} dated more vaguely than a {step} not shown", count(trends.too_vague, one, many));
    }
    note
}

fn controls_ui(ui: &mut egui::Ui, input: &PanelInput<'_>, trends: &Trends, commands: &mut Vec<AppCommand>) {
    let choices = &input.view.analysis;
    ui.horizontal_wrapped(|ui| {
        let mut step = choices.step;
        let steps = std::iter::once(None).chain(Step::ALL.map(Some));
        let name = |step: Option<Step>| {
            step.map_or_else(|| format!("auto ({})", trends.step.label()), |s| s.label().to_owned())
        };
        choice_ui(ui, ("Per", "trend_step"), &mut step, steps, name);
        let mut measure = choices.trend_measure;
        let name = |measure: TrendMeasure| measure.label().to_owned();
        choice_ui(ui, ("measure", "trend_measure"), &mut measure, TrendMeasure::ALL, name);
        let mut basis = choices.basis;
        choice_ui(ui, ("by", "trend_basis"), &mut basis, DateBasis::ALL, |basis| basis.label().to_owned());
        let before = series_actors(trends);
        let mut actors = before.clone();
        ui.menu_button("Actors…", |ui| actors_menu_ui(ui, input, &mut actors));
        let mut followed = if actors == before { choices.trend_actors.clone() } else { actors };
        if !choices.trend_actors.is_empty() && ui.button("Top five").clicked() {
            followed.clear();
        }
        commands.extend(set_analysis(input.view, |choices| {
            (choices.step, choices.trend_measure, choices.trend_actors, choices.basis) =
                (step, measure, followed, basis);
        }));
    });
}

fn series_actors(trends: &Trends) -> Vec<usize> {
    trends.series.iter().map(|series| series.actor).collect()
}

/// Check boxes for the most mentioned actors of the documents shown; at most eight lines.
fn actors_menu_ui(ui: &mut egui::Ui, input: &PanelInput<'_>, actors: &mut Vec<usize>) {
    ui.label(egui::RichText::new(format!("Follow up to {MOST_TRENDS}")).small().weak());
    egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
        for row in input.derived.figures.actor_rows.iter().filter(|row| row.mentions > 0).take(40) {
            let mut on = actors.contains(&row.actor);
            let full = actors.len() >= MOST_TRENDS && !on;
            let label = format!("{} ({})", row.name, thousands(row.mentions));
            if ui.add_enabled(!full, egui::Checkbox::new(&mut on, label)).changed() {
                match on {
                    true => actors.push(row.actor),
                    false => actors.retain(|&actor| actor != row.actor),
                }
            }
        }
    });
}

fn plot_ui(ui: &mut egui::Ui, input: &PanelInput<'_>, trends: &Trends, commands: &mut Vec<AppCommand>) {
    let measure = input.view.analysis.trend_measure;
    let xs: Vec<f64> = trends.periods.iter().map(|period| day_number(period.start)).collect();
    let names: Vec<String> = trends.series.iter().map(|series| actor_name(input, series.actor)).collect();
    let label = |position: &HoverPosition<'_>| hover_label(trends, &names, measure, position);
    legend_ui(ui, &names);
    let response = Plot::new("trends_plot")
        .allow_scroll(false)
        .allow_drag(!input.presenting)
        .x_grid_spacer(calendar_marks)
        .custom_x_axes(vec![
            AxisHints::new_x()
                .formatter(|mark, range| date_label(mark.value, mark.step_size, range))
                .label_spacing(70.0..=90.0),
        ])
        .y_axis_label(measure.label())
        .include_y(0.0)
        .label_formatter(label)
        .show(ui, |plot_ui| {
            for (nth, series) in trends.series.iter().enumerate() {
                let values: Vec<[f64; 2]> = series
                    .counts
                    .iter()
                    .enumerate()
                    .filter_map(|(at, &count)| Some([*xs.get(at)?, trends.value(count, at, measure)]))
                    .collect();
                let name = names.get(nth).cloned().unwrap_or_default();
                plot_ui
                    .line(Line::new(name.clone(), PlotPoints::from(values.clone())).color(line_color(nth)).width(2.0));
                plot_ui.points(Points::new(name, PlotPoints::from(values)).color(line_color(nth)).radius(2.5));
            }
        });
    let clicked = response.response.clicked() && !input.presenting;
    let pointer = response.response.interact_pointer_pos().filter(|_| clicked);
    if let Some(x) = pointer.map(|at| response.transform.value_from_position(at).x) {
        commands.extend(period_at(trends, x).map(|range| AppCommand::FilterDates(Some(range))));
    }
}

/// The lines' names with their colours, on one line above the plot, so no line is hidden under them.
fn legend_ui(ui: &mut egui::Ui, names: &[String]) {
    ui.horizontal_wrapped(|ui| {
        for (nth, name) in names.iter().enumerate() {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(18.0, 10.0), egui::Sense::hover());
            ui.painter()
                .line_segment([rect.left_center(), rect.right_center()], egui::Stroke::new(3.0, line_color(nth)));
            ui.label(name);
            ui.add_space(8.0);
        }
    });
}

fn actor_name(input: &PanelInput<'_>, actor: usize) -> String {
    input.corpus.dictionary.actors.get(actor).map(|actor| actor.name.clone()).unwrap_or_default()
}

/// "Russia · 2023-08-01 (month): 3 mentions, in 1 of 2 documents".
fn hover_label(
    trends: &Trends,
    names: &[String],
    measure: TrendMeasure,
    position: &HoverPosition<'_>,
) -> Option<String> {
    let HoverPosition::NearDataPoint { plot_name, index, .. } = position else { return None };
    let nth = names.iter().position(|name| name == plot_name)?;
    let (period, tally) = (trends.periods.get(*index)?, *trends.series.get(nth)?.counts.get(*index)?);
    let value = trends.value(tally, *index, measure);
    let figure = match measure {
        TrendMeasure::Mentions => count(tally.mentions, "mention", "mentions"),
        TrendMeasure::Documents => format!("{value:.1} % of documents"),
        TrendMeasure::PerThousand => format!("{value:.2} per 1,000 words"),
    };
    let documents =
        format!("in {} of {}", thousands(tally.documents), count(period.documents, "document", "documents"));
    Some(format!(
        "{plot_name}\n{} ({})\n{figure}, {documents}\nclick to show this {}",
        period.start,
        trends.step.label(),
        trends.step.label()
    ))
}

/// The first and last day of the period under `x`.
fn period_at(trends: &Trends, x: f64) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    let day = day_from_number(x)?;
    let start = trends.step.start_of(day);
    trends
        .periods
        .iter()
        .any(|period| period.start == start)
        .then(|| (start, trends.step.next(start).pred_opt().unwrap_or(start)))
}
