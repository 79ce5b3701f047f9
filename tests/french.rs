//! French text: actor mentions and dates in sentences written for these tests, counted by hand.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

mod common;

use chrono::NaiveDate;
use common::{counted, names, names_in};
use geodash::core::actors::Dictionary;
use geodash::core::corpus::Corpus;
use geodash::core::dates::{DateSpan, Part, Precision, find_mentions};
use geodash::core::readers::read_paths;
use geodash::core::stats::mention_counts;

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

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn counted_in(text: &str, language: Option<&str>) -> Vec<String> {
    names_in(text, today(), language).into_iter().filter(|(_, counted)| *counted).map(|(name, _)| name).collect()
}

#[test]
fn french_names_are_not_read_in_an_english_text() {
    let text = "Suede boots, a bowl of Chili and a Grenade in the street; Maurice Ravel on the radio; the CPI rose.";
    assert!(names_in(text, today(), Some("eng")).is_empty());
    // A text whose language is not known reads every alias, as before: "Suede" and "Chili" count, "Grenade" and
    // "Maurice" are shown unconfirmed, "CPI" has no context.
    let unknown: Vec<(String, bool)> = names_in(text, today(), None);
    let expected = [("Sweden", true), ("Chile", true), ("Grenada", false), ("Mauritius", false)];
    assert_eq!(unknown[..4], expected.map(|(name, counted)| (name.to_owned(), counted)));
}

#[test]
fn french_names_are_read_in_a_french_text() {
    assert_eq!(counted_in("La Suède, le Chili et la Russie ont voté.", Some("fra")), ["Sweden", "Chile", "Russia"]);
}

#[test]
fn english_names_that_are_french_words_are_not_read_in_a_french_text() {
    // A French headline in capitals drops its accents: "POLES" (pôles, centres) is no Pole; "VARSOVIE" is Warsaw.
    assert_eq!(counted_in("LES POLES EMPLOI DE VARSOVIE", Some("fra")), ["Poland"]);
    assert_eq!(counted_in("LES POLES EMPLOI DE VARSOVIE", None), ["Poland", "Poland"]);
    assert_eq!(counted_in("Poles voted in Warsaw.", Some("eng")), ["Poland", "Poland"]);
    // A headline in capitals: "UN ACCORD AU MALI" is "an agreement in Mali", not the UN and the AU.
    assert_eq!(counted_in("UN ACCORD AU MALI", Some("fra")), ["Mali"]);
}

/// Each document is read in the language told from its text: an English and a French paragraph, loaded from files.
#[test]
fn documents_are_read_in_their_own_language() {
    let folder = tempfile::tempdir().unwrap();
    let english = "The finance ministry said on Tuesday that consumer prices rose again in the spring. The CPI was \
up 4.1 percent on the year, driven by food and fuel, and the central bank is expected to raise its rate. Shops \
selling Suede jackets and Chili sauce reported the sharpest increases, the statistics office added.";
    let french = "Le ministère des finances a indiqué mardi que les prix ont encore augmenté au printemps. La \
Suède et le Chili ont connu des hausses semblables, selon l'office de la statistique, qui publie ses chiffres \
chaque mois et prévoit un ralentissement à la fin de l'année.";
    std::fs::write(folder.path().join("english.txt"), english).unwrap();
    std::fs::write(folder.path().join("french.txt"), french).unwrap();
    let mut corpus = Corpus::new("languages", Dictionary::embedded().unwrap()).unwrap();
    corpus.add(read_paths(&[folder.path().to_path_buf()], &|_| {}).documents).unwrap();
    let languages: Vec<Option<&str>> = corpus.documents.iter().map(|doc| doc.meta.language.as_deref()).collect();
    assert!(languages.contains(&Some("eng")) && languages.contains(&Some("fra")), "{languages:?}");
    let counts = mention_counts(&corpus);
    let count = |id: &str| counts[corpus.dictionary.find(id).unwrap()];
    // Sweden and Chile once each, from the French paragraph only; the English "CPI" is no court.
    assert_eq!((count("SWE"), count("CHL"), count("ICC")), (1, 1, 0));
}
