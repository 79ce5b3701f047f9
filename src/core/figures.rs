//! The figures behind the dashboard's panels for one query and set of filters: the ranked article list, the
//! actor table and the timeline. The window recomputes them when the analyst changes a choice; the benchmark
//! times exactly this.

use crate::core::corpus::Corpus;
use crate::core::search::{Filters, Hit, SearchError};
use crate::core::stats::{ActorRow, actor_table};
use crate::core::timeline::{Mark, TimelineItem, distinct_marks, timeline_items};

/// What the panels show.
#[derive(Clone, Debug, Default)]
pub struct Figures {
    /// The ranked hits, without snippets (all documents, in corpus order, when the query is empty), at most
    /// the limit asked for.
    pub hits: Vec<Hit>,
    /// How many documents match in all.
    pub hit_total: usize,
    /// Actor figures over the documents matching the query and the date filter — not the actor filter, so
    /// another actor can still be picked.
    pub actor_rows: Vec<ActorRow>,
    /// Dated items of the documents matching the query and the actor filter — not the date filter, so the
    /// timeline still shows where the other dates lie.
    pub timeline: Vec<TimelineItem>,
    /// The distinct dates among them, one mark each, as the timeline draws them.
    pub timeline_marks: Vec<Mark>,
}

/// Computes every panel's figures; `filters` holds the actor and the date range chosen.
pub fn figures(corpus: &Corpus, query: &str, filters: &Filters, hit_limit: usize) -> Result<Figures, SearchError> {
    let search = &corpus.search;
    let hits = search.rank(query, filters, hit_limit)?;
    let listed = search.matching_docs(query, filters)?;
    // Each panel leaves one filter out; with that filter unset, its documents are the listed ones.
    let plotted = match filters.actor {
        None => None,
        Some(_) => Some(search.matching_docs(query, &Filters { actor: None, ..filters.clone() })?),
    };
    let dated = match (filters.from, filters.to) {
        (None, None) => None,
        _ => Some(search.matching_docs(query, &Filters { from: None, to: None, ..filters.clone() })?),
    };
    let timeline = timeline_items(corpus, dated.as_deref().unwrap_or(&listed));
    Ok(Figures {
        hits,
        hit_total: listed.len(),
        actor_rows: actor_table(corpus, plotted.as_deref().unwrap_or(&listed)),
        timeline_marks: distinct_marks(&timeline),
        timeline,
    })
}
