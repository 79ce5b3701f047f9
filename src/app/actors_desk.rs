//! Everything about the analyst's own actors in the window, in one owner: their edits and file
//! ([`ActorSession`]), the actors window (the editor), and the candidates window with its search in the
//! background. The app hands it the actor commands and draws it after the panels.

use std::sync::{Arc, RwLock};

use super::actor_session::ActorSession;
use super::commands::AppCommand;
use super::jobs::candidates::CandidateSearch;
use super::notices::Notice;
use super::windows::actors::{ActorsFacts, ActorsWindow};
use super::windows::candidates::CandidatesWindow;
use crate::core::actors::{Dictionary, Layer};
use crate::core::corpus::Corpus;
use crate::core::stats::mention_counts;
use crate::core::user_actors::{UserActors, write_layer};

/// The actors' owner.
#[derive(Default)]
pub struct ActorsDesk {
    session: ActorSession,
    editor: ActorsWindow,
    candidates: CandidatesWindow,
    search: CandidateSearch,
    /// Each actor's mentions, for the actors window, with the corpus state (documents, dictionary key) they were
    /// counted in: counted again only when that changes, not at every frame.
    counts: Option<((usize, u64), Vec<usize>)>,
}

impl ActorsDesk {
    /// The desk over the analyst's actors as read at start; a file that did not read is said at once.
    pub fn new(actors: UserActors) -> (Self, Option<Notice>) {
        let problem = actors.problem.clone().map(|problem| {
            Notice::Error(format!(
                "Your actors are not used (the shipped ones are): {problem}. The file is kept as it is."
            ))
        });
        (Self { session: ActorSession::new(actors), ..Self::default() }, problem)
    }

    /// Whether an edit is being counted.
    pub fn is_counting(&self) -> bool {
        self.session.is_counting()
    }

    /// The analyst's edits as a file's text (for workspaces), if there are any.
    pub fn layer_text(&self) -> Option<String> {
        let layer = self.session.layer();
        (!layer.is_empty()).then(|| layer.to_toml())
    }

    /// Takes the actors of a file's text (a workspace's or an imported file's) in place of the analyst's, with a
    /// way back; gives the dictionary they make, or says why they cannot be used.
    pub fn adopt(&mut self, text: &str, from: &str) -> Result<Dictionary, String> {
        let layer = Layer::parse(text).map_err(|error| format!("{from}: {error}"))?;
        self.session.adopt(layer, from)
    }

    /// Carries out an actor command; `busy` when files are loading (the actors cannot change then).
    pub fn run(
        &mut self,
        command: &AppCommand,
        corpus: &Arc<RwLock<Corpus>>,
        busy: bool,
        ctx: &egui::Context,
    ) -> Option<Notice> {
        let changes = matches!(
            command,
            AppCommand::EditActors(_) | AppCommand::UndoActors | AppCommand::RedoActors | AppCommand::ImportActors(_)
        );
        if changes && busy {
            return Some(Notice::Info("Wait for the files to load before changing the actors.".to_owned()));
        }
        match command {
            AppCommand::EditActors(edit) => self.session.edit(edit, corpus, ctx),
            AppCommand::UndoActors => self.session.undo(corpus, ctx),
            AppCommand::RedoActors => self.session.redo(corpus, ctx),
            AppCommand::ToggleActorsWindow => {
                self.editor.open = !self.editor.open;
                None
            }
            AppCommand::ShowActor(id) => {
                self.editor.show_actor(id);
                None
            }
            AppCommand::DraftActor(name) => {
                self.editor.draft_actor(name);
                None
            }
            AppCommand::DraftAlias(alias) => {
                self.editor.draft_alias(alias);
                None
            }
            AppCommand::ExportActors(path) => Some(match write_layer(path, self.session.layer()) {
                Ok(()) => Notice::Info(format!("Your actors are saved in {}", path.display())),
                Err(error) => Notice::Error(error.to_string()),
            }),
            AppCommand::ImportActors(path) => Some(self.import(path, corpus, busy, ctx)),
            AppCommand::ToggleCandidates => {
                self.candidates.open = !self.candidates.open;
                None
            }
            _ => None,
        }
    }

    fn import(
        &mut self,
        path: &std::path::Path,
        corpus: &Arc<RwLock<Corpus>>,
        busy: bool,
        ctx: &egui::Context,
    ) -> Notice {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) => return Notice::Error(format!("{}: {error}", path.display())),
        };
        let from = path.display().to_string();
        match self.adopt(&text, &from) {
            Ok(dictionary) if !busy => self
                .session
                .count_adopted(dictionary, from, corpus, ctx)
                .unwrap_or_else(|| Notice::Info(format!("Counting with the actors of {}…", path.display()))),
            Ok(_) => Notice::Info("Wait for the files to load before changing the actors.".to_owned()),
            Err(reason) => Notice::Error(reason),
        }
    }

    /// Takes in a finished candidate search, and a finished counting: then the counts changed (figures drawn
    /// before are void) and what to say comes back.
    pub fn poll(&mut self, corpus: &Arc<RwLock<Corpus>>, ctx: &egui::Context) -> Option<Vec<Notice>> {
        self.search.poll();
        if self.candidates.open {
            self.search.refresh(corpus, ctx);
        }
        self.session.poll(corpus)
    }

    /// Forgets the candidates of a corpus that is gone.
    pub fn corpus_replaced(&mut self) {
        self.search = CandidateSearch::default();
        self.counts = None;
    }

    /// Counts each actor's mentions in the corpus again if the corpus or its actors changed.
    fn recount_if_changed(&mut self, corpus: &Corpus) {
        let now = (corpus.documents.len(), corpus.dictionary.key);
        if self.counts.as_ref().is_none_or(|(made_for, _)| *made_for != now) {
            self.counts = Some((now, mention_counts(corpus)));
        }
    }

    /// Draws the windows that are open.
    pub fn ui(&mut self, ctx: &egui::Context, corpus: &Corpus, commands: &mut Vec<AppCommand>) {
        let busy = self.session.is_counting();
        if self.editor.open {
            self.recount_if_changed(corpus);
            let counts = self.counts.as_ref().map_or(&[][..], |(_, counts)| counts.as_slice());
            let facts = ActorsFacts {
                counts,
                layer: self.session.layer(),
                file: self.session.file_label(),
                undo: self.session.undo_label(),
                redo: self.session.redo_label(),
                busy,
            };
            self.editor.ui(ctx, &corpus.dictionary, &facts, commands);
        }
        if self.candidates.open {
            self.candidates.ui(ctx, &self.search, corpus, busy, commands);
        }
    }
}
