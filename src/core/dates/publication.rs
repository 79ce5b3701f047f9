//! An article's own publication date, from its header lines or its file name.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::calendar::year_span;
use super::resolve::Found;
use super::rules::{self, Candidate};
use super::{DateSpan, Published, TimeOfDay};

/// The header is at most this many bytes from the start of the text...
const HEADER_BYTES: usize = 600;

/// ...and at most this many lines with words.
const HEADER_LINES: usize = 8;

/// A label before a date on its line: "Date:", "Published", "Last updated on", "Publié le", "Mis à jour le".
static LABEL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let english = r"(?:last\s+)?(?:date[ds]?|published|publication\s+date|posted|updated)(?:\s+on)?";
    let french = r"(?:publi[ée]e?|mise?\s+[àa]\s+jour|modifi[ée]e?|date\s+de\s+publication|paru)(?:\s+le)?";
    Regex::new(&format!(r"(?i)^\s*(?P<label>{english}|{french})\s*[:\-–—]?\s*$")).ok()
});

/// A date in a file name: "2024-05-02_niger.txt", "20240502-niger.html", "niger_2024_05_02.txt".
static FILE_DATE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let date = r"(?P<y>(?:19|20)[0-9]{2})(?P<s1>[-_.]?)(?P<m>[0-9]{2})(?P<s2>[-_.]?)(?P<d>[0-9]{2})";
    Regex::new(&format!(r"(?:^|[^0-9]){date}(?:[^0-9]|$)")).ok()
});

/// A year alone in a file name: "USA_78_2023.txt" (the UN General Debate corpus), "report-2019.pdf"; set off
/// by punctuation, so four digits inside a hash ("a2019b") are not a year.
static FILE_YEAR: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?:^|[^0-9A-Za-z])(?P<y>(?:19|20)[0-9]{2})(?:[^0-9A-Za-z]|$)").ok());

/// Finds an article's own publication date from its header or file name. Looks only at the header (the first
/// 600 bytes and 8 lines with words), never in the body, so a date mentioned in the story is not taken for the
/// publication date. A header date counts when it starts its line without running on into a sentence ("Dec 5,
/// 2023 | News", "2024-05-02 Niamey"), follows a label ("date 2024-05-02", "Published: 5 December 2023") or
/// follows a "|" or "·". Dates that do not exist
/// are passed over. Without a header date, takes a date in the file name ("2024-05-02_niger.txt",
/// "20240502-niger.html", "niger_2024_05_02.txt", `at` = `None`), else a year alone in it ("USA_78_2023.txt",
/// year precision); with none, gives `None`, never a default.
pub fn publication_date(text: &str, file_name: Option<&str>) -> Option<Published> {
    let header = header(text);
    let from_header = rules::full_dates(header).into_iter().find_map(|candidate| in_header(header, candidate));
    from_header.or_else(|| file_name.and_then(from_file_name))
}

/// The start of the text that may hold its header.
fn header(text: &str) -> &str {
    let mut cut = HEADER_BYTES.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = text.get(..cut).unwrap_or("");
    let mut lines_with_words = 0;
    let mut end = 0;
    for line in head.split_inclusive('\n') {
        if lines_with_words == HEADER_LINES {
            break;
        }
        lines_with_words += usize::from(!line.trim().is_empty());
        end += line.len();
    }
    head.get(..end).unwrap_or(head)
}

/// The publication date a header candidate gives, if it stands where a header puts its date.
fn in_header(header: &str, candidate: Candidate) -> Option<Published> {
    let Found::Absolute(span) = candidate.found else { return None };
    let line_start = header.get(..candidate.at.start)?.rfind('\n').map_or(0, |newline| newline + 1);
    let before = header.get(line_start..candidate.at.start)?;
    let rest = header.get(candidate.at.end..)?;
    let after = rest.get(..rest.find('\n').unwrap_or(rest.len()))?;
    let at = place(before, after, line_start, candidate.at)?;
    Some(Published { span, at: Some(at), time: None })
}

/// Where a header date is, with its label; `None` when what is around it on its line is not a header's. A
/// date that starts its line must not run on into a sentence ("19 August 2003, the international community…",
/// "26 June 1945 in San Francisco"): that is a date the story mentions, not a dateline ("2023-12-05 Niamey",
/// "Dec 5, 2023 | News", "26 juillet 2023 à 10h30").
fn place(before: &str, after: &str, line_start: usize, date: Range<usize>) -> Option<Range<usize>> {
    let trimmed = before.trim_start_matches('\u{feff}').trim_end();
    if trimmed.ends_with(['|', '·', '•']) {
        return Some(date);
    }
    if trimmed.trim_start().is_empty() {
        let after = after.trim();
        let runs_on = (after.starts_with([',', ';']) || after.starts_with(char::is_lowercase)) && !is_time(after);
        return (!runs_on).then_some(date);
    }
    let label = LABEL.as_ref()?.captures(before)?.name("label")?;
    Some(line_start + label.start()..date.end)
}

/// Whether the text after a date is the time of day, the French way: "à 10h30", "à 08:15".
fn is_time(after: &str) -> bool {
    let time = after.strip_prefix('à').map(str::trim_start);
    time.is_some_and(|time| time.starts_with(|c: char| c.is_ascii_digit()))
}

/// The date in a file name, if it has a real one, else its year.
fn from_file_name(name: &str) -> Option<Published> {
    full_date_in_name(name).or_else(|| year_in_name(name))
}

/// A year standing alone in a file name; not one that starts a date-like run such as "2024-05_02".
fn year_in_name(name: &str) -> Option<Published> {
    let regex = FILE_YEAR.as_ref()?;
    let captures = regex.captures_iter(name).find(|captures| {
        let after = captures.name("y").and_then(|year| name.get(year.end()..)).unwrap_or("");
        let mut rest = after.chars();
        !(rest.next().is_some_and(|c| "-_. ".contains(c)) && rest.next().is_some_and(|c| c.is_ascii_digit()))
    })?;
    let year = captures.name("y")?.as_str().parse().ok()?;
    Some(Published { span: year_span(year)?, at: None, time: None })
}

fn full_date_in_name(name: &str) -> Option<Published> {
    let regex = FILE_DATE.as_ref()?;
    regex.captures_iter(name).find_map(|captures| {
        let number = |group: &str| captures.name(group)?.as_str().parse::<u32>().ok();
        let same_separators = captures.name("s1")?.as_str() == captures.name("s2")?.as_str();
        let year = i32::try_from(number("y")?).ok()?;
        let date = NaiveDate::from_ymd_opt(year, number("m")?, number("d")?).filter(|_| same_separators)?;
        Some(Published { span: DateSpan::day(date), at: None, time: None })
    })
}

/// Whether the header and file-name patterns compiled.
#[cfg(test)]
pub(super) fn patterns_compile() -> bool {
    LABEL.is_some() && FILE_DATE.is_some() && FILE_YEAR.is_some()
}

/// A publication date from a metadata field: a page's `article:published_time`, a mail's `Date`, a table's date
/// column. Takes ISO 8601 ("2023-07-28T09:30:00+01:00" is a day; "2023-07" a month; "2023" a year), RFC 2822
/// ("Fri, 28 Jul 2023 09:30:00 +0100") and what the text rules read as a full date ("28 July 2023"). The date
/// is taken as written, before any time-zone shift, so it is the day the source printed; a time written with a day
/// is kept with its zone ("09:30 UTC+01:00").
pub fn date_from_field(value: &str) -> Option<Published> {
    let value = value.trim();
    let first_word = value.split_whitespace().next().unwrap_or("");
    // "03/04/2024": the 3rd of April or the 4th of March; it is not guessed here (its source may settle it).
    if super::numeric_order::readings(first_word).is_some_and(|read| read.is_ambiguous()) {
        return None;
    }
    let span = iso_prefix(value)
        .or_else(|| chrono::DateTime::parse_from_rfc2822(value).ok().map(|time| DateSpan::day(time.date_naive())))
        .or_else(|| numeric_date(first_word).map(DateSpan::day))
        .or_else(|| {
            let candidate = rules::full_dates(value).into_iter().next()?;
            match candidate.found {
                Found::Absolute(span) => Some(span),
                _ => None,
            }
        })?;
    let time = if span.precision == super::Precision::Day { TimeOfDay::find_in(value) } else { None };
    Some(Published { span, at: None, time })
}

/// A date written in numbers or with a month's abbreviation, the way exports and databases print them:
/// "2024/03/03", "03.03.2024" (day first), "03-MAR-2024", "3/14/2024" (month first only where the day cannot be).
fn numeric_date(word: &str) -> Option<NaiveDate> {
    ["%Y/%m/%d", "%d.%m.%Y", "%d-%b-%Y", "%d/%m/%Y", "%m/%d/%Y"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(word, format).ok())
}

/// "YYYY-MM-DD…" as a day, "YYYY-MM" as a month, "YYYY" as a year.
fn iso_prefix(value: &str) -> Option<DateSpan> {
    let number = |range: std::ops::Range<usize>| value.get(range)?.parse::<u32>().ok();
    let year = i32::try_from(number(0..4)?).ok()?;
    let separated = |at: usize| value.get(at..=at) == Some("-");
    if value.len() >= 10 && separated(4) && separated(7) {
        let after = value.get(10..)?;
        let clean_end = after.is_empty() || after.starts_with(['T', ' ', 't']);
        return NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?).filter(|_| clean_end).map(DateSpan::day);
    }
    match value.len() {
        7 if separated(4) => super::calendar::month_span(year, number(5..7)?),
        4 => year_span(year),
        _ => None,
    }
}

#[cfg(test)]
mod field_tests {
    use super::*;
    use crate::core::dates::Precision;

    fn label_of(value: &str) -> Option<(String, Precision)> {
        date_from_field(value).map(|published| (published.span.label(), published.span.precision))
    }

    #[test]
    fn metadata_dates_keep_their_precision() {
        assert_eq!(label_of("2023-07-28T09:30:00+01:00"), Some(("2023-07-28".to_owned(), Precision::Day)));
        assert_eq!(label_of("Fri, 28 Jul 2023 23:30:00 -0500"), Some(("2023-07-28".to_owned(), Precision::Day)));
        assert_eq!(label_of("2023-07"), Some(("July 2023".to_owned(), Precision::Month)));
        assert_eq!(label_of("2023"), Some(("2023".to_owned(), Precision::Year)));
        assert_eq!(label_of("28 July 2023"), Some(("2023-07-28".to_owned(), Precision::Day)));
    }

    #[test]
    fn what_is_not_a_date_gives_none() {
        assert_eq!(label_of("2023-02-30"), None);
        assert_eq!(label_of("soon"), None);
        assert_eq!(label_of("2023-07-28abc"), None);
    }
}

#[cfg(test)]
mod written_forms {
    use super::*;

    fn day_of(value: &str) -> Option<String> {
        date_from_field(value).map(|published| published.span.label())
    }

    /// Every form the header-block issue lists, each for 3 March 2024 (read by hand).
    #[test]
    fn every_common_written_form_gives_its_day() {
        for value in [
            "2024-03-03",
            "2024-03-03T10:00:00Z",
            "2024-03-03 10:00:00+01:00",
            "Sun, 3 Mar 2024 10:00:00 +0000",
            "03-MAR-2024 10:00:00.00",
            "3 March 2024",
            "March 3, 2024",
            "3 Mar. 2024",
            "2024/03/03",
            "03.03.2024",
            "3 mars 2024",
            "le 3 mars 2024 à 10h30",
        ] {
            assert_eq!(day_of(value), Some("2024-03-03".to_owned()), "{value}");
        }
    }

    #[test]
    fn a_date_that_reads_both_ways_is_not_guessed() {
        assert_eq!(day_of("03/04/2024"), None);
        assert_eq!(day_of("14/03/2024"), Some("2024-03-14".to_owned()));
        assert_eq!(day_of("3/14/2024"), Some("2024-03-14".to_owned()));
        assert_eq!(day_of("03/03/2024"), Some("2024-03-03".to_owned()));
    }
}
