//! What the analyst is looking at (query, filters, selection) and the figures derived from it, recomputed
//! only when one of those changes — never per frame.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, RwLock};

use chrono::NaiveDate;

use super::figures_worker::{BACKGROUND_FROM, FiguresWorker};
use crate::core::corpus::Corpus;
use crate::core::figures::{Figures, figures};
use crate::core::search::{Filters, Marked, Snippets};
use crate::core::stats::{ActorRow, Measure, actor_table, top_by};

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
    /// True while drawing an image for a briefing: hints on how to click, and buttons, are left out.
    pub presenting: bool,
}

/// Figures derived from the corpus and the view state.
#[derive(Default)]
pub struct Derived {
    /// The panels' figures: ranked hits, actor table, timeline (see [`Figures`]).
    pub figures: Figures,
    /// Why the query could not run, if it could not.
    pub error: Option<String>,
    /// The search hits in the open document, as byte spans.
    pub highlights: Vec<Range<usize>>,
    /// The actors of the open document with their figures, most mentioned first.
    pub open_actors: Vec<ActorRow>,
    /// Makes the snippets of the current query (none for an empty query).
    snippets: Option<Snippets>,
    /// The snippets made so far, by document: only rows that have been shown get one.
    snippet_cache: RefCell<HashMap<usize, Marked>>,
    /// The choices the figures shown were computed for.
    key: Option<DerivedKey>,
    /// The choices last asked for; differs from `key` while the figures are computed in the background.
    requested: Option<DerivedKey>,
    /// The choices of the hit list last reported as changed.
    last_listed: Option<DerivedKey>,
    worker: FiguresWorker<DerivedKey>,
    highlight_key: Option<(String, Option<usize>, usize)>,
}

#[derive(Clone, Debug, PartialEq)]
struct DerivedKey {
    query: String,
    actor_filter: Option<usize>,
    date_filter: Option<(NaiveDate, NaiveDate)>,
    documents: usize,
}

impl Derived {
    /// Recomputes what changed since the last call; cheap when nothing did. On a large corpus the figures are
    /// computed in the background and appear a few frames later. True when the hit list changed.
    pub fn refresh(
        &mut self,
        shared: &Arc<RwLock<Corpus>>,
        corpus: &Corpus,
        view: &ViewState,
        ctx: &egui::Context,
    ) -> bool {
        let key = DerivedKey {
            query: view.query.clone(),
            actor_filter: view.actor_filter,
            date_filter: view.date_filter,
            documents: corpus.documents.len(),
        };
        if self.requested.as_ref() != Some(&key) {
            self.requested = Some(key.clone());
            let request = (key.query.clone(), filters(corpus, &key), HIT_LIMIT);
            let wake = {
                let ctx = ctx.clone();
                move || ctx.request_repaint()
            };
            if corpus.documents.len() < BACKGROUND_FROM
                || self.worker.start(key.clone(), shared, request.clone(), wake).is_err()
            {
                let (query, filters, limit) = request;
                let result = figures(corpus, &query, &filters, limit).map_err(|error| error.to_string());
                self.apply(corpus, key, result);
            }
        }
        let mut list_changed = false;
        for (answered, result) in self.worker.poll() {
            if self.requested.as_ref() == Some(&answered) {
                self.apply(corpus, answered, result);
            }
        }
        if self.key != self.last_listed {
            self.last_listed = self.key.clone();
            list_changed = true;
        }
        let highlight_key = (view.query.clone(), view.selected, corpus.documents.len());
        if self.highlight_key.as_ref() != Some(&highlight_key) {
            self.highlights = highlights(corpus, view);
            self.open_actors = open_actors(corpus, view);
            self.highlight_key = Some(highlight_key);
        }
        list_changed
    }

    /// Whether newer figures are being computed than those shown.
    pub fn is_updating(&self) -> bool {
        self.requested != self.key
    }

    /// Whether the figures shown are not yet those of the view's choices (being computed, or not asked yet).
    pub fn lags(&self, view: &ViewState) -> bool {
        let asked = self.requested.as_ref().is_some_and(|key| {
            key.query == view.query && key.actor_filter == view.actor_filter && key.date_filter == view.date_filter
        });
        !asked || self.is_updating()
    }

    fn apply(&mut self, corpus: &Corpus, key: DerivedKey, result: Result<Figures, String>) {
        self.snippet_cache.borrow_mut().clear();
        self.snippets = corpus.search.snippets(&key.query).ok().flatten();
        match result {
            Ok(figures) => {
                self.figures = figures;
                self.error = None;
            }
            Err(error) => {
                self.error = Some(error);
                self.figures.hits.clear();
                self.figures.hit_total = 0;
            }
        }
        self.key = Some(key);
    }
}

/// The search filters the choices stand for.
fn filters(corpus: &Corpus, key: &DerivedKey) -> Filters {
    let actor = key.actor_filter.and_then(|actor| corpus.dictionary.actors.get(actor)).map(|a| a.id.clone());
    let (from, to) = key.date_filter.unzip();
    Filters { actor, from, to }
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
