//! A drop-down with its label before it, as the panels' switches are written ("Sort by [left ▾]"), labelled for
//! screen readers.

/// Draws `label` and a drop-down of `choices` for `value`, each shown by `name`; `id` keeps it apart from the
/// window's other drop-downs.
pub fn choice_ui<T: PartialEq + Copy>(
    ui: &mut egui::Ui,
    (label, id): (&str, &str),
    value: &mut T,
    choices: impl IntoIterator<Item = T>,
    name: impl Fn(T) -> String,
) {
    let label = ui.label(label);
    let combo = egui::ComboBox::from_id_salt(id).selected_text(name(*value)).show_ui(ui, |ui| {
        for choice in choices {
            ui.selectable_value(value, choice, name(choice));
        }
    });
    combo.response.labelled_by(label.id);
}
