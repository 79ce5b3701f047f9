//! Text shortened to fit a width: a file path loses its middle ("target/corpora/…/MLI_78_2023.txt"), where its
//! folders repeat from line to line, and keeps its file name.

/// The width `text` takes in `font`.
pub fn text_width(ui: &egui::Ui, text: &str, font: &egui::FontId) -> f32 {
    ui.painter().layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::WHITE).size().x
}

/// `text` as it is when it fits `room`, else with its middle replaced by "…" so that it does.
pub fn elide_middle(ui: &egui::Ui, text: &str, font: &egui::FontId, room: f32) -> String {
    if text_width(ui, text, font) <= room {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    // The most characters that fit, found by halving; the end (the file name) keeps the larger half.
    let (mut fits, mut too_many) = (0, chars.len());
    while too_many - fits > 1 {
        let kept = (fits + too_many) / 2;
        if text_width(ui, &shortened(&chars, kept), font) <= room {
            fits = kept;
        } else {
            too_many = kept;
        }
    }
    shortened(&chars, fits)
}

/// The first and last characters of `chars`, `kept` in all, around "…".
fn shortened(chars: &[char], kept: usize) -> String {
    let head = kept * 2 / 5;
    let tail = kept - head;
    let start: String = chars.iter().take(head).collect();
    let end: String = chars[chars.len().saturating_sub(tail)..].iter().collect();
    format!("{start}…{end}")
}

/// `text` as it is when it fits `room`, else its last words after "…" (the words nearest what follows them, as
/// a concordance's left context keeps).
pub fn elide_start(ui: &egui::Ui, text: &str, font: &egui::FontId, room: f32) -> String {
    if text_width(ui, text, font) <= room {
        return text.to_owned();
    }
    let words: Vec<&str> = text.split(' ').collect();
    (1..words.len())
        .map(|from| format!("…{}", words[from..].join(" ")))
        .find(|shorter| text_width(ui, shorter, font) <= room)
        .unwrap_or_default()
}
