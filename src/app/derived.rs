//! The figures derived from the corpus and the analyst's choices, recomputed only when one of those changes —
//! never per frame: the view model the panels draw.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, RwLock};

use chrono::NaiveDate;

use super::commands::AppCommand;
use super::derived_views::DerivedViews;
use super::jobs::figures::{BACKGROUND_FROM, FiguresError, FiguresRequest, FiguresWorker};
use crate::core::corpus::Corpus;
use crate::core::figures::Figures;
use crate::core::search::{DateMatch, Marked, Snippets};
use crate::core::stats::{ActorRow, Measure, People, actor_table, top_by};
use crate::core::view::{HIT_LIMIT, ViewState};

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
    /// The figures of the analysis view shown beside the list.
    pub views: DerivedViews,
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
    highlight_key: Option<(String, Option<usize>, usize, People, u64)>,
}

#[derive(Clone, Debug, PartialEq)]
struct DerivedKey {
    query: String,
    actor_filter: Option<usize>,
    people: People,
    date_filter: Option<(NaiveDate, NaiveDate)>,
    date_match: DateMatch,
    include_undated: bool,
    outlet_filter: Option<String>,
    language_filter: Option<String>,
    documents: usize,
    /// The key of the dictionary the corpus counts with: an edit of the actors changes every figure.
    actors: u64,
}

impl DerivedKey {
    /// The choices of the view the figures depend on, over a corpus of `documents` documents counted with the
    /// dictionary of key `actors`.
    fn of(view: &ViewState, documents: usize, actors: u64) -> Self {
        Self {
            query: view.query.clone(),
            actor_filter: view.actor_filter,
            people: view.people,
            date_filter: view.date_filter,
            date_match: view.date_match,
            include_undated: view.include_undated,
            outlet_filter: view.outlet_filter.clone(),
            language_filter: view.language_filter.clone(),
            documents,
            actors,
        }
    }
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
        let key = DerivedKey::of(view, corpus.documents.len(), corpus.dictionary.key);
        if self.requested.as_ref() != Some(&key) {
            self.requested = Some(key.clone());
            let request = FiguresRequest { view: view.clone(), limit: HIT_LIMIT };
            if corpus.documents.len() < BACKGROUND_FROM
                || self
                    .worker
                    .start(ctx, key.clone(), shared, {
                        let request = request.clone();
                        move |corpus| request.compute(corpus)
                    })
                    .is_err()
            {
                let result = request.compute(corpus).map_err(FiguresError::Work);
                self.apply(corpus, key, result);
            }
        }
        self.views.refresh(shared, corpus, view, ctx);
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
        let highlight_key =
            (view.query.clone(), view.selected, corpus.documents.len(), view.people, corpus.dictionary.key);
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
        let asked = self.requested.as_ref().is_some_and(|key| *key == DerivedKey::of(view, key.documents, key.actors));
        !asked || self.is_updating() || self.views.lags(view)
    }

    fn apply(&mut self, corpus: &Corpus, key: DerivedKey, result: Result<Figures, FiguresError>) {
        self.snippet_cache.borrow_mut().clear();
        self.snippets = corpus.search.snippets(&key.query).ok().flatten();
        match result {
            Ok(figures) => {
                self.figures = figures;
                self.error = None;
            }
            Err(error) => {
                self.error = Some(error.to_string());
                self.figures.hits.clear();
                self.figures.hit_total = 0;
            }
        }
        self.key = Some(key);
    }
}

impl Derived {
    /// The article to open when none is, or when a new query or filter left the open one out of the list, so
    /// the reader follows the search: the best hit, at its first search hit; or none at all when nothing is
    /// listed, so the reader never shows an article the filters leave out.
    pub fn article_to_open(&self, corpus: &Corpus, view: &ViewState, list_changed: bool) -> Option<AppCommand> {
        let open_is_listed = |doc: usize| self.figures.hits.iter().any(|hit| hit.doc == doc);
        if view.selected.is_some_and(|doc| !list_changed || open_is_listed(doc)) {
            return None;
        }
        let Some(best) = self.figures.hits.first() else {
            return view.selected.map(|_| AppCommand::CloseArticle);
        };
        let doc = best.doc;
        let text = corpus.documents.get(doc).map_or("", |document| document.text.as_str());
        let focus = corpus.search.highlight(&view.query, text).ok().and_then(|hits| hits.into_iter().next());
        Some(AppCommand::Open { doc, focus })
    }

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
    let rows = actor_table(corpus, &[doc], view.people);
    top_by(&rows, Measure::Mentions, rows.len())
}

fn highlights(corpus: &Corpus, view: &ViewState) -> Vec<Range<usize>> {
    let Some(document) = view.selected.and_then(|doc| corpus.documents.get(doc)) else { return Vec::new() };
    corpus.search.highlight(&view.query, &document.text).unwrap_or_default()
}
