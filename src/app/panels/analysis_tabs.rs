//! The tab strip over the right-hand area: the reader, or one of the analysis views (trends, concordance,
//! co-mentions), each drawn by a panel of its own below the strip.

use super::PanelInput;
use crate::app::commands::AppCommand;
use crate::core::view_figures::{AnalysisChoices, Tab};

/// Draws the strip; a click on a tab shows it. Left out of images, which show one view.
pub fn ui(ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) {
    if input.presenting {
        return;
    }
    let shown = input.view.analysis.tab;
    ui.horizontal(|ui| {
        for tab in Tab::ALL {
            if ui.selectable_label(tab == shown, tab.label()).clicked() && tab != shown {
                let choices = AnalysisChoices { tab, ..input.view.analysis.clone() };
                commands.push(AppCommand::SetAnalysis(choices));
            }
        }
        if input.derived.views.is_updating() {
            ui.spinner();
        }
    });
    ui.separator();
}

/// Draws the analysis view shown, if one is (trends, concordance, co-mentions); false when the reader is.
pub fn view_ui(ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) -> bool {
    match input.view.analysis.tab {
        Tab::Reader => return false,
        Tab::Trends => super::trends::ui(ui, input, commands),
        Tab::Concordance => super::concordance::ui(ui, input, commands),
        Tab::CoMentions => super::comentions::ui(ui, input, commands),
    }
    true
}
