//! The reader: one whole article with its search hits and actor mentions highlighted, next/previous hit,
//! on hover the reason each mention counted, and on right-click what the analyst may say of a mention.

use std::ops::Range;

use egui::text::CCursor;

use super::PanelInput;
use super::reader_menu::{self, MenuFor, Selection, TextResponse};
use crate::app::commands::AppCommand;
use crate::app::look::marked_text::{Paint, hit_paints, reading_job};
use crate::app::look::palette::{focus_background, hit_background, kind_color};
use crate::core::corpus::Corpus;
use crate::core::dates::long_day;
use crate::core::document::Document;
use crate::core::mention_notes::note;
use crate::core::stats::ActorRow;

/// The reader's own state: where to scroll the open article to, the passage it was opened at, and how far it
/// is scrolled.
#[derive(Debug, Default)]
pub struct ReaderPanel {
    /// A byte span of the open article to bring into view at the next frame.
    pub scroll_to: Option<Range<usize>>,
    /// The passage the article was opened at (a sentence a timeline mark stands for), shaded while it is open.
    marked: Option<Range<usize>>,
    /// What the open right-click menu is about.
    menu: Option<MenuFor>,
    /// The words selected by dragging over the article.
    selection: Option<Selection>,
    /// How far the article is scrolled, in points, as of the last frame.
    offset: f32,
    /// A scroll offset to start at (an image shows the article where the analyst had scrolled it).
    start_offset: Option<f32>,
}

impl ReaderPanel {
    /// Opens an article at a passage, if one is given: scrolled to it and shaded.
    pub fn open_at(&mut self, passage: Option<Range<usize>>) {
        self.scroll_to.clone_from(&passage);
        self.marked = passage;
    }

    /// How far the open article is scrolled, in points.
    pub fn offset(&self) -> f32 {
        self.offset
    }

    /// Shows the open article scrolled this far, from the next frame.
    pub fn start_at(&mut self, offset: f32) {
        self.start_offset = Some(offset);
    }

    /// Draws the reader in the central area; gives back where it is.
    pub fn ui(&mut self, ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) -> egui::Rect {
        egui::CentralPanel::default().show(ui, |ui| self.contents_ui(ui, input, commands)).response.rect
    }

    /// The reader's contents, wherever they are placed.
    pub fn contents_ui(&mut self, ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) {
        let PanelInput { corpus, view, derived, presenting, .. } = *input;
        let Some(doc) = view.selected else {
            ui.label("Select an article in the list to read it here.");
            return;
        };
        let Some(document) = corpus.documents.get(doc) else { return };
        header_ui(ui, corpus, doc, document, &derived.open_actors);
        let current = view.current_hit.filter(|&hit| hit < derived.highlights.len());
        hit_navigation_ui(ui, current, derived.highlights.len(), presenting, commands);
        ui.separator();
        let mut area = egui::ScrollArea::vertical().id_salt(("reader", doc)).auto_shrink(false);
        if let Some(offset) = self.start_offset {
            area = area.vertical_scroll_offset(offset);
        }
        let selected = self.selection.as_ref().filter(|selection| selection.doc == doc).map(Selection::range);
        let marks = Marks {
            scroll_to: self.scroll_to.take(),
            marked: self.marked.clone(),
            hits: &derived.highlights,
            selected,
        };
        let (menu, selection) = (&mut self.menu, &mut self.selection);
        let shown = area.show(ui, |ui| {
            let response = text_ui(ui, corpus, doc, &marks);
            if !presenting {
                response.select(doc, selection);
                reader_menu::ui(corpus, doc, &response, (menu, selection.as_ref()), commands);
            }
        });
        self.offset = shown.state.clamped_offset().y;
        // Until the article is laid out, the offset asked for may be cut short: ask again until it holds.
        if self.start_offset.is_some_and(|offset| (offset - self.offset).abs() < 1.0) {
            self.start_offset = None;
        }
    }
}

fn header_ui(ui: &mut egui::Ui, corpus: &Corpus, doc: usize, document: &Document, actors: &[ActorRow]) {
    ui.add_space(4.0);
    ui.add(egui::Label::new(egui::RichText::new(&document.title).heading()).wrap());
    let date = match &document.published {
        Some(published) => {
            let time = published.time.map(|time| format!(" {}", time.label())).unwrap_or_default();
            format!("Published {}{time} ({} precision)", published.span.label(), published.span.precision.label())
        }
        None => format!(
            "Undated: the article carries no publication date; its names are read as of {}",
            long_day(corpus.reading_day(doc))
        ),
    };
    let words = corpus.analyses.get(doc).map_or(0, |analysis| analysis.words);
    let mut meta = format!("{date}  ·  {}  ·  {words} words  ·  {}", document.source.label(), document.format.label());
    if let Some(code) = document.speaker.as_deref() {
        let speaker = corpus.speaker_name(doc).unwrap_or(code);
        meta = format!("Speech by {speaker} ({code})  ·  {meta}");
    }
    if let Some(language) = document.meta.language.as_deref() {
        meta = format!("{meta}  ·  {}", crate::core::language::name(language));
    }
    let byline = [document.meta.outlet.as_deref(), document.meta.author.as_deref(), document.meta.section.as_deref()];
    let byline: Vec<&str> = byline.into_iter().flatten().collect();
    if !byline.is_empty() {
        meta = format!("{}  ·  {meta}", byline.join("  ·  "));
    }
    ui.add(egui::Label::new(egui::RichText::new(meta).small()).wrap());
    actor_chips_ui(ui, corpus, doc, actors);
}

/// The actors of this article with their counts, under their names of its date, in their kind's colour; a chip
/// never breaks across lines.
fn actor_chips_ui(ui: &mut egui::Ui, corpus: &Corpus, doc: usize, rows: &[ActorRow]) {
    let dark = ui.visuals().dark_mode;
    let day = corpus.reading_day(doc);
    ui.horizontal_wrapped(|ui| {
        for row in rows.iter().filter(|row| row.mentions > 0).take(14) {
            // Under the name of the article's time: "Upper Volta" in a speech of 1975.
            let name = corpus.dictionary.actors.get(row.actor).map_or(row.name.as_str(), |actor| actor.name_on(day));
            let text = egui::RichText::new(format!("{name} {}", row.mentions)).color(kind_color(row.kind, dark));
            ui.add(egui::Label::new(text).extend());
        }
    });
}

/// Buttons to the previous and next hit, then "Search hit 2 of 5": the buttons come first so that they stay
/// put while the words after them change length. `current` is the hit the analyst is on, if one is (a new query
/// may leave fewer hits than the one they were on).
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
        if !presenting {
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
        }
        let plural = if count == 1 { "" } else { "s" };
        ui.label(match current {
            Some(hit) => format!("Search hit {} of {count}", hit + 1),
            None => format!("{count} search hit{plural} in this article"),
        });
    });
}

/// What is marked in the article's text.
struct Marks<'a> {
    /// A span to bring into view this frame.
    scroll_to: Option<Range<usize>>,
    /// A passage to shade.
    marked: Option<Range<usize>>,
    /// The search hits.
    hits: &'a [Range<usize>],
    /// The words the analyst selected.
    selected: Option<Range<usize>>,
}

/// The article's text with its marks; the response tells where the pointer is (as a byte of the text).
fn text_ui(ui: &mut egui::Ui, corpus: &Corpus, doc: usize, marks: &Marks<'_>) -> TextResponse {
    let (Some(document), Some(analysis)) = (corpus.documents.get(doc), corpus.analyses.get(doc)) else {
        return TextResponse { response: ui.label(""), byte: None, pressed_at: None, dragged_to: None };
    };
    let text = document.text.as_str();
    let dark = ui.visuals().dark_mode;
    // The shaded passage first, so that the actors and hits inside it keep their own marks.
    let mut paints: Vec<Paint> =
        marks.marked.iter().map(|span| Paint::background(span, focus_background(dark))).collect();
    paints.extend(marks.selected.iter().map(|span| Paint::background(span, ui.visuals().selection.bg_fill)));
    paints.extend(analysis.mentions.iter().filter_map(|mention| {
        let kind = corpus.dictionary.actors.get(mention.actor)?.kind;
        let color = kind_color(kind, dark);
        let underline = if mention.counted { color } else { ui.visuals().weak_text_color() };
        Some(Paint {
            span: mention.span.clone(),
            color: mention.counted.then_some(color),
            background: None,
            underline: Some(underline),
        })
    }));
    paints.extend(hit_paints(marks.hits, hit_background(dark)));
    let font = egui::TextStyle::Body.resolve(ui.style());
    let (job, map) = reading_job(text, &paints, font, ui.visuals().text_color(), ui.available_width(), true);
    let galley = ui.painter().layout_job(job);
    let (rect, response) = ui.allocate_exact_size(galley.size(), egui::Sense::click_and_drag());
    ui.painter().galley(rect.min, galley.clone(), ui.visuals().text_color());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, "Article text"));
    if let Some(focus) = &marks.scroll_to {
        let char_index = map.shown_char(text, focus.start);
        let place = galley.pos_from_cursor(CCursor::new(char_index)).translate(rect.min.to_vec2());
        ui.scroll_to_rect(place.expand(40.0), Some(egui::Align::Center));
    }
    let byte_at = |pointer: egui::Pos2| map.original_byte(text, galley.cursor_from_pos(pointer - rect.min).index.0);
    let byte = response.hover_pos().map(byte_at);
    if let Some(byte) = byte {
        mention_tooltip(corpus, doc, byte, &response);
    }
    let pressed_at = ui.input(|input| input.pointer.press_origin()).map(byte_at);
    let dragged_to = response.interact_pointer_pos().map(byte_at);
    TextResponse { response, byte, pressed_at, dragged_to }
}

fn mention_tooltip(corpus: &Corpus, doc: usize, byte: usize, response: &egui::Response) {
    let Some(analysis) = corpus.analyses.get(doc) else { return };
    let Some(mention) = analysis.mentions.iter().find(|mention| mention.span.contains(&byte)) else { return };
    let Some(note) = note(corpus, doc, mention) else { return };
    let affiliation = corpus.dictionary.affiliation_name(note.actor);
    response.clone().on_hover_text_at_pointer(note.tooltip(affiliation));
}
