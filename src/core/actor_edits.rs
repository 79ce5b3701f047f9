//! What the analyst may do to the actors, as edits of their layer over the shipped dictionary: each edit is
//! checked against the dictionary it changes and gives the layer to count with next, so that undo is the
//! layer before.

use crate::core::actors::{Actor, ActorKind, DatedAliases, Dictionary, Discard, Layer, is_shipped};

/// One change to the actors.
#[derive(Clone, Debug, PartialEq)]
pub enum ActorEdit {
    /// A new actor with its names.
    Add {
        /// Its name on charts.
        name: String,
        /// Its kind.
        kind: ActorKind,
        /// The names a text calls it (its name is one).
        aliases: Vec<String>,
        /// The id of the state or organisation it belongs to.
        affiliation: Option<String>,
    },
    /// More names for an actor.
    AddAliases {
        /// The actor's id.
        id: String,
        /// The names.
        aliases: Vec<String>,
    },
    /// A name taken from an actor.
    RemoveAlias {
        /// The actor's id.
        id: String,
        /// The name.
        alias: String,
    },
    /// A new name on charts.
    Rename {
        /// The actor's id.
        id: String,
        /// The name.
        name: String,
    },
    /// Another kind.
    SetKind {
        /// The actor's id.
        id: String,
        /// The kind.
        kind: ActorKind,
    },
    /// Another affiliation (`None`: none).
    SetAffiliation {
        /// The actor's id.
        id: String,
        /// The id of the state or organisation.
        affiliation: Option<String>,
    },
    /// `from` becomes part of `into`.
    Merge {
        /// The actor that disappears.
        from: String,
        /// The actor that stays.
        into: String,
    },
    /// Some names of an actor become a new actor's.
    Split {
        /// The actor's id.
        id: String,
        /// The names that move.
        aliases: Vec<String>,
        /// The new actor's name.
        name: String,
    },
    /// An actor taken out.
    Remove {
        /// The actor's id.
        id: String,
    },
    /// A mention not counted (one place, or an alias in a corpus).
    Discard(Discard),
    /// A phrase that names no actor.
    NotAnActor(String),
}

impl ActorEdit {
    /// How the edit is said in a notice and an undo button.
    pub fn describe(&self, dictionary: &Dictionary) -> String {
        let name = |id: &str| dictionary.name_of(id).unwrap_or(id).to_owned();
        match self {
            Self::Add { name, .. } => format!("Added {name}"),
            Self::AddAliases { id, aliases } => format!("\"{}\" now counts for {}", aliases.join("\", \""), name(id)),
            Self::RemoveAlias { id, alias } => format!("\"{alias}\" no longer counts for {}", name(id)),
            Self::Rename { id, name: new } => format!("{} renamed {new}", name(id)),
            Self::SetKind { id, kind } => format!("{} is now a {}", name(id), kind.label()),
            Self::SetAffiliation { id, .. } => format!("{}'s affiliation changed", name(id)),
            Self::Merge { from, into } => format!("{} merged into {}", name(from), name(into)),
            Self::Split { id, name: new, .. } => format!("{new} split from {}", name(id)),
            Self::Remove { id } => format!("{} removed", name(id)),
            Self::Discard(discard) if discard.at.is_some() => format!("One mention of \"{}\" discarded", discard.alias),
            Self::Discard(discard) => format!("\"{}\" discarded in this corpus", discard.alias),
            Self::NotAnActor(phrase) => format!("\"{phrase}\" marked as no actor"),
        }
    }
}

/// The layer after the edit, checked: the dictionary it makes is given back with it.
pub fn apply(
    layer: &Layer,
    dictionary: &Dictionary,
    edit: &ActorEdit,
    file: &str,
) -> Result<(Layer, Dictionary), String> {
    let mut next = layer.clone();
    change(&mut next, dictionary, edit)?;
    let dictionary = Dictionary::with_layer(&next, file).map_err(|error| error.to_string())?;
    Ok((next, dictionary))
}

fn change(layer: &mut Layer, dictionary: &Dictionary, edit: &ActorEdit) -> Result<(), String> {
    let actor = |id: &str| -> Result<Actor, String> {
        let index = dictionary.index_of(id).ok_or_else(|| format!("there is no actor {id}"))?;
        dictionary.actors.get(index).cloned().ok_or_else(|| format!("there is no actor {id}"))
    };
    match edit {
        ActorEdit::Add { name, kind, aliases, affiliation } => {
            let mut new = blank(&new_id(name, dictionary), name, *kind);
            new.aliases = with_name(aliases, name);
            new.affiliation.clone_from(affiliation);
            layer.put_actor(new);
        }
        ActorEdit::AddAliases { id, aliases } => {
            let mut changed = actor(id)?;
            for alias in aliases.iter().map(|alias| alias.trim()).filter(|alias| !alias.is_empty()) {
                if !changed.aliases.iter().any(|known| known == alias) {
                    changed.aliases.push(alias.to_owned());
                }
            }
            layer.put_actor(changed);
        }
        ActorEdit::RemoveAlias { id, alias } => {
            let mut changed = actor(id)?;
            changed.aliases.retain(|known| known != alias);
            for dated in &mut changed.dated {
                dated.aliases.retain(|known| known != alias);
            }
            changed.dated.retain(|dated| !dated.aliases.is_empty());
            layer.put_actor(changed);
        }
        ActorEdit::Rename { id, name } => {
            let mut changed = actor(id)?;
            name.trim().clone_into(&mut changed.name);
            layer.put_actor(changed);
        }
        ActorEdit::SetKind { id, kind } => {
            let mut changed = actor(id)?;
            changed.kind = *kind;
            layer.put_actor(changed);
        }
        ActorEdit::SetAffiliation { id, affiliation } => {
            let mut changed = actor(id)?;
            changed.affiliation.clone_from(affiliation);
            layer.put_actor(changed);
        }
        ActorEdit::Merge { from, into } => {
            actor(from)?;
            actor(into)?;
            layer.merge(from, into);
        }
        ActorEdit::Split { id, aliases, name } => split(layer, dictionary, &actor(id)?, aliases, name)?,
        ActorEdit::Remove { id } => {
            actor(id)?;
            layer.remove_actor(id, is_shipped(id));
        }
        ActorEdit::Discard(discard) => layer.discard(discard.clone()),
        ActorEdit::NotAnActor(phrase) => layer.not_an_actor(phrase),
    }
    Ok(())
}

fn split(
    layer: &mut Layer,
    dictionary: &Dictionary,
    actor: &Actor,
    aliases: &[String],
    name: &str,
) -> Result<(), String> {
    if aliases.is_empty() {
        return Err("choose the names that go to the new actor".to_owned());
    }
    let moving =
        |names: &[String]| -> Vec<String> { names.iter().filter(|alias| aliases.contains(alias)).cloned().collect() };
    let mut new = blank(&new_id(name, dictionary), name, actor.kind);
    new.aliases = moving(&actor.aliases);
    let dated = actor.dated.iter().map(|dated| DatedAliases { aliases: moving(&dated.aliases), ..dated.clone() });
    new.dated = dated.filter(|dated| !dated.aliases.is_empty()).collect();
    // The moved names keep their marks, and the words that tell an ambiguous or guarded one's sense.
    (new.french, new.english) = (moving(&actor.french), moving(&actor.english));
    (new.ambiguous, new.guarded) = (moving(&actor.ambiguous), moving(&actor.guarded));
    if !new.ambiguous.is_empty() {
        new.context.clone_from(&actor.context);
    }
    if !new.guarded.is_empty() {
        new.other_sense.clone_from(&actor.other_sense);
    }
    new.affiliation.clone_from(&actor.affiliation);
    let mut kept = actor.clone();
    kept.give_up(&aliases.iter().map(|alias| alias.to_lowercase()).collect::<Vec<_>>());
    layer.put_actor(kept);
    layer.put_actor(new);
    Ok(())
}

/// An actor with only a name and a kind.
fn blank(id: &str, name: &str, kind: ActorKind) -> Actor {
    Actor {
        id: id.to_owned(),
        name: name.trim().to_owned(),
        kind,
        from: None,
        to: None,
        aliases: Vec::new(),
        dated: Vec::new(),
        names: Vec::new(),
        ambiguous: Vec::new(),
        context: Vec::new(),
        guarded: Vec::new(),
        other_sense: Vec::new(),
        french: Vec::new(),
        english: Vec::new(),
        affiliation: None,
        role: None,
        roles: Vec::new(),
    }
}

/// The aliases with the name among them.
fn with_name(aliases: &[String], name: &str) -> Vec<String> {
    let mut all: Vec<String> = aliases.iter().map(|alias| alias.trim().to_owned()).filter(|a| !a.is_empty()).collect();
    if !all.iter().any(|alias| alias == name.trim()) {
        all.insert(0, name.trim().to_owned());
    }
    all
}

/// An id no actor has, made from the name ("Dario Velloso" → "USER_DARIO_VELLOSO").
pub fn new_id(name: &str, dictionary: &Dictionary) -> String {
    let letters: String =
        name.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect();
    let base = format!("USER_{}", letters.split('_').filter(|part| !part.is_empty()).collect::<Vec<_>>().join("_"));
    let mut id = base.clone();
    let mut number = 2;
    while dictionary.index_of(&id).is_some() {
        id = format!("{base}_{number}");
        number += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Dictionary {
        Dictionary::embedded().expect("the shipped dictionary")
    }

    #[test]
    fn an_added_actor_is_counted_by_its_names() {
        let add = ActorEdit::Add {
            name: "Dario Velloso".into(),
            kind: ActorKind::Person,
            aliases: vec!["Velloso".into()],
            affiliation: None,
        };
        let (layer, dictionary) = apply(&Layer::default(), &shipped(), &add, "mine").expect("applies");
        let index = dictionary.index_of("USER_DARIO_VELLOSO").expect("added");
        assert_eq!(dictionary.actors[index].aliases, ["Dario Velloso", "Velloso"]);
        assert_eq!(layer.actors.len(), 1);
    }

    #[test]
    fn a_split_moves_names_to_a_new_actor_and_a_merge_brings_them_back() {
        let split = ActorEdit::Split { id: "RUS".into(), aliases: vec!["Kremlin".into()], name: "The Kremlin".into() };
        let (layer, dictionary) = apply(&Layer::default(), &shipped(), &split, "mine").expect("applies");
        let russia = &dictionary.actors[dictionary.index_of("RUS").expect("kept")];
        assert!(!russia.dated.iter().any(|dated| dated.aliases.iter().any(|alias| alias == "Kremlin")));
        let new = dictionary.index_of("USER_THE_KREMLIN").expect("made");
        assert_eq!(dictionary.actors[new].dated[0].aliases, ["Kremlin"], "still a name from 1991 on");
        let merge = ActorEdit::Merge { from: "USER_THE_KREMLIN".into(), into: "RUS".into() };
        let (_, merged) = apply(&layer, &dictionary, &merge, "mine").expect("applies");
        assert!(merged.index_of("USER_THE_KREMLIN").is_none());
        let russia = &merged.actors[merged.index_of("RUS").expect("kept")];
        assert!(russia.dated.iter().any(|dated| dated.aliases.iter().any(|alias| alias == "Kremlin")));
    }

    #[test]
    fn a_split_name_keeps_its_marks() {
        let names = vec!["Chili".to_owned(), "Santiago".to_owned()];
        let split = ActorEdit::Split { id: "CHL".into(), aliases: names, name: "Chile in French".into() };
        let (_, dictionary) = apply(&Layer::default(), &shipped(), &split, "mine").expect("applies");
        let new = &dictionary.actors[dictionary.index_of("USER_CHILE_IN_FRENCH").expect("made")];
        assert_eq!(new.french, ["Chili"]);
        assert_eq!(new.ambiguous, ["Santiago"]);
        assert!(new.context.iter().any(|word| word == "Chile"), "its sense is still told by its words");
        let chile = &dictionary.actors[dictionary.index_of("CHL").expect("kept")];
        assert!(chile.ambiguous.is_empty() && !chile.french.iter().any(|alias| alias == "Chili"));
    }

    #[test]
    fn the_analysts_names_win_over_the_shipped_ones() {
        // "ECJ" is the EU's court in the shipped dictionary; in an election corpus it is the Electoral Commission.
        let add = ActorEdit::Add {
            name: "Electoral Commission of Jamaica".into(),
            kind: ActorKind::Organisation,
            aliases: vec!["ECJ".into()],
            affiliation: None,
        };
        let (_, dictionary) = apply(&Layer::default(), &shipped(), &add, "mine").expect("applies");
        let court = &dictionary.actors[dictionary.index_of("CJEU").expect("still there")];
        assert!(!court.aliases.iter().any(|alias| alias == "ECJ"));
        assert!(court.aliases.iter().any(|alias| alias == "European Court of Justice"));
    }

    #[test]
    fn an_edit_that_breaks_a_rule_is_refused() {
        let merge = ActorEdit::Merge { from: "NOBODY".into(), into: "RUS".into() };
        assert!(apply(&Layer::default(), &shipped(), &merge, "mine").is_err());
    }
}
