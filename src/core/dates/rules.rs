//! The patterns that find date expressions, and the readers that say what each match means. The word orders
//! only French has ("juillet dernier", "l'an prochain") are in `french`.

mod french;

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::{Captures, Regex};

use super::anchors;
use super::calendar::{month_span, season_span, with_part, year_span};
use super::resolve::Found;
use super::tables::{
    self, DAY_WORDS, MONTH_PREPOSITIONS, MONTHS, MONTHS_BEFORE_DAYS, PARTS, SEASONS, SHIFTS, SHIFTS_AFTER, Shift,
    WEEKDAYS, YEAR_PREPOSITIONS,
};
use super::{DateSpan, Part};
use crate::core::lines::crosses_a_block_end;

/// A date expression found in a text.
#[derive(Clone, Debug)]
pub(super) struct Candidate {
    /// Its byte span.
    pub(super) at: Range<usize>,
    /// What it says.
    pub(super) found: Found,
}

impl Candidate {
    /// The candidate found in a stretch starting at `offset`, placed in the whole text.
    fn shifted(mut self, offset: usize) -> Self {
        self.at = self.at.start + offset..self.at.end + offset;
        self
    }
}

/// Reads a match; `None` when it is not a date after all. Gets the whole text to look around the match.
type Reader = fn(&Captures<'_>, &str) -> Option<Found>;

/// One pattern and its reader. The expression is the group `x` if the pattern has one, else the whole match.
struct Rule {
    regex: Regex,
    read: Reader,
    /// Whether it finds a full date with day, month and year (what a publication header carries).
    full_day: bool,
    /// Whether it finds a French word order, which can only stand where a French word does.
    french: bool,
}

/// Every date expression in the text, without overlaps (the longest wins), in text order. The patterns run
/// only around the words a date needs (see `anchors`); French word orders only where `french` allows them (a
/// text known to be in another language has none: "Mars 2020" there is no month).
pub(super) fn all_dates(text: &str, french: bool) -> Vec<Candidate> {
    let mut found = Vec::new();
    for window in anchors::windows(text) {
        let Some(stretch) = text.get(window.range.clone()) else { continue };
        let french_here = french && window.french;
        for rule in rules().iter().filter(|rule| french_here || !rule.french) {
            found.extend(matches(rule, stretch).into_iter().map(|candidate| candidate.shifted(window.range.start)));
        }
    }
    found.retain(|candidate| is_one_expression(text, &candidate.at));
    select(found)
}

/// The full dates (day, month and year) in the text, without overlaps, in text order.
pub(super) fn full_dates(text: &str) -> Vec<Candidate> {
    let found = rules().iter().filter(|rule| rule.full_day).flat_map(|rule| matches(rule, text));
    select(found.filter(|candidate| is_one_expression(text, &candidate.at)).collect())
}

/// "Tuesday, 1 March" ending a line of fixtures and "1945" opening the next are no date, nor is "1945 GMT": a
/// date is read within a block of text, and its last number is no clock time.
fn is_one_expression(text: &str, at: &Range<usize>) -> bool {
    !crosses_a_block_end(text, at.clone()) && !before_a_clock_word(text, at.end)
}

fn matches(rule: &Rule, text: &str) -> Vec<Candidate> {
    let mut found = Vec::new();
    for captures in rule.regex.captures_iter(text) {
        let (Some(whole), Some(expression)) = (captures.get(0), captures.name("x").or_else(|| captures.get(0))) else {
            continue;
        };
        if !has_clean_edges(text, whole.range()) {
            continue;
        }
        if let Some(date) = (rule.read)(&captures, text) {
            found.push(Candidate { at: expression.range(), found: date });
        }
    }
    found
}

/// Whether what follows a match says its last number was a clock time: "1945 GMT", "2000 hrs", "0800 local time".
fn before_a_clock_word(text: &str, end: usize) -> bool {
    const CLOCK: [&str; 14] =
        ["GMT", "BST", "UTC", "CET", "CEST", "EST", "EDT", "PST", "PDT", "hrs", "hours", "local time", "h", "heures"];
    let ends_in_digits = text.get(..end).is_some_and(|before| before.ends_with(|c: char| c.is_ascii_digit()));
    let after = text.get(end..).unwrap_or("").trim_start_matches([' ', '\t']);
    ends_in_digits
        && CLOCK.iter().any(|word| {
            after.starts_with(word) && !after.get(word.len()..).unwrap_or("").starts_with(char::is_alphanumeric)
        })
}

/// Whether a match starts and ends at word edges: no letter or digit (in any script) right beside it.
fn has_clean_edges(text: &str, at: Range<usize>) -> bool {
    let before = text.get(..at.start).and_then(|before| before.chars().next_back());
    let after = text.get(at.end..).and_then(|after| after.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Keeps the longest candidates that do not overlap (the earlier, then the first rule's, on a tie).
fn select(mut all: Vec<Candidate>) -> Vec<Candidate> {
    all.sort_by(|a, b| b.at.len().cmp(&a.at.len()).then(a.at.start.cmp(&b.at.start)));
    let mut taken: BTreeMap<usize, Candidate> = BTreeMap::new();
    for candidate in all {
        let before_end = taken.range(..candidate.at.end).next_back();
        if before_end.is_none_or(|(_, kept)| kept.at.end <= candidate.at.start) {
            taken.insert(candidate.at.start, candidate);
        }
    }
    taken.into_values().collect()
}

fn rules() -> &'static [Rule] {
    static RULES: LazyLock<Vec<Rule>> = LazyLock::new(build_rules);
    &RULES
}

/// How many rules there are; a pattern that failed to compile would be missing.
#[cfg(test)]
pub(super) fn rule_count() -> (usize, usize) {
    (rules().len(), patterns().len() + french::patterns().len())
}

/// Compiles the patterns. Their word boundaries become ASCII ones: with Unicode ones the regex engine falls back
/// to a much slower search on any non-ASCII text; `has_clean_edges` rechecks the ends of each match instead.
fn build_rules() -> Vec<Rule> {
    let english = patterns().into_iter().map(|pattern| (pattern, false));
    let french = french::patterns().into_iter().map(|pattern| (pattern, true));
    english
        .chain(french)
        .filter_map(|((pattern, read, full_day), french)| {
            let pattern = pattern.replace(r"\b", r"(?-u:\b)");
            let regex = Regex::new(&format!("(?i){pattern}")).ok()?;
            Some(Rule { regex, read, full_day, french })
        })
        .collect()
}

/// A day of the month: "26", "26th", "1er".
const DAY: &str = r"(?P<d>[0-9]{1,2})(?:st|nd|rd|th|er)?\b";

/// A year of four digits, 1900 to 2099.
const YEAR: &str = r"(?P<y>(?:19|20)[0-9]{2})\b";

/// A month name, in the group `m`.
fn month_group() -> String {
    format!("(?P<m>{})", tables::alternation(tables::words(MONTHS)))
}

/// A word for part of a month, season or year, in the group `p`, with the space or hyphen after it.
fn part_group() -> String {
    format!(r"(?:(?P<p>{})(?:\s+|-))", tables::alternation(tables::words(PARTS)))
}

/// A season name, in the group `s`.
fn season_group() -> String {
    format!("(?P<s>{})", tables::alternation(tables::words(SEASONS)))
}

/// The patterns, most specific first, with their readers and whether they find full dates. They read the words
/// of every language in the tables; the French word orders are in `french`.
fn patterns() -> Vec<(String, Reader, bool)> {
    let month = month_group();
    let month_first = format!("(?P<m>{})", tables::alternation(tables::words(MONTHS_BEFORE_DAYS)));
    let weekday_names = tables::alternation(tables::words(WEEKDAYS));
    let weekday = format!(r"(?:{weekday_names},?\s+)?");
    let (day, year) = (DAY, YEAR);
    let the = r"(?:the\s+)?";
    let part = part_group();
    let season = season_group();
    let shift = format!(r"(?P<sh>{})\s+", tables::alternation(tables::words(SHIFTS)));
    let month_prep = tables::alternation(tables::all(MONTH_PREPOSITIONS));
    let year_prep = tables::alternation(tables::all(YEAR_PREPOSITIONS));
    let day_words = tables::alternation(tables::words(DAY_WORDS));
    // The time after an ISO date ("2024-05-02T08:00:00Z"), outside the expression.
    let time = r"(?:T[0-9:.+\-]*Z?)?";
    let times = r"(?:\s+(?:night|morning|afternoon|evening)\b)?";
    vec![
        (format!(r"\b{weekday}(?:the\s+)?{day}(?:\s+of)?\s+{month},?\s+{year}"), read_full_date, true),
        (format!(r"\b{weekday}{month_first}\s+{day},?\s+{year}"), read_full_date, true),
        (format!(r"\b(?P<x>{year}-(?P<mn>[0-9]{{2}})-(?P<d>[0-9]{{2}})){time}"), read_numeric_date, true),
        (format!(r"\b(?P<d>[0-9]{{1,2}})/(?P<mn>[0-9]{{1,2}})/{year}"), read_numeric_date, true),
        (format!(r"\b{the}{part}?{month}(?:\s+of)?,?\s+{year}"), read_month_year, false),
        (format!(r"\b{the}{part}?{the}{season}(?:\s+of)?,?\s+{year}"), read_season_year, false),
        (format!(r"\b{the}{part}{year}"), read_year, false),
        (format!(r"\b{weekday}{month_first}\s+{day}"), read_day_of_month, false),
        (format!(r"\b{weekday}(?:the\s+)?{day}(?:\s+of)?\s+{month}"), read_day_of_month, false),
        (format!(r"\b{the}{part}{month}"), read_month, false),
        (format!(r"\b{shift}{month}"), read_month, false),
        (format!(r"\b{month_prep}\s+(?P<x>{month})"), read_month, false),
        (format!(r"\b{shift}{season}"), read_season, false),
        (format!(r"\b{shift}(?P<unit>year|month)\b"), read_offset, false),
        (format!(r"\b{year_prep}\s+(?P<x>{year})"), read_year, false),
        (format!(r"\b(?P<x>{year})['’]s\b"), read_year, false),
        (format!(r"\b(?P<w>{day_words})"), read_day_word, false),
        (format!(r"\b(?:{shift}|(?:late|early)\s+)?(?P<wd>{weekday_names}){times}"), read_weekday, false),
    ]
}

fn number(captures: &Captures<'_>, name: &str) -> Option<u32> {
    captures.name(name)?.as_str().parse().ok()
}

fn year(captures: &Captures<'_>) -> Option<i32> {
    captures.name("y")?.as_str().parse().ok()
}

fn month(captures: &Captures<'_>) -> Option<u32> {
    let (with_day, with_year) = (captures.name("d").is_some(), captures.name("y").is_some());
    tables::month_number(captures.name("m")?.as_str(), with_day, with_year)
}

fn part(captures: &Captures<'_>) -> Option<Part> {
    tables::lookup(PARTS, captures.name("p")?.as_str())
}

/// The shift word before (group `sh`) or after (group `sa`) what it shifts; `Recent` without one.
fn shift(captures: &Captures<'_>) -> Shift {
    let before = captures.name("sh").and_then(|word| tables::lookup(SHIFTS, word.as_str()));
    let after = || captures.name("sa").and_then(|word| tables::lookup(SHIFTS_AFTER, word.as_str()));
    before.or_else(after).unwrap_or(Shift::Recent)
}

/// Whether the number in the group stands alone: no digit, and no "," or "." with a digit, right beside it
/// ("1,000", "2023,5" are not dates).
fn standalone(captures: &Captures<'_>, name: &str, text: &str) -> bool {
    let Some(group) = captures.name(name) else { return false };
    let before = text.get(..group.start()).unwrap_or("").chars().rev();
    let after = text.get(group.end()..).unwrap_or("").chars();
    !touches_number(before) && !touches_number(after)
}

fn touches_number(mut side: impl Iterator<Item = char>) -> bool {
    match side.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some(',' | '.') => side.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

fn day_date(year: i32, month: u32, day: u32) -> Found {
    NaiveDate::from_ymd_opt(year, month, day).map_or(Found::Impossible, |date| Found::Absolute(DateSpan::day(date)))
}

fn absolute(span: Option<DateSpan>) -> Found {
    span.map_or(Found::Impossible, Found::Absolute)
}

/// "26 July 2023", "July 26, 2023", "Sept. 11, 2001".
fn read_full_date(captures: &Captures<'_>, _text: &str) -> Option<Found> {
    Some(day_date(year(captures)?, month(captures)?, number(captures, "d")?))
}

/// "2023-07-26", "26/07/2023" (day first; month first only when the day-first reading is impossible).
fn read_numeric_date(captures: &Captures<'_>, _text: &str) -> Option<Found> {
    let (year, first, second) = (year(captures)?, number(captures, "d")?, number(captures, "mn")?);
    match day_date(year, second, first) {
        Found::Impossible if second > 12 => Some(day_date(year, first, second)),
        found => Some(found),
    }
}

/// "July 26", "26 July": a day without a year.
fn read_day_of_month(captures: &Captures<'_>, text: &str) -> Option<Found> {
    let (month, day) = (month(captures)?, number(captures, "d")?);
    if !standalone(captures, "d", text) {
        return None;
    }
    // A leap year, so that 29 February exists.
    let exists = NaiveDate::from_ymd_opt(2000, month, day).is_some();
    Some(if exists { Found::DayOfMonth { month, day } } else { Found::Impossible })
}

/// "March 2024", "late March 2024".
fn read_month_year(captures: &Captures<'_>, _text: &str) -> Option<Found> {
    let span = month_span(year(captures)?, month(captures)?);
    Some(absolute(span.and_then(|span| with_part(span, part(captures)))))
}

/// "the summer of 2023", "summer 2023", "late summer 2023".
fn read_season_year(captures: &Captures<'_>, _text: &str) -> Option<Found> {
    let season = tables::lookup(SEASONS, captures.name("s")?.as_str())?;
    let span = season_span(season, year(captures)?);
    Some(absolute(span.and_then(|span| with_part(span, part(captures)))))
}

/// "in 2023", "2023's", "mid-2023", "the end of 2023".
fn read_year(captures: &Captures<'_>, text: &str) -> Option<Found> {
    if !standalone(captures, "y", text) {
        return None;
    }
    let span = year_span(year(captures)?);
    Some(absolute(span.and_then(|span| with_part(span, part(captures)))))
}

/// "late March", "last July", "in July": a month without a year.
fn read_month(captures: &Captures<'_>, _text: &str) -> Option<Found> {
    Some(Found::Month { month: month(captures)?, part: part(captures), shift: shift(captures) })
}

/// "last summer", "this winter".
fn read_season(captures: &Captures<'_>, _text: &str) -> Option<Found> {
    let season = tables::lookup(SEASONS, captures.name("s")?.as_str())?;
    Some(Found::Season { season, shift: shift(captures) })
}

/// "last year", "next year", "this month", "l'an dernier", "le mois prochain".
fn read_offset(captures: &Captures<'_>, _text: &str) -> Option<Found> {
    let offset = match shift(captures) {
        Shift::Last => -1,
        Shift::Next => 1,
        Shift::This | Shift::Recent => 0,
    };
    let unit = captures.name("unit")?.as_str().to_lowercase();
    let month = unit.ends_with("month") || unit.ends_with("mois");
    Some(if month { Found::MonthOffset(offset) } else { Found::YearOffset(offset) })
}

/// "yesterday", "today", "tomorrow".
fn read_day_word(captures: &Captures<'_>, _text: &str) -> Option<Found> {
    Some(Found::DayOffset(tables::lookup(DAY_WORDS, captures.name("w")?.as_str())?))
}

/// "on Wednesday", "Wednesday night", "late Thursday", "last Tuesday", "mercredi dernier"; not "Mardi gras", a
/// feast.
fn read_weekday(captures: &Captures<'_>, text: &str) -> Option<Found> {
    let name = captures.name("wd")?;
    let after = text.get(name.end()..).unwrap_or("").trim_start();
    let gras = after.get(..4).is_some_and(|word| word.eq_ignore_ascii_case("gras"));
    if gras && !after.get(4..).unwrap_or("").starts_with(char::is_alphanumeric) {
        return None;
    }
    let weekday = tables::lookup(WEEKDAYS, name.as_str())?;
    Some(Found::Weekday { weekday, shift: shift(captures) })
}
