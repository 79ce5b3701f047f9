//! Readers turn files and folders into [`Document`]s, and account for every file they could not read.
//!
//! Each format is one module; [`format_for`] picks it from the file name. Adding a format means a new module
//! and one line in [`format_for`] and [`read_file`].

mod decode;
mod text;
mod title;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

pub use text::document_from_text;
pub use title::title_from_text;

use crate::core::document::{Document, Format};

/// Files larger than this are skipped with a message instead of being read into memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// What happened to a file that did not become a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Left out on purpose: a format geodash does not read, a file too large.
    Skipped,
    /// Meant to be read, but reading it failed.
    Failed,
    /// Read, but its text is already in the corpus: counted once.
    Duplicate,
}

impl Outcome {
    /// "skipped", "failed" or "duplicate".
    pub fn label(self) -> &'static str {
        match self {
            Self::Skipped => "skipped",
            Self::Failed => "failed",
            Self::Duplicate => "duplicate",
        }
    }
}

/// A file that did not load, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file or folder concerned.
    pub path: PathBuf,
    /// Skipped, failed or duplicate.
    pub outcome: Outcome,
    /// The reason, in words a user understands.
    pub reason: String,
}

impl Problem {
    fn skipped(path: &Path, reason: impl Into<String>) -> Self {
        Self { path: path.to_path_buf(), outcome: Outcome::Skipped, reason: reason.into() }
    }

    fn failed(path: &Path, reason: impl Into<String>) -> Self {
        Self { path: path.to_path_buf(), outcome: Outcome::Failed, reason: reason.into() }
    }
}

/// The format geodash reads a file as, from its extension; `None` for formats it does not read.
pub fn format_for(path: &Path) -> Option<Format> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    match extension.as_str() {
        "txt" | "text" => Some(Format::Text),
        "md" | "markdown" => Some(Format::Markdown),
        _ => None,
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
                    if format_for(entry.path()).is_some() {
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
        Some(extension) => format!("format .{extension} is not read yet (geodash reads .txt and .md)"),
        None => "no file extension: geodash reads .txt and .md files".to_owned(),
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

/// Reads one file as a document, or says why it cannot be read.
pub fn read_file(path: &Path) -> Result<Document, Problem> {
    let Some(format) = format_for(path) else {
        return Err(Problem::skipped(path, unsupported_reason(path)));
    };
    let size = std::fs::metadata(path).map_err(|error| io_problem(path, &error))?.len();
    if size > MAX_FILE_BYTES {
        let reason = format!("too large ({} MB; the limit is {} MB)", size >> 20, MAX_FILE_BYTES >> 20);
        return Err(Problem::skipped(path, reason));
    }
    let bytes = std::fs::read(path).map_err(|error| io_problem(path, &error))?;
    match format {
        Format::Text | Format::Markdown => text::read(path, &bytes, format),
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

/// Reads every file under `paths` in parallel; `on_file_done` is called once per file read (for progress).
pub fn read_paths(paths: &[PathBuf], on_file_done: &(dyn Fn(usize) + Sync)) -> ReadOutcome {
    let (files, mut problems) = collect_files(paths);
    let total = files.len();
    let results: Vec<Result<Document, Problem>> = files
        .par_iter()
        .map(|path| {
            let result = read_file(path);
            on_file_done(total);
            result
        })
        .collect();
    let mut documents = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(document) => documents.push(document),
            Err(problem) => problems.push(problem),
        }
    }
    ReadOutcome { documents, problems }
}
