//! Reading files and folders: what loads, and what is reported instead.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

use geodash::core::document::Format;
use geodash::core::readers::{Outcome, read_paths};

#[test]
fn a_folder_is_read_recursively_and_every_other_file_is_reported() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let nested = folder.path().join("2024").join("may");
    std::fs::create_dir_all(&nested).expect("folders");
    std::fs::write(folder.path().join("a.txt"), "Niger and Mali.").expect("write");
    std::fs::write(nested.join("b.md"), "# Sahel\n\nBurkina Faso.").expect("write");
    std::fs::write(nested.join("empty.txt"), "").expect("write");
    std::fs::write(nested.join("photo.jpg"), [0xFF, 0xD8, 0xFF]).expect("write");
    std::fs::write(nested.join("garbage.txt"), (0..4000u32).map(|i| (i % 251) as u8).collect::<Vec<_>>())
        .expect("write");
    let outcome = read_paths(&[folder.path().to_path_buf()], &|_| {});
    let mut titles: Vec<&str> = outcome.documents.iter().map(|document| document.title.as_str()).collect();
    titles.sort();
    assert_eq!(titles, ["Niger and Mali.", "Sahel"]);
    assert_eq!(outcome.documents.iter().filter(|d| d.format == Format::Markdown).count(), 1);
    let mut reported: Vec<(String, Outcome)> = outcome
        .problems
        .iter()
        .map(|problem| (problem.path.file_name().unwrap().to_string_lossy().into_owned(), problem.outcome))
        .collect();
    reported.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        reported,
        [
            ("empty.txt".to_owned(), Outcome::Skipped),
            ("garbage.txt".to_owned(), Outcome::Failed),
            ("photo.jpg".to_owned(), Outcome::Skipped),
        ]
    );
}

#[test]
fn a_missing_path_is_reported_not_fatal() {
    let outcome = read_paths(&["no/such/folder".into()], &|_| {});
    assert!(outcome.documents.is_empty());
    assert_eq!(outcome.problems.len(), 1);
    assert_eq!(outcome.problems[0].reason, "no such file or folder");
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_loop_is_reported_once_and_the_rest_loads() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(folder.path().join("a.txt"), "Niger.").expect("write");
    std::os::unix::fs::symlink(folder.path(), folder.path().join("loop")).expect("symlink");
    let outcome = read_paths(&[folder.path().to_path_buf()], &|_| {});
    assert_eq!(outcome.documents.len(), 1);
    assert!(outcome.problems.iter().any(|problem| problem.reason.contains("loop")), "{:?}", outcome.problems);
}

#[test]
fn a_latin1_file_reads_right() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("paris.txt");
    std::fs::write(&path, b"Le \xC9lys\xE9e co\xFBte \xA3 5.").expect("write");
    let outcome = read_paths(&[path], &|_| {});
    assert_eq!(outcome.documents[0].text, "Le Élysée coûte £ 5.");
}

#[test]
fn a_un_speech_carries_its_country_and_year_from_its_file_name() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("MLI_78_2023.txt");
    std::fs::write(&path, "Mr. President, Mali thanks the General Assembly.").expect("write");
    let outcome = read_paths(&[path], &|_| {});
    let speech = &outcome.documents[0];
    assert_eq!(speech.speaker.as_deref(), Some("MLI"));
    assert_eq!(speech.published.as_ref().map(|published| published.span.label()).as_deref(), Some("2023"));
}

/// A folder of numbered stories ("story-1899.txt", "story-1999.txt"): the number counts files, so "1999" is no
/// publication year; a year in names that only hold years ("NER_78_2023.txt") still is.
#[test]
fn a_number_that_counts_files_is_no_year_but_a_year_in_every_name_is() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    for (name, text) in [
        ("story-1899.txt", "The ministers met in Niamey."),
        ("story-1999.txt", "The junta spoke in Bamako."),
        ("story-2000.txt", "The border stayed closed."),
    ] {
        std::fs::write(folder.path().join(name), text).expect("write");
    }
    let outcome = read_paths(&[folder.path().to_path_buf()], &|_| {});
    assert_eq!(outcome.documents.len(), 3);
    assert!(outcome.documents.iter().all(|document| document.published.is_none()), "no story is dated");
    let speeches = tempfile::tempdir().expect("a temporary folder");
    for name in ["NER_78_2023.txt", "MLI_78_2023.txt"] {
        std::fs::write(speeches.path().join(name), "Mr. President, the Sahel is at a turning point.").expect("write");
    }
    let outcome = read_paths(&[speeches.path().to_path_buf()], &|_| {});
    let years: Vec<String> =
        outcome.documents.iter().filter_map(|document| document.published.as_ref()).map(|p| p.span.label()).collect();
    assert_eq!(years, ["2023", "2023"]);
}
