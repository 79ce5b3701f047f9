//! Candidate actors: the proper names a corpus is about that the dictionary does not know, found offline
//! from capitalisation alone. Each text gives its capitalised spans ([`spans`]); the corpus decides which
//! sentence-initial words are names (a word counts only if capitalised more often than not inside sentences
//! elsewhere — Mikheev's rule), merges variants ("Mr Blair", "Blair", "Tony Blair"; "RSF" and "Rapid Support
//! Forces"), ranks names by how many documents name them, and guesses each one's kind from its evidence
//! ([`rank`]). The evidence of texts already read is kept, so that texts added later are the only ones read.

mod known;
pub mod lexicon;
mod merge;
mod rank;
mod reject;
pub mod spans;
mod tally;

use foldhash::HashMapExt as _;
use rayon::prelude::*;

use crate::core::actors::Dictionary;
pub use known::Known;
use spans::{CaseCounts, DocNames};

/// What a candidate seems to be, from its evidence: a guess.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CandidateKind {
    /// A title stood before it, or its first word is a given name.
    Person,
    /// Party, Front, Movement, Rally, Union…
    Party,
    /// Army, Forces, Brigade, Militia, Liberation…
    ArmedGroup,
    /// Ltd, Inc, SA, PLC, GmbH, Group…
    Company,
    /// Ministry, Council, Commission, Bank, Agency…
    Organisation,
    /// No evidence either way.
    Unknown,
}

impl CandidateKind {
    /// The label in tables and the panel.
    pub fn label(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Party => "party",
            Self::ArmedGroup => "armed group",
            Self::Company => "company",
            Self::Organisation => "organisation",
            Self::Unknown => "unknown",
        }
    }
}

/// One place a candidate is named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Example {
    /// The document's index.
    pub doc: usize,
    /// The sentence around the name, at most 240 characters.
    pub sentence: String,
}

/// A name the corpus is about that the dictionary does not know.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The name, in its most frequent written form (the longest variant for a person).
    pub name: String,
    /// Its kind, guessed.
    pub kind: CandidateKind,
    /// What the guess rests on ("title: Mr", "given name", "word: Party").
    pub evidence: String,
    /// Documents that name it.
    pub documents: usize,
    /// Times it is named, all variants together.
    pub mentions: usize,
    /// Every form it is written in, most frequent first.
    pub variants: Vec<String>,
    /// Up to three sentences that name it, from different documents.
    pub examples: Vec<Example>,
    /// The rank's score: documents first, then the C-value of its mentions.
    pub score: f64,
}

/// The evidence of every text read so far.
#[derive(Clone, Debug, Default)]
pub struct CandidateIndex {
    docs: Vec<DocNames>,
    counts: CaseCounts,
}

impl CandidateIndex {
    /// How many texts have been read.
    pub fn documents(&self) -> usize {
        self.docs.len()
    }

    /// Reads more texts (in parallel), after those read before: text `i` here is document
    /// `self.documents() + i`.
    pub fn add(&mut self, texts: &[&str]) {
        let (docs, counts) = texts
            .par_iter()
            .fold(
                || (Vec::new(), CaseCounts::new()),
                |(mut docs, mut counts), text| {
                    docs.push(spans::scan(text, &mut counts));
                    (docs, counts)
                },
            )
            .reduce(|| (Vec::new(), CaseCounts::new()), merge);
        self.docs.extend(docs);
        merge_counts(&mut self.counts, counts);
    }

    /// The best `limit` candidates, given each document's text by its index and what the dictionary knows.
    pub fn ranked<'t>(&self, text_of: impl Fn(usize) -> &'t str + Sync, known: &Known, limit: usize) -> Vec<Candidate> {
        rank::rank(&self.docs, &self.counts, &text_of, known, limit)
    }
}

/// Two threads' results, in document order.
fn merge(mut first: (Vec<DocNames>, CaseCounts), second: (Vec<DocNames>, CaseCounts)) -> (Vec<DocNames>, CaseCounts) {
    first.0.extend(second.0);
    merge_counts(&mut first.1, second.1);
    first
}

fn merge_counts(into: &mut CaseCounts, from: CaseCounts) {
    for (word, (upper, lower)) in from {
        let count = into.entry(word).or_default();
        count.0 += upper;
        count.1 += lower;
    }
}

/// The candidates of a whole corpus at once (the command line's way).
pub fn candidates(texts: &[&str], dictionary: &Dictionary, limit: usize) -> Vec<Candidate> {
    let mut index = CandidateIndex::default();
    index.add(texts);
    index.ranked(|doc| texts.get(doc).copied().unwrap_or(""), &Known::of(dictionary), limit)
}
