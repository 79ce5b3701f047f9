//! The actor dictionary: states, organisations, armed groups and people, each with the names a text calls them.
//!
//! The dictionary is the data file `assets/actors.toml`, compiled into the binary; its format is described at
//! the top of that file and in the README.

mod matcher;

use serde::Deserialize;

pub use matcher::{Matcher, Mention};

/// What kind of actor an entry is; the window colours each kind differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A UN member or observer state.
    State,
    /// A named person.
    Person,
    /// An intergovernmental body, bloc, agency, company or NGO.
    Organisation,
    /// A non-state armed group.
    ArmedGroup,
}

impl ActorKind {
    /// Every kind, in the order of legends.
    pub const ALL: [Self; 4] = [Self::State, Self::Organisation, Self::ArmedGroup, Self::Person];

    /// The label shown in legends and exports.
    pub fn label(self) -> &'static str {
        match self {
            Self::State => "state",
            Self::Person => "person",
            Self::Organisation => "organisation",
            Self::ArmedGroup => "armed group",
        }
    }
}

/// One canonical actor.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// A stable identifier: ISO 3166-1 alpha-3 for states, a short upper-case tag for the others.
    pub id: String,
    /// The name shown on charts.
    pub name: String,
    /// State, person, organisation or armed group.
    pub kind: ActorKind,
    /// Every name that refers to the actor in text.
    pub aliases: Vec<String>,
    /// The aliases that are also common words or names: they count only where `context` supports them.
    #[serde(default)]
    pub ambiguous: Vec<String>,
    /// Words that, in the same sentence, show an ambiguous alias means this actor.
    #[serde(default)]
    pub context: Vec<String>,
    /// For people and bodies: the id of the state or organisation they belong to.
    #[serde(default)]
    pub affiliation: Option<String>,
    /// For people: one line on who they are.
    #[serde(default)]
    pub role: Option<String>,
}

/// The error when a dictionary file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum DictionaryError {
    /// The TOML does not parse or does not fit the schema.
    #[error("the actor dictionary does not parse: {0}")]
    Parse(#[from] toml::de::Error),
    /// Two actors share an id.
    #[error("the actor id {0} is used twice")]
    DuplicateId(String),
    /// An affiliation names no actor.
    #[error("actor {actor} is affiliated to {affiliation}, which is not in the dictionary")]
    UnknownAffiliation {
        /// The actor with the bad affiliation.
        actor: String,
        /// The missing id.
        affiliation: String,
    },
    /// An `ambiguous` entry is not one of the actor's aliases.
    #[error("actor {actor} marks {alias} ambiguous but has no such alias")]
    AmbiguousNotAlias {
        /// The actor concerned.
        actor: String,
        /// The stray alias.
        alias: String,
    },
    /// An alias is empty, or two actors (or one twice) claim the same alias, so a mention could not be told apart.
    #[error("actor {actor} has the alias {alias:?}, which is empty or already taken")]
    BadAlias {
        /// The actor concerned.
        actor: String,
        /// The empty or repeated alias.
        alias: String,
    },
    /// The alias automaton could not be built.
    #[error("the alias matcher could not be built: {0}")]
    Automaton(String),
}

/// The dictionary compiled into the binary.
const EMBEDDED_DICTIONARY: &str = include_str!("../../../assets/actors.toml");

/// The display name of the actor with this id in the shipped dictionary ("MLI" → "Mali"), for readers that
/// name documents by an actor before any corpus exists.
pub fn embedded_name(id: &str) -> Option<&'static str> {
    static NAMES: std::sync::OnceLock<std::collections::HashMap<String, String>> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let actors = Dictionary::embedded().map(|dictionary| dictionary.actors).unwrap_or_default();
        actors.into_iter().map(|actor| (actor.id, actor.name)).collect()
    });
    names.get(id).map(String::as_str)
}

/// All actors, in file order; an actor's index in `actors` is its number everywhere else.
#[derive(Clone, Debug)]
pub struct Dictionary {
    /// The actors.
    pub actors: Vec<Actor>,
    /// Phrases that contain an alias but name no actor ("Latin America", "Washington Post"): matched so that
    /// the alias inside them is not counted.
    pub not_actors: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DictionaryFile {
    #[serde(default)]
    not_actors: Vec<String>,
    actor: Vec<Actor>,
}

impl Dictionary {
    /// The dictionary shipped with geodash.
    pub fn embedded() -> Result<Self, DictionaryError> {
        Self::from_toml(EMBEDDED_DICTIONARY)
    }

    /// Parses and checks a dictionary in the `actors.toml` format.
    pub fn from_toml(source: &str) -> Result<Self, DictionaryError> {
        let file: DictionaryFile = toml::from_str(source)?;
        let dictionary = Self { actors: file.actor, not_actors: file.not_actors };
        dictionary.check()?;
        Ok(dictionary)
    }

    fn check(&self) -> Result<(), DictionaryError> {
        let mut ids = std::collections::HashSet::new();
        for actor in &self.actors {
            if !ids.insert(actor.id.as_str()) {
                return Err(DictionaryError::DuplicateId(actor.id.clone()));
            }
        }
        let mut aliases = std::collections::HashSet::new();
        for actor in &self.actors {
            if let Some(alias) = actor.aliases.iter().find(|alias| {
                let folded = alias.trim().to_lowercase();
                folded.is_empty() || !aliases.insert(folded)
            }) {
                return Err(DictionaryError::BadAlias { actor: actor.id.clone(), alias: alias.clone() });
            }
            if let Some(affiliation) = actor.affiliation.as_ref().filter(|id| !ids.contains(id.as_str())) {
                let (actor, affiliation) = (actor.id.clone(), affiliation.clone());
                return Err(DictionaryError::UnknownAffiliation { actor, affiliation });
            }
            if let Some(alias) = actor.ambiguous.iter().find(|alias| !actor.aliases.contains(alias)) {
                let (actor, alias) = (actor.id.clone(), alias.clone());
                return Err(DictionaryError::AmbiguousNotAlias { actor, alias });
            }
        }
        Ok(())
    }

    /// The index of the actor with this id or name (case-insensitive), if any.
    pub fn find(&self, id_or_name: &str) -> Option<usize> {
        let wanted = id_or_name.trim();
        self.actors
            .iter()
            .position(|actor| actor.id.eq_ignore_ascii_case(wanted) || actor.name.eq_ignore_ascii_case(wanted))
    }

    /// The display name of the actor with this exact id ("NER" → "Niger").
    pub fn name_of(&self, id: &str) -> Option<&str> {
        self.actors.iter().find(|actor| actor.id == id).map(|actor| actor.name.as_str())
    }

    /// The display name of the actor an affiliation id points to.
    pub fn affiliation_name(&self, actor: &Actor) -> Option<&str> {
        let id = actor.affiliation.as_deref()?;
        self.actors.iter().find(|other| other.id == id).map(|other| other.name.as_str())
    }
}
