//! The figures behind the dashboard's panels for one query and set of filters: the ranked article list, the
//! actor table and the timeline. The window recomputes them when the analyst changes a choice; the benchmark
//! times exactly this.

use chrono::NaiveDate;

use crate::core::corpus::Corpus;

use crate::core::search::{DateMatch, Filters, Hit, Marked, SearchError};
use crate::core::stats::{ActorRow, actor_table};
use crate::core::timeline::{Mark, TimelineItem, distinct_marks, timeline_items};

/// What the panels show.
#[derive(Clone, Debug, Default)]
pub struct Figures {
    /// The ranked hits, without snippets, at most the limit asked for. With no query they are every listed
    /// document: in corpus order, or, with an actor filter, the articles that name the actor most first.
    pub hits: Vec<Hit>,
    /// How many documents match in all.
    pub hit_total: usize,
    /// Actor figures over the listed documents: with an actor filter, who else the articles that name that
    /// actor name.
    pub actor_rows: Vec<ActorRow>,
    /// Dated items of the documents matching the query and the actor filter — not the date filter, so the
    /// timeline still shows where the other dates lie.
    pub timeline: Vec<TimelineItem>,
    /// The distinct dates among them, one mark each, as the timeline draws them.
    pub timeline_marks: Vec<Mark>,
    /// How many of the timeline's documents carry no publication date (they are not placed on it, and a date
    /// range leaves them out unless they are asked for).
    pub undated: usize,
    /// With a date range held "within": how many documents with a vague date ("2023") overlap the range without
    /// lying within it, and so are left out.
    pub vague_outside: usize,
}

/// Computes every panel's figures; `filters` holds the actor and the date range chosen.
pub fn figures(corpus: &Corpus, query: &str, filters: &Filters, hit_limit: usize) -> Result<Figures, SearchError> {
    let search = &corpus.search;
    let listed = search.matching_docs(query, filters)?;
    let hits = match (&filters.actor, query.trim().is_empty()) {
        (Some(actor), true) => most_naming(corpus, &actor.id, &listed, hit_limit),
        _ => search.rank(query, filters, hit_limit)?,
    };
    // The timeline leaves the date filter out; with that filter unset, its documents are the listed ones.
    let dated = match (filters.from, filters.to) {
        (None, None) => None,
        _ => {
            let unfiltered = Filters { from: None, to: None, include_undated: false, ..filters.clone() };
            Some(search.matching_docs(query, &unfiltered)?)
        }
    };
    let timeline_docs = dated.as_deref().unwrap_or(&listed);
    let timeline = timeline_items(corpus, timeline_docs);
    let undated = timeline_docs.iter().filter_map(|&doc| corpus.documents.get(doc)).filter(|d| d.published.is_none());
    Ok(Figures {
        hits,
        hit_total: listed.len(),
        actor_rows: actor_table(corpus, &listed, filters.people),
        timeline_marks: distinct_marks(&timeline),
        timeline,
        undated: undated.count(),
        vague_outside: vague_outside(corpus, timeline_docs, filters),
    })
}

/// How many documents' publication dates overlap the filter's range without lying within it (none unless the
/// filter holds dates "within" a range).
fn vague_outside(corpus: &Corpus, docs: &[usize], filters: &Filters) -> usize {
    if filters.dates != DateMatch::Within || (filters.from.is_none() && filters.to.is_none()) {
        return 0;
    }
    let (from, to) = (filters.from.unwrap_or(NaiveDate::MIN), filters.to.unwrap_or(NaiveDate::MAX));
    let spans = docs.iter().filter_map(|&doc| corpus.documents.get(doc)?.published.as_ref().map(|p| p.span));
    spans.filter(|span| span.start <= to && span.end >= from && (span.start < from || span.end > to)).count()
}

/// The documents, most counted mentions of the actor (by id) first, then the most recently published (undated
/// last); at most `limit`.
fn most_naming(corpus: &Corpus, actor: &str, docs: &[usize], limit: usize) -> Vec<Hit> {
    let index = corpus.dictionary.actors.iter().position(|candidate| candidate.id == actor);
    let mentions = |doc: usize| {
        let tallies = corpus.analyses.get(doc).map(|analysis| analysis.tallies.as_slice()).unwrap_or_default();
        tallies.iter().find(|tally| Some(tally.actor) == index).map_or(0, |tally| tally.counted)
    };
    let published = |doc: usize| corpus.documents.get(doc).and_then(|document| document.published.as_ref());
    let mut ranked: Vec<(u32, Option<chrono::NaiveDate>, usize)> =
        docs.iter().map(|&doc| (mentions(doc), published(doc).map(|p| p.span.end), doc)).collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    ranked.truncate(limit);
    ranked.into_iter().map(|(_, _, doc)| Hit { doc, score: 0.0, snippet: Marked::default() }).collect()
}
