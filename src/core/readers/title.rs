//! A document's title: its headline, or the start of its first sentence.

use std::ops::Range;

/// Titles longer than this many characters are cut at the end of their first sentence, or else at a word with
/// "…": a headline is kept whole, a first paragraph used as a title is not.
const MAX_TITLE_CHARS: usize = 300;

/// Picks a title from the first line with words: a Markdown heading or "Title:" line loses its marker, a
/// publication-date header (at `header`) and a source in brackets after it are dropped, and a dateline such as
/// "Dec 5, 2023 | News" is passed over.
pub fn title_from_text(text: &str, header: Option<Range<usize>>) -> String {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let line_span = offset..offset + line.len();
        offset += line.len();
        let candidate = strip_header(line, line_span, header.clone());
        let candidate = strip_markers(candidate.trim());
        if candidate.chars().any(char::is_alphabetic) {
            return shorten(candidate);
        }
    }
    "(untitled)".to_owned()
}

/// Removes the publication-date header from its line; a dateline made only of the date and "|"-separated
/// labels is removed whole.
fn strip_header(line: &str, line_span: Range<usize>, header: Option<Range<usize>>) -> &str {
    let Some(header) = header.filter(|header| header.start < line_span.end && header.end > line_span.start) else {
        return line;
    };
    if line.contains('|') {
        return "";
    }
    let cut = (header.end - line_span.start).min(line.len());
    let rest = line.get(cut..).unwrap_or("").trim_start();
    match rest.strip_prefix('(').and_then(|inner| inner.split_once(')')) {
        Some((_source, after)) => after,
        None => rest,
    }
}

fn strip_markers(line: &str) -> &str {
    let line = line.trim_start_matches('#').trim_start();
    let line = line.strip_prefix("Title:").or_else(|| line.strip_prefix("TITLE:")).unwrap_or(line);
    line.trim()
}

fn shorten(title: &str) -> String {
    if title.chars().count() <= MAX_TITLE_CHARS {
        return title.to_owned();
    }
    let cut: String = title.chars().take(MAX_TITLE_CHARS).collect();
    if let Some(end) = cut.find(". ").or_else(|| cut.find("? ")).or_else(|| cut.find("! ")) {
        return cut[..=end].to_owned();
    }
    let at_word = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", at_word.trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_line_loses_its_marker() {
        assert_eq!(title_from_text("Title: Niger’s new dynamic\nIntroduction :\n", None), "Niger’s new dynamic");
    }

    #[test]
    fn header_date_and_source_are_dropped() {
        let text = " date 2024-05-02 (MENAFN- The Rio Times) In Niamey, flags fly.\n";
        assert_eq!(title_from_text(text, Some(1..16)), "In Niamey, flags fly.");
    }

    #[test]
    fn a_headline_is_kept_whole() {
        let line = "In the midst of the ongoing crisis in Niger, Russian President Vladimir Putin has called for a \
                    peaceful resolution to the situation.";
        assert_eq!(title_from_text(&format!("{line}\nThe call comes after…"), None), line);
    }

    #[test]
    fn a_first_paragraph_is_cut_at_its_first_sentence() {
        let text = format!("Niger's junta closed the border. {}\n", "More words follow here. ".repeat(20));
        assert_eq!(title_from_text(&text, None), "Niger's junta closed the border.");
    }

    #[test]
    fn long_first_sentence_is_cut_at_a_word() {
        let text = "word ".repeat(80);
        let title = title_from_text(&text, None);
        assert!(title.ends_with("word…"), "{title}");
        assert!(title.chars().count() <= MAX_TITLE_CHARS + 1);
    }

    #[test]
    fn empty_text_is_untitled() {
        assert_eq!(title_from_text("\n  \n", None), "(untitled)");
    }
}
