//! Timeline items: each document's publication date and the dates its text mentions.

use std::ops::Range;

use crate::core::corpus::Corpus;
use crate::core::dates::DateSpan;

/// Whether a timeline item is a publication date or a date the text mentions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    /// The sentence around a mentioned date; the title for a publication date.
    pub sentence: String,
}

/// Every dated item of the documents `docs`, in date order (undated documents and unresolved mentions have
/// none).
pub fn timeline_items(corpus: &Corpus, docs: &[usize]) -> Vec<TimelineItem> {
    let mut items = Vec::new();
    for &doc in docs {
        let (Some(document), Some(analysis)) = (corpus.documents.get(doc), corpus.analyses.get(doc)) else {
            continue;
        };
        if let Some(published) = &document.published {
            let at = published.at.clone();
            let sentence = document.title.clone();
            items.push(TimelineItem { date: published.span, kind: ItemKind::Published, doc, at, sentence });
        }
        for mention in &analysis.dates {
            let Some(date) = mention.resolved else { continue };
            let sentence = document.text.get(mention.sentence.clone()).unwrap_or("").trim().to_owned();
            let at = Some(mention.at.clone());
            items.push(TimelineItem { date, kind: ItemKind::Mentioned, doc, at, sentence });
        }
    }
    items.sort_by(|a, b| a.date.start.cmp(&b.date.start).then(a.doc.cmp(&b.doc)));
    items
}
