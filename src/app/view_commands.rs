//! The commands that change only what the analyst looks at, carried out on the view.

use super::commands::AppCommand;
use crate::core::view::ViewState;

/// Carries out a command that changes only the view; gives the command back if it is not one of those.
pub fn change_view(view: &mut ViewState, command: AppCommand) -> Result<(), AppCommand> {
    match command {
        AppCommand::SetQuery(query) => view.query = query,
        AppCommand::SetMeasure(measure) => view.measure = measure,
        AppCommand::SetPeople(people) => view.people = people,
        AppCommand::FilterActor(actor) => view.actor_filter = actor,
        AppCommand::FilterDates(range) => view.date_filter = range,
        AppCommand::SetAnalysis(choices) => view.analysis = choices,
        AppCommand::FilterOutlet(outlet) => view.outlet_filter = outlet,
        AppCommand::FilterLanguage(language) => view.language_filter = language,
        AppCommand::SetDateMatch(dates) => view.date_match = dates,
        AppCommand::IncludeUndated(include) => view.include_undated = include,
        AppCommand::SetTimelineSpan(span) => view.timeline = span,
        AppCommand::CloseArticle => (view.selected, view.current_hit) = (None, None),
        other => return Err(other),
    }
    Ok(())
}
