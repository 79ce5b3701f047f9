//! What the analyst asked for this frame; panels push these and the app carries them out once per frame.

use std::ops::Range;
use std::path::PathBuf;

/// One user intent.
#[derive(Clone, Debug, PartialEq)]
pub enum AppCommand {
    /// Read these files and folders into the corpus.
    AddPaths(Vec<PathBuf>),
    /// Show the "Add files…" dialog.
    PickFiles,
    /// Show the "Add folder…" dialog.
    PickFolder,
    /// Filter the article list to one actor (dictionary index), or clear the actor filter.
    FilterActor(Option<usize>),
    /// Open a document in the reader, scrolled to a byte span if given.
    Open {
        /// The document's index.
        doc: usize,
        /// Where to scroll.
        focus: Option<Range<usize>>,
    },
    /// Filter the article list to a publication-date range, or clear that filter.
    FilterDates(Option<(chrono::NaiveDate, chrono::NaiveDate)>),
    /// Show or hide the report of files that did not load.
    ToggleReport,
    /// Ask where to save the load report as CSV.
    SaveReport,
    /// Show or hide the corpus window (its sources, "Remove", "New corpus").
    ToggleCorpusWindow,
    /// Ask which workspace file to open.
    OpenWorkspace,
    /// Ask where to save the workspace.
    SaveWorkspace,
    /// Show or hide the export window.
    ToggleExport,
    /// Ask where to save the image.
    SaveImage,
    /// Ask which folder to save the panels' data in.
    SaveData,
    /// Render the image and send it there.
    ExportImage(super::export_window::ExportTarget),
    /// Start again from an empty corpus.
    NewCorpus,
    /// Read a table again with this text column.
    ChooseTextColumn {
        /// The table's label in the report.
        file: String,
        /// The column holding the article text.
        column: String,
    },
    /// Take one of the corpus's sources (by its place in the list) out of it.
    RemoveSource(usize),
}
