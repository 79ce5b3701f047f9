//! When something holds: an actor's life, a name of its time, an alias that meant it, an office held. From
//! its first day to its last, both included; an end not given is open ("since before 1945", "until today").

use chrono::NaiveDate;

/// A span of days, each end optional.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Validity {
    /// The first day; `None` for "since before 1945".
    pub from: Option<NaiveDate>,
    /// The last day; `None` for "until today".
    pub to: Option<NaiveDate>,
}

impl Validity {
    /// Every day.
    pub const ALWAYS: Self = Self { from: None, to: None };

    /// Whether `day` falls in the span.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= day) && self.to.is_none_or(|to| day <= to)
    }

    /// Whether the two spans share a day.
    pub fn overlaps(&self, other: &Self) -> bool {
        let starts_before_other_ends = match (self.from, other.to) {
            (Some(from), Some(to)) => from <= to,
            _ => true,
        };
        let ends_after_other_starts = match (self.to, other.from) {
            (Some(to), Some(from)) => from <= to,
            _ => true,
        };
        starts_before_other_ends && ends_after_other_starts
    }

    /// Whether its first day comes no later than its last.
    pub fn is_ordered(&self) -> bool {
        !matches!((self.from, self.to), (Some(from), Some(to)) if from > to)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn moscow_meant_the_soviet_union_to_christmas_1991_and_russia_after() {
        let soviet = Validity { from: None, to: Some(day("1991-12-25")) };
        let russian = Validity { from: Some(day("1991-12-26")), to: None };
        assert!(soviet.contains(day("1985-07-02")) && !soviet.contains(day("1991-12-26")));
        assert!(russian.contains(day("2023-08-01")) && !russian.contains(day("1991-12-25")));
        assert!(!soviet.overlaps(&russian));
        assert!(Validity::ALWAYS.overlaps(&russian));
        let bad = Validity { from: Some(day("2000-01-02")), to: Some(day("2000-01-01")) };
        assert!(!bad.is_ordered());
    }
}
