//! The active selection — query, actor, dates, outlet, language — that every panel follows, and the history
//! of selections the analyst can step back and forward through (Alt+Left, Alt+Right), as in a browser.

use chrono::NaiveDate;

use crate::core::view::ViewState;

/// What narrows every panel.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// The search box's text.
    pub query: String,
    /// The actor filter (dictionary index).
    pub actor: Option<usize>,
    /// The publication-date range.
    pub dates: Option<(NaiveDate, NaiveDate)>,
    /// The outlet filter.
    pub outlet: Option<String>,
    /// The language filter.
    pub language: Option<String>,
}

impl Selection {
    /// The selection a view holds.
    pub fn of(view: &ViewState) -> Self {
        Self {
            query: view.query.clone(),
            actor: view.actor_filter,
            dates: view.date_filter,
            outlet: view.outlet_filter.clone(),
            language: view.language_filter.clone(),
        }
    }

    /// Puts the selection back into a view, leaving its other choices.
    pub fn apply_to(&self, view: &mut ViewState) {
        view.query.clone_from(&self.query);
        view.actor_filter = self.actor;
        view.date_filter = self.dates;
        view.outlet_filter.clone_from(&self.outlet);
        view.language_filter.clone_from(&self.language);
    }
}

/// The selections the analyst went through. A run of changes to the query alone (typing) is one step.
#[derive(Debug, Default)]
pub struct SelectionHistory {
    back: Vec<Selection>,
    forward: Vec<Selection>,
    current: Selection,
    typing: bool,
}

/// At most this many steps back are kept.
const MOST_STEPS: usize = 100;

impl SelectionHistory {
    /// Records the view's selection if it changed since the last call.
    pub fn note(&mut self, view: &ViewState) {
        let now = Selection::of(view);
        if now == self.current {
            return;
        }
        let query_only = Selection { query: now.query.clone(), ..self.current.clone() } == now;
        if !(query_only && self.typing) {
            self.back.push(std::mem::take(&mut self.current));
            if self.back.len() > MOST_STEPS {
                self.back.remove(0);
            }
        }
        self.forward.clear();
        (self.current, self.typing) = (now, query_only);
    }

    /// Starts over at the view's selection, with no steps: the view was replaced as a whole (a workspace's
    /// restored, a new corpus begun), which is no step of the analyst's.
    pub fn start_at(&mut self, view: &ViewState) {
        *self = Self { current: Selection::of(view), ..Self::default() };
    }

    /// Steps back to the selection before, if there is one.
    pub fn back(&mut self, view: &mut ViewState) {
        if let Some(before) = self.back.pop() {
            self.forward.push(std::mem::replace(&mut self.current, before));
            self.restore(view);
        }
    }

    /// Steps forward again, after a step back.
    pub fn forward(&mut self, view: &mut ViewState) {
        if let Some(after) = self.forward.pop() {
            self.back.push(std::mem::replace(&mut self.current, after));
            self.restore(view);
        }
    }

    /// Whether there is a step back, and one forward.
    pub fn steps(&self) -> [bool; 2] {
        [!self.back.is_empty(), !self.forward.is_empty()]
    }

    fn restore(&mut self, view: &mut ViewState) {
        self.current.apply_to(view);
        self.typing = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_is_one_step_and_back_and_forward_restore_the_filters() {
        let (mut history, mut view) = (SelectionHistory::default(), ViewState::default());
        view.actor_filter = Some(3);
        history.note(&view);
        for typed in ["w", "wa", "wagner"] {
            view.query = typed.into();
            history.note(&view);
        }
        history.back(&mut view);
        assert_eq!((view.query.as_str(), view.actor_filter), ("", Some(3)), "the whole word was one step");
        history.back(&mut view);
        assert_eq!(view.actor_filter, None);
        assert_eq!(history.steps(), [false, true]);
        history.forward(&mut view);
        history.forward(&mut view);
        assert_eq!((view.query.as_str(), view.actor_filter), ("wagner", Some(3)));
        view.outlet_filter = Some("Sahel Wire".into());
        history.note(&view);
        assert_eq!(history.steps(), [true, false], "a new choice ends the way forward");
    }

    #[test]
    fn a_view_restored_whole_is_where_back_returns() {
        let (mut history, mut view) = (SelectionHistory::default(), ViewState::default());
        view.query = "Niger".into();
        history.start_at(&view);
        assert_eq!(history.steps(), [false, false]);
        view.actor_filter = Some(7);
        history.note(&view);
        history.back(&mut view);
        assert_eq!((view.query.as_str(), view.actor_filter), ("Niger", None), "the restored query, not an empty one");
    }
}
