//! The saved corpora: a corpus opened before reopens from the user's cache directory (its documents, analyses
//! and search index) instead of being read, analysed and indexed again. Each is kept under a [`Stamp`] of its
//! files' paths, sizes and modification times, and used only while they are unchanged.

mod snapshot;
mod stamp;

use std::path::{Path, PathBuf};
use std::time::SystemTime;

pub use stamp::{FileStamp, Stamp, stamp_files};

use crate::core::actors::Dictionary;
use crate::core::corpus::{Corpus, CorpusError, SavedParts};
use crate::core::readers::{Problem, read_paths_with};
use crate::core::search::{SearchError, SearchIndex};
use crate::core::sources::Sources;

/// How many saved corpora are kept; the least recently used go first.
const KEPT: usize = 6;
/// The environment variable that moves the cache (tests and benchmarks use their own).
pub const CACHE_DIR_VARIABLE: &str = "GEODASH_CACHE_DIR";

/// Why a corpus could not be saved or read back.
#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    /// A file of the cache could not be written or read.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The saved corpus does not decode.
    #[error("the saved corpus does not decode: {0}")]
    Encoding(#[from] postcard::Error),
    /// Its stamp does not decode.
    #[error("the saved corpus's stamp does not decode: {0}")]
    Stamp(#[from] serde_json::Error),
    /// Its search index could not be saved or read.
    #[error(transparent)]
    Search(#[from] SearchError),
    /// The corpus could not be rebuilt from it.
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    /// Its parts do not fit together.
    #[error("the saved corpus is inconsistent: {0}")]
    Inconsistent(&'static str),
}

/// A corpus read back, with the files that did not load when it was built.
pub struct Saved {
    /// The corpus.
    pub corpus: Corpus,
    /// Its load report.
    pub problems: Vec<Problem>,
}

/// The folder holding the saved corpora.
#[derive(Clone, Debug)]
pub struct CorpusCache {
    root: PathBuf,
}

impl CorpusCache {
    /// The cache in `root`.
    pub fn at(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// The user's cache (`$GEODASH_CACHE_DIR`, else `~/.cache/geodash/corpora` or the platform's like), if the
    /// system names one.
    pub fn user() -> Option<Self> {
        if let Some(root) = std::env::var_os(CACHE_DIR_VARIABLE) {
            return Some(Self::at(root));
        }
        let dirs = directories::ProjectDirs::from("", "", "geodash")?;
        Some(Self::at(dirs.cache_dir().join("corpora")))
    }

    fn entry(&self, stamp: &Stamp) -> PathBuf {
        self.root.join(stamp.key())
    }

    /// The corpus saved under this stamp, if one is and its stamp is the same in every file.
    /// Its mentions are matched again if they were found with another dictionary than `dictionary`.
    pub fn open(&self, stamp: &Stamp, dictionary: &Dictionary) -> Result<Option<Saved>, CacheError> {
        let entry = self.entry(stamp);
        let Ok(saved_stamp) = std::fs::read(entry.join("stamp.json")) else { return Ok(None) };
        if serde_json::from_slice::<Stamp>(&saved_stamp)? != *stamp {
            return Ok(None);
        }
        let snapshot = snapshot::read(&entry)?;
        let search = SearchIndex::open_saved(&entry.join("index"))?;
        if search.document_count() != snapshot.documents.len() {
            return Err(CacheError::Inconsistent("the index and the documents differ in number"));
        }
        let snapshot::Snapshot { name, dictionary: analysed_with, documents, analyses, fingerprints, problems } =
            snapshot;
        let as_of = stamp.sources.options.as_of;
        let parts = SavedParts { name, documents, analyses, fingerprints, as_of };
        let corpus = Corpus::from_saved(parts, search, dictionary.clone(), analysed_with)?;
        // Marks it as recently used, so it is among the last evicted; a failure only makes it go sooner.
        let _ = std::fs::File::open(entry.join("stamp.json")).and_then(|file| file.set_modified(SystemTime::now()));
        Ok(Some(Saved { corpus, problems }))
    }

    /// Saves the corpus under the stamp (written beside the entry, then renamed into place, so a crash leaves
    /// no half-written entry), and evicts the least recently used beyond [`KEPT`].
    pub fn save(&self, stamp: &Stamp, corpus: &Corpus, problems: &[Problem]) -> Result<(), CacheError> {
        let entry = self.entry(stamp);
        let nanos = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0, |time| time.as_nanos());
        let partial = self.root.join(format!(".partial-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(partial.join("index"))?;
        let written = write_entry(&partial, stamp, corpus, problems).and_then(|()| {
            if entry.exists() {
                std::fs::remove_dir_all(&entry)?;
            }
            Ok(std::fs::rename(&partial, &entry)?)
        });
        if written.is_err() {
            let _ = std::fs::remove_dir_all(&partial);
        }
        written?;
        self.evict(&entry, &stamp.sources);
        Ok(())
    }

    /// Removes what is of no more use: the entries of the same sources made from older files, the entries
    /// beyond the [`KEPT`] most recently used, and what a save cut short left an hour ago or more.
    fn evict(&self, kept: &Path, sources: &Sources) {
        let Ok(entries) = std::fs::read_dir(&self.root) else { return };
        let mut saved: Vec<(SystemTime, PathBuf)> = Vec::new();
        for entry in entries.filter_map(Result::ok).map(|entry| entry.path()) {
            let stamp_time = std::fs::metadata(entry.join("stamp.json")).and_then(|meta| meta.modified());
            let made = std::fs::metadata(&entry).and_then(|meta| meta.modified());
            let stale = match (&stamp_time, entry == kept) {
                (_, true) => false,
                (Ok(_), false) => sources_of(&entry).as_ref() == Some(sources),
                (Err(_), false) => made.is_ok_and(|time| time.elapsed().is_ok_and(|age| age.as_secs() > 3600)),
            };
            if stale {
                let _ = std::fs::remove_dir_all(&entry);
            } else if let Ok(time) = stamp_time {
                saved.push((time, entry));
            }
        }
        saved.sort_by_key(|(used, _)| std::cmp::Reverse(*used));
        for (_, old) in saved.iter().skip(KEPT) {
            let _ = std::fs::remove_dir_all(old);
        }
    }
}

/// The sources an entry was made from, if it says.
fn sources_of(entry: &Path) -> Option<Sources> {
    serde_json::from_slice(&std::fs::read(entry.join("sources.json")).ok()?).ok()
}

/// The parts of an entry, the stamp last: an entry with a stamp is whole.
fn write_entry(folder: &Path, stamp: &Stamp, corpus: &Corpus, problems: &[Problem]) -> Result<(), CacheError> {
    corpus.search.save(&folder.join("index"))?;
    snapshot::write(folder, corpus, problems)?;
    std::fs::write(folder.join("sources.json"), serde_json::to_vec(&stamp.sources)?)?;
    std::fs::write(folder.join("stamp.json"), serde_json::to_vec(stamp)?)?;
    Ok(())
}

/// A corpus built from its sources, and where it came from.
pub struct Opened {
    /// The corpus.
    pub corpus: Corpus,
    /// The files that did not load (and the duplicates left out).
    pub problems: Vec<Problem>,
    /// The stamp it was opened or built under.
    pub stamp: Stamp,
    /// True when it was read back from the cache.
    pub reopened: bool,
    /// Why the cache could not be used or written, if it could not: the corpus is whole all the same.
    pub cache_problem: Option<String>,
}

/// The corpus sources make: from the cache when it holds one made from these files as they are now, else
/// read (reporting each file done), analysed, indexed, and saved for the next time.
pub fn open_or_build(
    sources: &Sources,
    dictionary: &Dictionary,
    cache: Option<&CorpusCache>,
    on_file_done: &(dyn Fn(usize) + Sync),
) -> Result<Opened, CorpusError> {
    let stamp = Stamp::take(sources);
    let mut cache_problem = None;
    // The seeds alone are built faster than read back.
    let cache = cache.filter(|_| !sources.paths().is_empty());
    if let Some(cache) = cache {
        match cache.open(&stamp, dictionary) {
            Ok(Some(Saved { corpus, problems })) => {
                return Ok(Opened { corpus, problems, stamp, reopened: true, cache_problem });
            }
            Ok(None) => {}
            Err(error) => cache_problem = Some(format!("the saved corpus could not be read back ({error})")),
        }
    }
    let (corpus, problems) = build(sources, dictionary, on_file_done)?;
    if let Some(cache) = cache
        && let Err(error) = cache.save(&stamp, &corpus, &problems)
    {
        cache_problem = Some(format!("the corpus could not be saved for next time ({error})"));
    }
    Ok(Opened { corpus, problems, stamp, reopened: false, cache_problem })
}

/// Reads, analyses and indexes what the sources name.
fn build(
    sources: &Sources,
    dictionary: &Dictionary,
    on_file_done: &(dyn Fn(usize) + Sync),
) -> Result<(Corpus, Vec<Problem>), CorpusError> {
    let mut corpus = sources.starting_corpus(dictionary)?;
    let outcome = read_paths_with(&sources.paths(), &sources.options, on_file_done);
    let mut problems = outcome.problems;
    problems.extend(corpus.add(outcome.documents)?);
    Ok((corpus, problems))
}
