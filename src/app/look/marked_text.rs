//! Laying out text with coloured spans: search hits on a yellow ground, actor mentions in their kind's colour.

use std::ops::Range;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Stroke};

/// One span to paint differently.
#[derive(Clone, Debug)]
pub struct Paint {
    /// Byte span in the text.
    pub span: Range<usize>,
    /// Text colour, if it changes.
    pub color: Option<Color32>,
    /// Background, if any.
    pub background: Option<Color32>,
    /// Underline colour, if any.
    pub underline: Option<Color32>,
}

/// A layout job for `text` with `paints` applied over the base colour; later paints win where they overlap.
pub fn layout_job(text: &str, paints: &[Paint], font: FontId, base: Color32, wrap_width: f32) -> LayoutJob {
    reading_job(text, paints, font, base, wrap_width, false).0
}

/// Like [`layout_job`], optionally shortening every run of blank lines to a single blank line (pasted web
/// articles are full of them), with the map between the shown text and the original.
pub fn reading_job(
    text: &str,
    paints: &[Paint],
    font: FontId,
    base: Color32,
    wrap_width: f32,
    collapse_blank_lines: bool,
) -> (LayoutJob, TextMap) {
    let runs = if collapse_blank_lines { blank_line_runs(text) } else { Vec::new() };
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for span in paints.iter().map(|paint| &paint.span).chain(&runs) {
        cuts.push(span.start.min(text.len()));
        cuts.push(span.end.min(text.len()));
    }
    cuts.retain(|&cut| text.is_char_boundary(cut));
    cuts.sort_unstable();
    cuts.dedup();
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap_width;
    let mut map = TextMap::default();
    let mut shown_chars = 0;
    for window in cuts.windows(2) {
        let (start, end) = (window[0], window[1]);
        let Some(piece) = text.get(start..end) else { continue };
        let run = runs.iter().find(|run| run.start <= start && end <= run.end);
        let shown = match run {
            Some(run) if run.start == start => "\n\n",
            Some(_) => continue,
            None => piece,
        };
        map.anchors.push(Anchor { shown_char: shown_chars, original: start, collapsed: run.is_some() });
        shown_chars += shown.chars().count();
        let mut format = TextFormat { font_id: font.clone(), color: base, ..Default::default() };
        for paint in paints.iter().filter(|paint| paint.span.start <= start && end <= paint.span.end) {
            apply(&mut format, paint);
        }
        job.append(shown, 0.0, format);
    }
    (job, map)
}

/// Runs of whitespace holding three or more line breaks.
fn blank_line_runs(text: &str) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut run_start = None;
    let mut breaks = 0;
    for (at, c) in text.char_indices().chain(std::iter::once((text.len(), 'x'))) {
        if c.is_whitespace() {
            run_start.get_or_insert(at);
            breaks += usize::from(c == '\n');
            continue;
        }
        if let Some(start) = run_start.take().filter(|_| breaks >= 3) {
            runs.push(start..at);
        }
        breaks = 0;
    }
    runs
}

/// One piece of shown text and where it came from.
#[derive(Clone, Copy, Debug)]
struct Anchor {
    shown_char: usize,
    original: usize,
    collapsed: bool,
}

/// Maps between character positions in the shown text and byte offsets in the original.
#[derive(Clone, Debug, Default)]
pub struct TextMap {
    anchors: Vec<Anchor>,
}

impl TextMap {
    /// The original byte offset under a shown character index.
    pub fn original_byte(&self, text: &str, shown_char: usize) -> usize {
        let Some(anchor) = self.anchors.iter().rev().find(|anchor| anchor.shown_char <= shown_char) else {
            return 0;
        };
        if anchor.collapsed {
            return anchor.original;
        }
        let tail = text.get(anchor.original..).unwrap_or("");
        anchor.original + byte_of_char(tail, shown_char - anchor.shown_char)
    }

    /// The shown character index of an original byte offset.
    pub fn shown_char(&self, text: &str, original: usize) -> usize {
        let Some(anchor) = self.anchors.iter().rev().find(|anchor| anchor.original <= original) else {
            return 0;
        };
        if anchor.collapsed {
            return anchor.shown_char;
        }
        anchor.shown_char + text.get(anchor.original..original).map_or(0, |piece| piece.chars().count())
    }
}

fn apply(format: &mut TextFormat, paint: &Paint) {
    if let Some(color) = paint.color {
        format.color = color;
    }
    if let Some(background) = paint.background {
        format.background = background;
    }
    if let Some(underline) = paint.underline {
        format.underline = Stroke::new(1.5, underline);
    }
}

impl Paint {
    /// A background behind a span, nothing else changed.
    pub fn background(span: &Range<usize>, background: Color32) -> Self {
        Self { span: span.clone(), color: None, background: Some(background), underline: None }
    }
}

/// Search-hit paints for marked ranges.
pub fn hit_paints(marks: &[Range<usize>], background: Color32) -> Vec<Paint> {
    marks.iter().map(|mark| Paint::background(mark, background)).collect()
}

/// The byte offset of a character index in `text`.
pub fn byte_of_char(text: &str, char_index: usize) -> usize {
    text.char_indices().nth(char_index).map_or(text.len(), |(byte, _)| byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> (String, TextMap) {
        let (job, map) = reading_job(text, &[], FontId::proportional(14.0), Color32::WHITE, 500.0, true);
        (job.text, map)
    }

    #[test]
    fn runs_of_blank_lines_become_one_blank_line() {
        let (text, _) = shown("One.\n\n\n\n\nTwo.\n\nThree.");
        assert_eq!(text, "One.\n\nTwo.\n\nThree.");
    }

    #[test]
    fn positions_map_back_to_the_original_text() {
        let original = "One.\n\n\n\n\nTwo é.";
        let (text, map) = shown(original);
        let two_shown = text.find("Two").map(|at| text[..at].chars().count()).unwrap();
        let two_original = original.find("Two").unwrap();
        assert_eq!(map.original_byte(original, two_shown), two_original);
        assert_eq!(map.shown_char(original, two_original), two_shown);
    }
}
