//! The French words dates are made of. French puts the day before the month ("le 1er août 2023"), writes months
//! and weekdays in lower case, and puts "dernier" and "prochain" after what they shift ("juillet dernier", "l'an
//! prochain"); the patterns for those orders are in `rules::french`. Each word is listed with and without its
//! accents where texts drop them ("fevrier", "aout", "decembre").

use chrono::Weekday;

use super::{Season, Shift};
use crate::core::dates::Part;

/// Month names and abbreviations, lowercase. "sept" is also the number seven ("sept soldats") and "Mars" the
/// planet: see `NUMBER_WORDS` and `PLANET_WORDS`.
#[rustfmt::skip]
pub(super) const MONTHS: &[(&str, u32)] = &[
    ("janvier", 1), ("janv.", 1), ("janv", 1),
    ("février", 2), ("fevrier", 2), ("févr.", 2), ("fevr.", 2), ("févr", 2), ("fevr", 2), ("fév.", 2), ("fev.", 2),
    ("mars", 3),
    ("avril", 4), ("avr.", 4), ("avr", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7), ("juil.", 7), ("juil", 7),
    ("août", 8), ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12), ("decembre", 12), ("déc.", 12), ("déc", 12),
];

/// Month words that are also French numbers when written in lowercase ("sept soldats", "depuis sept ans"): read
/// as months only in an expression that also has a day or a year ("11 sept. 2001", "sept 2023").
pub(super) const NUMBER_WORDS: &[&str] = &["sept", "sept."];

/// Month words that name something else when capitalised ("la planète Mars", "the Mars 2020 rover"): read as
/// months only after a day number ("26 Mars 2023").
pub(super) const PLANET_WORDS: &[&str] = &["mars"];

/// Weekday names, lowercase.
pub(super) const WEEKDAYS: &[(&str, Weekday)] = &[
    ("lundi", Weekday::Mon),
    ("mardi", Weekday::Tue),
    ("mercredi", Weekday::Wed),
    ("jeudi", Weekday::Thu),
    ("vendredi", Weekday::Fri),
    ("samedi", Weekday::Sat),
    ("dimanche", Weekday::Sun),
];

/// Season names. "été" is also the past participle of "être" ("a été"): without an article or a shift word
/// before it ("l'été 2023", "cet été") it is not read.
pub(super) const SEASONS: &[(&str, Season)] =
    &[("printemps", Season::Spring), ("été", Season::Summer), ("automne", Season::Autumn), ("hiver", Season::Winter)];

/// Words naming part of a month, season or year, before it: "début mars", "mi-juillet", "fin 2023", "fin de
/// l'été".
pub(super) const PARTS: &[(&str, Part)] = &[
    ("début", Part::Early),
    ("debut", Part::Early),
    ("début de", Part::Early),
    ("debut de", Part::Early),
    ("mi", Part::Mid),
    ("milieu de", Part::Mid),
    ("fin", Part::Late),
    ("fin de", Part::Late),
];

/// Words before a month, season, weekday, "année" or "mois" that shift it: "cet été", "ce mercredi", "cette
/// année".
pub(super) const SHIFTS_BEFORE: &[(&str, Shift)] = &[("ce", Shift::This), ("cet", Shift::This), ("cette", Shift::This)];

/// Words after a month, season, weekday, "an", "année" or "mois" that shift it: "juillet dernier", "l'été
/// prochain", "l'année passée".
pub(super) const SHIFTS_AFTER: &[(&str, Shift)] = &[
    ("dernier", Shift::Last),
    ("dernière", Shift::Last),
    ("derniere", Shift::Last),
    ("passé", Shift::Last),
    ("passée", Shift::Last),
    ("prochain", Shift::Next),
    ("prochaine", Shift::Next),
];

/// Words for a day counted from the reference date. "avant-hier" is listed so that the "hier" inside it is not
/// read as yesterday.
pub(super) const DAY_WORDS: &[(&str, i64)] =
    &[("avant-hier", -2), ("hier", -1), ("aujourd'hui", 0), ("aujourd’hui", 0), ("demain", 1), ("après-demain", 2)];

/// Words that French date expressions hold besides those of the tables above, for finding where they can
/// stand: the units of "cette année" and "le mois prochain" ("l'an dernier" is found by its "dernier"), and the
/// words of a range of years ("entre 2019 et 2023", "de 2019 à 2023").
pub(super) const ANCHORS: &[&str] = &["année", "annee", "mois", "entre", "à"];

/// Words before a month without a year that make it a date: "en juillet", "depuis mars", "jusqu'à mai".
pub(super) const MONTH_PREPOSITIONS: &[&str] = &[
    "en",
    "depuis",
    "dès",
    "avant",
    "après",
    "pendant",
    "durant",
    "courant",
    "jusqu'en",
    "jusqu’en",
    "jusqu'à",
    "jusqu’à",
    "d'ici",
    "d’ici",
];

/// Words before a bare year that make it a date: "en 2023", "depuis 2012", "l'année 2023". Not "de", "à" or
/// "et", which stand before numbers too often ("plus de 2000 soldats"), nor "pendant" ("pendant 2000 ans").
pub(super) const YEAR_PREPOSITIONS: &[&str] =
    &["en", "depuis", "dès", "avant", "après", "jusqu'en", "jusqu’en", "entre", "année"];

/// Times of day after a weekday: "mercredi soir".
pub(super) const TIMES: &[&str] = &["soir", "matin", "après-midi", "apres-midi", "nuit"];
