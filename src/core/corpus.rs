//! The analysed corpus: documents, their actor mentions and dates, and the search index over them.

use std::collections::HashSet;
use std::path::PathBuf;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::core::actors::{Dictionary, DictionaryError, Matcher, Mention};
use crate::core::dates::{DateMention, DateSpan, find_mentions_in};
use crate::core::document::{Document, count_words};
use crate::core::duplicates::Fingerprints;
use crate::core::readers::Problem;
use crate::core::search::{IndexEntry, Indexer, SearchError, SearchIndex};
use crate::core::seeds::{SEED_CORPUS_NAME, seed_documents};

/// What the analysis found in one document.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Analysis {
    /// Actor mentions, in text order (flagged ambiguous ones included, with `counted: false`).
    pub mentions: Vec<Mention>,
    /// Dates mentioned in the text, in text order.
    pub dates: Vec<DateMention>,
    /// The number of words.
    pub words: usize,
    /// Per actor mentioned: its counted and flagged mentions, so that tables over many documents need not
    /// walk every mention again.
    pub tallies: Vec<ActorTally>,
}

/// One actor's mentions in one document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ActorTally {
    /// The actor's index in the dictionary.
    pub actor: usize,
    /// Counted mentions.
    pub counted: u32,
    /// Mentions of an ambiguous alias left uncounted.
    pub flagged: u32,
}

/// The tallies of a document's mentions, by actor index.
fn tallies(mentions: &[Mention]) -> Vec<ActorTally> {
    let mut by_actor: std::collections::BTreeMap<usize, ActorTally> = std::collections::BTreeMap::new();
    for mention in mentions {
        let tally =
            by_actor.entry(mention.actor).or_insert(ActorTally { actor: mention.actor, ..ActorTally::default() });
        if mention.counted {
            tally.counted += 1;
        } else {
            tally.flagged += 1;
        }
    }
    by_actor.into_values().collect()
}

/// Why a corpus could not be built.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// The actor dictionary is broken.
    #[error(transparent)]
    Dictionary(#[from] DictionaryError),
    /// The search index failed.
    #[error(transparent)]
    Search(#[from] SearchError),
    /// A saved corpus could not be written or read back.
    #[error("saved corpus: {0}")]
    Saved(String),
    /// A batch was prepared from an older state of the corpus.
    #[error("documents were added while others were being analysed; add them again")]
    OutOfOrder,
}

/// Every document's mentions found with another dictionary, waiting to be put in place.
pub struct Rematched {
    dictionary: Dictionary,
    matcher: Matcher,
    found: Vec<(Vec<Mention>, Vec<ActorTally>)>,
}

/// What is saved of a corpus besides its index.
pub struct SavedParts {
    /// The corpus name.
    pub name: String,
    /// The documents.
    pub documents: Vec<Document>,
    /// Their analyses.
    pub analyses: Vec<Analysis>,
    /// The texts it holds.
    pub fingerprints: Fingerprints,
    /// The day undated articles are read as of.
    pub as_of: Option<NaiveDate>,
}

/// Documents with their analyses and search index. Documents are only ever added, so a document's index
/// (its number) stays valid for the life of the corpus.
pub struct Corpus {
    /// The corpus name shown in the status line and on images.
    pub name: String,
    /// The actor dictionary the mentions refer to.
    pub dictionary: Dictionary,
    /// The compiled alias matcher.
    pub matcher: Matcher,
    /// The documents.
    pub documents: Vec<Document>,
    /// One analysis per document, at the same index.
    pub analyses: Vec<Analysis>,
    /// The full-text index.
    pub search: SearchIndex,
    /// The texts already in the corpus, so the same article is counted once.
    fingerprints: Fingerprints,
    /// The day undated articles are read as of (which actor a name meant, who held an office); `None`: the day
    /// they are analysed.
    pub as_of: Option<NaiveDate>,
}

impl Corpus {
    /// An empty corpus using the given dictionary.
    pub fn new(name: impl Into<String>, dictionary: Dictionary) -> Result<Self, CorpusError> {
        let matcher = Matcher::new(&dictionary)?;
        let search = SearchIndex::new()?;
        let (documents, analyses, fingerprints) = (Vec::new(), Vec::new(), Fingerprints::default());
        let name = name.into();
        Ok(Self { name, dictionary, matcher, documents, analyses, search, fingerprints, as_of: None })
    }

    /// A corpus saved before: its documents and analyses (made with the dictionary of key `analysed_with`), with
    /// the search index over them; its mentions are matched again if `dictionary` is another.
    pub fn from_saved(
        saved: SavedParts,
        search: SearchIndex,
        dictionary: Dictionary,
        analysed_with: u64,
    ) -> Result<Self, CorpusError> {
        let SavedParts { name, documents, analyses, fingerprints, as_of } = saved;
        let matcher = Matcher::new(&dictionary)?;
        let stale = dictionary.key != analysed_with;
        let mut corpus = Self { name, dictionary, matcher, documents, analyses, search, fingerprints, as_of };
        if stale {
            corpus.rematch(corpus.dictionary.clone())?;
        }
        Ok(corpus)
    }

    /// Counts every mention again with another dictionary (the analyst edited the actors): the texts are not
    /// read nor indexed again, only matched; dates and word counts stay.
    pub fn rematch(&mut self, dictionary: Dictionary) -> Result<(), CorpusError> {
        let rematched = self.rematched(dictionary)?;
        self.apply_rematch(rematched)
    }

    /// The first half of [`Corpus::rematch`], which only reads the corpus (a background thread's part).
    pub fn rematched(&self, dictionary: Dictionary) -> Result<Rematched, CorpusError> {
        let matcher = Matcher::new(&dictionary)?;
        let as_of = self.as_of.unwrap_or_else(|| chrono::Local::now().date_naive());
        let name = self.name.as_str();
        let found = self
            .documents
            .par_iter()
            .map(|document| {
                let mentions = find_mentions_of_actors(document, &matcher, as_of, name);
                let tallies = tallies(&mentions);
                (mentions, tallies)
            })
            .collect();
        Ok(Rematched { dictionary, matcher, found })
    }

    /// The second half of [`Corpus::rematch`]: the new mentions put in place.
    pub fn apply_rematch(&mut self, rematched: Rematched) -> Result<(), CorpusError> {
        if rematched.found.len() != self.analyses.len() {
            return Err(CorpusError::OutOfOrder);
        }
        for (analysis, (mentions, tallies)) in self.analyses.iter_mut().zip(rematched.found) {
            analysis.mentions = mentions;
            analysis.tallies = tallies;
        }
        self.dictionary = rematched.dictionary;
        self.matcher = rematched.matcher;
        Ok(())
    }

    /// The texts the corpus holds, to save them with it.
    pub fn fingerprints(&self) -> &Fingerprints {
        &self.fingerprints
    }

    /// The embedded seed corpus with the embedded dictionary.
    pub fn seeds() -> Result<Self, CorpusError> {
        Self::seeds_with(Dictionary::embedded()?)
    }

    /// The embedded seed corpus with a dictionary.
    pub fn seeds_with(dictionary: Dictionary) -> Result<Self, CorpusError> {
        let mut corpus = Self::new(SEED_CORPUS_NAME, dictionary)?;
        corpus.add(seed_documents())?;
        Ok(corpus)
    }

    /// Analyses and indexes new documents (only those), giving each an id unique in the corpus; gives back the
    /// documents left out because their text is already in the corpus.
    pub fn add(&mut self, documents: Vec<Document>) -> Result<Vec<Problem>, CorpusError> {
        let batch = self.analyser().prepare(documents)?;
        let duplicates = batch.duplicates.clone();
        self.append(batch)?;
        Ok(duplicates)
    }

    /// What a background thread needs to analyse and index documents for this corpus.
    pub fn analyser(&self) -> Analyser {
        Analyser {
            matcher: self.matcher.clone(),
            corpus: self.name.clone(),
            indexer: self.search.indexer(),
            first_doc: self.documents.len(),
            taken_ids: self.documents.iter().map(|document| document.id.clone()).collect(),
            fingerprints: self.fingerprints.clone(),
            as_of: self.as_of.unwrap_or_else(|| chrono::Local::now().date_naive()),
        }
    }

    /// Appends a batch prepared by [`Analyser::prepare`] from this corpus' current state.
    pub fn append(&mut self, batch: Batch) -> Result<(), CorpusError> {
        if batch.first_doc != self.documents.len() {
            return Err(CorpusError::OutOfOrder);
        }
        self.documents.extend(batch.documents);
        self.analyses.extend(batch.analyses);
        self.fingerprints = batch.fingerprints;
        self.search.reload()?;
        Ok(())
    }

    /// The total number of words in the corpus.
    pub fn word_count(&self) -> usize {
        self.analyses.iter().map(|analysis| analysis.words).sum()
    }

    /// The earliest-starting and latest-ending publication dates, with their precision, if any document is
    /// dated.
    pub fn date_span(&self) -> Option<(DateSpan, DateSpan)> {
        let spans = self.documents.iter().filter_map(|document| document.published.as_ref().map(|p| p.span));
        let first = spans.clone().min_by_key(|span| (span.start, span.end))?;
        let last = spans.max_by_key(|span| (span.end, span.start))?;
        Some((first, last))
    }

    /// The number of documents with no publication date.
    pub fn undated_count(&self) -> usize {
        self.documents.iter().filter(|document| document.published.is_none()).count()
    }

    /// The day a document is read as of: its publication date's middle, else the corpus's "as of" date (today
    /// when none is set).
    pub fn reading_day(&self, doc: usize) -> NaiveDate {
        let as_of = self.as_of.unwrap_or_else(|| chrono::Local::now().date_naive());
        self.documents.get(doc).map_or(as_of, |document| reading_date(document, as_of))
    }

    /// The speaker of a speech, under its name on the speech's date ("Upper Volta" in 1975), or its code when
    /// the dictionary has no such actor; `None` for a document that is no speech.
    pub fn speaker_name(&self, doc: usize) -> Option<&str> {
        let code = self.documents.get(doc)?.speaker.as_deref()?;
        let actor = self.dictionary.index_of(code).and_then(|index| self.dictionary.actors.get(index));
        Some(actor.map_or(code, |actor| actor.name_on(self.reading_day(doc))))
    }

    /// Every document's index, in corpus order.
    pub fn all_docs(&self) -> Vec<usize> {
        (0..self.documents.len()).collect()
    }
}

/// A corpus name from the paths opened: the one folder or file name, or "N locations".
pub fn corpus_name(paths: &[PathBuf]) -> String {
    match paths {
        [one] => one.file_name().map_or_else(|| one.display().to_string(), |name| name.to_string_lossy().into_owned()),
        many => format!("{} locations", many.len()),
    }
}

/// The day a document is read as of: the middle of its publication date, else `as_of` (for an undated one).
pub fn reading_date(document: &Document, as_of: NaiveDate) -> NaiveDate {
    document.published.as_ref().map_or(as_of, |published| published.span.midpoint())
}

/// Finds actor mentions and dates in one document of the corpus named `corpus`; the names are read as of its
/// date (`as_of` if undated).
pub fn analyse(document: &Document, matcher: &Matcher, as_of: NaiveDate, corpus: &str) -> Analysis {
    let published = document.published.as_ref();
    let reference = published.map(|published| published.span);
    let skip = published.and_then(|published| published.at.clone());
    let mentions = find_mentions_of_actors(document, matcher, as_of, corpus);
    let tallies = tallies(&mentions);
    Analysis {
        mentions,
        dates: find_mentions_in(&document.text, document.meta.language.as_deref(), reference, skip),
        words: count_words(&document.text),
        tallies,
    }
}

/// The actor mentions of one document, less those the analyst discarded.
fn find_mentions_of_actors(document: &Document, matcher: &Matcher, as_of: NaiveDate, corpus: &str) -> Vec<Mention> {
    let language = document.meta.language.as_deref();
    let mut mentions = matcher.find(&document.text, reading_date(document, as_of), language);
    matcher.drop_discarded(corpus, &document.id, &document.text, &mut mentions);
    mentions
}

/// Analysed and indexed documents, ready to append to the corpus they were prepared for.
pub struct Batch {
    first_doc: usize,
    /// The documents, with unique ids.
    pub documents: Vec<Document>,
    /// Their analyses.
    pub analyses: Vec<Analysis>,
    /// The documents left out because their text was already in the corpus or earlier in the batch.
    pub duplicates: Vec<Problem>,
    fingerprints: Fingerprints,
}

/// Analyses and indexes documents away from the window's thread; made by [`Corpus::analyser`].
pub struct Analyser {
    matcher: Matcher,
    corpus: String,
    indexer: Indexer,
    first_doc: usize,
    taken_ids: HashSet<String>,
    fingerprints: Fingerprints,
    as_of: NaiveDate,
}

impl Analyser {
    /// Gives the documents unique ids, finds their mentions and dates in parallel, and indexes them.
    pub fn prepare(self, documents: Vec<Document>) -> Result<Batch, CorpusError> {
        self.analyse(documents).index()
    }

    /// The first half of [`Analyser::prepare`]: duplicates left out, unique ids, then mentions and dates found
    /// in parallel.
    pub fn analyse(mut self, documents: Vec<Document>) -> Analysed {
        let (mut documents, duplicates) = self.fingerprints.keep_new(documents);
        self.assign_unique_ids(&mut documents);
        let (matcher, as_of, corpus) = (&self.matcher, self.as_of, self.corpus.as_str());
        let analyses: Vec<Analysis> =
            documents.par_iter().map(|document| analyse(document, matcher, as_of, corpus)).collect();
        Analysed { analyser: self, documents, analyses, duplicates }
    }

    fn assign_unique_ids(&mut self, documents: &mut [Document]) {
        for (offset, document) in documents.iter_mut().enumerate() {
            if document.id.is_empty() {
                document.id = format!("doc{}", self.first_doc + offset + 1);
            }
            let base = document.id.clone();
            let mut suffix = 2;
            while !self.taken_ids.insert(document.id.clone()) {
                document.id = format!("{base}-{suffix}");
                suffix += 1;
            }
        }
    }
}

/// Documents whose mentions and dates are found, waiting to be indexed.
pub struct Analysed {
    analyser: Analyser,
    /// The documents, with unique ids.
    pub documents: Vec<Document>,
    /// Their analyses.
    pub analyses: Vec<Analysis>,
    /// The documents left out as duplicates.
    pub duplicates: Vec<Problem>,
}

impl Analysed {
    /// The second half of [`Analyser::prepare`]: adds the documents to the search index.
    pub fn index(self) -> Result<Batch, CorpusError> {
        let Self { analyser, documents, analyses, duplicates } = self;
        let entries: Vec<IndexEntry<'_>> = documents
            .iter()
            .enumerate()
            .map(|(offset, document)| IndexEntry { doc: analyser.first_doc + offset, document })
            .collect();
        analyser.indexer.add(&entries)?;
        drop(entries);
        let (first_doc, fingerprints) = (analyser.first_doc, analyser.fingerprints);
        Ok(Batch { first_doc, documents, analyses, duplicates, fingerprints })
    }
}
