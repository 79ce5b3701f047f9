//! The analysis views' choices and figures: which view the right-hand area shows (the reader, trends, the
//! concordance or the co-mentions), how each is set, and its figures for the documents the query and filters
//! list — computed for the view shown only.

use crate::core::comentions::{CoMentions, Window, comentions};
use crate::core::concordance::{Concordance, KwicSort, Target, concordance};
use crate::core::corpus::Corpus;
use crate::core::search::SearchError;
use crate::core::stats::most_mentioned;
use crate::core::trends::{Step, TrendMeasure, Trends, trends};
use crate::core::view::ViewState;

/// The window's concordance reads documents until it has this many lines (ten screens), and says so when it
/// stops; the analyst can ask for every line.
pub const LINE_LIMIT: usize = 250;
/// At most this many actors are followed in the trends.
pub const MOST_TRENDS: usize = 8;

/// What the right-hand area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    /// The open article.
    #[default]
    Reader,
    /// Mentions over time.
    Trends,
    /// Keyword in context.
    Concordance,
    /// Who appears with whom.
    CoMentions,
}

impl Tab {
    /// Every tab, in the order of the tab strip.
    pub const ALL: [Self; 4] = [Self::Reader, Self::Trends, Self::Concordance, Self::CoMentions];

    /// The tab's name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Reader => "Reader",
            Self::Trends => "Trends",
            Self::Concordance => "Concordance",
            Self::CoMentions => "Co-mentions",
        }
    }
}

/// How the analysis views are set.
#[derive(Clone, Debug, PartialEq)]
pub struct AnalysisChoices {
    /// The view shown.
    pub tab: Tab,
    /// The actors the trends follow (dictionary indices); none: the five most mentioned.
    pub trend_actors: Vec<usize>,
    /// The trends' period; `None`: the one that suits the dates.
    pub step: Option<Step>,
    /// What a trend line measures.
    pub trend_measure: TrendMeasure,
    /// The order of the concordance's lines.
    pub kwic_sort: KwicSort,
    /// Words either side of a concordance match.
    pub kwic_width: usize,
    /// Whether the concordance reads every document instead of stopping at [`LINE_LIMIT`] lines.
    pub kwic_all: bool,
    /// Where two actors count as together.
    pub window: Window,
    /// How many actors the co-mention matrix pairs.
    pub top: usize,
    /// Whether the matrix shows the Jaccard index instead of raw counts.
    pub jaccard: bool,
    /// Two actors (dictionary indices) whose shared sentences the concordance shows instead of the query.
    pub pair: Option<(usize, usize)>,
}

impl Default for AnalysisChoices {
    fn default() -> Self {
        Self {
            tab: Tab::default(),
            trend_actors: Vec::new(),
            step: None,
            trend_measure: TrendMeasure::default(),
            kwic_sort: KwicSort::default(),
            kwic_width: 6,
            kwic_all: false,
            window: Window::default(),
            top: 12,
            jaccard: false,
            pair: None,
        }
    }
}

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
            ViewFigures::Trends(trends(corpus, &docs, &actors, choices.step))
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
