//! From every text's spans to ranked candidates: sentence-initial words judged by their case inside sentences
//! across the corpus, names the dictionary knows and places left out, variants merged (written forms, an
//! acronym and its definition, a surname and the full name), nested names weighed by C-value, kinds guessed.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::lexicon::{
    KIND_WORDS, is_calendar, is_common_word, is_connector, is_given_name, is_institution, is_never_a_name, is_place,
    is_title, looks_like_a_place,
};
use super::spans::{CaseCounts, DocNames, RawName};
use super::{Candidate, CandidateKind, Example};
use crate::core::actors::Dictionary;

/// Every name the dictionary knows, folded (lower case, no accents): they are no candidates.
#[derive(Clone, Debug, Default)]
pub struct Known(HashSet<String>);

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
        // "Organization of African" is "Organization of African Unity" cut off where the text writes "unity".
        let beginnings: Vec<String> = known
            .iter()
            .flat_map(|name| {
                let words: Vec<&str> = name.split(' ').collect();
                (2..words.len()).map(move |end| words[..end].join(" "))
            })
            .filter(|beginning| beginning.split(' ').next_back().is_some_and(|word| !is_connector(word)))
            .collect();
        known.extend(beginnings);
        // "Cuellar" and "Perez" alone are Pérez de Cuéllar, whom the dictionary knows.
        let people = dictionary.actors.iter().filter(|actor| actor.kind == crate::core::actors::ActorKind::Person);
        let names = people.flat_map(|actor| actor.claims().map(|(alias, _)| alias)).filter(|alias| alias.contains(' '));
        let words = names.flat_map(|alias| alias.split_whitespace().filter(|word| word.chars().count() >= 4));
        let surnames: Vec<String> = words.filter(|word| word.starts_with(char::is_uppercase)).map(fold).collect();
        known.extend(surnames);
        Self(known)
    }

    fn contains(&self, name: &str) -> bool {
        self.0.contains(&fold(name))
    }
}

/// Lower case, without accents, hyphens as spaces, one space between words.
fn fold(name: &str) -> String {
    deunicode::deunicode(name).to_lowercase().replace('-', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One name's figures.
#[derive(Clone, Debug, Default)]
struct Tally {
    mentions: usize,
    titled: usize,
    place_like: usize,
    /// An acronym is defined by it somewhere ("Médecins sans frontières (MSF)"): a name, whatever its words.
    defined: bool,
    /// The documents, in order, each once.
    docs: Vec<u32>,
    /// The first place in each of the first three documents.
    places: Vec<(usize, Range<usize>)>,
    /// Written forms and how often.
    forms: Vec<(String, usize)>,
}

impl Tally {
    fn count(&mut self, doc: usize, range: Range<usize>, written: &str, name: &RawName) {
        self.mentions += 1;
        self.titled += usize::from(name.titled);
        self.place_like += usize::from(name.place_like);
        let doc_number = u32::try_from(doc).unwrap_or(u32::MAX);
        if self.docs.last() != Some(&doc_number) {
            self.docs.push(doc_number);
            if self.places.len() < 3 {
                self.places.push((doc, range));
            }
        }
        match self.forms.iter_mut().find(|(form, _)| form == written) {
            Some((_, count)) => *count += 1,
            None => self.forms.push((written.to_owned(), 1)),
        }
    }

    fn absorb(&mut self, other: Tally) {
        self.mentions += other.mentions;
        self.titled += other.titled;
        self.place_like += other.place_like;
        self.defined |= other.defined;
        let mut docs = std::mem::take(&mut self.docs);
        docs.extend(other.docs);
        docs.sort_unstable();
        docs.dedup();
        self.docs = docs;
        self.places.extend(other.places);
        self.places.sort_by_key(|(doc, _)| *doc);
        self.places.dedup_by_key(|(doc, _)| *doc);
        self.places.truncate(3);
        for (form, count) in other.forms {
            match self.forms.iter_mut().find(|(mine, _)| *mine == form) {
                Some((_, mine)) => *mine += count,
                None => self.forms.push((form, count)),
            }
        }
    }

    /// The fullest form (most words), the most frequent of those; a form in capitals only if no other.
    fn best_form(&self) -> &str {
        let shouting = |form: &str| {
            !form.chars().any(char::is_lowercase) && form.chars().filter(|c| c.is_alphabetic()).count() > 5
        };
        let rank = |form: &str, count: usize| (!shouting(form), form.split_whitespace().count(), count);
        self.forms.iter().max_by_key(|(form, count)| rank(form, *count)).map_or("", |(form, _)| form.as_str())
    }

    /// Whether it stands mostly where places stand.
    fn is_place_like(&self) -> bool {
        self.place_like * 2 >= self.mentions
    }
}

/// Ranks the candidates of every document's spans.
pub fn rank<'t>(
    docs: &[DocNames],
    counts: &CaseCounts,
    text_of: &(impl Fn(usize) -> &'t str + Sync),
    known: &Known,
    limit: usize,
) -> Vec<Candidate> {
    let mut tallies = tally(docs, counts, text_of, known);
    merge_acronyms(&mut tallies, docs, text_of);
    merge_short_forms(&mut tallies);
    let c_values = c_values(&tallies);
    let mut ranked: Vec<Candidate> = tallies
        .into_iter()
        .filter(|(key, tally)| tally.mentions >= 2 && !tally.is_place_like() && !is_common_phrase(key, tally, counts))
        .map(|(key, tally)| candidate(&tally, c_values.get(&key).copied().unwrap_or(0.0), text_of))
        .collect();
    ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(b.mentions.cmp(&a.mentions)).then(a.name.cmp(&b.name)));
    ranked.truncate(limit);
    ranked
}

/// Every span that may be a name, tallied by its lower-case form.
fn tally<'t>(
    docs: &[DocNames],
    counts: &CaseCounts,
    text_of: &impl Fn(usize) -> &'t str,
    known: &Known,
) -> HashMap<String, Tally> {
    let mut tallies: HashMap<String, Tally> = HashMap::new();
    let mut key = String::new();
    for (doc, names) in docs.iter().enumerate() {
        let text = text_of(doc);
        for name in &names.names {
            let Some(range) = judged(text, name.range(), name.sentence_initial, counts) else { continue };
            let Some(written) = text.get(range.clone()) else { continue };
            if rejected(written, known) {
                continue;
            }
            tally_key(written, &mut key);
            match tallies.get_mut(key.as_str()) {
                Some(tally) => tally.count(doc, range, written, name),
                None => tallies.entry(key.clone()).or_default().count(doc, range, written, name),
            }
        }
    }
    tallies
}

/// The key names are tallied by: lower case, one space between words, no accents ("Piniés" and "Pinies" are
/// one name).
fn tally_key(written: &str, key: &mut String) {
    key.clear();
    key.extend(written.split_whitespace().flat_map(|word| word.chars().chain([' '])).flat_map(char::to_lowercase));
    key.pop();
    if !key.is_ascii() {
        *key = deunicode::deunicode(key);
    }
}

/// A span whose first word starts a sentence: that word stays only if the corpus writes it capitalised inside
/// sentences more often than not; the rest of a longer span stays.
fn judged(text: &str, range: Range<usize>, initial: bool, counts: &CaseCounts) -> Option<Range<usize>> {
    let name = text.get(range.clone())?;
    if !initial {
        return Some(range);
    }
    let first = name.split_whitespace().next()?;
    let (upper, lower) = counts.get(first.to_lowercase().as_str()).copied().unwrap_or((0, 0));
    if upper > lower {
        return Some(range);
    }
    let rest = name.get(first.len()..)?.trim_start();
    let rest = rest.trim_start_matches(|c: char| c.is_lowercase() || c == '\'' || c == '’' || c == ' ');
    (!rest.is_empty()).then(|| range.end - rest.len()..range.end)
}

/// Names that are no candidates: one letter, numbers, only titles, months or everyday capitalised words, places
/// and what the dictionary knows.
fn rejected(name: &str, known: &Known) -> bool {
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

/// A name made only of common words, none of which types it, never after a title: "Member States", "Second
/// World War", "the Charter". A word is common if the shipped list says so or the corpus writes it lower-case
/// inside sentences at least once for every four times capitalised.
fn is_common_phrase(key: &str, tally: &Tally, counts: &CaseCounts) -> bool {
    if tally.defined || tally.titled * 5 >= tally.mentions.max(1) {
        return false;
    }
    let common = |word: &str| {
        let (upper, lower) = counts.get(word).copied().unwrap_or((0, 0));
        is_connector(word) || is_common_word(word) || (lower >= 3 && lower * 4 >= upper)
    };
    let typed = tally
        .forms
        .iter()
        .any(|(form, _)| form.split_whitespace().any(|word| KIND_WORDS.iter().any(|(kind, _)| *kind == word)));
    !typed && key.split(' ').all(common)
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

/// "RSF" counts for "Rapid Support Forces" where the texts define it so.
fn merge_acronyms<'t>(tallies: &mut HashMap<String, Tally>, docs: &[DocNames], text_of: &impl Fn(usize) -> &'t str) {
    let mut meanings: HashMap<String, HashMap<String, usize>> = HashMap::new();
    for (doc, names) in docs.iter().enumerate() {
        let text = text_of(doc);
        for (acronym, range) in &names.acronyms {
            let Some(long) = text.get(range.clone()) else { continue };
            let (mut short_key, mut long_key) = (String::new(), String::new());
            tally_key(acronym, &mut short_key);
            tally_key(long, &mut long_key);
            *meanings.entry(short_key).or_default().entry(long_key).or_default() += 1;
        }
    }
    for (acronym, longs) in meanings {
        let Some((long, definitions)) = longs.into_iter().max_by_key(|(long, count)| (*count, long.clone())) else {
            continue;
        };
        let Some(full) = tallies.get_mut(&long) else { continue };
        full.defined = true;
        if let Some(mut short) = tallies.remove(&acronym)
            && let Some(full) = tallies.get_mut(&long)
        {
            // "Rapid Support Forces (RSF)" names them once, not twice.
            short.mentions = short.mentions.saturating_sub(definitions);
            for (_, count) in &mut short.forms {
                *count = count.saturating_sub(definitions);
            }
            short.forms.retain(|(_, count)| *count > 0);
            full.absorb(short);
        }
    }
}

/// "Blair" (and "Mr Blair", already "Blair") counts for "Tony Blair", "Kestrel" for "Kestrel Energy Group" and
/// "Longxing Mining" for "Longxing Mining SARL": a surname for the one person's name ending so, a first word
/// for the one organisation's name starting so, a name for itself with its company's form; or for the one of
/// those that holds two thirds of their mentions.
fn merge_short_forms(tallies: &mut HashMap<String, Tally>) {
    let mut longer: HashMap<String, Vec<(String, usize)>> = HashMap::new();
    for (key, tally) in tallies.iter() {
        let organisation = tally.forms.iter().any(|(form, _)| form.split_whitespace().any(is_institution));
        for short in short_forms(key, organisation) {
            longer.entry(short).or_default().push((key.clone(), tally.mentions));
        }
    }
    // Shorter first: "Lusaka" joins "Paul Lusaka" before "Paul Lusaka" joins "Paul John Lusaka".
    let mut longer: Vec<(String, Vec<(String, usize)>)> = longer.into_iter().collect();
    longer.sort_by(|a, b| a.0.split(' ').count().cmp(&b.0.split(' ').count()).then_with(|| a.0.cmp(&b.0)));
    for (short, fulls) in longer {
        let fulls: Vec<(String, usize)> = fulls.into_iter().filter(|(full, _)| tallies.contains_key(full)).collect();
        if !tallies.contains_key(&short) || fulls.is_empty() {
            continue;
        }
        let total: usize = fulls.iter().map(|(_, mentions)| mentions).sum();
        let Some((best, mentions)) = fulls.into_iter().max_by_key(|(key, mentions)| (*mentions, key.clone())) else {
            continue;
        };
        if mentions * 3 >= total * 2
            && let Some(short) = tallies.remove(&short)
            && let Some(full) = tallies.get_mut(&best)
        {
            full.absorb(short);
        }
    }
}

/// The shorter forms a name may be written in: a person's surname; an organisation's first word, and its name
/// without the company's form ("sarl", "ltd", "group"…).
fn short_forms(key: &str, organisation: bool) -> Vec<String> {
    let words: Vec<&str> = key.split(' ').collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return Vec::new() };
    if words.len() < 2 {
        return Vec::new();
    }
    if !organisation {
        // "Lusaka" and "Paul Lusaka" for "Paul John Lusaka".
        let mut forms = vec![(*last).to_owned()];
        if words.len() >= 3 && !is_connector(words[words.len() - 2]) {
            forms.push(format!("{first} {last}"));
        }
        return forms;
    }
    let legal = ["sarl", "sa", "ltd", "limited", "inc", "plc", "gmbh", "group", "groupe", "corp", "corporation", "co"];
    let mut forms = vec![(*first).to_owned()];
    if legal.contains(last) && words.len() > 2 {
        forms.push(words[..words.len() - 1].join(" "));
    }
    forms
}

/// The C-value of each name: log2(1 + its words) times its mentions, less the mean of the longer names it is
/// nested in ("Support Forces" inside "Rapid Support Forces" weighs only its own uses).
fn c_values(tallies: &HashMap<String, Tally>) -> HashMap<String, f64> {
    let mut nested_in: HashMap<&str, Vec<usize>> = HashMap::new();
    for (key, tally) in tallies {
        let words: Vec<&str> = key.split(' ').collect();
        for start in 0..words.len() {
            for end in start + 1..=words.len() {
                if end - start == words.len() {
                    continue;
                }
                let inner = words.get(start..end).unwrap_or_default().join(" ");
                if let Some((inner_key, _)) = tallies.get_key_value(inner.as_str()) {
                    nested_in.entry(inner_key.as_str()).or_default().push(tally.mentions);
                }
            }
        }
    }
    tallies
        .iter()
        .map(|(key, tally)| {
            let length = (1.0 + key.split(' ').count() as f64).log2();
            let own = tally.mentions as f64;
            let value = match nested_in.get(key.as_str()) {
                Some(outer) if !outer.is_empty() => {
                    let sum: f64 = outer.iter().map(|&mentions| mentions as f64).sum();
                    own + sum - sum / outer.len() as f64
                }
                _ => own,
            };
            (key.clone(), length * value)
        })
        .collect()
}

fn candidate<'t>(tally: &Tally, c_value: f64, text_of: &impl Fn(usize) -> &'t str) -> Candidate {
    let name = tally.best_form().to_owned();
    let (kind, evidence) = kind_of(&name, tally);
    let mut variants = tally.forms.clone();
    variants.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let documents = tally.docs.len();
    // One word with nothing to say what it is ("Zionist", "Koreas", "Horn") is weak evidence of an actor.
    let weight = if kind == CandidateKind::Unknown && !name.contains(' ') { 0.5 } else { 1.0 };
    Candidate {
        score: weight * documents as f64 * (1.0 + 0.1 * (1.0 + c_value).ln()),
        name,
        kind,
        evidence,
        documents,
        mentions: tally.mentions,
        variants: variants.into_iter().map(|(form, _)| form).collect(),
        examples: tally.places.iter().map(|(doc, range)| example(text_of(*doc), *doc, range)).collect(),
    }
}

/// The kind a name's words and titles suggest, and why.
fn kind_of(name: &str, tally: &Tally) -> (CandidateKind, String) {
    let words: Vec<&str> = name.split_whitespace().collect();
    // "Liberation" makes a front or a movement an armed group; otherwise the last telling word decides.
    let liberation = words.iter().find(|word| matches!(**word, "Liberation" | "Libération"));
    let keyword = liberation.map_or_else(
        || words.iter().rev().find_map(|word| KIND_WORDS.iter().find(|(kind_word, _)| kind_word == word)),
        |word| KIND_WORDS.iter().find(|(kind_word, _)| kind_word == word),
    );
    if let Some((word, kind)) = keyword {
        return (*kind, format!("the word \"{word}\""));
    }
    if tally.titled * 5 >= tally.mentions && tally.titled > 0 {
        return (CandidateKind::Person, format!("a title before it {} times", tally.titled));
    }
    if words.len() >= 2 && words.first().is_some_and(|first| is_given_name(first)) {
        return (CandidateKind::Person, "a given name".to_owned());
    }
    (CandidateKind::Unknown, String::new())
}

/// The sentence around a place, at most 240 characters: a longer one is cut around the name.
fn example(text: &str, doc: usize, range: &Range<usize>) -> Example {
    let before = text.get(..range.start).unwrap_or("");
    let after = text.get(range.end..).unwrap_or("");
    let mut start = before.rfind(['.', '!', '?', '\n']).map_or(0, |at| at + 1);
    let mut end = after.find(['.', '!', '?', '\n']).map_or(text.len(), |at| range.end + at + 1);
    let (mut cut_before, mut cut_after) = (false, false);
    if text.get(start..end).is_some_and(|sentence| sentence.chars().count() > 240) {
        let floor = |mut at: usize| {
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            at
        };
        let mut wanted_start = floor(range.start.saturating_sub(100)).max(start);
        // From a word's start, not its middle.
        if let Some(space) = text.get(wanted_start..range.start).and_then(|head| head.find(' ')) {
            wanted_start += space + 1;
        }
        let wanted_end = floor((range.end + 120).min(text.len())).min(end);
        (cut_before, cut_after) = (wanted_start > start, wanted_end < end);
        (start, end) = (wanted_start, wanted_end);
    }
    let words: Vec<&str> = text.get(start..end).unwrap_or("").split_whitespace().collect();
    let sentence =
        format!("{}{}{}", if cut_before { "…" } else { "" }, words.join(" "), if cut_after { "…" } else { "" });
    Example { doc, sentence }
}
