//! The spans that are no candidates: calendar words and bare titles, places and peoples, what the dictionary knows
//! (also under a state's formal words), texts and numbers.

use super::known::Known;
use super::lexicon::{
    is_calendar, is_common_word, is_connector, is_institution, is_never_a_name, is_place, is_title, looks_like_a_place,
};

/// Names that are no candidates: one letter, numbers, only titles, months or everyday capitalised words, places
/// and what the dictionary knows.
pub(super) fn rejected(name: &str, known: &Known) -> bool {
    let mut words = name.split_whitespace();
    let all_plain = words.all(|word| is_never_a_name(word) || is_calendar(word) || is_title(word));
    let one_word = !name.contains(char::is_whitespace);
    all_plain
        || (one_word && is_institution(name))
        || name.chars().filter(|c| c.is_alphabetic()).count() < 2
        || is_place(name)
        || looks_like_a_place(name)
        || is_demonym(name)
        || is_roman_numeral(name.split_whitespace().next().unwrap_or(""))
        || names_a_known_one(name, known)
        || known.contains(name)
        || is_a_compound_of_known_ones(name, known)
        || ends_with_a_texts_word(name)
}

/// "North-South", "Iran-Iraq", "Soviet-American", "Arab-Israeli": places, peoples and directions joined.
fn is_a_compound_of_known_ones(name: &str, known: &Known) -> bool {
    const DIRECTIONS: [&str; 4] = ["north", "south", "east", "west"];
    let part_is_known = |part: &str| {
        DIRECTIONS.contains(&part.to_lowercase().as_str()) || known.contains(part) || is_place(part) || is_demonym(part)
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    words.iter().any(|word| word.contains('-'))
        && words
            .iter()
            .all(|word| word.split('-').all(|part| part_is_known(part) || is_common_word(&part.to_lowercase())))
}

/// "Helsinki Final Act", "Contadora Act", "Law of the Sea Convention": a text, not an actor.
fn ends_with_a_texts_word(name: &str) -> bool {
    const TEXTS: [&str; 12] = [
        "Act",
        "Acts",
        "Agreement",
        "Agreements",
        "Treaty",
        "Treaties",
        "Convention",
        "Conventions",
        "Covenant",
        "Covenants",
        "Protocol",
        "Declaration",
    ];
    name.split_whitespace().next_back().is_some_and(|last| TEXTS.contains(&last))
}

/// "II", "XXV", "VII of the Charter": numbers of chapters, sessions and resolutions.
fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty() && word.len() <= 6 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

/// "Government of South Africa", "State of Israel", "Members of the United Nations": a state's generic words,
/// then what the dictionary knows.
fn names_a_known_one(name: &str, known: &Known) -> bool {
    const GENERIC: &[&str] = &[
        "government",
        "governments",
        "state",
        "states",
        "republic",
        "kingdom",
        "people",
        "peoples",
        "members",
        "member",
        "nation",
        "assembly",
        "delegation",
        "representatives",
        "authorities",
        "leaders",
        "president",
        "presidents",
        "army",
        "forces",
        "embassy",
        "minister",
        "ministers",
        "parliament",
        "gouvernement",
        "état",
        "république",
        "royaume",
        "peuple",
        "autorités",
        "conference",
        "conferences",
        "agreement",
        "agreements",
        "accord",
        "accords",
        "declaration",
        "treaty",
        "protocol",
        "convention",
        "conventions",
        "round",
        "summit",
        "process",
        "talks",
        "consensus",
        "statute",
        "plan",
        "conférence",
        "accord",
        "traité",
        "sommet",
    ];
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_generic = |word: &&str| is_connector(word) || GENERIC.contains(&word.to_lowercase().as_str());
    // Also "French Government", "Geneva Conference", "Kyoto Protocol": a known name or place, then a state's
    // generic words or a meeting's or a text's.
    (1..words.len()).any(|cut| {
        let (head, tail) = words.split_at(cut);
        let (head, tail) = (head.join(" "), tail.join(" "));
        let known_head = known.contains(&head) || is_demonym(&head) || is_place(&head);
        (words[..cut].iter().all(is_generic) && known.contains(&tail))
            || (words[cut..].iter().all(is_generic) && known_head)
    })
}

/// "African", "Koreans": a place's name with a demonym's ending.
fn is_demonym(name: &str) -> bool {
    if name.contains(' ') {
        return false;
    }
    let endings = [
        "ans", "ns", "an", "n", "ese", "ish", "ic", "is", "i", "ien", "iens", "ienne", "iennes", "ais", "aise", "ain",
        "aine",
    ];
    endings.iter().filter_map(|ending| name.strip_suffix(ending)).any(|stem| {
        stem.len() >= 3 && (is_place(stem) || is_place(&format!("{stem}a")) || is_place(&format!("{stem}e")))
    })
}
