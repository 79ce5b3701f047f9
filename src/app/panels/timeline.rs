//! The timeline strip: publication dates and mentioned dates as two lanes of marks; a day is a dot, a
//! month, season or year is a bar as long as the time it covers. Zoom and pan along time; hover for the
//! sentence; click to open the article at that place.

use chrono::{Datelike, NaiveDate};
use egui_plot::{AxisHints, Line, MarkerShape, Plot, PlotPoint, PlotTransform, Points};

use super::PanelInput;
use crate::app::commands::AppCommand;
use crate::app::derived::Derived;
use crate::app::look::counts::count;
use crate::app::look::palette::{mentioned_color, published_color, swatch_ui};
use crate::core::corpus::Corpus;
use crate::core::timeline::{ItemKind, Mark, TimelineItem, first_item_of};

/// The lane (y) of each kind of item.
fn lane(kind: ItemKind) -> f64 {
    match kind {
        ItemKind::Published => 1.0,
        ItemKind::Mentioned => 0.0,
    }
}

/// The id of the timeline plot, under which egui_plot keeps its bounds.
pub fn plot_id() -> egui::Id {
    egui::Id::unique("timeline_plot")
}

/// The days the timeline showed at its last frame.
fn visible_range(ctx: &egui::Context) -> Option<(NaiveDate, NaiveDate)> {
    let memory = egui_plot::PlotMemory::load(ctx, plot_id())?;
    let bounds = memory.bounds();
    Some((day_from_number(bounds.min()[0])?, day_from_number(bounds.max()[0])?))
}

/// Pixels within which a mark counts as hovered.
const HOVER_REACH: f32 = 10.0;

/// Draws the timeline strip across the window; gives back where it is.
pub fn ui(ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) -> egui::Rect {
    let PanelInput { corpus, derived, .. } = *input;
    let panel = egui::Panel::top("timeline_panel").resizable(true).default_size(170.0).min_size(120.0).show(ui, |ui| {
        ui.set_min_height(ui.available_height());
        ui.add_space(4.0);
        header_ui(ui, input, commands);
        if derived.figures.timeline.is_empty() {
            ui.label("No dated item in the documents shown.");
            return;
        }
        plot_ui(ui, corpus, derived, commands);
    });
    panel.response.rect
}

fn header_ui(ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) {
    let PanelInput { corpus, view, presenting, .. } = *input;
    let dark = ui.visuals().dark_mode;
    ui.horizontal(|ui| {
        ui.heading("When");
        swatch_ui(ui, published_color(dark), true);
        ui.label("published");
        swatch_ui(ui, mentioned_color(dark), true);
        ui.label("mentioned in the text");
        if !presenting {
            let hint = "(a bar spans a month, season or year; scroll to zoom, drag to pan)";
            ui.label(egui::RichText::new(hint).small().weak());
        }
        let undated = corpus.undated_count();
        if undated > 0 {
            ui.label(
                egui::RichText::new(format!(
                    "{} not placed",
                    count(undated, "undated article is", "undated articles are")
                ))
                .small(),
            );
        }
        match view.date_filter {
            _ if presenting => {}
            Some((from, to)) => {
                if ui.button(format!("Clear dates {from} to {to}")).clicked() {
                    commands.push(AppCommand::FilterDates(None));
                }
            }
            None => {
                let visible = visible_range(ui.ctx());
                let button = ui.add_enabled(visible.is_some(), egui::Button::new("Filter to the dates shown"));
                if button.on_hover_text("List only articles published in the span the timeline shows").clicked() {
                    commands.push(AppCommand::FilterDates(visible));
                }
            }
        }
    });
}

fn plot_ui(ui: &mut egui::Ui, corpus: &Corpus, derived: &Derived, commands: &mut Vec<AppCommand>) {
    let dark = ui.visuals().dark_mode;
    let marks = &derived.figures.timeline_marks;
    let (low, high) = x_extent(marks);
    let plot = Plot::new("timeline_plot")
        .id(plot_id())
        .allow_zoom([true, false])
        .allow_drag([true, false])
        .allow_scroll([true, false])
        .allow_boxed_zoom(false)
        .show_crosshair(false)
        .include_x(low)
        .include_x(high)
        .include_y(-0.6)
        .include_y(1.6)
        .show_y(false)
        .show_grid([true, false])
        .y_axis_min_width(80.0)
        .y_axis_formatter(|mark, _| lane_name(mark.value))
        .y_grid_spacer(|_| [0.0, 1.0].map(|value| egui_plot::GridMark { value, step_size: 1.0 }).to_vec())
        .x_grid_spacer(calendar_marks)
        .custom_x_axes(vec![
            AxisHints::new_x().formatter(|mark, _| date_label(mark.value, mark.step_size)).label_spacing(70.0..=90.0),
        ])
        .label_formatter(|_| None)
        .show(ui, |plot_ui| {
            for kind in [ItemKind::Published, ItemKind::Mentioned] {
                let color = if kind == ItemKind::Published { published_color(dark) } else { mentioned_color(dark) };
                add_marks(plot_ui, marks, kind, color);
            }
            wheel_zoom(plot_ui);
        });
    let response = plot.response;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Figure, true, "Timeline"));
    let Some(pointer) = response.hover_pos() else { return };
    let Some(mark) = nearest_mark(marks, &plot.transform, pointer) else { return };
    let Some(item) = first_item_of(&derived.figures.timeline, mark) else { return };
    let clicked = response.clicked();
    response.on_hover_ui_at_pointer(|ui| item_tooltip_ui(ui, corpus, item));
    if clicked {
        commands.push(AppCommand::Open { doc: item.doc, focus: item.at.clone() });
    }
}

/// The plain mouse wheel zooms the time axis around the pointer (egui_plot alone zooms only with Ctrl).
fn wheel_zoom(plot_ui: &mut egui_plot::PlotUi<'_>) {
    if !plot_ui.response().hovered() {
        return;
    }
    let (wheel, zooming) = plot_ui.ctx().input(|input| (input.smooth_scroll_delta.y, input.modifiers.command));
    if wheel != 0.0 && !zooming {
        plot_ui.zoom_bounds_around_hovered(egui::vec2((wheel / 200.0).exp(), 1.0));
    }
}

fn add_marks(plot_ui: &mut egui_plot::PlotUi<'_>, marks: &[Mark], kind: ItemKind, color: egui::Color32) {
    let y = lane(kind);
    let of_kind = || marks.iter().filter(move |mark| mark.kind == kind);
    let dots: Vec<[f64; 2]> =
        of_kind().filter(|mark| mark.start == mark.end).map(|mark| [day_number(mark.start), y]).collect();
    plot_ui.add(Points::new(kind.label(), dots).color(color).radius(5.0).shape(MarkerShape::Circle).filled(true));
    for mark in of_kind().filter(|mark| mark.start != mark.end) {
        let span = vec![[day_number(mark.start), y], [day_number(mark.end) + 1.0, y]];
        plot_ui.add(Line::new(kind.label(), span).color(color.gamma_multiply(0.6)).width(9.0));
    }
}

/// The mark nearest the pointer, within reach.
fn nearest_mark<'a>(marks: &'a [Mark], transform: &PlotTransform, pointer: egui::Pos2) -> Option<&'a Mark> {
    let mut best: Option<(f32, &Mark)> = None;
    for mark in marks {
        let y = lane(mark.kind);
        let start = transform.position_from_point(&PlotPoint::new(day_number(mark.start), y));
        let end = transform.position_from_point(&PlotPoint::new(day_number(mark.end) + 1.0, y));
        let distance = distance_to_segment(pointer, start, end);
        if distance <= HOVER_REACH && best.is_none_or(|(nearest, _)| distance < nearest) {
            best = Some((distance, mark));
        }
    }
    best.map(|(_, mark)| mark)
}

fn distance_to_segment(point: egui::Pos2, start: egui::Pos2, end: egui::Pos2) -> f32 {
    let x = point.x.clamp(start.x.min(end.x), start.x.max(end.x));
    egui::pos2(x, start.y).distance(point)
}

fn item_tooltip_ui(ui: &mut egui::Ui, corpus: &Corpus, item: &TimelineItem) {
    ui.set_max_width(460.0);
    let title = corpus.documents.get(item.doc).map_or("", |document| document.title.as_str());
    ui.label(egui::RichText::new(format!("{} — {}", item.date.label(), item.kind.label())).strong());
    ui.label(egui::RichText::new(title).italics());
    if item.kind == ItemKind::Mentioned {
        ui.label(item.sentence(corpus));
    }
    ui.label(egui::RichText::new("Click to open the article here").small().weak());
}

fn x_extent(marks: &[Mark]) -> (f64, f64) {
    let low = marks.iter().map(|mark| day_number(mark.start)).fold(f64::INFINITY, f64::min);
    let high = marks.iter().map(|mark| day_number(mark.end) + 1.0).fold(f64::NEG_INFINITY, f64::max);
    let margin = ((high - low) * 0.05).max(15.0);
    (low - margin, high + margin)
}

fn lane_name(value: f64) -> String {
    match value.round() as i64 {
        1 if (value - 1.0).abs() < 0.01 => "published".to_owned(),
        0 if value.abs() < 0.01 => "mentioned".to_owned(),
        _ => String::new(),
    }
}

/// Days since 1 January of year 1, the x of a date.
pub fn day_number(day: NaiveDate) -> f64 {
    f64::from(day.num_days_from_ce())
}

/// Grid marks on calendar boundaries, each at the coarsest level it belongs to (a century, half-century,
/// decade, lustrum, year, quarter, month, half-month, week or day); egui_plot labels the levels wide enough.
fn calendar_marks(input: egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    let (low, high) = input.bounds;
    let (Some(first), Some(last)) = (day_from_number(low.floor()), day_from_number(high.ceil())) else {
        return Vec::new();
    };
    let span = high - low;
    let mut marks = Vec::new();
    let mut day = NaiveDate::from_ymd_opt(first.year(), 1, 1).unwrap_or(first);
    while day <= last {
        let step = mark_level(day);
        // A mark right at an edge would have its label cut in half.
        let inside = (low + span * 0.02..=high - span * 0.02).contains(&day_number(day));
        if inside && span / step <= MAX_MARKS_PER_LEVEL && step >= input.base_step_size {
            marks.push(egui_plot::GridMark { value: day_number(day), step_size: step });
        }
        let next = next_candidate(day, span);
        if next <= day {
            break; // the calendar's end
        }
        day = next;
    }
    marks
}

const YEAR: f64 = 365.25;
const MONTH: f64 = 30.44;
const MAX_MARKS_PER_LEVEL: f64 = 400.0;

/// The step (in days) of the coarsest calendar level a day starts.
fn mark_level(day: NaiveDate) -> f64 {
    match (day.month(), day.day()) {
        (1, 1) => match day.year() {
            year if year % 100 == 0 => 100.0 * YEAR,
            year if year % 50 == 0 => 50.0 * YEAR,
            year if year % 10 == 0 => 10.0 * YEAR,
            year if year % 5 == 0 => 5.0 * YEAR,
            _ => YEAR,
        },
        (4 | 7 | 10, 1) => 3.0 * MONTH,
        (_, 1) => MONTH,
        (_, 15) => MONTH / 2.0,
        (_, 8 | 22) => 7.0,
        _ => 1.0,
    }
}

/// The next day worth a mark: over a long span, skip straight to the next month or year.
fn next_candidate(day: NaiveDate, span: f64) -> NaiveDate {
    if span > MAX_MARKS_PER_LEVEL * MONTH {
        NaiveDate::from_ymd_opt(day.year() + 1, 1, 1).unwrap_or(NaiveDate::MAX)
    } else if span > MAX_MARKS_PER_LEVEL {
        let (year, month) = if day.month() == 12 { (day.year() + 1, 1) } else { (day.year(), day.month() + 1) };
        NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MAX)
    } else {
        day.succ_opt().unwrap_or(NaiveDate::MAX)
    }
}

fn day_from_number(value: f64) -> Option<NaiveDate> {
    i32::try_from(value.round() as i64).ok().and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// An axis label for a grid mark, as fine as the mark's level: "2023", "Mar 2024", "15 Mar".
fn date_label(value: f64, step_size: f64) -> String {
    let Some(day) = day_from_number(value) else { return String::new() };
    if step_size >= YEAR {
        day.format("%Y").to_string()
    } else if step_size >= MONTH {
        if day.month() == 1 { day.format("%b %Y").to_string() } else { day.format("%b").to_string() }
    } else {
        day.format("%-d %b").to_string()
    }
}
