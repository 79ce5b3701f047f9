//! The data behind each panel, with the same query and filters as the picture: the actor table, the timeline's
//! dated items and the listed articles with their snippets, written as CSV and JSON side by side.

use std::path::{Path, PathBuf};

use crate::core::comentions::{ComentionRecord, Window, comention_records, comentions};
use crate::core::concordance::{KwicRecord, KwicSort, Target, concordance};
use crate::core::corpus::Corpus;
use crate::core::export::{ActorRecord, ExportError, HitRecord, TimelineRecord, write_csv, write_json};
use crate::core::figures::figures;
use crate::core::search::Filters;
use crate::core::stats::most_mentioned;
use crate::core::trends::{DateBasis, TrendMeasure, TrendRecord, trend_records, trends};
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
    /// The trends of the five most mentioned actors, by the period that suits the dates.
    pub trends: Vec<TrendRecord>,
    /// The concordance of the query (or of the filtered actor), every line.
    pub concordance: Vec<KwicRecord>,
    /// Who appears with whom among the twelve most mentioned actors, by sentence.
    pub comentions: Vec<ComentionRecord>,
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
    let listed = corpus.search.matching_docs(query, filters)?;
    let top = most_mentioned(corpus, &listed, 5).0;
    let actor = filters.actor.as_ref().and_then(|actor| corpus.dictionary.find(&actor.id));
    let target = match (query.trim(), actor) {
        ("", None) => None,
        ("", Some(actor)) => Some(Target::Actor(actor)),
        (query, _) => Some(Target::Query(query)),
    };
    let lines = match target {
        Some(target) => concordance(corpus, &listed, target, 6, (KwicSort::Document, usize::MAX))?.lines,
        None => Vec::new(),
    };
    Ok(PanelData {
        actors: shown.actor_rows.iter().filter(|row| row.mentions > 0).map(ActorRecord::from).collect(),
        timeline: shown.timeline.iter().map(|item| TimelineRecord::new(corpus, item)).collect(),
        hits: hits.iter().enumerate().map(|(rank, hit)| HitRecord::new(corpus, rank + 1, hit)).collect(),
        trends: trend_records(
            corpus,
            &trends(corpus, &listed, &top, None, DateBasis::Published),
            TrendMeasure::Mentions,
        ),
        concordance: lines.iter().map(|line| KwicRecord::new(corpus, line)).collect(),
        comentions: comention_records(corpus, &comentions(corpus, &listed, 12, Window::Sentence)),
    })
}

/// Writes `actors`, `timeline` and `articles`, each as `.csv` and `.json`, into a folder; gives back the files.
pub fn write_panel_data(folder: &Path, data: &PanelData) -> Result<Vec<PathBuf>, ExportError> {
    let mut written = Vec::new();
    written.extend(write_both(folder, "actors", &data.actors)?);
    written.extend(write_both(folder, "timeline", &data.timeline)?);
    written.extend(write_both(folder, "articles", &data.hits)?);
    written.extend(write_both(folder, "trends", &data.trends)?);
    written.extend(write_both(folder, "comentions", &data.comentions)?);
    if !data.concordance.is_empty() {
        written.extend(write_both(folder, "concordance", &data.concordance)?);
    }
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
