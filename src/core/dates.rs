//! Dates: an article's own publication date, and the dates its text mentions, each as a span of days with a
//! precision.
//!
//! `publication_date` reads only the header lines and the file name. `find_mentions` finds absolute dates
//! ("26 July 2023", "the summer of 2023"), year-less ones ("July 26", "late March") and relative ones ("last
//! year", "on Wednesday"), and resolves the last two against the publication date. Candidates are found with
//! regular expressions built from the word tables in `tables`; calendar arithmetic is chrono's.

mod anchors;
mod calendar;
mod mentions;
pub mod numeric_order;
mod publication;
mod ranges;
mod resolve;
mod rules;
mod sentence;
mod tables;
mod time_of_day;

use std::ops::Range;

use chrono::{Datelike, Days, NaiveDate};

pub use mentions::{find_mentions, find_mentions_in};
pub use publication::{date_from_field, publication_date};
pub use ranges::{long_day, range_label, span_label, typed_date};
pub use tables::is_calendar_name;
pub use time_of_day::TimeOfDay;

/// How precise a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Precision {
    /// One day: "26 July 2023".
    Day,
    /// A month, or part of one: "March 2024", "late March 2024".
    Month,
    /// A season, or part of one: "the summer of 2023".
    Season,
    /// A year, or part of one: "2023", "mid-2023".
    Year,
}

impl Precision {
    /// The precision's name: "day", "month", "season" or "year".
    pub fn label(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Month => "month",
            Self::Season => "season",
            Self::Year => "year",
        }
    }
}

/// Which part of a month, season or year a date names: "early March", "mid-2023", "late summer".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Part {
    /// Days 1–10 of a month, the first month of a season, January–April of a year.
    Early,
    /// Days 11–20 of a month, the middle month of a season, May–August of a year.
    Mid,
    /// Day 21 to the end of a month, the last month of a season, September–December of a year.
    Late,
}

impl Part {
    /// The word put before a label: "early ", "mid-" or "late ".
    fn prefix(self) -> &'static str {
        match self {
            Self::Early => "early ",
            Self::Mid => "mid-",
            Self::Late => "late ",
        }
    }
}

/// A date as a span of days with its precision: a day is `start == end`; "March 2024" is 2024-03-01..=2024-03-31;
/// "late March 2024" is 2024-03-21..=2024-03-31 with `Precision::Month` and `Part::Late`; "the summer of 2023" is
/// 2023-06-01..=2023-08-31 (`Season`: northern meteorological seasons, spring March–May, summer June–August,
/// autumn September–November, winter December–February of the next year); "2023" is the whole year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DateSpan {
    /// The first day of the span.
    pub start: NaiveDate,
    /// The last day of the span (inclusive).
    pub end: NaiveDate,
    /// How precise the date is.
    pub precision: Precision,
    /// The part of the month, season or year named ("late March"), if any.
    pub part: Option<Part>,
}

impl DateSpan {
    /// One day, with `Precision::Day`.
    pub fn day(d: NaiveDate) -> Self {
        Self { start: d, end: d, precision: Precision::Day, part: None }
    }

    /// The date to place it at on a timeline: the middle of the span.
    pub fn midpoint(&self) -> NaiveDate {
        let half = self.end.signed_duration_since(self.start).num_days() / 2;
        let half = u64::try_from(half).unwrap_or(0);
        self.start.checked_add_days(Days::new(half)).unwrap_or(self.start)
    }

    /// A label honest about precision: "2023-07-26", "March 2024", "late March 2024", "summer 2023", "mid-2023".
    pub fn label(&self) -> String {
        let part = self.part.map_or("", Part::prefix);
        let year = self.start.year();
        match self.precision {
            Precision::Day => self.start.to_string(),
            Precision::Month => format!("{part}{} {year}", tables::month_name(self.start.month())),
            Precision::Season => format!("{part}{}", calendar::season_label(self.midpoint())),
            Precision::Year => format!("{part}{year}"),
        }
    }
}

/// The publication date an article carries, and where in the text it was found (`None`: from the file name).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Published {
    /// The publication date.
    pub span: DateSpan,
    /// The byte span of the date in the text, with its label if it had one ("Date: 2024-05-02").
    pub at: Option<Range<usize>>,
    /// The time of day it was published at, with its zone where written (from metadata only).
    pub time: Option<TimeOfDay>,
}

/// A date mentioned in the text.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DateMention {
    /// The byte span of the expression in the text: "July 26", "the summer of 2023", "late March".
    pub at: Range<usize>,
    /// The text of that span.
    pub expression: String,
    /// The date it names; `None` when it is relative or year-less and there is no reference date.
    pub resolved: Option<DateSpan>,
    /// Whether its value depends on the reference date ("last year", "on Wednesday", "July 26").
    pub relative: bool,
    /// The byte span of the sentence around it (trimmed), for showing on hover.
    pub sentence: Range<usize>,
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod french_tests;
