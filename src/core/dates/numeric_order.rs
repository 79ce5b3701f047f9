//! All-numeric dates written with slashes ("25/12/2023", "12/25/2023", "03/04/2024"): which orders, day first or
//! month first, give a real day. One that both do is not guessed; the rest of its source may settle it.

use chrono::NaiveDate;

/// The days a slash date stands for, read day first and month first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Readings {
    /// Read as day/month/year, where that is a real day.
    pub day_first: Option<NaiveDate>,
    /// Read as month/day/year, where that is a real day.
    pub month_first: Option<NaiveDate>,
}

impl Readings {
    /// Both orders give a day, and not the same one ("03/04/2024").
    pub fn is_ambiguous(&self) -> bool {
        matches!((self.day_first, self.month_first), (Some(a), Some(b)) if a != b)
    }
}

/// The readings of a value that opens with a slash date of a four-digit year; `None` for any other value.
pub fn readings(value: &str) -> Option<Readings> {
    let word = value.split_whitespace().next()?;
    let mut parts = word.split('/');
    let (first, second, year) = (parts.next()?, parts.next()?, parts.next()?);
    let small = |part: &str| part.parse::<u32>().ok().filter(|_| (1..=2).contains(&part.len()));
    let year: i32 = year.parse().ok().filter(|_| year.len() == 4 && parts.next().is_none())?;
    let (first, second) = (small(first)?, small(second)?);
    Some(Readings {
        day_first: NaiveDate::from_ymd_opt(year, second, first),
        month_first: NaiveDate::from_ymd_opt(year, first, second),
    })
}

#[cfg(test)]
mod tests {
    use super::readings;

    #[test]
    fn a_slash_date_reads_one_way_or_both() {
        let christmas = readings("25/12/2023").unwrap();
        assert!(christmas.day_first.is_some() && christmas.month_first.is_none());
        assert!(readings("12/25/2023 10:00").unwrap().day_first.is_none());
        assert!(readings("03/04/2024").unwrap().is_ambiguous());
        assert!(!readings("04/04/2024").unwrap().is_ambiguous(), "the same day either way");
        assert_eq!(readings("2024/03/04"), None);
        assert_eq!(readings("3 March 2024"), None);
    }
}
