//! The actor mention-frequency plot: the top actors as bars, a switch between measures, hover for the
//! figures, a click on a bar to filter the article list.

use egui_plot::{Bar, BarChart, Plot};

use super::PanelInput;
use crate::app::commands::AppCommand;
use crate::app::derived::Derived;
use crate::app::look::counts::{count, thousands};
use crate::app::look::elide::text_width;
use crate::app::look::palette::{kind_color, kind_legend_ui};
use crate::core::stats::{ActorRow, Measure, People, top_by};
use crate::core::view::ViewState;

/// How many actors the plot shows.
pub const TOP_ACTORS: usize = 15;

/// The id of the actor plot, under which egui_plot keeps its memory (tests read the bar positions from it).
pub fn plot_id() -> egui::Id {
    egui::Id::unique("actor_plot")
}

/// Draws the actor panel on the left, as wide as `width` allows; gives back where it is.
pub fn ui(
    ui: &mut egui::Ui,
    input: &PanelInput<'_>,
    width: egui::Rangef,
    commands: &mut Vec<AppCommand>,
) -> egui::Rect {
    let panel = egui::Panel::left("actors_panel").resizable(true).size_range(width).show(ui, |ui| {
        // Hold the width the analyst gave the panel, whatever the content, so nothing jumps while typing.
        ui.set_min_width(ui.available_width());
        contents_ui(ui, input, commands);
    });
    panel.response.rect
}

/// The panel's contents, wherever they are placed (a column of the window, or half a slide).
pub fn contents_ui(ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) {
    ui.add_space(4.0);
    ui.heading("Who is mentioned");
    if input.presenting {
        let measure = input.view.measure.label().to_lowercase();
        let people = match input.view.people {
            People::Apart => "",
            People::WithTheirState => "; people also counted for the state they served",
        };
        ui.label(egui::RichText::new(format!("Bars: {measure}{people}")).small().weak());
    } else {
        measure_switch_ui(ui, input.view, commands);
    }
    let rows = plotted_rows(input.derived, input.view);
    filter_line_ui(ui, input, commands);
    if rows.is_empty() {
        ui.label("No actor is mentioned in the documents shown.");
        return;
    }
    kind_legend_ui(ui);
    // Each bar needs room for its name: in a short window, fewer bars.
    let fitting = ((ui.available_height() - 50.0) / bar_spacing(ui)).floor().max(3.0) as usize;
    plot_ui(ui, &rows[..rows.len().min(fitting)], input.view, commands);
}

/// The least height, in points, a bar needs for the name beside it (egui_plot leaves out a name taller than
/// the space between bars).
fn bar_spacing(ui: &egui::Ui) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    ui.fonts_mut(|fonts| fonts.row_height(&font)) + 2.0
}

/// The rows the plot shows: the top actors by the chosen measure.
pub fn plotted_rows(derived: &Derived, view: &ViewState) -> Vec<ActorRow> {
    top_by(&derived.figures.actor_rows, view.measure, TOP_ACTORS)
}

fn measure_switch_ui(ui: &mut egui::Ui, view: &ViewState, commands: &mut Vec<AppCommand>) {
    ui.horizontal_wrapped(|ui| {
        for choice in Measure::ALL {
            if ui.selectable_label(view.measure == choice, choice.label()).clicked() && view.measure != choice {
                commands.push(AppCommand::SetMeasure(choice));
            }
        }
    });
    ui.horizontal(|ui| {
        let mut with_state = view.people == People::WithTheirState;
        let hint = "A person's mentions count for the state whose office they held on the article's date as well \
                    (Bazoum for Niger until 26 July 2023); each person keeps their own bar";
        if ui.checkbox(&mut with_state, "People with their state").on_hover_text(hint).changed() {
            commands.push(AppCommand::SetPeople(if with_state { People::WithTheirState } else { People::Apart }));
        }
    });
}

fn filter_line_ui(ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) {
    let (view, derived) = (input.view, input.derived);
    let Some(actor) = view.actor_filter else {
        if !input.presenting {
            ui.label(egui::RichText::new("Click a bar to filter the articles.").small().weak());
        }
        return;
    };
    let name =
        derived.figures.actor_rows.iter().find(|row| row.actor == actor).map_or("actor", |row| row.name.as_str());
    let also = "its bar is outlined; the others: who else its articles name";
    if input.presenting {
        ui.label(format!("Filtered to {name}"));
        ui.label(egui::RichText::new(also).small().weak());
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("Filtered to {name}"));
        if ui.button("Clear actor filter").clicked() {
            commands.push(AppCommand::FilterActor(None));
        }
    });
    ui.label(egui::RichText::new(also).small().weak());
}

/// The least width of the actor names beside the bars.
const Y_AXIS_WIDTH: f32 = 120.0;

/// The width the actor names beside the bars take: the widest, so none is cut or left out.
fn names_width(ui: &egui::Ui, rows: &[ActorRow]) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let widest = rows.iter().map(|row| text_width(ui, &row.name, &font)).fold(0.0, f32::max);
    (widest + 10.0).max(Y_AXIS_WIDTH)
}

/// The y position of the bar at `rank` (0 = top actor): the top actor is drawn at the top.
fn bar_position(rank: usize, count: usize) -> f64 {
    (count - 1 - rank) as f64
}

fn plot_ui(ui: &mut egui::Ui, rows: &[ActorRow], view: &ViewState, commands: &mut Vec<AppCommand>) {
    let dark = ui.visuals().dark_mode;
    let measure = view.measure;
    let count = rows.len();
    let bars: Vec<Bar> = rows
        .iter()
        .enumerate()
        .map(|(rank, row)| {
            let bar = Bar::new(bar_position(rank, count), row.value(measure)).name(&row.name);
            let bar = bar.fill(kind_color(row.kind, dark)).width(0.7);
            // The actor the list is filtered to is outlined; the others are who else its articles name.
            match view.actor_filter == Some(row.actor) {
                true => bar.stroke(egui::Stroke::new(2.5, ui.visuals().strong_text_color())),
                false => bar,
            }
        })
        .collect();
    let chart = BarChart::new(measure.label(), bars).horizontal().allow_hover(false);
    let names: Vec<String> = rows.iter().map(|row| row.name.clone()).collect();
    let longest = rows.iter().map(|row| row.value(measure)).fold(0.0, f64::max);
    let headroom = label_headroom(ui, rows, measure);
    let plot = Plot::new("actor_plot")
        .id(plot_id())
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_crosshair(false)
        .show_grid([true, false])
        .include_x(0.0)
        .include_y(-0.6)
        .include_y(count as f64 - 0.4)
        .include_x(longest * headroom)
        .set_margin_fraction(egui::vec2(0.0, 0.0))
        .x_axis_label(measure.label())
        .x_axis_formatter(|mark, _| axis_figure(mark.value))
        .custom_y_axes(vec![
            egui_plot::AxisHints::new_y()
                .min_thickness(names_width(ui, rows))
                .label_spacing(bar_spacing(ui) * 0.7..=bar_spacing(ui))
                .formatter(move |mark, _| axis_name(&names, mark.value, count)),
        ])
        .y_grid_spacer(move |_| (0..count).map(|y| egui_plot::GridMark { value: y as f64, step_size: 1.0 }).collect())
        .label_formatter(|_| None)
        .show(ui, |plot_ui| {
            plot_ui.add(chart);
            for label in value_labels(rows, measure) {
                plot_ui.add(label);
            }
            plot_ui.pointer_coordinate()
        });
    let response = plot.response;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Figure, true, "Actor mention plot"));
    let Some(row) = plot.inner.and_then(|point| bar_at(rows, point.x, point.y)) else { return };
    let clicked = response.clicked();
    response.on_hover_cursor(egui::CursorIcon::PointingHand).on_hover_text_at_pointer(figures(row));
    if !clicked {
        return;
    }
    let toggled = if view.actor_filter == Some(row.actor) { None } else { Some(row.actor) };
    commands.push(AppCommand::FilterActor(toggled));
}

/// The figure written just past the end of each bar, so a printed chart needs no axis to be read.
fn value_labels(rows: &[ActorRow], measure: Measure) -> Vec<egui_plot::Text> {
    let count = rows.len();
    rows.iter()
        .enumerate()
        .map(|(rank, row)| {
            let position = egui_plot::PlotPoint::new(row.value(measure), bar_position(rank, count));
            egui_plot::Text::new("value", position, value_text(row, measure)).anchor(egui::Align2::LEFT_CENTER)
        })
        .collect()
}

/// A bar's figure as printed past its end: "156,569", or "4.9" per 1,000 words.
fn value_text(row: &ActorRow, measure: Measure) -> String {
    let value = row.value(measure);
    match measure {
        Measure::PerThousandWords => format!(" {value:.1}"),
        Measure::Mentions | Measure::Documents => format!(" {}", thousands(value as usize)),
    }
}

/// An x-axis figure with thousands separators ("100,000"); fractions as they are (per 1,000 words).
fn axis_figure(value: f64) -> String {
    if value >= 1000.0 && value.fract() == 0.0 { thousands(value as usize) } else { format!("{value}") }
}

/// How far past the longest bar the x axis must reach for its printed figure to fit inside the plot.
fn label_headroom(ui: &egui::Ui, rows: &[ActorRow], measure: Measure) -> f64 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let widest = rows
        .iter()
        .map(|row| ui.painter().layout_no_wrap(value_text(row, measure), font.clone(), egui::Color32::WHITE).size().x)
        .fold(0.0, f32::max);
    let plot_width = (ui.available_width() - names_width(ui, rows)).max(120.0);
    f64::from(plot_width / (plot_width - widest - 8.0).max(60.0))
}

/// The row whose bar is under a plot coordinate, if any.
fn bar_at(rows: &[ActorRow], x: f64, y: f64) -> Option<&ActorRow> {
    let nearest = y.round();
    if x < 0.0 || (y - nearest).abs() > 0.4 || nearest < 0.0 {
        return None;
    }
    let position = nearest as usize;
    rows.len().checked_sub(position + 1).and_then(|rank| rows.get(rank))
}

fn axis_name(names: &[String], value: f64, count: usize) -> String {
    let nearest = value.round();
    if (value - nearest).abs() > 0.01 || nearest < 0.0 {
        return String::new();
    }
    count.checked_sub(nearest as usize + 1).and_then(|rank| names.get(rank)).cloned().unwrap_or_default()
}

fn figures(row: &ActorRow) -> String {
    let mut text = format!(
        "{} ({})\n{} in {}\n{:.1} mentions per 1,000 words",
        row.name,
        row.kind.label(),
        count(row.mentions, "mention", "mentions"),
        count(row.documents, "document", "documents"),
        row.per_thousand_words
    );
    if !row.other_names.is_empty() {
        text.push_str(&format!("\nalso named: {}", row.other_names));
    }
    if row.flagged > 0 {
        text.push_str(&format!(
            "\n{} mentions flagged, not counted (an ambiguous name unsupported, or beside its other sense)",
            row.flagged
        ));
    }
    text.push_str("\nClick to filter the articles");
    text
}
