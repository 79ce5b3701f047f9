//! Timeline items: each document's publication date and the dates its text mentions.

use std::ops::Range;

use crate::core::corpus::Corpus;
use crate::core::dates::DateSpan;

/// Whether a timeline item is a publication date or a date the text mentions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ItemKind {
    /// The date the article was published.
    Published,
    /// A date mentioned in the article's text.
    Mentioned,
}

impl ItemKind {
    /// "published" or "mentioned".
    pub fn label(self) -> &'static str {
        match self {
            Self::Published => "published",
            Self::Mentioned => "mentioned",
        }
    }
}

/// One dated item.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineItem {
    /// The date, with its precision.
    pub date: DateSpan,
    /// Published or mentioned.
    pub kind: ItemKind,
    /// The document's index in the corpus.
    pub doc: usize,
    /// The byte span of the date expression in the document's text, when it came from the text.
    pub at: Option<Range<usize>>,
    /// The byte span of the sentence around a mentioned date; `None` for a publication date.
    pub sentence: Option<Range<usize>>,
}

impl TimelineItem {
    /// The sentence around a mentioned date, or the title for a publication date.
    pub fn sentence<'a>(&self, corpus: &'a Corpus) -> &'a str {
        let Some(document) = corpus.documents.get(self.doc) else { return "" };
        match &self.sentence {
            Some(span) => document.text.get(span.clone()).unwrap_or("").trim(),
            None => &document.title,
        }
    }
}

/// Every dated item of the documents `docs`, in date order; items hold spans, not text, so that this
/// stays cheap on a large corpus (undated documents and unresolved mentions have
/// none).
pub fn timeline_items(corpus: &Corpus, docs: &[usize]) -> Vec<TimelineItem> {
    let mut items = Vec::new();
    for &doc in docs {
        let (Some(document), Some(analysis)) = (corpus.documents.get(doc), corpus.analyses.get(doc)) else {
            continue;
        };
        if let Some(published) = &document.published {
            let at = published.at.clone();
            items.push(TimelineItem { date: published.span, kind: ItemKind::Published, doc, at, sentence: None });
        }
        for mention in &analysis.dates {
            let Some(date) = mention.resolved else { continue };
            let sentence = Some(mention.sentence.clone());
            let at = Some(mention.at.clone());
            items.push(TimelineItem { date, kind: ItemKind::Mentioned, doc, at, sentence });
        }
    }
    items.sort_by(|a, b| a.date.start.cmp(&b.date.start).then(a.doc.cmp(&b.doc)));
    items
}

/// A mark on the timeline: one distinct date of one kind, however many items share it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mark {
    /// Published or mentioned.
    pub kind: ItemKind,
    /// The first day the date covers.
    pub start: chrono::NaiveDate,
    /// The last day (equal to `start` for a day).
    pub end: chrono::NaiveDate,
}

/// The distinct marks of the items ("in 2023" in a thousand speeches is one mark), sorted.
pub fn distinct_marks(items: &[TimelineItem]) -> Vec<Mark> {
    let mut marks: Vec<Mark> =
        items.iter().map(|item| Mark { kind: item.kind, start: item.date.start, end: item.date.end }).collect();
    marks.sort_unstable();
    marks.dedup();
    marks
}

/// Every item (in date order) a mark stands for; `items` sorted as [`timeline_items`] sorts them.
pub fn items_of<'a>(items: &'a [TimelineItem], mark: &Mark) -> Vec<&'a TimelineItem> {
    let from = items.partition_point(|item| item.date.start < mark.start);
    items[from..]
        .iter()
        .take_while(|item| item.date.start == mark.start)
        .filter(|item| item.kind == mark.kind && item.date.end == mark.end)
        .collect()
}
