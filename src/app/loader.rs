//! Loading documents on a background thread: read, analyse and index, with progress the window can show.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::counts::thousands;
use crate::core::cache::{CorpusCache, FileStamp, Opened, Recipe, open_or_build, stamp_files};
use crate::core::corpus::{Analyser, Batch};
use crate::core::readers::{Problem, ReadOptions, read_paths_with};

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
    pub opening: std::sync::atomic::AtomicBool,
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
    receiver: Receiver<Result<Loaded, String>>,
}

impl Load {
    /// Starts reading `paths` with the analyst's choices on a named background thread; `wake` is called when it
    /// is done.
    pub fn start(
        paths: Vec<PathBuf>,
        options: ReadOptions,
        analyser: Analyser,
        wake: impl Fn() + Send + 'static,
    ) -> Result<Self, String> {
        Self::spawn(move |progress| load(&paths, &options, analyser, progress), wake)
    }

    /// Starts making the corpus of a recipe on a background thread: read back from the cache if it holds it
    /// for these files as they are, else read, analysed, indexed and saved there.
    pub fn open(recipe: Recipe, cache: Option<CorpusCache>, wake: impl Fn() + Send + 'static) -> Result<Self, String> {
        Self::spawn(
            move |progress| {
                progress.opening.store(true, Ordering::Relaxed);
                let opened = open_or_build(&recipe, cache.as_ref(), &|total| note_file_done(progress, total));
                opened.map(|opened| Loaded::Opened(Box::new(opened))).map_err(|error| error.to_string())
            },
            wake,
        )
    }

    fn spawn(
        work: impl FnOnce(&Progress) -> Result<Loaded, String> + Send + 'static,
        wake: impl Fn() + Send + 'static,
    ) -> Result<Self, String> {
        let progress = Arc::new(Progress::default());
        let (sender, receiver) = channel();
        let shared = Arc::clone(&progress);
        std::thread::Builder::new()
            .name("geodash-loader".to_owned())
            .spawn(move || {
                let result = work(&shared);
                // The window may have closed meanwhile: then nobody needs the result.
                let _ = sender.send(result);
                wake();
            })
            .map_err(|error| format!("cannot start loading: {error}"))?;
        Ok(Self { progress, receiver })
    }

    /// The result once the load is finished, `None` while it runs.
    pub fn poll(&self) -> Option<Result<Loaded, String>> {
        match self.receiver.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err("the loading thread stopped unexpectedly".to_owned())),
        }
    }
}

fn load(paths: &[PathBuf], options: &ReadOptions, analyser: Analyser, progress: &Progress) -> Result<Loaded, String> {
    let stamps = stamp_files(paths);
    let outcome = read_paths_with(paths, options, &|total| note_file_done(progress, total));
    progress.stage.store(1, Ordering::Relaxed);
    let batch = analyser.prepare(outcome.documents).map_err(|error| error.to_string())?;
    Ok(Loaded::Added { batch, problems: outcome.problems, stamps })
}

/// One more file of `total` read; the last one starts the analysis.
fn note_file_done(progress: &Progress, total: usize) {
    progress.total.store(total, Ordering::Relaxed);
    if progress.done.fetch_add(1, Ordering::Relaxed) + 1 >= total {
        progress.stage.store(1, Ordering::Relaxed);
    }
}
