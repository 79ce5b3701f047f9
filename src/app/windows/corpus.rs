//! The corpus window: what the corpus is made of, with "Remove" for each source and "New corpus", and the day
//! undated articles are read as of.

use chrono::NaiveDate;

use crate::app::commands::AppCommand;
use crate::core::dates::{long_day, typed_date};
use crate::core::sources::Sources;

/// The corpus window: shown or not, and the "as of" box's text.
#[derive(Debug, Default)]
pub struct CorpusWindow {
    /// Whether it is shown.
    pub open: bool,
    /// What the analyst typed in the "as of" box.
    as_of_text: String,
    /// The corpus's "as of" date the box was last filled from.
    as_of_shown: Option<Option<NaiveDate>>,
}

/// What the window shows of the corpus besides its sources.
pub struct CorpusFacts {
    /// How many of its articles carry no publication date.
    pub undated: usize,
    /// Whether files are loading (the corpus cannot change then).
    pub busy: bool,
}

impl CorpusWindow {
    /// Draws the corpus window while it is open.
    pub fn ui(&mut self, ctx: &egui::Context, sources: &Sources, facts: &CorpusFacts, commands: &mut Vec<AppCommand>) {
        if self.as_of_shown != Some(sources.options.as_of) {
            self.as_of_shown = Some(sources.options.as_of);
            self.as_of_text = sources.options.as_of.map(|day| day.to_string()).unwrap_or_default();
        }
        let mut open = self.open;
        let window = egui::Window::new("Corpus").open(&mut open).default_width(560.0);
        window.pivot(egui::Align2::CENTER_CENTER).default_pos(ctx.content_rect().center()).show(ctx, |ui| {
            sources_ui(ui, sources, facts.busy, commands);
            ui.separator();
            as_of_ui(ui, &mut self.as_of_text, sources.options.as_of, facts, commands);
        });
        self.open = open;
    }
}

fn sources_ui(ui: &mut egui::Ui, sources: &Sources, busy: bool, commands: &mut Vec<AppCommand>) {
    if sources.list.is_empty() {
        ui.label("The corpus is empty: add files or a folder.");
    } else {
        ui.label("Made from, in the order added (geodash reopens on it next time):");
    }
    egui::Grid::new("corpus_sources").striped(true).num_columns(2).show(ui, |ui| {
        for (index, source) in sources.list.iter().enumerate() {
            ui.label(source.label());
            let remove = ui.add_enabled(!busy, egui::Button::new("Remove"));
            if remove.on_hover_text("Take this out of the corpus (the files stay on disk)").clicked() {
                commands.push(AppCommand::RemoveSource(index));
            }
            ui.end_row();
        }
    });
    ui.separator();
    let new = ui.add_enabled(!busy, egui::Button::new("New corpus"));
    if new.on_hover_text("Start again from an empty corpus (the files stay on disk)").clicked() {
        commands.push(AppCommand::NewCorpus);
    }
}

/// "Undated articles are read as of [date] [Apply] [Today]", with what it changes.
fn as_of_ui(
    ui: &mut egui::Ui,
    text: &mut String,
    as_of: Option<NaiveDate>,
    facts: &CorpusFacts,
    commands: &mut Vec<AppCommand>,
) {
    let typed = typed_date(text).map(|span| span.midpoint());
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Undated articles are read as of");
        let field = egui::TextEdit::singleline(text).hint_text("today").desired_width(110.0);
        let response = ui.add(field).labelled_by(label.id);
        let response = response.on_hover_text("A date: 1985-10-01, 1985-10 or 1985 (its middle day)");
        let entered = response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        let changed = typed.is_some() && typed != as_of;
        let apply = ui.add_enabled(!facts.busy && changed, egui::Button::new("Apply"));
        if (apply.clicked() || (entered && changed && !facts.busy)) && typed.is_some() {
            commands.push(AppCommand::SetAsOf(typed));
        }
        let today = ui.add_enabled(!facts.busy && as_of.is_some(), egui::Button::new("Today"));
        if today.on_hover_text("Read undated articles as of the day they are read").clicked() {
            commands.push(AppCommand::SetAsOf(None));
        }
        if let Some(day) = typed.filter(|_| typed != as_of) {
            ui.label(egui::RichText::new(format!("= {}", long_day(day))).small().weak());
        }
    });
    if typed.is_none() && !text.trim().is_empty() {
        ui.colored_label(ui.visuals().error_fg_color, "Not a date: write 1985-10-01, 1985-10 or 1985.");
    }
    let now = as_of.map_or_else(|| "today".to_owned(), long_day);
    let undated = match facts.undated {
        0 => "No article is undated now".to_owned(),
        1 => "1 article is undated".to_owned(),
        many => format!("{many} articles are undated"),
    };
    let note = format!(
        "{undated}; they are read as of {now}: which actor a name meant then (\"Moscow\" the Soviet Union before \
         26 December 1991) and who held an office. Dated articles are read as of their own date. Changing it reads \
         the corpus again."
    );
    ui.label(egui::RichText::new(note).small().weak());
}
