//! Computes the panels' figures off the window's thread when the corpus is large, so typing a query or
//! clicking a bar never holds a frame: the window keeps showing the last figures until the new ones arrive.

use std::sync::{Arc, PoisonError, RwLock};

use super::job::{Job, JobError, JobFailed};
use crate::core::corpus::Corpus;
use crate::core::figures::{Figures, figures};
use crate::core::search::SearchError;
use crate::core::view::ViewState;

/// Below this many documents the figures take a few milliseconds and are computed in the frame.
pub const BACKGROUND_FROM: usize = 2_000;

/// What the figures are asked for.
#[derive(Clone, Debug)]
pub struct FiguresRequest {
    /// The analyst's choices: the query and the filters (worked out here, since the actor filter reads every
    /// document's mentions).
    pub view: ViewState,
    /// At most this many hits.
    pub limit: usize,
}

impl FiguresRequest {
    /// The figures, computed here and now.
    pub fn compute(&self, corpus: &Corpus) -> Result<Figures, SearchError> {
        figures(corpus, &self.view.query, &self.view.filters(corpus), self.limit)
    }
}

/// Why no figures came: the query does not run, or the computation failed.
pub type FiguresError = JobFailed<SearchError>;

/// Figures computations running in the background, each under the key of the choices it was asked for: the
/// panels' [`Figures`], or another view's figures `T`.
pub struct FiguresWorker<K, T = Figures> {
    running: Vec<(K, Job<Result<T, SearchError>>)>,
}

impl<K, T> Default for FiguresWorker<K, T> {
    fn default() -> Self {
        Self { running: Vec::new() }
    }
}

impl<K: Send + 'static, T: Send + 'static> FiguresWorker<K, T> {
    /// Starts computing figures for `key` on a thread of its own, with `compute` over the corpus.
    pub fn start(
        &mut self,
        ctx: &egui::Context,
        key: K,
        corpus: &Arc<RwLock<Corpus>>,
        compute: impl FnOnce(&Corpus) -> Result<T, SearchError> + Send + 'static,
    ) -> Result<(), JobError> {
        let corpus = Arc::clone(corpus);
        let job = Job::spawn("figures", "computing the figures", ctx, move || {
            compute(&corpus.read().unwrap_or_else(PoisonError::into_inner))
        })?;
        self.running.push((key, job));
        Ok(())
    }

    /// The answers that have arrived since the last call, oldest first.
    pub fn poll(&mut self) -> Vec<(K, Result<T, FiguresError>)> {
        let mut answers = Vec::new();
        let mut still_running = Vec::new();
        for (key, job) in std::mem::take(&mut self.running) {
            match job.poll_outcome() {
                Some(result) => answers.push((key, result)),
                None => still_running.push((key, job)),
            }
        }
        self.running = still_running;
        answers
    }
}
