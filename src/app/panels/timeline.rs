//! The timeline strip: publication dates and mentioned dates as two lanes of marks; a day is a dot, a
//! month, season or year is a bar as long as the time it covers, drawn under the dots. Zoom and pan along time
//! (the span shown is part of the view, so images and workspaces keep it); hover for what lies under the
//! pointer; click to open the article at that sentence.

use chrono::NaiveDate;
use egui_plot::{AxisHints, Line, MarkerShape, Plot, PlotPoint, PlotTransform, Points};

use super::PanelInput;
use super::calendar_axis::{calendar_marks, date_label, day_from_number, day_number};
use super::date_range::DateRangeBar;
use crate::app::commands::AppCommand;
use crate::app::look::counts::count;
use crate::app::look::palette::{mentioned_color, published_color, swatch_ui};
use crate::core::corpus::Corpus;
use crate::core::timeline::{ItemKind, Mark, TimelineItem, items_of};

/// The lane (y) of each kind of item; vague dates lie a little under their lane's dots.
fn lane(mark: &Mark) -> f64 {
    let lane = match mark.kind {
        ItemKind::Published => 1.0,
        ItemKind::Mentioned => 0.0,
    };
    if mark.start == mark.end { lane } else { lane - VAGUE_DROP }
}

const VAGUE_DROP: f64 = 0.22;

/// The id of the timeline plot, under which egui_plot keeps its bounds.
pub fn plot_id() -> egui::Id {
    egui::Id::unique("timeline_plot")
}

/// Pixels within which a mark counts as hovered.
const HOVER_REACH: f32 = 10.0;

/// The timeline's own state: its date filter bar.
#[derive(Debug, Default)]
pub struct TimelinePanel {
    range: DateRangeBar,
}

impl TimelinePanel {
    /// Draws the timeline strip across the window; gives back where it is.
    pub fn ui(&mut self, ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) -> egui::Rect {
        let panel = egui::Panel::top("timeline_panel").resizable(true).default_size(205.0).min_size(150.0);
        panel.show(ui, |ui| self.contents_ui(ui, input, commands)).response.rect
    }

    /// The panel's contents, wherever they are placed.
    pub fn contents_ui(&mut self, ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) {
        ui.set_min_height(ui.available_height());
        ui.add_space(4.0);
        header_ui(ui, input);
        let marks = &input.derived.figures.timeline_marks;
        let shown = input.view.timeline.unwrap_or_else(|| fitting(marks));
        if !input.presenting {
            self.range.ui(ui, input, days_of(shown), commands);
        }
        if marks.is_empty() {
            ui.label("No dated item in the documents shown.");
            return;
        }
        plot_ui(ui, input, shown, commands);
    }
}

fn header_ui(ui: &mut egui::Ui, input: &PanelInput<'_>) {
    let dark = ui.visuals().dark_mode;
    ui.horizontal_wrapped(|ui| {
        ui.heading("When");
        swatch_ui(ui, published_color(dark), true);
        ui.label("published");
        swatch_ui(ui, mentioned_color(dark), true);
        ui.label("mentioned in the text");
        if !input.presenting {
            let hint = "(a bar spans a month, season or year; scroll to zoom, drag to pan, double-click for all)";
            ui.label(egui::RichText::new(hint).small().weak());
        }
        let undated = input.derived.figures.undated;
        if undated > 0 {
            let text = format!("{} not placed", count(undated, "undated article is", "undated articles are"));
            ui.label(egui::RichText::new(text).small());
        }
    });
}

fn plot_ui(ui: &mut egui::Ui, input: &PanelInput<'_>, shown: (f64, f64), commands: &mut Vec<AppCommand>) {
    let dark = ui.visuals().dark_mode;
    let marks = &input.derived.figures.timeline_marks;
    let plot = Plot::new("timeline_plot")
        .id(plot_id())
        .allow_zoom([true, false])
        .allow_drag([!input.presenting, false])
        .allow_scroll([true, false])
        .allow_boxed_zoom(false)
        .show_crosshair(false)
        .show_y(false)
        .show_grid([true, false])
        .y_axis_min_width(80.0)
        .y_axis_formatter(|mark, _| lane_name(mark.value))
        .y_grid_spacer(|_| [0.0, 1.0].map(|value| egui_plot::GridMark { value, step_size: 1.0 }).to_vec())
        .x_grid_spacer(calendar_marks)
        .custom_x_axes(vec![
            AxisHints::new_x()
                .formatter(|mark, range| date_label(mark.value, mark.step_size, range))
                .label_spacing(70.0..=90.0),
        ])
        .label_formatter(|_| None)
        .show(ui, |plot_ui| {
            plot_ui.set_plot_bounds_x(shown.0..=shown.1);
            plot_ui.set_plot_bounds_y(-0.6..=1.6);
            for kind in [ItemKind::Published, ItemKind::Mentioned] {
                let color = if kind == ItemKind::Published { published_color(dark) } else { mentioned_color(dark) };
                add_marks(plot_ui, marks, kind, color);
            }
            wheel_zoom(plot_ui);
        });
    let response = &plot.response;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Figure, true, "Timeline"));
    let now = plot.transform.bounds().range_x();
    if response.double_clicked() {
        commands.push(AppCommand::SetTimelineSpan(None));
    } else if (now.start() - shown.0).abs() > 1e-6 || (now.end() - shown.1).abs() > 1e-6 {
        commands.push(AppCommand::SetTimelineSpan(Some((*now.start(), *now.end()))));
    }
    hover_ui(input, marks, &plot.transform, response, commands);
}

/// What lies under the pointer, and a click to open it.
fn hover_ui(
    input: &PanelInput<'_>,
    marks: &[Mark],
    transform: &PlotTransform,
    response: &egui::Response,
    commands: &mut Vec<AppCommand>,
) {
    let Some(pointer) = response.hover_pos() else { return };
    let Some(mark) = nearest_mark(marks, transform, pointer) else { return };
    let items = items_of(&input.derived.figures.timeline, mark);
    let Some(first) = items.first() else { return };
    let clicked = response.clicked();
    response.clone().on_hover_ui_at_pointer(|ui| items_tooltip_ui(ui, input.corpus, &items));
    if clicked {
        // The sentence a mentioned date stands in, shaded in the reader; the header a publication date came from.
        let focus = first.sentence.clone().or_else(|| first.at.clone());
        commands.push(AppCommand::Open { doc: first.doc, focus });
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

/// A kind's marks: vague dates first, as bars under the lane, then days as dots on top of them.
fn add_marks(plot_ui: &mut egui_plot::PlotUi<'_>, marks: &[Mark], kind: ItemKind, color: egui::Color32) {
    let of_kind = || marks.iter().filter(move |mark| mark.kind == kind);
    for mark in of_kind().filter(|mark| mark.start != mark.end) {
        let y = lane(mark);
        let span = vec![[day_number(mark.start), y], [day_number(mark.end) + 1.0, y]];
        plot_ui.add(Line::new(kind.label(), span).color(color.gamma_multiply(0.6)).width(7.0));
    }
    let dots: Vec<[f64; 2]> =
        of_kind().filter(|mark| mark.start == mark.end).map(|mark| [day_number(mark.start), lane(mark)]).collect();
    plot_ui.add(Points::new(kind.label(), dots).color(color).radius(5.0).shape(MarkerShape::Circle).filled(true));
}

/// The mark nearest the pointer, within reach; a day (a dot) before a vague date under it.
fn nearest_mark<'a>(marks: &'a [Mark], transform: &PlotTransform, pointer: egui::Pos2) -> Option<&'a Mark> {
    let mut best: Option<(bool, f32, &Mark)> = None;
    for mark in marks {
        let y = lane(mark);
        let start = transform.position_from_point(&PlotPoint::new(day_number(mark.start), y));
        let end = transform.position_from_point(&PlotPoint::new(day_number(mark.end) + 1.0, y));
        let distance = distance_to_segment(pointer, start, end);
        let vague = mark.start != mark.end;
        if distance <= HOVER_REACH
            && best.is_none_or(|(best_vague, nearest, _)| (vague, distance) < (best_vague, nearest))
        {
            best = Some((vague, distance, mark));
        }
    }
    best.map(|(_, _, mark)| mark)
}

fn distance_to_segment(point: egui::Pos2, start: egui::Pos2, end: egui::Pos2) -> f32 {
    let x = point.x.clamp(start.x.min(end.x), start.x.max(end.x));
    egui::pos2(x, start.y).distance(point)
}

/// One item: its date, article and sentence. Several: how many, and whose ("192 speeches, 2023 — Angola, …").
fn items_tooltip_ui(ui: &mut egui::Ui, corpus: &Corpus, items: &[&TimelineItem]) {
    ui.set_max_width(460.0);
    let Some(first) = items.first() else { return };
    let title = |item: &TimelineItem| corpus.documents.get(item.doc).map_or("", |document| document.title.as_str());
    if let [item] = items {
        ui.label(egui::RichText::new(format!("{} — {}", item.date.label(), item.kind.label())).strong());
        ui.label(egui::RichText::new(title(item)).italics());
        if item.kind == ItemKind::Mentioned {
            ui.label(item.sentence(corpus));
        }
        ui.label(egui::RichText::new("Click to open the article here").small().weak());
        return;
    }
    let speeches = items.iter().all(|item| corpus.documents.get(item.doc).is_some_and(|d| d.speaker.is_some()));
    let what = if speeches { count(items.len(), "speech", "speeches") } else { count(items.len(), "item", "items") };
    let names: Vec<String> = items.iter().take(8).map(|item| short_name(corpus, item)).collect();
    let more = if items.len() > names.len() { ", …" } else { "" };
    ui.label(egui::RichText::new(format!("{what}, {} ({})", first.date.label(), first.kind.label())).strong());
    ui.label(format!("{}{more}", names.join(", ")));
    ui.label(egui::RichText::new("Click to open the first").small().weak());
}

/// Who speaks, for a speech; the title, shortened, for an article.
fn short_name(corpus: &Corpus, item: &TimelineItem) -> String {
    let Some(document) = corpus.documents.get(item.doc) else { return String::new() };
    if let Some(code) = document.speaker.as_deref() {
        return corpus.dictionary.name_of(code).unwrap_or(code).to_owned();
    }
    let title: String = document.title.chars().take(40).collect();
    if title.len() < document.title.len() { format!("{title}…") } else { title }
}

/// The span that shows every mark, with a margin.
fn fitting(marks: &[Mark]) -> (f64, f64) {
    if marks.is_empty() {
        return (0.0, 1.0);
    }
    let low = marks.iter().map(|mark| day_number(mark.start)).fold(f64::INFINITY, f64::min);
    let high = marks.iter().map(|mark| day_number(mark.end) + 1.0).fold(f64::NEG_INFINITY, f64::max);
    let margin = ((high - low) * 0.05).max(15.0);
    (low - margin, high + margin)
}

/// The days a span of the axis runs over.
fn days_of((low, high): (f64, f64)) -> Option<(NaiveDate, NaiveDate)> {
    Some((day_from_number(low.ceil())?, day_from_number(high.floor())?))
}

fn lane_name(value: f64) -> String {
    match value.round() as i64 {
        1 if (value - 1.0).abs() < 0.01 => "published".to_owned(),
        0 if value.abs() < 0.01 => "mentioned".to_owned(),
        _ => String::new(),
    }
}
