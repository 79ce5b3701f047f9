//! The printing commands.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context as _;

use super::{BenchFormat, Command, OutputFormat, TextFormat};
use crate::app::state::ViewState;
use crate::core::bench;
use crate::core::cache::{CorpusCache, Recipe, open_or_build};
use crate::core::corpus::{Corpus, corpus_name};
use crate::core::document_text::{TextRecord, write_jsonl, write_plain};
use crate::core::export::{ActorRecord, HitRecord, TimelineRecord, write_csv, write_json};
use crate::core::readers::{Problem, ReadOptions, ReadOutcome, read_paths};
use crate::core::search::Filters;
use crate::core::seeds::{SEED_CORPUS_NAME, seed_documents};
use crate::core::stats::actor_table;
use crate::core::timeline::timeline_items;

/// Runs one command, printing to standard output (files that did not load go to standard error).
pub fn run(command: Command) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match command {
        Command::Actors { paths, format } => {
            let corpus = load(&paths)?;
            let rows = actor_table(&corpus, &corpus.all_docs());
            let records: Vec<ActorRecord> = rows.iter().filter(|row| row.mentions > 0).map(ActorRecord::from).collect();
            print(&mut out, format, &records)
        }
        Command::Search { paths, query, actor, from, to, limit, format } => {
            let corpus = load(&paths)?;
            let filters = Filters { actor: actor_id(&corpus, actor.as_deref())?, from, to };
            let hits = corpus.search.search(&query, &filters, limit, &corpus.documents)?;
            let records: Vec<HitRecord> =
                hits.iter().enumerate().map(|(rank, hit)| HitRecord::new(&corpus, rank + 1, hit)).collect();
            print(&mut out, format, &records)
        }
        Command::Timeline { paths, format } => {
            let corpus = load(&paths)?;
            let items = timeline_items(&corpus, &corpus.all_docs());
            let records: Vec<TimelineRecord> = items.iter().map(|item| TimelineRecord::new(&corpus, item)).collect();
            print(&mut out, format, &records)
        }
        Command::Text { paths, format } => {
            let documents = if paths.is_empty() { seed_documents() } else { read(&paths).documents };
            let records: Vec<TextRecord> = documents.iter().map(TextRecord::from).collect();
            match format {
                TextFormat::Txt => write_plain(&mut out, &records),
                TextFormat::Jsonl => write_jsonl(&mut out, &records),
            }
        }
        Command::Screenshot(arguments) => {
            let (corpus, view) = match &arguments.workspace {
                Some(path) => super::screenshot::open_workspace(path)?,
                None => (load(&arguments.paths)?, ViewState::default()),
            };
            let written = super::screenshot::run(corpus, view, &arguments)?;
            writeln!(out, "{written}")?;
            Ok(())
        }
        Command::Bench { paths, format } => {
            let name = if paths.is_empty() { SEED_CORPUS_NAME.to_owned() } else { corpus_name(&paths) };
            let report = bench::run(&name, &paths)?;
            match format {
                BenchFormat::Text => write!(out, "{}", bench::to_text(&report))?,
                BenchFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
            }
            Ok(())
        }
    }
}

fn print<T: serde::Serialize + Default>(
    out: &mut dyn Write,
    format: OutputFormat,
    records: &[T],
) -> anyhow::Result<()> {
    match format {
        OutputFormat::Json => write_json(out, records),
        OutputFormat::Csv => write_csv(out, records),
    }
}

/// The seeds when no path is given, else the documents read from the paths (problems reported on stderr).
pub(super) fn load(paths: &[PathBuf]) -> anyhow::Result<Corpus> {
    if paths.is_empty() {
        return Corpus::seeds().context("cannot open the embedded seeds");
    }
    let recipe = Recipe { seeds: false, paths: paths.to_vec(), options: ReadOptions::default() };
    let opened = open_or_build(&recipe, CorpusCache::user().as_ref(), &|_| {})?;
    report(&opened.problems);
    if let Some(problem) = opened.cache_problem {
        eprintln!("geodash: {problem}");
    }
    Ok(opened.corpus)
}

/// The documents read from the paths; the files that did not load are reported on stderr.
fn read(paths: &[PathBuf]) -> ReadOutcome {
    let outcome = read_paths(paths, &|_| {});
    report(&outcome.problems);
    outcome
}

/// Prints each file that did not load, and why, on standard error.
pub(super) fn report(problems: &[Problem]) {
    for problem in problems {
        eprintln!("geodash: {}: {}: {}", problem.outcome.label(), problem.path.display(), problem.reason);
    }
}

fn actor_id(corpus: &Corpus, actor: Option<&str>) -> anyhow::Result<Option<String>> {
    let Some(wanted) = actor else { return Ok(None) };
    let index = corpus.dictionary.find(wanted).with_context(|| format!("no actor called {wanted}"))?;
    Ok(corpus.dictionary.actors.get(index).map(|actor| actor.id.clone()))
}
