//! Trends by the dates the texts mention: each counted mention of a followed actor is placed at the date named
//! in its own sentence (the nearest one there), so a 2024 retrospective's "In July 2023, France recalled its
//! envoy" counts for July 2023. A mention with no resolved date in its sentence, or one vaguer than the period,
//! is counted apart. A period's documents and words are those of the documents that name a date in it.

use std::collections::HashSet;
use std::ops::Range;

use chrono::NaiveDate;

use super::{DateBasis, Step, Trends, period_starts, step_for_spans};
use crate::core::corpus::Corpus;
use crate::core::dates::{DateMention, DateSpan};

/// The trends of `actors` over `docs`, each mention at the date of its sentence.
pub fn trends(corpus: &Corpus, docs: &[usize], actors: &[usize], step: Option<Step>) -> Trends {
    let dates = docs.iter().filter_map(|&doc| corpus.analyses.get(doc)).flat_map(|analysis| &analysis.dates);
    let step =
        step.unwrap_or_else(|| step_for_spans(&dates.filter_map(|date| date.resolved.as_ref()).collect::<Vec<_>>()));
    // (period, position among the actors, document) of each placed mention.
    let mut placed: Vec<(NaiveDate, usize, usize)> = Vec::new();
    let mut dated_documents: HashSet<(NaiveDate, usize)> = HashSet::new();
    let (mut undated, mut too_vague) = (0, 0);
    for &doc in docs {
        let Some(analysis) = corpus.analyses.get(doc) else { continue };
        let periods = analysis.dates.iter().filter_map(|date| step.period_of(date.resolved.as_ref()?));
        dated_documents.extend(periods.map(|start| (start, doc)));
        for mention in analysis.mentions.iter().filter(|mention| mention.counted) {
            let Some(position) = actors.iter().position(|&actor| actor == mention.actor) else { continue };
            match date_of(&analysis.dates, &mention.span).map(|span| step.period_of(span)) {
                None => undated += 1,
                Some(None) => too_vague += 1,
                Some(Some(start)) => placed.push((start, position, doc)),
            }
        }
    }
    let starts = period_starts(step, &placed.iter().map(|&(start, _, doc)| (start, doc)).collect::<Vec<_>>());
    let mut trends = Trends::empty(step, &starts, actors, DateBasis::Mentioned);
    (trends.undated, trends.too_vague) = (undated, too_vague);
    for &(start, doc) in &dated_documents {
        let (Ok(at), Some(analysis)) = (starts.binary_search(&start), corpus.analyses.get(doc)) else { continue };
        if let Some(period) = trends.periods.get_mut(at) {
            period.documents += 1;
            period.words += analysis.words;
        }
    }
    let mut counted_documents: HashSet<(usize, usize, usize)> = HashSet::new();
    for (start, position, doc) in placed {
        let Ok(at) = starts.binary_search(&start) else { continue };
        let Some(count) = trends.series.get_mut(position).and_then(|series| series.counts.get_mut(at)) else {
            continue;
        };
        count.mentions += 1;
        if counted_documents.insert((at, position, doc)) {
            count.documents += 1;
        }
    }
    trends
}

/// The resolved date nearest to a mention in its sentence, if its sentence names one.
fn date_of<'d>(dates: &'d [DateMention], span: &Range<usize>) -> Option<&'d DateSpan> {
    let in_sentence = |date: &&DateMention| date.sentence.start <= span.start && span.end <= date.sentence.end;
    let distance = |date: &DateMention| date.at.start.abs_diff(span.start).min(date.at.end.abs_diff(span.end));
    dates
        .iter()
        .filter(in_sentence)
        .filter_map(|date| Some((distance(date), date.resolved.as_ref()?)))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, span)| span)
}
