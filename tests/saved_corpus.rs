//! The saved index: a corpus opened before reopens from the cache with the same figures, and is read again
//! when its files change or the cache is damaged.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

mod common;

use std::path::{Path, PathBuf};

use common::formats_folder;
use geodash::core::actors::{Dictionary, Layer};
use geodash::core::cache::{CorpusCache, Opened, open_or_build};
use geodash::core::search::Filters;
use geodash::core::sources::Sources;
use geodash::core::stats::{People, actor_table};

fn open(cache: &CorpusCache, paths: &[PathBuf]) -> Opened {
    open_with(cache, paths, &Dictionary::embedded().unwrap())
}

fn open_with(cache: &CorpusCache, paths: &[PathBuf], dictionary: &Dictionary) -> Opened {
    open_or_build(&Sources::of_paths(paths), dictionary, Some(cache), &|_| {}).unwrap()
}

/// An actor's (mentions, documents) in the whole corpus.
fn figures(opened: &Opened, id: &str) -> Option<(usize, usize)> {
    let corpus = &opened.corpus;
    let rows = actor_table(corpus, &corpus.all_docs(), People::Apart);
    rows.iter().find(|row| row.id == id).map(|row| (row.mentions, row.documents))
}

/// The ids of the documents a query finds.
fn found(opened: &Opened, query: &str) -> Vec<String> {
    let corpus = &opened.corpus;
    let docs = corpus.search.matching_docs(query, &Filters::default()).unwrap();
    docs.iter().map(|&doc| corpus.documents[doc].id.clone()).collect()
}

#[test]
fn the_folder_of_every_format_reopens_with_its_hand_counted_figures_report_and_search() {
    let cache_folder = tempfile::tempdir().unwrap();
    let cache = CorpusCache::at(cache_folder.path());
    let first = open(&cache, &[formats_folder()]);
    assert!(!first.reopened && first.cache_problem.is_none(), "{:?}", first.cache_problem);
    let again = open(&cache, &[formats_folder()]);
    assert!(again.reopened, "the second opening comes from the cache");
    // The figures tests/formats.rs counts by hand in the fixture texts.
    assert_eq!(again.corpus.documents.len(), 14);
    assert_eq!(figures(&again, "NER"), Some((22, 11)));
    assert_eq!(figures(&again, "MLI"), Some((14, 6)));
    assert_eq!(figures(&again, "FRA"), Some((9, 5)));
    assert_eq!(figures(&again, "ECOWAS"), Some((7, 5)));
    // The same report: 6 files left out and the PDF that repeats the DOCX.
    assert_eq!(again.problems, first.problems);
    assert_eq!(again.problems.len(), 7);
    for query in ["Tiani", "\"French ambassador\"", "Wagn*", "Niger NOT Mali"] {
        assert_eq!(found(&again, query), found(&first, query), "{query}");
    }
    assert!(!found(&again, "Tiani").is_empty());
    let ids: Vec<&String> = again.corpus.documents.iter().map(|document| &document.id).collect();
    assert_eq!(ids, first.corpus.documents.iter().map(|document| &document.id).collect::<Vec<_>>());
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
}

#[test]
fn a_changed_or_added_file_is_read_again_and_counted_as_it_now_is() {
    let (articles, cache_folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let cache = CorpusCache::at(cache_folder.path());
    let paths = [articles.path().to_path_buf()];
    write(&articles.path().join("a.txt"), "Niger closed its border with Benin.");
    write(&articles.path().join("b.txt"), "Mali and Niger signed a pact.");
    assert_eq!(figures(&open(&cache, &paths), "NER"), Some((2, 2)));
    assert!(open(&cache, &paths).reopened);
    // Same size, new words: only the modification time tells.
    let file = articles.path().join("a.txt");
    write(&file, "Chad closed its border with Niger, Niger said.");
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
    std::fs::File::options().write(true).open(&file).unwrap().set_modified(later).unwrap();
    let changed = open(&cache, &paths);
    assert!(!changed.reopened);
    assert_eq!(figures(&changed, "NER"), Some((3, 2)));
    write(&articles.path().join("c.txt"), "The junta in Niger met envoys from Togo.");
    let added = open(&cache, &paths);
    assert!(!added.reopened);
    assert_eq!(added.corpus.documents.len(), 3);
    assert_eq!(figures(&added, "NER"), Some((4, 3)));
    assert!(open(&cache, &paths).reopened);
    // The entries made from the older files are gone: one is kept for the folder.
    assert_eq!(std::fs::read_dir(cache_folder.path()).unwrap().count(), 1);
}

#[test]
fn a_damaged_cache_loses_nothing_the_corpus_is_read_again_and_the_reason_given() {
    let (articles, cache_folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let cache = CorpusCache::at(cache_folder.path());
    let paths = [articles.path().to_path_buf()];
    write(&articles.path().join("a.txt"), "Niger closed its border with Benin.");
    open(&cache, &paths);
    let entry = std::fs::read_dir(cache_folder.path()).unwrap().next().unwrap().unwrap().path();
    let saved = entry.join("documents-0.bin");
    let length = std::fs::metadata(&saved).unwrap().len();
    std::fs::File::options().write(true).open(&saved).unwrap().set_len(length / 2).unwrap();
    let reread = open(&cache, &paths);
    assert!(!reread.reopened);
    assert_eq!(figures(&reread, "NER"), Some((1, 1)));
    assert!(reread.cache_problem.is_some_and(|problem| problem.contains("could not be read back")));
    assert!(open(&cache, &paths).reopened, "the entry was written anew");
}

#[test]
fn a_saved_corpus_reopened_with_edited_actors_is_counted_with_them_without_reading_again() {
    let (articles, cache_folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let cache = CorpusCache::at(cache_folder.path());
    let paths = [articles.path().to_path_buf()];
    write(&articles.path().join("a.txt"), "Niger closed its border with Benin. Mali agreed.");
    write(&articles.path().join("b.txt"), "Mali and Niger signed a pact.");
    assert_eq!(figures(&open(&cache, &paths), "MLI"), Some((2, 2)));
    // Mali merged into Niger: Niger is named 2 + 2 = 4 times, in both texts; Mali is gone.
    let layer = Layer::parse("[[merge]]\nfrom = \"MLI\"\ninto = \"NER\"\n").unwrap();
    let edited = Dictionary::with_layer(&layer, "mine.toml").unwrap();
    let reopened = open_with(&cache, &paths, &edited);
    assert!(reopened.reopened, "the saved corpus is used, not read again");
    assert_eq!(figures(&reopened, "NER"), Some((4, 2)));
    assert_eq!(figures(&reopened, "MLI"), None);
    assert!(!found(&reopened, "pact").is_empty(), "the saved index still searches");
}
