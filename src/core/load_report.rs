//! The load report as a table: one row for each file that did not become a document, and why.

use std::io::Write;

use serde::Serialize;

use crate::core::export::{ExportError, write_csv};
use crate::core::readers::Problem;

/// One file that did not load.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct ProblemRecord {
    /// skipped, failed or duplicate.
    pub outcome: String,
    /// The file, or "archive.zip › entry".
    pub path: String,
    /// Why, in words.
    pub reason: String,
}

impl From<&Problem> for ProblemRecord {
    fn from(problem: &Problem) -> Self {
        Self {
            outcome: problem.outcome.label().to_owned(),
            path: problem.path.display().to_string(),
            reason: problem.reason.clone(),
        }
    }
}

/// Writes the report as CSV with a header row.
pub fn write_report_csv(out: &mut dyn Write, problems: &[Problem]) -> Result<(), ExportError> {
    let records: Vec<ProblemRecord> = problems.iter().map(ProblemRecord::from).collect();
    write_csv(out, &records)
}

/// Writes the report to a file, replacing it only once the whole report is written.
pub fn save_report_csv(path: &std::path::Path, problems: &[Problem]) -> Result<(), ExportError> {
    let mut bytes = Vec::new();
    write_report_csv(&mut bytes, problems)?;
    let partial = path.with_extension("csv.partial");
    std::fs::write(&partial, &bytes).map_err(ExportError::file(path))?;
    std::fs::rename(&partial, path).map_err(ExportError::file(path))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::core::readers::Outcome;

    #[test]
    fn a_report_row_per_problem_with_a_header() {
        let problems = [Problem::new(PathBuf::from("box/a, b.pdf"), Outcome::Failed, "encrypted PDF")];
        let mut out = Vec::new();
        write_report_csv(&mut out, &problems).unwrap_or_default();
        assert_eq!(String::from_utf8_lossy(&out), "outcome,path,reason\nfailed,\"box/a, b.pdf\",encrypted PDF\n");
    }
}
