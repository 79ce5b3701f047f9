//! Actor mention figures over a set of documents: what the plot and `geodash actors` show.

use std::collections::HashMap;

use crate::core::actors::ActorKind;
pub use crate::core::actors::People;
use crate::core::corpus::Corpus;

/// The measure the actor plot ranks and draws by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Measure {
    /// Counted mentions.
    #[default]
    Mentions,
    /// Documents with at least one counted mention.
    Documents,
    /// Counted mentions per 1,000 words of the documents considered.
    PerThousandWords,
}

impl Measure {
    /// Every measure, in the order of the switch.
    pub const ALL: [Self; 3] = [Self::Mentions, Self::Documents, Self::PerThousandWords];

    /// The label on the switch and the axis.
    pub fn label(self) -> &'static str {
        match self {
            Self::Mentions => "Mentions",
            Self::Documents => "Documents",
            Self::PerThousandWords => "Per 1,000 words",
        }
    }
}

/// One actor's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorRow {
    /// The actor's index in the dictionary.
    pub actor: usize,
    /// The actor's display name.
    pub name: String,
    /// The actor's id.
    pub id: String,
    /// The actor's kind.
    pub kind: ActorKind,
    /// Counted mentions.
    pub mentions: usize,
    /// Documents with a counted mention.
    pub documents: usize,
    /// Counted mentions per 1,000 words of all documents considered.
    pub per_thousand_words: f64,
    /// Mentions of ambiguous or guarded names left uncounted (no supporting word in their sentence, or a word
    /// of their other sense).
    pub flagged: usize,
    /// Its names of other times, with when ("Upper Volta until 1984-08-03"); empty if none.
    pub other_names: String,
}

impl ActorRow {
    /// The figure for a measure.
    pub fn value(&self, measure: Measure) -> f64 {
        match measure {
            Measure::Mentions => self.mentions as f64,
            Measure::Documents => self.documents as f64,
            Measure::PerThousandWords => self.per_thousand_words,
        }
    }
}

/// Figures for every actor mentioned in the documents `docs`, most mentioned first (ties by name); with
/// `People::WithTheirState`, a person's counted mentions count for the state they served that day as well.
pub fn actor_table(corpus: &Corpus, docs: &[usize], people: People) -> Vec<ActorRow> {
    let actors = &corpus.dictionary.actors;
    let mut totals = Totals::new(actors.len());
    for &doc in docs {
        let Some(analysis) = corpus.analyses.get(doc) else { continue };
        totals.words += analysis.words;
        let mut named: Vec<usize> = Vec::new();
        for tally in &analysis.tallies {
            totals.add(tally.actor, tally.counted as usize, tally.flagged as usize, &mut named);
        }
        if people == People::WithTheirState {
            let day = corpus.reading_day(doc);
            for tally in analysis.tallies.iter().filter(|tally| tally.counted > 0) {
                if let Some((_, served)) = corpus.dictionary.office_on(tally.actor, day) {
                    totals.add(served, tally.counted as usize, 0, &mut named);
                }
            }
        }
    }
    let mut rows: Vec<ActorRow> = actors
        .iter()
        .enumerate()
        .filter(|(index, _)| totals.mentions[*index] + totals.flagged[*index] > 0)
        .map(|(index, actor)| totals.row(index, actor))
        .collect();
    rows.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(b.documents.cmp(&a.documents)).then(a.name.cmp(&b.name)));
    rows
}

/// Per actor, the sums over the documents so far.
struct Totals {
    mentions: Vec<usize>,
    documents: Vec<usize>,
    flagged: Vec<usize>,
    words: usize,
}

impl Totals {
    fn new(actors: usize) -> Self {
        Self { mentions: vec![0; actors], documents: vec![0; actors], flagged: vec![0; actors], words: 0 }
    }

    /// Adds one document's mentions of an actor; `named` holds the actors the document already counted for.
    fn add(&mut self, actor: usize, counted: usize, flagged: usize, named: &mut Vec<usize>) {
        let (Some(mentions), Some(flags)) = (self.mentions.get_mut(actor), self.flagged.get_mut(actor)) else { return };
        *mentions += counted;
        *flags += flagged;
        if counted > 0 && !named.contains(&actor) {
            named.push(actor);
            if let Some(documents) = self.documents.get_mut(actor) {
                *documents += 1;
            }
        }
    }

    fn row(&self, index: usize, actor: &crate::core::actors::Actor) -> ActorRow {
        let mentions = self.mentions.get(index).copied().unwrap_or(0);
        let words = self.words;
        ActorRow {
            actor: index,
            name: actor.name.clone(),
            id: actor.id.clone(),
            kind: actor.kind,
            mentions,
            documents: self.documents.get(index).copied().unwrap_or(0),
            per_thousand_words: if words == 0 { 0.0 } else { mentions as f64 * 1000.0 / words as f64 },
            flagged: self.flagged.get(index).copied().unwrap_or(0),
            other_names: actor.other_names(),
        }
    }
}

/// Ranks rows by a measure, largest first, keeping at most `limit`, dropping actors with nothing counted.
pub fn top_by(rows: &[ActorRow], measure: Measure, limit: usize) -> Vec<ActorRow> {
    let mut ranked: Vec<ActorRow> = rows.iter().filter(|row| row.mentions > 0).cloned().collect();
    ranked.sort_by(|a, b| b.value(measure).total_cmp(&a.value(measure)).then(a.name.cmp(&b.name)));
    ranked.truncate(limit);
    ranked
}

/// Every actor's counted mentions in the whole corpus, by dictionary index (the actors window lists them).
pub fn mention_counts(corpus: &Corpus) -> Vec<usize> {
    let mut counts = vec![0; corpus.dictionary.actors.len()];
    for tally in corpus.analyses.iter().flat_map(|analysis| &analysis.tallies) {
        if let Some(count) = counts.get_mut(tally.actor) {
            *count += tally.counted as usize;
        }
    }
    counts
}

/// The `top` actors with the most counted mentions in `docs`, with those counts; ties by dictionary order.
pub fn most_mentioned(corpus: &Corpus, docs: &[usize], top: usize) -> (Vec<usize>, Vec<usize>) {
    let mut counts: HashMap<usize, usize> = HashMap::new();
    for analysis in docs.iter().filter_map(|&doc| corpus.analyses.get(doc)) {
        for tally in analysis.tallies.iter().filter(|tally| tally.counted > 0) {
            *counts.entry(tally.actor).or_default() += tally.counted as usize;
        }
    }
    let mut ranked: Vec<(usize, usize)> = counts.into_iter().collect();
    ranked.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    ranked.truncate(top);
    ranked.into_iter().unzip()
}
