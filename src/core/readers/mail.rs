//! E-mail: one message (.eml) or a mailbox of them (.mbox). Each message is one document: its subject is the
//! title, its `Date` header the publication date, its sender's domain the outlet, and its text body (or its HTML
//! body as text) the text.

use mail_parser::mailbox::mbox::MessageIterator;
use mail_parser::{Message, MessageParser};

use super::origin::Origin;
use super::{Problem, title_from_text};
use crate::core::dates::{Published, date_from_field, publication_date};
use crate::core::document::{Document, Format, Metadata, Source};

/// Reads one message.
pub fn read_message(origin: &Origin, bytes: &[u8]) -> Result<Vec<Document>, Problem> {
    let message = MessageParser::default().parse(bytes).ok_or_else(|| origin.failed("not an e-mail message"))?;
    Ok(vec![document(&message, origin.source(), origin.stem(), origin.file_name())])
}

/// Reads every message of a mailbox.
pub fn read_mailbox(origin: &Origin, bytes: &[u8]) -> Result<Vec<Document>, Problem> {
    let parser = MessageParser::default();
    let mut documents = Vec::new();
    for (number, item) in MessageIterator::new(bytes).enumerate() {
        let item = item.map_err(|error| origin.failed(format!("broken mailbox ({error})")))?;
        let Some(message) = parser.parse(item.contents()) else { continue };
        let part = format!("message {}", number + 1);
        let id = format!("{}-{}", origin.stem(), number + 1);
        documents.push(document(&message, origin.source_of_part(&part), id, origin.file_name()));
    }
    if documents.is_empty() {
        return Err(origin.failed("no message found: not an mbox mailbox"));
    }
    Ok(documents)
}

fn document(message: &Message<'_>, source: Source, id: String, file_name: Option<&str>) -> Document {
    let subject = message.subject().map(str::trim).filter(|subject| !subject.is_empty());
    let body = message.body_text(0).map(|body| body.trim().to_owned()).unwrap_or_default();
    let text = match subject {
        Some(subject) if !body.starts_with(subject) => format!("{subject}\n\n{body}"),
        _ => body,
    };
    let published = sent(message).or_else(|| publication_date(&text, file_name));
    let title = subject.map_or_else(|| title_from_text(&text, None), str::to_owned);
    let outlet = sender_domain(message);
    Document {
        id,
        title,
        source,
        text,
        format: Format::Email,
        published,
        speaker: None,
        meta: Metadata::with_outlet(outlet),
    }
}

/// The domain the message was sent from ("desk@sahel-ledger.example" → "sahel-ledger.example"): the outlet, for a
/// newsletter or a wire's mail.
fn sender_domain(message: &Message<'_>) -> Option<String> {
    let address = message.from()?.first()?.address()?;
    let domain = address.rsplit_once('@')?.1.trim().to_lowercase();
    (!domain.is_empty()).then_some(domain)
}

/// The day the `Date` header gives, as written in the sender's time zone, with its time and zone.
fn sent(message: &Message<'_>) -> Option<Published> {
    let date = message.date()?;
    let sign = if date.tz_before_gmt { '-' } else { '+' };
    let (day, hour, minute) = (format!("{:04}-{:02}-{:02}", date.year, date.month, date.day), date.hour, date.minute);
    date_from_field(&format!("{day}T{hour:02}:{minute:02}:00{sign}{:02}:{:02}", date.tz_hour, date.tz_minute))
}
