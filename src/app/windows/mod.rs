//! Windows over the dashboard, one file each, each with its own state: the actors (the editor), the candidate
//! actors, the corpus's sources, the files left out, the export of images and data.

pub mod actors;
pub mod candidates;
pub mod corpus;
pub mod export;
pub mod report;

/// A drop-down of the actor kinds (`combo` gives its label or id) that sets `kind`.
pub fn kind_choice(ui: &mut egui::Ui, combo: egui::ComboBox, kind: &mut crate::core::actors::ActorKind) {
    combo.selected_text(kind.label()).show_ui(ui, |ui| {
        for choice in crate::core::actors::ActorKind::ALL {
            ui.selectable_value(kind, choice, choice.label());
        }
    });
}
