//! One timed run of the whole pipeline — read, analyse, index, search — on a corpus: what `geodash bench`
//! prints, and what the benchmark script writes into BENCHMARKS.md.

use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;
use serde::Serialize;

use super::bench_views::{ViewLatencies, time_views};
pub use super::timing::{Latency, latency, percentile_ms, repeat};
use crate::core::cache::{CorpusCache, Stamp};
use crate::core::corpus::{Corpus, CorpusError};
use crate::core::figures::figures;
use crate::core::readers::{Problem, ReadOutcome, read_paths};
use crate::core::search::{Filters, SearchError};
use crate::core::seeds::seed_documents;
use crate::core::sources::Sources;
use crate::core::stats::People;
use crate::core::view::actor_docs;

/// How many times each query of the set is run; latencies are taken over every run.
const ROUNDS: usize = 20;

/// Hits asked for per query, as the command line's `search` does by default.
const HITS_PER_QUERY: usize = 50;

/// One query of the fixed set: its text and the filters it runs with.
struct BenchQuery {
    kind: &'static str,
    query: &'static str,
    actor: Option<&'static str>,
    from: Option<(i32, u32, u32)>,
    to: Option<(i32, u32, u32)>,
}

/// Single words, phrases, boolean and prefix queries, an actor filter and a date filter.
const QUERIES: [BenchQuery; 10] = [
    BenchQuery { kind: "word", query: "Niger", actor: None, from: None, to: None },
    BenchQuery { kind: "word", query: "sovereignty", actor: None, from: None, to: None },
    BenchQuery { kind: "phrase", query: "\"Security Council\"", actor: None, from: None, to: None },
    BenchQuery { kind: "phrase", query: "\"West African States\"", actor: None, from: None, to: None },
    BenchQuery { kind: "boolean", query: "Russia AND France", actor: None, from: None, to: None },
    BenchQuery { kind: "boolean", query: "Mali OR Niger OR Chad", actor: None, from: None, to: None },
    BenchQuery { kind: "boolean", query: "terrorism NOT Afghanistan", actor: None, from: None, to: None },
    BenchQuery { kind: "prefix", query: "democra*", actor: None, from: None, to: None },
    BenchQuery { kind: "actor filter", query: "security", actor: Some("RUS"), from: None, to: None },
    BenchQuery {
        kind: "date filter",
        query: "climate",
        actor: None,
        from: Some((2000, 1, 1)),
        to: Some((2010, 12, 31)),
    },
];

/// The figures of one run.
#[derive(Clone, Debug, Serialize)]
pub struct BenchReport {
    /// Documents read.
    pub documents: usize,
    /// Files that did not load.
    pub problems: usize,
    /// Documents left out because their text was already read.
    pub duplicates: usize,
    /// Bytes of text kept from the documents (UTF-8).
    pub text_bytes: usize,
    /// Words in the corpus.
    pub words: usize,
    /// Seconds to find, read and decode the files.
    pub read_seconds: f64,
    /// Seconds to find actor mentions and dates.
    pub analyse_seconds: f64,
    /// Seconds to build the search index.
    pub index_seconds: f64,
    /// Read, analyse and index together.
    pub total_seconds: f64,
    /// The process's peak resident memory in MiB, where the system tells it (Linux).
    pub peak_rss_mib: Option<f64>,
    /// Ranking a query of the set: the best 50 documents, no snippets.
    pub search: Latency,
    /// What a keystroke costs the window: every panel's figures (500 hits listed, the actor table, the
    /// timeline) and the snippets of one screen of rows.
    pub dashboard_update: Latency,
    /// The command line's `search`: the best 50 documents, each with its snippet.
    pub search_with_snippets: Latency,
    /// Each query's figures.
    pub queries: Vec<QueryFigures>,
    /// Saving the corpus to the cache and reopening it from there.
    pub saved: SavedFigures,
    /// Each analysis view's figures after a change of query or filter.
    pub views: ViewLatencies,
}

/// What the saved index costs and gains.
#[derive(Clone, Debug, Serialize)]
pub struct SavedFigures {
    /// Seconds to write the documents, analyses and index into the cache.
    pub save_seconds: f64,
    /// Seconds to reopen the corpus from the cache: stamp its files, read the saved corpus and index back.
    pub reopen_seconds: f64,
    /// Bytes the saved corpus takes on disk.
    pub bytes: u64,
    /// Documents in the reopened corpus (the same as read, or the cache lost some).
    pub documents: usize,
    /// Seconds to add the five seed articles to the reopened corpus: only they are analysed and indexed.
    pub add_seconds: f64,
}

/// The figures of one query of the set.
#[derive(Clone, Debug, Serialize)]
pub struct QueryFigures {
    /// word, phrase, boolean, prefix, actor filter or date filter.
    pub kind: String,
    /// The query as typed, with its filter.
    pub query: String,
    /// How many documents match.
    pub matches: usize,
    /// Median latency of ranking alone, in milliseconds.
    pub search_p50_ms: f64,
    /// Median latency of a whole dashboard update, in milliseconds.
    pub dashboard_p50_ms: f64,
}

/// Reads, analyses and indexes everything under `paths` (none: the embedded seeds), then runs the query set.
pub fn run(name: &str, paths: &[PathBuf]) -> Result<BenchReport, CorpusError> {
    let mut corpus = Corpus::new(name, crate::core::actors::Dictionary::embedded()?)?;
    let started = Instant::now();
    let read = if paths.is_empty() {
        ReadOutcome { documents: seed_documents(), problems: Vec::new() }
    } else {
        read_paths(paths, &|_| {})
    };
    let read_time = started.elapsed();
    let analysed = corpus.analyser().analyse(read.documents);
    let duplicates = analysed.duplicates.len();
    let analyse_time = started.elapsed() - read_time;
    let batch = analysed.index()?;
    corpus.append(batch)?;
    let total = started.elapsed();
    let timings = time_queries(&corpus)?;
    let with_actors: Vec<(&str, Option<usize>)> = QUERIES
        .iter()
        .map(|bench_query| (bench_query.query, bench_query.actor.and_then(|id| corpus.dictionary.index_of(id))))
        .collect();
    let views = time_views(&corpus, &with_actors)?;
    let peak_rss = peak_rss_mib();
    let text_bytes = corpus.documents.iter().map(|document| document.text.len()).sum();
    let (documents, words) = (corpus.documents.len(), corpus.word_count());
    let saved = time_saved(corpus, paths, &read.problems)?;
    Ok(BenchReport {
        documents,
        problems: read.problems.len(),
        duplicates,
        text_bytes,
        words,
        read_seconds: read_time.as_secs_f64(),
        analyse_seconds: analyse_time.as_secs_f64(),
        index_seconds: (total - read_time - analyse_time).as_secs_f64(),
        total_seconds: total.as_secs_f64(),
        peak_rss_mib: peak_rss,
        search: timings.search,
        dashboard_update: timings.dashboard,
        search_with_snippets: timings.with_snippets,
        queries: timings.queries,
        saved,
        views,
    })
}

/// Saves the corpus into a scratch cache, drops it, and times reopening it as the window and the command line
/// do when the files have not changed.
fn time_saved(corpus: Corpus, paths: &[PathBuf], problems: &[Problem]) -> Result<SavedFigures, CorpusError> {
    let scratch = std::env::temp_dir().join(format!("geodash-bench-{}", std::process::id()));
    let cache = CorpusCache::at(&scratch);
    let sources = if paths.is_empty() { Sources::seeds() } else { Sources::of_paths(paths) };
    let started = Instant::now();
    let stamp = Stamp::take(&sources);
    let saving = cache.save(&stamp, &corpus, problems);
    let save_seconds = started.elapsed().as_secs_f64();
    let dictionary = corpus.dictionary.clone();
    drop(corpus);
    let started = Instant::now();
    let reopened = saving.and_then(|()| cache.open(&Stamp::take(&sources), &dictionary));
    let reopen_seconds = started.elapsed().as_secs_f64();
    let bytes = folder_bytes(&scratch);
    let _ = std::fs::remove_dir_all(&scratch);
    let mut corpus = match reopened {
        Ok(Some(saved)) => saved.corpus,
        Ok(None) => return Err(CorpusError::Saved("the corpus just saved was not found".to_owned())),
        Err(error) => return Err(CorpusError::Saved(error.to_string())),
    };
    let documents = corpus.documents.len();
    let started = Instant::now();
    corpus.add(seed_documents())?;
    let add_seconds = started.elapsed().as_secs_f64();
    Ok(SavedFigures { save_seconds, reopen_seconds, bytes, documents, add_seconds })
}

/// The bytes of every file under a folder.
fn folder_bytes(folder: &std::path::Path) -> u64 {
    walkdir::WalkDir::new(folder)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|entry| entry.metadata().ok())
        .filter(std::fs::Metadata::is_file)
        .map(|metadata| metadata.len())
        .sum()
}

/// The latencies of the query set, measured three ways.
struct Timings {
    search: Latency,
    dashboard: Latency,
    with_snippets: Latency,
    queries: Vec<QueryFigures>,
}

/// Rows of the article list on one screen, whose snippets a dashboard update makes.
const ROWS_ON_SCREEN: usize = 8;
/// Hits the window lists.
const LISTED_HITS: usize = 500;

fn time_queries(corpus: &Corpus) -> Result<Timings, CorpusError> {
    let (mut all_search, mut all_dashboard, mut all_snippets) = (Vec::new(), Vec::new(), Vec::new());
    let mut queries = Vec::with_capacity(QUERIES.len());
    for bench_query in &QUERIES {
        let (query, filters) = (bench_query.query, filters_of(corpus, bench_query));
        let mut search = repeat(ROUNDS, || corpus.search.rank(query, &filters, HITS_PER_QUERY).map(drop))?;
        let mut dashboard = repeat(ROUNDS, || dashboard_update(corpus, query, &filters))?;
        let snippets =
            repeat(ROUNDS, || corpus.search.search(query, &filters, HITS_PER_QUERY, &corpus.documents).map(drop))?;
        queries.push(QueryFigures {
            kind: bench_query.kind.to_owned(),
            query: describe(bench_query),
            matches: corpus.search.matching_docs(query, &filters)?.len(),
            search_p50_ms: percentile_ms(&mut search, 50),
            dashboard_p50_ms: percentile_ms(&mut dashboard, 50),
        });
        all_search.extend(search);
        all_dashboard.extend(dashboard);
        all_snippets.extend(snippets);
    }
    Ok(Timings {
        search: latency(&mut all_search),
        dashboard: latency(&mut all_dashboard),
        with_snippets: latency(&mut all_snippets),
        queries,
    })
}

/// What the window does when the query or a filter changes.
fn dashboard_update(corpus: &Corpus, query: &str, filters: &Filters) -> Result<(), SearchError> {
    let shown = figures(corpus, query, filters, LISTED_HITS)?;
    if let Some(snippets) = corpus.search.snippets(query)? {
        for hit in shown.hits.iter().take(ROWS_ON_SCREEN) {
            snippets.make(corpus.documents.get(hit.doc).map_or("", |document| document.text.as_str()));
        }
    }
    Ok(())
}

fn filters_of(corpus: &Corpus, bench_query: &BenchQuery) -> Filters {
    let day = |ymd: Option<(i32, u32, u32)>| ymd.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
    let (from, to) = (day(bench_query.from), day(bench_query.to));
    let actor = bench_query.actor.and_then(|id| corpus.dictionary.index_of(id));
    let actor = actor.and_then(|index| actor_docs(corpus, index, People::Apart));
    Filters { actor, from, to, ..Filters::default() }
}

fn describe(bench_query: &BenchQuery) -> String {
    let mut text = bench_query.query.to_owned();
    if let Some(actor) = bench_query.actor {
        text.push_str(&format!(" [actor {actor}]"));
    }
    if let (Some((y1, _, _)), Some((y2, _, _))) = (bench_query.from, bench_query.to) {
        text.push_str(&format!(" [published {y1}–{y2}]"));
    }
    text
}

/// The peak resident set size from `/proc/self/status` (VmHWM), in MiB.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// The report as an aligned text table for a terminal.
pub fn to_text(report: &BenchReport) -> String {
    let rss = report.peak_rss_mib.map_or_else(|| "unknown".to_owned(), |mib| format!("{mib:.0} MiB"));
    let mut text = format!(
        "documents {}  (files not loaded {}, duplicates {})\ntext {:.1} MB, {} words\n\
         read {:.3} s  analyse {:.3} s  index {:.3} s  total {:.3} s\npeak RSS {rss}\n",
        report.documents,
        report.problems,
        report.duplicates,
        report.text_bytes as f64 / 1e6,
        report.words,
        report.read_seconds,
        report.analyse_seconds,
        report.index_seconds,
        report.total_seconds,
    );
    let views = report.views;
    for (what, latency) in [
        ("search (best 50)", report.search),
        ("dashboard update", report.dashboard_update),
        ("search + 50 snippets", report.search_with_snippets),
        ("view: trends", views.trends),
        ("view: concordance", views.concordance),
        ("view: co-mentions s.", views.comentions_sentence),
        ("view: co-mentions d.", views.comentions_document),
    ] {
        text.push_str(&format!("{what:<21} p50 {:.2} ms  p95 {:.2} ms\n", latency.p50_ms, latency.p95_ms));
    }
    let saved = &report.saved;
    text.push_str(&format!(
        "saved index: save {:.3} s, reopen {:.3} s ({} documents), {:.1} MB on disk; adding 5 articles {:.3} s\n",
        saved.save_seconds,
        saved.reopen_seconds,
        saved.documents,
        saved.bytes as f64 / 1e6,
        saved.add_seconds
    ));
    for query in &report.queries {
        text.push_str(&format!(
            "  {:<13} {:<45} {:>6} docs  search p50 {:.2} ms  dashboard p50 {:.2} ms\n",
            query.kind, query.query, query.matches, query.search_p50_ms, query.dashboard_p50_ms
        ));
    }
    text
}
