//! Candidate actors on a small hand-written corpus: every figure below was counted by reading the texts.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Tests state what they expect by panicking.

use geodash::core::actors::Dictionary;
use geodash::core::candidates::{Candidate, CandidateKind, candidates};

/// Four short wires about an invented election and an invented militia. Counted by hand:
/// - Dario Velloso: "Prime Minister Dario Velloso" (1), "Mr Velloso" (2, 3), "Velloso" (3) → 4 mentions in 3 texts;
/// - the National Renewal Party: written out (1, 2), "the Party" is not a name; 2 mentions in 2 texts;
/// - the Kessar Liberation Front (KLF): defined in 3, "KLF" in 3 and 4 → 3 mentions in 2 texts;
/// - Amaral Holdings Ltd: 2 and 4 → 2 mentions in 2 texts;
/// - Monday, March, President (bare) and the states (France, Mali) are never candidates.
const TEXTS: [&str; 4] = [
    "Lisbon, 3 March\n\nPrime Minister Dario Velloso opened the campaign on Monday. The National Renewal Party \
     said it would win in March. President Carvalho did not attend. France and Mali sent observers.",
    "Mr Velloso spoke again on Monday. The National Renewal Party bought airtime from Amaral Holdings Ltd, \
     the broadcaster. The President was silent.",
    "Fighters of the Kessar Liberation Front (KLF) attacked a convoy. Mr Velloso condemned the KLF. Velloso \
     said France would help.",
    "The KLF denied it. Amaral Holdings Ltd cancelled the broadcast in March.",
];

fn found(list: &[Candidate], name: &str) -> Candidate {
    let with_name =
        list.iter().find(|candidate| candidate.name == name || candidate.variants.iter().any(|v| v == name));
    with_name
        .cloned()
        .unwrap_or_else(|| panic!("{name} not among {:?}", list.iter().map(|c| &c.name).collect::<Vec<_>>()))
}

fn list() -> Vec<Candidate> {
    let dictionary = Dictionary::embedded().expect("shipped dictionary");
    candidates(&TEXTS, &dictionary, 60)
}

#[test]
fn the_prime_minister_is_one_candidate_with_his_variants() {
    let list = list();
    let velloso = found(&list, "Dario Velloso");
    assert_eq!(velloso.name, "Dario Velloso");
    assert_eq!((velloso.documents, velloso.mentions), (3, 4));
    assert!(velloso.variants.contains(&"Velloso".to_owned()), "{:?}", velloso.variants);
    assert_eq!(velloso.kind, CandidateKind::Person);
    let twice = list.iter().filter(|candidate| candidate.name.contains("Velloso")).count();
    assert_eq!(twice, 1, "one candidate for the man");
}

#[test]
fn an_acronym_joins_its_definition() {
    let list = list();
    let front = found(&list, "Kessar Liberation Front");
    assert_eq!((front.documents, front.mentions), (2, 3));
    assert!(front.variants.contains(&"KLF".to_owned()), "{:?}", front.variants);
    assert_eq!(front.kind, CandidateKind::ArmedGroup);
    assert_eq!(list.iter().filter(|candidate| candidate.name == "KLF").count(), 0, "no second KLF");
}

#[test]
fn parties_and_companies_are_typed_by_their_words() {
    let list = list();
    let party = found(&list, "National Renewal Party");
    assert_eq!((party.documents, party.mentions, party.kind), (2, 2, CandidateKind::Party));
    let company = found(&list, "Amaral Holdings Ltd");
    assert_eq!((company.documents, company.mentions, company.kind), (2, 2, CandidateKind::Company));
}

#[test]
fn days_months_bare_titles_and_known_states_are_left_out() {
    let names: Vec<String> = list().into_iter().map(|candidate| candidate.name).collect();
    for junk in ["Monday", "March", "President", "The President", "France", "Mali", "Lisbon", "Prime Minister"] {
        assert!(!names.iter().any(|name| name == junk), "{junk} in {names:?}");
    }
}

#[test]
fn examples_are_sentences_of_the_texts() {
    let velloso = found(&list(), "Dario Velloso");
    assert!(!velloso.examples.is_empty());
    for example in &velloso.examples {
        assert!(example.sentence.contains("Velloso"), "{}", example.sentence);
        assert!(TEXTS[example.doc].contains(example.sentence.trim()), "{}", example.sentence);
    }
}

/// Texts for the rules that read a corpus as scanned UN speeches are written. Counted by hand:
/// - the Support Group: capitalised in 1, "the support group" in 2 and 3 → 3 mentions in 3 texts, though the
///   dictionary knows a "Support Group for Islam and Muslims";
/// - "Armed Forces" capitalised in 4 and 5 (2), "armed forces" eight times in 4 and 5: a phrase, not a name, so
///   only the 2 capitalised count;
/// - Paul Lusaka: "Ambassador Paul Lusaka" and "Paul Lusaka" (6), "Paul John Lusaka" (7), "Paul John Firmino
///   Lusaka" (8), "Mr. Paul Lusaka" (9) → 5 mentions in 4 texts, one candidate;
/// - Norodom Sihanouk: "Prince Norodom Sihanouk" (10), "Prince Sihanouk" (11), "Samdech Norodom Sihanouk" (12),
///   "Norodom Sihanouk" (13) → 4 mentions in 4 texts, one candidate;
/// - "Middle Bast" (14, 15) is the Middle East misread, "Democratic Republic of Afghanistan" (14, 15) is a state,
///   "In Rhodesia Ian Smith" (16) and "Ian Smith" (17) are Ian Smith, 2 mentions in 2 texts;
/// - Theo-Ben Gurirab, his name cut by the lines' ends (18, 19): 2 mentions in 2 texts, "of Namibia" no part of it.
const SCANNED: [&str; 20] = [
    "Headline\n\nThe four-member Support Group met the ministers on Tuesday.",
    "Headline\n\nDelegates praised the support group for its patient work.",
    "Headline\n\nObservers said the support group would report soon.",
    "Headline\n\nParades of the Armed Forces were cancelled. The armed forces stayed in barracks, the armed forces \
     were idle, the armed forces waited and the armed forces slept.",
    "Headline\n\nVeterans of the Armed Forces marched. The armed forces paid them, the armed forces fed them, the \
     armed forces housed them and the armed forces thanked them.",
    "Headline\n\nWe thank Ambassador Paul Lusaka warmly. Our delegation found that Paul Lusaka presided well.",
    "Headline\n\nOur thanks go to Paul John Lusaka, who presided.",
    "Headline\n\nWe are grateful to Paul John Firmino Lusaka, who presided.",
    "Headline\n\nWe recall that Mr. Paul Lusaka served with distinction.",
    "Headline\n\nWe support Prince Norodom Sihanouk and the coalition.",
    "Headline\n\nThe coalition headed by Prince Sihanouk held firm.",
    "Headline\n\nThe coalition under Samdech Norodom Sihanouk grew.",
    "Headline\n\nWe salute the courage of Norodom Sihanouk and his people.",
    "Headline\n\nLeaders said the Middle Bast needs peace. The Democratic Republic of Afghanistan protested.",
    "Headline\n\nWe know the Middle Bast is far from peace. The Democratic Republic of Afghanistan spoke again.",
    "Headline\n\nWe condemn the coup in the south. In Rhodesia Ian Smith defied the world.",
    "Headline\n\nThe regime of Ian Smith has fallen.",
    "Headline\n\nNothing else happened that day.",
    "Headline\n\nI would also like to take this opportunity to\nexpress my appreciation to his predecessor, Mr. Theo-\n\
     Ben Gurirab, the Minister for Foreign Affairs of\nNamibia, for his work.",
    "Headline\n\nWe thank the outgoing President of the Assembly, Mr.\nTheo-Ben Gurirab of Namibia, for his guidance.",
];

fn scanned() -> Vec<Candidate> {
    let dictionary = Dictionary::embedded().expect("shipped dictionary");
    candidates(&SCANNED, &dictionary, 60)
}

#[test]
fn a_name_written_in_lower_case_where_it_is_capitalised_elsewhere_counts_but_a_phrase_does_not() {
    let list = scanned();
    let group = found(&list, "Support Group");
    assert_eq!(group.name, "Support Group", "the capitalised form names it");
    assert_eq!((group.documents, group.mentions), (3, 3));
    if let Some(forces) = list.iter().find(|candidate| candidate.name.eq_ignore_ascii_case("armed forces")) {
        assert_eq!(forces.mentions, 2, "only the capitalised writings count");
    }
}

#[test]
fn a_persons_longer_and_titled_forms_are_one_candidate() {
    let list = scanned();
    let lusaka = found(&list, "Paul Lusaka");
    assert_eq!(
        (lusaka.documents, lusaka.mentions),
        (4, 5),
        "{:?} {:?}",
        lusaka.variants,
        list.iter().map(|c| (&c.name, c.mentions)).collect::<Vec<_>>()
    );
    assert_eq!(list.iter().filter(|candidate| candidate.name.contains("Lusaka")).count(), 1);
    let sihanouk = found(&list, "Norodom Sihanouk");
    assert_eq!((sihanouk.documents, sihanouk.mentions), (4, 4), "{:?}", sihanouk.variants);
    assert_eq!(list.iter().filter(|candidate| candidate.name.contains("Sihanouk")).count(), 1);
}

#[test]
fn misread_places_formal_state_names_and_a_place_before_a_name_are_left_out() {
    let list = scanned();
    let names: Vec<&str> = list.iter().map(|candidate| candidate.name.as_str()).collect();
    for junk in ["Middle Bast", "Democratic Republic of Afghanistan", "Rhodesia Ian Smith"] {
        assert!(!names.contains(&junk), "{junk} in {names:?}");
    }
    let smith = found(&list, "Ian Smith");
    assert_eq!((smith.documents, smith.mentions), (2, 2));
}

#[test]
fn a_name_cut_by_the_end_of_a_line_is_whole() {
    let list = scanned();
    let gurirab = found(&list, "Theo-Ben Gurirab");
    assert_eq!(gurirab.name, "Theo-Ben Gurirab");
    assert_eq!((gurirab.documents, gurirab.mentions, gurirab.kind), (2, 2, CandidateKind::Person));
    let pieces: Vec<&str> = list
        .iter()
        .map(|candidate| candidate.name.as_str())
        .filter(|name| name.contains("Theo") || name.contains("Gurirab"))
        .collect();
    assert_eq!(pieces, ["Theo-Ben Gurirab"]);
    assert!(
        gurirab.examples.iter().all(|example| example.sentence.contains("Theo-Ben Gurirab")),
        "{:?}",
        gurirab.examples
    );
}
