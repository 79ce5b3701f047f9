//! Capitalised spans in one text: the raw evidence for candidate names. Headlines and ALL-CAPS lines are not
//! used (everything is capitalised there); a title before a name is split off and kept as evidence; an acronym
//! in brackets after a name is kept with it; every word's case in mid-sentence is counted, for the test of a
//! sentence's first word across the corpus.

use std::ops::Range;

use crate::core::lines::{ends_a_sentence, runs_on};

use super::lexicon::{
    is_connector, is_given_name, is_institution, is_lower_case_kind_word, is_lower_title, is_never_a_name, is_particle,
    is_place_word, is_royal_title, is_title,
};

/// Titles that split a span where they stand inside it ("Russian President Vladimir Putin").
const STRONG_TITLES: &[&str] = &[
    "President",
    "Comrade",
    "Prime",
    "Minister",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "General",
    "Gen",
    "Colonel",
    "Col",
    "Sheikh",
    "Sir",
    "King",
    "Queen",
    "Prince",
    "Senator",
    "Governor",
    "Judge",
    "M",
    "Mme",
    "Président",
    "Présidente",
    "Ministre",
    "Général",
    "Chancellor",
    "Premier",
    "Ambassador",
    "Mayor",
    "Commander",
    "Commissioner",
    "Chairman",
    "Chairwoman",
    "Spokesman",
    "Spokeswoman",
    "Secretary-General",
    "Inspector",
    "Superintendent",
    "Speaker",
    "Gouverneur",
];

/// Lower-case nouns that, right after a name, are part of a group's name ("the Kingfisher gang").
const GROUP_NOUNS: &[&str] = &["gang", "gangs", "militia", "cartel", "clan", "brigade", "milice", "gang"];

/// Whether a word is a title that splits a span.
fn is_strong_title(word: &str) -> bool {
    static SET: std::sync::OnceLock<foldhash::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| STRONG_TITLES.iter().copied().collect()).contains(word)
}

/// One capitalised span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawName {
    /// Its bytes in the text, titles left out.
    pub start: u32,
    /// Its end.
    pub end: u32,
    /// Its first word starts a sentence (so its capital says nothing).
    pub sentence_initial: bool,
    /// A title stood before it ("Mr", "le président").
    pub titled: bool,
    /// It stood where places stand: after "in", "at", "à"…, or in capitals opening a dateline ("GOMA, 3 mars").
    pub place_like: bool,
}

impl RawName {
    /// Its byte range.
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// What one text gives.
#[derive(Clone, Debug, Default)]
pub struct DocNames {
    /// The spans, in text order.
    pub names: Vec<RawName>,
    /// Acronyms defined in brackets after a name: (acronym, the name's range).
    pub acronyms: Vec<(String, Range<usize>)>,
    /// Lower-case words ending in a kind word ("the support group"): where a name capitalised elsewhere ("Support
    /// Group") is written in lower case, which counts for that name.
    pub lower_case: Vec<Range<u32>>,
}

/// Per word (lower-cased): how often it is written capitalised, and lower-case, inside a sentence.
pub type CaseCounts = foldhash::HashMap<String, (u32, u32)>;

/// A word of a line, with where it stands.
#[derive(Clone, Copy, Debug)]
struct Word<'t> {
    text: &'t str,
    start: usize,
    /// The first word of a sentence.
    initial: bool,
    /// Only spaces between it and the word before.
    joined: bool,
}

/// The spans of `text`, counting word cases into `counts`. Lines wrapped inside a sentence are read as one
/// ("Minister Theo-Ben\nGurirab"), so that a name cut by the wrap is whole.
pub fn scan(text: &str, counts: &mut CaseCounts) -> DocNames {
    let mut found = DocNames::default();
    let mut offset = 0;
    let mut lower = String::new();
    let mut block: Vec<Word<'_>> = Vec::new();
    let mut wrapped = false;
    for (number, line) in text.split_inclusive('\n').enumerate() {
        let mut words = words(line, offset);
        offset += line.len();
        // The first line is the headline unless it is a paragraph; lines in title case or capitals say nothing
        // of names, unless they go on with a sentence the line before began ("Ben Gurirab, the Minister for
        // Foreign Affairs of").
        if !wrapped && ((number == 0 && !is_paragraph(line, &words)) || is_headline(line, &words)) {
            read_block(text, &mut block, counts, &mut lower, &mut found);
            wrapped = false;
            continue;
        }
        if !wrapped {
            read_block(text, &mut block, counts, &mut lower, &mut found);
        } else if let Some(first) = words.first_mut() {
            first.initial = false;
            first.joined = line.trim_start().starts_with(char::is_alphanumeric) && ends_in_a_word(&block, text);
        }
        block.extend(words);
        wrapped = wraps(line);
    }
    read_block(text, &mut block, counts, &mut lower, &mut found);
    found
}

/// A line that runs on into the next: a long one that stops inside a sentence (a short one may be a heading), or
/// on a title's abbreviation ("…of the Assembly, Mr.").
pub fn wraps(line: &str) -> bool {
    let line = line.trim_end();
    let last_word = line.trim_end_matches('.').rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let on_an_abbreviation = line.ends_with('.') && last_word.chars().count() <= 4 && is_title(last_word);
    runs_on(line) || (on_an_abbreviation && line.chars().count() >= 40)
}

/// Whether the text so far stops right after its last word, or after a word cut by a hyphen ("Theo-" then
/// "Ben Gurirab"), not after a comma or a dash.
fn ends_in_a_word(block: &[Word<'_>], text: &str) -> bool {
    block.last().is_some_and(|word| {
        let after = text.get(word.start + word.text.len()..).unwrap_or("");
        let rest = after.split('\n').next().unwrap_or("").trim_end();
        rest.is_empty() || rest == "-"
    })
}

/// The evidence of a paragraph's words, which are then let go.
fn read_block<'t>(
    text: &'t str,
    block: &mut Vec<Word<'t>>,
    counts: &mut CaseCounts,
    lower: &mut String,
    found: &mut DocNames,
) {
    if block.is_empty() {
        return;
    }
    count_cases(block, counts, lower);
    spans(text, block, found);
    lower_case_kind_phrases(block, found);
    block.clear();
}

/// A headline or a heading: a line in capitals, or one whose longer words are nearly all capitalised and that
/// does not end as a sentence does.
fn is_headline(line: &str, words: &[Word<'_>]) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic());
    let (upper, all) = letters.fold((0, 0), |(upper, all), c| (upper + usize::from(c.is_uppercase()), all + 1));
    if words.len() >= 3 && upper * 10 >= all * 8 {
        return true;
    }
    let long: Vec<&Word<'_>> = words.iter().filter(|word| word.text.len() >= 4).collect();
    let capitalised = long.iter().filter(|word| starts_upper(word.text)).count();
    long.len() >= 3 && capitalised * 10 >= long.len() * 7 && !ends_a_sentence(line)
}

/// A line of a dozen words or more that ends as a sentence does: a text's first line that is no headline.
fn is_paragraph(line: &str, words: &[Word<'_>]) -> bool {
    words.len() >= 12 && ends_a_sentence(line)
}

/// "the support group", "Contadora support group": a kind word in lower case and the up to two lower-case words
/// before it.
fn lower_case_kind_phrases(words: &[Word<'_>], found: &mut DocNames) {
    for (index, word) in words.iter().enumerate() {
        if index == 0 || !is_lower_case_kind_word(word.text) {
            continue;
        }
        let mut first = index;
        while first > 0 && index - first < 2 && words[first].joined && starts_lower(words[first - 1].text) {
            first -= 1;
        }
        let end = word.start + word.text.len();
        if let (true, Ok(start), Ok(end)) = (first < index, u32::try_from(words[first].start), u32::try_from(end)) {
            found.lower_case.push(start..end);
        }
    }
}

fn starts_lower(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

fn count_cases(words: &[Word<'_>], counts: &mut CaseCounts, lower: &mut String) {
    for word in words.iter().filter(|word| !word.initial && word.text.len() >= 2) {
        if !word.text.chars().all(char::is_alphabetic) {
            continue;
        }
        lower.clear();
        if word.text.is_ascii() {
            lower.push_str(word.text);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(word.text.chars().flat_map(char::to_lowercase));
        }
        let upper = starts_upper(word.text);
        match counts.get_mut(lower.as_str()) {
            Some(count) if upper => count.0 += 1,
            Some(count) => count.1 += 1,
            None => {
                counts.insert(lower.clone(), if upper { (1, 0) } else { (0, 1) });
            }
        }
    }
}

/// Whether a point at `at` closes a title's abbreviation ("Mr.", "Dr.", "Gen.", "M.").
fn abbreviates_a_title(word: &Word<'_>, at: usize) -> bool {
    word.start + word.text.len() == at && word.text.chars().count() <= 4 && is_title(word.text)
}

/// The words of a line: letters and digits, with the apostrophes and hyphens inside them; a word's "'s" is cut.
fn words(line: &str, offset: usize) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let mut initial = true;
    let mut joined = false;
    let mut chars = line.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = at + c.len_utf8();
            while let Some(&(next_at, next)) = chars.peek() {
                let inner = matches!(next, '-' | '\'' | '’')
                    && line[next_at + next.len_utf8()..].starts_with(char::is_alphanumeric);
                if next.is_alphanumeric() || inner {
                    end = next_at + next.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let mut start = at;
            // "l'Ituri", "d'Ivoire", "qu'Ugeda": the elided article is a word of its own.
            if let Some(elision) = elision(&line[at..end]) {
                words.push(Word { text: &line[at..at + elision], start: offset + at, initial, joined });
                start = at + elision;
            }
            let text = strip_possessive(&line[start..end]);
            words.push(Word { text, start: offset + start, initial: initial && start == at, joined });
            initial = false;
            joined = true;
            // "Workers' Union": a plural's apostrophe does not part the words.
            if let Some(&(quote_at, '\'' | '’')) = chars.peek()
                && line[quote_at..].chars().nth(1).is_some_and(char::is_whitespace)
            {
                chars.next();
            }
            continue;
        }
        // "Mr. Theo-Ben Gurirab": a title's abbreviating point ends no sentence and parts no name.
        let abbreviation =
            c == '.' && words.last().is_some_and(|word: &Word<'_>| abbreviates_a_title(word, offset + at));
        if abbreviation {
            continue;
        }
        if !c.is_whitespace() {
            joined = false;
        }
        if matches!(c, '.' | '!' | '?' | '—' | '–' | '…') || (c == '-' && line[at + 1..].starts_with(' ')) {
            initial = true;
        } else if !c.is_whitespace() && !matches!(c, '"' | '“' | '«' | '(' | '[' | '‘' | '\'') {
            initial = false;
        }
    }
    words
}

/// The length of an elided article or pronoun opening a word ("l'", "d’", "qu'"), if one does and more follows.
fn elision(word: &str) -> Option<usize> {
    let apostrophe_near = word.bytes().take(6).any(|byte| byte == b'\'' || byte == 0xE2);
    if !apostrophe_near {
        return None;
    }
    let heads =
        ["l'", "l’", "d'", "d’", "L'", "L’", "D'", "D’", "qu'", "qu’", "n'", "n’", "s'", "s’", "c'", "c’", "j'", "j’"];
    heads.iter().find(|head| word.len() > head.len() && word.starts_with(**head)).map(|head| head.len())
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word)
}

/// Whether a word starts with a capital ("al-Bashir" and "d'Ivoire" do, by their name).
fn starts_upper(word: &str) -> bool {
    let first = word.chars().next();
    if first.is_some_and(char::is_uppercase) {
        return true;
    }
    if !word.bytes().take(5).any(|byte| matches!(byte, b'-' | b'\'' | 0xE2)) {
        return false;
    }
    let name = ["al-", "el-", "ad-", "as-", "ash-", "ben-", "bin-", "d'", "d’", "l'", "l’"]
        .iter()
        .find_map(|prefix| word.strip_prefix(prefix))
        .unwrap_or(word);
    name.chars().next().is_some_and(char::is_uppercase)
}

/// The capitalised spans of a line's words.
fn spans(text: &str, words: &[Word<'_>], found: &mut DocNames) {
    let mut at = 0;
    while let Some(word) = words.get(at) {
        if !starts_upper(word.text) {
            at += 1;
            continue;
        }
        let mut end = span_end(words, at);
        // "the Kingfisher gang": a group's noun written after its name belongs to it.
        if words
            .get(end + 1)
            .is_some_and(|next| next.joined && next.text.len() <= 8 && GROUP_NOUNS.contains(&next.text))
        {
            end += 1;
        }
        let before = at.checked_sub(1).and_then(|previous| words.get(previous));
        let joined_before = before.filter(|previous| previous.joined_to(word));
        let lower_title = joined_before.is_some_and(|previous| is_lower_title(previous.text));
        let place_like =
            joined_before.is_some_and(|previous| is_place_word(previous.text)) || is_dateline(text, words, at, end);
        let evidence = Evidence { titled: lower_title, place_like };
        split_at_titles(words.get(at..=end).unwrap_or_default(), evidence, found);
        at = end + 1;
    }
    defined_acronyms(text, words, found);
}

/// The last word of the capitalised span starting at `at`: capitalised words, joined by connectors where the
/// name is an institution's ("Bank of England", "University of the West Indies") or by a name's particle
/// ("Charles de Gaulle", "Ursula von der Leyen"); at most eight words.
fn span_end(words: &[Word<'_>], at: usize) -> usize {
    let mut end = at;
    while end - at < 7 {
        let next = |offset: usize| words.get(end + offset).filter(|word| word.joined);
        match (next(1), next(2), next(3)) {
            (Some(word), _, _) if starts_upper(word.text) => end += 1,
            (Some(link), Some(word), _) if starts_upper(word.text) && joins(words, at, end, &[link]) => end += 2,
            (Some(link), Some(second), Some(word))
                if starts_upper(word.text) && joins(words, at, end, &[link, second]) =>
            {
                end += 3;
            }
            _ => break,
        }
    }
    end
}

/// Whether connectors may join what comes after them to the span `at..=end`: a name's particle after one or two
/// words, "of", "the", "for" after an institution's word.
fn joins(words: &[Word<'_>], at: usize, end: usize, links: &[&Word<'_>]) -> bool {
    if !links.iter().all(|link| is_connector(link.text)) {
        return false;
    }
    let left = words.get(at..=end).unwrap_or_default();
    let person = left.first().is_some_and(|word| is_given_name(word.text));
    if links.iter().all(|link| is_particle(link.text)) && left.len() <= 2 && person {
        return true;
    }
    left.iter().any(|word| is_institution(word.text))
}

impl Word<'_> {
    /// Whether only spaces stand between this word and `next`.
    fn joined_to(&self, next: &Word<'_>) -> bool {
        next.joined && next.start > self.start
    }
}

/// What stood around a span.
#[derive(Clone, Copy, Debug)]
struct Evidence {
    titled: bool,
    place_like: bool,
}

/// "GOMA, 3 mars (AFP)": a line's first words in capitals, followed by a comma.
fn is_dateline(text: &str, words: &[Word<'_>], at: usize, end: usize) -> bool {
    let (Some(first), Some(last)) = (words.get(at), words.get(end)) else { return false };
    let capitals =
        words.get(at..=end).unwrap_or_default().iter().all(|word| !word.text.chars().any(char::is_lowercase));
    let line_start = first.initial
        && text
            .get(..first.start)
            .is_none_or(|head| head.trim_end_matches([' ', '\t']).ends_with('\n') || head.is_empty());
    capitals && line_start && text.get(last.start + last.text.len()..).is_some_and(|rest| rest.starts_with(','))
}

/// Emits the name of a span: the part after its last title ("Russian President Vladimir Putin" → "Vladimir
/// Putin", titled; "Finance Minister Conrad Beckford" → "Conrad Beckford"), the words before it being the title's.
fn split_at_titles(span: &[Word<'_>], evidence: Evidence, found: &mut DocNames) {
    let last_title = span.iter().enumerate().skip(1).rfind(|(_, word)| is_strong_title(word.text));
    match last_title {
        Some((index, _)) => emit(span.get(index..).unwrap_or_default(), Evidence { titled: true, ..evidence }, found),
        None => emit(span, evidence, found),
    }
}

/// Emits one part of a span, without its leading titles, articles and connectors, nor trailing connectors.
fn emit(part: &[Word<'_>], evidence: Evidence, found: &mut DocNames) {
    let mut titled = evidence.titled;
    let mut first = 0;
    while let Some(word) = part.get(first) {
        // "House of Representatives": a common word heads the name when a connector follows it; not a title before
        // a name's particle ("Mr. de Piniés").
        let before_a_particle = |next: &Word<'_>| is_title(word.text) && is_particle(next.text);
        let heads_a_name = part.get(first + 1).is_some_and(|next| is_connector(next.text) && !before_a_particle(next));
        if is_title(word.text) && !heads_a_name {
            titled = true;
        } else if is_connector(word.text) || (is_never_a_name(word.text) && !heads_a_name) {
        } else {
            break;
        }
        first += 1;
    }
    let mut last = part.len();
    while last > first && part.get(last - 1).is_some_and(|word| is_connector(word.text)) {
        last -= 1;
    }
    // "King Hussein", "Sheikh Zayed": a monarch is named by title and first name, which is no surname.
    if last == first + 1 && first > 0 && part.get(first - 1).is_some_and(|word| is_royal_title(word.text)) {
        first -= 1;
    }
    let (Some(head), Some(tail)) = (part.get(first), last.checked_sub(1).and_then(|end| part.get(end))) else { return };
    if last <= first {
        return;
    }
    let end = tail.start + tail.text.len();
    let (Ok(start), Ok(end)) = (u32::try_from(head.start), u32::try_from(end)) else { return };
    let place_like = evidence.place_like && first == 0;
    found.names.push(RawName { start, end, sentence_initial: head.initial, titled, place_like });
}

/// "Rapid Support Forces (RSF)", "Alliance des forces démocratiques (ADF)": an acronym in brackets, and the
/// words before it whose initials it is (lower-case words and connectors allowed, as French writes such
/// names). The name replaces the capitalised pieces of it found before.
fn defined_acronyms(text: &str, words: &[Word<'_>], found: &mut DocNames) {
    for (index, word) in words.iter().enumerate().skip(1) {
        let acronym = word.text;
        let is_acronym = (2..=8).contains(&acronym.len())
            && acronym.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && acronym.chars().any(|c| c.is_ascii_uppercase());
        let Some(before) = words.get(index - 1) else { continue };
        let between = text.get(before.start + before.text.len()..word.start).unwrap_or("");
        let closed = text.get(word.start + acronym.len()..).is_some_and(|after| after.starts_with(')'));
        if !is_acronym || between.trim() != "(" || !closed {
            continue;
        }
        let Some(first) = (index.saturating_sub(10)..index).find(|&start| spells(words, start, index, acronym)) else {
            continue;
        };
        let (Some(head), Ok(start), Ok(end)) =
            (words.get(first), u32::try_from(words[first].start), u32::try_from(before.start + before.text.len()))
        else {
            continue;
        };
        found.names.retain(|name| name.end <= start || name.start >= end);
        found.names.push(RawName { start, end, sentence_initial: head.initial, titled: false, place_like: false });
        found.acronyms.push((acronym.to_owned(), start as usize..end as usize));
    }
    found.names.sort_by_key(|name| name.start);
}

/// Whether the words `start..end` are a capitalised name whose initials (connectors left out, numbers whole)
/// spell the acronym.
fn spells(words: &[Word<'_>], start: usize, end: usize, acronym: &str) -> bool {
    let Some(name) = words.get(start..end) else { return false };
    if !name.first().is_some_and(|word| starts_upper(word.text)) || name.len() < 2 {
        return false;
    }
    let initials: String = name
        .iter()
        .filter(|word| {
            !is_connector(word.text) && !matches!(word.text, "and" | "et" | "au" | "aux" | "en" | "à" | "sur")
        })
        .map(|word| {
            if word.text.chars().all(|c| c.is_ascii_digit()) {
                word.text.to_owned()
            } else {
                word.text.chars().next().map(|c| c.to_uppercase().to_string()).unwrap_or_default()
            }
        })
        .collect();
    initials == acronym
}

#[cfg(test)]
mod tests {
    use super::*;

    use foldhash::HashMapExt as _;

    fn names(text: &str) -> Vec<(String, bool, bool)> {
        let mut counts = CaseCounts::new();
        let found = scan(text, &mut counts);
        found.names.iter().map(|name| (text[name.range()].to_owned(), name.sentence_initial, name.titled)).collect()
    }

    #[test]
    fn titles_are_split_off_and_kept_as_evidence() {
        let text = "Headline Line Here Is Skipped\nOn Monday, Prime Minister Amara Kessel met Mr Blair and the Bank of England.\n";
        let found = names(text);
        let expected = [
            ("Monday".to_owned(), false, false),
            ("Amara Kessel".to_owned(), false, true),
            ("Blair".to_owned(), false, true),
            ("Bank of England".to_owned(), false, false),
        ];
        assert_eq!(found, expected);
    }

    #[test]
    fn a_title_inside_a_span_splits_it_and_an_acronym_in_brackets_is_kept() {
        let text = "title\nRussian President Vladimir Putin's envoy met the Rapid Support Forces (RSF) in Khartoum.\n";
        let mut counts = CaseCounts::new();
        let found = scan(text, &mut counts);
        let names: Vec<&str> = found.names.iter().map(|name| &text[name.range()]).collect();
        assert_eq!(names, ["Vladimir Putin", "Rapid Support Forces", "RSF", "Khartoum"]);
        let (acronym, range) = &found.acronyms[0];
        assert_eq!((acronym.as_str(), &text[range.clone()]), ("RSF", "Rapid Support Forces"));
    }

    #[test]
    fn a_monarch_keeps_the_title_before_a_lone_first_name() {
        let found = names("title\nThe plan of King Hussein and of Mr Blair was read by Queen Rania Al Yassin.\n");
        let names: Vec<&str> = found.iter().map(|(name, _, _)| name.as_str()).collect();
        assert_eq!(names, ["King Hussein", "Blair", "Rania Al Yassin"]);
    }

    #[test]
    fn word_cases_are_counted_inside_sentences_only() {
        let mut counts = CaseCounts::new();
        scan("title\nThe talks went well. Talks with Kessel resume; the talks and Kessel.\n", &mut counts);
        assert_eq!(counts.get("talks"), Some(&(0, 2)), "the sentence-initial Talks says nothing");
        assert_eq!(counts.get("kessel"), Some(&(2, 0)));
    }
}
