//! The outlet and language filters above the article list: a drop-down for each, shown when the corpus names
//! outlets or holds more than one language, listing each value with its number of documents.

use super::PanelInput;
use crate::app::commands::AppCommand;
use crate::app::look::counts::thousands;
use crate::core::document::Document;
use crate::core::facets::{Facet, counts};

/// Draws the filters that apply to this corpus, side by side.
pub fn ui(ui: &mut egui::Ui, input: &PanelInput<'_>, commands: &mut Vec<AppCommand>) {
    let PanelInput { corpus, view, .. } = *input;
    let documents = &corpus.documents;
    let outlets = view.outlet_filter.is_some() || documents.iter().any(|document| document.meta.outlet.is_some());
    let languages = view.language_filter.is_some() || has_two_languages(documents);
    if !outlets && !languages {
        return;
    }
    // Each drop-down beside its label, both on one line where the panel is wide enough.
    let shown = usize::from(outlets) + usize::from(languages);
    let width = ((ui.available_width() - 80.0 * shown as f32) / shown as f32 - 12.0).clamp(90.0, 220.0);
    ui.horizontal_wrapped(|ui| {
        if outlets {
            ui.horizontal(|ui| facet_ui(ui, documents, Facet::Outlet, view.outlet_filter.as_deref(), width, commands));
        }
        if languages {
            let chosen = view.language_filter.as_deref();
            ui.horizontal(|ui| facet_ui(ui, documents, Facet::Language, chosen, width, commands));
        }
    });
}

/// Whether the documents are in two languages or more (cheap: stops at the second).
fn has_two_languages(documents: &[Document]) -> bool {
    let mut languages = documents.iter().filter_map(|document| document.meta.language.as_deref());
    let Some(first) = languages.next() else { return false };
    languages.any(|language| language != first)
}

fn facet_ui(
    ui: &mut egui::Ui,
    documents: &[Document],
    facet: Facet,
    chosen: Option<&str>,
    width: f32,
    commands: &mut Vec<AppCommand>,
) {
    let (name, all) = match facet {
        Facet::Outlet => ("Outlet", "All outlets"),
        Facet::Language => ("Language", "All languages"),
    };
    let label = ui.label(name);
    let shown = chosen.map_or_else(|| all.to_owned(), |value| facet.label(value));
    let mut picked = None;
    let combo = egui::ComboBox::from_id_salt(name).selected_text(shown).width(width).show_ui(ui, |ui| {
        if ui.selectable_label(chosen.is_none(), all).clicked() {
            picked = Some(None);
        }
        let (values, missing) = counts(documents, facet);
        for value in values {
            let text = format!("{}  ({})", facet.label(&value.value), thousands(value.documents));
            if ui.selectable_label(chosen == Some(value.value.as_str()), text).clicked() {
                picked = Some(Some(value.value));
            }
        }
        if missing > 0 {
            let without = match facet {
                Facet::Outlet => "name no outlet",
                Facet::Language => "in a language not known",
            };
            ui.label(egui::RichText::new(format!("{} {without}", thousands(missing))).small().weak());
        }
    });
    combo.response.labelled_by(label.id);
    if let Some(value) = picked {
        commands.push(match facet {
            Facet::Outlet => AppCommand::FilterOutlet(value),
            Facet::Language => AppCommand::FilterLanguage(value),
        });
    }
}
