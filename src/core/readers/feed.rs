//! RSS and Atom feeds (`feed-rs`): one document per item, with its title, date (as written, with its zone:
//! `feed_dates`), link and the feed's channel as its outlet; the item's HTML made text.

use std::sync::LazyLock;

use regex::Regex;

use super::origin::Origin;
use super::tidy::tidy;
use super::{Problem, feed_dates, html, title_from_text};
use crate::core::dates::{DateSpan, Published, TimeOfDay, date_from_field};
use crate::core::document::{Document, Format, Metadata};

/// Whether bytes named `.xml` hold a feed: an `<rss`, `<feed` or `<rdf:RDF` element near their start.
pub fn is_feed(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(bytes.get(..bytes.len().min(2048)).unwrap_or(bytes));
    ["<rss", "<feed", "<rdf:RDF"].iter().any(|tag| head.contains(tag))
}

/// Reads every item of a feed.
pub fn read(origin: &Origin, bytes: &[u8]) -> Result<Vec<Document>, Problem> {
    let feed =
        feed_rs::parser::parse(bytes).map_err(|error| origin.failed(format!("not a readable feed ({error})")))?;
    let outlet = feed.title.as_ref().map(|title| plain(&title.content)).filter(|title| !title.is_empty());
    // The dates as written, where they line up with the items; else feed-rs's, in UTC.
    let written = Some(feed_dates::written_dates(bytes)).filter(|dates| dates.len() == feed.entries.len());
    let documents: Vec<Document> = feed
        .entries
        .iter()
        .enumerate()
        .filter_map(|(number, entry)| {
            let title = entry.title.as_ref().map(|title| plain(&title.content)).unwrap_or_default();
            let html = entry.content.as_ref().and_then(|content| content.body.clone());
            let html = html.or_else(|| entry.summary.as_ref().map(|summary| summary.content.clone()))?;
            // Cleaned as a page's article is: captions, share bars and sign-up boxes left out.
            let body = tidy(&html::without_asides(&html));
            let text = if title.is_empty() || body.starts_with(&title) { body } else { format!("{title}\n\n{body}") };
            let as_written = written.as_ref().and_then(|dates| dates.get(number)?.as_deref()).and_then(date_from_field);
            // feed-rs gives every date in UTC: the day and time are then UTC's, said so by the zone.
            let moment = entry.published.or(entry.updated);
            let link = entry.links.first().map(|link| link.href.clone());
            let part = link.clone().unwrap_or_else(|| format!("item {}", number + 1));
            Some(Document {
                id: format!("{}-{}", origin.stem(), number + 1),
                title: if title.is_empty() { title_from_text(&text, None) } else { title },
                source: origin.source_of_part(&part),
                text,
                format: Format::Feed,
                published: as_written.or_else(|| {
                    moment.map(|moment| Published {
                        span: DateSpan::day(moment.date_naive()),
                        at: None,
                        time: Some(TimeOfDay { time: moment.time(), offset_seconds: Some(0) }),
                    })
                }),
                speaker: None,
                meta: Metadata { url: link, ..Metadata::with_outlet(outlet.clone()) },
            })
        })
        .collect();
    if documents.is_empty() {
        return Err(origin.skipped("a feed with no item that has text"));
    }
    Ok(documents)
}

/// An item's HTML as text: paragraphs and line breaks kept, tags and entities gone.
fn plain(html: &str) -> String {
    static BLOCKS: LazyLock<Option<Regex>> =
        LazyLock::new(|| Regex::new(r"(?i)<(?:/p|br\s*/?|/div|/li|/h[1-6]|/blockquote)\s*>").ok());
    let marked =
        BLOCKS.as_ref().map_or_else(|| html.to_owned(), |blocks| blocks.replace_all(html, "$0\n\n").into_owned());
    let document = dom_query::Document::from(format!("<body>{marked}</body>").as_str());
    tidy(&document.select("body").text())
}
