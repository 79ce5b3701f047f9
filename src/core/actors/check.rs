//! The checks a dictionary passes before it is used: ids unique, references to ids that exist, dates in order,
//! names of their time that do not overlap, ambiguous, guarded, French and English names among the aliases, and no alias meaning
//! two actors on the same day.

use std::collections::HashMap;

use super::DictionaryError;
use super::entries::{Actor, Seat};
use super::file::Place;
use super::validity::Validity;

/// Checks actors and seats from every file together.
pub fn check(actors: &[(Actor, Place)], seats: &[(Seat, Place)]) -> Result<(), DictionaryError> {
    let mut ids: HashMap<&str, &Place> = HashMap::new();
    for (actor, place) in actors {
        if let Some(first) = ids.insert(&actor.id, place) {
            return Err(invalid(place, format!("the id {} is used twice (first at {first})", actor.id)));
        }
    }
    for (actor, place) in actors {
        check_actor(actor, &|id| ids.contains_key(id)).map_err(|reason| invalid(place, reason))?;
    }
    for (seat, place) in seats {
        let mut named = seat.choices.iter().map(|choice| choice.actor.as_str()).chain(seat.otherwise.as_deref());
        if let Some(unknown) = named.find(|id| !ids.contains_key(id)) {
            return Err(invalid(place, format!("the seat {:?} names {unknown}, which is no actor", seat.aliases)));
        }
    }
    check_claims(actors, seats)
}

fn invalid(place: &Place, reason: String) -> DictionaryError {
    DictionaryError::Invalid { file: place.file.clone(), line: place.line, reason }
}

/// One actor's own rules; `known` says whether an id exists.
fn check_actor(actor: &Actor, known: &dyn Fn(&str) -> bool) -> Result<(), String> {
    let id = &actor.id;
    let spans = std::iter::once(actor.validity())
        .chain(actor.dated.iter().map(|dated| dated.validity()))
        .chain(actor.names.iter().map(|name| name.validity()))
        .chain(actor.roles.iter().map(|role| role.validity()));
    if let Some(span) = spans.into_iter().find(|span| !span.is_ordered()) {
        return Err(format!("actor {id}: a span ends before it starts ({span:?})"));
    }
    for (at, name) in actor.names.iter().enumerate() {
        if let Some(other) = actor.names.iter().skip(at + 1).find(|other| other.validity().overlaps(&name.validity())) {
            return Err(format!(
                "actor {id}: its names {:?} and {:?} overlap (one name of its time a day)",
                name.name, other.name
            ));
        }
    }
    let claimed: Vec<&str> = actor.claims().map(|(alias, _)| alias).collect();
    if let Some(alias) = claimed.iter().find(|alias| alias.trim().is_empty()) {
        return Err(format!("actor {id} has an empty alias {alias:?}"));
    }
    for (list, words, needs) in
        [("ambiguous", &actor.ambiguous, &actor.context), ("guarded", &actor.guarded, &actor.other_sense)]
    {
        if let Some(alias) = words.iter().find(|alias| !claimed.contains(&alias.as_str())) {
            return Err(format!("actor {id} marks {alias:?} {list} but has no such alias"));
        }
        if !words.is_empty() && needs.is_empty() {
            return Err(format!("actor {id} has {list} aliases and no words to tell their senses apart"));
        }
    }
    check_languages(actor, &claimed)?;
    let mut references = actor.affiliation.iter().chain(actor.roles.iter().map(|role| &role.of));
    if let Some(unknown) = references.find(|reference| !known(reference)) {
        return Err(format!("actor {id} refers to {unknown}, which is not in the dictionary"));
    }
    Ok(())
}

/// The aliases marked French or English are aliases of the actor, and none is marked both.
fn check_languages(actor: &Actor, claimed: &[&str]) -> Result<(), String> {
    let id = &actor.id;
    for (list, words) in [("french", &actor.french), ("english", &actor.english)] {
        if let Some(alias) = words.iter().find(|alias| !claimed.contains(&alias.as_str())) {
            return Err(format!("actor {id} marks {alias:?} {list} but has no such alias"));
        }
    }
    match actor.french.iter().find(|alias| actor.english.contains(alias)) {
        Some(alias) => Err(format!("actor {id} marks {alias:?} both french and english")),
        None => Ok(()),
    }
}

/// No alias may mean two actors on one day (the same alias at other dates may: "Moscow").
fn check_claims(actors: &[(Actor, Place)], seats: &[(Seat, Place)]) -> Result<(), DictionaryError> {
    let mut claims: HashMap<String, Vec<(&str, Validity, &Place)>> = HashMap::new();
    let actor_claims = actors.iter().flat_map(|(actor, place)| {
        actor.claims().map(move |(alias, validity)| (alias, actor.id.as_str(), validity, place))
    });
    let seat_claims = seats.iter().flat_map(|(seat, place)| {
        seat.aliases.iter().map(move |alias| (alias.as_str(), "a seat of power", Validity::ALWAYS, place))
    });
    for (alias, owner, validity, place) in actor_claims.chain(seat_claims) {
        let folded = fold(alias);
        let earlier = claims.entry(folded).or_default();
        let clash = earlier.iter().find(|(other, span, _)| *other != owner && span.overlaps(&validity));
        if let Some((other, _, other_place)) = clash {
            let reason = format!("the alias {alias:?} means {owner} and {other} ({other_place}) on the same days");
            return Err(invalid(place, reason));
        }
        earlier.push((owner, validity, place));
    }
    Ok(())
}

/// An alias as the matcher may find it: lower-case, without accents.
fn fold(alias: &str) -> String {
    deunicode::deunicode(alias.trim()).to_lowercase()
}
