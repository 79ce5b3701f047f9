//! Actors through time: names read by the article's date, states and bodies that ended or were renamed, seats
//! of power read by the words around them, titles that name an office's holder, and the checks an actor file
//! must pass. Expected actors are what a reader of the sentence, knowing its date, would say.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

mod common;

use chrono::NaiveDate;
use common::names_on;
use geodash::core::actors::{ActorKind, Dictionary};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// The counted actors' chart names in a text of that day.
fn counted_on(text: &str, on: &str) -> Vec<String> {
    names_on(text, day(on)).into_iter().filter(|(_, counted)| *counted).map(|(name, _)| name).collect()
}

#[test]
fn the_soviet_union_and_its_capital_before_christmas_1991_russia_after() {
    let text = "The Soviet Union, the USSR and Soviet troops; Moscow and the Kremlin said no.";
    let soviet = ["Soviet Union"; 5];
    assert_eq!(counted_on(text, "1985-09-24"), soviet);
    assert_eq!(counted_on("Moscow and the Kremlin; Russian troops.", "1991-12-25"), ["Soviet Union"; 3]);
    assert_eq!(counted_on("Moscow and the Kremlin; Russian troops.", "1991-12-26"), ["Russia"; 3]);
    // The Soviet era, named in 2023, is still the Soviet Union.
    assert_eq!(counted_on("Since the Soviet era, Russia has…", "2023-09-01"), ["Soviet Union", "Russia"]);
}

#[test]
fn germany_before_unification_is_west_germany_unless_east_is_said() {
    let text = "West German growth slowed; Germany and Bonn; East Germany and the GDR.";
    let expected = ["West Germany", "West Germany", "West Germany", "East Germany", "East Germany"];
    assert_eq!(counted_on(text, "1987-03-02"), expected);
    assert_eq!(counted_on("Germany and Berlin", "1990-10-03"), ["Germany", "Germany"]);
}

#[test]
fn bodies_that_ended_and_their_successors_by_date() {
    let then = counted_on("The EC, the EEC and the Common Market; GATT talks; the OAU summit.", "1987-06-01");
    assert_eq!(then, ["European Community", "European Community", "European Community", "GATT", "OAU"]);
    let now = counted_on("The EU, the WTO and the African Union.", "2023-06-01");
    assert_eq!(now, ["European Union", "World Trade Organization", "African Union"]);
    assert_eq!(counted_on("The Warsaw Pact and COMECON.", "1985-01-01"), ["Warsaw Pact", "Comecon"]);
}

#[test]
fn states_that_ended_are_actors_of_their_own() {
    let text = "Czechoslovakia, Yugoslavia, North Vietnam and South Yemen.";
    let expected = ["Czechoslovakia", "Yugoslavia", "North Vietnam", "South Yemen"];
    assert_eq!(counted_on(text, "1970-01-01"), expected);
    // The union of Egypt and Syria; after Syria left in 1961, Egypt alone kept the name until 1971.
    assert_eq!(counted_on("The United Arab Republic", "1959-01-01"), ["United Arab Republic"]);
    assert_eq!(counted_on("The United Arab Republic", "1965-01-01"), ["Egypt"]);
}

#[test]
fn renamed_states_are_one_actor_shown_under_the_name_of_their_time() {
    let dictionary = Dictionary::embedded().unwrap();
    let named = |id: &str, on: &str| dictionary.actors[dictionary.index_of(id).unwrap()].name_on(day(on)).to_owned();
    assert_eq!(named("BFA", "1975-01-01"), "Upper Volta");
    assert_eq!(named("BFA", "1985-01-01"), "Burkina Faso");
    assert_eq!(named("MMR", "1985-01-01"), "Burma");
    assert_eq!(named("MMR", "2000-01-01"), "Myanmar");
    assert_eq!(named("COD", "1985-01-01"), "Zaire");
    assert_eq!(named("SWZ", "2010-01-01"), "Swaziland");
    assert_eq!(named("LKA", "1960-01-01"), "Ceylon");
    let text = "Upper Volta, Dahomey, Zaire, Ceylon, Burma, Swaziland and Ivory Coast";
    let today = ["Burkina Faso", "Benin", "DR Congo", "Sri Lanka", "Myanmar", "Eswatini", "Côte d'Ivoire"];
    assert_eq!(counted_on(text, "1970-01-01"), today);
}

#[test]
fn titles_beside_a_state_count_for_the_holder_of_that_day() {
    assert_eq!(counted_on("The Russian president spoke.", "1999-06-01"), ["Russia", "Boris Yeltsin"]);
    assert_eq!(counted_on("The Russian president spoke.", "2023-06-01"), ["Russia", "Vladimir Putin"]);
    assert_eq!(counted_on("le président malien", "2023-06-01"), ["Assimi Goïta", "Mali"]);
    assert_eq!(counted_on("France's foreign minister", "2023-06-01"), ["France", "Catherine Colonna"]);
    // The name after the title counts already: the title adds nothing.
    assert_eq!(counted_on("Russian President Vladimir Putin", "2023-06-01"), ["Russia", "Vladimir Putin"]);
}

#[test]
fn a_person_is_counted_with_the_state_they_served_that_day() {
    let dictionary = Dictionary::embedded().unwrap();
    let bazoum = dictionary.find("Mohamed Bazoum").unwrap();
    let niger = dictionary.index_of("NER").unwrap();
    assert_eq!(dictionary.office_on(bazoum, day("2023-07-01")).map(|(_, of)| of), Some(niger));
    assert_eq!(dictionary.office_on(bazoum, day("2023-08-01")), None, "deposed on 26 July 2023");
}

#[test]
fn seats_of_power_are_read_by_the_words_around_them() {
    let on = "2023-06-01";
    assert_eq!(counted_on("Brussels said the Commission would act.", on), ["European Union"]);
    assert_eq!(counted_on("NATO ministers met in Brussels.", on), ["NATO", "NATO"]);
    assert_eq!(counted_on("Brussels is rainy in spring.", on), ["Belgium"]);
    assert_eq!(counted_on("George Washington and Washington state.", on), Vec::<String>::new());
    assert_eq!(counted_on("Washington said no.", on), ["United States"]);
    assert_eq!(counted_on("Talks in Geneva. A museum in The Hague.", on), Vec::<String>::new());
    assert_eq!(counted_on("The UN talks in Geneva.", on), ["United Nations", "United Nations"]);
    assert_eq!(counted_on("The Hague court issued a war crimes warrant.", on), ["International Criminal Court"]);
}

#[test]
fn guarded_names_are_flagged_only_beside_their_other_sense() {
    let on = "2023-06-01";
    assert_eq!(counted_on("Turkey and Jordan joined the talks.", on), ["Türkiye", "Jordan"]);
    let flagged = names_on("A roast Turkey for Christmas; Jordan scored in basketball.", day(on));
    assert_eq!(flagged, [("Türkiye".to_owned(), false), ("Jordan".to_owned(), false)]);
}

#[test]
fn the_shipped_dictionary_loads_and_covers_every_era() {
    let dictionary = Dictionary::embedded().expect("the shipped dictionary passes its checks");
    let count = |kind| dictionary.actors.iter().filter(|actor| actor.kind == kind).count();
    // 193 UN members, 2 observers, and the states that ended since 1945 (at least a dozen).
    assert!(count(ActorKind::State) >= 207, "{} states", count(ActorKind::State));
    assert!(count(ActorKind::Organisation) >= 150, "{} bodies", count(ActorKind::Organisation));
    for id in ["SUN", "YUG", "CSK", "DDR", "FRG", "VDR", "YMD", "UAR", "EC", "GATT", "OAU", "WTO", "AU"] {
        assert!(dictionary.index_of(id).is_some(), "{id} is missing");
    }
}

#[test]
fn a_broken_actor_file_is_refused_with_file_line_and_reason() {
    let error = |source: &str| Dictionary::from_files(&[("mine.toml", source)]).expect_err("refused").to_string();
    let bad_date = "[[actor]]\nid = \"X\"\nname = \"X\"\nkind = \"state\"\nfrom = \"1960-13-01\"\naliases = [\"X\"]\n";
    let said = error(bad_date);
    assert!(said.contains("mine.toml") && said.contains("line 5"), "{said}");
    let overlap = "\n\n[[actor]]\nid = \"MMR\"\nname = \"Myanmar\"\nkind = \"state\"\naliases = [\"Myanmar\", \"Burma\"]\n\
        names = [{ name = \"Burma\", to = \"1989-06-17\" }, { name = \"Union of Burma\", from = \"1989-01-01\", to = \"1990-01-01\" }]\n";
    let said = error(overlap);
    assert!(said.contains("mine.toml, line 3") && said.contains("overlap"), "{said}");
    let twice = "[[actor]]\nid = \"A\"\nname = \"A\"\nkind = \"state\"\naliases = [\"Georgia\"]\n\n\
        [[actor]]\nid = \"B\"\nname = \"B\"\nkind = \"organisation\"\naliases = [\"georgia\"]\n";
    let said = error(twice);
    assert!(said.contains("mine.toml, line 7") && said.contains("Georgia") || said.contains("georgia"), "{said}");
    let backwards = "[[actor]]\nid = \"A\"\nname = \"A\"\nkind = \"state\"\nfrom = \"2000-01-02\"\nto = \"2000-01-01\"\naliases = [\"A\"]\n";
    assert!(error(backwards).contains("ends before it starts"));
}
