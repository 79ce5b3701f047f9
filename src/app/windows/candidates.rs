//! The candidates window: the names the corpus is about that the dictionary does not know, best first, each
//! with its guessed kind, documents, mentions, variants and three lines in context; and what the analyst
//! decides: add it as an actor, add it as a name of one, or mark it as no actor (remembered).

use crate::app::commands::AppCommand;
use crate::app::jobs::candidates::CandidateSearch;
use crate::app::windows::kind_choice;
use crate::core::actor_edits::ActorEdit;
use crate::core::actors::{ActorKind, Dictionary};
use crate::core::candidates::{Candidate, CandidateKind};
use crate::core::corpus::Corpus;

/// The window's own state.
#[derive(Debug, Default)]
pub struct CandidatesWindow {
    /// Whether it is shown.
    pub open: bool,
    /// Per candidate (by name): what the analyst chose or typed on its row.
    rows: std::collections::HashMap<String, RowChoice>,
}

/// The choices on one candidate's row.
#[derive(Debug, Default)]
struct RowChoice {
    /// The kind to add it as (none: the guessed one).
    kind: Option<ActorKind>,
    /// The state or body it belongs to, typed.
    affiliation: String,
    /// The actor it is a name of, typed.
    alias_of: String,
}

impl CandidatesWindow {
    /// Draws the window while it is open.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        search: &CandidateSearch,
        corpus: &Corpus,
        busy: bool,
        commands: &mut Vec<AppCommand>,
    ) {
        let mut open = self.open;
        let window = egui::Window::new("Candidates").open(&mut open).default_size([760.0, 640.0]);
        window
            .pivot(egui::Align2::RIGHT_TOP)
            .default_pos(ctx.content_rect().right_top() + egui::vec2(-24.0, 48.0))
            .show(ctx, |ui| {
                intro_ui(ui, search, corpus);
                egui::ScrollArea::vertical().id_salt("candidates").show(ui, |ui| {
                    for (rank, candidate) in search.list.iter().enumerate() {
                        self.candidate_ui(ui, rank + 1, candidate, &corpus.dictionary, busy, commands);
                        ui.separator();
                    }
                });
            });
        self.open = open;
    }

    fn candidate_ui(
        &mut self,
        ui: &mut egui::Ui,
        rank: usize,
        candidate: &Candidate,
        dictionary: &Dictionary,
        busy: bool,
        commands: &mut Vec<AppCommand>,
    ) {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(format!("{rank}. {}", candidate.name)).strong());
            let guess = match candidate.kind {
                CandidateKind::Unknown => "kind unknown".to_owned(),
                kind => format!("{}? ({})", kind.label(), candidate.evidence),
            };
            ui.label(egui::RichText::new(guess).italics());
            ui.label(format!("{} documents, {} mentions", candidate.documents, candidate.mentions));
        });
        let others: Vec<&str> =
            candidate.variants.iter().map(String::as_str).filter(|v| *v != candidate.name).collect();
        if !others.is_empty() {
            ui.label(egui::RichText::new(format!("also written: {}", others.join(", "))).small());
        }
        for example in &candidate.examples {
            ui.label(egui::RichText::new(format!("“{}”", example.sentence)).small().weak());
        }
        ui.add_enabled_ui(!busy, |ui| self.actions_ui(ui, candidate, dictionary, commands));
    }

    fn actions_ui(
        &mut self,
        ui: &mut egui::Ui,
        candidate: &Candidate,
        dictionary: &Dictionary,
        commands: &mut Vec<AppCommand>,
    ) {
        let row = self.rows.entry(candidate.name.clone()).or_default();
        ui.horizontal_wrapped(|ui| {
            let kind = row.kind.get_or_insert(actor_kind(candidate.kind));
            let add = ui.button("Add as actor");
            kind_choice(ui, egui::ComboBox::from_id_salt(("kind", &candidate.name)).width(110.0), kind);
            let label = ui.label("of");
            ui.add(
                egui::TextEdit::singleline(&mut row.affiliation)
                    .hint_text("a state or body (optional)")
                    .desired_width(150.0),
            )
            .labelled_by(label.id);
            if add.on_hover_text("Counted at once, with every form it is written in").clicked() {
                let affiliation = dictionary.find(&row.affiliation).and_then(|index| dictionary.actors.get(index));
                let edit = ActorEdit::Add {
                    name: candidate.name.clone(),
                    kind: *kind,
                    aliases: candidate.variants.clone(),
                    affiliation: affiliation.map(|actor| actor.id.clone()),
                };
                commands.push(AppCommand::EditActors(edit));
            }
        });
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("or a name of");
            ui.add(
                egui::TextEdit::singleline(&mut row.alias_of).hint_text("an actor's id or name").desired_width(150.0),
            )
            .labelled_by(label.id);
            let target = dictionary.find(&row.alias_of).and_then(|index| dictionary.actors.get(index));
            if ui.add_enabled(target.is_some(), egui::Button::new("Add as alias")).clicked()
                && let Some(actor) = target
            {
                let edit = ActorEdit::AddAliases { id: actor.id.clone(), aliases: candidate.variants.clone() };
                commands.push(AppCommand::EditActors(edit));
            }
            if ui.button("Not an actor").on_hover_text("Never proposed again").clicked() {
                commands.push(AppCommand::EditActors(ActorEdit::NotAnActor(candidate.name.clone())));
            }
        });
    }
}

fn intro_ui(ui: &mut egui::Ui, search: &CandidateSearch, corpus: &Corpus) {
    let said = if search.is_running() {
        format!("Reading {} documents for names the dictionary does not know…", corpus.documents.len())
    } else if search.list.is_empty() {
        "No name stands out that the dictionary does not know.".to_owned()
    } else {
        format!(
            "{} names this corpus is about that the dictionary does not know, most widespread first.",
            search.list.len()
        )
    };
    ui.horizontal(|ui| {
        if search.is_running() {
            ui.spinner();
        }
        ui.label(said);
    });
    if let Some(problem) = &search.problem {
        ui.colored_label(ui.visuals().error_fg_color, problem);
    }
    ui.label(egui::RichText::new("Kinds are guesses from the words around each name.").small().weak());
    ui.separator();
}

/// The dictionary's kind for a guessed one: parties and companies are organisations there.
fn actor_kind(kind: CandidateKind) -> ActorKind {
    match kind {
        CandidateKind::Person => ActorKind::Person,
        CandidateKind::ArmedGroup => ActorKind::ArmedGroup,
        CandidateKind::Party | CandidateKind::Company | CandidateKind::Organisation | CandidateKind::Unknown => {
            ActorKind::Organisation
        }
    }
}
