//! Records printed as the command line prints them: a JSON array, or CSV with a header row.

use std::io::Write;

use super::OutputFormat;
use crate::core::export::{write_csv, write_json};

/// Prints records in the format asked for.
pub fn print<T: serde::Serialize + Default>(
    out: &mut dyn Write,
    format: OutputFormat,
    records: &[T],
) -> anyhow::Result<()> {
    Ok(match format {
        OutputFormat::Json => write_json(out, records),
        OutputFormat::Csv => write_csv(out, records),
    }?)
}
