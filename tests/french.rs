//! French text: actor mentions and dates in sentences written for these tests, counted by hand.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

mod common;

use chrono::NaiveDate;
use common::{counted, names};
use geodash::core::dates::{DateSpan, Part, Precision, find_mentions};

/// A paragraph on the coup in Niger. Its counted mentions, in order: Mohamed Bazoum, Niamey (Niger), CEDEAO
/// (ECOWAS), Mali, Burkina Faso, nigérienne (Niger), Paris (France), français (France), Niger, Abdourahamane
/// Tiani, Russie (Russia), russes (Russia), Niamey (Niger), États-Unis (United States), Alliance des États du
/// Sahel, AES (both the Alliance), CEDEAO (ECOWAS): 17. Its dates: "26 juillet 2023", "fin décembre 2023",
/// "avril 2024", "septembre 2023".
const COUP: &str = "Le 26 juillet 2023, des militaires ont renversé le président Mohamed Bazoum à Niamey. La CEDEAO \
a menacé d'intervenir, mais le Mali et le Burkina Faso ont pris la défense de la junte nigérienne. Paris a rappelé son \
ambassadeur et les soldats français ont quitté le Niger fin décembre 2023. Depuis, le général Abdourahamane Tiani \
s'est tourné vers la Russie : des instructeurs russes sont arrivés à Niamey en avril 2024, et les États-Unis ont \
retiré leurs troupes. En septembre 2023, les trois pays ont fondé l'Alliance des États du Sahel (AES), puis ont \
quitté la CEDEAO.";

fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a real day")
}

fn month(year: i32, month: u32, last: u32, part: Option<Part>) -> DateSpan {
    let first = match part {
        Some(Part::Late) => 21,
        _ => 1,
    };
    DateSpan { start: day(year, month, first), end: day(year, month, last), precision: Precision::Month, part }
}

#[test]
fn the_coup_paragraph_has_the_hand_counted_mentions() {
    let expected = [
        "Mohamed Bazoum",
        "Niger",
        "ECOWAS",
        "Mali",
        "Burkina Faso",
        "Niger",
        "France",
        "France",
        "Niger",
        "Abdourahamane Tiani",
        "Russia",
        "Russia",
        "Niger",
        "United States",
        "Alliance of Sahel States",
        "Alliance of Sahel States",
        "ECOWAS",
    ];
    assert_eq!(names(COUP).len(), 17, "nothing flagged either");
    assert_eq!(counted(COUP), expected);
}

#[test]
fn the_coup_paragraph_has_the_hand_read_dates() {
    let found: Vec<(String, Option<DateSpan>)> =
        find_mentions(COUP, None, None).into_iter().map(|mention| (mention.expression, mention.resolved)).collect();
    let expected = [
        ("26 juillet 2023".to_owned(), Some(DateSpan::day(day(2023, 7, 26)))),
        ("fin décembre 2023".to_owned(), Some(month(2023, 12, 31, Some(Part::Late)))),
        ("avril 2024".to_owned(), Some(month(2024, 4, 30, None))),
        ("septembre 2023".to_owned(), Some(month(2023, 9, 30, None))),
    ];
    assert_eq!(found, expected);
}

#[test]
fn french_names_of_states_and_their_capitals() {
    assert_eq!(counted("La Russie et le Mali"), ["Russia", "Mali"]);
    assert_eq!(counted("les États-Unis, les Etats-Unis"), ["United States", "United States"]);
    assert_eq!(counted("Niamey, Bamako, Ouagadougou"), ["Niger", "Mali", "Burkina Faso"]);
    assert_eq!(counted("Moscou, Pékin, Londres, au Caire"), ["Russia", "China", "United Kingdom", "Egypt"]);
    assert_eq!(counted("le Tchad et la Côte d'Ivoire"), ["Chad", "Côte d'Ivoire"]);
}

#[test]
fn french_demonyms_match_as_adjectives_and_nouns() {
    assert_eq!(counted("l'armée malienne, les Maliens, LES MALIENS"), ["Mali", "Mali", "Mali"]);
    assert_eq!(counted("les troupes russes et un Russe"), ["Russia", "Russia"]);
    assert_eq!(counted("les autorités nigériennes, le Nigéria, des nigérians"), ["Niger", "Nigeria", "Nigeria"]);
    assert_eq!(counted("l'armée burkinabé, les Burkinabè"), ["Burkina Faso", "Burkina Faso"]);
    assert_eq!(counted("les soldats français et la France"), ["France", "France"]);
}

#[test]
fn french_names_of_organisations() {
    assert_eq!(counted("la CEDEAO et la Cedeao"), ["ECOWAS", "ECOWAS"]);
    assert_eq!(counted("l'Union africaine et l'Union européenne, l'UE"), {
        ["African Union", "European Union", "European Union"]
    });
    assert_eq!(counted("l'Alliance des États du Sahel"), ["Alliance of Sahel States"]);
    assert_eq!(counted("l'ONU, les Nations unies, l'OTAN, le FMI"), {
        ["United Nations", "United Nations", "NATO", "IMF"]
    });
    assert_eq!(counted("le Conseil de sécurité de l'ONU"), ["UN Security Council"]);
    assert_eq!(counted("le groupe Wagner, le Groupe Wagner"), ["Wagner Group", "Wagner Group"]);
    assert_eq!(counted("Vladimir Poutine et Emmanuel Macron"), ["Vladimir Putin", "Emmanuel Macron"]);
}

#[test]
fn french_names_that_are_also_words_need_context() {
    assert_eq!(names("Le Conseil de sécurité s'est réuni."), [("UN Security Council".to_owned(), false)]);
    assert_eq!(counted("Le Conseil de sécurité a adopté une résolution."), ["UN Security Council"]);
    assert_eq!(names("L'UA a réagi."), [("African Union".to_owned(), false)]);
    assert_eq!(counted("Le sommet de l'UA s'est tenu à Addis-Abeba."), ["African Union", "Ethiopia"]);
    assert_eq!(names("L'État de Géorgie a voté."), [("Georgia".to_owned(), false)]);
    assert_eq!(counted("La Géorgie et la Russie"), ["Georgia", "Russia"]);
    assert_eq!(names("Maurice est arrivé."), [("Mauritius".to_owned(), false)]);
}

#[test]
fn french_places_that_are_not_actors() {
    assert!(counted("l'Amérique latine, les pays latino-américains et le golfe de Guinée").is_empty());
    assert!(counted("le lac Tchad, le fleuve Niger, l'océan Indien").is_empty());
}

#[test]
fn french_aliases_stay_out_of_english_text() {
    assert_eq!(counted("The US, the EU and a bad idea"), ["United States", "European Union"]);
    assert!(counted("Independence, a machine, the usual issue, their bureau, the Mongol hordes").is_empty());
}
