//! ZIP archives: every entry geodash can read becomes documents, within the limits of [`super::zipped`];
//! every other entry is reported. An archive inside an archive is read one level deep.

use super::ReadOutcome;
use super::dispatch::{read_bytes, reader_for};
use super::origin::Origin;
use super::zipped::Zipped;

/// Archives inside archives are opened down to this depth; deeper ones are reported.
const MAX_DEPTH: usize = 2;

/// Reads the entries of a ZIP archive at nesting `depth` (0 for a file on disk).
pub fn read(origin: &Origin, bytes: &[u8], depth: usize) -> ReadOutcome {
    if depth >= MAX_DEPTH {
        return ReadOutcome::problem(origin.skipped("an archive nested more than one level deep: not opened"));
    }
    let mut zipped = match Zipped::open(bytes) {
        Ok(zipped) => zipped,
        Err(error) => return ReadOutcome::problem(origin.failed(error.to_string())),
    };
    let mut outcome = ReadOutcome::default();
    for index in 0..zipped.len() {
        let Some(name) = zipped.file_name(index).filter(|name| !is_hidden(name)) else { continue };
        let entry = origin.entry(&name);
        let Some(reader) = reader_for(&name) else {
            outcome.problems.push(entry.skipped("format not read"));
            continue;
        };
        match zipped.read(index) {
            Ok(bytes) => outcome.extend(read_bytes(&entry, &bytes, reader, depth + 1)),
            Err(error) => outcome.problems.push(entry.failed(error.to_string())),
        }
    }
    outcome
}

/// Entries an archiver adds that nobody wants reported: macOS resource forks, dot files.
fn is_hidden(name: &str) -> bool {
    name.starts_with("__MACOSX/") || name.rsplit('/').next().is_some_and(|file| file.starts_with('.'))
}
