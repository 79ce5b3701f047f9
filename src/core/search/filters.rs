//! Search filters: an actor, an outlet, a language, and a range of publication dates held against each
//! document's dated span.

use std::ops::Bound;
use std::sync::Arc;

use chrono::NaiveDate;
use tantivy::Term;
use tantivy::query::{BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};

use super::day_number;
use crate::core::actors::People;

/// Narrows a search to documents that mention an actor or were published in a date range.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Only documents with a counted mention of an actor.
    pub actor: Option<ActorDocs>,
    /// With an actor and `People::WithTheirState`: also the documents naming a person who held one of its
    /// offices on their date.
    pub people: People,
    /// Only documents published on or after this day.
    pub from: Option<NaiveDate>,
    /// Only documents published on or before this day.
    pub to: Option<NaiveDate>,
    /// How a publication date vaguer than a day ("2023", "March 2024") is held against the range.
    pub dates: DateMatch,
    /// With a date range, keep the documents that carry no publication date too (they are left out otherwise).
    pub include_undated: bool,
    /// Only documents from one outlet.
    pub outlet: Option<FacetDocs>,
    /// Only documents in one language.
    pub language: Option<FacetDocs>,
}

/// The documents whose metadata field (outlet, language) has one value: worked out from the documents, so the
/// index needs no field of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetDocs {
    /// The value ("Sahel Ledger", "fra").
    pub value: String,
    /// The documents' numbers, in order.
    pub docs: Arc<[u64]>,
}

/// The documents that name an actor (or, with people counted with their state, a person who served it then):
/// worked out from the corpus's mentions rather than kept in the index, so that counts follow an edit of the
/// dictionary without indexing again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorDocs {
    /// The actor's id.
    pub id: String,
    /// The documents' numbers, in order.
    pub docs: Arc<[u64]>,
}

/// How a publication date, which covers a span of days, is held against a date range.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DateMatch {
    /// The whole span lies within the range: "2023" is not within April to August 2023.
    #[default]
    Within,
    /// Some day of the span lies within the range: "2023" may overlap April to August 2023.
    Overlaps,
}

impl DateMatch {
    /// How the choice is written where it is in force.
    pub fn label(self) -> &'static str {
        match self {
            Self::Within => "must lie within",
            Self::Overlaps => "may overlap",
        }
    }
}

/// The documents a date range lets through, if a range is set: those whose whole publication date (from
/// `first_day` to `last_day`) lies in it (or, for [`DateMatch::Overlaps`], any day of it), and those marked
/// undated in `dated` when they are asked for.
pub fn date_clause(filters: &Filters, first: Field, last: Field, dated: Field) -> Option<Box<dyn Query>> {
    if filters.from.is_none() && filters.to.is_none() {
        return None;
    }
    let bound = |field, day: NaiveDate| Bound::Included(Term::from_field_i64(field, day_number(day)));
    let (start_field, end_field) = match filters.dates {
        DateMatch::Within => (first, last),
        DateMatch::Overlaps => (last, first),
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if let Some(from) = filters.from {
        clauses.push((Occur::Must, Box::new(RangeQuery::new(bound(start_field, from), Bound::Unbounded))));
    }
    if let Some(to) = filters.to {
        clauses.push((Occur::Must, Box::new(RangeQuery::new(Bound::Unbounded, bound(end_field, to)))));
    }
    let in_range: Box<dyn Query> = Box::new(BooleanQuery::new(clauses));
    if !filters.include_undated {
        return Some(in_range);
    }
    let undated = Term::from_field_text(dated, "no");
    let undated: Box<dyn Query> = Box::new(TermQuery::new(undated, IndexRecordOption::Basic));
    Some(Box::new(BooleanQuery::new(vec![(Occur::Should, in_range), (Occur::Should, undated)])))
}
