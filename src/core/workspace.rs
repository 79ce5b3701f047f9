//! Workspaces: what the corpus is made of and what the analyst was looking at (query, filters, open article,
//! theme), saved as a `.geodash` JSON file and reopened exactly so. The last session is kept the same way.

use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::core::analysis_choices::SavedAnalysis;
use crate::core::corpus::Corpus;
use crate::core::search::DateMatch;
use crate::core::sources::Sources;
use crate::core::stats::{Measure, People};
use crate::core::view::ViewState;

/// The workspace format this geodash writes and reads; a file with a higher number is refused, not guessed at.
pub const FORMAT: u32 = 1;

/// A saved workspace.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    /// The workspace format ([`FORMAT`]).
    pub format: u32,
    /// The seeds, files and folders, and how particular files are read.
    pub sources: Sources,
    /// What the analyst was looking at.
    pub view: SavedView,
    /// "light", "dark" or "system".
    pub theme: String,
    /// The title last given to an exported image.
    pub export_title: String,
    /// The analyst's own actors when it was saved (their layer file's text), if they had any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actors: Option<String>,
}

/// The view, by stable names rather than positions: an actor by its id, the open article by its id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedView {
    /// The search box's text.
    pub query: String,
    /// What the actor plot measures.
    pub measure: Measure,
    /// Whether people's mentions count for the state they served as well.
    pub people: People,
    /// The actor the list is filtered to, by dictionary id ("WAGNER").
    pub actor: Option<String>,
    /// The publication dates the list is filtered to.
    pub dates: Option<(NaiveDate, NaiveDate)>,
    /// How a vague publication date is held against that range.
    pub date_match: DateMatch,
    /// Whether undated articles stay in the list while a date range is set.
    pub include_undated: bool,
    /// The outlet the list is filtered to, as the documents name it.
    pub outlet: Option<String>,
    /// The language the list is filtered to (ISO 639-3).
    pub language: Option<String>,
    /// The span of time the timeline shows, in days since 1 January of year 1; `None` fits every date.
    pub timeline: Option<(f64, f64)>,
    /// The article open in the reader, by document id.
    pub open: Option<String>,
    /// The analysis view shown and how each is set.
    pub analysis: SavedAnalysis,
}

impl SavedView {
    /// The view of the window, by names.
    pub fn of(view: &ViewState, corpus: &Corpus) -> Self {
        Self {
            query: view.query.clone(),
            measure: view.measure,
            people: view.people,
            actor: view
                .actor_filter
                .and_then(|index| corpus.dictionary.actors.get(index))
                .map(|actor| actor.id.clone()),
            dates: view.date_filter,
            date_match: view.date_match,
            include_undated: view.include_undated,
            outlet: view.outlet_filter.clone(),
            language: view.language_filter.clone(),
            timeline: view.timeline,
            open: view.selected.and_then(|doc| corpus.documents.get(doc)).map(|document| document.id.clone()),
            analysis: SavedAnalysis::of(&view.analysis, corpus),
        }
    }

    /// The view again over a corpus; an actor or article no longer in it is left unset.
    pub fn restore(&self, corpus: &Corpus) -> ViewState {
        ViewState {
            query: self.query.clone(),
            measure: self.measure,
            people: self.people,
            actor_filter: self
                .actor
                .as_deref()
                .and_then(|id| corpus.dictionary.actors.iter().position(|actor| actor.id == id)),
            date_filter: self.dates,
            date_match: self.date_match,
            include_undated: self.include_undated,
            outlet_filter: self.outlet.clone(),
            language_filter: self.language.clone(),
            timeline: self.timeline,
            selected: self
                .open
                .as_deref()
                .and_then(|id| corpus.documents.iter().position(|document| document.id == id)),
            analysis: self.analysis.restore(corpus),
            ..ViewState::default()
        }
    }
}

/// Why a workspace file could not be opened or saved.
#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    /// Reading or writing the file failed.
    #[error("cannot {action} {path}: {source}")]
    Io {
        /// "read" or "write".
        action: &'static str,
        /// The file.
        path: String,
        /// The error.
        source: std::io::Error,
    },
    /// The file is not a workspace.
    #[error("{0} is not a geodash workspace ({1})")]
    Broken(String, String),
    /// A newer geodash wrote it.
    #[error("{path} was saved by a newer geodash (workspace format {found}; this one reads format {FORMAT})")]
    Newer {
        /// The file.
        path: String,
        /// Its format.
        found: u32,
    },
}

impl Workspace {
    /// Reads a workspace file.
    pub fn open(path: &Path) -> Result<Self, WorkspaceError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| WorkspaceError::Io {
            action: "read",
            path: shown.clone(),
            source,
        })?;
        let value: serde_json::Value =
            serde_json::from_str(&text).map_err(|error| WorkspaceError::Broken(shown.clone(), error.to_string()))?;
        let found = value.get("format").and_then(serde_json::Value::as_u64).unwrap_or(0);
        if found > u64::from(FORMAT) {
            return Err(WorkspaceError::Newer { path: shown, found: u32::try_from(found).unwrap_or(u32::MAX) });
        }
        serde_json::from_value(value).map_err(|error| WorkspaceError::Broken(shown, error.to_string()))
    }

    /// Writes the workspace; the file is replaced only once the new one is whole, so a crash while saving
    /// leaves the old file as it was.
    pub fn save(&self, path: &Path) -> Result<(), WorkspaceError> {
        let shown = path.display().to_string();
        let io = |source| WorkspaceError::Io { action: "write", path: shown.clone(), source };
        let json = serde_json::to_string_pretty(&Workspace { format: FORMAT, ..self.clone() })
            .map_err(|error| WorkspaceError::Broken(shown.clone(), error.to_string()))?;
        let partial = path.with_extension("geodash.partial");
        std::fs::write(&partial, json).map_err(io)?;
        std::fs::rename(&partial, path).map_err(io)
    }
}
