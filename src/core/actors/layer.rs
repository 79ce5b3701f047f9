//! The analyst's own actors: edits kept apart from the shipped dictionary, in a TOML file of the shipped format
//! (`[[actor]]` entries, `not_actors`) plus `[[remove]]`, `[[merge]]` and `[[discard]]` entries. An `[[actor]]`
//! whose id the shipped dictionary has replaces that actor; any other is added.

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::entries::Actor;

/// A shipped actor taken out.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Removal {
    /// The actor's id.
    pub id: String,
}

/// Two actors made one: `from`'s names become `into`'s and `from` is gone.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Merge {
    /// The actor that disappears.
    pub from: String,
    /// The actor that stays.
    pub into: String,
}

/// Mentions not to count: one place (with `document` and `at`), or an alias in a whole corpus (with
/// `corpus`), or an alias everywhere.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Discard {
    /// The actor the mention was counted for.
    pub actor: String,
    /// The words as they stand in the text (compared without regard to case).
    pub alias: String,
    /// Only in the corpus of this name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corpus: Option<String>,
    /// Only in the document with this id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// Only the mention starting at this byte of the document's text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<usize>,
}

impl Discard {
    /// Whether this entry discards a mention of `actor` by `text` at byte `at` of document `document`.
    pub fn covers(&self, corpus: &str, document: &str, actor: &str, text: &str, at: usize) -> bool {
        self.actor == actor
            && self.alias.eq_ignore_ascii_case(text)
            && self.corpus.as_deref().is_none_or(|wanted| wanted == corpus)
            && self.document.as_deref().is_none_or(|wanted| wanted == document)
            && self.at.is_none_or(|wanted| wanted == at)
    }
}

/// The analyst's edits, in the order they are applied: actors added or replaced, then merges, then removals;
/// phrases that are no actor; mentions discarded.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Layer {
    /// Phrases that name no actor (matched so that an alias inside them is not counted).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_actors: Vec<String>,
    /// Actors added, or shipped ones replaced (same id).
    #[serde(rename = "actor", skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<Actor>,
    /// Actors merged into others.
    #[serde(rename = "merge", skip_serializing_if = "Vec::is_empty")]
    pub merges: Vec<Merge>,
    /// Shipped actors taken out.
    #[serde(rename = "remove", skip_serializing_if = "Vec::is_empty")]
    pub removals: Vec<Removal>,
    /// Mentions not counted.
    #[serde(rename = "discard", skip_serializing_if = "Vec::is_empty")]
    pub discards: Vec<Discard>,
    /// The line of each actor, merge and removal in the file read (empty for a layer made in the window).
    #[serde(skip)]
    pub lines: EntryLines,
}

/// Where each entry of a layer read from a file stands, to name it in an error.
#[derive(Clone, Debug, Default)]
pub struct EntryLines {
    /// The line of each `[[actor]]`.
    pub actors: Vec<usize>,
    /// The line of each `[[merge]]`.
    pub merges: Vec<usize>,
    /// The line of each `[[remove]]`.
    pub removals: Vec<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LayerFile {
    #[serde(default)]
    not_actors: Vec<String>,
    #[serde(default)]
    actor: Vec<Spanned<Actor>>,
    #[serde(default)]
    merge: Vec<Spanned<Merge>>,
    #[serde(default)]
    remove: Vec<Spanned<Removal>>,
    #[serde(default)]
    discard: Vec<Discard>,
}

impl PartialEq for Layer {
    fn eq(&self, other: &Self) -> bool {
        self.to_toml() == other.to_toml()
    }
}

impl Layer {
    /// Reads a layer; a TOML mistake is an error with its line and column.
    pub fn parse(source: &str) -> Result<Self, toml::de::Error> {
        let file: LayerFile = toml::from_str(source)?;
        let line = |start: usize| source.get(..start).map_or(1, |head| head.matches('\n').count() + 1);
        let lines = EntryLines {
            actors: file.actor.iter().map(|entry| line(entry.span().start)).collect(),
            merges: file.merge.iter().map(|entry| line(entry.span().start)).collect(),
            removals: file.remove.iter().map(|entry| line(entry.span().start)).collect(),
        };
        Ok(Self {
            not_actors: file.not_actors,
            actors: file.actor.into_iter().map(Spanned::into_inner).collect(),
            merges: file.merge.into_iter().map(Spanned::into_inner).collect(),
            removals: file.remove.into_iter().map(Spanned::into_inner).collect(),
            discards: file.discard,
            lines,
        })
    }

    /// The layer as the text of its file, with a header saying what it is.
    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).unwrap_or_else(|error| format!("# could not be written: {error}\n"));
        format!("{HEADER}\n{body}")
    }

    /// Whether the layer changes nothing.
    pub fn is_empty(&self) -> bool {
        self.not_actors.is_empty()
            && self.actors.is_empty()
            && self.merges.is_empty()
            && self.removals.is_empty()
            && self.discards.is_empty()
    }

    /// How many edits it holds.
    pub fn len(&self) -> usize {
        self.not_actors.len() + self.actors.len() + self.merges.len() + self.removals.len() + self.discards.len()
    }

    /// Adds an actor, or replaces the layer's entry with the same id.
    pub fn put_actor(&mut self, actor: Actor) {
        match self.actors.iter_mut().find(|entry| entry.id == actor.id) {
            Some(entry) => *entry = actor,
            None => self.actors.push(actor),
        }
        self.lines = EntryLines::default();
    }

    /// Takes an actor out: the layer's own entry if it added it, and a removal of the shipped one if `shipped`.
    pub fn remove_actor(&mut self, id: &str, shipped: bool) {
        self.actors.retain(|actor| actor.id != id);
        self.merges.retain(|merge| merge.from != id && merge.into != id);
        if shipped && !self.removals.iter().any(|removal| removal.id == id) {
            self.removals.push(Removal { id: id.to_owned() });
        }
        self.lines = EntryLines::default();
    }

    /// Merges `from` into `into`.
    pub fn merge(&mut self, from: &str, into: &str) {
        self.merges.push(Merge { from: from.to_owned(), into: into.to_owned() });
        self.lines = EntryLines::default();
    }

    /// Marks a phrase as naming no actor.
    pub fn not_an_actor(&mut self, phrase: &str) {
        let phrase = phrase.trim();
        if !phrase.is_empty() && !self.not_actors.iter().any(|known| known.eq_ignore_ascii_case(phrase)) {
            self.not_actors.push(phrase.to_owned());
        }
    }

    /// Adds a discard entry (once).
    pub fn discard(&mut self, discard: Discard) {
        if !self.discards.contains(&discard) {
            self.discards.push(discard);
        }
    }
}

const HEADER: &str = "# geodash: the analyst's own actors, a layer over the shipped dictionary.\n\
# Format: assets/actors/README.md in geodash's sources ([[actor]] adds or replaces by id; [[merge]] from/into;\n\
# [[remove]] id; [[discard]] actor/alias with corpus, document, at; not_actors).";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_layer_written_reads_back_the_same() {
        let source = r#"
not_actors = ["Velloso Avenue"]

[[actor]]
id = "VELLOSO"
name = "Dario Velloso"
kind = "person"
aliases = ["Dario Velloso", "Velloso"]

[[merge]]
from = "USA"
into = "GBR"

[[remove]]
id = "NER"

[[discard]]
actor = "MLI"
alias = "Mali"
document = "doc3"
at = 120
"#;
        let layer = Layer::parse(source).expect("parses");
        assert_eq!((layer.actors.len(), layer.merges.len(), layer.removals.len(), layer.discards.len()), (1, 1, 1, 1));
        assert_eq!((layer.lines.actors[0], layer.lines.merges[0], layer.lines.removals[0]), (4, 10, 14));
        let again = Layer::parse(&layer.to_toml()).expect("its own text parses");
        assert_eq!(again, layer);
        assert_eq!(again.actors[0].aliases, ["Dario Velloso", "Velloso"]);
    }

    #[test]
    fn a_discard_covers_only_its_place() {
        let discard = Discard {
            actor: "MLI".into(),
            alias: "Mali".into(),
            corpus: None,
            document: Some("doc3".into()),
            at: Some(120),
        };
        assert!(discard.covers("any", "doc3", "MLI", "MALI", 120));
        assert!(!discard.covers("any", "doc3", "MLI", "Mali", 121));
        assert!(!discard.covers("any", "doc4", "MLI", "Mali", 120));
        assert!(!discard.covers("any", "doc3", "NER", "Mali", 120));
    }
}
