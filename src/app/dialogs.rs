//! Native file dialogs (rfd) on their own thread, so the window keeps drawing while one is open.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// A dialog answering faster than this with nothing picked most likely could not be shown at all.
const TOO_FAST: Duration = Duration::from_millis(400);

/// What the dialog asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// Several files to add.
    Files,
    /// One folder to add.
    Folder,
    /// Where to save the load report.
    SaveReport,
    /// Where to save an image.
    SaveImage,
    /// A folder for the panels' data.
    DataFolder,
    /// A workspace file to open.
    OpenWorkspace,
    /// Where to save the workspace.
    SaveWorkspace,
}

/// What came back from a dialog.
pub enum Picked {
    /// The paths chosen.
    Paths(Vec<PathBuf>),
    /// Cancelled by the user.
    Cancelled,
    /// Nothing was picked at once: probably no dialog could be shown on this desktop.
    Unavailable,
}

/// An open dialog.
pub struct Dialog {
    /// What it asks for.
    pub pick: Pick,
    receiver: Receiver<Picked>,
}

impl Dialog {
    /// Opens the dialog on a background thread; `wake` is called when it closes.
    pub fn open(pick: Pick, wake: impl Fn() + Send + 'static) -> Result<Self, String> {
        let (sender, receiver) = channel();
        std::thread::Builder::new()
            .name("geodash-file-dialog".to_owned())
            .spawn(move || {
                let _ = sender.send(run(pick));
                wake();
            })
            .map_err(|error| format!("cannot open a file dialog: {error}"))?;
        Ok(Self { pick, receiver })
    }

    /// The answer, once the dialog has closed; a dialog thread that died without one counts as unavailable.
    pub fn poll(&self) -> Option<Picked> {
        match self.receiver.try_recv() {
            Ok(picked) => Some(picked),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Picked::Unavailable),
        }
    }
}

fn run(pick: Pick) -> Picked {
    let started = Instant::now();
    let dialog = rfd::FileDialog::new().set_title(match pick {
        Pick::Files => "Add files to the corpus",
        Pick::Folder => "Add a folder to the corpus",
        Pick::SaveReport => "Save the load report",
        Pick::SaveImage => "Save the image",
        Pick::OpenWorkspace => "Open a workspace",
        Pick::DataFolder => "Save the data behind the panels in a folder",
        Pick::SaveWorkspace => "Save the workspace",
    });
    let chosen = match pick {
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
        Pick::SaveImage => {
            dialog.set_file_name("geodash.png").add_filter("PNG image", &["png"]).save_file().map(|file| vec![file])
        }
    };
    match chosen {
        Some(paths) if !paths.is_empty() => Picked::Paths(paths),
        _ if started.elapsed() < TOO_FAST => Picked::Unavailable,
        _ => Picked::Cancelled,
    }
}

/// The extensions geodash reads, without their dots, for the dialog's filter.
fn readable_extensions() -> Vec<&'static str> {
    crate::core::readers::READ_EXTENSIONS
        .split_whitespace()
        .map(|extension| extension.trim_start_matches('.'))
        .collect()
}
