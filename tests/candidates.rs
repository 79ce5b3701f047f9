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
