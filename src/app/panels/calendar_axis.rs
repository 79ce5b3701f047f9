//! The timeline's time axis: days as numbers for the plot, grid marks on calendar boundaries, and labels as fine
//! as the zoom ("2023", "Mar", "15 Mar"), the year written on the first label of its level at least.

use chrono::{Datelike, NaiveDate};

const YEAR: f64 = 365.25;
const MONTH: f64 = 30.44;
const MAX_MARKS_PER_LEVEL: f64 = 400.0;

/// Days since 1 January of year 1, the x of a date.
pub fn day_number(day: NaiveDate) -> f64 {
    f64::from(day.num_days_from_ce())
}

/// The date at an x, if there is one.
pub fn day_from_number(value: f64) -> Option<NaiveDate> {
    i32::try_from(value.round() as i64).ok().and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// Grid marks on calendar boundaries, each at the coarsest level it belongs to (a century, half-century,
/// decade, lustrum, year, quarter, month, half-month, week or day); egui_plot labels the levels wide enough.
pub fn calendar_marks(input: egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    let (low, high) = input.bounds;
    let (Some(first), Some(last)) = (day_from_number(low.floor()), day_from_number(high.ceil())) else {
        return Vec::new();
    };
    let span = high - low;
    let mut marks = Vec::new();
    let mut day = NaiveDate::from_ymd_opt(first.year(), 1, 1).unwrap_or(first);
    while day <= last {
        let step = mark_level(day);
        // A mark right at an edge would have its label cut in half.
        let inside = (low + span * 0.02..=high - span * 0.02).contains(&day_number(day));
        if inside && span / step <= MAX_MARKS_PER_LEVEL && step >= input.base_step_size {
            marks.push(egui_plot::GridMark { value: day_number(day), step_size: step });
        }
        let next = next_candidate(day, span);
        if next <= day {
            break; // the calendar's end
        }
        day = next;
    }
    marks
}

/// The step (in days) of the coarsest calendar level a day starts.
fn mark_level(day: NaiveDate) -> f64 {
    match (day.month(), day.day()) {
        (1, 1) => match day.year() {
            year if year % 100 == 0 => 100.0 * YEAR,
            year if year % 50 == 0 => 50.0 * YEAR,
            year if year % 10 == 0 => 10.0 * YEAR,
            year if year % 5 == 0 => 5.0 * YEAR,
            _ => YEAR,
        },
        (4 | 7 | 10, 1) => 3.0 * MONTH,
        (_, 1) => MONTH,
        (_, 15) => MONTH / 2.0,
        (_, 8 | 22) => 7.0,
        _ => 1.0,
    }
}

/// The next day worth a mark: over a long span, skip straight to the next month or year.
fn next_candidate(day: NaiveDate, span: f64) -> NaiveDate {
    if span > MAX_MARKS_PER_LEVEL * MONTH {
        NaiveDate::from_ymd_opt(day.year() + 1, 1, 1).unwrap_or(NaiveDate::MAX)
    } else if span > MAX_MARKS_PER_LEVEL {
        let (year, month) = if day.month() == 12 { (day.year() + 1, 1) } else { (day.year(), day.month() + 1) };
        NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MAX)
    } else {
        day.succ_opt().unwrap_or(NaiveDate::MAX)
    }
}

/// An axis label for a grid mark, as fine as the mark's level: "2023", "Mar 2024", "15 Mar". Below the year
/// level, the first label of its level on screen carries the year too ("15 Mar 2023"), so a zoomed axis never
/// leaves the year unsaid.
pub fn date_label(value: f64, step_size: f64, shown: &std::ops::RangeInclusive<f64>) -> String {
    let Some(day) = day_from_number(value) else { return String::new() };
    let first_of_its_level = value - step_size < *shown.start();
    if step_size >= YEAR {
        day.format("%Y").to_string()
    } else if step_size >= MONTH {
        if day.month() == 1 || first_of_its_level { day.format("%b %Y") } else { day.format("%b") }.to_string()
    } else if first_of_its_level {
        day.format("%-d %b %Y").to_string()
    } else {
        day.format("%-d %b").to_string()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn zoomed_to_weeks_the_first_label_says_the_year() {
        let day = |text: &str| day_number(text.parse().unwrap());
        let shown = day("2023-03-05")..=day("2023-04-02");
        assert_eq!(date_label(day("2023-03-08"), 7.0, &shown), "8 Mar 2023");
        assert_eq!(date_label(day("2023-03-22"), 7.0, &shown), "22 Mar");
        assert_eq!(date_label(day("2023-04-01"), MONTH, &shown), "Apr 2023");
        let wide = day("2022-06-01")..=day("2024-06-01");
        assert_eq!(date_label(day("2023-04-01"), 3.0 * MONTH, &wide), "Apr");
        assert_eq!(date_label(day("2024-01-01"), YEAR, &wide), "2024");
    }
}
