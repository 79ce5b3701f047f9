//! The analyst's own actors on disk: a layer over the shipped dictionary ([`Layer`]) kept in the user's config
//! folder (`actors.toml`), or in a file given with `--actors`. A file that does not read is reported with its
//! path, line and reason and never overwritten; the shipped dictionary is used meanwhile.

use std::path::{Path, PathBuf};

use crate::core::actors::{Dictionary, DictionaryError, Layer};

/// The environment variable that moves the config folder (tests use their own).
pub const CONFIG_DIR_VARIABLE: &str = "GEODASH_CONFIG_DIR";

/// The layer's file in the user's config folder, if the system names one.
pub fn default_path() -> Option<PathBuf> {
    if let Some(root) = std::env::var_os(CONFIG_DIR_VARIABLE) {
        return Some(PathBuf::from(root).join("actors.toml"));
    }
    let dirs = directories::ProjectDirs::from("", "", "geodash")?;
    Some(dirs.config_dir().join("actors.toml"))
}

/// A layer and the file it lives in.
#[derive(Clone, Debug, Default)]
pub struct UserActors {
    /// Where it is saved (none: nowhere, the system names no config folder).
    pub path: Option<PathBuf>,
    /// The edits.
    pub layer: Layer,
    /// Why the file could not be used, with its path and line: it is then left as it is.
    pub problem: Option<String>,
}

/// Why the layer could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The file did not read when opened, so it is kept as it is.
    #[error("{0} did not read when geodash started, so it is kept as it is; fix or remove it")]
    KeptBroken(String),
    /// No config folder.
    #[error("the system names no config folder to save your actors in")]
    Nowhere,
    /// Writing failed.
    #[error("{path}: {error}")]
    Io {
        /// The file.
        path: String,
        /// What failed.
        error: std::io::Error,
    },
}

impl UserActors {
    /// The layer in `path`: empty if there is no file yet; empty with a problem if it does not read.
    pub fn open(path: Option<PathBuf>) -> Self {
        let Some(file) = path.as_deref() else { return Self::default() };
        let problem = |reason: String| Self { path: path.clone(), layer: Layer::default(), problem: Some(reason) };
        match std::fs::read_to_string(file) {
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Self { path, ..Self::default() },
            Err(error) => problem(format!("{}: {error}", file.display())),
            Ok(text) => match Layer::parse(&text) {
                Ok(layer) => match Dictionary::with_layer(&layer, &file.display().to_string()) {
                    Ok(_) => Self { path, layer, problem: None },
                    Err(error) => problem(error.to_string()),
                },
                Err(error) => problem(toml_problem(file, &text, &error)),
            },
        }
    }

    /// The user's own layer (`actors.toml` in the config folder).
    pub fn of_user() -> Self {
        Self::open(default_path())
    }

    /// The shipped dictionary with the layer over it.
    pub fn dictionary(&self) -> Result<Dictionary, DictionaryError> {
        let file = self.path.as_deref().map_or_else(|| "your actors".to_owned(), |path| path.display().to_string());
        Dictionary::with_layer(&self.layer, &file)
    }

    /// Writes the layer to its file (through a file beside it, renamed into place); a file that did not read
    /// when opened is never overwritten.
    pub fn save(&self) -> Result<(), SaveError> {
        let path = self.path.as_deref().ok_or(SaveError::Nowhere)?;
        if let Some(problem) = &self.problem {
            return Err(SaveError::KeptBroken(problem.clone()));
        }
        write_layer(path, &self.layer)
    }
}

/// Writes a layer to a file (export, or the user's own).
pub fn write_layer(path: &Path, layer: &Layer) -> Result<(), SaveError> {
    let io = |error| SaveError::Io { path: path.display().to_string(), error };
    if let Some(folder) = path.parent().filter(|folder| !folder.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(io)?;
    }
    let partial = path.with_extension("toml.partial");
    std::fs::write(&partial, layer.to_toml()).map_err(io)?;
    std::fs::rename(&partial, path).map_err(io)
}

/// A TOML error as "path, line N: reason".
fn toml_problem(file: &Path, text: &str, error: &toml::de::Error) -> String {
    let line = error.span().and_then(|span| text.get(..span.start)).map_or(1, |head| head.matches('\n').count() + 1);
    format!("{}, line {line}: {}", file.display(), error.message())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_file_is_reported_with_its_line_and_kept() {
        let folder = tempfile::tempdir().expect("a folder");
        let path = folder.path().join("actors.toml");
        let text = "[[actor]]\nid = \"VEL\"\nname = \"Dario Velloso\"\nkind = \"wizard\"\n";
        std::fs::write(&path, text).expect("written");
        let actors = UserActors::open(Some(path.clone()));
        let problem = actors.problem.clone().expect("a problem");
        assert!(problem.contains("actors.toml, line 4"), "{problem}");
        assert!(actors.dictionary().is_ok(), "the shipped dictionary still loads");
        assert!(matches!(actors.save(), Err(SaveError::KeptBroken(_))));
        assert_eq!(std::fs::read_to_string(&path).expect("still there"), text);
    }

    #[test]
    fn an_entry_that_breaks_a_rule_names_its_line() {
        let folder = tempfile::tempdir().expect("a folder");
        let path = folder.path().join("actors.toml");
        std::fs::write(&path, "# mine\n\n[[merge]]\nfrom = \"NOBODY\"\ninto = \"NER\"\n").expect("written");
        let problem = UserActors::open(Some(path)).problem.expect("a problem");
        assert!(problem.contains("line 3") && problem.contains("NOBODY"), "{problem}");
    }
}
