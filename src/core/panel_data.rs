//! The data behind each panel, with the same query and filters as the picture: the actor table, the timeline's
//! dated items and the listed articles with their snippets, written as CSV and JSON side by side.

use std::path::{Path, PathBuf};

use crate::core::corpus::Corpus;
use crate::core::export::{ActorRecord, ExportError, HitRecord, TimelineRecord, write_csv, write_json};
use crate::core::figures::figures;
use crate::core::search::Filters;
use crate::core::view::HIT_LIMIT;

/// The records behind the three panels.
#[derive(Debug, Default)]
pub struct PanelData {
    /// The actor plot, every actor mentioned, most mentioned first.
    pub actors: Vec<ActorRecord>,
    /// The timeline, every dated item.
    pub timeline: Vec<TimelineRecord>,
    /// The article list, best first, with snippets.
    pub hits: Vec<HitRecord>,
}

/// The records for a query and filters, as the panels show them.
pub fn panel_data(corpus: &Corpus, query: &str, filters: &Filters) -> Result<PanelData, ExportError> {
    let shown = figures(corpus, query, filters, HIT_LIMIT)?;
    let mut hits = shown.hits;
    if let Some(snippets) = corpus.search.snippets(query)? {
        for hit in &mut hits {
            let text = corpus.documents.get(hit.doc).map_or("", |document| document.text.as_str());
            hit.snippet = snippets.make(text);
        }
    }
    Ok(PanelData {
        actors: shown.actor_rows.iter().filter(|row| row.mentions > 0).map(ActorRecord::from).collect(),
        timeline: shown.timeline.iter().map(|item| TimelineRecord::new(corpus, item)).collect(),
        hits: hits.iter().enumerate().map(|(rank, hit)| HitRecord::new(corpus, rank + 1, hit)).collect(),
    })
}

/// Writes `actors`, `timeline` and `articles`, each as `.csv` and `.json`, into a folder; gives back the files.
pub fn write_panel_data(folder: &Path, data: &PanelData) -> Result<Vec<PathBuf>, ExportError> {
    let mut written = Vec::new();
    written.extend(write_both(folder, "actors", &data.actors)?);
    written.extend(write_both(folder, "timeline", &data.timeline)?);
    written.extend(write_both(folder, "articles", &data.hits)?);
    Ok(written)
}

fn write_both<T: serde::Serialize + Default>(
    folder: &Path,
    name: &str,
    records: &[T],
) -> Result<[PathBuf; 2], ExportError> {
    let (csv_path, json_path) = (folder.join(format!("{name}.csv")), folder.join(format!("{name}.json")));
    let mut csv = Vec::new();
    write_csv(&mut csv, records)?;
    std::fs::write(&csv_path, csv).map_err(ExportError::file(&csv_path))?;
    let mut json = Vec::new();
    write_json(&mut json, records)?;
    std::fs::write(&json_path, json).map_err(ExportError::file(&json_path))?;
    Ok([csv_path, json_path])
}
