//! Every format on an analyst's disk, read from fixtures made for these tests (`tests/fixtures/formats`: texts
//! written for geodash, converted to DOCX, ODT, RTF and PDF by LibreOffice), and the figures counted by hand.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

use std::path::{Path, PathBuf};

use geodash::core::actors::Dictionary;
use geodash::core::corpus::Corpus;
use geodash::core::document::{Document, Format};
use geodash::core::readers::{Outcome, read_paths};
use geodash::core::stats::{People, actor_table};
use geodash::core::timeline::{ItemKind, timeline_items};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats")
}

fn read_one(name: &str) -> Document {
    let outcome = read_paths(&[fixtures().join(name)], &|_| {});
    assert!(outcome.problems.is_empty(), "{:?}", outcome.problems);
    assert_eq!(outcome.documents.len(), 1, "{name}");
    outcome.documents.into_iter().next().unwrap()
}

/// The words of a text, whatever its line breaks.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

const BRIEFING: &str = "Sahel briefing: Niger’s junta and its neighbours Niamey, 28 August 2023. The military government \
of Niger ordered the French ambassador to leave within 48 hours. General Abdourahamane Tiani, who seized power on 26 \
July 2023, said France had ignored the new authorities. Mali and Burkina Faso warned that any ECOWAS intervention in \
Niger would be treated as a declaration of war against them. Russia called for restraint. In Bamako, officials said \
the three countries would coordinate their defence.";

#[test]
fn docx_and_pdf_give_the_text_as_written() {
    for (name, format) in [("sahel-briefing.docx", Format::Docx), ("sahel-briefing.pdf", Format::Pdf)] {
        let document = read_one(name);
        assert_eq!(document.format, format);
        assert_eq!(words(&document.text), BRIEFING, "{name}");
        assert_eq!(document.title, "Sahel briefing: Niger’s junta and its neighbours");
    }
}

#[test]
fn a_news_database_export_in_pdf_gives_one_document_an_article() {
    let outcome = read_paths(&[fixtures().join("news-export.pdf")], &|_| {});
    let titles: Vec<&str> = outcome.documents.iter().map(|document| document.title.as_str()).collect();
    assert_eq!(titles, ["Niger junta suspends French broadcasters", "Mali closes its airspace to Niger flights"]);
    assert!(outcome.documents.iter().all(|document| !document.text.contains("End of Document")));
}

#[test]
fn odt_and_rtf_keep_paragraphs_and_accents() {
    let odt = read_one("ecowas-summit.odt");
    assert!(odt.text.starts_with("ECOWAS leaders weigh sanctions on Niger\n\nAbuja, 10 August 2023."), "{}", odt.text);
    assert!(odt.text.ends_with("Senegal and Côte d’Ivoire offered troops for a standby force, while Algeria and Chad urged dialogue with the junta in Niamey."));
    let rtf = read_one("wagner-mali.rtf");
    assert!(
        rtf.text.starts_with("Wagner fighters stay on in Mali after Prigozhin’s death\n\nMoscow’s mercenaries"),
        "{}",
        rtf.text
    );
    assert!(!rtf.text.contains("Times New Roman"), "the font table is not text: {}", rtf.text);
}

#[test]
fn a_web_page_gives_its_article_without_menus_or_related_stories() {
    let page = read_one("aes-charter.html");
    assert_eq!(page.title, "Sahel juntas sign defence pact");
    assert_eq!(page.published.as_ref().map(|published| published.span.label()).as_deref(), Some("2023-09-16"));
    assert!(
        page.text.starts_with("Sahel juntas sign defence pact\n\nMali, Burkina Faso and Niger signed"),
        "{}",
        page.text
    );
    for boilerplate in ["Share on X", "Related stories", "Russia courts Niger", "Copyright", "analytics", "margin"] {
        assert!(!page.text.contains(boilerplate), "{boilerplate:?} kept: {}", page.text);
    }
}

#[test]
fn a_message_and_a_mailbox_give_subject_date_and_decoded_body() {
    let message = read_one("desk-note.eml");
    assert_eq!(message.title, "Niger: ECOWAS deadline passes");
    assert_eq!(message.published.as_ref().map(|published| published.span.label()).as_deref(), Some("2023-08-06"));
    assert!(message.text.ends_with("would be an act of war. Résumé to follow."), "{}", message.text);
    let outcome = read_paths(&[fixtures().join("sahel-desk.mbox")], &|_| {});
    let titles: Vec<&str> = outcome.documents.iter().map(|document| document.title.as_str()).collect();
    assert_eq!(titles, ["Russia and Niger sign military accord", "France completes withdrawal"]);
    assert_eq!(
        outcome.documents[1].source.label(),
        format!("{} › message 2", fixtures().join("sahel-desk.mbox").display())
    );
}

#[test]
fn table_exports_give_one_document_a_row() {
    let outcome = read_paths(&[fixtures().join("wire-export.csv"), fixtures().join("wire-export.jsonl")], &|_| {});
    let summary: Vec<(&str, &str, String)> = outcome
        .documents
        .iter()
        .map(|document| {
            (document.id.as_str(), document.title.as_str(), document.published.as_ref().unwrap().span.label())
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("w1", "Junta names prime minister", "2023-08-07".to_owned()),
            ("w2", "Burkina Faso expels diplomats", "2023-09-30".to_owned()),
            ("wire-export-1", "Tiani sets out transition", "2023-08-19".to_owned()),
            ("wire-export-2", "Mali ends UN mission", "2023-06-30".to_owned()),
        ]
    );
    assert_eq!(
        outcome.documents[1].text,
        "Burkina Faso expels diplomats\n\nBurkina Faso expelled the French military attaché, accusing France of plotting with the opposition."
    );
}

/// The whole folder: every format, a duplicate and the hostile files. Figures counted by hand in the fixture
/// texts (Niger: 4 in the briefing, 2 in the ECOWAS summit, 2 in the web page, 2 in the e-mail, 3 + 1 in the
/// mailbox, 1 in the CSV, 1 in the JSONL, 1 in the zipped note, 3 + 2 in the two articles of the PDF export;
/// the briefing's PDF repeats its DOCX and counts once).
#[test]
fn the_folder_of_every_format_loads_with_a_line_for_each_file_left_out() {
    let outcome = read_paths(&[fixtures()], &|_| {});
    let mut corpus = Corpus::new("formats", Dictionary::embedded().unwrap()).unwrap();
    let duplicates = corpus.add(outcome.documents).unwrap();
    assert_eq!(corpus.documents.len(), 14);
    let rows = actor_table(&corpus, &corpus.all_docs(), People::Apart);
    let figures = |id: &str| rows.iter().find(|row| row.id == id).map(|row| (row.mentions, row.documents));
    assert_eq!(figures("NER"), Some((22, 11)));
    assert_eq!(figures("MLI"), Some((14, 6)));
    assert_eq!(figures("FRA"), Some((9, 5)));
    assert_eq!(figures("ECOWAS"), Some((7, 5)));
    let mut report: Vec<(String, Outcome)> = outcome
        .problems
        .iter()
        .chain(&duplicates)
        .map(|problem| (problem.path.file_name().unwrap().to_string_lossy().into_owned(), problem.outcome))
        .collect();
    report.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(
        report.iter().any(|(name, outcome)| name.ends_with("photo.jpg") && *outcome == Outcome::Skipped),
        "{report:?}"
    );
    for (name, outcome) in [
        ("empty.txt", Outcome::Skipped),
        ("encrypted.pdf", Outcome::Failed),
        ("garbage.txt", Outcome::Failed),
        ("notes.xyz", Outcome::Skipped),
        ("sahel-briefing.pdf", Outcome::Duplicate),
        ("truncated.pdf", Outcome::Failed),
    ] {
        assert!(report.contains(&(name.to_owned(), outcome)), "{name}: {report:?}");
    }
    assert_eq!(report.len(), 7, "{report:?}");
}

/// Every date of the folder, read off the fixture texts by hand: publication dates from the page's metadata,
/// the e-mails' Date headers and the exports' date columns; dates the texts mention ("late 2021", "on
/// Saturday" in a page of Saturday 16 September 2023 is that day). The DOCX, ODT, RTF, PDF and Markdown texts
/// carry no publication date of their own.
#[test]
fn the_folder_of_every_format_gives_the_dates_counted_by_hand() {
    let outcome = read_paths(&[fixtures()], &|_| {});
    let mut corpus = Corpus::new("formats", Dictionary::embedded().unwrap()).unwrap();
    corpus.add(outcome.documents).unwrap();
    let mut found: Vec<(String, &str, &str)> = timeline_items(&corpus, &corpus.all_docs())
        .iter()
        .map(|item| {
            let kind = if item.kind == ItemKind::Published { "published" } else { "mentioned" };
            (item.date.label(), kind, corpus.documents[item.doc].id.as_str())
        })
        .collect();
    found.sort();
    let mut expected = vec![
        ("late 2021", "mentioned", "wagner-mali"),
        ("August 2023", "mentioned", "wagner-mali"),
        ("2023-07-26", "mentioned", "sahel-briefing"),
        ("2023-08-28", "mentioned", "sahel-briefing"),
        ("2023-08-03", "mentioned", "news-export-1"),
        ("2023-08-04", "mentioned", "news-export-2"),
        ("2023-08-10", "mentioned", "ecowas-summit"),
        ("2023-09-16", "mentioned", "aes-charter"),
        ("2023-09-16", "published", "aes-charter"),
        ("2023-08-06", "published", "desk-note"),
        ("2023-12-04", "published", "sahel-desk-1"),
        ("2023-12-22", "published", "sahel-desk-2"),
        ("2023-08-07", "published", "w1"),
        ("2023-09-30", "published", "w2"),
        ("2023-08-19", "published", "wire-export-1"),
        ("2023-06-30", "published", "wire-export-2"),
        ("April 2024", "mentioned", "russia-niger"),
    ];
    expected.sort();
    let found: Vec<(&str, &str, &str)> = found.iter().map(|(label, kind, id)| (label.as_str(), *kind, *id)).collect();
    assert_eq!(found, expected);
}

/// The outlet each format names: a page's `og:site_name`, a message's sender domain; a bare text names none.
#[test]
fn pages_and_messages_name_their_outlet() {
    let html = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html");
    let outlets: Vec<Option<String>> = ["semantic-article.html", "french-sahel.html"]
        .iter()
        .map(|name| read_paths(&[html.join(name)], &|_| {}).documents.into_iter().next().and_then(|d| d.meta.outlet))
        .collect();
    assert_eq!(outlets, [Some("Sahel Monitor".to_owned()), Some("Le Courrier du Sahel".to_owned())]);
    assert_eq!(read_one("desk-note.eml").meta.outlet.as_deref(), Some("example.org"));
}
