//! The timeline's date filter: a range typed in *From* and *To* (any form the date reader takes), or the span
//! the timeline shows; how vague dates are held against it; whether undated articles stay.

use chrono::NaiveDate;

use super::PanelInput;
use crate::app::commands::AppCommand;
use crate::app::look::counts::count;
use crate::core::dates::{long_day, typed_date};
use crate::core::search::DateMatch;

/// The filter bar's own state: the text typed in its two boxes, and why it could not be read.
#[derive(Debug, Default)]
pub struct DateRangeBar {
    from: String,
    to: String,
    /// The filter the boxes were last filled from, to follow a filter set elsewhere.
    filled_for: Option<Option<(NaiveDate, NaiveDate)>>,
    problem: Option<String>,
}

impl DateRangeBar {
    /// Draws the bar; `visible` is the span the timeline shows.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        input: &PanelInput<'_>,
        visible: Option<(NaiveDate, NaiveDate)>,
        commands: &mut Vec<AppCommand>,
    ) {
        let view = input.view;
        if self.filled_for != Some(view.date_filter) {
            self.fill(view.date_filter);
        }
        ui.horizontal_wrapped(|ui| {
            if self.boxes_ui(ui) {
                commands.extend(self.typed_range());
            }
            match view.date_filter {
                Some(_) => {
                    if ui.button("Clear dates").clicked() {
                        commands.push(AppCommand::FilterDates(None));
                    }
                    choices_ui(ui, input, commands);
                }
                None => {
                    let button = ui.add_enabled(visible.is_some(), egui::Button::new("Filter to the dates shown"));
                    if button.on_hover_text("List only articles published in the span the timeline shows").clicked() {
                        commands.push(AppCommand::FilterDates(visible));
                    }
                }
            }
        });
        if let Some(problem) = &self.problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
    }

    /// The two boxes; true when the analyst pressed Enter in one.
    fn boxes_ui(&mut self, ui: &mut egui::Ui) -> bool {
        let mut entered = false;
        for (label, text) in [("From", &mut self.from), ("to", &mut self.to)] {
            let label = ui.label(label);
            let edit = egui::TextEdit::singleline(text).hint_text("e.g. April 2023").desired_width(118.0);
            let response = ui.add(edit).labelled_by(label.id);
            entered |= response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        }
        entered
    }

    /// The filter the boxes ask for: the first day of *From* to the last day of *To*, an empty box open.
    fn typed_range(&mut self) -> Option<AppCommand> {
        let read = |text: &str| match text.trim() {
            "" => Ok(None),
            typed => typed_date(typed).map(Some).ok_or_else(|| {
                format!("\u{201c}{typed}\u{201d} is not a date: write 2023-04-01, 1 April 2023, April 2023 or 2023")
            }),
        };
        let (from, to) = match (read(&self.from), read(&self.to)) {
            (Ok(from), Ok(to)) => (from.map(|span| span.start), to.map(|span| span.end)),
            (Err(problem), _) | (_, Err(problem)) => {
                self.problem = Some(problem);
                return None;
            }
        };
        self.problem = None;
        match (from, to) {
            (None, None) => Some(AppCommand::FilterDates(None)),
            (Some(first), Some(last)) if first > last => {
                self.problem = Some(format!("{} is after {}", long_day(first), long_day(last)));
                None
            }
            (from, to) => {
                Some(AppCommand::FilterDates(Some((from.unwrap_or(NaiveDate::MIN), to.unwrap_or(NaiveDate::MAX)))))
            }
        }
    }

    /// Writes a filter set elsewhere (the span shown, a workspace) into the boxes.
    fn fill(&mut self, filter: Option<(NaiveDate, NaiveDate)>) {
        let written = |day: NaiveDate, open: NaiveDate| if day == open { String::new() } else { long_day(day) };
        (self.from, self.to) = match filter {
            Some((from, to)) => (written(from, NaiveDate::MIN), written(to, NaiveDate::MAX)),
            None => (String::new(), String::new()),
        };
        self.filled_for = Some(filter);
        self.problem = None;
    }
}

/// While a range is set: how vague dates count, and whether undated articles stay.
fn choices_ui(ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) {
    let view = input.view;
    let label = ui.label("Vague dates:");
    let combo = egui::ComboBox::from_id_salt("date_match").selected_text(view.date_match.label());
    let shown = combo.show_ui(ui, |ui| {
        for choice in [DateMatch::Within, DateMatch::Overlaps] {
            if ui.selectable_label(view.date_match == choice, choice.label()).clicked() {
                commands.push(AppCommand::SetDateMatch(choice));
            }
        }
    });
    shown.response.labelled_by(label.id).on_hover_text(
        "A date known only to the month or year (\"2023\") counts if it lies wholly within the range, or, if \
         chosen, if it overlaps it",
    );
    let undated = input.derived.figures.undated;
    let mut include = view.include_undated;
    let text = format!("Include {}", count(undated, "undated article", "undated articles"));
    if (undated > 0 || include) && ui.checkbox(&mut include, text).changed() {
        commands.push(AppCommand::IncludeUndated(include));
    }
}
