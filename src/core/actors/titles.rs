//! An office's title beside a state: "the Russian president", "Russia's foreign minister", "the President of
//! Mali", "le président malien", "le Premier ministre du Niger". It counts for the holder of the office on the
//! text's date, where the dictionary knows one; a title followed by the holder's own name ("Russian President
//! Vladimir Putin") adds nothing, the name counts already.
//!
//! Titles are looked for only beside the states and bodies found, with a small automaton of their own: in the
//! main pass, "king" would be found in every "making".

use std::ops::Range;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

use super::entries::Title;
use super::mention::Mention;
use super::roles::TITLE_WORDS;

/// The title words, compiled.
#[derive(Clone, Debug)]
pub struct Titles {
    automaton: AhoCorasick,
    /// The offices each pattern stands for, and the title word it is a form of.
    meanings: Vec<(&'static [Title], &'static str)>,
}

/// A title found beside an actor: where, and the offices it may stand for.
struct Found {
    span: Range<usize>,
    titles: &'static [Title],
    word: &'static str,
}

impl Titles {
    /// Every title word, with its accent-free and straight-apostrophe forms, case-insensitive.
    pub fn new() -> Result<Self, aho_corasick::BuildError> {
        let mut texts = Vec::new();
        let mut meanings = Vec::new();
        for &(word, titles) in TITLE_WORDS {
            let plain = deunicode::deunicode(word);
            for form in [word.to_owned(), plain.clone(), word.replace('\'', "’"), plain.replace('\'', "’")] {
                if !texts.contains(&form) {
                    texts.push(form);
                    meanings.push((titles, word));
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .ascii_case_insensitive(true)
            .build(&texts)?;
        Ok(Self { automaton, meanings })
    }

    /// The mentions the titles beside the actors of `mentions` make (in text order), given which actors are
    /// people and a way to find an office's holder (`holder(of, titles)`); each carries the title word as its
    /// alias text through `alias_of`.
    pub fn join(
        &self,
        text: &str,
        mentions: &[Mention],
        is_person: impl Fn(usize) -> bool,
        holder: impl Fn(usize, &[Title]) -> Option<usize>,
    ) -> Vec<(Mention, &'static str)> {
        let mut joined: Vec<(Mention, &'static str)> = Vec::new();
        for (at, mention) in mentions.iter().enumerate() {
            if !mention.counted || is_person(mention.actor) {
                continue;
            }
            let next = mentions.get(at + 1);
            let found = self.after(text, mention, next, &is_person).or_else(|| self.before(text, mention));
            let Some(found) = found else { continue };
            if joined.iter().any(|(earlier, _)| earlier.span == found.span) {
                continue;
            }
            if let Some(person) = holder(mention.actor, found.titles) {
                let title_mention =
                    Mention { actor: person, span: found.span, alias: 0, counted: true, by_title: true };
                joined.push((title_mention, found.word));
            }
        }
        joined
    }

    /// "the Russian president", "Russia's president": a title right after the actor, not followed by a name.
    fn after(
        &self,
        text: &str,
        mention: &Mention,
        next: Option<&Mention>,
        is_person: &impl Fn(usize) -> bool,
    ) -> Option<Found> {
        let rest = text.get(mention.span.end..)?;
        let skipped =
            rest.len() - ["'s ", "’s ", "s' ", "s’ ", " "].iter().find_map(|lead| rest.strip_prefix(lead))?.len();
        let start = mention.span.end + skipped;
        let found = self.title_at(text, start)?;
        // "Russian President Vladimir Putin": the name is there.
        let named = next.filter(|next| is_person(next.actor) && text.get(found.span.end..next.span.start) == Some(" "));
        named.is_none().then_some(found)
    }

    /// "the President of Mali", "le président du Mali", "le président malien": a title right before the actor.
    fn before(&self, text: &str, mention: &Mention) -> Option<Found> {
        let head = text.get(..mention.span.start)?;
        let written = text.get(mention.span.clone())?;
        let connectors = [" of the ", " of ", " du ", " de la ", " de l'", " de l’", " des ", " de ", " d'", " d’"];
        let mut ends: Vec<usize> =
            connectors.iter().filter(|c| head.ends_with(*c)).map(|c| head.len() - c.len()).collect();
        // "le président malien": a French adjective, written lower-case, right after the title.
        if written.chars().next().is_some_and(char::is_lowercase) && head.ends_with(' ') {
            ends.push(head.len() - 1);
        }
        ends.into_iter().find_map(|end| self.title_ending_at(text, end))
    }

    /// The title starting at `start`, if one does, on word boundaries.
    fn title_at(&self, text: &str, start: usize) -> Option<Found> {
        let found = self.automaton.find(Input::new(text).span(start..text.len()).anchored(Anchored::Yes))?;
        self.found(text, found.range(), found.pattern().as_usize())
    }

    /// The title ending at `end`, if one does (looked for in the 40 bytes before it), on word boundaries.
    fn title_ending_at(&self, text: &str, end: usize) -> Option<Found> {
        let mut start = end.saturating_sub(40);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        let window = Input::new(text).span(start..end);
        let found = self.automaton.find_iter(window).filter(|found| found.end() == end).last()?;
        self.found(text, found.range(), found.pattern().as_usize())
    }

    fn found(&self, text: &str, span: Range<usize>, pattern: usize) -> Option<Found> {
        let before = text.get(..span.start).and_then(|head| head.chars().next_back());
        let after = text.get(span.end..).and_then(|tail| tail.chars().next());
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            return None;
        }
        let &(titles, word) = self.meanings.get(pattern)?;
        Some(Found { span, titles, word })
    }
}
