//! How the analysis views are set: which one the right-hand area shows (the reader, trends, the concordance or
//! the co-mentions) and each one's switches. Plain data, part of the analyst's choices.

use crate::core::comentions::Window;
use crate::core::concordance::KwicSort;
use crate::core::trends::{DateBasis, Step, TrendMeasure};

/// At most this many actors are followed in the trends.
pub const MOST_TRENDS: usize = 8;
/// The window's concordance reads documents until it has this many lines (ten screens), and says so when it
/// stops; the analyst can ask for every line.
pub const LINE_LIMIT: usize = 250;
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
