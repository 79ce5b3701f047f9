//! Loading documents in the background: read, analyse and index, with progress the window can show.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use super::job::{Job, JobError, JobFailed};
use crate::app::look::counts::thousands;
use crate::core::actors::Dictionary;
use crate::core::cache::{CorpusCache, FileStamp, Opened, open_or_build, stamp_files};
use crate::core::corpus::{Analyser, Batch, CorpusError};
use crate::core::readers::{Problem, ReadOptions, read_paths_with};
use crate::core::sources::Sources;

/// How far a load has got, shared with the thread doing it.
#[derive(Debug, Default)]
pub struct Progress {
    /// Files read so far.
    pub done: AtomicUsize,
    /// Files to read (known once the folders are walked).
    pub total: AtomicUsize,
    /// 0 while reading, 1 while analysing and indexing.
    pub stage: AtomicUsize,
    /// Set for a whole corpus, which may come from the saved index before any file is read.
    pub opening: AtomicBool,
}

impl Progress {
    /// A fraction from 0 to 1 for a progress bar, and a line saying what is happening.
    pub fn describe(&self) -> (f32, String) {
        let done = self.done.load(Ordering::Relaxed);
        let total = self.total.load(Ordering::Relaxed);
        if self.stage.load(Ordering::Relaxed) > 0 {
            return (1.0, format!("Analysing and indexing {} files…", thousands(total)));
        }
        if total == 0 && self.opening.load(Ordering::Relaxed) {
            return (0.0, "Opening the corpus…".to_owned());
        }
        if total == 0 {
            return (0.0, "Looking for files…".to_owned());
        }
        (done as f32 / total as f32, format!("Reading {} of {} files…", thousands(done), thousands(total)))
    }

    /// One more file of `total` read; the last one starts the analysis.
    fn note_file_done(&self, total: usize) {
        self.total.store(total, Ordering::Relaxed);
        if self.done.fetch_add(1, Ordering::Relaxed) + 1 >= total {
            self.stage.store(1, Ordering::Relaxed);
        }
    }
}

/// What a finished load hands back.
pub enum Loaded {
    /// Documents to add to the corpus shown.
    Added {
        /// The analysed, indexed documents to append.
        batch: Batch,
        /// The files that did not load.
        problems: Vec<Problem>,
        /// The files under the paths as they were before they were read, to save the corpus under.
        stamps: Vec<FileStamp>,
    },
    /// A whole corpus, built from its sources or reopened from the cache, to show instead.
    Opened(Box<Opened>),
}

/// A load in progress.
pub struct Load {
    /// Its progress.
    pub progress: Arc<Progress>,
    job: Job<Result<Loaded, CorpusError>>,
}

impl Load {
    /// Starts reading `paths` with the analyst's choices in the background.
    pub fn start(
        ctx: &egui::Context,
        paths: Vec<PathBuf>,
        options: ReadOptions,
        analyser: Analyser,
    ) -> Result<Self, JobError> {
        Self::spawn(ctx, move |progress| {
            let stamps = stamp_files(&paths);
            let outcome = read_paths_with(&paths, &options, &|total| progress.note_file_done(total));
            progress.stage.store(1, Ordering::Relaxed);
            let batch = analyser.prepare(outcome.documents)?;
            Ok(Loaded::Added { batch, problems: outcome.problems, stamps })
        })
    }

    /// Starts making the corpus of the sources in the background: read back from the cache if it holds it for
    /// these files as they are, else read, analysed, indexed and saved there.
    pub fn open(
        ctx: &egui::Context,
        sources: Sources,
        dictionary: Dictionary,
        cache: Option<CorpusCache>,
    ) -> Result<Self, JobError> {
        Self::spawn(ctx, move |progress| {
            progress.opening.store(true, Ordering::Relaxed);
            let on_file_done = |total| progress.note_file_done(total);
            let opened = open_or_build(&sources, &dictionary, cache.as_ref(), &on_file_done)?;
            Ok(Loaded::Opened(Box::new(opened)))
        })
    }

    fn spawn(
        ctx: &egui::Context,
        work: impl FnOnce(&Progress) -> Result<Loaded, CorpusError> + Send + 'static,
    ) -> Result<Self, JobError> {
        let progress = Arc::new(Progress::default());
        let shared = Arc::clone(&progress);
        let job = Job::spawn("loader", "loading", ctx, move || work(&shared))?;
        Ok(Self { progress, job })
    }

    /// The result once the load is finished, `None` while it runs.
    pub fn poll(&self) -> Option<Result<Loaded, JobFailed<CorpusError>>> {
        self.job.poll_outcome()
    }
}
