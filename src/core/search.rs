//! Full-text search over the corpus with tantivy, in memory: words, "exact phrases", AND/OR/NOT, prefix*,
//! ranked by BM25, with snippets, filtered by actor (documents worked out from the mentions, so an edit of the
//! actors needs no new index) and by publication date.

mod filters;
mod phrases;
mod prefix;
mod saved;
mod snippets;

pub use filters::{ActorDocs, DateMatch, FacetDocs, Filters};
pub use snippets::Snippets;

use std::ops::Range;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::directory::RamDirectory;
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, TermSetQuery};
use tantivy::schema::{FAST, Field, INDEXED, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer};
use tantivy::{
    DocAddress, Index, IndexReader, IndexSettings, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term,
};

use crate::core::document::Document;

/// The name of the tokenizer that lower-cases and folds accents ("elysee" finds "Élysée").
const TOKENIZER: &str = "geodash";
/// Memory the index writer may use before it flushes.
const WRITER_MEMORY: usize = 128 * 1024 * 1024;

/// Why a search could not run.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The query does not parse; the message says where.
    #[error("cannot read the query: {0}")]
    Query(String),
    /// The index failed.
    #[error("search index error: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// A thread adding documents panicked while holding the index writer.
    #[error("the search index was left broken by a failed load; restart geodash")]
    Poisoned,
    /// A saved index could not be written or read back.
    #[error("saved search index: {0}")]
    Saved(#[from] std::io::Error),
    /// A saved index was made with other fields than this version of geodash uses.
    #[error("the saved search index was made by another version of geodash")]
    OtherSchema,
}

/// Text with marked ranges (byte offsets into `text`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marked {
    /// The text.
    pub text: String,
    /// The byte ranges to highlight.
    pub marks: Vec<Range<usize>>,
}

/// One ranked result.
#[derive(Clone, Debug)]
pub struct Hit {
    /// The document's index in the corpus.
    pub doc: usize,
    /// The BM25 score; 0 when the query was empty.
    pub score: f32,
    /// The best passage, with the query's words marked.
    pub snippet: Marked,
}

#[derive(Clone, Copy, Debug)]
struct Fields {
    doc: Field,
    title: Field,
    body: Field,
    /// The first and last day the publication date covers (none for an undated document).
    first_day: Field,
    last_day: Field,
    /// "yes" or "no": whether the document carries a publication date.
    dated: Field,
}

/// The in-memory search index of a corpus.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    indexer: Indexer,
    fields: Fields,
    /// The index's files, in memory, to save them.
    files: RamDirectory,
}

/// Adds documents to a [`SearchIndex`] from any thread; they become searchable at the index's next
/// [`SearchIndex::reload`].
#[derive(Clone)]
pub struct Indexer {
    writer: Arc<Mutex<IndexWriter>>,
    fields: Fields,
}

/// What the index needs of one document.
pub struct IndexEntry<'a> {
    /// The document's index in the corpus.
    pub doc: usize,
    /// The document.
    pub document: &'a Document,
}

impl SearchIndex {
    /// An empty index.
    pub fn new() -> Result<Self, SearchError> {
        let files = RamDirectory::create();
        let index = Index::create(files.clone(), schema().0, IndexSettings::default())?;
        Self::over(index, files)
    }

    /// The index over `files`, which hold an index of this schema.
    fn over(index: Index, files: RamDirectory) -> Result<Self, SearchError> {
        let (schema, fields) = schema();
        if index.schema() != schema {
            return Err(SearchError::OtherSchema);
        }
        let analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(48))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build();
        index.tokenizers().register(TOKENIZER, analyzer);
        let writer = Arc::new(Mutex::new(index.writer(WRITER_MEMORY)?));
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(Self { index, reader, indexer: Indexer { writer, fields }, fields, files })
    }

    /// A handle that adds documents from another thread.
    pub fn indexer(&self) -> Indexer {
        self.indexer.clone()
    }

    /// How many documents are searchable.
    pub fn document_count(&self) -> usize {
        usize::try_from(self.reader.searcher().num_docs()).unwrap_or(usize::MAX)
    }

    /// Makes what the indexer committed searchable.
    pub fn reload(&self) -> Result<(), SearchError> {
        self.reader.reload()?;
        Ok(())
    }

    /// The documents matching `query` and `filters`, best first, at most `limit`, each with its snippet; an
    /// empty query lists every document that passes the filters, in corpus order, with no snippet.
    pub fn search(
        &self,
        query: &str,
        filters: &Filters,
        limit: usize,
        documents: &[Document],
    ) -> Result<Vec<Hit>, SearchError> {
        let mut hits = self.rank(query, filters, limit)?;
        if let Some(snippets) = self.snippets(query)? {
            for hit in &mut hits {
                let text = documents.get(hit.doc).map_or("", |document| document.text.as_str());
                hit.snippet = snippets.make(text);
            }
        }
        Ok(hits)
    }

    /// Like [`SearchIndex::search`] but without snippets: what ranking alone costs, for a list that makes
    /// snippets only for the rows it shows.
    pub fn rank(&self, query: &str, filters: &Filters, limit: usize) -> Result<Vec<Hit>, SearchError> {
        if query.trim().is_empty() {
            return self.list_filtered(filters, limit);
        }
        let searcher = self.reader.searcher();
        let full_query = self.with_filters(self.parse(&searcher, query)?, filters);
        let top = searcher.search(&full_query, &TopDocs::with_limit(limit.max(1)).order_by_score())?;
        let numbers = DocNumbers::open(&searcher)?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            if let Some(doc) = numbers.get(address) {
                hits.push(Hit { doc, score, snippet: Marked::default() });
            }
        }
        Ok(hits)
    }

    /// A snippet maker for the query, or `None` for an empty query.
    pub fn snippets(&self, query: &str) -> Result<Option<Snippets>, SearchError> {
        if query.trim().is_empty() {
            return Ok(None);
        }
        let searcher = self.reader.searcher();
        let expanded = self.expand(&searcher, query);
        let parsed = self.parse_expanded(&expanded)?;
        let analyzer = self.index.tokenizer_for_field(self.fields.body)?;
        Ok(Some(Snippets::new(&searcher, parsed.as_ref(), self.fields.body, &expanded, analyzer)?))
    }

    /// The byte ranges in `text` of every word the query looks for, to highlight a whole article; a phrase
    /// (or words side by side) is one range.
    pub fn highlight(&self, query: &str, text: &str) -> Result<Vec<Range<usize>>, SearchError> {
        Ok(self.highlighter(query)?.map(|highlighter| highlighter.spans(text)).unwrap_or_default())
    }

    /// A maker of whole-text highlights for the query ([`Snippets::spans`]), made once for many texts; `None`
    /// for an empty query.
    pub fn highlighter(&self, query: &str) -> Result<Option<Snippets>, SearchError> {
        if query.trim().is_empty() {
            return Ok(None);
        }
        let searcher = self.reader.searcher();
        let expanded = self.expand(&searcher, query);
        let parsed = self.parse_expanded(&expanded)?;
        let analyzer = self.index.tokenizer_for_field(self.fields.body)?;
        Ok(Some(Snippets::for_whole_texts(&searcher, parsed.as_ref(), self.fields.body, &expanded, analyzer)?))
    }

    fn parse(&self, searcher: &Searcher, query: &str) -> Result<Box<dyn Query>, SearchError> {
        self.parse_expanded(&self.expand(searcher, query))
    }

    /// The query with every `prefix*` replaced by the indexed words it stands for.
    fn expand(&self, searcher: &Searcher, query: &str) -> String {
        prefix::expand(query, searcher, &self.index, &[self.fields.body, self.fields.title])
    }

    fn parse_expanded(&self, expanded: &str) -> Result<Box<dyn Query>, SearchError> {
        let mut parser = QueryParser::for_index(&self.index, vec![self.fields.title, self.fields.body]);
        parser.set_conjunction_by_default();
        parser.set_field_boost(self.fields.title, 2.0);
        parser.parse_query(expanded).map_err(|error| SearchError::Query(error.to_string()))
    }

    fn with_filters(&self, text_query: Box<dyn Query>, filters: &Filters) -> BooleanQuery {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text_query)];
        let subsets = [filters.actor.as_ref().map(|actor| &actor.docs)]
            .into_iter()
            .chain([&filters.outlet, &filters.language].map(|facet| facet.as_ref().map(|facet| &facet.docs)));
        for docs in subsets.flatten() {
            let terms = docs.iter().map(|&doc| Term::from_field_u64(self.fields.doc, doc));
            clauses.push((Occur::Must, Box::new(TermSetQuery::new(terms))));
        }
        let fields = &self.fields;
        if let Some(dates) = filters::date_clause(filters, fields.first_day, fields.last_day, fields.dated) {
            clauses.push((Occur::Must, dates));
        }
        BooleanQuery::new(clauses)
    }

    /// Every document matching `query` and `filters`, in corpus order (an empty query matches all).
    pub fn matching_docs(&self, query: &str, filters: &Filters) -> Result<Vec<usize>, SearchError> {
        let searcher = self.reader.searcher();
        let text_query: Box<dyn Query> =
            if query.trim().is_empty() { Box::new(AllQuery) } else { self.parse(&searcher, query)? };
        let addresses = searcher.search(&self.with_filters(text_query, filters), &DocSetCollector)?;
        let numbers = DocNumbers::open(&searcher)?;
        let mut docs: Vec<usize> = addresses.into_iter().filter_map(|address| numbers.get(address)).collect();
        docs.sort_unstable();
        Ok(docs)
    }

    fn list_filtered(&self, filters: &Filters, limit: usize) -> Result<Vec<Hit>, SearchError> {
        let mut docs = self.matching_docs("", filters)?;
        docs.truncate(limit);
        Ok(docs.into_iter().map(|doc| Hit { doc, score: 0.0, snippet: Marked::default() }).collect())
    }
}

/// Each segment's column of corpus document numbers, opened once per search rather than once per hit.
struct DocNumbers(Vec<tantivy::columnar::Column<u64>>);

impl DocNumbers {
    fn open(searcher: &Searcher) -> Result<Self, SearchError> {
        let columns = searcher.segment_readers().iter().map(|segment| segment.fast_fields().u64("doc"));
        Ok(Self(columns.collect::<Result<_, _>>()?))
    }

    /// The corpus document number stored for an index address.
    fn get(&self, address: DocAddress) -> Option<usize> {
        let column = self.0.get(address.segment_ord as usize)?;
        column.first(address.doc_id).map(|doc| doc as usize)
    }
}

impl Indexer {
    /// Adds documents to the index and commits them.
    pub fn add(&self, entries: &[IndexEntry<'_>]) -> Result<(), SearchError> {
        let mut writer = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        for entry in entries {
            writer.add_document(self.tantivy_document(entry))?;
        }
        writer.commit()?;
        Ok(())
    }

    fn tantivy_document(&self, entry: &IndexEntry<'_>) -> TantivyDocument {
        let fields = self.fields;
        let mut document = TantivyDocument::default();
        document.add_u64(fields.doc, entry.doc as u64);
        document.add_text(fields.title, &entry.document.title);
        document.add_text(fields.body, &entry.document.text);
        match &entry.document.published {
            Some(published) => {
                document.add_i64(fields.first_day, day_number(published.span.start));
                document.add_i64(fields.last_day, day_number(published.span.end));
                document.add_text(fields.dated, "yes");
            }
            None => document.add_text(fields.dated, "no"),
        }
        document
    }
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        doc: builder.add_u64_field("doc", INDEXED | FAST),
        title: builder.add_text_field("title", text.clone()),
        body: builder.add_text_field("body", text),
        first_day: builder.add_i64_field("first_day", INDEXED | FAST),
        last_day: builder.add_i64_field("last_day", INDEXED | FAST),
        dated: builder.add_text_field("dated", STRING),
    };
    (builder.build(), fields)
}

/// Days since 1 January of year 1, the integer the index stores for a date.
pub(crate) fn day_number(day: NaiveDate) -> i64 {
    i64::from(chrono::Datelike::num_days_from_ce(&day))
}
