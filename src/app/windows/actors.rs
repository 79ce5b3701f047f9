//! The actors window: every actor (search, filter by kind, shipped or yours), with its names, kind,
//! affiliation, context words and dates; and the edits: add, rename, change kind or affiliation, add or remove
//! a name, merge, split, remove, mark a phrase as no actor, undo and redo. Each edit is an
//! [`AppCommand::EditActors`]; every count follows.

use crate::app::commands::AppCommand;
use crate::app::look::counts::count;
use crate::app::windows::kind_choice;
use crate::core::actor_edits::ActorEdit;
use crate::core::actors::{Actor, ActorKind, Dictionary, Layer};

/// Rows listed at most (the search narrows them).
const LISTED: usize = 300;

/// The window's own state: what is typed and chosen.
#[derive(Debug, Default)]
pub struct ActorsWindow {
    /// Whether it is shown.
    pub open: bool,
    search: String,
    kind: Option<ActorKind>,
    only_yours: bool,
    selected: Option<String>,
    rename: String,
    new_alias: String,
    affiliation: String,
    merge_into: String,
    split_names: Vec<String>,
    split_name: String,
    new_name: String,
    new_kind: Option<ActorKind>,
    new_aliases: String,
    phrase: String,
}

/// What the window shows besides the dictionary.
pub struct ActorsFacts<'a> {
    /// Each actor's counted mentions in the corpus, by dictionary index.
    pub counts: &'a [usize],
    /// The analyst's edits.
    pub layer: &'a Layer,
    /// Where they are kept.
    pub file: String,
    /// What undo and redo would do.
    pub undo: Option<&'a str>,
    /// What redo would do.
    pub redo: Option<&'a str>,
    /// Whether an edit is being counted (no other until it is).
    pub busy: bool,
}

impl ActorsWindow {
    /// Opens the window on one actor.
    pub fn show_actor(&mut self, id: &str) {
        self.open = true;
        self.select(Some(id.to_owned()));
    }

    /// Opens the window with a new actor of this name to complete (its kind, its other names).
    pub fn draft_actor(&mut self, name: &str) {
        self.open = true;
        name.clone_into(&mut self.new_name);
    }

    /// Opens the window with this name to add to the actor the analyst then chooses.
    pub fn draft_alias(&mut self, alias: &str) {
        self.open = true;
        alias.clone_into(&mut self.new_alias);
    }

    /// Chooses an actor; a name typed to add stays, to be added to the one chosen.
    fn select(&mut self, id: Option<String>) {
        self.selected = id;
        (self.rename, self.merge_into, self.split_name) = Default::default();
        self.split_names.clear();
        self.affiliation.clear();
    }

    /// Draws the window while it is open.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        dictionary: &Dictionary,
        facts: &ActorsFacts<'_>,
        commands: &mut Vec<AppCommand>,
    ) {
        let mut open = self.open;
        let window = egui::Window::new("Actors").open(&mut open).default_size([860.0, 620.0]);
        window.pivot(egui::Align2::CENTER_CENTER).default_pos(ctx.content_rect().center()).show(ctx, |ui| {
            self.header_ui(ui, facts, commands);
            ui.separator();
            self.find_ui(ui);
            ui.columns(2, |columns| {
                self.list_ui(&mut columns[0], dictionary, facts);
                let selected = self.selected.as_deref().and_then(|id| dictionary.index_of(id));
                match selected.and_then(|index| dictionary.actors.get(index)) {
                    Some(actor) => self.actor_ui(&mut columns[1], dictionary, actor, facts.busy, commands),
                    None if !self.new_alias.trim().is_empty() => {
                        columns[1].label(format!("Choose the actor \"{}\" is a name of.", self.new_alias.trim()));
                    }
                    None => {
                        columns[1].label("Choose an actor on the left to see and edit it.");
                    }
                }
            });
            ui.separator();
            self.new_actor_ui(ui, facts.busy, commands);
        });
        self.open = open;
    }

    fn header_ui(&mut self, ui: &mut egui::Ui, facts: &ActorsFacts<'_>, commands: &mut Vec<AppCommand>) {
        ui.horizontal_wrapped(|ui| {
            let undo = ui.add_enabled(facts.undo.is_some() && !facts.busy, egui::Button::new("Undo edit"));
            if undo.on_hover_text(format!("Ctrl+Z: {}", facts.undo.unwrap_or("nothing to undo"))).clicked() {
                commands.push(AppCommand::UndoActors);
            }
            let redo = ui.add_enabled(facts.redo.is_some() && !facts.busy, egui::Button::new("Redo edit"));
            if redo.on_hover_text(format!("Ctrl+Shift+Z: {}", facts.redo.unwrap_or("nothing to redo"))).clicked() {
                commands.push(AppCommand::RedoActors);
            }
            if facts.busy {
                ui.spinner();
                ui.label("Counting…");
            }
            if ui.button("Import…").on_hover_text("Use a file of actors (a team's list) instead of yours").clicked() {
                commands.push(AppCommand::PickActorsFile);
            }
            if ui.button("Export…").on_hover_text("Save your actors to a file to share them").clicked() {
                commands.push(AppCommand::SaveActorsFile);
            }
            let edits = facts.layer.len();
            ui.label(egui::RichText::new(format!("Your edits ({edits}) are kept in {}", facts.file)).small().weak());
        });
    }

    fn find_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let label = ui.label("Find");
            ui.add(egui::TextEdit::singleline(&mut self.search).hint_text("a name or an alias").desired_width(180.0))
                .labelled_by(label.id);
            egui::ComboBox::from_label("Kind").selected_text(self.kind.map_or("every kind", ActorKind::label)).show_ui(
                ui,
                |ui| {
                    ui.selectable_value(&mut self.kind, None, "every kind");
                    for kind in ActorKind::ALL {
                        ui.selectable_value(&mut self.kind, Some(kind), kind.label());
                    }
                },
            );
            ui.checkbox(&mut self.only_yours, "Only yours");
        });
    }

    fn list_ui(&mut self, ui: &mut egui::Ui, dictionary: &Dictionary, facts: &ActorsFacts<'_>) {
        let layer = facts.layer;
        let wanted = self.search.trim().to_lowercase();
        let yours = |actor: &Actor| layer.actors.iter().any(|mine| mine.id == actor.id);
        let mut shown: Vec<(usize, &Actor, u8)> = dictionary
            .actors
            .iter()
            .enumerate()
            .filter(|(_, actor)| self.kind.is_none_or(|kind| actor.kind == kind) && (!self.only_yours || yours(actor)))
            .filter_map(|(index, actor)| Some((index, actor, how_it_matches(actor, &wanted)?)))
            .collect();
        // The best matches first, then the most mentioned in this corpus.
        let count_of = |index: usize| facts.counts.get(index).copied().unwrap_or(0);
        shown.sort_by(|a, b| a.2.cmp(&b.2).then(count_of(b.0).cmp(&count_of(a.0))).then(a.1.name.cmp(&b.1.name)));
        let shown = shown.into_iter().map(|(index, actor, _)| (index, actor));
        let mut clicked = None;
        let list = egui::ScrollArea::vertical().id_salt("actors_list").auto_shrink(false);
        list.max_height(380.0).show(ui, |ui| {
            for (index, actor) in shown.take(LISTED) {
                let mark = if yours(actor) { " · yours" } else { "" };
                let text = format!("{} · {}{mark}", actor.name, actor.kind.label());
                let chosen = self.selected.as_deref() == Some(actor.id.as_str());
                ui.horizontal(|ui| {
                    if ui.selectable_label(chosen, text).on_hover_text(&actor.id).clicked() {
                        clicked = Some(actor.id.clone());
                    }
                    let count = facts.counts.get(index).copied().unwrap_or(0);
                    ui.label(egui::RichText::new(count_label(count)).small().weak());
                });
            }
        });
        if clicked.is_some() {
            self.select(clicked);
        }
    }

    fn actor_ui(
        &mut self,
        ui: &mut egui::Ui,
        dictionary: &Dictionary,
        actor: &Actor,
        busy: bool,
        commands: &mut Vec<AppCommand>,
    ) {
        let id = actor.id.clone();
        ui.heading(&actor.name);
        ui.label(egui::RichText::new(facts_line(dictionary, actor)).small().weak());
        ui.add_enabled_ui(!busy, |ui| {
            ui.horizontal(|ui| {
                let label = ui.label("Name");
                ui.add(egui::TextEdit::singleline(&mut self.rename).hint_text(&actor.name).desired_width(180.0))
                    .labelled_by(label.id);
                if ui.button("Rename").clicked() && !self.rename.trim().is_empty() {
                    commands
                        .push(AppCommand::EditActors(ActorEdit::Rename { id: id.clone(), name: self.rename.clone() }));
                }
                let mut kind = actor.kind;
                kind_choice(ui, egui::ComboBox::from_label("is a"), &mut kind);
                if kind != actor.kind {
                    commands.push(AppCommand::EditActors(ActorEdit::SetKind { id: id.clone(), kind }));
                }
            });
            ui.horizontal(|ui| {
                let label = ui.label("Belongs to");
                let hint = dictionary.affiliation_name(actor).unwrap_or("an id or a name");
                ui.add(egui::TextEdit::singleline(&mut self.affiliation).hint_text(hint).desired_width(160.0))
                    .labelled_by(label.id);
                if ui.button("Set").clicked() {
                    let typed = self.affiliation.trim();
                    let affiliation = dictionary.find(typed).and_then(|index| dictionary.actors.get(index));
                    let affiliation = affiliation.map(|other| other.id.clone());
                    commands.push(AppCommand::EditActors(ActorEdit::SetAffiliation { id: id.clone(), affiliation }));
                }
            });
            self.names_ui(ui, actor, commands);
            self.merge_split_ui(ui, dictionary, actor, commands);
        });
    }

    fn names_ui(&mut self, ui: &mut egui::Ui, actor: &Actor, commands: &mut Vec<AppCommand>) {
        ui.label("Names that count for it (tick some to split them off):");
        egui::ScrollArea::vertical().id_salt("actor_names").max_height(150.0).show(ui, |ui| {
            for name in names_of(actor) {
                ui.horizontal(|ui| {
                    let mut ticked = self.split_names.iter().any(|chosen| chosen == name);
                    if ui.checkbox(&mut ticked, name).changed() {
                        self.split_names.retain(|chosen| chosen != name);
                        if ticked {
                            self.split_names.push(name.to_owned());
                        }
                    }
                    if ui.small_button("Remove").on_hover_text("It no longer counts for this actor").clicked() {
                        let edit = ActorEdit::RemoveAlias { id: actor.id.clone(), alias: name.to_owned() };
                        commands.push(AppCommand::EditActors(edit));
                    }
                });
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label("Another name");
            ui.add(egui::TextEdit::singleline(&mut self.new_alias).desired_width(180.0)).labelled_by(label.id);
            if ui.button("Add name").clicked() && !self.new_alias.trim().is_empty() {
                let edit =
                    ActorEdit::AddAliases { id: actor.id.clone(), aliases: vec![std::mem::take(&mut self.new_alias)] };
                commands.push(AppCommand::EditActors(edit));
            }
        });
    }

    fn merge_split_ui(
        &mut self,
        ui: &mut egui::Ui,
        dictionary: &Dictionary,
        actor: &Actor,
        commands: &mut Vec<AppCommand>,
    ) {
        ui.horizontal(|ui| {
            let label = ui.label("Merge into");
            ui.add(egui::TextEdit::singleline(&mut self.merge_into).hint_text("an id or a name").desired_width(160.0))
                .labelled_by(label.id);
            let target = dictionary.find(&self.merge_into).and_then(|index| dictionary.actors.get(index));
            let target = target.filter(|other| other.id != actor.id);
            if ui.add_enabled(target.is_some(), egui::Button::new("Merge")).clicked()
                && let Some(into) = target
            {
                commands
                    .push(AppCommand::EditActors(ActorEdit::Merge { from: actor.id.clone(), into: into.id.clone() }));
                self.selected = Some(into.id.clone());
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label("Split the ticked names into");
            ui.add(
                egui::TextEdit::singleline(&mut self.split_name).hint_text("a new actor's name").desired_width(150.0),
            )
            .labelled_by(label.id);
            let ready = !self.split_names.is_empty() && !self.split_name.trim().is_empty();
            if ui.add_enabled(ready, egui::Button::new("Split")).clicked() {
                let edit = ActorEdit::Split {
                    id: actor.id.clone(),
                    aliases: std::mem::take(&mut self.split_names),
                    name: std::mem::take(&mut self.split_name),
                };
                commands.push(AppCommand::EditActors(edit));
            }
        });
        ui.horizontal(|ui| {
            if ui.button("Remove this actor").on_hover_text("Its names count for no one").clicked() {
                commands.push(AppCommand::EditActors(ActorEdit::Remove { id: actor.id.clone() }));
                self.select(None);
            }
        });
    }

    fn new_actor_ui(&mut self, ui: &mut egui::Ui, busy: bool, commands: &mut Vec<AppCommand>) {
        ui.add_enabled_ui(!busy, |ui| {
            ui.horizontal_wrapped(|ui| {
                let label = ui.label("New actor");
                ui.add(egui::TextEdit::singleline(&mut self.new_name).hint_text("its name").desired_width(160.0))
                    .labelled_by(label.id);
                let kind = self.new_kind.get_or_insert(ActorKind::Person);
                kind_choice(ui, egui::ComboBox::from_label("kind"), kind);
                let kind = *kind;
                let label = ui.label("other names");
                ui.add(
                    egui::TextEdit::singleline(&mut self.new_aliases).hint_text("comma between").desired_width(180.0),
                )
                .labelled_by(label.id);
                if ui.button("Add actor").clicked() && !self.new_name.trim().is_empty() {
                    let aliases =
                        self.new_aliases.split(',').map(str::trim).filter(|a| !a.is_empty()).map(str::to_owned);
                    let edit = ActorEdit::Add {
                        name: std::mem::take(&mut self.new_name),
                        kind,
                        aliases: aliases.collect(),
                        affiliation: None,
                    };
                    self.new_aliases.clear();
                    commands.push(AppCommand::EditActors(edit));
                }
            });
            ui.horizontal(|ui| {
                let label = ui.label("No actor");
                ui.add(
                    egui::TextEdit::singleline(&mut self.phrase)
                        .hint_text("a phrase that names no one")
                        .desired_width(200.0),
                )
                .labelled_by(label.id);
                if ui.button("Mark").on_hover_text("Names inside it no longer count").clicked()
                    && !self.phrase.trim().is_empty()
                {
                    commands.push(AppCommand::EditActors(ActorEdit::NotAnActor(std::mem::take(&mut self.phrase))));
                }
            });
        });
    }
}

/// How well an actor answers the search: 0 its name starts so, 1 its name holds it, 2 another name does;
/// `None` if none does (an empty search matches all equally).
fn how_it_matches(actor: &Actor, wanted: &str) -> Option<u8> {
    let name = actor.name.to_lowercase();
    if wanted.is_empty() || name.starts_with(wanted) {
        Some(0)
    } else if name.contains(wanted) {
        Some(1)
    } else {
        names_of(actor).any(|other| other.to_lowercase().contains(wanted)).then_some(2)
    }
}

/// "no mention", "1 mention", "1,234 mentions".
fn count_label(mentions: usize) -> String {
    if mentions == 0 { "no mention".to_owned() } else { count(mentions, "mention", "mentions") }
}

/// Every name that counts for the actor, plain and dated.
fn names_of(actor: &Actor) -> impl Iterator<Item = &str> {
    let dated = actor.dated.iter().flat_map(|dated| dated.aliases.iter());
    std::iter::once(&actor.name)
        .chain(actor.aliases.iter().filter(move |alias| **alias != actor.name))
        .chain(dated)
        .map(String::as_str)
}

/// "id NER · from 1960-08-03 · belongs to … · ambiguous: … · read only in French texts: … · context: …".
fn facts_line(dictionary: &Dictionary, actor: &Actor) -> String {
    let mut parts = vec![format!("id {}", actor.id)];
    if let Some(from) = actor.from {
        parts.push(format!("from {from}"));
    }
    if let Some(to) = actor.to {
        parts.push(format!("until {to}"));
    }
    if let Some(name) = dictionary.affiliation_name(actor) {
        parts.push(format!("belongs to {name}"));
    }
    if !actor.ambiguous.is_empty() {
        parts.push(format!("counted only with context: {}", actor.ambiguous.join(", ")));
    }
    for (language, marked) in [("French", &actor.french), ("English", &actor.english)] {
        if !marked.is_empty() {
            parts.push(format!("read only in {language} texts: {}", marked.join(", ")));
        }
    }
    if !actor.context.is_empty() {
        parts.push(format!("context words: {}", actor.context.iter().take(8).cloned().collect::<Vec<_>>().join(", ")));
    }
    let other = actor.other_names();
    if !other.is_empty() {
        parts.push(other);
    }
    parts.join(" · ")
}
