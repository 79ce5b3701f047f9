//! The reader: one whole article with its search hits and actor mentions highlighted, next/previous hit,
//! and on hover the reason each mention counted.

use std::ops::Range;

use egui::text::CCursor;

use super::PanelInput;
use crate::app::commands::AppCommand;
use crate::app::look::marked_text::{Paint, hit_paints, reading_job};
use crate::app::look::palette::{hit_background, kind_color};
use crate::core::corpus::Corpus;
use crate::core::document::Document;
use crate::core::stats::ActorRow;

/// The reader's own state: where to scroll the open article to, once.
#[derive(Debug, Default)]
pub struct ReaderPanel {
    /// A byte span of the open article to bring into view at the next frame.
    pub scroll_to: Option<Range<usize>>,
}

impl ReaderPanel {
    /// Draws the reader in the central area; gives back where it is.
    pub fn ui(&mut self, ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) -> egui::Rect {
        let PanelInput { corpus, view, derived, presenting } = *input;
        let panel = egui::CentralPanel::default().show(ui, |ui| {
            let Some(doc) = view.selected else {
                ui.label("Select an article in the list to read it here.");
                return;
            };
            let Some(document) = corpus.documents.get(doc) else { return };
            header_ui(ui, corpus, doc, document, &derived.open_actors);
            let current = view.current_hit.filter(|&hit| hit < derived.highlights.len());
            hit_navigation_ui(ui, current, derived.highlights.len(), presenting, commands);
            ui.separator();
            egui::ScrollArea::vertical().id_salt(("reader", doc)).auto_shrink(false).show(ui, |ui| {
                text_ui(ui, corpus, doc, self.scroll_to.take(), &derived.highlights);
            });
        });
        panel.response.rect
    }
}

fn header_ui(ui: &mut egui::Ui, corpus: &Corpus, doc: usize, document: &Document, actors: &[ActorRow]) {
    ui.add_space(4.0);
    ui.add(egui::Label::new(egui::RichText::new(&document.title).heading()).wrap());
    let date = match &document.published {
        Some(published) => {
            format!("Published {} ({} precision)", published.span.label(), published.span.precision.label())
        }
        None => "Undated: the article carries no publication date".to_owned(),
    };
    let words = corpus.analyses.get(doc).map_or(0, |analysis| analysis.words);
    let mut meta = format!("{date}  ·  {}  ·  {words} words  ·  {}", document.source.label(), document.format.label());
    if let Some(code) = document.speaker.as_deref() {
        let speaker = corpus.dictionary.name_of(code).unwrap_or(code);
        meta = format!("Speech by {speaker} ({code})  ·  {meta}");
    }
    ui.label(egui::RichText::new(meta).small());
    actor_chips_ui(ui, actors);
}

/// The actors of this article with their counts, in their kind's colour.
fn actor_chips_ui(ui: &mut egui::Ui, rows: &[ActorRow]) {
    let dark = ui.visuals().dark_mode;
    ui.horizontal_wrapped(|ui| {
        for row in rows.iter().filter(|row| row.mentions > 0).take(14) {
            let text = egui::RichText::new(format!("{} {}", row.name, row.mentions)).color(kind_color(row.kind, dark));
            ui.label(text);
        }
    });
}

/// "Search hit 2 of 5", and buttons to the previous and next; `current` is the hit the analyst is on, if one
/// is (a new query may leave fewer hits than the one they were on).
fn hit_navigation_ui(
    ui: &mut egui::Ui,
    current: Option<usize>,
    count: usize,
    presenting: bool,
    commands: &mut Vec<AppCommand>,
) {
    if count == 0 {
        return;
    }
    ui.horizontal(|ui| {
        let plural = if count == 1 { "" } else { "s" };
        ui.label(match current {
            Some(hit) => format!("Search hit {} of {count}", hit + 1),
            None => format!("{count} search hit{plural} in this article"),
        });
        if presenting {
            return;
        }
        let previous = ui.button("Previous hit").clicked();
        let next = ui.button("Next hit").clicked();
        let step = match (previous, next) {
            (true, _) => Some(current.map_or(count - 1, |hit| (hit + count - 1) % count)),
            (_, true) => Some(current.map_or(0, |hit| (hit + 1) % count)),
            _ => None,
        };
        if let Some(hit) = step {
            commands.push(AppCommand::GoToHit(hit));
        }
    });
}

fn text_ui(
    ui: &mut egui::Ui,
    corpus: &Corpus,
    doc: usize,
    scroll_to: Option<Range<usize>>,
    highlights: &[Range<usize>],
) {
    let (Some(document), Some(analysis)) = (corpus.documents.get(doc), corpus.analyses.get(doc)) else { return };
    let text = document.text.as_str();
    let dark = ui.visuals().dark_mode;
    let mut paints: Vec<Paint> = analysis
        .mentions
        .iter()
        .filter_map(|mention| {
            let kind = corpus.dictionary.actors.get(mention.actor)?.kind;
            let color = kind_color(kind, dark);
            let underline = if mention.counted { color } else { ui.visuals().weak_text_color() };
            Some(Paint {
                span: mention.span.clone(),
                color: mention.counted.then_some(color),
                background: None,
                underline: Some(underline),
            })
        })
        .collect();
    paints.extend(hit_paints(highlights, hit_background(dark)));
    let font = egui::TextStyle::Body.resolve(ui.style());
    let (job, map) = reading_job(text, &paints, font, ui.visuals().text_color(), ui.available_width(), true);
    let galley = ui.painter().layout_job(job);
    let (rect, response) = ui.allocate_exact_size(galley.size(), egui::Sense::hover());
    ui.painter().galley(rect.min, galley.clone(), ui.visuals().text_color());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, "Article text"));
    if let Some(focus) = scroll_to {
        let char_index = map.shown_char(text, focus.start);
        let place = galley.pos_from_cursor(CCursor::new(char_index)).translate(rect.min.to_vec2());
        ui.scroll_to_rect(place.expand(40.0), Some(egui::Align::Center));
    }
    if let Some(pointer) = response.hover_pos() {
        let cursor = galley.cursor_from_pos(pointer - rect.min);
        let byte = map.original_byte(text, cursor.index.0);
        mention_tooltip(corpus, doc, byte, &response);
    }
}

fn mention_tooltip(corpus: &Corpus, doc: usize, byte: usize, response: &egui::Response) {
    let Some(analysis) = corpus.analyses.get(doc) else { return };
    let Some(mention) = analysis.mentions.iter().find(|mention| mention.span.contains(&byte)) else { return };
    let Some(actor) = corpus.dictionary.actors.get(mention.actor) else { return };
    let alias = corpus.matcher.alias(mention.alias).to_owned();
    let affiliation = corpus.dictionary.affiliation_name(actor).map(|name| format!(", {name}")).unwrap_or_default();
    let verdict = if mention.counted {
        "counted".to_owned()
    } else {
        "not counted: an ambiguous name with nothing in its sentence to support it".to_owned()
    };
    let lines =
        format!("{} ({}{affiliation})\nmatched the alias \"{alias}\"\n{verdict}", actor.name, actor.kind.label());
    response.clone().on_hover_text_at_pointer(lines);
}
