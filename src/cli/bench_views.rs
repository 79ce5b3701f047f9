//! What the analysis views cost the window: each view's figures (trends, concordance, co-mentions in sentences
//! and in documents) recomputed for every query of the bench's set, as when the analyst changes the query or a
//! filter with that view shown. The window computes them off its thread; these are the times until they show.

use serde::Serialize;

use super::timing::{Latency, latency, repeat};
use crate::core::comentions::Window;
use crate::core::corpus::Corpus;
use crate::core::search::SearchError;
use crate::core::view::ViewState;
use crate::core::view_figures::{AnalysisChoices, Tab, view_figures};

/// How many times each view is computed per query.
const ROUNDS: usize = 5;

/// The latency of each view over the query set.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct ViewLatencies {
    /// The trends of the five most mentioned actors, by the step that suits the dates.
    pub trends: Latency,
    /// The concordance of the query (documents read until 250 lines are found).
    pub concordance: Latency,
    /// The co-mentions of the twelve most mentioned actors, by sentence.
    pub comentions_sentence: Latency,
    /// The same, by document.
    pub comentions_document: Latency,
}

/// Times each view for each query and its actor filter.
pub fn time_views(corpus: &Corpus, queries: &[(&str, Option<usize>)]) -> Result<ViewLatencies, SearchError> {
    let choices = |tab, window| AnalysisChoices { tab, window, ..AnalysisChoices::default() };
    let time = |analysis: AnalysisChoices| -> Result<Latency, SearchError> {
        let mut times = Vec::new();
        for &(query, actor_filter) in queries {
            let view =
                ViewState { query: query.to_owned(), actor_filter, analysis: analysis.clone(), ..ViewState::default() };
            times.extend(repeat(ROUNDS, || view_figures(corpus, &view).map(drop))?);
        }
        Ok(latency(&mut times))
    };
    Ok(ViewLatencies {
        trends: time(choices(Tab::Trends, Window::Sentence))?,
        concordance: time(choices(Tab::Concordance, Window::Sentence))?,
        comentions_sentence: time(choices(Tab::CoMentions, Window::Sentence))?,
        comentions_document: time(choices(Tab::CoMentions, Window::Document))?,
    })
}
