//! The dashboard as the window shows it: the timeline across the top, the actor plot and the article list as
//! two columns sharing the width, and in what is left the reader or an analysis view (trends, concordance,
//! co-mentions) under a tab strip.

use super::columns::{ACTORS, Columns, HITS};
use super::reader::ReaderPanel;
use super::timeline::TimelinePanel;
use super::{PanelInput, PanelRects, actors, analysis_tabs, hits};
use crate::app::commands::AppCommand;

/// The panels' own state the dashboard draws with.
pub struct Dashboard<'a> {
    /// The timeline's state.
    pub timeline: &'a mut TimelinePanel,
    /// The reader's state.
    pub reader: &'a mut ReaderPanel,
    /// The columns' widths.
    pub columns: &'a mut Columns,
}

impl Dashboard<'_> {
    /// Draws every panel, in the order egui lays them out; gives back where each is.
    pub fn ui(&mut self, ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) -> PanelRects {
        let mut rects = PanelRects { timeline: self.timeline.ui(ui, input, commands), ..PanelRects::default() };
        let width = ui.available_width();
        rects.actors = actors::ui(ui, input, self.columns.range(ACTORS, width, 0.0), commands);
        self.columns.note(ACTORS, rects.actors.width(), width);
        rects.hits = hits::ui(ui, input, self.columns.range(HITS, width, rects.actors.width()), commands);
        self.columns.note(HITS, rects.hits.width(), width);
        let right = egui::CentralPanel::default().show(ui, |ui| {
            analysis_tabs::ui(ui, input, commands);
            if !analysis_tabs::view_ui(ui, input, commands) {
                self.reader.contents_ui(ui, input, commands);
            }
        });
        rects.reader = right.response.rect;
        rects
    }
}
