//! What the window tells the analyst: the latest piece of news in the status line, replaced by the next (with,
//! at times, a button to act on it: "Undo"), and errors, which stay on screen in the theme's error colour until
//! dismissed.

use super::commands::AppCommand;

/// One message.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// What happened ("Added 14 documents; 7 files left out."): shown until the next one.
    Info(String),
    /// What happened, with a one-click way to act on it ("Undo", "Keep the seed articles too").
    Offer {
        /// What happened.
        text: String,
        /// The button's label.
        label: String,
        /// What the button does.
        command: AppCommand,
    },
    /// What failed: shown until the analyst dismisses it.
    Error(String),
}

/// The latest news.
#[derive(Clone, Debug, PartialEq)]
pub struct News {
    /// What happened.
    pub text: String,
    /// A button's label and command, if the news offers one.
    pub action: Option<(String, AppCommand)>,
}

/// The messages on screen.
#[derive(Clone, Debug, Default)]
pub struct Notices {
    latest: Option<News>,
    errors: Vec<String>,
}

impl Notices {
    /// Shows a message: news replaces the latest news; an error joins the others (once).
    pub fn push(&mut self, notice: Notice) {
        match notice {
            Notice::Info(text) => self.latest = Some(News { text, action: None }),
            Notice::Offer { text, label, command } => self.latest = Some(News { text, action: Some((label, command)) }),
            Notice::Error(text) => {
                if !self.errors.contains(&text) {
                    self.errors.push(text);
                }
            }
        }
    }

    /// Shows each message in turn.
    pub fn extend(&mut self, notices: impl IntoIterator<Item = Notice>) {
        for notice in notices {
            self.push(notice);
        }
    }

    /// The latest news, if any.
    pub fn latest(&self) -> Option<&News> {
        self.latest.as_ref()
    }

    /// Forgets the news: it was about a corpus that is gone.
    pub fn clear_news(&mut self) {
        self.latest = None;
    }

    /// The errors not yet dismissed, oldest first.
    pub fn errors(&self) -> &[String] {
        &self.errors
    }

    /// Takes an error off the screen.
    pub fn dismiss(&mut self, index: usize) {
        if index < self.errors.len() {
            self.errors.remove(index);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_replaces_news_and_errors_stay_until_dismissed() {
        let mut notices = Notices::default();
        notices.push(Notice::Error("could not save".to_owned()));
        notices.push(Notice::Info("Added 3 documents".to_owned()));
        notices.push(Notice::Info("Opened w.geodash".to_owned()));
        notices.push(Notice::Error("could not save".to_owned()));
        assert_eq!(notices.latest().map(|news| news.text.as_str()), Some("Opened w.geodash"));
        assert_eq!(notices.errors(), ["could not save"]);
        notices.dismiss(0);
        assert!(notices.errors().is_empty());
    }
}
