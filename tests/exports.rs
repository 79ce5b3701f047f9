//! News database exports (Nexis Uni, the older LexisNexis layout, Factiva with and without its field codes) as
//! text, RTF, Word and HTML files holding several articles: one document per article, its metadata lines read
//! into its fields and kept out of its text. Every figure below was read off the fixtures by hand.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

use geodash::core::document::Document;
use geodash::core::readers::read_paths;

fn read(name: &str) -> Vec<Document> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exports").join(name);
    let outcome = read_paths(&[path], &|_| {});
    assert!(outcome.problems.is_empty(), "{:?}", outcome.problems);
    outcome.documents
}

fn time(document: &Document) -> Option<String> {
    document.published.as_ref().and_then(|published| published.time).map(|time| time.label())
}

fn day(document: &Document) -> String {
    document.published.as_ref().map_or_else(|| "undated".to_owned(), |published| published.span.label())
}

/// Lines an export carries about an article that are not its text.
const METADATA_WORDS: &[&str] =
    &["Load-Date", "LOAD-DATE", "Length:", "LENGTH:", "Copyright", "words", "Classification", "Subject:", "Document "];

fn assert_no_metadata_in(document: &Document) {
    for word in METADATA_WORDS {
        assert!(!document.text.contains(word), "{} keeps {word:?}:\n{}", document.id, document.text);
    }
}

#[test]
fn a_nexis_uni_text_export_gives_one_document_per_article_with_its_fields() {
    let documents = read("nexis-uni.txt");
    assert_eq!(documents.len(), 3);
    let [ambassador, ecowas, french] = documents.as_slice() else { panic!("three articles") };
    assert_eq!(ambassador.title, "Niger junta orders French ambassador to leave within 48 hours");
    assert_eq!(day(ambassador), "2023-08-25");
    assert_eq!(ambassador.meta.outlet.as_deref(), Some("The Sahel Ledger"));
    assert_eq!(ambassador.meta.author.as_deref(), Some("Amina Diallo"));
    assert_eq!(ambassador.meta.section.as_deref(), Some("WORLD"));
    assert_eq!(ambassador.meta.language.as_deref(), Some("eng"));
    assert!(ambassador.text.ends_with("France said the junta had no authority to expel him."));
    assert_eq!((day(ecowas).as_str(), ecowas.meta.outlet.as_deref()), ("2023-08-10", Some("Meridian Wire")));
    assert_eq!(ecowas.meta.author, None);
    // "August 10, 2023 Thursday 3:05 PM GMT": the time is kept with its zone; the other two give none.
    assert_eq!(time(ecowas).as_deref(), Some("15:05 UTC"));
    assert_eq!(time(ambassador), None);
    assert_eq!(french.title, "Le Mali et le Burkina Faso soutiennent Niamey");
    assert_eq!(day(french), "2023-08-01");
    assert_eq!(french.meta.author.as_deref(), Some("Moussa Traoré"));
    assert_eq!(french.meta.language.as_deref(), Some("fra"));
    for document in &documents {
        assert_no_metadata_in(document);
        assert!(!document.text.contains("NIAMEY (92%)"), "the classification stays out");
    }
}

#[test]
fn the_older_lexis_layout_names_outlet_then_date_then_headline() {
    let documents = read("lexis-academic.txt");
    let [tiani, alliance] = documents.as_slice() else { panic!("two articles") };
    assert_eq!(tiani.title, "General Tiani named head of Niger's transitional council");
    assert_eq!(day(tiani), "2023-07-28");
    assert_eq!(tiani.meta.outlet.as_deref(), Some("The Harmattan Herald (Kano)"));
    assert_eq!(tiani.meta.author.as_deref(), Some("Ibrahim Sani"));
    assert!(tiani.text.ends_with("President Mohamed Bazoum is held in his residence."));
    assert!(!tiani.text.contains("Final Edition"));
    assert_eq!(alliance.title, "Three Sahel states sign mutual defence pact");
    assert_eq!(day(alliance), "2023-09-17");
    assert_no_metadata_in(tiani);
    assert_no_metadata_in(alliance);
}

#[test]
fn factiva_with_field_codes_on_their_own_lines_or_before_a_tab() {
    let documents = read("factiva-coded.txt");
    let [wagner, uranium] = documents.as_slice() else { panic!("two articles") };
    assert_eq!(wagner.title, "Wagner fighters seen in Niamey, officials deny");
    assert_eq!(day(wagner), "2023-09-12");
    assert_eq!(wagner.meta.outlet.as_deref(), Some("Agence Sahel Presse"));
    assert_eq!(wagner.meta.author.as_deref(), Some("Claire Martin"));
    assert_eq!(time(wagner).as_deref(), Some("10:42"), "the ET field, no zone written");
    // The lead paragraphs, then the text; the codes' indexing (CO, NS, RE, IPD) stays out.
    assert!(wagner.text.contains("near the airport.\n\nOfficials denied"));
    assert!(wagner.text.ends_with("diplomats said."));
    assert!(!wagner.text.contains("wagnrg") && !wagner.text.contains("Domestic Politics"));
    assert_eq!(uranium.title, "Niger suspends uranium exports to France");
    assert_eq!(day(uranium), "2023-10-03");
    assert_eq!(uranium.meta.section.as_deref(), Some("Economie"));
    assert_eq!(uranium.meta.language.as_deref(), Some("fra"));
    assert_no_metadata_in(wagner);
}

#[test]
fn factiva_article_layout_without_codes() {
    let documents = read("factiva-article.txt");
    let [party, russia] = documents.as_slice() else { panic!("two articles") };
    assert_eq!(party.title, "Bazoum's party calls for his release");
    assert_eq!(party.meta.author.as_deref(), Some("Fatouma Issa"));
    assert_eq!(day(party), "2023-08-05");
    assert_eq!(time(party).as_deref(), Some("14:20"));
    assert_eq!(party.meta.outlet.as_deref(), Some("Sahel Dispatch"));
    assert!(!party.text.contains("SAHDIS") && !party.text.contains("14:20"));
    assert_eq!(day(russia), "2023-12-04");
    assert_eq!(russia.meta.outlet.as_deref(), Some("Eastern Courier"));
    assert!(!russia.text.contains("© 2023"));
    assert_no_metadata_in(party);
}

#[test]
fn rtf_word_pdf_and_html_exports_are_cut_the_same_way() {
    for name in ["nexis-uni.rtf", "nexis-uni.docx"] {
        let documents = read(name);
        let [airspace, force] = documents.as_slice() else { panic!("{name}: two articles") };
        assert_eq!(airspace.title, "Niger closes its airspace", "{name}");
        assert_eq!(day(airspace), "2023-08-06", "{name}");
        assert_eq!(airspace.meta.author.as_deref(), Some("Amina Diallo"), "{name}");
        assert_eq!(force.meta.outlet.as_deref(), Some("Meridian Wire"), "{name}");
        assert_eq!(day(force), "2023-08-10", "{name}");
        assert_no_metadata_in(airspace);
    }
    let pdf = read("nexis-uni.pdf");
    let [zeine, border] = pdf.as_slice() else { panic!("two articles in the PDF") };
    assert_eq!((zeine.title.as_str(), day(zeine).as_str()), ("Junta names a civilian prime minister", "2023-08-08"));
    assert_eq!(zeine.meta.author.as_deref(), Some("Amina Diallo"));
    assert_eq!(border.meta.outlet.as_deref(), Some("Meridian Wire"));
    assert_eq!(day(border), "2023-09-02");
    assert!(border.text.ends_with("kept the border with Niger closed."));
    assert_no_metadata_in(zeine);
    let pages = read("factiva.html");
    let [uranium, visit] = pages.as_slice() else { panic!("two articles in the page") };
    assert_eq!(
        (uranium.title.as_str(), day(uranium).as_str()),
        ("Niger suspends uranium exports to France", "2023-10-03")
    );
    assert_eq!(uranium.meta.outlet.as_deref(), Some("Le Courrier du Fleuve"));
    assert_eq!(visit.meta.outlet.as_deref(), Some("Sahel Dispatch"));
    assert_eq!(day(visit), "2023-11-23");
    assert_no_metadata_in(uranium);
}
