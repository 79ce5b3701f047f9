//! Keyword in context: every place a query (as the search box reads it) or an actor (any of its names) occurs
//! in some documents, with a number of words either side, so the lines can be aligned on the match and sorted by
//! the words before or after it.

use std::ops::Range;

use rayon::prelude::*;

use crate::core::corpus::Corpus;
use crate::core::search::SearchError;

/// What the concordance looks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target<'a> {
    /// The words of a query: words, "phrases", prefix*, as in the search box.
    Query(&'a str),
    /// The counted mentions of an actor (dictionary index), whichever name they use.
    Actor(usize),
    /// The counted mentions of the first actor in a sentence that names the second too.
    Pair(usize, usize),
}

/// How the lines are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KwicSort {
    /// By the words left of the match, nearest first.
    Left,
    /// By the words right of the match.
    Right,
    /// By document, then place in it.
    #[default]
    Document,
}

impl KwicSort {
    /// Every order, as the switch shows them.
    pub const ALL: [Self; 3] = [Self::Document, Self::Left, Self::Right];

    /// The order's name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Left => "left",
            Self::Right => "right",
            Self::Document => "document",
        }
    }
}

/// One occurrence with its context.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Line {
    /// The document, by index.
    pub doc: usize,
    /// The words before the match.
    pub left: String,
    /// The match as written.
    pub matched: String,
    /// The words after it.
    pub right: String,
    /// The byte span of the match in the document's text.
    pub span: Range<usize>,
}

/// The lines found: every occurrence, or the first ones (in document order) when there were more than asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Concordance {
    /// The lines, sorted.
    pub lines: Vec<Line>,
    /// Whether every document was read: false when reading stopped at the limit.
    pub complete: bool,
    /// The documents read.
    pub documents_read: usize,
    /// The documents to look in.
    pub documents: usize,
}

/// The concordance of `target` in `docs`, `width` words either side: the occurrences of the documents in order
/// until `limit` are found (the batch that reaches it read whole), then sorted.
pub fn concordance(
    corpus: &Corpus,
    docs: &[usize],
    target: Target<'_>,
    width: usize,
    (sort, limit): (KwicSort, usize),
) -> Result<Concordance, SearchError> {
    if let Target::Query(query) = target {
        // A query that does not parse says so here, once; each thread then makes its own highlighter.
        corpus.search.highlighter(query)?;
    }
    let mut found = Concordance { documents: docs.len(), ..Concordance::default() };
    // The documents in batches, each read on every core, until enough lines are found.
    for batch in docs.chunks(BATCH) {
        if found.lines.len() >= limit {
            break;
        }
        let spans = batch_spans(corpus, batch, target);
        found.documents_read += batch.len();
        for (&doc, spans) in batch.iter().zip(spans) {
            let Some(text) = corpus.documents.get(doc).map(|document| document.text.as_str()) else { continue };
            found.lines.extend(spans.into_iter().map(|span| line(text, doc, span, width)));
        }
    }
    found.complete = found.documents_read == docs.len();
    sort_lines(&mut found.lines, sort);
    Ok(found)
}

/// Documents read together, on every core, before checking whether enough lines are found.
const BATCH: usize = 48;

/// The spans of `target` in each document of `batch`, in order.
fn batch_spans(corpus: &Corpus, batch: &[usize], target: Target<'_>) -> Vec<Vec<Range<usize>>> {
    let text = |doc: usize| corpus.documents.get(doc).map_or("", |document| document.text.as_str());
    match target {
        Target::Query(query) => batch
            .par_iter()
            .map_init(
                || corpus.search.highlighter(query).ok().flatten(),
                |highlighter, &doc| highlighter.as_ref().map(|h| h.spans(text(doc))).unwrap_or_default(),
            )
            .collect(),
        Target::Actor(actor) => batch.iter().map(|&doc| actor_spans(corpus, doc, actor)).collect(),
        Target::Pair(actor, with) => batch
            .iter()
            .map(|&doc| spans_beside(text(doc), &actor_spans(corpus, doc, actor), &actor_spans(corpus, doc, with)))
            .collect(),
    }
}

/// The spans of an actor's counted mentions in a document.
fn actor_spans(corpus: &Corpus, doc: usize, actor: usize) -> Vec<Range<usize>> {
    let mentions = corpus.analyses.get(doc).map(|analysis| analysis.mentions.as_slice()).unwrap_or_default();
    mentions.iter().filter(|mention| mention.counted && mention.actor == actor).map(|m| m.span.clone()).collect()
}

/// The spans of `spans` with one of `others` in the same sentence: no full stop, question or exclamation mark or
/// line break between them.
fn spans_beside(text: &str, spans: &[Range<usize>], others: &[Range<usize>]) -> Vec<Range<usize>> {
    let together = |a: &Range<usize>, b: &Range<usize>| {
        let between = text.get(a.end.min(b.end)..a.start.max(b.start)).unwrap_or("");
        !between.contains(['.', '!', '?', '\n'])
    };
    spans.iter().filter(|span| others.iter().any(|other| together(span, other))).cloned().collect()
}

fn line(text: &str, doc: usize, span: Range<usize>, width: usize) -> Line {
    let before = text.get(..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    let mut left: Vec<&str> = before.split_whitespace().rev().take(width).collect();
    left.reverse();
    Line {
        doc,
        left: left.join(" "),
        matched: text.get(span.clone()).unwrap_or("").to_owned(),
        right: after.split_whitespace().take(width).collect::<Vec<_>>().join(" "),
        span,
    }
}

/// Sorts lines: by the left words read from the match outwards, by the right words, or by document and place.
pub fn sort_lines(lines: &mut [Line], sort: KwicSort) {
    let key = |words: &str| words.to_lowercase();
    match sort {
        KwicSort::Left => lines.sort_by_cached_key(|line| {
            let reversed: Vec<String> = line.left.split_whitespace().rev().map(key).collect();
            (reversed, line.doc, line.span.start)
        }),
        KwicSort::Right => lines.sort_by_cached_key(|line| (key(&line.right), line.doc, line.span.start)),
        KwicSort::Document => lines.sort_by_key(|line| (line.doc, line.span.start)),
    }
}

/// One row of `geodash kwic`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct KwicRecord {
    /// The document's id.
    pub document: String,
    /// Its publication date, as the timeline reads it ("2023-07-26", "2023").
    pub date: String,
    /// The words before the match.
    pub left: String,
    /// The match as written.
    #[serde(rename = "match")]
    pub matched: String,
    /// The words after it.
    pub right: String,
    /// The match's byte offset in the document's text.
    pub offset: usize,
}

impl KwicRecord {
    /// The record of a line.
    pub fn new(corpus: &Corpus, line: &Line) -> Self {
        let document = corpus.documents.get(line.doc);
        Self {
            document: document.map(|document| document.id.clone()).unwrap_or_default(),
            date: document.and_then(|document| document.published.as_ref()).map(|p| p.span.label()).unwrap_or_default(),
            left: line.left.clone(),
            matched: line.matched.clone(),
            right: line.right.clone(),
            offset: line.span.start,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_has_its_words_either_side() {
        let text = "One two three Wagner four five six.";
        let start = text.find("Wagner").unwrap_or(0);
        let line = line(text, 0, start..start + 6, 2);
        assert_eq!(
            (line.left.as_str(), line.matched.as_str(), line.right.as_str()),
            ("two three", "Wagner", "four five")
        );
    }

    #[test]
    fn lines_sort_by_the_nearest_word_on_the_left() {
        let make = |left: &str, doc| Line { doc, left: left.into(), ..Line::default() };
        let mut lines = vec![make("x b", 0), make("z a", 1), make("a b", 2)];
        sort_lines(&mut lines, KwicSort::Left);
        // Nearest words: a (doc 1), then b with a before it (doc 2), then b with x (doc 0).
        assert_eq!(lines.iter().map(|line| line.doc).collect::<Vec<_>>(), [1, 2, 0]);
    }
}
