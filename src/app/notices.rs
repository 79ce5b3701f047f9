//! What the window tells the analyst: the latest piece of news in the status line, replaced by the next, and
//! errors, which stay on screen in the theme's error colour until dismissed.

/// One message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// What happened ("Added 14 documents; 7 files left out."): shown until the next one.
    Info(String),
    /// What failed: shown until the analyst dismisses it.
    Error(String),
}

/// The messages on screen.
#[derive(Clone, Debug, Default)]
pub struct Notices {
    latest: Option<String>,
    errors: Vec<String>,
}

impl Notices {
    /// Shows a message: news replaces the latest news; an error joins the others (once).
    pub fn push(&mut self, notice: Notice) {
        match notice {
            Notice::Info(text) => self.latest = Some(text),
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
    pub fn latest(&self) -> Option<&str> {
        self.latest.as_deref()
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
        assert_eq!(notices.latest(), Some("Opened w.geodash"));
        assert_eq!(notices.errors(), ["could not save"]);
        notices.dismiss(0);
        assert!(notices.errors().is_empty());
    }
}
