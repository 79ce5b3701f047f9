//! Reading actor files: each `[[actor]]` and `[[seat]]` keeps the file and line it came from, so that a
//! mistake is reported where it stands.

use serde::Deserialize;
use toml::Spanned;

use super::entries::{Actor, Seat};

/// Where an entry stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The file's name.
    pub file: String,
    /// The line of the entry's first key.
    pub line: usize,
}

impl std::fmt::Display for Place {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "{}, line {}", self.file, self.line)
    }
}

/// What one file holds, each entry with its place.
#[derive(Debug, Default)]
pub struct FileEntries {
    /// The actors.
    pub actors: Vec<(Actor, Place)>,
    /// The seats of power read by context.
    pub seats: Vec<(Seat, Place)>,
    /// Phrases that contain an alias but name no actor.
    pub not_actors: Vec<String>,
    /// Words that, right after a state's name or capital, make it a text's or a meeting's name.
    pub acts: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorFile {
    #[serde(default)]
    not_actors: Vec<String>,
    #[serde(default)]
    acts: Vec<String>,
    #[serde(default)]
    actor: Vec<Spanned<Actor>>,
    #[serde(default)]
    seat: Vec<Spanned<Seat>>,
}

/// Reads one file; a TOML mistake (a date that does not parse, an unknown field or kind) is an error naming
/// the file, the line and the column.
pub fn read(file: &str, source: &str) -> Result<FileEntries, toml::de::Error> {
    let parsed: ActorFile = toml::from_str(source)?;
    let place = |span: std::ops::Range<usize>| Place { file: file.to_owned(), line: line_of(source, span.start) };
    Ok(FileEntries {
        actors: parsed.actor.into_iter().map(|entry| (place(entry.span()), entry.into_inner())).map(swap).collect(),
        seats: parsed.seat.into_iter().map(|entry| (place(entry.span()), entry.into_inner())).map(swap).collect(),
        not_actors: parsed.not_actors,
        acts: parsed.acts,
    })
}

fn swap<A, B>((a, b): (A, B)) -> (B, A) {
    (b, a)
}

/// The line (from 1) of a byte offset.
fn line_of(source: &str, offset: usize) -> usize {
    source.get(..offset).map_or(1, |head| head.bytes().filter(|&byte| byte == b'\n').count() + 1)
}
