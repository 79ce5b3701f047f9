//! The paragraphs of a word processor's XML (DOCX `word/document.xml`, ODT `content.xml`). Only the five
//! predefined entities and character references are expanded: entities a document declares itself are left out
//! unexpanded, so a "billion laughs" file cannot blow up.

use quick_xml::Reader;
use quick_xml::events::{BytesRef, Event};

/// Which elements make paragraphs and text in one format's XML, by local name.
pub struct Layout {
    /// Elements that end a paragraph: DOCX `p`; ODT `p` and `h`.
    pub paragraphs: &'static [&'static str],
    /// When set, text counts only inside these elements (DOCX `t`, leaving out field codes).
    pub text_in: Option<&'static str>,
    /// Empty elements that stand for a tab.
    pub tabs: &'static [&'static str],
    /// Empty elements that stand for a line break.
    pub breaks: &'static [&'static str],
    /// An empty element that stands for spaces (ODT `s`).
    pub spaces: Option<&'static str>,
}

/// XML that does not parse.
#[derive(Debug, thiserror::Error)]
#[error("broken XML ({0})")]
pub struct BrokenXml(quick_xml::Error);

/// The text of the XML, a paragraph a line with blank lines between, or why the XML cannot be read.
pub fn paragraphs(xml: &str, layout: &Layout) -> Result<String, BrokenXml> {
    let mut reader = Reader::from_str(xml);
    let mut text = String::new();
    let mut paragraph = String::new();
    let mut text_depth = 0usize;
    loop {
        let event = reader.read_event().map_err(BrokenXml)?;
        let counts = layout.text_in.is_none() || text_depth > 0;
        match event {
            Event::Start(start) if Some(start.local_name().as_ref()) == layout.text_in => text_depth += 1,
            Event::End(end) if Some(end.local_name().as_ref()) == layout.text_in => {
                text_depth = text_depth.saturating_sub(1);
            }
            Event::End(end) if layout.paragraphs.contains(&end.local_name().as_ref()) => {
                end_paragraph(&mut text, &mut paragraph);
            }
            Event::Empty(empty) => {
                let local_name = empty.local_name();
                let name = local_name.as_ref();
                if layout.tabs.contains(&name) {
                    paragraph.push('\t');
                } else if layout.breaks.contains(&name) {
                    paragraph.push('\n');
                } else if layout.paragraphs.contains(&name) {
                    end_paragraph(&mut text, &mut paragraph);
                } else if Some(name) == layout.spaces {
                    paragraph.push(' ');
                }
            }
            Event::Text(content) if counts => paragraph.push_str(&content.xml10_content()),
            Event::CData(content) if counts => paragraph.push_str(&content.xml10_content()),
            Event::GeneralRef(reference) if counts => push_reference(&mut paragraph, &reference),
            Event::Eof => break,
            _ => {}
        }
    }
    end_paragraph(&mut text, &mut paragraph);
    Ok(text)
}

fn end_paragraph(text: &mut String, paragraph: &mut String) {
    let trimmed = paragraph.trim();
    if !trimmed.is_empty() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(trimmed);
    }
    paragraph.clear();
}

/// Adds a predefined entity or a character reference; any other entity is left out.
fn push_reference(paragraph: &mut String, reference: &BytesRef<'_>) {
    if let Ok(Some(character)) = reference.resolve_char_ref() {
        paragraph.push(character);
        return;
    }
    paragraph.push_str(match reference.as_ref() {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => "",
    });
}
