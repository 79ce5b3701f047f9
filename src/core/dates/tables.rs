//! The words dates are made of, as tables that the patterns in `rules` are built from. To read another
//! language, add its words here (French: `("janvier", 1)`, `("janv.", 1)`, `("été", Season::Summer)`); the
//! patterns match them case-insensitively.

use chrono::Weekday;

use super::Part;

/// Month names and abbreviations, lowercase, with the month's number. A form ending in a dot matches only with
/// the dot; one ending in a letter matches only as a whole word.
#[rustfmt::skip]
pub(super) const MONTHS: &[(&str, u32)] = &[
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

/// Weekday names, lowercase.
pub(super) const WEEKDAYS: &[(&str, Weekday)] = &[
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

/// Season names.
pub(super) const SEASONS: &[(&str, Season)] = &[
    ("spring", Season::Spring),
    ("summer", Season::Summer),
    ("autumn", Season::Autumn),
    ("fall", Season::Autumn),
    ("winter", Season::Winter),
];

/// Words naming part of a month, season or year, before it: "early March", "mid-2023", "the end of 2023".
pub(super) const PARTS: &[(&str, Part)] = &[
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

/// Words before a month, season, weekday, "year" or "month" that shift it.
pub(super) const SHIFTS: &[(&str, Shift)] = &[("last", Shift::Last), ("this", Shift::This), ("next", Shift::Next)];

/// Words for a day counted from the reference date.
pub(super) const DAY_WORDS: &[(&str, i64)] = &[("yesterday", -1), ("today", 0), ("tomorrow", 1)];

/// Words before a month without a year that make it a date: "in July", "since March".
pub(super) const MONTH_PREPOSITIONS: &[&str] =
    &["in", "since", "until", "till", "by", "during", "before", "after", "from", "through", "throughout"];

/// Words before a bare year that make it a date: "in 2023", "between 2019 and 2023". A year alone ("2023 troops")
/// is not read.
pub(super) const YEAR_PREPOSITIONS: &[&str] = &[
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

/// Looks a word up in a table, ignoring case and runs of whitespace.
pub(super) fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    let word = word.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    table.iter().find(|(name, _)| *name == word).map(|&(_, value)| value)
}

/// A month's number from its name, unless it is written in lowercase and is also an ordinary word.
pub(super) fn month_number(word: &str) -> Option<u32> {
    let ordinary = !word.chars().any(char::is_uppercase) && LOWERCASE_WORDS.contains(&word);
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

fn word_pattern(word: &str) -> String {
    let parts: Vec<String> = word.split_whitespace().map(regex::escape).collect();
    let boundary = if word.ends_with(char::is_alphanumeric) { r"\b" } else { "" };
    format!(r"{}{boundary}", parts.join(r"\s+"))
}
