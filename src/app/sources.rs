//! What the corpus is made of (the embedded seeds, the files and folders added), remembered between sessions
//! so the app reopens on the last corpus, and changed by "New corpus" and "Remove".

use std::path::PathBuf;
use std::sync::PoisonError;

use serde::{Deserialize, Serialize};

use super::state::{Derived, ViewState};
use anyhow::Context as _;

use super::GeodashApp;
use crate::core::cache::{CorpusCache, Recipe, starting_corpus};
use crate::core::corpus::Corpus;
use crate::core::readers::ReadOptions;

/// The name an empty corpus has until files are added to it.
const NEW_CORPUS_NAME: &str = "New corpus";

/// What the app may be given to start with.
#[derive(Default)]
pub struct Startup {
    /// Where corpora are saved and reopened from; `None` reads every corpus afresh.
    pub cache: Option<CorpusCache>,
    /// The seed corpus, built beforehand; `None` builds it when the sources hold the seeds.
    pub seeds: Option<Corpus>,
}

/// One thing the corpus was built from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CorpusSource {
    /// The embedded seed articles.
    Seeds,
    /// A file or folder the analyst added.
    Path(PathBuf),
}

impl CorpusSource {
    /// How the corpus window lists it.
    pub fn label(&self) -> String {
        match self {
            Self::Seeds => "Embedded seed articles (Niger after the coup)".to_owned(),
            Self::Path(path) => path.display().to_string(),
        }
    }
}

/// The sources of the corpus, in the order they were added, and the analyst's choices for reading them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sources {
    /// The seeds and paths.
    pub list: Vec<CorpusSource>,
    /// How particular files are read (a table's text column).
    pub options: ReadOptions,
}

impl Sources {
    /// These sources, read with no particular choices.
    pub fn of(list: Vec<CorpusSource>) -> Self {
        Self { list, options: ReadOptions::default() }
    }

    /// The corpus these sources make, before their files are read: the seeds or an empty corpus, and the paths
    /// still to read.
    pub fn start(&self) -> anyhow::Result<(Corpus, Vec<PathBuf>)> {
        let recipe = self.recipe();
        let mut corpus = starting_corpus(&recipe).context("cannot create the corpus")?;
        if !recipe.seeds && recipe.paths.is_empty() {
            NEW_CORPUS_NAME.clone_into(&mut corpus.name);
        }
        Ok((corpus, recipe.paths))
    }

    /// What the core needs to build, or reopen, the corpus these sources make.
    pub fn recipe(&self) -> Recipe {
        Recipe { seeds: self.list.contains(&CorpusSource::Seeds), paths: self.paths(), options: self.options.clone() }
    }

    /// The files and folders among the sources.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.list
            .iter()
            .filter_map(|source| match source {
                CorpusSource::Path(path) => Some(path.clone()),
                CorpusSource::Seeds => None,
            })
            .collect()
    }
}

impl GeodashApp {
    /// The app over the corpus these sources make: the seeds at once if they are among them, the files and
    /// folders reopened from the start's cache or read, in the background. Each corpus built is saved there.
    pub fn from_sources(ctx: &egui::Context, sources: &Sources, start: Startup) -> anyhow::Result<Self> {
        let (corpus, paths) = match start.seeds {
            Some(seeds) if sources.list.contains(&CorpusSource::Seeds) => (seeds, sources.paths()),
            _ => sources.start()?,
        };
        let mut app = Self::new(ctx, corpus);
        app.sources = sources.clone();
        app.cache = start.cache;
        if !paths.is_empty() {
            app.start_open(sources.recipe());
        }
        Ok(app)
    }

    /// The sources of the corpus shown, to remember for the next session.
    pub fn sources(&self) -> &Sources {
        &self.sources
    }

    /// Remembers paths being added and gives back those to read: a file or folder already in the corpus, or
    /// inside a folder that is, is not read twice (the notice says so; *Remove* it first to read it again). An
    /// empty "New corpus" takes its name from the first paths.
    pub(super) fn note_added(&mut self, paths: Vec<PathBuf>) -> Vec<PathBuf> {
        let (fresh, known): (Vec<PathBuf>, Vec<PathBuf>) = paths.into_iter().partition(|path| !self.covers(path));
        if let Some(first) = known.first() {
            let more = if known.len() > 1 { format!(" (and {} more)", known.len() - 1) } else { String::new() };
            self.notice = Some(format!("{}{more} is already in the corpus.", first.display()));
        }
        let unnamed = |corpus: &Corpus| corpus.documents.is_empty() && corpus.name == NEW_CORPUS_NAME;
        // Only an empty corpus is written to here, so a save reading a full one never holds up the window.
        if !fresh.is_empty() && unnamed(&super::read(&self.corpus)) {
            let mut corpus = self.corpus.write().unwrap_or_else(PoisonError::into_inner);
            corpus.name = crate::core::corpus::corpus_name(&fresh);
        }
        self.sources.list.extend(fresh.iter().cloned().map(CorpusSource::Path));
        fresh
    }

    /// Whether a path is already a source, or inside a folder that is.
    fn covers(&self, path: &std::path::Path) -> bool {
        let absolute = |path: &std::path::Path| std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let wanted = absolute(path);
        self.sources.paths().iter().any(|source| wanted.starts_with(absolute(source)))
    }

    /// Starts again from these sources: the corpus, the view and the report are replaced and the paths re-read.
    pub(super) fn rebuild(&mut self, sources: Sources) {
        if self.is_loading() || self.is_saving() {
            self.notice = Some("Wait for the current load to finish before changing the corpus.".to_owned());
            return;
        }
        let (corpus, paths) = match sources.start() {
            Ok(start) => start,
            Err(error) => {
                self.notice = Some(format!("Cannot start a new corpus: {error:#}"));
                return;
            }
        };
        *self.corpus.write().unwrap_or_else(PoisonError::into_inner) = corpus;
        (self.view, self.derived) = (ViewState::default(), Derived::default());
        self.problems.clear();
        self.stamps.clear();
        self.report_open = false;
        if !paths.is_empty() {
            self.start_open(sources.recipe());
        }
        self.sources = sources;
    }

    /// Reads a table again with the text column the analyst chose (by the file's label in the report).
    pub(super) fn choose_text_column(&mut self, file: String, column: String) {
        let mut sources = self.sources.clone();
        sources.options.text_columns.insert(file, column);
        self.rebuild(sources);
    }

    /// Takes the source at `index` out and rebuilds the corpus from the others.
    pub(super) fn remove_source(&mut self, index: usize) {
        let mut sources = self.sources.clone();
        if index < sources.list.len() {
            sources.list.remove(index);
            self.rebuild(sources);
        }
    }
}
