//! The dates a feed's items carry, as written (`feed-rs` gives every date in UTC, which moves an item published
//! at 23:30 in Niamey to the next day): each item's `pubDate`, `published`, `dc:date` or `issued`, else its
//! `updated` or `modified`, in the order of the items.

use quick_xml::Reader;
use quick_xml::events::Event;

/// An item's date elements: the first is what it was published on, the second what it was last changed on.
#[derive(Default)]
struct ItemDates {
    published: Option<String>,
    updated: Option<String>,
}

/// Each item's or entry's publication date as written, in order; `None` for one that has none, and an empty
/// list for XML that cannot be read.
pub fn written_dates(bytes: &[u8]) -> Vec<Option<String>> {
    let mut reader = Reader::from_reader(bytes);
    let (mut buffer, mut dates) = (Vec::new(), Vec::new());
    let mut item: Option<ItemDates> = None;
    let mut field: Option<bool> = None;
    loop {
        let Ok(event) = reader.read_event_into(&mut buffer) else { return Vec::new() };
        match event {
            Event::Start(start) => match start.local_name().into_inner() {
                "item" | "entry" => item = Some(ItemDates::default()),
                "pubDate" | "published" | "date" | "issued" if item.is_some() => field = Some(true),
                "updated" | "modified" if item.is_some() => field = Some(false),
                _ => {}
            },
            Event::Text(text) => keep(&mut item, field, &text.xml10_content()),
            Event::End(end) => match end.local_name().into_inner() {
                "item" | "entry" => {
                    let ended = item.take().unwrap_or_default();
                    dates.push(ended.published.or(ended.updated));
                }
                _ => field = None,
            },
            Event::Eof => break,
            _ => {}
        }
        buffer.clear();
    }
    dates
}

/// Keeps the first text of a date element.
fn keep(item: &mut Option<ItemDates>, field: Option<bool>, text: &str) {
    let (Some(item), Some(published)) = (item.as_mut(), field) else { return };
    let slot = if published { &mut item.published } else { &mut item.updated };
    if slot.is_none() && !text.trim().is_empty() {
        *slot = Some(text.trim().to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::written_dates;

    #[test]
    fn each_items_date_as_written() {
        let rss = br#"<rss><channel><pubDate>Mon, 01 Jan 2024 00:00:00 +0000</pubDate>
            <item><title>A</title><pubDate>Tue, 16 Jan 2024 23:30:00 +0100</pubDate></item>
            <item><title>B</title></item></channel></rss>"#;
        assert_eq!(written_dates(rss), [Some("Tue, 16 Jan 2024 23:30:00 +0100".to_owned()), None]);
        let atom = br#"<feed><entry><updated>2024-03-05T10:00:00Z</updated><published>2024-03-04T08:00:00+02:00</published></entry></feed>"#;
        assert_eq!(written_dates(atom), [Some("2024-03-04T08:00:00+02:00".to_owned())]);
    }
}
