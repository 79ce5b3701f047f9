//! Who appears with whom: for the most mentioned actors of some documents, how many documents, and how many
//! sentences, name two of them together, with the Jaccard index (together, over either) that corrects for how
//! often each is named on its own. A sentence ends, as for the matcher's context words, at a full stop,
//! question or exclamation mark or line break between two mentions.

use rayon::prelude::*;

use crate::core::corpus::Corpus;
use crate::core::stats::most_mentioned;

/// At most this many actors in the matrix: a set of them fits a `u64`.
pub const MOST_ACTORS: usize = 64;

/// Where two actors must both be named to count together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Window {
    /// The same sentence.
    #[default]
    Sentence,
    /// The same document.
    Document,
}

impl Window {
    /// Both windows, as the switch shows them.
    pub const ALL: [Self; 2] = [Self::Sentence, Self::Document];

    /// The window's name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Sentence => "sentence",
            Self::Document => "document",
        }
    }
}

/// Two actors named together.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Pair {
    /// The first actor, by dictionary index (the more mentioned one).
    pub a: usize,
    /// The second actor.
    pub b: usize,
    /// Documents that name both.
    pub documents: usize,
    /// Sentences that name both.
    pub sentences: usize,
    /// Jaccard index of the window asked for: units naming both over units naming either.
    pub jaccard: f64,
}

/// The co-mentions of the top actors.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CoMentions {
    /// The actors, most mentioned first, by dictionary index.
    pub actors: Vec<usize>,
    /// Their counted mentions, in the same order.
    pub mentions: Vec<usize>,
    /// Every pair named together at least once, most often first in the window asked for.
    pub pairs: Vec<Pair>,
    /// The window the Jaccard index and the order are for.
    pub window: Window,
}

impl CoMentions {
    /// The pair of two actors (either order), if they are ever named together.
    pub fn pair(&self, a: usize, b: usize) -> Option<&Pair> {
        self.pairs.iter().find(|pair| (pair.a, pair.b) == (a, b) || (pair.a, pair.b) == (b, a))
    }
}

/// How many units (documents or sentences) name each actor and each pair, by position among the top actors.
struct Tally {
    alone: Vec<usize>,
    /// Row-major, `a < b` only.
    together: Vec<usize>,
}

impl Tally {
    fn new(actors: usize) -> Self {
        Self { alone: vec![0; actors], together: vec![0; actors * actors] }
    }

    /// Counts one unit that names the actors in `set` (bits by position).
    fn add(&mut self, set: u64) {
        let actors = self.alone.len();
        let mut rest = set;
        while rest != 0 {
            let a = rest.trailing_zeros() as usize;
            rest &= rest - 1;
            if let Some(count) = self.alone.get_mut(a) {
                *count += 1;
            }
            let mut others = rest;
            while others != 0 {
                let b = others.trailing_zeros() as usize;
                others &= others - 1;
                if let Some(count) = self.together.get_mut(a * actors + b) {
                    *count += 1;
                }
            }
        }
    }

    /// Adds another tally of the same actors.
    fn merge(&mut self, other: &Self) {
        for (count, more) in self.alone.iter_mut().zip(&other.alone) {
            *count += more;
        }
        for (count, more) in self.together.iter_mut().zip(&other.together) {
            *count += more;
        }
    }

    fn both(&self, (a, b): (usize, usize)) -> usize {
        self.together.get(a * self.alone.len() + b).copied().unwrap_or(0)
    }

    fn jaccard(&self, (a, b): (usize, usize)) -> f64 {
        let both = self.both((a, b));
        let either = self.alone.get(a).unwrap_or(&0) + self.alone.get(b).unwrap_or(&0) - both;
        if either == 0 { 0.0 } else { both as f64 / either as f64 }
    }
}

/// Whether a stretch of text between two mentions ends a sentence.
fn ends_a_sentence(gap: &[u8]) -> bool {
    memchr::memchr3(b'.', b'!', b'?', gap).is_some() || memchr::memchr(b'\n', gap).is_some()
}

/// The co-mentions among the `top` most mentioned actors of `docs` (at most [`MOST_ACTORS`]).
pub fn comentions(corpus: &Corpus, docs: &[usize], top: usize, window: Window) -> CoMentions {
    let (actors, mentions) = most_mentioned(corpus, docs, top.min(MOST_ACTORS));
    let mut position: Vec<Option<usize>> = vec![None; corpus.dictionary.actors.len()];
    for (at, &actor) in actors.iter().enumerate() {
        if let Some(slot) = position.get_mut(actor) {
            *slot = Some(at);
        }
    }
    // Documents in chunks on every core, each chunk's tallies added up.
    let empty = || (Tally::new(actors.len()), Tally::new(actors.len()));
    let (by_document, by_sentence) = docs
        .par_chunks(256)
        .map(|chunk| {
            let mut tallies = empty();
            for &doc in chunk {
                count_document(corpus, doc, &position, &mut tallies);
            }
            tallies
        })
        .reduce(empty, |(mut documents, mut sentences), (more_documents, more_sentences)| {
            documents.merge(&more_documents);
            sentences.merge(&more_sentences);
            (documents, sentences)
        });
    let pairs = pairs(&actors, &by_document, &by_sentence, window);
    CoMentions { actors, mentions, pairs, window }
}

/// Counts the actors a document names together, in its sentences and in the whole.
fn count_document(
    corpus: &Corpus,
    doc: usize,
    position: &[Option<usize>],
    (by_document, by_sentence): &mut (Tally, Tally),
) {
    let (Some(document), Some(analysis)) = (corpus.documents.get(doc), corpus.analyses.get(doc)) else { return };
    let text = document.text.as_bytes();
    let (mut in_document, mut in_sentence) = (0u64, 0u64);
    let mut last_end: Option<usize> = None;
    for mention in analysis.mentions.iter().filter(|mention| mention.counted) {
        let Some(at) = position.get(mention.actor).copied().flatten() else { continue };
        let gap = last_end.and_then(|end| text.get(end..mention.span.start.max(end)));
        if gap.is_some_and(ends_a_sentence) {
            by_sentence.add(in_sentence);
            in_sentence = 0;
        }
        in_sentence |= 1 << at;
        in_document |= 1 << at;
        last_end = Some(mention.span.end);
    }
    by_sentence.add(in_sentence);
    by_document.add(in_document);
}

/// Every pair named together in a document, most often together first in `window`.
fn pairs(actors: &[usize], by_document: &Tally, by_sentence: &Tally, window: Window) -> Vec<Pair> {
    let chosen = match window {
        Window::Sentence => by_sentence,
        Window::Document => by_document,
    };
    let mut pairs = Vec::new();
    for a in 0..actors.len() {
        for b in a + 1..actors.len() {
            let documents = by_document.both((a, b));
            if documents == 0 {
                continue;
            }
            pairs.push(Pair {
                a: actors.get(a).copied().unwrap_or_default(),
                b: actors.get(b).copied().unwrap_or_default(),
                documents,
                sentences: by_sentence.both((a, b)),
                jaccard: chosen.jaccard((a, b)),
            });
        }
    }
    let count = |pair: &Pair| match window {
        Window::Sentence => pair.sentences,
        Window::Document => pair.documents,
    };
    pairs.sort_by(|x, y| count(y).cmp(&count(x)).then(y.documents.cmp(&x.documents)).then((x.a, x.b).cmp(&(y.a, y.b))));
    pairs
}

/// One row of `geodash comentions`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct ComentionRecord {
    /// The first actor's chart name (the more mentioned).
    pub actor_a: String,
    /// The second actor's.
    pub actor_b: String,
    /// Documents that name both.
    pub documents: usize,
    /// Sentences that name both.
    pub sentences: usize,
    /// The Jaccard index in the window asked for.
    pub jaccard: f64,
}

/// The rows of `geodash comentions`, most often together first.
pub fn comention_records(corpus: &Corpus, found: &CoMentions) -> Vec<ComentionRecord> {
    let name = |actor: usize| corpus.dictionary.actors.get(actor).map(|actor| actor.name.clone()).unwrap_or_default();
    let record = |pair: &Pair| ComentionRecord {
        actor_a: name(pair.a),
        actor_b: name(pair.b),
        documents: pair.documents,
        sentences: pair.sentences,
        jaccard: (pair.jaccard * 10_000.0).round() / 10_000.0,
    };
    found.pairs.iter().map(record).collect()
}
