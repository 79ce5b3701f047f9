//! Snippets and highlights: the passages of a text where a query's words stand, with those words marked —
//! a phrase's words only where the whole phrase stands.

use std::cell::RefCell;
use std::ops::Range;

use tantivy::Searcher;
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::TextAnalyzer;

use super::phrases::{self, QueryWords};
use super::{Marked, SearchError};

/// The longest snippet shown in the hit list, in characters.
const SNIPPET_CHARS: usize = 220;

/// Makes the snippets of one query; made by [`super::SearchIndex::snippets`]. Making one costs a pass over
/// the text, so a list makes them only for the rows it shows.
pub struct Snippets {
    generator: SnippetGenerator,
    words: QueryWords,
    analyzer: RefCell<TextAnalyzer>,
}

impl Snippets {
    pub(super) fn new(
        searcher: &Searcher,
        query: &dyn Query,
        body: Field,
        expanded_query: &str,
        analyzer: TextAnalyzer,
    ) -> Result<Self, SearchError> {
        Self::with_length(searcher, query, body, expanded_query, analyzer, SNIPPET_CHARS)
    }

    fn with_length(
        searcher: &Searcher,
        query: &dyn Query,
        body: Field,
        expanded_query: &str,
        analyzer: TextAnalyzer,
        max_chars: usize,
    ) -> Result<Self, SearchError> {
        let mut generator = SnippetGenerator::create(searcher, query, body)?;
        generator.set_max_num_chars(max_chars);
        let analyzer = RefCell::new(analyzer);
        let words = phrases::query_words(expanded_query, &|text: &str| tokens(&analyzer, text));
        Ok(Self { generator, words, analyzer })
    }

    /// The best passage of `text`, its hits marked (byte ranges into the passage).
    pub fn make(&self, text: &str) -> Marked {
        let snippet = self.generator.snippet(text);
        let fragment = snippet.fragment().to_owned();
        let marks = self.keep(&fragment, snippet.highlighted());
        Marked { text: fragment, marks }
    }

    /// A maker that marks every hit of whole texts ([`Snippets::spans`]) instead of choosing passages.
    pub(super) fn for_whole_texts(
        searcher: &Searcher,
        query: &dyn Query,
        body: Field,
        expanded_query: &str,
        analyzer: TextAnalyzer,
    ) -> Result<Self, SearchError> {
        Self::with_length(searcher, query, body, expanded_query, analyzer, usize::MAX / 2)
    }

    /// Every hit in the whole of `text`, as byte ranges into it (with a maker made for whole texts).
    pub fn spans(&self, text: &str) -> Vec<Range<usize>> {
        let snippet = self.generator.snippet(text);
        let offset = snippet.fragment_range().start;
        let marks: Vec<Range<usize>> =
            snippet.highlighted().iter().map(|range| range.start + offset..range.end + offset).collect();
        self.keep(text, &marks)
    }

    fn keep(&self, text: &str, marks: &[Range<usize>]) -> Vec<Range<usize>> {
        let normalise = |part: &str| tokens(&self.analyzer, part);
        phrases::merge_adjacent(text, phrases::keep_matching(text, marks, &self.words, &normalise))
    }
}

/// The index's tokens of `text` (lower-cased, accents folded).
fn tokens(analyzer: &RefCell<TextAnalyzer>, text: &str) -> Vec<String> {
    let mut analyzer = analyzer.borrow_mut();
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    stream.process(&mut |token| out.push(token.text.clone()));
    out
}
