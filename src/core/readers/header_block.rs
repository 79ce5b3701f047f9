//! A block of `Key: value` lines at the top of a text (wire archives, exports, notes): what the document says
//! about itself. Keys in any case, English and French: title (`Title`, `Headline`, `HD`, `Titre`), date
//! (`Date`, `Published`, `Publication date`, `Load-Date`, `PD`, `Date de publication`; `Updated` only when no
//! other), outlet (`Source`, `Publication`, `SN`, `Publisher`, `Média`), author (`Byline`, `Author`, `By`,
//! `Auteur`), section (`Section`, `Rubrique`, `SE`), language (`Language`, `Langue`, `LA`) and URL; a dateline
//! and the other keys of exports are read past. The block is kept out of the text.

use crate::core::dates::numeric_order::readings;
use crate::core::dates::{Published, date_from_field};
use crate::core::document::Metadata;
use crate::core::language;

/// What a header block says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HeaderBlock {
    /// The headline.
    pub title: Option<String>,
    /// The publication date, from the first date key (an update's date only without one).
    pub published: Option<Published>,
    /// Outlet, author, section, language and address, where the block names them.
    pub meta: Metadata,
    /// Where the text after the block starts (byte offset).
    pub body_start: usize,
}

/// What a key names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Title,
    Date,
    Updated,
    Outlet,
    Author,
    Section,
    Language,
    Url,
    /// Known, read past: dateline, places, length, words, copyright, subjects.
    Other,
}

/// The field a key names, whatever its case.
fn field(key: &str) -> Option<Field> {
    let key = key.trim().to_lowercase();
    let field = match key.as_str() {
        "title" | "headline" | "hd" | "titre" => Field::Title,
        "date"
        | "published"
        | "publication date"
        | "publication-date"
        | "load-date"
        | "load date"
        | "pd"
        | "date de publication"
        | "publié le"
        | "publie le"
        | "date published"
        | "posted" => Field::Date,
        "updated" | "last updated" | "modified" | "mis à jour" | "mis a jour" | "mise à jour" => Field::Updated,
        "source" | "publication" | "sn" | "publisher" | "outlet" | "média" | "media" | "journal" => Field::Outlet,
        "byline" | "by-line" | "author" | "authors" | "by" | "auteur" | "auteurs" | "par" => Field::Author,
        "section" | "rubrique" | "se" => Field::Section,
        "language" | "lang" | "langue" | "la" => Field::Language,
        "url" | "link" | "lien" => Field::Url,
        "dateline" | "places" | "place" | "lieu" | "length" | "words" | "wc" | "copyright" | "subject" | "keywords"
        | "type" | "id" => Field::Other,
        _ => return None,
    };
    Some(field)
}

/// The block at the top of `text`, if it opens with one: consecutive `Key: value` lines (blank lines before it
/// allowed), two of them or more with known keys, or one that gives a date. `None` for a text that opens with
/// its story.
pub fn read(text: &str) -> Option<HeaderBlock> {
    let mut block = HeaderBlock::default();
    let (mut known, mut updated, mut offset, mut started) = (0, None, 0, false);
    for line in text.split_inclusive('\n') {
        let content = line.trim().trim_start_matches('\u{feff}');
        if content.is_empty() {
            if started {
                offset += line.len();
                break;
            }
            offset += line.len();
            continue;
        }
        let Some((key, value)) = content.split_once(':').filter(|(key, _)| key.len() <= 24) else { break };
        let Some(kind) = field(key) else { break };
        let value = value.trim();
        started = true;
        known += 1;
        offset += line.len();
        match kind {
            Field::Title => block.title = block.title.take().or_else(|| some_text(value)),
            Field::Date => {
                block.published = block.published.take().or_else(|| date_from_field(value));
                if block.meta.numeric_date.is_none() && readings(value).is_some() {
                    block.meta.numeric_date = Some(value.to_owned());
                }
            }
            Field::Updated => updated = updated.or_else(|| date_from_field(value)),
            Field::Other => {}
            _ => keep(&mut block.meta, kind, value),
        }
    }
    block.published = block.published.or(updated);
    block.body_start = offset;
    (known >= 2 || (known == 1 && block.published.is_some())).then_some(block)
}

/// Keeps a metadata field's first value.
fn keep(meta: &mut Metadata, kind: Field, value: &str) {
    let slot = match kind {
        Field::Outlet => &mut meta.outlet,
        Field::Author => &mut meta.author,
        Field::Section => &mut meta.section,
        Field::Url => &mut meta.url,
        Field::Language => {
            meta.language = meta.language.take().or_else(|| language::code_from_name(value));
            return;
        }
        _ => return,
    };
    if slot.is_none() {
        *slot = some_text(value);
    }
}

/// A value without its surrounding space, or `None` when that leaves nothing.
pub(super) fn some_text(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}
