//! The analysis view's figures (trends, concordance or co-mentions), recomputed only when the query, a filter,
//! the view or its settings change — in the background on a large corpus, like the panels' figures — and timed,
//! so the benchmark and the status bar can say how long a view took to follow a change.

use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use super::jobs::figures::{BACKGROUND_FROM, FiguresWorker};
use crate::core::corpus::Corpus;
use crate::core::view::ViewState;
use crate::core::view_figures::{Tab, ViewFigures, view_figures};

/// The figures of the analysis view shown.
#[derive(Default)]
pub struct DerivedViews {
    /// The figures shown.
    pub figures: ViewFigures,
    /// Why the view could not be computed, if it could not.
    pub error: Option<String>,
    /// How long the last figures took, from the change to their arrival.
    pub took: Option<Duration>,
    key: Option<ViewsKey>,
    requested: Option<(ViewsKey, Instant)>,
    worker: FiguresWorker<ViewsKey, ViewFigures>,
}

/// Everything the view's figures depend on: the whole view but the open article, the timeline's span and the
/// plot's measure, over a corpus of so many documents counted with a dictionary.
#[derive(Clone, Debug, PartialEq)]
struct ViewsKey {
    view: ViewState,
    documents: usize,
    actors: u64,
}

impl ViewsKey {
    fn of(view: &ViewState, corpus: &Corpus) -> Option<Self> {
        let view = what_counts(view)?;
        Some(Self { view, documents: corpus.documents.len(), actors: corpus.dictionary.key })
    }
}

/// The choices the view's figures depend on; `None` when no analysis view is shown.
fn what_counts(view: &ViewState) -> Option<ViewState> {
    (view.analysis.tab != Tab::Reader).then(|| ViewState {
        selected: None,
        current_hit: None,
        timeline: None,
        ..view.clone()
    })
}

impl DerivedViews {
    /// Asks for the figures of the view's choices if they changed, and takes those that arrived.
    pub fn refresh(&mut self, shared: &Arc<RwLock<Corpus>>, corpus: &Corpus, view: &ViewState, ctx: &egui::Context) {
        let Some(key) = ViewsKey::of(view, corpus) else { return };
        if self.requested.as_ref().map(|(asked, _)| asked) != Some(&key) {
            self.requested = Some((key.clone(), Instant::now()));
            let asked = key.view.clone();
            if corpus.documents.len() < BACKGROUND_FROM
                || self.worker.start(ctx, key.clone(), shared, move |corpus| view_figures(corpus, &asked)).is_err()
            {
                let result = view_figures(corpus, &key.view).map_err(|error| error.to_string());
                self.apply(key, result);
            }
        }
        for (answered, result) in self.worker.poll() {
            if self.requested.as_ref().is_some_and(|(asked, _)| *asked == answered) {
                self.apply(answered, result.map_err(|error| error.to_string()));
            }
        }
    }

    /// Whether the figures shown are not yet those of the view's choices (being computed, or not asked yet).
    pub fn lags(&self, view: &ViewState) -> bool {
        let Some(wanted) = what_counts(view) else { return false };
        self.key.as_ref().is_none_or(|key| key.view != wanted) || self.is_updating()
    }

    /// Whether newer figures are being computed than those shown.
    pub fn is_updating(&self) -> bool {
        self.requested.as_ref().map(|(asked, _)| asked) != self.key.as_ref()
    }

    fn apply(&mut self, key: ViewsKey, result: Result<ViewFigures, String>) {
        self.took = self.requested.as_ref().map(|(_, since)| since.elapsed());
        match result {
            Ok(figures) => (self.figures, self.error) = (figures, None),
            Err(error) => self.error = Some(error),
        }
        self.key = Some(key);
    }
}
