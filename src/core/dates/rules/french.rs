//! The French word orders English lacks: an article before a season ("l'été 2023"), a shift word after what it
//! shifts ("juillet dernier", "l'été prochain", "l'an dernier", "mercredi dernier"), a time after a weekday
//! ("mercredi soir"), "cette année", and the other year of a range ("entre 2019 et 2023"). French words in the
//! orders English shares ("26 juillet 2023", "fin mars", "mi-juillet", "en 2023", "cet été") are read by the
//! patterns of `rules`, from the tables. These patterns run only around a French word (see `anchors`), so they
//! cost nothing on English text.

use regex::Captures;

use super::super::resolve::Found;
use super::super::tables::{self, FRENCH_TIMES, FRENCH_WEEKDAYS, SHIFTS_AFTER};
use super::{
    Reader, YEAR, month_group, part_group, read_month, read_season, read_season_year, read_weekday, read_year,
    season_group,
};

/// The French patterns, with their readers; none finds a full date.
pub(super) fn patterns() -> Vec<(String, Reader, bool)> {
    let (month, part, season, year) = (month_group(), part_group(), season_group(), YEAR);
    let after = format!(r"\s+(?P<sa>{})", tables::alternation(tables::words(SHIFTS_AFTER)));
    // "été" alone is also "been" ("a été dernier", "ont été 2000"): a season needs its article here.
    let article = r"(?:l['’]|le\s+)";
    let weekdays = tables::alternation(tables::words(FRENCH_WEEKDAYS));
    let times = tables::alternation(FRENCH_TIMES.iter().copied());
    let other_year = r"(?:19|20)[0-9]{2}\b";
    vec![
        (format!(r"\b(?:{part}(?:de\s+)?)?{article}{season}(?:\s+de)?,?\s+{year}"), read_season_year, false),
        (format!(r"\b{part}?{month}{after}"), read_month, false),
        (format!(r"\b{article}{season}{after}"), read_season, false),
        (format!(r"\b(?P<unit>l['’]an|l['’]ann[ée]e|le\s+mois){after}"), read_offset, false),
        (r"\b(?P<sh>cette|ce)\s+(?P<unit>ann[ée]e|mois)\b(?:-ci\b)?".to_owned(), read_offset, false),
        (format!(r"\b(?P<wd>{weekdays})(?:{after})?(?:\s+{times})?"), read_weekday, false),
        (format!(r"\b(?:entre|de)\s+{other_year}\s+(?:et|à|a)\s+(?P<x>{year})"), read_year, false),
        (format!(r"\bde\s+(?P<x>{year})\s+(?:à|a)\s+{other_year}"), read_year, false),
    ]
}

/// "l'an dernier", "l'année prochaine", "le mois dernier", "cette année", "ce mois-ci"; not "cette année-là",
/// which is a year the text told of, not the current one.
fn read_offset(captures: &Captures<'_>, text: &str) -> Option<Found> {
    let after = text.get(captures.get(0)?.end()..).unwrap_or("");
    let rest = after.strip_prefix("-là").or_else(|| after.strip_prefix("-la"));
    if rest.is_some_and(|rest| !rest.starts_with(char::is_alphanumeric)) {
        return None;
    }
    super::read_offset(captures, text)
}
