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
        "administration",
        "affairs",
        "foreign",
        "interior",
        "defence",
        "defense",
        "finance",
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
    let is_known = |name: &str| known.contains(name) || is_demonym(name) || is_place(name);
    (1..words.len()).any(|cut| {
        let (head, tail) = words.split_at(cut);
        (head.iter().all(is_generic) && is_known(&tail.join(" ")))
            || (tail.iter().all(is_generic) && is_known(&head.join(" ")))
    }) || is_a_states_formal_name(&words, is_known)
}

/// "Democratic Republic of Afghanistan", "Mongolian People's Republic", "Government of the Democratic Republic of
/// Korea": a state's formal name, which is the state the dictionary knows under its short name. Only where a
/// state's own word stands in it (republic, government, kingdom…), so that "Democratic Forces of X" stays.
fn is_a_states_formal_name(words: &[&str], is_known: impl Fn(&str) -> bool) -> bool {
    const STATE_WORDS: &[&str] = &[
        "republic",
        "government",
        "kingdom",
        "state",
        "regime",
        "régime",
        "république",
        "gouvernement",
        "royaume",
        "état",
    ];
    const FORMS: &[&str] = &[
        "democratic",
        "people's",
        "peoples'",
        "popular",
        "socialist",
        "federal",
        "federative",
        "united",
        "revolutionary",
        "arab",
        "démocratique",
        "populaire",
        "socialiste",
        "fédérale",
        "unie",
    ];
    let lower: Vec<String> = words.iter().map(|word| word.to_lowercase().replace('’', "'")).collect();
    if !lower.iter().any(|word| STATE_WORDS.contains(&word.as_str())) {
        return false;
    }
    let is_formal = |word: &String| {
        STATE_WORDS.contains(&word.as_str()) || FORMS.contains(&word.as_str()) || is_connector(word) || word == "of"
    };
    let rest: Vec<&str> =
        words.iter().zip(&lower).filter(|(_, word)| !is_formal(word)).map(|(word, _)| *word).collect();
    !rest.is_empty() && is_known(&rest.join(" "))
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

/// "Middle Bast", "Soviet Onion", "Hew Caledonia": a known name or place with one letter misread (scanned texts),
/// no name of its own. Only names of two words or more, one letter of a word of three or more changed.
pub(super) fn is_a_misreading(name: &str, known: &Known) -> bool {
    let lower = name.to_lowercase();
    if !lower.contains([' ', '-']) {
        return false;
    }
    let mut changed = String::with_capacity(lower.len());
    let letters: Vec<(usize, char)> = lower.char_indices().collect();
    letters.iter().any(|&(at, letter)| {
        let in_a_long_word = word_around(&lower, at).chars().count() >= 3;
        letter.is_ascii_lowercase()
            && in_a_long_word
            && ('a'..='z').filter(|other| *other != letter).any(|other| {
                changed.clear();
                changed.push_str(&lower[..at]);
                changed.push(other);
                changed.push_str(&lower[at + letter.len_utf8()..]);
                known.contains(&changed) || is_place(&changed)
            })
    })
}

/// The word a byte offset stands in.
fn word_around(text: &str, at: usize) -> &str {
    let boundary = |c: char| c == ' ' || c == '-';
    let start = text[..at].rfind(boundary).map_or(0, |found| found + 1);
    let end = text[at..].find(boundary).map_or(text.len(), |found| at + found);
    &text[start..end]
}
