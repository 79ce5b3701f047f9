//! What a corpus is made of: the embedded seeds and the files and folders added, in order, with the analyst's
//! choices for reading them. The window remembers it between sessions, a workspace saves it, the command line
//! makes one from its paths, and the saved index keys a corpus by it.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::core::actors::Dictionary;
use crate::core::corpus::{Corpus, CorpusError, corpus_name};
use crate::core::readers::ReadOptions;

/// The name an empty corpus has until files are added to it.
pub const NEW_CORPUS_NAME: &str = "New corpus";

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

/// The sources of a corpus, in the order they were added, and the analyst's choices for reading them.
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

    /// Files and folders only, read with no particular choices (the command line's paths).
    pub fn of_paths(paths: &[PathBuf]) -> Self {
        Self::of(paths.iter().cloned().map(CorpusSource::Path).collect())
    }

    /// The embedded seeds alone.
    pub fn seeds() -> Self {
        Self::of(vec![CorpusSource::Seeds])
    }

    /// Whether the embedded seed articles are among the sources (they always come first in the corpus).
    pub fn has_seeds(&self) -> bool {
        self.list.contains(&CorpusSource::Seeds)
    }

    /// The files and folders among the sources, in order.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.list
            .iter()
            .filter_map(|source| match source {
                CorpusSource::Path(path) => Some(path.clone()),
                CorpusSource::Seeds => None,
            })
            .collect()
    }

    /// Whether a path is already a source, or inside a folder that is.
    pub fn covers(&self, path: &std::path::Path) -> bool {
        let absolute = |path: &std::path::Path| std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let wanted = absolute(path);
        self.paths().iter().any(|source| wanted.starts_with(absolute(source)))
    }

    /// The corpus these sources start from before their paths are read, counting with `dictionary`: the seeds,
    /// an empty corpus named after the paths, or an empty "New corpus" when there are none.
    pub fn starting_corpus(&self, dictionary: &Dictionary) -> Result<Corpus, CorpusError> {
        let mut corpus = if self.has_seeds() {
            Corpus::seeds_with(dictionary.clone())?
        } else {
            let paths = self.paths();
            let name = if paths.is_empty() { NEW_CORPUS_NAME.to_owned() } else { corpus_name(&paths) };
            Corpus::new(name, dictionary.clone())?
        };
        corpus.as_of = self.options.as_of;
        Ok(corpus)
    }
}
