//! Native file dialogs (rfd) on their own thread, so the window keeps drawing while one is open. A dialog
//! gives back the command to run with what was picked.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::job::{Job, JobError};
use crate::app::commands::{AppCommand, ExportTarget};

/// A dialog answering faster than this with nothing picked most likely could not be shown at all.
const TOO_FAST: Duration = Duration::from_millis(400);

/// What the dialog asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pick {
    /// Several files to add.
    Files,
    /// One folder to add.
    Folder,
    /// Where to save the load report.
    SaveReport,
    /// Where to save an image, proposing this file name.
    SaveImage(String),
    /// A folder for the panels' data.
    DataFolder,
    /// A workspace file to open.
    OpenWorkspace,
    /// Where to save the workspace.
    SaveWorkspace,
    /// A file of actors to use.
    ImportActors,
    /// Where to write the analyst's actors.
    ExportActors,
}

impl Pick {
    /// The command that carries out the pick with the paths chosen, if any were.
    fn command(self, paths: Vec<PathBuf>) -> Option<AppCommand> {
        let path = paths.last().cloned()?;
        Some(match self {
            Self::Files | Self::Folder => AppCommand::AddPaths(paths),
            Self::SaveReport => AppCommand::WriteReport(path),
            Self::SaveImage(_) => AppCommand::ExportImage(ExportTarget::File(path)),
            Self::DataFolder => AppCommand::ExportData(path),
            Self::OpenWorkspace => AppCommand::OpenWorkspaceFile(path),
            Self::SaveWorkspace => AppCommand::WriteWorkspace(path),
            Self::ImportActors => AppCommand::ImportActors(path),
            Self::ExportActors => AppCommand::ExportActors(path),
        })
    }
}

/// What came back from a dialog.
pub enum Answer {
    /// What to do with the paths chosen.
    Chosen(AppCommand),
    /// Cancelled by the user.
    Cancelled,
    /// Nothing was picked at once: probably no dialog could be shown on this desktop.
    Unavailable,
}

/// An open dialog.
pub struct Dialog {
    job: Job<Answer>,
}

impl Dialog {
    /// Opens the dialog on a background thread.
    pub fn open(ctx: &egui::Context, pick: Pick) -> Result<Self, JobError> {
        Ok(Self { job: Job::spawn("file-dialog", "the file dialog", ctx, move || run(pick))? })
    }

    /// The answer, once the dialog has closed; a dialog thread that died without one counts as unavailable.
    pub fn poll(&self) -> Option<Answer> {
        self.job.poll().map(|answer| answer.unwrap_or(Answer::Unavailable))
    }
}

fn run(pick: Pick) -> Answer {
    let started = Instant::now();
    let dialog = rfd::FileDialog::new().set_title(match &pick {
        Pick::Files => "Add files to the corpus",
        Pick::Folder => "Add a folder to the corpus",
        Pick::SaveReport => "Save the load report",
        Pick::SaveImage(_) => "Save the image",
        Pick::OpenWorkspace => "Open a workspace",
        Pick::DataFolder => "Save the data behind the panels in a folder",
        Pick::SaveWorkspace => "Save the workspace",
        Pick::ImportActors => "Use a file of actors",
        Pick::ExportActors => "Save your actors to share them",
    });
    let chosen = match &pick {
        Pick::Files => {
            dialog.add_filter("Documents", &readable_extensions()).add_filter("All files", &["*"]).pick_files()
        }
        Pick::Folder => dialog.pick_folder().map(|folder| vec![folder]),
        Pick::SaveReport => dialog
            .set_file_name("geodash-load-report.csv")
            .add_filter("CSV", &["csv"])
            .save_file()
            .map(|file| vec![file]),
        Pick::DataFolder => dialog.pick_folder().map(|folder| vec![folder]),
        Pick::OpenWorkspace => dialog.add_filter("geodash workspace", &["geodash"]).pick_file().map(|file| vec![file]),
        Pick::SaveWorkspace => dialog
            .set_file_name("briefing.geodash")
            .add_filter("geodash workspace", &["geodash"])
            .save_file()
            .map(|file| vec![file]),
        Pick::ImportActors => dialog.add_filter("Actors", &["toml"]).pick_file().map(|file| vec![file]),
        Pick::ExportActors => {
            dialog.set_file_name("actors.toml").add_filter("Actors", &["toml"]).save_file().map(|file| vec![file])
        }
        Pick::SaveImage(file_name) => {
            dialog.set_file_name(file_name).add_filter("PNG image", &["png"]).save_file().map(|file| vec![file])
        }
    };
    match chosen.filter(|paths| !paths.is_empty()).and_then(|paths| pick.command(paths)) {
        Some(command) => Answer::Chosen(command),
        None if started.elapsed() < TOO_FAST => Answer::Unavailable,
        None => Answer::Cancelled,
    }
}

/// The extensions geodash reads, without their dots, for the dialog's filter.
fn readable_extensions() -> Vec<&'static str> {
    crate::core::readers::READ_EXTENSIONS
        .split_whitespace()
        .map(|extension| extension.trim_start_matches('.'))
        .collect()
}
