//! The actor dictionary: states, bodies, armed groups and people since 1945, each with the names a text calls
//! them, the dates those names held, and for people the offices they held.
//!
//! The dictionary is the data files of `assets/actors/` (states, bodies, groups, people), compiled into the
//! binary; their format is described in `assets/actors/README.md`.

mod alias_language;
mod check;
mod context;
mod entries;
mod file;
mod layer;
mod layered;
mod matcher;
mod mention;
mod roles;
mod scan;
mod titles;
mod validity;

use std::collections::HashMap;

use chrono::NaiveDate;

pub use alias_language::AliasLanguage;
pub use entries::{Actor, ActorKind, DatedAliases, DatedName, Role, Seat, SeatChoice, SeatReach, Title};
pub use file::Place;
pub use layer::{Discard, Layer, Merge, Removal};
pub use matcher::Matcher;
pub use mention::Mention;
pub use roles::{People, RoleIndex};
pub use validity::Validity;

/// The error when a dictionary file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum DictionaryError {
    /// The TOML does not parse or does not fit the format (a date that is not a date, an unknown field).
    #[error("{file}: {source}")]
    Parse {
        /// The file.
        file: String,
        /// What the TOML reader said, with the line and column.
        source: toml::de::Error,
    },
    /// An entry breaks a rule of the format.
    #[error("{file}, line {line}: {reason}")]
    Invalid {
        /// The file.
        file: String,
        /// The line of the entry.
        line: usize,
        /// The rule it breaks.
        reason: String,
    },
    /// The alias automaton could not be built.
    #[error("the alias matcher could not be built: {0}")]
    Automaton(String),
    /// The shipped dictionary is broken (a build of geodash that must not ship).
    #[error("the shipped actor dictionary: {0}")]
    Shipped(String),
}

/// The dictionary compiled into the binary, file by file.
const EMBEDDED_FILES: [(&str, &str); 4] = [
    ("states.toml", include_str!("../../../assets/actors/states.toml")),
    ("bodies.toml", include_str!("../../../assets/actors/bodies.toml")),
    ("groups.toml", include_str!("../../../assets/actors/groups.toml")),
    ("people.toml", include_str!("../../../assets/actors/people.toml")),
];

/// All actors, in file order; an actor's index in `actors` is its number everywhere else.
#[derive(Clone, Debug)]
pub struct Dictionary {
    /// The actors.
    pub actors: Vec<Actor>,
    /// Phrases that contain an alias but name no actor ("Latin America", "Washington Post"): matched so that
    /// the alias inside them is not counted.
    pub not_actors: Vec<String>,
    /// Seats of power read by the words around them ("Brussels").
    pub seats: Vec<Seat>,
    /// Words that, right after a state's name or capital or a seat of power, make it the name of a text or a
    /// meeting ("the Tashkent Declaration", "the Lomé Convention", "the Geneva Agreements"): no mention then.
    pub acts: Vec<String>,
    /// Who held which office when.
    pub roles: RoleIndex,
    /// Where each actor was written.
    pub places: Vec<Place>,
    /// Mentions the analyst discarded.
    pub discards: Vec<Discard>,
    /// A key of the content (shipped files and the analyst's layer): analyses saved with another key were made
    /// with other actors.
    pub key: u64,
    by_id: HashMap<String, usize>,
}

impl Dictionary {
    /// The dictionary shipped with geodash (read once, then copied).
    pub fn embedded() -> Result<Self, DictionaryError> {
        static SHIPPED: std::sync::OnceLock<Result<Dictionary, String>> = std::sync::OnceLock::new();
        let shipped = SHIPPED.get_or_init(|| Self::from_files(&EMBEDDED_FILES).map_err(|error| error.to_string()));
        shipped.clone().map_err(DictionaryError::Shipped)
    }

    /// Parses and checks a dictionary written in one file (`actors.toml`).
    pub fn from_toml(source: &str) -> Result<Self, DictionaryError> {
        Self::from_files(&[("actors.toml", source)])
    }

    /// Parses and checks a dictionary written in several files, each given as (name, text).
    pub fn from_files(files: &[(&str, &str)]) -> Result<Self, DictionaryError> {
        let mut all = file::FileEntries::default();
        for (name, source) in files {
            let read = file::read(name, source)
                .map_err(|source| DictionaryError::Parse { file: (*name).to_owned(), source })?;
            all.actors.extend(read.actors);
            all.seats.extend(read.seats);
            all.not_actors.extend(read.not_actors);
            all.acts.extend(read.acts);
        }
        check::check(&all.actors, &all.seats)?;
        let (actors, places): (Vec<Actor>, Vec<Place>) = all.actors.into_iter().unzip();
        let seats = all.seats.into_iter().map(|(seat, _)| seat).collect();
        let mut dictionary = Self::assemble(actors, places, seats, all.not_actors, all.acts);
        dictionary.key = content_key(files);
        Ok(dictionary)
    }

    /// A dictionary of checked parts, with its lookups built.
    fn assemble(
        actors: Vec<Actor>,
        places: Vec<Place>,
        seats: Vec<Seat>,
        not_actors: Vec<String>,
        acts: Vec<String>,
    ) -> Self {
        let by_id = actors.iter().enumerate().map(|(index, actor)| (actor.id.clone(), index)).collect();
        let roles = RoleIndex::new(&actors);
        Self { actors, not_actors, seats, acts, roles, places, discards: Vec::new(), key: 0, by_id }
    }

    /// The index of the actor with this exact id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The index of the actor with this id or name (case-insensitive), if any.
    pub fn find(&self, id_or_name: &str) -> Option<usize> {
        let wanted = id_or_name.trim();
        self.index_of(wanted).or_else(|| {
            self.actors
                .iter()
                .position(|actor| actor.id.eq_ignore_ascii_case(wanted) || actor.name.eq_ignore_ascii_case(wanted))
        })
    }

    /// The display name of the actor with this exact id ("NER" → "Niger").
    pub fn name_of(&self, id: &str) -> Option<&str> {
        self.index_of(id).and_then(|index| self.actors.get(index)).map(|actor| actor.name.as_str())
    }

    /// The display name of the actor an affiliation id points to.
    pub fn affiliation_name(&self, actor: &Actor) -> Option<&str> {
        self.name_of(actor.affiliation.as_deref()?)
    }

    /// The state (or body) whose office a person held on a day, with the title, if the dictionary knows one.
    pub fn office_on(&self, person: usize, day: NaiveDate) -> Option<(Title, usize)> {
        let actor = self.actors.get(person)?;
        let role = actor.roles.iter().rev().find(|role| role.validity().contains(day))?;
        Some((role.title, self.index_of(&role.of)?))
    }
}

/// A key of files' content.
fn content_key(files: &[(&str, &str)]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    files.hash(&mut hasher);
    hasher.finish()
}

/// The shipped dictionary's actors by id, read once.
fn shipped_actors() -> &'static HashMap<String, Actor> {
    static ACTORS: std::sync::OnceLock<HashMap<String, Actor>> = std::sync::OnceLock::new();
    ACTORS.get_or_init(|| {
        let actors = Dictionary::embedded().map(|dictionary| dictionary.actors).unwrap_or_default();
        actors.into_iter().map(|actor| (actor.id.clone(), actor)).collect()
    })
}

/// The name of the actor with this id in the shipped dictionary on a day ("BFA" in 1975 → "Upper Volta"), for
/// readers that name documents by an actor before any corpus exists.
pub fn embedded_name_on(id: &str, day: NaiveDate) -> Option<String> {
    shipped_actors().get(id).map(|actor| actor.name_on(day).to_owned())
}

/// Whether the shipped dictionary has an actor with this id (the analyst's layer must then remove it, not
/// merely forget its own entry).
pub fn is_shipped(id: &str) -> bool {
    shipped_actors().contains_key(id)
}
