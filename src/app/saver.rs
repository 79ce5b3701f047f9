//! Saving the corpus shown into the cache once files were added to it, on a background thread, so that the
//! next session reopens it at once instead of reading it again.

use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, PoisonError, RwLock};

use crate::core::cache::{CorpusCache, Stamp};
use crate::core::corpus::Corpus;
use crate::core::readers::Problem;

/// A save in progress.
pub struct Save {
    receiver: Receiver<Result<(), String>>,
}

impl Save {
    /// Starts saving the corpus into the cache under the stamp of the files it was read from.
    pub fn start(
        cache: CorpusCache,
        corpus: Arc<RwLock<Corpus>>,
        stamp: Stamp,
        problems: Vec<Problem>,
    ) -> Result<Self, String> {
        let (sender, receiver) = channel();
        std::thread::Builder::new()
            .name("geodash-saver".to_owned())
            .spawn(move || {
                let corpus = corpus.read().unwrap_or_else(PoisonError::into_inner);
                let result = cache.save(&stamp, &corpus, &problems).map_err(|error| error.to_string());
                // The window may have closed meanwhile: then nobody needs to hear of it.
                let _ = sender.send(result);
            })
            .map_err(|error| format!("cannot start saving the corpus: {error}"))?;
        Ok(Self { receiver })
    }

    /// How the save ended, once it has; `None` while it runs.
    pub fn poll(&self) -> Option<Result<(), String>> {
        match self.receiver.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err("the saving thread stopped unexpectedly".to_owned())),
        }
    }
}
