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
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for paint in paints {
        cuts.push(paint.span.start.min(text.len()));
        cuts.push(paint.span.end.min(text.len()));
    }
    cuts.retain(|&cut| text.is_char_boundary(cut));
    cuts.sort_unstable();
    cuts.dedup();
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap_width;
    for window in cuts.windows(2) {
        let (start, end) = (window[0], window[1]);
        let Some(piece) = text.get(start..end) else { continue };
        let mut format = TextFormat { font_id: font.clone(), color: base, ..Default::default() };
        for paint in paints.iter().filter(|paint| paint.span.start <= start && end <= paint.span.end) {
            apply(&mut format, paint);
        }
        job.append(piece, 0.0, format);
    }
    job
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

/// Search-hit paints for marked ranges.
pub fn hit_paints(marks: &[Range<usize>], background: Color32) -> Vec<Paint> {
    marks
        .iter()
        .map(|mark| Paint { span: mark.clone(), color: None, background: Some(background), underline: None })
        .collect()
}

/// The byte offset of a character index in `text`.
pub fn byte_of_char(text: &str, char_index: usize) -> usize {
    text.char_indices().nth(char_index).map_or(text.len(), |(byte, _)| byte)
}
