//! The reader's right-click menus: on a mention, what the analyst may say of it (not this actor here, not in
//! this corpus, no actor at all, edit the actor); on words selected by dragging, make them an actor or a name of
//! one, or mark them as no actor.

use std::ops::Range;

use crate::app::commands::AppCommand;
use crate::core::actor_edits::ActorEdit;
use crate::core::actors::Discard;
use crate::core::corpus::Corpus;

/// Words selected in an article, as bytes of its text (the anchor where the drag began, the end where it is).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    /// The document.
    pub doc: usize,
    anchor: usize,
    end: usize,
}

impl Selection {
    /// The selected bytes, in order.
    pub fn range(&self) -> Range<usize> {
        self.anchor.min(self.end)..self.anchor.max(self.end)
    }

    /// The selected words, whole (a selection that ends inside a word takes all of it), without the spaces and
    /// punctuation around them.
    fn words<'t>(&self, corpus: &'t Corpus) -> Option<&'t str> {
        let text = corpus.documents.get(self.doc)?.text.as_str();
        let in_word = |c: char| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’';
        let Range { mut start, mut end } = self.range();
        while let Some(before) = text.get(..start).and_then(|head| head.chars().next_back()).filter(|&c| in_word(c)) {
            start -= before.len_utf8();
        }
        while let Some(after) = text.get(end..).and_then(|tail| tail.chars().next()).filter(|&c| in_word(c)) {
            end += after.len_utf8();
        }
        let words = text.get(start..end)?.trim_matches(|c: char| !c.is_alphanumeric());
        (words.chars().count() >= 2).then_some(words)
    }
}

/// What a right-click menu is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MenuFor {
    /// A mention (document, its place in the analysis).
    Mention(usize, usize),
    /// The words selected.
    Selection(Selection),
}

/// The article text's response, with where the pointer is and where it was pressed, as bytes of the text.
pub struct TextResponse {
    /// The text's response.
    pub response: egui::Response,
    /// The byte under the pointer.
    pub byte: Option<usize>,
    /// The byte where the pointer was pressed.
    pub pressed_at: Option<usize>,
    /// The byte the pointer is dragged to.
    pub dragged_to: Option<usize>,
}

impl TextResponse {
    /// Dragging over the text selects words; a click elsewhere clears them.
    pub fn select(&self, doc: usize, selection: &mut Option<Selection>) {
        if self.response.drag_started()
            && let Some(anchor) = self.pressed_at
        {
            *selection = Some(Selection { doc, anchor, end: anchor });
        }
        if self.response.dragged()
            && let (Some(selected), Some(end)) = (selection.as_mut(), self.dragged_to)
        {
            selected.end = end;
        }
        if self.response.clicked() {
            *selection = None;
        }
    }
}

/// Opens the menu a right-click asks for, and draws it while it is open.
pub fn ui(
    corpus: &Corpus,
    doc: usize,
    text: &TextResponse,
    (menu, selection): (&mut Option<MenuFor>, Option<&Selection>),
    commands: &mut Vec<AppCommand>,
) {
    if text.response.secondary_clicked() {
        let in_selection = selection
            .filter(|selected| selected.doc == doc && text.byte.is_some_and(|byte| selected.range().contains(&byte)));
        let mentions = corpus.analyses.get(doc).map(|analysis| analysis.mentions.as_slice()).unwrap_or_default();
        let under = text.byte.and_then(|byte| mentions.iter().position(|mention| mention.span.contains(&byte)));
        *menu = match (in_selection, under) {
            (Some(selected), _) => Some(MenuFor::Selection(selected.clone())),
            (None, Some(mention)) => Some(MenuFor::Mention(doc, mention)),
            (None, None) => None,
        };
    }
    match menu.clone() {
        Some(MenuFor::Mention(menu_doc, index)) if menu_doc == doc => mention_menu(corpus, doc, index, text, commands),
        Some(MenuFor::Selection(selected)) if selected.doc == doc => selection_menu(corpus, &selected, text, commands),
        _ => {}
    }
}

/// Right-click on selected words: a new actor, a name of an actor, or no actor.
fn selection_menu(corpus: &Corpus, selection: &Selection, text: &TextResponse, commands: &mut Vec<AppCommand>) {
    let Some(words) = selection.words(corpus) else { return };
    text.response.context_menu(|ui| {
        if ui.button(format!("Add \"{words}\" as an actor…")).clicked() {
            commands.push(AppCommand::DraftActor(words.to_owned()));
        }
        if ui.button(format!("Add \"{words}\" as a name of an actor…")).clicked() {
            commands.push(AppCommand::DraftAlias(words.to_owned()));
        }
        if ui.button(format!("\"{words}\" names no actor")).clicked() {
            commands.push(AppCommand::EditActors(ActorEdit::NotAnActor(words.to_owned())));
        }
    });
}

/// Right-click on a mention: discard it here, discard its words for this actor in the corpus, open the actor
/// in the editor, or mark the words as no actor.
fn mention_menu(corpus: &Corpus, doc: usize, index: usize, text: &TextResponse, commands: &mut Vec<AppCommand>) {
    let Some(analysis) = corpus.analyses.get(doc) else { return };
    let (Some(mention), Some(document)) = (analysis.mentions.get(index), corpus.documents.get(doc)) else { return };
    let Some(actor) = corpus.dictionary.actors.get(mention.actor) else { return };
    let words = document.text.get(mention.span.clone()).unwrap_or_default().to_owned();
    text.response.context_menu(|ui| {
        let discard = |corpus_name: Option<String>, at: Option<usize>| Discard {
            actor: actor.id.clone(),
            alias: words.clone(),
            corpus: corpus_name,
            document: at.map(|_| document.id.clone()),
            at,
        };
        if ui.button(format!("Not {} here (discard this mention)", actor.name)).clicked() {
            commands.push(AppCommand::EditActors(ActorEdit::Discard(discard(None, Some(mention.span.start)))));
        }
        if ui.button(format!("\"{words}\" is not {} in this corpus", actor.name)).clicked() {
            commands.push(AppCommand::EditActors(ActorEdit::Discard(discard(Some(corpus.name.clone()), None))));
        }
        if ui.button(format!("\"{words}\" names no actor anywhere")).clicked() {
            commands.push(AppCommand::EditActors(ActorEdit::NotAnActor(words.clone())));
        }
        if ui.button(format!("Edit {}…", actor.name)).clicked() {
            commands.push(AppCommand::ShowActor(actor.id.clone()));
        }
    });
}
