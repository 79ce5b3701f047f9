//! French dates: sentences written for these tests, with the dates they name worked out by hand. Relative dates
//! are resolved against Friday 12 April 2024, as in the English tests.

use chrono::NaiveDate;

use super::*;

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}

fn day(year: i32, month: u32, d: u32) -> Option<DateSpan> {
    Some(DateSpan::day(date(year, month, d)))
}

fn span(start: NaiveDate, end: NaiveDate, precision: Precision, part: Option<Part>) -> Option<DateSpan> {
    Some(DateSpan { start, end, precision, part })
}

fn year(y: i32) -> Option<DateSpan> {
    span(date(y, 1, 1), date(y, 12, 31), Precision::Year, None)
}

fn month(y: i32, m: u32, first: u32, last: u32, part: Option<Part>) -> Option<DateSpan> {
    span(date(y, m, first), date(y, m, last), Precision::Month, part)
}

/// The reference date of the relative tests: Friday 12 April 2024.
fn friday() -> Option<NaiveDate> {
    Some(date(2024, 4, 12))
}

/// Each mention as (expression, resolved, relative).
fn mentions_in(text: &str, reference: Option<NaiveDate>) -> Vec<(String, Option<DateSpan>, bool)> {
    find_mentions(text, reference.map(DateSpan::day), None)
        .into_iter()
        .map(|mention| (mention.expression, mention.resolved, mention.relative))
        .collect()
}

/// The one mention a text holds, as (expression, resolved); `None` unless it holds exactly one.
fn only(text: &str, reference: Option<NaiveDate>) -> Option<(String, Option<DateSpan>)> {
    let mut found = mentions_in(text, reference);
    (found.len() == 1).then(|| found.remove(0)).map(|(expression, resolved, _)| (expression, resolved))
}

#[test]
fn the_coup_of_26_july_2023_in_french() {
    let text = "Le 26 juillet 2023, des militaires ont renversé le président Mohamed Bazoum.";
    assert_eq!(mentions_in(text, None), vec![("26 juillet 2023".to_owned(), day(2023, 7, 26), false)]);
}

#[test]
fn french_day_month_year() {
    let cases = [
        ("le 1er août 2023", "1er août 2023", day(2023, 8, 1)),
        ("le 1er aout 2023", "1er aout 2023", day(2023, 8, 1)),
        ("mercredi 26 juillet 2023", "mercredi 26 juillet 2023", day(2023, 7, 26)),
        ("le 11 sept. 2001", "11 sept. 2001", day(2001, 9, 11)),
        ("le 11 sept 2001", "11 sept 2001", day(2001, 9, 11)),
        ("3 févr. 2024", "3 févr. 2024", day(2024, 2, 3)),
        ("3 fevrier 2024", "3 fevrier 2024", day(2024, 2, 3)),
        ("25 déc. 2023", "25 déc. 2023", day(2023, 12, 25)),
        ("25 decembre 2023", "25 decembre 2023", day(2023, 12, 25)),
        ("26 JUILLET 2023", "26 JUILLET 2023", day(2023, 7, 26)),
        ("le 26 Mars 2023", "26 Mars 2023", day(2023, 3, 26)),
        ("14 juil. 2024", "14 juil. 2024", day(2024, 7, 14)),
    ];
    for (text, expression, resolved) in cases {
        assert_eq!(only(text, None), Some((expression.to_owned(), resolved)), "{text}");
    }
}

#[test]
fn late_march_2024_in_french_is_late_march_2024() {
    let late_march = month(2024, 3, 21, 31, Some(Part::Late));
    assert_eq!(only("fin mars 2024", None), Some(("fin mars 2024".to_owned(), late_march)));
    assert_eq!(only("late March 2024", None), Some(("late March 2024".to_owned(), late_march)));
    assert_eq!(late_march.map(|span| span.label()).as_deref(), Some("late March 2024"));
    let cases = [
        ("début mars 2024", month(2024, 3, 1, 10, Some(Part::Early))),
        ("mi-juillet 2023", month(2023, 7, 11, 20, Some(Part::Mid))),
        ("fin décembre 2023", month(2023, 12, 21, 31, Some(Part::Late))),
        ("juillet 2023", month(2023, 7, 1, 31, None)),
    ];
    for (text, resolved) in cases {
        assert_eq!(only(text, None), Some((text.to_owned(), resolved)), "{text}");
    }
    assert_eq!(only("en juillet 2023", None), Some(("juillet 2023".to_owned(), month(2023, 7, 1, 31, None))));
}

#[test]
fn french_years_and_their_parts() {
    let cases = [
        ("en 2023", "2023", year(2023)),
        ("depuis 2012", "2012", year(2012)),
        ("fin 2023", "fin 2023", span(date(2023, 9, 1), date(2023, 12, 31), Precision::Year, Some(Part::Late))),
        ("mi-2023", "mi-2023", span(date(2023, 5, 1), date(2023, 8, 31), Precision::Year, Some(Part::Mid))),
        ("début 2024", "début 2024", span(date(2024, 1, 1), date(2024, 4, 30), Precision::Year, Some(Part::Early))),
    ];
    for (text, expression, resolved) in cases {
        assert_eq!(only(text, None), Some((expression.to_owned(), resolved)), "{text}");
    }
    for text in ["entre 2019 et 2023", "de 2019 à 2023"] {
        let found: Vec<(String, Option<DateSpan>, bool)> = mentions_in(text, None);
        assert_eq!(found, vec![("2019".to_owned(), year(2019), false), ("2023".to_owned(), year(2023), false)]);
    }
}

#[test]
fn french_seasons() {
    let summer = span(date(2023, 6, 1), date(2023, 8, 31), Precision::Season, None);
    let cases = [
        ("l'été 2023", "l'été 2023", summer),
        ("à l’été 2023", "l’été 2023", summer),
        ("L'ÉTÉ 2023", "L'ÉTÉ 2023", summer),
        ("fin de l'été 2023", "fin de l'été 2023", {
            span(date(2023, 8, 1), date(2023, 8, 31), Precision::Season, Some(Part::Late))
        }),
        ("l'hiver 2023", "l'hiver 2023", span(date(2023, 12, 1), date(2024, 2, 29), Precision::Season, None)),
        ("au printemps 2024", "printemps 2024", span(date(2024, 3, 1), date(2024, 5, 31), Precision::Season, None)),
    ];
    for (text, expression, resolved) in cases {
        assert_eq!(only(text, None), Some((expression.to_owned(), resolved)), "{text}");
    }
}

#[test]
fn french_relative_words_against_a_friday() {
    let season = |y1, m1, y2, m2, d2| span(date(y1, m1, 1), date(y2, m2, d2), Precision::Season, None);
    let cases = [
        ("hier", day(2024, 4, 11)),
        ("aujourd'hui", day(2024, 4, 12)),
        ("aujourd’hui", day(2024, 4, 12)),
        ("demain", day(2024, 4, 13)),
        ("avant-hier", day(2024, 4, 10)),
        ("après-demain", day(2024, 4, 14)),
        ("l'an dernier", year(2023)),
        ("l'année dernière", year(2023)),
        ("l'an passé", year(2023)),
        ("l'an prochain", year(2025)),
        ("l'année prochaine", year(2025)),
        ("cette année", year(2024)),
        ("le mois dernier", month(2024, 3, 1, 31, None)),
        ("le mois prochain", month(2024, 5, 1, 31, None)),
        ("ce mois-ci", month(2024, 4, 1, 30, None)),
        ("juillet dernier", month(2023, 7, 1, 31, None)),
        ("mars dernier", month(2024, 3, 1, 31, None)),
        ("juillet prochain", month(2024, 7, 1, 31, None)),
        ("fin mars", month(2024, 3, 21, 31, Some(Part::Late))),
        ("début juillet", month(2023, 7, 1, 10, Some(Part::Early))),
        ("mi-juillet", month(2023, 7, 11, 20, Some(Part::Mid))),
        ("l'été dernier", season(2023, 6, 2023, 8, 31)),
        ("l'hiver dernier", season(2023, 12, 2024, 2, 29)),
        ("cet été", season(2024, 6, 2024, 8, 31)),
        ("mercredi", day(2024, 4, 10)),
        ("mercredi dernier", day(2024, 4, 10)),
        ("mercredi prochain", day(2024, 4, 17)),
        ("ce mercredi", day(2024, 4, 10)),
        ("mercredi soir", day(2024, 4, 10)),
        ("dimanche", day(2024, 4, 7)),
        ("26 juillet", day(2023, 7, 26)),
        ("1er mars", day(2024, 3, 1)),
    ];
    for (text, resolved) in cases {
        assert_eq!(mentions_in(text, friday()), vec![(text.to_owned(), resolved, true)], "{text}");
    }
    let in_july = mentions_in("en juillet", friday());
    assert_eq!(in_july, vec![("juillet".to_owned(), month(2023, 7, 1, 31, None), true)]);
}

#[test]
fn french_words_that_are_not_dates() {
    let texts = [
        "sept soldats ont été tués",
        "Sept soldats nigériens ont été tués.",
        "Ils étaient sept.",
        "depuis sept ans, en sept ans, pendant sept mois",
        "les sept derniers jours",
        "la planète Mars",
        "the Mars 2020 rover",
        "la mission Mars 2020",
        "Le Niger a été dernier du classement.",
        "Ils ont été 2000 à manifester.",
        "plus de 2000 soldats, pendant 2000 ans, et 1990 blessés",
        "le Mardi gras",
        "Cette année-là, le pays a changé.",
        "la fin d'un régime",
    ];
    for text in texts {
        assert_eq!(mentions_in(text, friday()), vec![], "{text}");
    }
    // A French month never comes before its day: "mars 15" is March and a count.
    let march = month(2024, 3, 1, 31, None);
    assert_eq!(mentions_in("en mars 15 soldats sont morts", friday()), vec![("mars".to_owned(), march, true)]);
}

#[test]
fn french_publication_headers() {
    let coup = Some(DateSpan::day(date(2023, 7, 26)));
    let headers = [
        "Publié le 26 juillet 2023\nTexte",
        "Publié le : 26/07/2023\nTexte",
        "Mis à jour le 26 juillet 2023 à 10h30\nTexte",
        "Niger : le coup d'État\n26 juillet 2023 à 10h30\nTexte",
        "Coup d'État au Niger\nPar la rédaction | 26 juillet 2023 | Politique\nTexte",
        "Niger\nmercredi 26 juillet 2023\nTexte",
    ];
    for text in headers {
        assert_eq!(publication_date(text, None).map(|published| published.span), coup, "{text}");
    }
    let labelled = publication_date("Publié le 26 juillet 2023\nTexte", None);
    assert_eq!(labelled.and_then(|published| published.at), Some(0..26), "the label and the date");
    let story = "Niamey\n26 juillet 2023, des militaires ont renversé le président.";
    assert_eq!(publication_date(story, None), None, "a date that runs on into a sentence is the story's");
}

#[test]
fn a_french_abbreviated_month_does_not_end_the_sentence() {
    let text = "Avant. Le 11 sept. 2001, tout a changé à New York. Puis.";
    let mentions = find_mentions(text, None, None);
    let sentence = mentions.first().and_then(|mention| text.get(mention.sentence.clone()));
    assert_eq!(sentence, Some("Le 11 sept. 2001, tout a changé à New York."));
}

#[test]
fn french_word_orders_are_read_only_where_the_text_may_be_french() {
    use crate::core::dates::find_mentions_in;
    let english = "The rover of the Mars 2020 mission landed in February 2021; Avril 2004 was her first album.";
    let found: Vec<String> =
        find_mentions_in(english, Some("eng"), None, None).into_iter().map(|mention| mention.expression).collect();
    assert_eq!(found, ["February 2021"]);
    let french = "Le rover de la mission de mars 2020 s'est posé en février 2021.";
    let found: Vec<String> =
        find_mentions_in(french, Some("fra"), None, None).into_iter().map(|mention| mention.expression).collect();
    assert_eq!(found, ["mars 2020", "février 2021"]);
}

#[test]
fn a_text_of_unknown_language_is_read_in_both() {
    let text = "The rover landed in February 2021; Avril 2004 was her first album.";
    let found: Vec<String> =
        super::find_mentions(text, None, None).into_iter().map(|mention| mention.expression).collect();
    // Without its language, "Avril 2004" reads as the French "avril 2004": why the language matters.
    assert_eq!(found, ["February 2021", "Avril 2004"]);
}
