//! Colours and text sizes: one colour per actor kind, readable in both themes and on a projected slide.

use egui::{Color32, FontId, TextStyle};

use crate::core::actors::ActorKind;

/// The colour of an actor kind in bars, highlights and legends.
pub fn kind_color(kind: ActorKind, dark: bool) -> Color32 {
    match (kind, dark) {
        (ActorKind::State, true) => Color32::from_rgb(100, 160, 240),
        (ActorKind::State, false) => Color32::from_rgb(31, 90, 180),
        (ActorKind::Organisation, true) => Color32::from_rgb(80, 200, 160),
        (ActorKind::Organisation, false) => Color32::from_rgb(0, 128, 96),
        (ActorKind::ArmedGroup, true) => Color32::from_rgb(240, 120, 90),
        (ActorKind::ArmedGroup, false) => Color32::from_rgb(190, 60, 30),
        (ActorKind::Person, true) => Color32::from_rgb(200, 150, 240),
        (ActorKind::Person, false) => Color32::from_rgb(120, 60, 170),
    }
}

/// The background behind a search hit in the article and the snippets.
pub fn hit_background(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(120, 100, 20) } else { Color32::from_rgb(255, 226, 110) }
}

/// The background of the passage an article was opened at from the timeline (a soft blue, apart from hits).
pub fn focus_background(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(30, 60, 95) } else { Color32::from_rgb(205, 228, 250) }
}

/// Publication dates on the timeline.
pub fn published_color(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(240, 190, 80) } else { Color32::from_rgb(180, 110, 0) }
}

/// Mentioned dates on the timeline.
pub fn mentioned_color(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(110, 190, 250) } else { Color32::from_rgb(20, 100, 190) }
}

/// Larger text than egui's defaults, so a screenshot on a slide stays legible.
pub fn apply_text_sizes(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles.insert(TextStyle::Body, FontId::proportional(15.0));
        style.text_styles.insert(TextStyle::Button, FontId::proportional(15.0));
        style.text_styles.insert(TextStyle::Small, FontId::proportional(12.5));
        style.text_styles.insert(TextStyle::Heading, FontId::proportional(21.0));
        style.text_styles.insert(TextStyle::Monospace, FontId::monospace(14.0));
        style.spacing.item_spacing = egui::vec2(8.0, 5.0);
    });
}

/// Text for a slide projected in a room: a 1280-point slide is shown 1920 pixels wide or more.
pub fn apply_slide_text_sizes(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles.insert(TextStyle::Body, FontId::proportional(19.0));
        style.text_styles.insert(TextStyle::Button, FontId::proportional(19.0));
        style.text_styles.insert(TextStyle::Small, FontId::proportional(15.5));
        style.text_styles.insert(TextStyle::Heading, FontId::proportional(28.0));
        style.spacing.item_spacing = egui::vec2(10.0, 6.0);
    });
}

/// A small legend: one coloured square and label per actor kind.
pub fn kind_legend_ui(ui: &mut egui::Ui) {
    let dark = ui.visuals().dark_mode;
    ui.horizontal_wrapped(|ui| {
        for kind in ActorKind::ALL {
            swatch_ui(ui, kind_color(kind, dark), false);
            ui.label(egui::RichText::new(kind.label()).small());
        }
    });
}

/// A small coloured square (or dot) for a legend, drawn rather than typed so it needs no special glyph.
pub fn swatch_ui(ui: &mut egui::Ui, color: Color32, round: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
    if round {
        ui.painter().circle_filled(rect.center(), 5.5, color);
    } else {
        ui.painter().rect_filled(rect.shrink(0.5), 2.0, color);
    }
}
