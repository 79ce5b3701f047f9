//! Candidate actors found in the background: the evidence of the texts read before is kept, so that after
//! files are added only the new ones are read; the ranking runs again against the dictionary in force.

use std::sync::{Arc, PoisonError, RwLock};

use super::job::{Job, JobError};
use crate::core::candidates::{Candidate, CandidateIndex, Known};
use crate::core::corpus::Corpus;

/// How many candidates are listed.
pub const LISTED: usize = 60;

/// The corpus state a list was made for: its number of documents and its dictionary's key.
type MadeFor = (usize, u64);

/// The candidates of the corpus, and the search for them.
#[derive(Default)]
pub struct CandidateSearch {
    index: Option<CandidateIndex>,
    job: Option<Job<(CandidateIndex, Vec<Candidate>, MadeFor)>>,
    made_for: Option<MadeFor>,
    /// The candidates, best first.
    pub list: Vec<Candidate>,
    /// Why the last search failed, if it did.
    pub problem: Option<String>,
}

impl CandidateSearch {
    /// Whether a search runs.
    pub fn is_running(&self) -> bool {
        self.job.is_some()
    }

    /// Starts a search if the corpus or its dictionary changed since the list was made.
    pub fn refresh(&mut self, corpus: &Arc<RwLock<Corpus>>, ctx: &egui::Context) {
        if self.job.is_some() {
            return;
        }
        let now = {
            let corpus = corpus.read().unwrap_or_else(PoisonError::into_inner);
            (corpus.documents.len(), corpus.dictionary.key)
        };
        if self.made_for == Some(now) {
            return;
        }
        let mut index = self.index.take().unwrap_or_default();
        if index.documents() > now.0 {
            index = CandidateIndex::default();
        }
        let shared = Arc::clone(corpus);
        let work = move || {
            let corpus = shared.read().unwrap_or_else(PoisonError::into_inner);
            let new: Vec<&str> = corpus.documents.iter().skip(index.documents()).map(|d| d.text.as_str()).collect();
            index.add(&new);
            let text_of = |doc: usize| corpus.documents.get(doc).map_or("", |document| document.text.as_str());
            let list = index.ranked(text_of, &Known::of(&corpus.dictionary), LISTED);
            let made_for = (corpus.documents.len(), corpus.dictionary.key);
            drop(corpus);
            (index, list, made_for)
        };
        match Job::spawn("candidates", "finding candidate actors", ctx, work) {
            Ok(job) => self.job = Some(job),
            Err(error) => self.problem = Some(error.to_string()),
        }
    }

    /// Takes in a finished search.
    pub fn poll(&mut self) {
        let Some(outcome) = self.job.as_ref().and_then(Job::poll) else { return };
        self.job = None;
        match outcome {
            Ok((index, list, made_for)) => {
                (self.index, self.list, self.made_for, self.problem) = (Some(index), list, Some(made_for), None);
            }
            Err(JobError::Stopped { what, detail }) => {
                self.problem = Some(format!("{what} stopped: {}", detail.unwrap_or_default()));
            }
            Err(error) => self.problem = Some(error.to_string()),
        }
    }
}
