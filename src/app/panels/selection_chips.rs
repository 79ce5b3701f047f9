//! The active selection as removable chips above the article list — the query, the actor, the dates, the
//! outlet and the language that every panel follows — with the steps back and forward through selections.

use super::PanelInput;
use crate::app::commands::AppCommand;
use crate::core::dates::range_label;

/// Draws the chips, and the back and forward buttons; nothing when nothing is selected and there is no step.
pub fn ui(ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) {
    let chips = chips(input);
    let [back, forward] = input.steps;
    if chips.is_empty() && !back && !forward {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(back, egui::Button::new("Back").small())
            .on_hover_text("Previous selection (Alt+Left)")
            .clicked()
        {
            commands.push(AppCommand::SelectionBack);
        }
        if ui
            .add_enabled(forward, egui::Button::new("Forward").small())
            .on_hover_text("Next selection (Alt+Right)")
            .clicked()
        {
            commands.push(AppCommand::SelectionForward);
        }
        for (label, clear) in chips {
            let chip = egui::Button::new(egui::RichText::new(format!("{label}  ×")).small()).corner_radius(8.0);
            if ui.add(chip).on_hover_text("Remove from the selection").clicked() {
                commands.push(clear);
            }
        }
    });
}

/// Each part of the selection with the command that removes it.
fn chips(input: &PanelInput<'_>) -> Vec<(String, AppCommand)> {
    let view = input.view;
    let mut chips = Vec::new();
    if !view.query.trim().is_empty() {
        chips.push((format!("Search: {}", view.query.trim()), AppCommand::SetQuery(String::new())));
    }
    if let Some(actor) = view.actor_filter.and_then(|actor| input.corpus.dictionary.actors.get(actor)) {
        chips.push((format!("Actor: {}", actor.name), AppCommand::FilterActor(None)));
    }
    if let Some((from, to)) = view.date_filter {
        chips.push((format!("Dates: {}", range_label(from, to)), AppCommand::FilterDates(None)));
    }
    if let Some(outlet) = &view.outlet_filter {
        chips.push((format!("Outlet: {outlet}"), AppCommand::FilterOutlet(None)));
    }
    if let Some(language) = &view.language_filter {
        let name = crate::core::language::name(language);
        chips.push((format!("Language: {name}"), AppCommand::FilterLanguage(None)));
    }
    chips
}
