//! What the dictionary already knows, folded for comparison: such names are no candidates.

use foldhash::HashSet;

use super::lexicon::{is_connector, is_lower_case_kind_word};
use crate::core::actors::Dictionary;

/// Every name the dictionary knows, folded (lower case, no accents): they are no candidates.
#[derive(Clone, Debug, Default)]
pub struct Known {
    names: HashSet<String>,
    /// The names of states, which a person's name may follow with no comma ("In Rhodesia Ian Smith…").
    states: HashSet<String>,
}

impl Known {
    /// The aliases of every actor and seat of power, and the phrases that are no actors.
    pub fn of(dictionary: &Dictionary) -> Self {
        let aliases = dictionary.actors.iter().flat_map(|actor| actor.claims().map(|(alias, _)| alias));
        let seats = dictionary.seats.iter().flat_map(|seat| seat.aliases.iter().map(String::as_str));
        let phrases = dictionary.not_actors.iter().map(String::as_str);
        let mut known: HashSet<String> = aliases.chain(seats).chain(phrases).map(fold).collect();
        // "Social Council" is the end of "Economic and Social Council", cut off at the "and".
        let endings: Vec<String> = known
            .iter()
            .flat_map(|name| {
                let words: Vec<&str> = name.split(' ').collect();
                (1..words.len().saturating_sub(1)).map(move |start| words[start..].join(" "))
            })
            .collect();
        known.extend(endings);
        // "Organization of African" is "Organization of African Unity" cut off where the text writes "unity"; a
        // beginning that ends in a kind word is a name of its own ("Support Group", not "Support Group for Islam").
        let beginnings: Vec<String> = known
            .iter()
            .flat_map(|name| {
                let words: Vec<&str> = name.split(' ').collect();
                (2..words.len()).map(move |end| words[..end].join(" "))
            })
            .filter(|beginning| {
                beginning
                    .split(' ')
                    .next_back()
                    .is_some_and(|word| !is_connector(word) && !is_lower_case_kind_word(word))
            })
            .collect();
        known.extend(beginnings);
        // "Cuellar" and "Perez" alone are Pérez de Cuéllar, whom the dictionary knows.
        let people = dictionary.actors.iter().filter(|actor| actor.kind == crate::core::actors::ActorKind::Person);
        let names = people.flat_map(|actor| actor.claims().map(|(alias, _)| alias)).filter(|alias| alias.contains(' '));
        let words = names.flat_map(|alias| alias.split_whitespace().filter(|word| word.chars().count() >= 4));
        let surnames: Vec<String> = words.filter(|word| word.starts_with(char::is_uppercase)).map(fold).collect();
        known.extend(surnames);
        let states = dictionary.actors.iter().filter(|actor| actor.kind == crate::core::actors::ActorKind::State);
        let states = states.flat_map(|actor| actor.claims().map(|(alias, _)| fold(alias))).collect();
        Self { names: known, states }
    }

    pub(super) fn contains(&self, name: &str) -> bool {
        self.names.contains(&fold(name))
    }

    pub(super) fn is_state(&self, name: &str) -> bool {
        self.states.contains(&fold(name))
    }
}

/// Lower case, without accents, hyphens as spaces, one space between words.
pub(super) fn fold(name: &str) -> String {
    deunicode::deunicode(name).to_lowercase().replace('-', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}
