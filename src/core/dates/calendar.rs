//! Spans of the calendar: months, seasons, years and their parts. Every function returns `None` rather than
//! panicking when a date would fall outside chrono's range.

use chrono::{Datelike, Months, NaiveDate};

use super::tables::Season;
use super::{DateSpan, Part, Precision};

/// The `count` months starting on the first of `first`'s month, as (first day, last day).
fn months_from(first: NaiveDate, count: u32) -> Option<(NaiveDate, NaiveDate)> {
    let start = first.with_day(1)?;
    let end = start.checked_add_months(Months::new(count))?.pred_opt()?;
    Some((start, end))
}

fn span((start, end): (NaiveDate, NaiveDate), precision: Precision) -> DateSpan {
    DateSpan { start, end, precision, part: None }
}

/// A whole month.
pub(super) fn month_span(year: i32, month: u32) -> Option<DateSpan> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    Some(span(months_from(first, 1)?, Precision::Month))
}

/// A whole year.
pub(super) fn year_span(year: i32) -> Option<DateSpan> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1)?;
    Some(span(months_from(first, 12)?, Precision::Year))
}

/// A season of a year; winter `year` runs from December of `year` to February of the next.
pub(super) fn season_span(season: Season, year: i32) -> Option<DateSpan> {
    let first = NaiveDate::from_ymd_opt(year, season.first_month(), 1)?;
    Some(span(months_from(first, 3)?, Precision::Season))
}

/// The span narrowed to a part of it ("late March"), keeping its precision; unchanged for a day or no part.
pub(super) fn with_part(whole: DateSpan, part: Option<Part>) -> Option<DateSpan> {
    let Some(part) = part else { return Some(whole) };
    let (start, end) = match whole.precision {
        Precision::Day => return Some(whole),
        Precision::Month => part_of_month(whole, part)?,
        Precision::Season => months_from(whole.start.checked_add_months(Months::new(third(part)))?, 1)?,
        Precision::Year => months_from(whole.start.checked_add_months(Months::new(4 * third(part)))?, 4)?,
    };
    Some(DateSpan { start, end, precision: whole.precision, part: Some(part) })
}

/// Which third a part is, counting from 0.
fn third(part: Part) -> u32 {
    match part {
        Part::Early => 0,
        Part::Mid => 1,
        Part::Late => 2,
    }
}

/// Days 1–10, 11–20 or 21 to the end of the month.
fn part_of_month(month: DateSpan, part: Part) -> Option<(NaiveDate, NaiveDate)> {
    let start = month.start.with_day(1 + 10 * third(part))?;
    let end = match part {
        Part::Late => month.end,
        _ => month.start.with_day(10 + 10 * third(part))?,
    };
    Some((start, end))
}

/// A season's label from a day inside it: "summer 2023", "winter 2023–24".
pub(super) fn season_label(inside: NaiveDate) -> String {
    let season = Season::of_month(inside.month());
    if season != Season::Winter {
        return format!("{} {}", season.name(), inside.year());
    }
    let first_year = if inside.month() <= 2 { inside.year() - 1 } else { inside.year() };
    format!("winter {first_year}–{:02}", (first_year + 1).rem_euclid(100))
}
