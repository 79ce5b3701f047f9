//! Alias matching rules on short texts, checked against what a reader sees.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

mod common;

use common::{counted, names};
use geodash::core::actors::Dictionary;

#[test]
fn niger_is_never_found_inside_nigeria() {
    assert_eq!(counted("Nigeria and Nigerian troops"), ["Nigeria", "Nigeria"]);
    assert_eq!(counted("Niger’s junta and Niger's army"), ["Niger", "Niger"]);
}

#[test]
fn us_counts_only_in_capitals() {
    assert_eq!(counted("The US sent troops."), ["United States"]);
    assert!(counted("Let us discuss the bus.").is_empty());
}

#[test]
fn capitals_stand_for_their_state() {
    assert_eq!(counted("Moscow and the Kremlin"), ["Russia", "Russia"]);
    assert_eq!(counted("Niamey"), ["Niger"]);
    assert_eq!(counted("Paris and the Élysée"), ["France", "France"]);
    assert_eq!(counted("Washington"), ["United States"]);
}

#[test]
fn accented_and_unaccented_forms_match() {
    assert_eq!(counted("Assimi Goïta"), ["Assimi Goïta"]);
    assert_eq!(counted("Assimi Goita"), ["Assimi Goïta"]);
    assert_eq!(counted("the Elysee"), ["France"]);
}

#[test]
fn the_longest_name_wins() {
    assert_eq!(counted("the Russian Federation"), ["Russia"]);
    assert_eq!(counted("Alliance of Sahel States"), ["Alliance of Sahel States"]);
}

#[test]
fn ambiguous_words_count_only_with_support() {
    assert_eq!(names("He loves Wagner's operas."), [("Wagner Group".to_owned(), false)]);
    assert_eq!(counted("Wagner mercenaries arrived with Prigozhin."), ["Wagner Group", "Yevgeny Prigozhin"]);
}

#[test]
fn guarded_names_count_unless_their_other_sense_is_near() {
    assert_eq!(names("The quarterback Chad threw a touchdown."), [("Chad".to_owned(), false)]);
    assert_eq!(counted("Chad closed its border."), ["Chad"]);
    assert_eq!(counted("Troops from Chad joined Niger and Mali."), ["Chad", "Niger", "Mali"]);
}

#[test]
fn lower_case_common_words_are_not_names() {
    assert!(counted("a turkey for dinner, a chad on the ballot").is_empty());
}

#[test]
fn a_shorter_alias_is_tried_when_the_longest_fails_its_case() {
    assert_eq!(counted("the operation Barkhane base"), ["Operation Barkhane"]);
}

#[test]
fn phrases_that_are_not_actors_hide_the_alias_inside_them() {
    assert!(counted("Latin America and the Gulf of Guinea").is_empty());
    assert_eq!(counted("Lake Chad shrank; the Washington Post reported it from Washington."), ["United States"]);
}

#[test]
fn a_dictionary_that_would_count_one_name_for_two_actors_is_refused() {
    let twice = r#"
[[actor]]
id = "GEO"
name = "Georgia"
kind = "state"
aliases = ["Georgia", "Tbilisi"]

[[actor]]
id = "GA"
name = "Georgia (US state)"
kind = "organisation"
aliases = ["georgia"]
"#;
    let error = Dictionary::from_toml(twice).expect_err("the alias is claimed twice");
    assert!(error.to_string().contains("georgia"), "{error}");
    let empty = "[[actor]]\nid = \"X\"\nname = \"X\"\nkind = \"person\"\naliases = [\" \"]\n";
    assert!(Dictionary::from_toml(empty).is_err(), "an empty alias would match nothing sensible");
    let typo = "[[actor]]\nid = \"X\"\nname = \"X\"\nkind = \"persn\"\naliases = [\"X\"]\n";
    assert!(Dictionary::from_toml(typo).is_err(), "an unknown kind is refused");
}
