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

/// How the analysis views are set. Actors are dictionary indices in the window (`A = usize`) and dictionary ids
/// in a saved workspace ([`SavedAnalysis`]), so a workspace survives an edit of the dictionary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AnalysisChoices<A = usize> {
    /// The view shown.
    pub tab: Tab,
    /// The actors the trends follow; none: the five most mentioned.
    pub trend_actors: Vec<A>,
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
    /// Two actors whose shared sentences the concordance shows instead of the query.
    pub pair: Option<(A, A)>,
}

impl<A> Default for AnalysisChoices<A> {
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

/// The choices as a workspace saves them: actors by dictionary id.
pub type SavedAnalysis = AnalysisChoices<String>;

impl<A> AnalysisChoices<A> {
    /// The same choices with each actor turned by `turn`; an actor it gives nothing for is left out.
    fn with_actors<B>(&self, turn: impl Fn(&A) -> Option<B>) -> AnalysisChoices<B> {
        AnalysisChoices {
            tab: self.tab,
            trend_actors: self.trend_actors.iter().filter_map(&turn).collect(),
            step: self.step,
            trend_measure: self.trend_measure,
            basis: self.basis,
            kwic_sort: self.kwic_sort,
            kwic_width: self.kwic_width,
            kwic_all: self.kwic_all,
            window: self.window,
            top: self.top,
            jaccard: self.jaccard,
            pair: self.pair.as_ref().and_then(|(a, b)| Some((turn(a)?, turn(b)?))),
        }
    }
}

impl SavedAnalysis {
    /// The window's choices by names.
    pub fn of(choices: &AnalysisChoices, corpus: &Corpus) -> Self {
        choices.with_actors(|&actor| corpus.dictionary.actors.get(actor).map(|actor| actor.id.clone()))
    }

    /// The choices again over a corpus: an actor no longer in the dictionary is left out, a width or a number of
    /// actors out of range gets the default.
    pub fn restore(&self, corpus: &Corpus) -> AnalysisChoices {
        let mut choices = self.with_actors(|id| corpus.dictionary.index_of(id));
        let defaults = AnalysisChoices::<usize>::default();
        choices.trend_actors.truncate(MOST_TRENDS);
        if !(1..=50).contains(&choices.kwic_width) {
            choices.kwic_width = defaults.kwic_width;
        }
        if !(2..=64).contains(&choices.top) {
            choices.top = defaults.top;
        }
        choices
    }
}
