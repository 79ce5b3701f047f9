//! The caption block of an exported image: its title, what it shows (corpus, documents, query, filters, date
//! span), when it was made, and a legend for every colour in it, so a slide carries its own explanation.

use super::PanelInput;
use crate::app::look::counts::thousands;
use crate::app::look::palette::{hit_background, kind_legend_ui, mentioned_color, published_color, swatch_ui};
use crate::core::corpus::Corpus;
use crate::core::dates::{range_label, span_label};
use crate::core::search::DateMatch;

/// What part of the dashboard an image shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PanelChoice {
    /// Every panel.
    #[default]
    Dashboard,
    /// The actor plot.
    Actors,
    /// The timeline strip.
    Timeline,
    /// The article open in the reader.
    Article,
    /// The actor plot beside the timeline (a slide's two-panel composition).
    ActorsAndTimeline,
    /// The analysis view shown: trends, concordance or co-mentions.
    View,
}

impl PanelChoice {
    /// Every choice, in menu order.
    pub const ALL: [Self; 6] =
        [Self::Dashboard, Self::Actors, Self::Timeline, Self::Article, Self::View, Self::ActorsAndTimeline];

    /// The name in menus.
    pub fn label(self) -> &'static str {
        match self {
            Self::Dashboard => "Whole dashboard",
            Self::Actors => "Who is mentioned",
            Self::Timeline => "Timeline",
            Self::Article => "Article",
            Self::ActorsAndTimeline => "Actors and timeline",
            Self::View => "Analysis view",
        }
    }

    /// Whether the image shows the actor plot, the timeline, the reader.
    fn shows(self) -> [bool; 3] {
        match self {
            Self::Dashboard => [true, true, true],
            Self::Actors => [true, false, false],
            Self::Timeline => [false, true, false],
            Self::Article => [false, false, true],
            Self::ActorsAndTimeline => [true, true, false],
            Self::View => [false, false, false],
        }
    }
}

/// How an image is laid out: the window as it is on screen, or a 16:9 slide.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImageLayout {
    /// What the image shows.
    pub panel: PanelChoice,
    /// True for a 16:9 slide with text sized for projection; false for the window as it is, cut to the panel.
    pub slide: bool,
}

/// How far a slide's contents keep from its edges, in points.
pub const SLIDE_MARGIN: i8 = 28;

impl ImageLayout {
    /// A slide's size in points (16:9); it is rendered at 1.5 pixels a point (1920 × 1080) or twice that.
    pub const SLIDE: egui::Vec2 = egui::vec2(1280.0, 720.0);
}

/// What an exported image says about itself.
#[derive(Clone, Debug, PartialEq)]
pub struct Caption {
    /// The title the analyst gave the image.
    pub title: String,
    /// The day it was made ("2026-11-22").
    pub made_on: String,
}

impl Caption {
    /// A caption with a title, made today.
    pub fn new(title: impl Into<String>) -> Self {
        Self { title: title.into(), made_on: chrono::Local::now().date_naive().to_string() }
    }

    /// The title an image gets when the analyst gives none.
    pub fn default_title(corpus: &Corpus) -> String {
        format!("Who is mentioned, and when: {}", corpus.name)
    }
}

/// Draws the caption at the bottom of the window, its text within `width_of` (a panel being exported alone);
/// gives back where it is.
pub fn ui(
    ui: &mut egui::Ui,
    caption: &Caption,
    facts: &PanelInput<'_>,
    layout: ImageLayout,
    width_of: Option<egui::Rect>,
) -> egui::Rect {
    // A panel alone: the caption as wide as it; a slide or the dashboard: the whole width. A slide keeps a
    // margin from its edges.
    let mut frame = egui::Frame::side_top_panel(ui.style());
    if layout.slide {
        frame = frame.inner_margin(egui::Margin::symmetric(SLIDE_MARGIN, 10));
    }
    let panel = egui::Panel::bottom("caption").frame(frame).show(ui, |ui| {
        let full = ui.max_rect();
        // Until the panel has been laid out once, its rectangle is empty: use the whole width meanwhile.
        let panel_rect = width_of.filter(|rect| rect.is_finite() && rect.width() > 100.0);
        let span = panel_rect.map_or(full.x_range(), |rect| rect.shrink(8.0).x_range());
        let area = egui::Rect::from_x_y_ranges(span, full.y_range());
        let mut inner =
            ui.new_child(egui::UiBuilder::new().max_rect(area).layout(egui::Layout::top_down(egui::Align::Min)));
        lines_ui(&mut inner, caption, facts, layout.panel);
        ui.allocate_space(egui::vec2(full.width(), inner.min_rect().height()));
    });
    panel.response.rect
}

fn lines_ui(ui: &mut egui::Ui, caption: &Caption, facts: &PanelInput<'_>, panel: PanelChoice) {
    ui.add_space(6.0);
    ui.add(egui::Label::new(egui::RichText::new(&caption.title).heading().strong()).wrap());
    let corpus = facts.corpus;
    let shown = facts.derived.figures.hit_total;
    let span = corpus
        .date_span()
        .map_or("no publication dates".to_owned(), |(first, last)| format!("published {}", span_label(&first, &last)));
    let documents = format!("{} of {} documents", thousands(shown), thousands(corpus.documents.len()));
    ui.add(egui::Label::new(format!("Corpus: {}  ·  {documents}  ·  {span}", corpus.name)).wrap());
    ui.add(egui::Label::new(selection_line(facts)).wrap());
    legend_ui(ui, panel, !facts.view.query.trim().is_empty());
    let made = format!("Made with geodash on {}. Counts are mentions found by the actor dictionary.", caption.made_on);
    ui.add(egui::Label::new(egui::RichText::new(made).small().weak()).wrap());
    ui.add_space(6.0);
}

/// "Query: "Wagner" · actor: Wagner Group · published 2023-07-01 to 2023-12-31", or that nothing narrows it.
fn selection_line(facts: &PanelInput<'_>) -> String {
    let view = facts.view;
    let mut parts = Vec::new();
    if !view.query.trim().is_empty() {
        parts.push(format!("Search: {}", view.query.trim()));
    }
    if let Some(actor) = view.actor_filter.and_then(|index| facts.corpus.dictionary.actors.get(index)) {
        parts.push(format!("Actor: {}", actor.name));
    }
    if let Some(outlet) = &view.outlet_filter {
        parts.push(format!("Outlet: {outlet}"));
    }
    if let Some(language) = &view.language_filter {
        parts.push(format!("Language: {}", crate::core::language::name(language)));
    }
    if let Some((from, to)) = view.date_filter {
        let vague = match view.date_match {
            DateMatch::Within => "vague dates must lie within",
            DateMatch::Overlaps => "vague dates may overlap",
        };
        let undated = if view.include_undated { ", undated articles kept" } else { "" };
        parts.push(format!("Published {} ({vague}{undated})", range_label(from, to)));
    }
    if parts.is_empty() { "All documents: no query or filter.".to_owned() } else { parts.join("  ·  ") }
}

/// A legend for the colours the image holds: actor kinds (bars, underlines), timeline marks, search hits.
fn legend_ui(ui: &mut egui::Ui, panel: PanelChoice, searched: bool) {
    let dark = ui.visuals().dark_mode;
    let [actors, timeline, reader] = panel.shows();
    if actors || reader {
        ui.horizontal_wrapped(|ui| {
            let what = if panel == PanelChoice::Article { "Underlined actors:" } else { "Actors:" };
            ui.label(egui::RichText::new(what).small());
            kind_legend_ui(ui);
            if searched && reader {
                swatch_ui(ui, hit_background(dark), false);
                ui.label(egui::RichText::new("search hit").small());
            }
        });
    }
    if timeline {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new("Timeline:").small());
            swatch_ui(ui, published_color(dark), true);
            ui.label(egui::RichText::new("published").small());
            swatch_ui(ui, mentioned_color(dark), true);
            ui.label(egui::RichText::new("mentioned in the text (a bar spans a month, season or year)").small());
        });
    }
}
