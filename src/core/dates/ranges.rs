//! Date ranges as a reader writes them: "from 1 January 2005" for a range open at one end, "in 2023" for a
//! range that is one whole year (or month), never "2023 to 2023" or a year 262142.

use chrono::{Datelike, NaiveDate};

use super::DateSpan;
use super::calendar::{month_span, year_span};

/// A date range as words: "1 April 2023 to 31 August 2023", "from 1 January 2005", "until 31 March 2024",
/// "in 2023", "in March 2024". The earliest and latest days chrono knows stand for an open end.
pub fn range_label(from: NaiveDate, to: NaiveDate) -> String {
    let open_start = from == NaiveDate::MIN;
    let open_end = to == NaiveDate::MAX;
    match (open_start, open_end) {
        (true, true) => "at any date".to_owned(),
        (false, true) => format!("from {}", long_day(from)),
        (true, false) => format!("until {}", long_day(to)),
        (false, false) => match whole_period(from, to) {
            Some(period) => format!("in {}", period.label()),
            None => format!("{} to {}", long_day(from), long_day(to)),
        },
    }
}

/// The span from one date to another, each as precise as it is: "2023-12-05 to 2024-05-02", or "in 2023"
/// when both are the same.
pub fn span_label(first: &DateSpan, last: &DateSpan) -> String {
    let (first_label, last_label) = (first.label(), last.label());
    if first_label == last_label {
        let article = if first.precision == super::Precision::Day { "on" } else { "in" };
        return format!("{article} {first_label}");
    }
    format!("{first_label} to {last_label}")
}

/// A date as an analyst types it in a box or on the command line — "2023-04-01", "2023-04", "2023",
/// "1 April 2023", "April 2023", "avril 2023" — as the whole span it names; `None` for text that names no
/// date, or only a relative one ("last year").
pub fn typed_date(value: &str) -> Option<DateSpan> {
    if let Some(published) = super::date_from_field(value) {
        return Some(published.span);
    }
    let value = value.trim();
    let mention =
        super::find_mentions(value, None, None).into_iter().find(|mention| mention.at.len() * 2 >= value.len())?;
    mention.resolved.filter(|_| !mention.relative)
}

/// "1 January 2005".
pub fn long_day(day: NaiveDate) -> String {
    day.format("%-d %B %Y").to_string()
}

/// The whole year or month a range covers exactly, if it does.
fn whole_period(from: NaiveDate, to: NaiveDate) -> Option<DateSpan> {
    let year = year_span(from.year())?;
    if (year.start, year.end) == (from, to) {
        return Some(year);
    }
    month_span(from.year(), from.month()).filter(|month| (month.start, month.end) == (from, to))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn an_open_end_is_said_in_words() {
        assert_eq!(range_label(day("2005-01-01"), NaiveDate::MAX), "from 1 January 2005");
        assert_eq!(range_label(NaiveDate::MIN, day("2024-03-31")), "until 31 March 2024");
    }

    #[test]
    fn a_whole_year_or_month_is_named() {
        assert_eq!(range_label(day("2023-01-01"), day("2023-12-31")), "in 2023");
        assert_eq!(range_label(day("2024-03-01"), day("2024-03-31")), "in March 2024");
        assert_eq!(range_label(day("2023-04-01"), day("2023-08-31")), "1 April 2023 to 31 August 2023");
    }

    #[test]
    fn typed_dates_give_the_span_they_name() {
        let span = |text| typed_date(text).map(|span| (span.start.to_string(), span.end.to_string()));
        let both = |start: &str, end: &str| Some((start.to_owned(), end.to_owned()));
        assert_eq!(span("2023-04-01"), both("2023-04-01", "2023-04-01"));
        assert_eq!(span("2023-04"), both("2023-04-01", "2023-04-30"));
        assert_eq!(span("2023"), both("2023-01-01", "2023-12-31"));
        assert_eq!(span(" 1 April 2023 "), both("2023-04-01", "2023-04-01"));
        assert_eq!(span("April 2023"), both("2023-04-01", "2023-04-30"));
        assert_eq!(span("avril 2023"), both("2023-04-01", "2023-04-30"));
        assert_eq!(span("last year"), None);
        assert_eq!(span("Niamey"), None);
        assert_eq!(span("2023-02-30"), None);
    }

    #[test]
    fn a_span_of_one_date_is_not_written_twice() {
        let year = year_span(2023).unwrap();
        assert_eq!(span_label(&year, &year), "in 2023");
        let (first, last) = (DateSpan::day(day("2023-12-05")), DateSpan::day(day("2024-05-02")));
        assert_eq!(span_label(&first, &last), "2023-12-05 to 2024-05-02");
    }
}
