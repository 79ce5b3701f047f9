//! What a date expression says, and the span it names once a reference date (the publication date) is known.

use chrono::{Datelike, Days, Months, NaiveDate, TimeDelta, Weekday};

use super::calendar::{month_span, season_span, with_part, year_span};
use super::tables::{Season, Shift};
use super::{DateSpan, Part, Precision};

/// What a date expression says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Found {
    /// A date that does not depend on the reference: "26 July 2023", "the summer of 2023".
    Absolute(DateSpan),
    /// A date that does not exist ("2023-02-30"): it keeps shorter readings of its text out, then is dropped.
    Impossible,
    /// A day without a year: "July 26".
    DayOfMonth { month: u32, day: u32 },
    /// A month without a year: "late March", "last July", "in July".
    Month { month: u32, part: Option<Part>, shift: Shift },
    /// A season without a year: "last summer".
    Season { season: Season, shift: Shift },
    /// A year counted from the reference's: "last year" is -1.
    YearOffset(i32),
    /// A month counted from the reference's: "last month" is -1.
    MonthOffset(i32),
    /// A day counted from the reference: "yesterday" is -1.
    DayOffset(i64),
    /// A weekday: "on Wednesday", "late Thursday", "last Tuesday".
    Weekday { weekday: Weekday, shift: Shift },
}

impl Found {
    /// Whether the date depends on the reference date.
    pub(super) fn is_relative(self) -> bool {
        !matches!(self, Self::Absolute(_) | Self::Impossible)
    }

    /// The span the expression names, given the reference (the publication date) for relative ones. Against a
    /// reference vaguer than a day, only offsets in its own unit and coarser resolve: "last year" against a
    /// year, also "last month" against a month; a day or weekday could be any of it and stays unresolved.
    pub(super) fn resolve(self, reference: Option<DateSpan>) -> Option<DateSpan> {
        match self {
            Self::Absolute(span) => return Some(span),
            Self::Impossible => return None,
            _ => {}
        }
        let reference = reference?;
        match (self, reference.precision) {
            (_, Precision::Day) | (Self::YearOffset(_), _) | (Self::MonthOffset(_), Precision::Month) => {
                self.resolve_against(reference.start)
            }
            _ => None,
        }
    }

    fn resolve_against(self, reference: NaiveDate) -> Option<DateSpan> {
        let year = reference.year();
        match self {
            Self::Absolute(span) => Some(span),
            Self::Impossible => None,
            Self::DayOfMonth { month, day } => recent_day(month, day, reference).map(DateSpan::day),
            Self::Month { month, part, shift } => {
                with_part(month_span(month_year(month, shift, reference), month)?, part)
            }
            Self::Season { season, shift } => season_instance(season, shift, reference),
            Self::YearOffset(offset) => year_span(year.checked_add(offset)?),
            Self::MonthOffset(offset) => month_offset(reference, offset),
            Self::DayOffset(offset) => reference.checked_add_signed(TimeDelta::try_days(offset)?).map(DateSpan::day),
            Self::Weekday { weekday, shift } => weekday_date(weekday, shift, reference).map(DateSpan::day),
        }
    }
}

/// The most recent `month`/`day` on or before the reference (going back to the last leap year for 29 February).
fn recent_day(month: u32, day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    (0..=8)
        .filter_map(|back| NaiveDate::from_ymd_opt(reference.year().checked_sub(back)?, month, day))
        .find(|date| *date <= reference)
}

/// The year of the month named: the most recent one up to the reference's month ("late March"), the one before
/// it ("last July"), the reference's year ("this July") or the first one after it ("next July").
fn month_year(month: u32, shift: Shift, reference: NaiveDate) -> i32 {
    let (year, current) = (reference.year(), reference.month());
    let same_year = match shift {
        Shift::Recent => month <= current,
        Shift::Last => month < current,
        Shift::This => true,
        Shift::Next => return if month > current { year } else { year + 1 },
    };
    if same_year { year } else { year - 1 }
}

/// The season named: the most recent one begun ("summer" alone), the most recent one ended ("last summer"),
/// the reference's year's ("this summer", the winter around it in January) or the next one to begin.
fn season_instance(season: Season, shift: Shift, reference: NaiveDate) -> Option<DateSpan> {
    let year = reference.year();
    if shift == Shift::This {
        let winter_before = season == Season::Winter && reference.month() <= 2;
        return season_span(season, if winter_before { year - 1 } else { year });
    }
    let mut instances = (year - 2..=year + 1).filter_map(|year| season_span(season, year));
    match shift {
        Shift::Next => instances.find(|span| span.start > reference),
        Shift::Last => instances.rfind(|span| span.end < reference),
        _ => instances.rfind(|span| span.start <= reference),
    }
}

/// The whole month `offset` months from the reference's.
fn month_offset(reference: NaiveDate, offset: i32) -> Option<DateSpan> {
    let first = reference.with_day(1)?;
    let months = Months::new(offset.unsigned_abs());
    let shifted = if offset < 0 { first.checked_sub_months(months) } else { first.checked_add_months(months) }?;
    month_span(shifted.year(), shifted.month())
}

/// The weekday named: the most recent one on or before the reference ("on Saturday" in a paper of Saturday is
/// that day, as news style names the day even for today's events), the one strictly before it ("last Tuesday"),
/// the first one after it ("next Monday"), or the one in the reference's week, Monday to Sunday ("this Friday").
fn weekday_date(weekday: Weekday, shift: Shift, reference: NaiveDate) -> Option<NaiveDate> {
    let (wanted, today) = (weekday.num_days_from_monday(), reference.weekday().num_days_from_monday());
    match shift {
        Shift::Recent => reference.checked_sub_days(Days::new(u64::from((today + 7 - wanted) % 7))),
        Shift::Last => {
            let back = (today + 7 - wanted) % 7;
            reference.checked_sub_days(Days::new(u64::from(if back == 0 { 7 } else { back })))
        }
        Shift::Next => {
            let ahead = (wanted + 7 - today) % 7;
            reference.checked_add_days(Days::new(u64::from(if ahead == 0 { 7 } else { ahead })))
        }
        Shift::This => {
            let monday = reference.checked_sub_days(Days::new(u64::from(today)))?;
            monday.checked_add_days(Days::new(u64::from(wanted)))
        }
    }
}
