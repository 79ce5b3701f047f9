//! What the documents of a corpus say about themselves, counted: how many each outlet published, how many are in
//! each language. The source of the outlet and language filters and of the "documents by outlet" figure.

use std::collections::HashMap;
use std::sync::Arc;

use crate::core::document::{Document, Metadata};
use crate::core::language;

/// A field of a document's metadata that the corpus can be filtered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Facet {
    /// The outlet that published it.
    Outlet,
    /// The language it is written in.
    Language,
}

impl Facet {
    /// The field's value in a document's metadata.
    pub fn value_in(self, meta: &Metadata) -> Option<&str> {
        match self {
            Self::Outlet => meta.outlet.as_deref(),
            Self::Language => meta.language.as_deref(),
        }
    }

    /// How a value is shown: an outlet as written, a language by its English name ("fra" → "French").
    pub fn label(self, value: &str) -> String {
        match self {
            Self::Outlet => value.to_owned(),
            Self::Language => language::name(value),
        }
    }
}

/// One value of a facet and the documents that have it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetCount {
    /// The value as kept ("Sahel Ledger", "fra").
    pub value: String,
    /// How many documents have it.
    pub documents: usize,
}

/// The values a facet takes over `documents`, most documents first (then by value); documents without it are
/// counted apart, as the second item.
pub fn counts(documents: &[Document], facet: Facet) -> (Vec<FacetCount>, usize) {
    let mut by_value: HashMap<&str, usize> = HashMap::new();
    let mut missing = 0;
    for document in documents {
        match facet.value_in(&document.meta) {
            Some(value) => *by_value.entry(value).or_default() += 1,
            None => missing += 1,
        }
    }
    let mut counted: Vec<FacetCount> =
        by_value.into_iter().map(|(value, documents)| FacetCount { value: value.to_owned(), documents }).collect();
    counted.sort_by(|a, b| b.documents.cmp(&a.documents).then_with(|| a.value.cmp(&b.value)));
    (counted, missing)
}

/// The numbers of the documents whose facet has `value`, in order.
pub fn docs_with(documents: &[Document], facet: Facet, value: &str) -> Arc<[u64]> {
    let matching = documents.iter().enumerate().filter(|(_, document)| facet.value_in(&document.meta) == Some(value));
    matching.map(|(doc, _)| doc as u64).collect()
}

/// One outlet's documents: the "documents by outlet" figure.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct OutletRecord {
    /// The outlet, or "(no outlet named)" for the documents that name none.
    pub outlet: String,
    /// How many documents it published in the corpus.
    pub documents: usize,
    /// How many of them carry a publication date.
    pub dated: usize,
    /// The first day of the earliest publication date, if any is dated.
    pub first: Option<String>,
    /// The last day of the latest publication date.
    pub last: Option<String>,
}

/// The "documents by outlet" figure: one record per outlet, most documents first (then by name), then the
/// documents that name no outlet. One pass over the documents.
pub fn outlet_records(documents: &[Document]) -> Vec<OutletRecord> {
    let mut by_outlet: HashMap<Option<&str>, OutletRecord> = HashMap::new();
    for document in documents {
        let outlet = document.meta.outlet.as_deref();
        let record = by_outlet.entry(outlet).or_insert_with(|| OutletRecord {
            outlet: outlet.map_or_else(|| "(no outlet named)".to_owned(), str::to_owned),
            ..OutletRecord::default()
        });
        record.documents += 1;
        if let Some(span) = document.published.as_ref().map(|published| &published.span) {
            record.dated += 1;
            widen(&mut record.first, span.start, std::cmp::Ordering::Less);
            widen(&mut record.last, span.end, std::cmp::Ordering::Greater);
        }
    }
    let missing = by_outlet.remove(&None);
    let mut records: Vec<OutletRecord> = by_outlet.into_values().collect();
    records.sort_by(|a, b| b.documents.cmp(&a.documents).then_with(|| a.outlet.cmp(&b.outlet)));
    records.extend(missing);
    records
}

/// Moves a bound (an ISO day) to `day` when `day` lies beyond it in the direction `beyond`.
fn widen(bound: &mut Option<String>, day: chrono::NaiveDate, beyond: std::cmp::Ordering) {
    let day = day.to_string();
    if bound.as_ref().is_none_or(|current| day.cmp(current) == beyond) {
        *bound = Some(day);
    }
}
