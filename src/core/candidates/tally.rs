//! Every span that may be a name, tallied by its folded form: sentence-initial words judged by their case inside
//! sentences across the corpus (Mikheev's rule), names that are no candidates left out.

use foldhash::{HashMap, HashMapExt as _};
use std::borrow::Cow;
use std::ops::Range;

use super::known::Known;
use super::lexicon::{is_given_name, is_place};
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

    /// The fullest form (most words), the most frequent of those; a form in capitals, or in lower case, only if no
    /// other.
    pub(super) fn best_form(&self) -> &str {
        let shouting = |form: &str| {
            !form.chars().any(char::is_lowercase) && form.chars().filter(|c| c.is_alphabetic()).count() > 5
        };
        let capitalised = |form: &str| form.starts_with(char::is_uppercase);
        let rank =
            |form: &str, count: usize| (!shouting(form), capitalised(form), form.split_whitespace().count(), count);
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
            let range = after_a_leading_place(text, range, known);
            let range = if name.titled { before_a_trailing_place(text, range, known) } else { range };
            let Some(written) = text.get(range.clone()).map(on_one_line) else { continue };
            let written = written.as_ref();
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

/// "In Rhodesia Ian Smith and his clique": a place written right before a person's given name and surname is no
/// part of the name.
fn after_a_leading_place(text: &str, range: Range<usize>, known: &Known) -> Range<usize> {
    let Some(span) = text.get(range.clone()) else { return range };
    let starts: Vec<usize> = span.match_indices(' ').map(|(at, _)| at + 1).collect();
    for (cut, &start) in starts.iter().enumerate().take(2) {
        let (place, rest) = span.split_at(start);
        let given = rest.split(' ').next().unwrap_or("");
        let place = place.trim_end();
        if starts.len() > cut + 1 && (is_place(place) || known.is_state(place)) && is_given_name(given) {
            return range.start + start..range.end;
        }
    }
    range
}

/// A name or a sentence as one line: "Theo-\nBen  Gurirab" is "Theo-Ben Gurirab" (a word cut by a hyphen at a
/// line's end is whole again; other runs of spaces and line breaks are one space).
pub(super) fn on_one_line(written: &str) -> Cow<'_, str> {
    if !written.contains(['\n', '\r', '\t']) && !written.contains("  ") {
        return Cow::Borrowed(written);
    }
    let mut line = String::with_capacity(written.len());
    let mut pending = None;
    for c in written.chars() {
        if c.is_whitespace() {
            let broken = pending == Some(true) || c == '\n';
            pending = Some(broken);
            continue;
        }
        if let Some(broken) = pending.take()
            && !line.is_empty()
            && !(broken && cut_by_a_hyphen(&line))
        {
            line.push(' ');
        }
        line.push(c);
    }
    Cow::Owned(line)
}

/// Whether a line ends in a word and a hyphen ("Theo-"), not a dash standing alone.
fn cut_by_a_hyphen(line: &str) -> bool {
    let mut end = line.chars().rev();
    end.next() == Some('-') && end.next().is_some_and(char::is_alphabetic)
}

/// "Minister Theo-Ben Gurirab of Namibia": a person's name of two words or more, then "of" and a state or a
/// place: the person is named without it.
fn before_a_trailing_place(text: &str, range: Range<usize>, known: &Known) -> Range<usize> {
    let Some(span) = text.get(range.clone()) else { return range };
    let Some((person, place)) = span.rsplit_once(" of ") else { return range };
    let is_a_place = is_place(place.trim()) || known.is_state(place.trim());
    if is_a_place && person.split_whitespace().count() >= 2 && !person.contains(" of ") {
        return range.start..range.start + person.len();
    }
    range
}

/// The key names are tallied by: lower case, on one line, no accents ("Piniés" and "Pinies" are one name).
pub(super) fn tally_key(written: &str, key: &mut String) {
    key.clear();
    for word in on_one_line(written).split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
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

/// "the support group" counts for "Support Group", a name the corpus capitalises elsewhere: the longest lower-case
/// ending of two words or more of each phrase kept by the scan that is such a name. Only for a name capitalised
/// at least once for every four times in lower case: "armed forces" and "civil society" are phrases that are
/// sometimes capitalised, not names.
pub(super) fn count_lower_case_writings<'t>(
    tallies: &mut HashMap<String, Tally>,
    docs: &[DocNames],
    text_of: &impl Fn(usize) -> &'t str,
) {
    let mut writings: HashMap<String, Vec<(usize, Range<usize>)>> = HashMap::new();
    let mut key = String::new();
    for (doc, names) in docs.iter().enumerate() {
        let text = text_of(doc);
        for phrase in &names.lower_case {
            let range = phrase.start as usize..phrase.end as usize;
            let Some(written) = text.get(range.clone()).map(on_one_line) else { continue };
            let written = written.as_ref();
            let starts = std::iter::once(0).chain(written.match_indices(' ').map(|(at, _)| at + 1));
            for start in starts {
                let Some(ending) = written.get(start..).filter(|ending| ending.split_whitespace().count() >= 2) else {
                    break;
                };
                tally_key(ending, &mut key);
                if tallies.contains_key(key.as_str()) {
                    writings.entry(key.clone()).or_default().push((doc, range.start + start..range.end));
                    break;
                }
            }
        }
    }
    let plain = RawName { start: 0, end: 0, sentence_initial: false, titled: false, place_like: false };
    for (key, places) in writings {
        let Some(tally) = tallies.get_mut(&key).filter(|tally| places.len() < 4 * tally.mentions) else { continue };
        for (doc, range) in places {
            if let Some(written) = text_of(doc).get(range.clone()).map(on_one_line) {
                tally.count(doc, range, &written, &plain);
            }
        }
        // Counted after every capitalised writing: the documents are put back in order.
        tally.docs.sort_unstable();
        tally.docs.dedup();
    }
}
