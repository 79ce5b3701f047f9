//! The search box and the ranked article list, with snippets whose hits are marked.

use super::PanelInput;
use crate::app::commands::AppCommand;
use crate::app::derived::Derived;
use crate::app::look::counts::{count, thousands};
use crate::app::look::elide::{elide_middle, text_width};
use crate::app::look::marked_text::{hit_paints, layout_job};
use crate::app::look::palette::hit_background;
use crate::core::corpus::Corpus;
use crate::core::search::{DateMatch, Hit};
use crate::core::view::{HIT_LIMIT, ViewState};

/// The height of one row of the list.
const ROW_HEIGHT: f32 = 104.0;

/// The id of the search box, for Ctrl+F.
pub fn search_box_id() -> egui::Id {
    egui::Id::unique("search_box")
}

/// Draws the search box and hit list between the actor plot and the reader; gives back where it is.
pub fn ui(
    ui: &mut egui::Ui,
    input: &PanelInput<'_>,
    width: egui::Rangef,
    commands: &mut Vec<AppCommand>,
) -> egui::Rect {
    let PanelInput { corpus, view, derived, presenting, .. } = *input;
    let panel = egui::Panel::left("hits_panel").resizable(true).size_range(width).show(ui, |ui| {
        ui.set_min_width(ui.available_width());
        ui.add_space(4.0);
        ui.heading("Articles");
        if !presenting {
            search_box_ui(ui, &view.query, commands);
            super::facet_filters::ui(ui, input, commands);
            super::selection_chips::ui(ui, input, commands);
        } else if !view.query.trim().is_empty() {
            ui.label(format!("Search: {}", view.query.trim()));
        }
        if let Some(error) = &derived.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        count_line_ui(ui, input, commands);
        ui.separator();
        if presenting {
            whole_rows_ui(ui, corpus, view, derived, commands);
        } else {
            list_ui(ui, corpus, view, derived, commands);
        }
    });
    panel.response.rect
}

fn search_box_ui(ui: &mut egui::Ui, query: &str, commands: &mut Vec<AppCommand>) {
    let shortcut = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::F);
    if ui.input_mut(|input| input.consume_shortcut(&shortcut)) {
        ui.memory_mut(|memory| memory.request_focus(search_box_id()));
    }
    let mut text = query.to_owned();
    ui.horizontal(|ui| {
        let label = ui.label("Search");
        let edit = egui::TextEdit::singleline(&mut text)
            .id(search_box_id())
            .hint_text("words, \"a phrase\", AND, OR, NOT, prefix*   (Ctrl+F)")
            .desired_width(f32::INFINITY);
        ui.add(edit).labelled_by(label.id);
    });
    if text != query {
        commands.push(AppCommand::SetQuery(text));
    }
}

fn count_line_ui(ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) {
    let PanelInput { corpus, view, derived, presenting, .. } = *input;
    let shown = derived.figures.hits.len();
    let mut line =
        format!("{} of {} documents", thousands(derived.figures.hit_total), thousands(corpus.documents.len()));
    if derived.figures.hit_total > shown && shown == HIT_LIMIT {
        line.push_str(&format!(" (the best {HIT_LIMIT} listed)"));
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(line).small());
        if derived.is_updating() {
            ui.spinner();
            ui.label(egui::RichText::new("updating…").small().weak());
        }
        let (undated, vague) = (derived.figures.undated, derived.figures.vague_outside);
        let warn = ui.visuals().warn_fg_color;
        if view.date_filter.is_some() && !view.include_undated && undated > 0 {
            let left_out = format!("· {} left out by the dates", count(undated, "undated article", "undated articles"));
            ui.label(egui::RichText::new(left_out).small().color(warn));
            if !presenting && ui.small_button("Include undated").clicked() {
                commands.push(AppCommand::IncludeUndated(true));
            }
        }
        if vague > 0 {
            let what = count(
                vague,
                "article dated only to a month or year overlaps",
                "articles dated only to a month or year overlap",
            );
            ui.label(egui::RichText::new(format!("· {what} the dates, not within them")).small().color(warn));
            if !presenting && ui.small_button("Let them in").clicked() {
                commands.push(AppCommand::SetDateMatch(DateMatch::Overlaps));
            }
        }
    });
}

/// For an image: as many whole rows as fit, none cut in the middle.
fn whole_rows_ui(
    ui: &mut egui::Ui,
    corpus: &Corpus,
    view: &ViewState,
    derived: &Derived,
    commands: &mut Vec<AppCommand>,
) {
    let fitting = (ui.available_height() / ROW_HEIGHT).floor().max(0.0) as usize;
    for hit in derived.figures.hits.iter().take(fitting) {
        row_ui(ui, corpus, view, derived, hit, commands);
    }
}

fn list_ui(ui: &mut egui::Ui, corpus: &Corpus, view: &ViewState, derived: &Derived, commands: &mut Vec<AppCommand>) {
    egui::ScrollArea::vertical().id_salt("hit_list").auto_shrink(false).show_rows(
        ui,
        ROW_HEIGHT,
        derived.figures.hits.len(),
        |ui, rows| {
            for hit in derived.figures.hits.get(rows).unwrap_or_default() {
                row_ui(ui, corpus, view, derived, hit, commands);
            }
        },
    );
}

fn row_ui(
    ui: &mut egui::Ui,
    corpus: &Corpus,
    view: &ViewState,
    derived: &Derived,
    hit: &Hit,
    commands: &mut Vec<AppCommand>,
) {
    let Some(document) = corpus.documents.get(hit.doc) else { return };
    // Every row is exactly ROW_HEIGHT high, so the virtual list's scroll range matches what it draws.
    let width = ui.available_width();
    let (rect, row_response) = ui.allocate_exact_size(egui::vec2(width, ROW_HEIGHT), egui::Sense::click());
    let selected = view.selected == Some(hit.doc);
    if row_response.hovered() && !selected {
        ui.painter().rect_filled(rect, 4.0, ui.visuals().widgets.hovered.weak_bg_fill.gamma_multiply(0.5));
    }
    let mut row = ui.new_child(egui::UiBuilder::new().max_rect(rect).layout(egui::Layout::top_down(egui::Align::Min)));
    row.set_clip_rect(rect.intersect(ui.clip_rect()));
    // Plain labels, so a click anywhere on the row opens the article rather than selecting text.
    row.style_mut().interaction.selectable_labels = false;
    let title = egui::RichText::new(&document.title).strong();
    let button = row.add(egui::Button::selectable(selected, title).truncate()).on_hover_text(&document.title);
    if button.clicked() || row_response.clicked() {
        let focus = first_hit_in(corpus, view, hit.doc);
        commands.push(AppCommand::Open { doc: hit.doc, focus });
    }
    let date = document.published.as_ref().map_or_else(|| "undated".to_owned(), |p| p.span.label());
    let speaker = corpus.speaker_name(hit.doc);
    let outlet = document.meta.outlet.as_deref().map_or_else(String::new, |outlet| format!("{outlet}  ·  "));
    let about = match speaker {
        Some(speaker) => format!("{date}  ·  speech by {speaker}  ·  {outlet}"),
        None => format!("{date}  ·  {outlet}"),
    };
    // One line: the file's path gives way in its middle, where its folders repeat from row to row.
    let font = egui::TextStyle::Small.resolve(row.style());
    let room = width - text_width(&row, &about, &font) - 8.0;
    let source = elide_middle(&row, &document.source.label(), &font, room);
    row.add(egui::Label::new(egui::RichText::new(format!("{about}{source}")).small().weak()).truncate());
    snippet_ui(&mut row, corpus, derived, hit, width);
    let bottom = rect.bottom() - 1.0;
    ui.painter().hline(rect.x_range(), bottom, ui.visuals().widgets.noninteractive.bg_stroke);
}

fn snippet_ui(ui: &mut egui::Ui, corpus: &Corpus, derived: &Derived, hit: &Hit, width: f32) {
    let dark = ui.visuals().dark_mode;
    let font = egui::TextStyle::Small.resolve(ui.style());
    let color = ui.visuals().text_color();
    let (text, paints) = match derived.snippet(corpus, hit.doc).filter(|snippet| !snippet.text.is_empty()) {
        Some(snippet) => {
            (snippet.text.replace(['\n', '\r', '\t'], " "), hit_paints(&snippet.marks, hit_background(dark)))
        }
        None => {
            let text = corpus.documents.get(hit.doc).map_or("", |document| document.text.as_str());
            let end = text.char_indices().nth(240).map_or(text.len(), |(at, _)| at);
            (text.get(..end).unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" "), Vec::new())
        }
    };
    let mut job = layout_job(&text, &paints, font, color, width);
    job.wrap.max_rows = 3;
    ui.label(job);
}

/// The first search hit in a document, to scroll the reader to.
fn first_hit_in(corpus: &Corpus, view: &ViewState, doc: usize) -> Option<std::ops::Range<usize>> {
    let document = corpus.documents.get(doc)?;
    corpus.search.highlight(&view.query, &document.text).ok()?.into_iter().next()
}
