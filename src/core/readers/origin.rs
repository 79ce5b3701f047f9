//! Where the bytes being read came from: a file on disk, or an entry inside an archive.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Outcome, Problem, ReadOptions};
use crate::core::document::Source;

/// A file on disk, or one entry of an archive on disk.
#[derive(Clone, Debug)]
pub struct Origin {
    file: PathBuf,
    entry: Option<String>,
    /// The file or entry's own name, made UTF-8 (a byte that is not becomes "�").
    name: String,
    /// The analyst's choices for particular files.
    options: Arc<ReadOptions>,
}

impl Origin {
    /// A file on disk.
    pub fn file(path: &Path) -> Self {
        Self::file_with(path, Arc::default())
    }

    /// A file on disk, read with the analyst's choices.
    pub fn file_with(path: &Path, options: Arc<ReadOptions>) -> Self {
        let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
        Self { file: path.to_path_buf(), entry: None, name, options }
    }

    /// The text column the analyst chose for this table, if any.
    pub fn chosen_text_column(&self) -> Option<&str> {
        self.options.text_columns.get(&self.report_path().display().to_string()).map(String::as_str)
    }

    /// The entry `name` of this archive (an archive in an archive: "middle.zip › inner.zip").
    pub fn entry(&self, name: &str) -> Self {
        let own_name = name.rsplit('/').next().unwrap_or(name).to_owned();
        let entry = match &self.entry {
            Some(outer) => format!("{outer} › {name}"),
            None => name.to_owned(),
        };
        Self { file: self.file.clone(), entry: Some(entry), name: own_name, options: Arc::clone(&self.options) }
    }

    /// The file or entry's own name ("USA_78_2023.txt"), which dates and ids may come from.
    pub fn file_name(&self) -> Option<&str> {
        Some(self.name.as_str()).filter(|name| !name.is_empty())
    }

    /// The name without its extension: a document's id.
    pub fn stem(&self) -> String {
        let name = self.file_name().unwrap_or("document");
        name.rsplit_once('.').map_or(name, |(stem, _)| stem).to_owned()
    }

    /// The source of the one document this file or entry holds.
    pub fn source(&self) -> Source {
        match &self.entry {
            Some(entry) => Source::Part { file: self.file.clone(), part: entry.clone() },
            None => Source::File(self.file.clone()),
        }
    }

    /// The source of one of the several documents this file or entry holds ("message 3", "row 12").
    pub fn source_of_part(&self, part: &str) -> Source {
        let part = match &self.entry {
            Some(entry) => format!("{entry} › {part}"),
            None => part.to_owned(),
        };
        Source::Part { file: self.file.clone(), part }
    }

    /// The path a report names: the file, or "archive.zip › entry".
    pub fn report_path(&self) -> PathBuf {
        match &self.entry {
            Some(entry) => PathBuf::from(format!("{} › {entry}", self.file.display())),
            None => self.file.clone(),
        }
    }

    /// A problem that left this file or entry out on purpose.
    pub fn skipped(&self, reason: impl Into<String>) -> Problem {
        Problem::new(self.report_path(), Outcome::Skipped, reason)
    }

    /// A problem reading this file or entry.
    pub fn failed(&self, reason: impl Into<String>) -> Problem {
        Problem::new(self.report_path(), Outcome::Failed, reason)
    }
}
