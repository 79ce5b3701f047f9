//! Choices the analyst made about how particular files are read (and undated ones understood), kept with the corpus so a rebuild or the next
//! session reads them the same way.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How to read particular files.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReadOptions {
    /// The column holding the article text, for tables where geodash had to guess it, by the file's label in
    /// the report ("exports/wire.csv", "box.zip › wire.csv").
    pub text_columns: BTreeMap<String, String>,
    /// The day undated articles are read as of: which actor a name meant, who held an office. `None`: the day
    /// they are read.
    pub as_of: Option<NaiveDate>,
}
