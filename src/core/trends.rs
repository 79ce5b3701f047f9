//! Mentions over time: for chosen actors, their counted mentions per day, week, month, quarter or year, with
//! the documents that name them and the period's documents and words, so a line can show raw mentions, the share
//! of the period's documents that name the actor, or mentions per 1,000 words. A document is placed by its
//! publication date; one whose date is vaguer than a period ("2023" by month) or that has none is counted apart,
//! never spread over periods.

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::core::corpus::Corpus;
use crate::core::dates::DateSpan;

mod mentioned;

/// The length of one period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// One day.
    Day,
    /// An ISO week, Monday to Sunday.
    Week,
    /// A calendar month.
    #[default]
    Month,
    /// A calendar quarter.
    Quarter,
    /// A calendar year.
    Year,
}

impl Step {
    /// Every step, finest first.
    pub const ALL: [Self; 5] = [Self::Day, Self::Week, Self::Month, Self::Quarter, Self::Year];

    /// The step's name: "day", "week", "month", "quarter", "year".
    pub fn label(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
            Self::Quarter => "quarter",
            Self::Year => "year",
        }
    }

    /// The first day of the period that holds `day`.
    pub fn start_of(self, day: NaiveDate) -> NaiveDate {
        let first_of_month = |month: u32| NaiveDate::from_ymd_opt(day.year(), month, 1).unwrap_or(day);
        match self {
            Self::Day => day,
            Self::Week => day - Days::new(u64::from(day.weekday().num_days_from_monday())),
            Self::Month => first_of_month(day.month()),
            Self::Quarter => first_of_month((day.month0() / 3) * 3 + 1),
            Self::Year => first_of_month(1),
        }
    }

    /// The first day of the period after the one starting on `start`.
    pub fn next(self, start: NaiveDate) -> NaiveDate {
        let later = match self {
            Self::Day => start.checked_add_days(Days::new(1)),
            Self::Week => start.checked_add_days(Days::new(7)),
            Self::Month => start.checked_add_months(Months::new(1)),
            Self::Quarter => start.checked_add_months(Months::new(3)),
            Self::Year => start.checked_add_months(Months::new(12)),
        };
        later.unwrap_or(NaiveDate::MAX)
    }

    /// The period a date falls in whole, if it does: "March 2024" is in a month, a quarter and a year, not in a
    /// week.
    pub fn period_of(self, span: &DateSpan) -> Option<NaiveDate> {
        let start = self.start_of(span.start);
        (self.start_of(span.end) == start).then_some(start)
    }

    /// The step that shows a span of dates as some tens of points: days up to two months, weeks up to a year,
    /// months up to eight years, quarters up to twenty-five, years beyond.
    pub fn for_span(first: NaiveDate, last: NaiveDate) -> Self {
        let days = (last - first).num_days();
        [(62, Self::Day), (366, Self::Week), (2922, Self::Month), (9131, Self::Quarter)]
            .into_iter()
            .find(|&(most, _)| days <= most)
            .map_or(Self::Year, |(_, step)| step)
    }
}

/// What a trend line measures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrendMeasure {
    /// Counted mentions in the period.
    #[default]
    Mentions,
    /// The share of the period's documents that name the actor, in per cent.
    Documents,
    /// Counted mentions per 1,000 words of the period's documents.
    PerThousand,
}

impl TrendMeasure {
    /// Every measure, in the order of the switch.
    pub const ALL: [Self; 3] = [Self::Mentions, Self::Documents, Self::PerThousand];

    /// The measure's name on the axis.
    pub fn label(self) -> &'static str {
        match self {
            Self::Mentions => "mentions",
            Self::Documents => "% of documents",
            Self::PerThousand => "per 1,000 words",
        }
    }
}

/// Which date places a mention in time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// The document's publication date: every mention of a document in its period.
    #[default]
    Published,
    /// The date named in the mention's own sentence ("In July 2023, France…" in a text of 2024): events as the
    /// texts date them.
    Mentioned,
}

impl DateBasis {
    /// Both bases, as the switch shows them.
    pub const ALL: [Self; 2] = [Self::Published, Self::Mentioned];

    /// The basis's name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Published => "publication dates",
            Self::Mentioned => "dates in the text",
        }
    }
}

/// One period: its first day, its documents and their words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Period {
    /// The period's first day.
    pub start: NaiveDate,
    /// The documents published in it.
    pub documents: usize,
    /// Their words.
    pub words: usize,
}

/// One actor in one period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Count {
    /// Counted mentions.
    pub mentions: usize,
    /// Documents with at least one counted mention.
    pub documents: usize,
}

/// One actor's line: a count per period, in the order of [`Trends::periods`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    /// The actor's index in the dictionary.
    pub actor: usize,
    /// Its counts, period by period.
    pub counts: Vec<Count>,
}

/// Mentions over time of some actors among some documents.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trends {
    /// The step of the periods.
    pub step: Step,
    /// Every period from the first dated document's to the last's, empty ones included.
    pub periods: Vec<Period>,
    /// One line per actor asked for.
    pub series: Vec<Series>,
    /// The date the periods are of.
    pub basis: DateBasis,
    /// Counted apart: by publication date, the documents with none; by the dates in the text, the mentions with
    /// no date in their sentence.
    pub undated: usize,
    /// Counted apart: the documents (or mentions) whose date is vaguer than the step ("2023" by month).
    pub too_vague: usize,
}

impl Trends {
    /// The value of `count` in period `at` under a measure.
    pub fn value(&self, count: Count, at: usize, measure: TrendMeasure) -> f64 {
        let period = self.periods.get(at);
        let ratio = |part: usize, whole: usize| if whole == 0 { 0.0 } else { part as f64 / whole as f64 };
        match measure {
            TrendMeasure::Mentions => count.mentions as f64,
            TrendMeasure::Documents => 100.0 * ratio(count.documents, period.map_or(0, |p| p.documents)),
            TrendMeasure::PerThousand => 1000.0 * ratio(count.mentions, period.map_or(0, |p| p.words)),
        }
    }
}

/// The trends of `actors` (dictionary indices) over the documents `docs`, by `step` (`None`: the step that suits
/// the dates, see [`step_for_spans`]), with mentions placed by publication date or by the dates in the text.
pub fn trends(corpus: &Corpus, docs: &[usize], actors: &[usize], step: Option<Step>, basis: DateBasis) -> Trends {
    match basis {
        DateBasis::Published => by_publication(corpus, docs, actors, step),
        DateBasis::Mentioned => mentioned::trends(corpus, docs, actors, step),
    }
}

fn by_publication(corpus: &Corpus, docs: &[usize], actors: &[usize], step: Option<Step>) -> Trends {
    let published = docs.iter().filter_map(|&doc| corpus.documents.get(doc)?.published.as_ref());
    let step = step.unwrap_or_else(|| step_for_spans(&published.map(|published| &published.span).collect::<Vec<_>>()));
    let mut placed: Vec<(NaiveDate, usize)> = Vec::with_capacity(docs.len());
    let (mut undated, mut too_vague) = (0, 0);
    for &doc in docs {
        match corpus.documents.get(doc).and_then(|document| document.published.as_ref()) {
            None => undated += 1,
            Some(published) => match step.period_of(&published.span) {
                Some(start) => placed.push((start, doc)),
                None => too_vague += 1,
            },
        }
    }
    let periods = period_starts(step, &placed);
    let mut trends = Trends::empty(step, &periods, actors, DateBasis::Published);
    (trends.undated, trends.too_vague) = (undated, too_vague);
    for (start, doc) in placed {
        let Ok(at) = periods.binary_search(&start) else { continue };
        trends.add(corpus, doc, at);
    }
    trends
}

impl Trends {
    /// Trends with a period for each start and a line for each actor, all counts at nothing.
    fn empty(step: Step, starts: &[NaiveDate], actors: &[usize], basis: DateBasis) -> Self {
        Self {
            step,
            periods: starts.iter().map(|&start| Period { start, ..Period::default() }).collect(),
            series: actors
                .iter()
                .map(|&actor| Series { actor, counts: vec![Count::default(); starts.len()] })
                .collect(),
            basis,
            undated: 0,
            too_vague: 0,
        }
    }

    fn add(&mut self, corpus: &Corpus, doc: usize, at: usize) {
        let Some(analysis) = corpus.analyses.get(doc) else { return };
        if let Some(period) = self.periods.get_mut(at) {
            period.documents += 1;
            period.words += analysis.words;
        }
        for series in &mut self.series {
            let counted = analysis.tallies.iter().find(|tally| tally.actor == series.actor).map_or(0, |t| t.counted);
            if let (true, Some(count)) = (counted > 0, series.counts.get_mut(at)) {
                count.mentions += counted as usize;
                count.documents += 1;
            }
        }
    }
}

/// Every period start from the earliest placed document's to the latest's.
fn period_starts(step: Step, placed: &[(NaiveDate, usize)]) -> Vec<NaiveDate> {
    let first = placed.iter().map(|(start, _)| *start).min();
    let last = placed.iter().map(|(start, _)| *start).max();
    let (Some(mut at), Some(last)) = (first, last) else { return Vec::new() };
    let mut starts = Vec::new();
    while at <= last {
        starts.push(at);
        let next = step.next(at);
        if next <= at {
            break; // the calendar's last day
        }
        at = next;
    }
    starts
}

/// The step for some dates: the one their span calls for ([`Step::for_span`]), coarsened until most of them (four
/// in five) fall whole in one period, so year-dated speeches are shown by year.
pub fn step_for_spans(spans: &[&DateSpan]) -> Step {
    let (Some(first), Some(last)) =
        (spans.iter().map(|span| span.start).min(), spans.iter().map(|span| span.end).max())
    else {
        return Step::default();
    };
    let fits = |step: Step| spans.iter().filter(|span| step.period_of(span).is_some()).count() * 5 >= spans.len() * 4;
    let wanted = Step::for_span(first, last);
    Step::ALL.into_iter().filter(|&step| step >= wanted).find(|&step| fits(step)).unwrap_or(Step::Year)
}

/// One row of `geodash trends`: one actor in one period.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct TrendRecord {
    /// The period's first day (ISO 8601).
    pub period: String,
    /// The actor's chart name.
    pub actor: String,
    /// Its dictionary id.
    pub id: String,
    /// Counted mentions in the period.
    pub mentions: usize,
    /// Documents of the period that name it.
    pub documents: usize,
    /// The period's documents.
    pub period_documents: usize,
    /// Counted mentions per 1,000 words of the period's documents.
    pub per_thousand_words: f64,
    /// The measure asked for.
    pub value: f64,
}

/// The rows of `geodash trends`, period by period, actors in the order asked for.
pub fn trend_records(corpus: &Corpus, trends: &Trends, measure: TrendMeasure) -> Vec<TrendRecord> {
    let mut records = Vec::new();
    for (at, period) in trends.periods.iter().enumerate() {
        for series in &trends.series {
            let Some(actor) = corpus.dictionary.actors.get(series.actor) else { continue };
            let count = series.counts.get(at).copied().unwrap_or_default();
            records.push(TrendRecord {
                period: period.start.to_string(),
                actor: actor.name.clone(),
                id: actor.id.clone(),
                mentions: count.mentions,
                documents: count.documents,
                period_documents: period.documents,
                per_thousand_words: round(trends.value(count, at, TrendMeasure::PerThousand)),
                value: round(trends.value(count, at, measure)),
            });
        }
    }
    records
}

/// Four decimals are enough for a figure on a slide, and keep the output stable.
fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a day")
    }

    #[test]
    fn periods_start_on_their_first_day() {
        // 2023-07-26 was a Wednesday.
        assert_eq!(Step::Week.start_of(day("2023-07-26")), day("2023-07-24"));
        assert_eq!(Step::Month.start_of(day("2023-07-26")), day("2023-07-01"));
        assert_eq!(Step::Quarter.start_of(day("2023-08-26")), day("2023-07-01"));
        assert_eq!(Step::Year.start_of(day("2023-08-26")), day("2023-01-01"));
        assert_eq!(Step::Quarter.next(day("2023-10-01")), day("2024-01-01"));
    }

    #[test]
    fn a_vague_date_has_no_period_finer_than_itself() {
        let march = DateSpan {
            start: day("2024-03-01"),
            end: day("2024-03-31"),
            precision: crate::core::dates::Precision::Month,
            part: None,
        };
        assert_eq!(Step::Month.period_of(&march), Some(day("2024-03-01")));
        assert_eq!(Step::Week.period_of(&march), None);
        assert_eq!(Step::Year.period_of(&march), Some(day("2024-01-01")));
    }

    #[test]
    fn periods_end_at_the_calendars_last_day() {
        let last = NaiveDate::MAX;
        assert_eq!(period_starts(Step::Day, &[(last, 0)]), [last]);
    }

    #[test]
    fn the_step_follows_the_span() {
        assert_eq!(Step::for_span(day("2023-07-01"), day("2023-08-15")), Step::Day);
        assert_eq!(Step::for_span(day("2023-01-01"), day("2023-12-31")), Step::Week);
        assert_eq!(Step::for_span(day("2020-01-01"), day("2024-12-31")), Step::Month);
        assert_eq!(Step::for_span(day("1946-01-01"), day("2024-12-31")), Step::Year);
    }
}
