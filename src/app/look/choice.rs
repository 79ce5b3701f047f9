//! A drop-down with its label before it, as the panels' switches are written ("Sort by [left ▾]"), labelled for
//! screen readers.

/// Draws `label` and a drop-down of `choices` (each a value and its name) for `value`; `id` keeps it apart from
/// the other drop-downs of the window.
pub fn choice_ui<T: PartialEq + Copy>(
    ui: &mut egui::Ui,
    label: &str,
    id: &str,
    value: &mut T,
    choices: &[(T, String)],
) {
    let label = ui.label(label);
    let shown = choices.iter().find(|(choice, _)| choice == value).map(|(_, name)| name.clone()).unwrap_or_default();
    let combo = egui::ComboBox::from_id_salt(id).selected_text(shown).show_ui(ui, |ui| {
        for (choice, name) in choices {
            ui.selectable_value(value, *choice, name.as_str());
        }
    });
    combo.response.labelled_by(label.id);
}
