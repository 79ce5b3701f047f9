//! The words dates are made of, as tables that the patterns in `rules` are built from, one table per language
//! for each kind of word: English here, French in `french`. To read another language, add its module and its
//! tables to the lists below (and to `rules` the word orders English lacks); the patterns match the words
//! case-insensitively.

mod french;

use chrono::Weekday;

use super::Part;

/// Words with what each means, lowercase.
pub(super) type Table<T> = &'static [(&'static str, T)];

/// Month names and abbreviations in every language read.
pub(super) const MONTHS: &[Table<u32>] = &[ENGLISH_MONTHS, french::MONTHS];

/// The month words that may come before the day ("July 26", "Sept. 11, 2001"): English ones only, as French
/// never writes a month first and a French month followed by a number is a count ("en mars 15 soldats").
pub(super) const MONTHS_BEFORE_DAYS: &[Table<u32>] = &[ENGLISH_MONTHS];

/// Weekday names in every language read.
pub(super) const WEEKDAYS: &[Table<Weekday>] = &[ENGLISH_WEEKDAYS, french::WEEKDAYS];

/// French weekday names alone, for the French word orders ("mercredi dernier", "mercredi soir").
pub(super) const FRENCH_WEEKDAYS: &[Table<Weekday>] = &[french::WEEKDAYS];

/// Season names in every language read.
pub(super) const SEASONS: &[Table<Season>] = &[ENGLISH_SEASONS, french::SEASONS];

/// Words for part of a month, season or year in every language read.
pub(super) const PARTS: &[Table<Part>] = &[ENGLISH_PARTS, french::PARTS];

/// Words before what they shift, in every language read: "last July", "cet été".
pub(super) const SHIFTS: &[Table<Shift>] = &[ENGLISH_SHIFTS, french::SHIFTS_BEFORE];

/// Words after what they shift: "juillet dernier", "l'an prochain".
pub(super) const SHIFTS_AFTER: &[Table<Shift>] = &[french::SHIFTS_AFTER];

/// Words for a day counted from the reference date, in every language read.
pub(super) const DAY_WORDS: &[Table<i64>] = &[ENGLISH_DAY_WORDS, french::DAY_WORDS];

/// Words before a month without a year that make it a date, in every language read.
pub(super) const MONTH_PREPOSITIONS: &[&[&str]] = &[ENGLISH_MONTH_PREPOSITIONS, french::MONTH_PREPOSITIONS];

/// Words before a bare year that make it a date, in every language read.
pub(super) const YEAR_PREPOSITIONS: &[&[&str]] = &[ENGLISH_YEAR_PREPOSITIONS, french::YEAR_PREPOSITIONS];

/// Times of day after a French weekday: "mercredi soir".
pub(super) const FRENCH_TIMES: &[&str] = french::TIMES;

/// English month names and abbreviations, lowercase, with the month's number. A form ending in a dot matches
/// only with the dot; one ending in a letter matches only as a whole word.
#[rustfmt::skip]
const ENGLISH_MONTHS: Table<u32> = &[
    ("january", 1), ("jan", 1), ("jan.", 1),
    ("february", 2), ("feb", 2), ("feb.", 2),
    ("march", 3), ("mar", 3), ("mar.", 3),
    ("april", 4), ("apr", 4), ("apr.", 4),
    ("may", 5),
    ("june", 6), ("jun", 6), ("jun.", 6),
    ("july", 7), ("jul", 7), ("jul.", 7),
    ("august", 8), ("aug", 8), ("aug.", 8),
    ("september", 9), ("sept", 9), ("sept.", 9), ("sep", 9), ("sep.", 9),
    ("october", 10), ("oct", 10), ("oct.", 10),
    ("november", 11), ("nov", 11), ("nov.", 11),
    ("december", 12), ("dec", 12), ("dec.", 12),
];

/// Month words that are ordinary words when written in lowercase ("they may", "a march"): read as months only
/// when capitalised.
const LOWERCASE_WORDS: &[&str] = &["may", "march", "mar", "mar."];

/// Month names for labels, January first.
#[rustfmt::skip]
const MONTH_NAMES: [&str; 12] = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
];

/// English weekday names, lowercase.
const ENGLISH_WEEKDAYS: Table<Weekday> = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// A northern meteorological season.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    /// The season's first month: March, June, September or December.
    pub(super) fn first_month(self) -> u32 {
        match self {
            Self::Spring => 3,
            Self::Summer => 6,
            Self::Autumn => 9,
            Self::Winter => 12,
        }
    }

    /// The season a month belongs to.
    pub(super) fn of_month(month: u32) -> Self {
        match month {
            3..=5 => Self::Spring,
            6..=8 => Self::Summer,
            9..=11 => Self::Autumn,
            _ => Self::Winter,
        }
    }

    /// The season's name for labels.
    pub(super) fn name(self) -> &'static str {
        match self {
            Self::Spring => "spring",
            Self::Summer => "summer",
            Self::Autumn => "autumn",
            Self::Winter => "winter",
        }
    }
}

/// English season names.
const ENGLISH_SEASONS: Table<Season> = &[
    ("spring", Season::Spring),
    ("summer", Season::Summer),
    ("autumn", Season::Autumn),
    ("fall", Season::Autumn),
    ("winter", Season::Winter),
];

/// English words naming part of a month, season or year, before it: "early March", "mid-2023", "the end of 2023".
const ENGLISH_PARTS: Table<Part> = &[
    ("early", Part::Early),
    ("beginning of", Part::Early),
    ("start of", Part::Early),
    ("mid", Part::Mid),
    ("middle of", Part::Mid),
    ("late", Part::Late),
    ("end of", Part::Late),
];

/// Which occurrence of a month, season or weekday a relative expression names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shift {
    /// Without a word: the most recent one ("July 26", "late March", "on Wednesday").
    Recent,
    /// "last": the one before the current one.
    Last,
    /// "this": the current one.
    This,
    /// "next": the one after the current one.
    Next,
}

/// English words before a month, season, weekday, "year" or "month" that shift it.
const ENGLISH_SHIFTS: Table<Shift> = &[("last", Shift::Last), ("this", Shift::This), ("next", Shift::Next)];

/// English words for a day counted from the reference date.
const ENGLISH_DAY_WORDS: Table<i64> = &[("yesterday", -1), ("today", 0), ("tomorrow", 1)];

/// English words before a month without a year that make it a date: "in July", "since March".
const ENGLISH_MONTH_PREPOSITIONS: &[&str] =
    &["in", "since", "until", "till", "by", "during", "before", "after", "from", "through", "throughout"];

/// English words before a bare year that make it a date: "in 2023", "between 2019 and 2023". A year alone
/// ("2023 troops") is not read.
const ENGLISH_YEAR_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "of",
    "from",
    "during",
    "before",
    "after",
    "through",
    "throughout",
    "between",
    "and",
    "to",
    "year",
];

/// Whether a word is a month's or a weekday's name or abbreviation, English or French, as written lower-case or
/// capitalised ("March", "mars", "Sept", "Lundi"): such a word is never a name by itself.
pub fn is_calendar_name(word: &str) -> bool {
    static NAMES: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let months = MONTHS.iter().flat_map(|table| table.iter().map(|(name, _)| *name));
        let weekdays = WEEKDAYS.iter().flat_map(|table| table.iter().map(|(name, _)| *name));
        let capitalised =
            |name: &str| name.chars().take(1).flat_map(char::to_uppercase).chain(name.chars().skip(1)).collect();
        months.chain(weekdays).flat_map(|name| [name.to_owned(), capitalised(name)]).collect()
    });
    names.contains(word)
}

/// Looks a word up in the tables, ignoring case and runs of whitespace.
pub(super) fn lookup<T: Copy>(tables: &[Table<T>], word: &str) -> Option<T> {
    let word = word.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    tables.iter().flat_map(|table| table.iter()).find(|(name, _)| *name == word).map(|&(_, value)| value)
}

/// The words that an English date expression holds one of, or its year: where to look for dates.
pub(super) fn english_anchors() -> Vec<&'static str> {
    let tables = [words(&[ENGLISH_MONTHS]), words(&[ENGLISH_WEEKDAYS]), words(&[ENGLISH_SEASONS])];
    let day_words = words(&[ENGLISH_DAY_WORDS]);
    tables.into_iter().flatten().chain(day_words).chain(["year", "month"]).collect()
}

/// The words that a French date expression may hold instead: where the French word orders can stand.
pub(super) fn french_anchors() -> Vec<&'static str> {
    let tables = [words(&[french::MONTHS]), words(&[french::WEEKDAYS]), words(&[french::SEASONS])];
    let others = [words(&[french::DAY_WORDS]), words(&[french::SHIFTS_AFTER]), french::ANCHORS.to_vec()];
    tables.into_iter().chain(others).flatten().collect()
}

/// Every word of the tables.
pub(super) fn words<T>(tables: &[Table<T>]) -> Vec<&'static str> {
    tables.iter().flat_map(|table| table.iter()).map(|&(name, _)| name).collect()
}

/// Every word of the lists.
pub(super) fn all<'a>(lists: &[&[&'a str]]) -> Vec<&'a str> {
    lists.iter().flat_map(|list| list.iter().copied()).collect()
}

/// A month's number from its name, unless the name is also an ordinary word as written: "may" and "march" in
/// lowercase never are months, "sept" in lowercase only with a day or a year (`with_day`, `with_year`) in the
/// same expression, "Mars" capitalised only with a day.
pub(super) fn month_number(word: &str, with_day: bool, with_year: bool) -> Option<u32> {
    let lowercase = !word.chars().any(char::is_uppercase);
    let folded = word.to_lowercase();
    let ordinary = if lowercase {
        LOWERCASE_WORDS.contains(&word) || (french::NUMBER_WORDS.contains(&word) && !with_day && !with_year)
    } else {
        french::PLANET_WORDS.contains(&folded.as_str()) && !with_day
    };
    if ordinary { None } else { lookup(MONTHS, word) }
}

/// A month's English name, "January" for 1.
pub(super) fn month_name(month: u32) -> &'static str {
    let index = usize::try_from(month).ok().and_then(|month| month.checked_sub(1));
    index.and_then(|index| MONTH_NAMES.get(index)).copied().unwrap_or("?")
}

/// A regex alternation of the words, longest first, each matching as a whole word (a form ending in a dot
/// matches with its dot), with whitespace inside a word matching any run of whitespace.
pub(super) fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words.into_iter().collect();
    words.sort_by_key(|word| std::cmp::Reverse(word.len()));
    let forms: Vec<String> = words.into_iter().map(word_pattern).collect();
    format!("(?:{})", forms.join("|"))
}

/// A word's pattern. Only a word ending in an ASCII letter or digit gets a word boundary: the patterns' are ASCII
/// ones (see `rules`), and there is none after "été" followed by a space; the match's edges are checked again.
fn word_pattern(word: &str) -> String {
    let parts: Vec<String> = word.split_whitespace().map(regex::escape).collect();
    let boundary = if word.ends_with(|c: char| c.is_ascii_alphanumeric()) { r"\b" } else { "" };
    format!(r"{}{boundary}", parts.join(r"\s+"))
}
