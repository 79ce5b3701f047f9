//! What a mention means, said for a reader: the actor under the name of the article's time, the words that
//! matched, and why it counts or not. The reader's tooltip and `geodash mentions` both say it this way.

use chrono::NaiveDate;

use crate::core::actors::{Actor, Mention};
use crate::core::corpus::Corpus;
use crate::core::dates::long_day;

/// Why a mention counts, or why not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// A name of the actor.
    Named,
    /// An office's title beside a state, counted for the holder on the article's date.
    ByTitle,
    /// Not counted: an ambiguous name with nothing in its sentence to support it.
    Unsupported,
    /// Not counted: a word of the name's other sense is in its sentence ("roast" beside "Turkey").
    OtherSense,
}

impl Verdict {
    /// A short code for tables ("named", "title", "unsupported", "other sense").
    pub fn code(self) -> &'static str {
        match self {
            Self::Named => "named",
            Self::ByTitle => "title",
            Self::Unsupported => "unsupported",
            Self::OtherSense => "other sense",
        }
    }

    /// Whether the mention counts.
    pub fn counts(self) -> bool {
        matches!(self, Self::Named | Self::ByTitle)
    }
}

/// One mention, explained.
#[derive(Clone, Debug)]
pub struct MentionNote<'c> {
    /// The actor.
    pub actor: &'c Actor,
    /// Its name on the day the article is read as of ("Upper Volta" in 1975).
    pub name_then: &'c str,
    /// The day.
    pub day: NaiveDate,
    /// The alias or title word, as the dictionary writes it.
    pub alias: &'c str,
    /// Why it counts or not.
    pub verdict: Verdict,
}

impl MentionNote<'_> {
    /// The lines of the reader's tooltip.
    pub fn tooltip(&self, affiliation: Option<&str>) -> String {
        let actor = self.actor;
        let affiliation = affiliation.map(|name| format!(", {name}")).unwrap_or_default();
        let mut lines = format!("{} ({}{affiliation})", self.name_then, actor.kind.label());
        if self.name_then != actor.name {
            lines.push_str(&format!("\nnow {}; this was its name in {}", actor.name, self.day.format("%Y")));
        }
        let day = long_day(self.day);
        let because = match self.verdict {
            Verdict::Named => format!("the alias \"{}\", read as of {day}\ncounted", self.alias),
            Verdict::ByTitle => {
                format!("the title \"{}\" beside a state: its holder on {day}\ncounted for the holder", self.alias)
            }
            Verdict::Unsupported => format!(
                "matched the alias \"{}\"\nnot counted: an ambiguous name with nothing in its sentence to support it",
                self.alias
            ),
            Verdict::OtherSense => format!(
                "matched the alias \"{}\"\nnot counted: a word of its other sense is in its sentence",
                self.alias
            ),
        };
        lines.push('\n');
        lines.push_str(&because);
        lines
    }
}

/// The note on a mention of document `doc`, if its actor is in the corpus's dictionary.
pub fn note<'c>(corpus: &'c Corpus, doc: usize, mention: &Mention) -> Option<MentionNote<'c>> {
    let actor = corpus.dictionary.actors.get(mention.actor)?;
    let day = corpus.reading_day(doc);
    let alias = corpus.matcher.alias(mention.alias);
    let verdict = match (mention.counted, mention.by_title) {
        (true, true) => Verdict::ByTitle,
        (true, false) => Verdict::Named,
        (false, _) if actor.guarded.iter().any(|guarded| guarded == alias) => Verdict::OtherSense,
        (false, _) => Verdict::Unsupported,
    };
    Some(MentionNote { actor, name_then: actor.name_on(day), day, alias, verdict })
}
