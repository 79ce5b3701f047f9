//! The dashboard's panels, one file each. A panel draws from a [`PanelInput`] (read-only) and says what the
//! analyst asked for by pushing commands; it gives back where it was drawn, for images of one panel.
//!
//! A new panel is a file here with a `ui` function, one line in the app's `draw_panels`, and, if it lets the
//! analyst change something, a variant of [`super::commands::AppCommand`].

pub mod actors;
pub mod analysis_tabs;
pub mod calendar_axis;
pub mod caption;
pub mod columns;
pub mod comentions;
pub mod concordance;
pub mod dashboard;
pub mod date_range;
pub mod facet_filters;
pub mod hits;
pub mod reader;
pub mod reader_menu;
pub mod selection_chips;
pub mod slide;
pub mod status_bar;
pub mod timeline;
pub mod top_bar;
pub mod trends;

use super::derived::Derived;
use crate::core::corpus::Corpus;
use crate::core::view::ViewState;

/// What every panel draws from.
pub struct PanelInput<'a> {
    /// The corpus.
    pub corpus: &'a Corpus,
    /// The analyst's choices.
    pub view: &'a ViewState,
    /// The figures derived from them.
    pub derived: &'a Derived,
    /// True while drawing an image for a briefing: hints on how to click, and buttons, are left out.
    pub presenting: bool,
    /// Whether there is a selection to step back to, and one forward.
    pub steps: [bool; 2],
}

/// Where each panel was drawn in the last frame, in points.
#[derive(Clone, Copy, Debug)]
pub struct PanelRects {
    /// The actor plot.
    pub actors: egui::Rect,
    /// The timeline strip.
    pub timeline: egui::Rect,
    /// The article list.
    pub hits: egui::Rect,
    /// The reader.
    pub reader: egui::Rect,
    /// The caption block, when an image is drawn.
    pub caption: Option<egui::Rect>,
}

impl Default for PanelRects {
    fn default() -> Self {
        let nothing = egui::Rect::NOTHING;
        Self { actors: nothing, timeline: nothing, hits: nothing, reader: nothing, caption: None }
    }
}
