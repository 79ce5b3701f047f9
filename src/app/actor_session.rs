//! The analyst's actors in the window: their layer and the file it is kept in, the edits made (with undo and
//! redo), and the counting again, in the background, after each. Every count follows: the corpus's mentions are
//! replaced once the matching is done, without reading or indexing the texts again.

use std::sync::{Arc, PoisonError, RwLock};

use super::commands::AppCommand;
use super::jobs::job::{Job, JobFailed};
use super::notices::Notice;
use crate::core::actor_edits::{ActorEdit, apply};
use crate::core::actors::{Dictionary, Layer};
use crate::core::corpus::{Corpus, CorpusError, Rematched};
use crate::core::user_actors::UserActors;

/// An edit's layer waiting for its counting, and what to say once it is done.
struct Counting {
    job: Job<Result<Rematched, CorpusError>>,
    said: String,
}

/// The actors' edits and their file.
#[derive(Default)]
pub struct ActorSession {
    actors: UserActors,
    /// The layers before each edit, with what the edit was, most recent last.
    undo: Vec<(Layer, String)>,
    /// The layers undone, most recent last.
    redo: Vec<(Layer, String)>,
    counting: Option<Counting>,
}

/// Which way through the edits.
enum Step {
    Back,
    Forth,
}

impl ActorSession {
    /// The session over the analyst's actors as read at start.
    pub fn new(actors: UserActors) -> Self {
        Self { actors, ..Self::default() }
    }

    /// The edits now in force.
    pub fn layer(&self) -> &Layer {
        &self.actors.layer
    }

    /// Where the edits are kept, as the window says it.
    pub fn file_label(&self) -> String {
        self.actors.path.as_deref().map_or_else(|| "nowhere (no config folder)".to_owned(), |p| p.display().to_string())
    }

    /// Why the analyst's file is not used, if it is not.
    pub fn problem(&self) -> Option<&str> {
        self.actors.problem.as_deref()
    }

    /// Whether an edit is being counted.
    pub fn is_counting(&self) -> bool {
        self.counting.is_some()
    }

    /// What undo would take back, if anything.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|(_, said)| said.as_str())
    }

    /// What redo would do again, if anything.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|(_, said)| said.as_str())
    }

    /// Makes an edit: checked at once, counted in the background.
    pub fn edit(&mut self, edit: &ActorEdit, corpus: &Arc<RwLock<Corpus>>, ctx: &egui::Context) -> Option<Notice> {
        if self.counting.is_some() {
            return Some(still_counting());
        }
        let (said, applied) = {
            let dictionary = &corpus.read().unwrap_or_else(PoisonError::into_inner).dictionary;
            (edit.describe(dictionary), apply(&self.actors.layer, dictionary, edit, &self.file_label()))
        };
        match applied {
            Ok((layer, next)) => {
                let before = std::mem::replace(&mut self.actors.layer, layer);
                self.undo.push((before, said.clone()));
                self.redo.clear();
                self.count(next, said, corpus, ctx)
            }
            Err(reason) => Some(Notice::Error(format!("Cannot do that: {reason}"))),
        }
    }

    /// Takes the last edit back.
    pub fn undo(&mut self, corpus: &Arc<RwLock<Corpus>>, ctx: &egui::Context) -> Option<Notice> {
        self.step(Step::Back, corpus, ctx)
    }

    /// Makes the last edit taken back again.
    pub fn redo(&mut self, corpus: &Arc<RwLock<Corpus>>, ctx: &egui::Context) -> Option<Notice> {
        self.step(Step::Forth, corpus, ctx)
    }

    fn step(&mut self, step: Step, corpus: &Arc<RwLock<Corpus>>, ctx: &egui::Context) -> Option<Notice> {
        if self.counting.is_some() {
            return Some(still_counting());
        }
        let file = self.file_label();
        let (from, to, verb) = match step {
            Step::Back => (&mut self.undo, &mut self.redo, "Undone"),
            Step::Forth => (&mut self.redo, &mut self.undo, "Redone"),
        };
        let (layer, said) = from.pop()?;
        let dictionary = match Dictionary::with_layer(&layer, &file) {
            Ok(dictionary) => dictionary,
            Err(error) => return Some(Notice::Error(format!("Cannot go back: {error}"))),
        };
        let current = std::mem::replace(&mut self.actors.layer, layer);
        to.push((current, said.clone()));
        self.count(dictionary, format!("{verb}: {said}"), corpus, ctx)
    }

    /// Takes a layer read from a file (an import, a workspace's actors) in place of the edits, with a way back;
    /// gives the dictionary it makes, to count with (see [`ActorSession::count_adopted`]).
    pub fn adopt(&mut self, layer: Layer, from: &str) -> Result<Dictionary, String> {
        let dictionary = Dictionary::with_layer(&layer, from).map_err(|error| error.to_string())?;
        let before = std::mem::replace(&mut self.actors.layer, layer);
        self.undo.push((before, format!("Actors of {from}")));
        self.redo.clear();
        if self.actors.path.is_some() {
            self.actors.save().map_err(|error| format!("Your actors are not saved: {error}"))?;
        }
        Ok(dictionary)
    }

    /// Counts the corpus with a dictionary adopted from a file.
    pub fn count_adopted(
        &mut self,
        dictionary: Dictionary,
        from: String,
        corpus: &Arc<RwLock<Corpus>>,
        ctx: &egui::Context,
    ) -> Option<Notice> {
        self.count(dictionary, format!("Counting with the actors of {from}"), corpus, ctx)
    }

    fn count(
        &mut self,
        dictionary: Dictionary,
        said: String,
        corpus: &Arc<RwLock<Corpus>>,
        ctx: &egui::Context,
    ) -> Option<Notice> {
        let shared = Arc::clone(corpus);
        let work = move || shared.read().unwrap_or_else(PoisonError::into_inner).rematched(dictionary);
        match Job::spawn("actors", "counting with your actors", ctx, work) {
            Ok(job) => {
                self.counting = Some(Counting { job, said });
                None
            }
            Err(error) => Some(Notice::Error(error.to_string())),
        }
    }

    /// Puts a finished counting in place and saves the edits; says what happened. `Some` once it is done.
    pub fn poll(&mut self, corpus: &Arc<RwLock<Corpus>>) -> Option<Vec<Notice>> {
        let outcome = self.counting.as_ref()?.job.poll_outcome()?;
        let said = self.counting.take().map(|counting| counting.said).unwrap_or_default();
        let applied = match outcome {
            Ok(rematched) => corpus.write().unwrap_or_else(PoisonError::into_inner).apply_rematch(rematched),
            Err(JobFailed::Work(error)) => Err(error),
            Err(JobFailed::Job(error)) => return Some(vec![Notice::Error(error.to_string())]),
        };
        let mut notices = Vec::new();
        match applied {
            Ok(()) => {
                notices.push(Notice::Offer { text: said, label: "Undo".to_owned(), command: AppCommand::UndoActors })
            }
            Err(error) => notices.push(Notice::Error(format!("The counts could not follow: {error}"))),
        }
        if self.actors.path.is_some()
            && let Err(error) = self.actors.save()
        {
            notices.push(Notice::Error(format!("Your actors are not saved: {error}")));
        }
        Some(notices)
    }
}

/// Said when an edit comes while the last is still being counted.
fn still_counting() -> Notice {
    Notice::Info("Wait a moment: the last edit is still being counted.".to_owned())
}
