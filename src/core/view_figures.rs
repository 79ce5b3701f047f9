//! The analysis views' figures for the documents the query and filters list — computed for the view shown
//! only (see [`AnalysisChoices`]).

pub use crate::core::analysis_choices::{AnalysisChoices, LINE_LIMIT, MOST_TRENDS, Tab};
use crate::core::comentions::{CoMentions, comentions};
use crate::core::concordance::{Concordance, Target, concordance};
use crate::core::corpus::Corpus;
use crate::core::search::SearchError;
use crate::core::stats::most_mentioned;
use crate::core::trends::{Trends, trends};
use crate::core::view::ViewState;

/// The figures of the view shown (none for the reader).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum ViewFigures {
    /// No analysis view is shown.
    #[default]
    None,
    /// Mentions over time.
    Trends(Trends),
    /// The concordance of the query, or of the filtered actor when there is no query.
    Concordance(Concordance),
    /// Nothing to look for: no query and no actor filter.
    NoConcordanceTarget,
    /// Who appears with whom.
    CoMentions(CoMentions),
}

/// The figures of the view `view` shows, over the documents its query and filters list.
pub fn view_figures(corpus: &Corpus, view: &ViewState) -> Result<ViewFigures, SearchError> {
    let choices = &view.analysis;
    if choices.tab == Tab::Reader {
        return Ok(ViewFigures::None);
    }
    let docs = corpus.search.matching_docs(&view.query, &view.filters(corpus))?;
    Ok(match choices.tab {
        Tab::Reader => ViewFigures::None,
        Tab::Trends => {
            let mut actors = choices.trend_actors.clone();
            if actors.is_empty() {
                actors = most_mentioned(corpus, &docs, 5).0;
            }
            actors.truncate(MOST_TRENDS);
            ViewFigures::Trends(trends(corpus, &docs, &actors, choices.step, choices.basis))
        }
        Tab::Concordance => {
            let target = match (choices.pair, view.query.trim(), view.actor_filter) {
                (Some((actor, with)), _, _) => Target::Pair(actor, with),
                (None, "", Some(actor)) => Target::Actor(actor),
                (None, "", None) => return Ok(ViewFigures::NoConcordanceTarget),
                (None, query, _) => Target::Query(query),
            };
            let limits = (choices.kwic_sort, if choices.kwic_all { usize::MAX } else { LINE_LIMIT });
            ViewFigures::Concordance(concordance(corpus, &docs, target, choices.kwic_width, limits)?)
        }
        Tab::CoMentions => ViewFigures::CoMentions(comentions(corpus, &docs, choices.top, choices.window)),
    })
}
