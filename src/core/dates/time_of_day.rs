//! The time of day a publication date is given with ("10:15:00+01:00", "3:05 PM GMT", "à 10h30", "10:00:00.00"),
//! kept with its zone where one is written, so it can be shown as written and normalised to UTC.

use std::sync::LazyLock;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use regex::Regex;

/// A time of day, with its offset from UTC where the source gives one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TimeOfDay {
    /// The time as written, in its own zone.
    pub time: NaiveTime,
    /// Its offset from UTC in seconds ("+01:00" → 3600); `None` when no zone is written.
    pub offset_seconds: Option<i32>,
}

/// A time: hours and minutes (seconds and fractions optional) joined by ":" or the French "h", then an optional
/// AM/PM and an optional zone (Z, an offset, or an abbreviation).
static TIME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let zone = r"(?P<zone>Z\b|[+-][0-9]{2}:?[0-9]{2}\b|(?:GMT|UTC|UT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|WAT|EAT|MSK)\b)";
    let clock = r"(?P<h>[0-9]{1,2})(?::|h)(?P<m>[0-9]{2})(?::(?P<s>[0-9]{2})(?:\.[0-9]+)?)?";
    Regex::new(&format!(r"(?:^|[^0-9:])(?:T)?{clock}(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?\s*{zone}?")).ok()
});

/// Offsets of the zone abbreviations news sources write, in hours.
const ZONES: &[(&str, i32)] = &[
    ("GMT", 0),
    ("UTC", 0),
    ("UT", 0),
    ("Z", 0),
    ("EST", -5),
    ("EDT", -4),
    ("CST", -6),
    ("CDT", -5),
    ("MST", -7),
    ("MDT", -6),
    ("PST", -8),
    ("PDT", -7),
    ("BST", 1),
    ("CET", 1),
    ("CEST", 2),
    ("WAT", 1),
    ("EAT", 3),
    ("MSK", 3),
];

impl TimeOfDay {
    /// The first time of day written in a date field, if any.
    pub fn find_in(value: &str) -> Option<Self> {
        let captures = TIME.as_ref()?.captures(value)?;
        let number = |name: &str| captures.name(name).and_then(|found| found.as_str().parse::<u32>().ok());
        let mut hour = number("h")?;
        if let Some(ampm) = captures.name("ampm") {
            let afternoon = ampm.as_str().to_lowercase().starts_with('p');
            hour = match (hour, afternoon) {
                (12, false) => 0,
                (12, true) => 12,
                (hour, true) => hour + 12,
                (hour, false) => hour,
            };
        }
        let time = NaiveTime::from_hms_opt(hour, number("m")?, number("s").unwrap_or(0))?;
        let offset_seconds = captures.name("zone").and_then(|zone| offset(zone.as_str()));
        Some(Self { time, offset_seconds })
    }

    /// "10:15 UTC+01:00", "15:05 UTC", or "10:30" when no zone is known.
    pub fn label(&self) -> String {
        let clock = self.time.format("%H:%M");
        match self.offset_seconds {
            None => clock.to_string(),
            Some(0) => format!("{clock} UTC"),
            Some(seconds) => {
                let sign = if seconds < 0 { '-' } else { '+' };
                let minutes = seconds.abs() / 60;
                format!("{clock} UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60)
            }
        }
    }

    /// The moment in UTC on `day` (the day as written in the source's zone), when the zone is known.
    pub fn utc_on(&self, day: NaiveDate) -> Option<NaiveDateTime> {
        let offset = self.offset_seconds?;
        day.and_time(self.time).checked_sub_signed(TimeDelta::seconds(i64::from(offset)))
    }
}

/// A zone's offset in seconds: "+01:00", "-0500", "GMT", "EST".
fn offset(zone: &str) -> Option<i32> {
    if let Some((_, hours)) = ZONES.iter().find(|(name, _)| *name == zone) {
        return Some(hours * 3600);
    }
    let sign = if zone.starts_with('-') { -1 } else { 1 };
    let digits: String = zone.chars().filter(char::is_ascii_digit).collect();
    let hours: i32 = digits.get(..2)?.parse().ok()?;
    let minutes: i32 = digits.get(2..4)?.parse().ok()?;
    (hours <= 14 && minutes < 60).then_some(sign * (hours * 3600 + minutes * 60))
}

#[cfg(test)]
mod tests {
    use super::TimeOfDay;

    fn label(value: &str) -> Option<String> {
        TimeOfDay::find_in(value).map(|time| time.label())
    }

    #[test]
    fn times_in_every_written_form_with_their_zones() {
        assert_eq!(label("2024-03-03T10:15:00+01:00").as_deref(), Some("10:15 UTC+01:00"));
        assert_eq!(label("2024-03-03T10:15:00Z").as_deref(), Some("10:15 UTC"));
        assert_eq!(label("Tue, 3 Mar 2024 10:00:00 +0000").as_deref(), Some("10:00 UTC"));
        assert_eq!(label("Sun, 3 Mar 2024 10:00:00 -0500").as_deref(), Some("10:00 UTC-05:00"));
        assert_eq!(label("03-MAR-2024 10:00:00.00").as_deref(), Some("10:00"));
        assert_eq!(label("August 10, 2023 Thursday 3:05 PM GMT").as_deref(), Some("15:05 UTC"));
        assert_eq!(label("August 10, 2023 Thursday 12:40 AM EST").as_deref(), Some("00:40 UTC-05:00"));
        assert_eq!(label("le 3 mars 2024 à 10h30").as_deref(), Some("10:30"));
        assert_eq!(label("2024-03-03"), None);
        assert_eq!(label("3 March 2024"), None);
        assert_eq!(label("03.03.2024"), None);
    }

    #[test]
    fn a_time_with_its_zone_is_a_moment_in_utc() {
        let day = chrono::NaiveDate::from_ymd_opt(2024, 3, 3).unwrap();
        let time = TimeOfDay::find_in("2024-03-03T00:30:00+01:00").unwrap();
        assert_eq!(time.utc_on(day).unwrap().to_string(), "2024-03-02 23:30:00");
        assert_eq!(TimeOfDay::find_in("10h30").unwrap().utc_on(day), None);
    }
}
