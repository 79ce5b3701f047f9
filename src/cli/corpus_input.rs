//! The corpus a command works on: the embedded seeds when no path is given, else its files and folders (reopened
//! from the saved index when they are unchanged), with every file that did not load reported on standard error.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use chrono::NaiveDate;

use crate::core::actors::{Dictionary, Layer};
use crate::core::cache::{CorpusCache, open_or_build};
use crate::core::corpus::Corpus;
use crate::core::dates::{DateSpan, typed_date};
use crate::core::readers::{Problem, ReadOutcome, read_paths};
use crate::core::sources::Sources;
use crate::core::user_actors::UserActors;
use crate::core::view::ViewState;
use crate::core::workspace::Workspace;

/// The dictionary a command counts with: the shipped one with the file given with `--actors` over it (a file
/// that does not read is an error), else with the user's own actors (a file of theirs that does not read is
/// reported, and the shipped dictionary used).
pub fn dictionary(actors: Option<&Path>) -> anyhow::Result<Dictionary> {
    let user = user_actors(actors)?;
    if let Some(problem) = &user.problem {
        eprintln!("geodash: your actors are not used: {problem}");
    }
    Ok(user.dictionary()?)
}

/// The analyst's actors: those of the file given with `--actors` (a file that does not read is an error),
/// else the user's own (a file of theirs that does not read comes with its problem).
pub fn user_actors(actors: Option<&Path>) -> anyhow::Result<UserActors> {
    Ok(match actors {
        Some(path) => {
            check_exist(&[path.to_path_buf()])?;
            let user = UserActors::open(Some(path.to_path_buf()));
            if let Some(problem) = user.problem {
                anyhow::bail!("--actors {problem}");
            }
            user
        }
        None => UserActors::of_user(),
    })
}

/// The seeds when no path is given, else the corpus of the paths (problems reported on stderr), counted with
/// `dictionary`; a path that does not exist is an error.
pub fn load(paths: &[PathBuf], dictionary: &Dictionary) -> anyhow::Result<Corpus> {
    load_as_of(paths, None, dictionary)
}

/// As [`load`], with undated articles read as of the middle of `as_of` (default today).
pub fn load_as_of(paths: &[PathBuf], as_of: Option<DateSpan>, dictionary: &Dictionary) -> anyhow::Result<Corpus> {
    if paths.is_empty() {
        let mut corpus = Corpus::seeds_with(dictionary.clone()).context("cannot open the embedded seeds")?;
        if let Some(day) = as_of {
            corpus.as_of = Some(day.midpoint());
            corpus.rematch(dictionary.clone())?;
        }
        return Ok(corpus);
    }
    check_exist(paths)?;
    let mut sources = Sources::of_paths(paths);
    sources.options.as_of = as_of.map(|span| span.midpoint());
    open(&sources, dictionary)
}

/// An error naming the first path that does not exist, if one does not.
pub fn check_exist(paths: &[PathBuf]) -> anyhow::Result<()> {
    match paths.iter().find(|path| std::fs::symlink_metadata(path).is_err()) {
        Some(missing) => anyhow::bail!("{}: no such file or folder", missing.display()),
        None => Ok(()),
    }
}

/// A date given as `--from` or `--to`: "2005-03-01", "2005-03", "2005", or a written date ("1 March 2005",
/// "March 2005"), as the span of days it names.
pub fn date_argument(value: &str) -> Result<DateSpan, String> {
    typed_date(value).ok_or_else(|| format!("{value:?} is not a date: write 2005-03-01, 2005-03 or 2005"))
}

/// The range `--from` and `--to` give: from the first day of the one to the last day of the other; an end not
/// given is open. A range that ends before it starts is an error.
pub fn date_range(
    from: Option<DateSpan>,
    to: Option<DateSpan>,
) -> anyhow::Result<(Option<NaiveDate>, Option<NaiveDate>)> {
    let (from, to) = (from.map(|span| span.start), to.map(|span| span.end));
    if let (Some(first), Some(last)) = (from, to) {
        anyhow::ensure!(first <= last, "--from {first} is after --to {last}");
    }
    Ok((from, to))
}

/// The corpus of a workspace file, with its view: its files are read with the choices saved for them.
/// It counts with the workspace's own actors if it carries some, else with `dictionary`.
pub fn load_workspace(path: &Path, dictionary: &Dictionary) -> anyhow::Result<(Corpus, ViewState)> {
    let workspace = Workspace::open(path)?;
    let own = match workspace.actors.as_deref() {
        Some(text) => {
            let layer = Layer::parse(text).with_context(|| format!("{}: its actors", path.display()))?;
            Some(Dictionary::with_layer(&layer, &path.display().to_string())?)
        }
        None => None,
    };
    let corpus = open(&workspace.sources, own.as_ref().unwrap_or(dictionary))?;
    let view = workspace.view.restore(&corpus);
    Ok((corpus, view))
}

/// The corpus sources make, through the user's saved index.
fn open(sources: &Sources, dictionary: &Dictionary) -> anyhow::Result<Corpus> {
    let opened = open_or_build(sources, dictionary, CorpusCache::user().as_ref(), &|_| {})?;
    report(&opened.problems);
    if let Some(problem) = opened.cache_problem {
        eprintln!("geodash: {problem}");
    }
    Ok(opened.corpus)
}

/// The documents read from the paths; the files that did not load are reported on stderr.
pub fn read(paths: &[PathBuf]) -> ReadOutcome {
    let outcome = read_paths(paths, &|_| {});
    report(&outcome.problems);
    outcome
}

/// Prints each file that did not load, and why, on standard error.
pub fn report(problems: &[Problem]) {
    for problem in problems {
        eprintln!("geodash: {}: {}: {}", problem.outcome.label(), problem.path.display(), problem.reason);
    }
}

/// The dictionary index of the actor with this id or name, if one is asked for; an unknown one is an error.
pub fn actor_index(corpus: &Corpus, actor: Option<&str>) -> anyhow::Result<Option<usize>> {
    let Some(wanted) = actor else { return Ok(None) };
    corpus.dictionary.find(wanted).with_context(|| format!("no actor called {wanted}")).map(Some)
}
