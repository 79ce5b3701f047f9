//! What the documents of a corpus say about themselves, counted: how many each outlet published, how many are in
//! each language. The source of the outlet and language filters and of the "documents by outlet" figure.

use std::collections::HashMap;
use std::sync::Arc;

use crate::core::dates::DateSpan;
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

/// The "documents by outlet" figure: one record per outlet, most documents first, then the documents that name
/// no outlet.
pub fn outlet_records(documents: &[Document]) -> Vec<OutletRecord> {
    let (outlets, missing) = counts(documents, Facet::Outlet);
    let mut records: Vec<OutletRecord> =
        outlets.iter().map(|outlet| outlet_record(documents, Some(&outlet.value))).collect();
    if missing > 0 {
        records.push(outlet_record(documents, None));
    }
    records
}

fn outlet_record(documents: &[Document], outlet: Option<&str>) -> OutletRecord {
    let own: Vec<&Document> = documents.iter().filter(|document| document.meta.outlet.as_deref() == outlet).collect();
    let spans: Vec<&DateSpan> =
        own.iter().filter_map(|document| document.published.as_ref()).map(|p| &p.span).collect();
    OutletRecord {
        outlet: outlet.map_or_else(|| "(no outlet named)".to_owned(), str::to_owned),
        documents: own.len(),
        dated: spans.len(),
        first: spans.iter().map(|span| span.start).min().map(|day| day.to_string()),
        last: spans.iter().map(|span| span.end).max().map(|day| day.to_string()),
    }
}
