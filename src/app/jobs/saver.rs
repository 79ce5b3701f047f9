//! Saving the corpus shown into the cache once files were added to it, in the background, so that the next
//! session reopens it at once instead of reading it again.

use std::sync::{Arc, PoisonError, RwLock};

use super::job::{Job, JobError, JobFailed};
use crate::core::cache::{CacheError, CorpusCache, Stamp};
use crate::core::corpus::Corpus;
use crate::core::readers::Problem;

/// A save in progress.
pub struct Save {
    job: Job<Result<(), CacheError>>,
}

impl Save {
    /// Starts saving the corpus into the cache under the stamp of the files it was read from.
    pub fn start(
        ctx: &egui::Context,
        cache: CorpusCache,
        corpus: Arc<RwLock<Corpus>>,
        stamp: Stamp,
        problems: Vec<Problem>,
    ) -> Result<Self, JobError> {
        let job = Job::spawn("saver", "saving the corpus", ctx, move || {
            let corpus = corpus.read().unwrap_or_else(PoisonError::into_inner);
            cache.save(&stamp, &corpus, &problems)
        })?;
        Ok(Self { job })
    }

    /// How the save ended, once it has; `None` while it runs.
    pub fn poll(&self) -> Option<Result<(), JobFailed<CacheError>>> {
        self.job.poll_outcome()
    }
}
