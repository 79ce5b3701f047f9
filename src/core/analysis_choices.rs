//! How the analysis views are set: which one the right-hand area shows (the reader, trends, the concordance or
//! the co-mentions) and each one's switches. Plain data, part of the analyst's choices.

use serde::{Deserialize, Serialize};

use crate::core::comentions::Window;
use crate::core::concordance::KwicSort;
use crate::core::corpus::Corpus;
use crate::core::trends::{DateBasis, Step, TrendMeasure};

/// At most this many actors are followed in the trends.
pub const MOST_TRENDS: usize = 8;
/// The window's concordance reads documents until it has this many lines (ten screens), and says so when it
/// stops; the analyst can ask for every line.
pub const LINE_LIMIT: usize = 250;
/// What the right-hand area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
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
    /// Whether mentions are placed by publication date or by the dates in their sentences.
    pub basis: DateBasis,
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
            basis: DateBasis::default(),
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

/// The choices as a workspace saves them: actors by their dictionary id, so they survive an edit of the
/// dictionary; an actor no longer in it is left out when the workspace is opened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedAnalysis {
    /// The view shown.
    pub tab: Tab,
    /// The actors the trends follow, by id.
    pub trend_actors: Vec<String>,
    /// The trends' period (`None`: auto).
    pub step: Option<Step>,
    /// What a trend line measures.
    pub trend_measure: TrendMeasure,
    /// Publication dates or the dates in the text.
    pub basis: DateBasis,
    /// The concordance's order.
    pub kwic_sort: KwicSort,
    /// Words either side of a match.
    pub kwic_width: usize,
    /// Whether the concordance reads every document.
    pub kwic_all: bool,
    /// Sentence or document.
    pub window: Window,
    /// Actors in the matrix.
    pub top: usize,
    /// Whether the matrix shows the Jaccard index.
    pub jaccard: bool,
    /// The pair whose sentences the concordance shows, by ids.
    pub pair: Option<(String, String)>,
}

impl Default for SavedAnalysis {
    fn default() -> Self {
        let defaults = AnalysisChoices::default();
        Self {
            tab: defaults.tab,
            trend_actors: Vec::new(),
            step: defaults.step,
            trend_measure: defaults.trend_measure,
            basis: defaults.basis,
            kwic_sort: defaults.kwic_sort,
            kwic_width: defaults.kwic_width,
            kwic_all: defaults.kwic_all,
            window: defaults.window,
            top: defaults.top,
            jaccard: defaults.jaccard,
            pair: None,
        }
    }
}

impl SavedAnalysis {
    /// The choices by names.
    pub fn of(choices: &AnalysisChoices, corpus: &Corpus) -> Self {
        let id = |actor: usize| corpus.dictionary.actors.get(actor).map(|actor| actor.id.clone());
        Self {
            tab: choices.tab,
            trend_actors: choices.trend_actors.iter().filter_map(|&actor| id(actor)).collect(),
            step: choices.step,
            trend_measure: choices.trend_measure,
            basis: choices.basis,
            kwic_sort: choices.kwic_sort,
            kwic_width: choices.kwic_width,
            kwic_all: choices.kwic_all,
            window: choices.window,
            top: choices.top,
            jaccard: choices.jaccard,
            pair: choices.pair.and_then(|(a, b)| Some((id(a)?, id(b)?))),
        }
    }

    /// The choices again over a corpus (a width or a number of actors out of range gets the default).
    pub fn restore(&self, corpus: &Corpus) -> AnalysisChoices {
        let index = |id: &str| corpus.dictionary.index_of(id);
        let defaults = AnalysisChoices::default();
        AnalysisChoices {
            tab: self.tab,
            trend_actors: self.trend_actors.iter().filter_map(|id| index(id)).take(MOST_TRENDS).collect(),
            step: self.step,
            trend_measure: self.trend_measure,
            basis: self.basis,
            kwic_sort: self.kwic_sort,
            kwic_width: if (1..=50).contains(&self.kwic_width) { self.kwic_width } else { defaults.kwic_width },
            kwic_all: self.kwic_all,
            window: self.window,
            top: if (2..=64).contains(&self.top) { self.top } else { defaults.top },
            jaccard: self.jaccard,
            pair: self.pair.as_ref().and_then(|(a, b)| Some((index(a)?, index(b)?))),
        }
    }
}
