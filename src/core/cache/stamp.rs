//! What a saved corpus was made from, exactly enough to tell whether it still stands for the files: its
//! sources (seeds, paths, reading choices), every file under the paths with its size and modification time,
//! and the program that analysed them.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};
use walkdir::WalkDir;

use crate::core::sources::Sources;

/// Bumped when what a saved corpus holds changes shape.
const FORMAT: u32 = 6;

/// One file (or a path that could not be looked at) as it was when the corpus was read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    /// The path, as the walk found it.
    pub path: PathBuf,
    /// Its size in bytes.
    pub bytes: u64,
    /// Its modification time, in nanoseconds since 1970, when the system tells it.
    pub modified_ns: Option<u64>,
    /// Why it could not be looked at, if it could not.
    pub problem: Option<String>,
}

/// Sources, their files as they are, and the program: a saved corpus is used only when all are the same.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    format: u32,
    /// The running program's size and modification time: another build may analyse differently.
    program: (u64, Option<u64>),
    /// The working folder, when a path is relative: "articles" is another folder elsewhere.
    working_folder: Option<PathBuf>,
    /// What the corpus is built from.
    pub sources: Sources,
    /// Every file under the sources' paths, in walk order.
    pub files: Vec<FileStamp>,
}

impl Stamp {
    /// The stamp of sources as their files are now.
    pub fn take(sources: &Sources) -> Self {
        Self::with_files(sources.clone(), stamp_files(&sources.paths()))
    }

    /// The stamp of sources whose files were stamped before they were read.
    pub fn with_files(sources: Sources, files: Vec<FileStamp>) -> Self {
        let program = std::env::current_exe().map_or((0, None), |exe| {
            let (bytes, modified_ns, _) = look_at(&exe);
            (bytes, modified_ns)
        });
        let relative = sources.paths().iter().any(|path| path.is_relative());
        let working_folder = relative.then(|| std::env::current_dir().ok()).flatten();
        Self { format: FORMAT, program, working_folder, sources, files }
    }

    /// A short name for the stamp, the same for the same stamp within one build of the program.
    pub fn key(&self) -> String {
        use std::hash::{Hash as _, Hasher as _};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        serde_json::to_string(self).unwrap_or_default().hash(&mut hasher);
        format!("{:016x}", hasher.finish())
    }
}

/// Every file under the paths (folders walked as the readers walk them), with its size and modification time.
pub fn stamp_files(paths: &[PathBuf]) -> Vec<FileStamp> {
    let mut stamps = Vec::new();
    for root in paths {
        for entry in WalkDir::new(root).follow_links(true).sort_by_file_name() {
            let stamp = match entry {
                Ok(entry) if entry.file_type().is_dir() => continue,
                Ok(entry) => {
                    let (bytes, modified_ns, problem) = look_at(entry.path());
                    FileStamp { path: entry.into_path(), bytes, modified_ns, problem }
                }
                Err(error) => {
                    let path = error.path().unwrap_or(root).to_path_buf();
                    FileStamp { path, bytes: 0, modified_ns: None, problem: Some(error.to_string()) }
                }
            };
            stamps.push(stamp);
        }
    }
    stamps
}

/// A file's size, modification time and, when it cannot be looked at, why.
fn look_at(path: &Path) -> (u64, Option<u64>, Option<String>) {
    match std::fs::metadata(path) {
        Ok(metadata) => {
            let since_1970 = metadata.modified().ok().and_then(|time| time.duration_since(SystemTime::UNIX_EPOCH).ok());
            (metadata.len(), since_1970.and_then(|time| u64::try_from(time.as_nanos()).ok()), None)
        }
        Err(error) => (0, None, Some(error.to_string())),
    }
}
