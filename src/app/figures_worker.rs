//! Computes the panels' figures off the window's thread when the corpus is large, so typing a query or
//! clicking a bar never holds a frame: the window keeps showing the last figures until the new ones arrive.

use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, PoisonError, RwLock};

use crate::core::corpus::Corpus;
use crate::core::figures::{Figures, figures};
use crate::core::search::Filters;

/// Below this many documents the figures take a few milliseconds and are computed in the frame.
pub const BACKGROUND_FROM: usize = 2_000;

/// What one computation answers: the request it was for, and the figures or why the query failed.
pub type Answer<K> = (K, Result<Figures, String>);

/// Figures computations running in the background; their answers come back through one channel.
pub struct FiguresWorker<K> {
    receiver: Receiver<Answer<K>>,
    sender: std::sync::mpsc::Sender<Answer<K>>,
}

impl<K: Send + 'static> Default for FiguresWorker<K> {
    fn default() -> Self {
        let (sender, receiver) = channel();
        Self { receiver, sender }
    }
}

impl<K: Send + 'static> FiguresWorker<K> {
    /// Starts computing the figures for `key` on a thread of its own; `wake` is called when they are ready.
    pub fn start(
        &self,
        key: K,
        corpus: &Arc<RwLock<Corpus>>,
        request: (String, Filters, usize),
        wake: impl Fn() + Send + 'static,
    ) -> Result<(), String> {
        let (corpus, sender) = (Arc::clone(corpus), self.sender.clone());
        std::thread::Builder::new()
            .name("geodash-figures".to_owned())
            .spawn(move || {
                let (query, filters, limit) = request;
                let corpus = corpus.read().unwrap_or_else(PoisonError::into_inner);
                let result = figures(&corpus, &query, &filters, limit).map_err(|error| error.to_string());
                drop(corpus);
                let _ = sender.send((key, result));
                wake();
            })
            .map_err(|error| format!("cannot start a background computation: {error}"))?;
        Ok(())
    }

    /// The answers that have arrived since the last call, oldest first.
    pub fn poll(&mut self) -> Vec<Answer<K>> {
        self.receiver.try_iter().collect()
    }
}
