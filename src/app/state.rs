//! What the analyst is looking at (query, filters, selection) and the figures derived from it, recomputed
//! only when one of those changes — never per frame.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

use chrono::NaiveDate;

use crate::core::corpus::Corpus;
use crate::core::figures::figures;
use crate::core::search::{Filters, Hit, Marked, Snippets};
use crate::core::stats::{ActorRow, Measure, actor_table, top_by};
use crate::core::timeline::{Mark, TimelineItem, distinct_marks};

/// At most this many hits are listed with snippets.
pub const HIT_LIMIT: usize = 500;

/// The analyst's choices.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    /// The search box's text.
    pub query: String,
    /// What the actor plot measures.
    pub measure: Measure,
    /// The actor (dictionary index) the article list is filtered to.
    pub actor_filter: Option<usize>,
    /// The publication-date range the article list is filtered to.
    pub date_filter: Option<(NaiveDate, NaiveDate)>,
    /// The document open in the reader.
    pub selected: Option<usize>,
    /// A byte span of the open document to scroll to once.
    pub focus: Option<Range<usize>>,
    /// The search hit in the open document that next/previous moves from.
    pub current_hit: Option<usize>,
}

/// Figures derived from the corpus and the view state.
#[derive(Default)]
pub struct Derived {
    /// The ranked hits (all documents when the query is empty), after every filter.
    pub hits: Vec<Hit>,
    /// How many documents match in all (the list shows at most [`HIT_LIMIT`]).
    pub hit_total: usize,
    /// Why the query could not run, if it could not.
    pub error: Option<String>,
    /// Actor figures over the documents matching the query and date filter (not the actor filter, so
    /// another bar can be picked).
    pub actor_rows: Vec<ActorRow>,
    /// Dated items of the documents matching the query and actor filter.
    pub timeline: Vec<TimelineItem>,
    /// The distinct dates among them, one mark each.
    pub timeline_marks: Vec<Mark>,
    /// The search hits in the open document, as byte spans.
    pub highlights: Vec<Range<usize>>,
    /// The actors of the open document with their figures, most mentioned first.
    pub open_actors: Vec<ActorRow>,
    /// Makes the snippets of the current query (none for an empty query).
    snippets: Option<Snippets>,
    /// The snippets made so far, by document: only rows that have been shown get one.
    snippet_cache: RefCell<HashMap<usize, Marked>>,
    key: Option<DerivedKey>,
    highlight_key: Option<(String, Option<usize>, usize)>,
}

#[derive(Clone, PartialEq)]
struct DerivedKey {
    query: String,
    actor_filter: Option<usize>,
    date_filter: Option<(NaiveDate, NaiveDate)>,
    documents: usize,
}

impl Derived {
    /// Recomputes what changed since the last call; cheap when nothing did. True when the hit list changed.
    pub fn refresh(&mut self, corpus: &Corpus, view: &ViewState) -> bool {
        let key = DerivedKey {
            query: view.query.clone(),
            actor_filter: view.actor_filter,
            date_filter: view.date_filter,
            documents: corpus.documents.len(),
        };
        let list_changed = self.key.as_ref() != Some(&key);
        if list_changed {
            self.recompute(corpus, view);
            self.key = Some(key);
        }
        let highlight_key = (view.query.clone(), view.selected, corpus.documents.len());
        if self.highlight_key.as_ref() != Some(&highlight_key) {
            self.highlights = highlights(corpus, view);
            self.open_actors = open_actors(corpus, view);
            self.highlight_key = Some(highlight_key);
        }
        list_changed
    }

    fn recompute(&mut self, corpus: &Corpus, view: &ViewState) {
        let actor = view.actor_filter.and_then(|actor| corpus.dictionary.actors.get(actor)).map(|a| a.id.clone());
        let (from, to) = view.date_filter.unzip();
        self.snippet_cache.borrow_mut().clear();
        self.snippets = corpus.search.snippets(&view.query).ok().flatten();
        match figures(corpus, &view.query, &Filters { actor, from, to }, HIT_LIMIT) {
            Ok(figures) => {
                self.hits = figures.hits;
                self.hit_total = figures.hit_total;
                self.actor_rows = figures.actor_rows;
                self.timeline_marks = distinct_marks(&figures.timeline);
                self.timeline = figures.timeline;
                self.error = None;
            }
            Err(error) => {
                self.error = Some(error.to_string());
                self.hits.clear();
                self.hit_total = 0;
            }
        }
    }
}

impl Derived {
    /// The snippet of a listed document for the current query, made the first time its row is shown.
    pub fn snippet(&self, corpus: &Corpus, doc: usize) -> Option<Marked> {
        let snippets = self.snippets.as_ref()?;
        let mut cache = self.snippet_cache.borrow_mut();
        let text = corpus.documents.get(doc).map_or("", |document| document.text.as_str());
        Some(cache.entry(doc).or_insert_with(|| snippets.make(text)).clone())
    }
}

fn open_actors(corpus: &Corpus, view: &ViewState) -> Vec<ActorRow> {
    let Some(doc) = view.selected.filter(|&doc| doc < corpus.documents.len()) else { return Vec::new() };
    let rows = actor_table(corpus, &[doc]);
    top_by(&rows, Measure::Mentions, rows.len())
}

fn highlights(corpus: &Corpus, view: &ViewState) -> Vec<Range<usize>> {
    let Some(document) = view.selected.and_then(|doc| corpus.documents.get(doc)) else { return Vec::new() };
    corpus.search.highlight(&view.query, &document.text).unwrap_or_default()
}
