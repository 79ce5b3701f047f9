//! A 16:9 slide for a briefing: one panel filling it, or the actor plot beside the timeline, above the caption,
//! with text sized to be read from the back of a room.

use super::caption::{PanelChoice, SLIDE_MARGIN};
use super::reader::ReaderPanel;
use super::timeline::TimelinePanel;
use super::{PanelInput, PanelRects, actors, analysis_tabs};
use crate::app::commands::AppCommand;

/// The panels a slide shows, drawn in what is left of it once the caption is placed.
pub struct Slide<'a> {
    /// The timeline's state.
    pub timeline: &'a mut TimelinePanel,
    /// The reader's state.
    pub reader: &'a mut ReaderPanel,
}

impl Slide<'_> {
    /// Draws a slide of one panel, or of two side by side; gives back where each panel is.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        input: &PanelInput<'_>,
        panel: PanelChoice,
        commands: &mut Vec<AppCommand>,
    ) -> PanelRects {
        let mut rects = PanelRects::default();
        let frame = egui::Frame::central_panel(ui.style()).inner_margin(egui::Margin::same(SLIDE_MARGIN));
        egui::CentralPanel::default().frame(frame).show(ui, |ui| {
            let area = ui.available_rect_before_wrap();
            match panel {
                PanelChoice::Actors | PanelChoice::Dashboard => {
                    rects.actors = in_rect(ui, area, |ui| actors::contents_ui(ui, input, commands));
                }
                PanelChoice::Timeline => {
                    rects.timeline = in_rect(ui, area, |ui| self.timeline.contents_ui(ui, input, commands));
                }
                PanelChoice::Article => {
                    rects.reader = in_rect(ui, area, |ui| self.reader.contents_ui(ui, input, commands));
                }
                PanelChoice::View => {
                    rects.reader = in_rect(ui, area, |ui| {
                        if !analysis_tabs::view_ui(ui, input, commands) {
                            self.reader.contents_ui(ui, input, commands);
                        }
                    });
                }
                PanelChoice::ActorsAndTimeline => {
                    let gap = 24.0;
                    let split = area.left() + area.width() * 0.42;
                    let (left, right) = (area.with_max_x(split - gap / 2.0), area.with_min_x(split + gap / 2.0));
                    rects.actors = in_rect(ui, left, |ui| actors::contents_ui(ui, input, commands));
                    rects.timeline = in_rect(ui, right, |ui| self.timeline.contents_ui(ui, input, commands));
                }
            }
        });
        rects
    }
}

/// Draws into a rectangle of the slide; gives the rectangle back.
fn in_rect(ui: &mut egui::Ui, rect: egui::Rect, add: impl FnOnce(&mut egui::Ui)) -> egui::Rect {
    let mut child =
        ui.new_child(egui::UiBuilder::new().max_rect(rect).layout(egui::Layout::top_down(egui::Align::Min)));
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    add(&mut child);
    rect
}
