//! Readers turn files and folders into [`Document`]s, and account for every file they could not read.
//!
//! Each format is one module; [`dispatch::reader_for`] picks it from the file name. Adding a format means a
//! new module, one line in `reader_for` and one in `read_bytes`.

mod archive;
mod database_export;
mod decode;
mod dispatch;
mod feed;
mod feed_dates;
mod header_block;
mod html;
mod mail;
mod numbered_names;
mod numeric_dates;
mod office;
mod options;
mod origin;
mod pdf;
mod rtf;
mod table;
mod text;
mod tidy;
mod title;
mod xml_text;
mod zipped;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use walkdir::WalkDir;

pub use dispatch::{READ_EXTENSIONS, Reader, reader_for};
pub use options::ReadOptions;
pub use origin::Origin;
pub use text::document_from_text;
pub use title::title_from_text;

use crate::core::document::Document;

/// Files larger than this are skipped with a message instead of being read into memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// What happened to a file that did not become a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Outcome {
    /// Left out on purpose: a format geodash does not read, a file too large.
    Skipped,
    /// Meant to be read, but reading it failed.
    Failed,
    /// Read, but its text is already in the corpus: counted once.
    Duplicate,
    /// Read, but how was a guess the analyst should check (a table's text column).
    Unsure,
}

impl Outcome {
    /// "skipped", "failed" or "duplicate".
    pub fn label(self) -> &'static str {
        match self {
            Self::Skipped => "skipped",
            Self::Failed => "failed",
            Self::Duplicate => "duplicate",
            Self::Unsure => "check",
        }
    }
}

/// A file that did not load, and why.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    /// The file or folder concerned.
    pub path: PathBuf,
    /// Skipped, failed or duplicate.
    pub outcome: Outcome,
    /// The reason, in words a user understands.
    pub reason: String,
    /// For a guess, what the analyst may choose instead (a table's columns); empty otherwise.
    pub choices: Vec<String>,
}

impl Problem {
    /// A problem with no choices offered.
    pub fn new(path: PathBuf, outcome: Outcome, reason: impl Into<String>) -> Self {
        Self { path, outcome, reason: reason.into(), choices: Vec::new() }
    }

    fn skipped(path: &Path, reason: impl Into<String>) -> Self {
        Self::new(path.to_path_buf(), Outcome::Skipped, reason)
    }

    fn failed(path: &Path, reason: impl Into<String>) -> Self {
        Self::new(path.to_path_buf(), Outcome::Failed, reason)
    }
}

/// Lists the readable files under the given paths (folders recursively, symbolic links followed, loops
/// reported), in a stable order, with a [`Problem`] for each path that cannot be walked or read.
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Problem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for root in paths {
        for entry in WalkDir::new(root).follow_links(true).sort_by_file_name() {
            match entry {
                Ok(entry) if entry.file_type().is_file() => {
                    if reader_for(&entry.file_name().to_string_lossy()).is_some() {
                        files.push(entry.into_path());
                    } else {
                        problems.push(Problem::skipped(entry.path(), unsupported_reason(entry.path())));
                    }
                }
                Ok(_) => {}
                Err(error) => problems.push(walk_problem(root, &error)),
            }
        }
    }
    (files, problems)
}

fn unsupported_reason(path: &Path) -> String {
    match path.extension().and_then(|extension| extension.to_str()) {
        Some(extension) => format!("format .{extension} is not read (geodash reads {READ_EXTENSIONS})"),
        None => format!("no file extension (geodash reads {READ_EXTENSIONS})"),
    }
}

fn walk_problem(root: &Path, error: &walkdir::Error) -> Problem {
    let path = error.path().unwrap_or(root);
    if error.loop_ancestor().is_some() {
        return Problem::skipped(path, "symbolic link loop: this folder links back to one of its parents");
    }
    match error.io_error() {
        Some(io) if io.kind() == std::io::ErrorKind::NotFound => Problem::failed(path, "no such file or folder"),
        Some(io) if io.kind() == std::io::ErrorKind::PermissionDenied => Problem::failed(path, "permission denied"),
        Some(io) => Problem::failed(path, format!("cannot be read: {io}")),
        None => Problem::failed(path, error.to_string()),
    }
}

/// Reads one file: its documents (several for a mailbox, a table or an archive), or why it gave none.
pub fn read_file(path: &Path) -> ReadOutcome {
    read_file_with(path, &Arc::default())
}

/// Reads one file with the analyst's choices.
pub fn read_file_with(path: &Path, options: &Arc<ReadOptions>) -> ReadOutcome {
    let origin = Origin::file_with(path, Arc::clone(options));
    let Some(reader) = path.file_name().and_then(|name| reader_for(&name.to_string_lossy())) else {
        return ReadOutcome::problem(Problem::skipped(path, unsupported_reason(path)));
    };
    let size = match std::fs::metadata(path) {
        Ok(metadata) => metadata.len(),
        Err(error) => return ReadOutcome::problem(io_problem(path, &error)),
    };
    if size > MAX_FILE_BYTES {
        let reason = format!("too large ({} MB; the limit is {} MB)", size >> 20, MAX_FILE_BYTES >> 20);
        return ReadOutcome::problem(Problem::skipped(path, reason));
    }
    match std::fs::read(path) {
        Ok(bytes) => dispatch::read_bytes(&origin, &bytes, reader, 0),
        Err(error) => ReadOutcome::problem(io_problem(path, &error)),
    }
}

/// Reads bytes as if they were a file called `name` (its extension picks the reader): for fuzzing the readers
/// and for tests. A name geodash does not read gives a "skipped" problem.
pub fn read_named_bytes(name: &str, bytes: &[u8]) -> ReadOutcome {
    let origin = Origin::file(Path::new(name));
    match reader_for(name) {
        Some(reader) => dispatch::read_bytes(&origin, bytes, reader, 0),
        None => ReadOutcome::problem(origin.skipped(unsupported_reason(Path::new(name)))),
    }
}

fn io_problem(path: &Path, error: &std::io::Error) -> Problem {
    match error.kind() {
        std::io::ErrorKind::PermissionDenied => Problem::failed(path, "permission denied"),
        std::io::ErrorKind::NotFound => Problem::failed(path, "no such file"),
        _ => Problem::failed(path, format!("cannot be read: {error}")),
    }
}

/// Everything read from a set of paths: the documents and the files that did not load.
#[derive(Debug, Default)]
pub struct ReadOutcome {
    /// The documents, in the order of the files.
    pub documents: Vec<Document>,
    /// Every file or folder that did not become a document, with the reason.
    pub problems: Vec<Problem>,
}

impl ReadOutcome {
    /// No document, one problem.
    pub fn problem(problem: Problem) -> Self {
        Self { documents: Vec::new(), problems: vec![problem] }
    }

    /// Adds another outcome's documents and problems after this one's.
    pub fn extend(&mut self, other: Self) {
        self.documents.extend(other.documents);
        self.problems.extend(other.problems);
    }
}

/// Reads every file under `paths` in parallel; `on_file_done` is called once per file read (for progress).
pub fn read_paths(paths: &[PathBuf], on_file_done: &(dyn Fn(usize) + Sync)) -> ReadOutcome {
    read_paths_with(paths, &ReadOptions::default(), on_file_done)
}

/// [`read_paths`] with the analyst's choices.
pub fn read_paths_with(paths: &[PathBuf], options: &ReadOptions, on_file_done: &(dyn Fn(usize) + Sync)) -> ReadOutcome {
    let options = Arc::new(options.clone());
    let (files, problems) = collect_files(paths);
    let total = files.len();
    let results: Vec<ReadOutcome> = files
        .par_iter()
        .map(|path| {
            let result = read_file_with(path, &options);
            on_file_done(total);
            result
        })
        .collect();
    let mut outcome = ReadOutcome { documents: Vec::with_capacity(results.len()), problems };
    for result in results {
        outcome.extend(result);
    }
    numbered_names::forget_counter_years(&mut outcome.documents);
    let unsettled = numeric_dates::settle_by_source(&mut outcome.documents);
    outcome.problems.extend(unsettled);
    outcome
}
