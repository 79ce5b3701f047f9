//! What the analyst asks for. **The rule:** panels, windows, dialogs and keyboard shortcuts never change the
//! view, the corpus or another window themselves; they push an [`AppCommand`], and the app carries out every
//! command once a frame, after drawing. Drawing code gets the state it shows read-only (plus the state of its
//! own widget, such as the text of the path box), so what can change the view is exactly this enum.

use std::ops::Range;
use std::path::PathBuf;

use crate::core::actor_edits::ActorEdit;
use crate::core::analysis_choices::AnalysisChoices;
use crate::core::search::DateMatch;
use crate::core::sources::Sources;
use crate::core::stats::{Measure, People};
use crate::core::view::ViewState;

/// Where a rendered image goes.
#[derive(Clone, Debug, PartialEq)]
pub enum ExportTarget {
    /// A PNG file.
    File(PathBuf),
    /// The clipboard.
    Clipboard,
}

/// One user intent.
#[derive(Clone, Debug, PartialEq)]
pub enum AppCommand {
    /// Read these files and folders into the corpus.
    AddPaths(Vec<PathBuf>),
    /// Show the "Add files…" dialog.
    PickFiles,
    /// Show the "Add folder…" dialog.
    PickFolder,
    /// Search for this query (the search box's text).
    SetQuery(String),
    /// Measure the actor plot by this.
    SetMeasure(Measure),
    /// Count people's mentions for the state they served as well, or not.
    SetPeople(People),
    /// Read undated articles as of this day (`None`: today), which means reading the corpus again.
    SetAsOf(Option<chrono::NaiveDate>),
    /// Draw in this theme.
    SetTheme(egui::ThemePreference),
    /// Fill the screen with the window, or stop.
    ToggleFullscreen,
    /// Filter the article list to one actor (dictionary index), or clear the actor filter.
    FilterActor(Option<usize>),
    /// Filter the article list to one outlet, or clear that filter.
    FilterOutlet(Option<String>),
    /// Filter the article list to one language (ISO 639-3), or clear that filter.
    FilterLanguage(Option<String>),
    /// Go back to the selection (query, actor, dates, outlet, language) before this one.
    SelectionBack,
    /// Go forward again to the selection stepped back from.
    SelectionForward,
    /// Show an analysis view, or the reader, and set the views this way.
    SetAnalysis(AnalysisChoices),
    /// Filter the article list to a publication-date range, or clear that filter.
    FilterDates(Option<(chrono::NaiveDate, chrono::NaiveDate)>),
    /// Hold vague publication dates against the date range this way.
    SetDateMatch(DateMatch),
    /// Keep undated articles in the list while a date range is set, or not.
    IncludeUndated(bool),
    /// Show this span of time on the timeline (days since 1 January of year 1), or every date.
    SetTimelineSpan(Option<(f64, f64)>),
    /// Open a document in the reader, scrolled to a byte span if given.
    Open {
        /// The document's index.
        doc: usize,
        /// Where to scroll.
        focus: Option<Range<usize>>,
    },
    /// Move the reader to this search hit of the open document (by its place among the hits).
    GoToHit(usize),
    /// Leave the reader empty: the open article is no longer listed and nothing else is.
    CloseArticle,
    /// Show or hide the report of files that did not load.
    ToggleReport,
    /// Ask where to save the load report as CSV.
    SaveReport,
    /// Write the load report as CSV to this file.
    WriteReport(PathBuf),
    /// Show or hide the corpus window (its sources, "Remove", "New corpus").
    ToggleCorpusWindow,
    /// Ask which workspace file to open.
    OpenWorkspace,
    /// Replace the corpus and view with this workspace file's.
    OpenWorkspaceFile(PathBuf),
    /// Ask where to save the workspace.
    SaveWorkspace,
    /// Write the workspace to this file.
    WriteWorkspace(PathBuf),
    /// Show or hide the export window.
    ToggleExport,
    /// Ask where to save the image.
    SaveImage,
    /// Render the image and send it there.
    ExportImage(ExportTarget),
    /// Ask which folder to save the panels' data in.
    SaveData,
    /// Write the panels' data into this folder.
    ExportData(PathBuf),
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
    /// Make the corpus from these sources again (to undo "New corpus" or "Remove", or to keep the seeds).
    RestoreSources(Sources),
    /// Take an error message (by its place in the list) off the screen.
    DismissError(usize),
    /// Change the actors (the analyst's layer over the shipped dictionary); every count follows.
    EditActors(ActorEdit),
    /// Take the last edit of the actors back.
    UndoActors,
    /// Make the last edit taken back again.
    RedoActors,
    /// Show or hide the actors window (the editor).
    ToggleActorsWindow,
    /// Open the actors window on the actor with this id.
    ShowActor(String),
    /// Open the actors window with a new actor of this name to complete.
    DraftActor(String),
    /// Open the actors window with this name to add to the actor the analyst chooses.
    DraftAlias(String),
    /// Ask which file of actors to use.
    PickActorsFile,
    /// Ask where to save the analyst's actors.
    SaveActorsFile,
    /// Use the actors of this file instead of the analyst's own (with a way back).
    ImportActors(PathBuf),
    /// Write the analyst's actors to this file.
    ExportActors(PathBuf),
    /// Show or hide the candidates window (names the corpus is about that the dictionary does not know).
    ToggleCandidates,
}

/// The command that sets the analysis views as `change` leaves a copy of the view's choices; none if it changed
/// nothing.
pub fn set_analysis(view: &ViewState, change: impl FnOnce(&mut AnalysisChoices)) -> Option<AppCommand> {
    let mut choices = view.analysis.clone();
    change(&mut choices);
    (choices != view.analysis).then_some(AppCommand::SetAnalysis(choices))
}
