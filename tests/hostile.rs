//! Hostile and odd files: each ends as one clear line in the report, memory stays bounded, nothing panics, and
//! the other files still load. The files are made here, in a temporary folder.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

use std::io::Write;
use std::path::Path;

use geodash::core::readers::{Outcome, ReadOutcome, read_paths};
use zip::write::SimpleFileOptions;

fn zip_file(path: &Path, entries: &[(&str, &[u8])]) {
    let mut writer = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        writer.start_file(*name, options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap();
}

fn read_folder(folder: &Path) -> ReadOutcome {
    read_paths(&[folder.to_path_buf()], &|_| {})
}

fn reason_for<'a>(outcome: &'a ReadOutcome, name: &str) -> (&'a str, Outcome) {
    let problem = outcome.problems.iter().find(|problem| problem.path.to_string_lossy().contains(name));
    let problem = problem.unwrap_or_else(|| panic!("no line for {name}: {:?}", outcome.problems));
    (problem.reason.as_str(), problem.outcome)
}

#[test]
fn a_zip_bomb_is_refused_and_its_honest_entries_load() {
    let folder = tempfile::tempdir().unwrap();
    let zeros = vec![0u8; 80 * 1024 * 1024];
    zip_file(&folder.path().join("bomb.zip"), &[("bomb.txt", &zeros), ("ok.txt", b"Niger and Mali.")]);
    let outcome = read_folder(folder.path());
    let (reason, outcome_kind) = reason_for(&outcome, "bomb.txt");
    assert_eq!(outcome_kind, Outcome::Failed);
    assert!(reason.contains("zip bomb"), "{reason}");
    assert_eq!(outcome.documents.len(), 1);
    assert_eq!(outcome.documents[0].text, "Niger and Mali.");
}

#[test]
fn entities_a_docx_declares_are_not_expanded() {
    let laughs = r#"<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>Niger &amp; Mali &lol3;</w:t></w:r></w:p></w:body></w:document>"#;
    let folder = tempfile::tempdir().unwrap();
    zip_file(&folder.path().join("laughs.docx"), &[("word/document.xml", laughs.as_bytes())]);
    let outcome = read_folder(folder.path());
    assert_eq!(outcome.documents.len(), 1, "{:?}", outcome.problems);
    assert_eq!(outcome.documents[0].text, "Niger & Mali");
}

#[test]
fn a_file_over_the_size_limit_is_skipped_without_being_read() {
    let folder = tempfile::tempdir().unwrap();
    // A 2 GB file that takes no disk space: reading it would take 2 GB of memory.
    std::fs::File::create(folder.path().join("huge.txt")).unwrap().set_len(2 << 30).unwrap();
    std::fs::write(folder.path().join("small.txt"), "Niamey.").unwrap();
    let outcome = read_folder(folder.path());
    let (reason, kind) = reason_for(&outcome, "huge.txt");
    assert_eq!(kind, Outcome::Skipped);
    assert_eq!(reason, "too large (2048 MB; the limit is 64 MB)");
    assert_eq!(outcome.documents.len(), 1);
}

#[test]
fn a_broken_docx_and_a_deeply_nested_archive_are_reported() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("cut.docx"), b"PK\x03\x04 this is not the rest of a zip").unwrap();
    let inner = folder.path().join("inner.zip");
    zip_file(&inner, &[("deep.txt", b"Chad.")]);
    let middle = folder.path().join("middle.zip");
    zip_file(&middle, &[("inner.zip", &std::fs::read(&inner).unwrap())]);
    zip_file(&folder.path().join("outer.zip"), &[("middle.zip", &std::fs::read(&middle).unwrap())]);
    std::fs::remove_file(&inner).unwrap();
    std::fs::remove_file(&middle).unwrap();
    let outcome = read_folder(folder.path());
    let (reason, _) = reason_for(&outcome, "cut.docx");
    assert!(reason.starts_with("not a readable ZIP file"), "{reason}");
    let (reason, kind) = reason_for(&outcome, "middle.zip › inner.zip");
    assert_eq!((reason, kind), ("an archive nested more than one level deep: not opened", Outcome::Skipped));
    assert!(outcome.documents.is_empty());
}

#[cfg(unix)]
#[test]
fn a_dangling_link_is_reported_and_an_odd_file_name_still_loads() {
    use std::os::unix::ffi::OsStrExt;
    let folder = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(folder.path().join("gone.txt"), folder.path().join("link.txt")).unwrap();
    // "café.txt" with the é in Latin-1: not a valid UTF-8 file name.
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    std::fs::write(folder.path().join(name), "Bamako.").unwrap();
    let outcome = read_folder(folder.path());
    let (reason, kind) = reason_for(&outcome, "link.txt");
    assert_eq!((reason, kind), ("no such file or folder", Outcome::Failed));
    assert_eq!(outcome.documents.len(), 1);
    assert_eq!(outcome.documents[0].text, "Bamako.");
    assert_eq!(outcome.documents[0].id, "caf\u{fffd}");
}

/// Found by `fuzz/run_all.sh`: a PDF whose font map makes pdf-extract panic. The panic stays inside the PDF
/// reader and the file is reported.
#[test]
fn a_pdf_that_makes_the_pdf_library_panic_is_reported() {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/fuzz/pdf-cmap-panic.pdf")).unwrap();
    let outcome = geodash::core::readers::read_named_bytes("found-by-fuzzing.pdf", &bytes);
    assert!(outcome.documents.is_empty());
    let (reason, kind) = reason_for(&outcome, "found-by-fuzzing.pdf");
    assert_eq!((reason, kind), ("the PDF reader could not handle this file", Outcome::Failed));
}
