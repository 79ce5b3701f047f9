//! What the analyst is looking at: the query, the filters, the measure and the open article. Plain data that
//! the window draws from and the command line fills in for `geodash screenshot`.

use chrono::NaiveDate;

use crate::core::analysis_choices::AnalysisChoices;
use crate::core::corpus::Corpus;
use crate::core::facets::{Facet, docs_with};
use crate::core::search::{ActorDocs, DateMatch, FacetDocs, Filters};
use crate::core::stats::{Measure, People};

/// At most this many hits are listed (with snippets) in the window, in images and in exported data.
pub const HIT_LIMIT: usize = 500;

/// The analyst's choices.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    /// The search box's text.
    pub query: String,
    /// What the actor plot measures.
    pub measure: Measure,
    /// Whether people's mentions count for the state they served as well.
    pub people: People,
    /// The actor (dictionary index) the article list is filtered to.
    pub actor_filter: Option<usize>,
    /// The publication-date range the article list is filtered to.
    pub date_filter: Option<(NaiveDate, NaiveDate)>,
    /// How a vague publication date is held against that range.
    pub date_match: DateMatch,
    /// Whether undated articles stay in the list while a date range is set.
    pub include_undated: bool,
    /// The outlet the article list is filtered to.
    pub outlet_filter: Option<String>,
    /// The language (ISO 639-3) the article list is filtered to.
    pub language_filter: Option<String>,
    /// The span of time the timeline shows, in days since 1 January of year 1 (fractions of a day allowed, as
    /// it pans); `None` fits every date of the documents shown.
    pub timeline: Option<(f64, f64)>,
    /// The document open in the reader.
    pub selected: Option<usize>,
    /// The search hit in the open document that next/previous moves from.
    pub current_hit: Option<usize>,
    /// The analysis view shown beside the list, and how each is set.
    pub analysis: AnalysisChoices,
}

impl ViewState {
    /// The search filters the choices stand for, over a corpus (the actor by its dictionary id).
    pub fn filters(&self, corpus: &Corpus) -> Filters {
        let actor = self.actor_filter.and_then(|index| actor_docs(corpus, index, self.people));
        let (from, to) = self.date_filter.unzip();
        let facet = |facet: Facet, value: &Option<String>| {
            value
                .as_ref()
                .map(|value| FacetDocs { value: value.clone(), docs: docs_with(&corpus.documents, facet, value) })
        };
        Filters {
            actor,
            people: self.people,
            from,
            to,
            dates: self.date_match,
            include_undated: self.include_undated,
            outlet: facet(Facet::Outlet, &self.outlet_filter),
            language: facet(Facet::Language, &self.language_filter),
        }
    }
}

/// The documents with a counted mention of the actor (dictionary index); with `People::WithTheirState`, also
/// those naming a person who held one of its offices on their date.
pub fn actor_docs(corpus: &Corpus, actor: usize, people: People) -> Option<ActorDocs> {
    let id = corpus.dictionary.actors.get(actor)?.id.clone();
    let names_it = |doc: usize, tally: &crate::core::corpus::ActorTally| {
        tally.counted > 0
            && (tally.actor == actor
                || (people == People::WithTheirState
                    && corpus
                        .dictionary
                        .office_on(tally.actor, corpus.reading_day(doc))
                        .is_some_and(|(_, of)| of == actor)))
    };
    let docs = corpus
        .analyses
        .iter()
        .enumerate()
        .filter(|(doc, analysis)| analysis.tallies.iter().any(|tally| names_it(*doc, tally)));
    Some(ActorDocs { id, docs: docs.map(|(doc, _)| doc as u64).collect() })
}
