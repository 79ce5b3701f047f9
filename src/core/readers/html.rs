//! Web pages: the article body only, as Firefox's reader view keeps it (the `dom_smoothie` port of
//! readability.js scores blocks by text and link density and keeps the main one with its siblings), so menus,
//! ads, scripts, share bars, related stories, comments and footers are left out. The title comes from
//! `og:title`, `<title>` or the headline; the publication date and the outlet (`og:site_name`, the JSON-LD
//! publisher) from the page's metadata. A news database's export saved as a page is cut into its articles.

use std::sync::LazyLock;

use dom_smoothie::{Config, Readability, TextMode};
use regex::bytes::Regex;

use super::decode::decode_declared;
use super::origin::Origin;
use super::tidy::tidy;
use super::{Problem, database_export, title_from_text};
use crate::core::dates::{Published, date_from_field, publication_date};
use crate::core::document::{Document, Format, Metadata};

/// The charset a page declares in its first bytes: `<meta charset="…">` or `content="text/html; charset=…"`.
static CHARSET: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r#"(?i)<meta[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)"#).ok());

/// Where pages keep their publication date when `dom_smoothie` finds none (it reads `article:published_time`,
/// the Dublin Core dates and JSON-LD `datePublished`).
const DATE_SELECTORS: &[(&str, &str)] = &[
    ("meta[name=date]", "content"),
    ("meta[name=pubdate]", "content"),
    ("meta[name='DC.date.issued']", "content"),
    ("meta[itemprop=datePublished]", "content"),
    ("meta[property='og:published_time']", "content"),
    ("time[pubdate]", "datetime"),
    ("time[datetime]", "datetime"),
];

/// Reads a saved web page as one document: headline, then the article's paragraphs.
pub fn read(origin: &Origin, bytes: &[u8]) -> Result<Vec<Document>, Problem> {
    let page =
        decode_declared(bytes, declared_charset(bytes).as_deref()).map_err(|error| origin.failed(error.to_string()))?;
    let document = dom_query::Document::from(page.as_str());
    if let Some(documents) = export_documents(origin, &page) {
        return Ok(documents);
    }
    let marked_date = marked_date(&document);
    let headline = headline(&document);
    let config = Config { text_mode: TextMode::Formatted, keep_classes: true, ..Config::default() };
    let article = Readability::with_document(document, None, Some(config))
        .and_then(|mut readability| readability.parse())
        .map_err(|error| origin.failed(format!("no article text found in the page ({error})")))?;
    let body = tidy(&without_asides(&article.content));
    let headline = headline.unwrap_or_else(|| without_site_name(article.title.trim()));
    let text = if headline.is_empty() || body.starts_with(&headline) { body } else { format!("{headline}\n\n{body}") };
    let published = article.published_time.as_deref().and_then(date_from_field).or(marked_date);
    let published = published.or_else(|| publication_date(&text, origin.file_name()));
    let title = if headline.is_empty() { title_from_text(&text, None) } else { headline };
    // `og:site_name`, else the JSON-LD publisher's name.
    let outlet = article.site_name.as_deref().map(str::trim).filter(|name| !name.is_empty()).map(str::to_owned);
    Ok(vec![Document {
        id: origin.stem(),
        title,
        source: origin.source(),
        text,
        format: Format::Html,
        published,
        speaker: None,
        meta: Metadata::with_outlet(outlet),
    }])
}

/// The articles of a news database's export saved as one page (Nexis Uni, Factiva): its whole text, cut
/// into articles; `None` for a page that is no export.
fn export_documents(origin: &Origin, page: &str) -> Option<Vec<Document>> {
    if !page.contains("End of Document") && !page.contains("DOCUMENTS") && !page.contains("Document ") {
        return None;
    }
    let document = dom_query::Document::from(page);
    document.select("script, style, noscript").remove();
    let text = tidy(&document.select("body").formatted_text());
    database_export::documents(origin, &text, Format::Html)
}

/// The encoding label a page declares in its first 2 KiB.
fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = bytes.get(..bytes.len().min(2048))?;
    let captures = CHARSET.as_ref()?.captures(head)?;
    Some(String::from_utf8_lossy(captures.get(1)?.as_bytes()).into_owned())
}

/// Blocks inside an article that are not its text, by the names pages give them: sign-up and donation boxes,
/// share bars, captions, bylines, "read also" boxes, photo galleries and embedded videos' titles.
const ASIDES: &str = "figcaption, form, aside, nav, [class*=newsletter], [class*=subscribe], [class*=signup], \
    [class*=sign-up], [class*=donat], [class*=support-box], [class*=share], [class*=social], [class*=caption], \
    [class*=byline], [class*=related], [class*=read-also], [class*=readalso], [class*=promo], [class*=advert], \
    [class*=breadcrumb], [class*=tags], [id*=newsletter], [id*=share], [class*=gallery], [class*=Gallery], \
    [class*=video-resource], [class*=ad-feedback], [class*=media_title]";

/// The text of the article's HTML without the blocks in [`ASIDES`].
pub(super) fn without_asides(content: &str) -> String {
    let article = dom_query::Document::from(content);
    article.select(ASIDES).remove();
    article.formatted_text().to_string()
}

/// The headline: `og:title`, else the page's `<h1>`, else none (the `<title>` is used then).
fn headline(document: &dom_query::Document) -> Option<String> {
    let og_title = document.select_single("meta[property='og:title']").attr("content").map(|title| title.to_string());
    let h1 = || Some(document.select_single("h1").text().to_string());
    // An `og:title` may carry the site's name too ("Trump warned Putin | CNN Politics").
    let tidy = |title: String| without_site_name(&title.split_whitespace().collect::<Vec<_>>().join(" "));
    og_title.map(tidy).filter(|title| !title.is_empty()).or_else(|| h1().map(tidy).filter(|title| !title.is_empty()))
}

/// A `<title>` without the site's name after its last separator: "Coup in Niger | Sahel Desk" → "Coup in Niger".
fn without_site_name(title: &str) -> String {
    let cut = [" | ", " - ", " – ", " — ", " :: "].iter().filter_map(|separator| title.rfind(separator)).max();
    let kept = cut.and_then(|at| title.get(..at)).filter(|kept| kept.split_whitespace().count() >= 2);
    kept.unwrap_or(title).trim().to_owned()
}

/// A publication date marked in the page's own tags, or anywhere in its JSON-LD (a WordPress `@graph` nests
/// `datePublished` deeper than `dom_smoothie` looks).
fn marked_date(document: &dom_query::Document) -> Option<Published> {
    let from_tags = DATE_SELECTORS.iter().find_map(|(selector, attribute)| {
        let value = document.select_single(selector).attr(attribute)?;
        date_from_field(&value)
    });
    from_tags.or_else(|| {
        let scripts = document.select("script[type='application/ld+json']");
        scripts.iter().find_map(|script| {
            let value: serde_json::Value = serde_json::from_str(&script.text()).ok()?;
            find_date_published(&value, 0)
        })
    })
}

/// The first `datePublished` in a JSON-LD value, looking a few levels deep.
fn find_date_published(value: &serde_json::Value, depth: usize) -> Option<Published> {
    if depth > 6 {
        return None;
    }
    match value {
        serde_json::Value::Object(object) => {
            let here = object.get("datePublished").and_then(serde_json::Value::as_str).and_then(date_from_field);
            here.or_else(|| object.values().find_map(|inner| find_date_published(inner, depth + 1)))
        }
        serde_json::Value::Array(items) => items.iter().find_map(|inner| find_date_published(inner, depth + 1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_meta_charset_is_found() {
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">";
        assert_eq!(declared_charset(page).as_deref(), Some("iso-8859-1"));
    }

    #[test]
    fn the_site_name_leaves_the_title() {
        assert_eq!(without_site_name("Coup in Niger | Sahel Desk"), "Coup in Niger");
        assert_eq!(without_site_name("Niger – a year on - Sahel Desk"), "Niger – a year on");
        assert_eq!(without_site_name("Home | Desk"), "Home | Desk");
    }
}
