//! The shipped dictionary with the analyst's layer over it: actors added or replaced, merged, removed, phrases
//! that are no actor, mentions discarded. The result passes the same checks as the shipped files, and a
//! mistake names the layer's file and the line of the entry.

use std::hash::{Hash, Hasher};

use super::entries::{Actor, Seat};
use super::file::Place;
use super::layer::Layer;
use super::{Dictionary, DictionaryError, check};

/// The shipped dictionary's entries, to be edited.
struct Entries {
    actors: Vec<(Actor, Place)>,
    seats: Vec<(Seat, Place)>,
}

impl Dictionary {
    /// The shipped dictionary with `layer` over it; `file` names the layer in errors.
    pub fn with_layer(layer: &Layer, file: &str) -> Result<Self, DictionaryError> {
        let shipped = Self::embedded()?;
        if layer.is_empty() {
            return Ok(shipped);
        }
        let shipped_place = Place { file: "the shipped dictionary".to_owned(), line: 0 };
        let mut entries = Entries {
            actors: shipped.actors.into_iter().zip(shipped.places).collect(),
            seats: shipped.seats.into_iter().map(|seat| (seat, shipped_place.clone())).collect(),
        };
        let place = |lines: &[usize], index: usize| Place {
            file: file.to_owned(),
            line: lines.get(index).copied().unwrap_or(0),
        };
        for (index, actor) in layer.actors.iter().enumerate() {
            entries.put(actor.clone(), place(&layer.lines.actors, index));
        }
        for (index, merge) in layer.merges.iter().enumerate() {
            entries
                .merge(&merge.from, &merge.into)
                .map_err(|reason| invalid(place(&layer.lines.merges, index), reason))?;
        }
        for (index, removal) in layer.removals.iter().enumerate() {
            entries.remove(&removal.id).map_err(|reason| invalid(place(&layer.lines.removals, index), reason))?;
        }
        check::check(&entries.actors, &entries.seats)?;
        let mut not_actors = shipped.not_actors;
        not_actors.extend(layer.not_actors.iter().cloned());
        let (actors, places): (Vec<Actor>, Vec<Place>) = entries.actors.into_iter().unzip();
        let seats = entries.seats.into_iter().map(|(seat, _)| seat).collect();
        let mut dictionary = Self::assemble(actors, places, seats, not_actors, shipped.acts);
        dictionary.discards = layer.discards.clone();
        dictionary.key = layered_key(shipped.key, layer);
        Ok(dictionary)
    }
}

fn invalid(place: Place, reason: String) -> DictionaryError {
    DictionaryError::Invalid { file: place.file, line: place.line, reason }
}

/// The key of the shipped dictionary's content with a layer over it.
fn layered_key(shipped: u64, layer: &Layer) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    shipped.hash(&mut hasher);
    layer.to_toml().hash(&mut hasher);
    hasher.finish()
}

impl Entries {
    fn position(&self, id: &str) -> Option<usize> {
        self.actors.iter().position(|(actor, _)| actor.id == id)
    }

    /// Adds the actor, or replaces the one with its id; its names are taken from any other actor that had
    /// them (the analyst's "ECJ" is the Electoral Commission, no longer the EU's court).
    fn put(&mut self, actor: Actor, place: Place) {
        let names: Vec<String> = actor.claims().map(|(alias, _)| alias.to_lowercase()).collect();
        for (other, _) in self.actors.iter_mut().filter(|(other, _)| other.id != actor.id) {
            other.give_up(&names);
        }
        match self.position(&actor.id) {
            Some(index) => self.actors[index] = (actor, place),
            None => self.actors.push((actor, place)),
        }
    }

    /// `from`'s names become `into`'s; what named `from` (affiliations, offices, seats) names `into`.
    fn merge(&mut self, from: &str, into: &str) -> Result<(), String> {
        let gone = self.position(from).ok_or_else(|| format!("merge: there is no actor {from}"))?;
        self.position(into).ok_or_else(|| format!("merge: there is no actor {into}"))?;
        if from == into {
            return Err(format!("merge: {from} into itself"));
        }
        let (merged, _) = self.actors.remove(gone);
        if let Some(index) = self.position(into) {
            absorb(&mut self.actors[index].0, merged);
        }
        self.rename_references(from, Some(into));
        Ok(())
    }

    /// Takes the actor out, and what named it.
    fn remove(&mut self, id: &str) -> Result<(), String> {
        let index = self.position(id).ok_or_else(|| format!("remove: there is no actor {id}"))?;
        self.actors.remove(index);
        self.rename_references(id, None);
        Ok(())
    }

    fn rename_references(&mut self, from: &str, into: Option<&str>) {
        for (actor, _) in &mut self.actors {
            if actor.affiliation.as_deref() == Some(from) {
                actor.affiliation = into.map(str::to_owned);
            }
            actor.roles.retain(|role| role.of != from || into.is_some());
            for role in actor.roles.iter_mut().filter(|role| role.of == from) {
                role.of = into.unwrap_or_default().to_owned();
            }
        }
        for (seat, _) in &mut self.seats {
            seat.choices.retain(|choice| choice.actor != from || into.is_some());
            for choice in seat.choices.iter_mut().filter(|choice| choice.actor == from) {
                choice.actor = into.unwrap_or_default().to_owned();
            }
            if seat.otherwise.as_deref() == Some(from) {
                seat.otherwise = into.map(str::to_owned);
            }
        }
    }
}

/// Gives `into` every name of `from` (its display name becomes an alias).
fn absorb(into: &mut Actor, from: Actor) {
    let mut aliases = from.aliases;
    if !aliases.contains(&from.name) && !from.dated.iter().any(|dated| dated.aliases.contains(&from.name)) {
        aliases.push(from.name);
    }
    for alias in aliases {
        if !into.aliases.contains(&alias) {
            into.aliases.push(alias);
        }
    }
    into.dated.extend(from.dated);
    into.ambiguous.extend(from.ambiguous);
    into.context.extend(from.context);
    into.guarded.extend(from.guarded);
    into.other_sense.extend(from.other_sense);
    into.french.extend(from.french);
    into.english.extend(from.english);
    into.roles.extend(from.roles);
}
