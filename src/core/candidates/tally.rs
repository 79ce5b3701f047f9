//! Every span that may be a name, tallied by its folded form: sentence-initial words judged by their case inside
//! sentences across the corpus (Mikheev's rule), names that are no candidates left out.

use std::collections::HashMap;
use std::ops::Range;

use super::known::Known;
use super::reject::rejected;
use super::spans::{CaseCounts, DocNames, RawName};

/// One name's figures.
#[derive(Clone, Debug, Default)]
pub(super) struct Tally {
    pub(super) mentions: usize,
    pub(super) titled: usize,
    pub(super) place_like: usize,
    /// An acronym is defined by it somewhere ("Médecins sans frontières (MSF)"): a name, whatever its words.
    pub(super) defined: bool,
    /// The documents, in order, each once.
    pub(super) docs: Vec<u32>,
    /// The first place in each of the first three documents.
    pub(super) places: Vec<(usize, Range<usize>)>,
    /// Written forms and how often.
    pub(super) forms: Vec<(String, usize)>,
}

impl Tally {
    pub(super) fn count(&mut self, doc: usize, range: Range<usize>, written: &str, name: &RawName) {
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

    pub(super) fn absorb(&mut self, other: Tally) {
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
    pub(super) fn best_form(&self) -> &str {
        let shouting = |form: &str| {
            !form.chars().any(char::is_lowercase) && form.chars().filter(|c| c.is_alphabetic()).count() > 5
        };
        let rank = |form: &str, count: usize| (!shouting(form), form.split_whitespace().count(), count);
        self.forms.iter().max_by_key(|(form, count)| rank(form, *count)).map_or("", |(form, _)| form.as_str())
    }

    /// Whether it stands mostly where places stand.
    pub(super) fn is_place_like(&self) -> bool {
        self.place_like * 2 >= self.mentions
    }
}

/// Every span that may be a name, tallied by its lower-case form.
pub(super) fn tally<'t>(
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
pub(super) fn tally_key(written: &str, key: &mut String) {
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
