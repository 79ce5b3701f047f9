//! Choices the analyst made about how particular files are read, kept with the corpus so a rebuild or the next
//! session reads them the same way.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// How to read particular files.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadOptions {
    /// The column holding the article text, for tables where geodash had to guess it, by the file's label in
    /// the report ("exports/wire.csv", "box.zip › wire.csv").
    pub text_columns: BTreeMap<String, String>,
}
