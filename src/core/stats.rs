//! Actor mention figures over a set of documents: what the plot and `geodash actors` show.

use crate::core::actors::ActorKind;
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
    /// Mentions of ambiguous aliases left uncounted for want of context.
    pub flagged: usize,
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

/// Figures for every actor mentioned in the documents `docs`, most mentioned first (ties by name).
pub fn actor_table(corpus: &Corpus, docs: &[usize]) -> Vec<ActorRow> {
    let actors = &corpus.dictionary.actors;
    let mut mentions = vec![0usize; actors.len()];
    let mut documents = vec![0usize; actors.len()];
    let mut flagged = vec![0usize; actors.len()];
    let mut words = 0usize;
    for analysis in docs.iter().filter_map(|&doc| corpus.analyses.get(doc)) {
        words += analysis.words;
        for tally in &analysis.tallies {
            mentions[tally.actor] += tally.counted as usize;
            flagged[tally.actor] += tally.flagged as usize;
            if tally.counted > 0 {
                documents[tally.actor] += 1;
            }
        }
    }
    let mut rows: Vec<ActorRow> = actors
        .iter()
        .enumerate()
        .filter(|(index, _)| mentions[*index] + flagged[*index] > 0)
        .map(|(index, actor)| ActorRow {
            actor: index,
            name: actor.name.clone(),
            id: actor.id.clone(),
            kind: actor.kind,
            mentions: mentions[index],
            documents: documents[index],
            per_thousand_words: if words == 0 { 0.0 } else { mentions[index] as f64 * 1000.0 / words as f64 },
            flagged: flagged[index],
        })
        .collect();
    rows.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(b.documents.cmp(&a.documents)).then(a.name.cmp(&b.name)));
    rows
}

/// Ranks rows by a measure, largest first, keeping at most `limit`, dropping actors with nothing counted.
pub fn top_by(rows: &[ActorRow], measure: Measure, limit: usize) -> Vec<ActorRow> {
    let mut ranked: Vec<ActorRow> = rows.iter().filter(|row| row.mentions > 0).cloned().collect();
    ranked.sort_by(|a, b| b.value(measure).total_cmp(&a.value(measure)).then(a.name.cmp(&b.name)));
    ranked.truncate(limit);
    ranked
}
