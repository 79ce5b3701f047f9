//! Finding actor mentions: one pass of a leftmost-longest Aho-Corasick automaton over all aliases, then checks
//! on word boundaries, letter case and, for ambiguous aliases, the sentence around the match.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, Match, MatchKind, StartKind};

use super::{Dictionary, DictionaryError};

/// How many bytes either side of a match are searched for context words, within the sentence.
const CONTEXT_REACH: usize = 400;

/// One mention of an actor in a text.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Mention {
    /// The actor's index in the dictionary.
    pub actor: usize,
    /// The byte span of the matched words in the text.
    pub span: Range<usize>,
    /// The alias, as the dictionary writes it, that matched.
    pub alias: u32,
    /// False when the alias is ambiguous and nothing in its sentence supports it: shown, flagged, not counted.
    pub counted: bool,
}

/// What each automaton pattern stands for.
#[derive(Clone, Debug)]
struct Pattern {
    /// `None` for a phrase that is not an actor ("Latin America"): it only keeps shorter aliases inside it
    /// ("America") from matching.
    actor: Option<usize>,
    alias: u32,
    acronym: bool,
    capitalised: bool,
    ambiguous: bool,
}

/// The compiled alias automaton for one dictionary.
#[derive(Clone, Debug)]
pub struct Matcher {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
    aliases: Vec<String>,
    contexts: Vec<Vec<String>>,
}

impl Matcher {
    /// Compiles every alias of the dictionary, with its accent-free and typographic-apostrophe forms, and the
    /// dictionary's phrases that are not actors.
    pub fn new(dictionary: &Dictionary) -> Result<Self, DictionaryError> {
        let mut builder = PatternsBuilder::default();
        for (actor_index, actor) in dictionary.actors.iter().enumerate() {
            for alias in &actor.aliases {
                builder.add(alias, Some(actor_index), actor.ambiguous.contains(alias));
            }
        }
        for phrase in &dictionary.not_actors {
            builder.add(phrase, None, false);
        }
        let PatternsBuilder { texts, patterns, aliases, .. } = builder;
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&texts)
            .map_err(|error| DictionaryError::Automaton(error.to_string()))?;
        let contexts = dictionary
            .actors
            .iter()
            .map(|actor| actor.context.iter().map(|word| word.to_lowercase()).collect())
            .collect();
        Ok(Self { automaton, patterns, aliases, contexts })
    }

    /// The alias text for a mention's `alias` number.
    pub fn alias(&self, alias: u32) -> &str {
        self.aliases.get(alias as usize).map_or("", String::as_str)
    }

    /// Every mention in `text`, in order; ambiguous ones without support are returned with `counted: false`.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let mut mentions = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let Some(found) = self.automaton.find(Input::new(text).span(at..text.len())) else { break };
            let Some((pattern, span)) = self.accept(text, found) else {
                at = next_char(text, found.start());
                continue;
            };
            at = span.end;
            let Some(actor) = pattern.actor else { continue };
            let counted = !pattern.ambiguous || self.context_supports(text, &span, actor);
            mentions.push(Mention { actor, span, alias: pattern.alias, counted });
        }
        mentions
    }

    /// The longest alias starting where `found` starts that sits on word boundaries with the right case:
    /// `found` itself, or a shorter alias inside it ("Barkhane" in "operation Barkhane").
    fn accept(&self, text: &str, found: Match) -> Option<(&Pattern, Range<usize>)> {
        let mut candidate = Some(found);
        while let Some(current) = candidate {
            let pattern = self.patterns.get(current.pattern().as_usize())?;
            let span = current.range();
            if on_word_boundaries(text, &span) && case_fits(text, &span, pattern) {
                return Some((pattern, span));
            }
            let shorter = Input::new(text).span(span.start..span.end - 1).anchored(Anchored::Yes);
            candidate = if span.len() > 1 { self.automaton.find(shorter) } else { None };
        }
        None
    }

    fn context_supports(&self, text: &str, span: &Range<usize>, actor: usize) -> bool {
        let Some(words) = self.contexts.get(actor) else { return false };
        let sentence = sentence_around(text, span).to_lowercase();
        words.iter().any(|word| contains_word_start(&sentence, word))
    }
}

/// Collects automaton patterns, one per distinct form of each alias.
#[derive(Default)]
struct PatternsBuilder {
    texts: Vec<String>,
    patterns: Vec<Pattern>,
    aliases: Vec<String>,
    seen: std::collections::HashSet<String>,
}

impl PatternsBuilder {
    fn add(&mut self, alias: &str, actor: Option<usize>, ambiguous: bool) {
        let alias_index = u32::try_from(self.aliases.len()).unwrap_or(u32::MAX);
        self.aliases.push(alias.to_owned());
        for form in alias_forms(alias) {
            if self.seen.insert(form.clone()) {
                self.patterns.push(pattern_for(&form, actor, alias_index, ambiguous));
                self.texts.push(form);
            }
        }
    }
}

/// The byte offset of the character after the one at `at`.
fn next_char(text: &str, at: usize) -> usize {
    text.get(at..).and_then(|tail| tail.chars().next()).map_or(text.len(), |c| at + c.len_utf8())
}

fn pattern_for(form: &str, actor: Option<usize>, alias: u32, ambiguous: bool) -> Pattern {
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    let acronym = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    let capitalised = form.chars().next().is_some_and(char::is_uppercase);
    Pattern { actor, alias, acronym, capitalised, ambiguous }
}

/// An alias as written, without accents, and with typographic apostrophes.
fn alias_forms(alias: &str) -> Vec<String> {
    let plain = deunicode::deunicode(alias);
    let mut forms = vec![alias.to_owned()];
    if plain != alias && plain.chars().count() == alias.chars().count() {
        forms.push(plain);
    }
    let curly: Vec<String> =
        forms.iter().filter(|form| form.contains('\'')).map(|form| form.replace('\'', "’")).collect();
    forms.extend(curly);
    forms
}

/// The characters either side of the match must not be letters or digits ("Niger" never in "Nigeria").
fn on_word_boundaries(text: &str, span: &Range<usize>) -> bool {
    let before = text.get(..span.start).and_then(|head| head.chars().next_back());
    let after = text.get(span.end..).and_then(|tail| tail.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Acronyms match only in capitals ("US", not "us"); capitalised names only where the text capitalises them.
fn case_fits(text: &str, span: &Range<usize>, pattern: &Pattern) -> bool {
    let Some(found) = text.get(span.clone()) else { return false };
    if pattern.acronym {
        return found.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    }
    !pattern.capitalised || found.chars().next().is_some_and(char::is_uppercase)
}

/// The sentence around a span, at most `CONTEXT_REACH` bytes either side.
pub(crate) fn sentence_around<'t>(text: &'t str, span: &Range<usize>) -> &'t str {
    let low = floor_boundary(text, span.start.saturating_sub(CONTEXT_REACH));
    let high = ceil_boundary(text, (span.end + CONTEXT_REACH).min(text.len()));
    let before = text.get(low..span.start).unwrap_or("");
    let after = text.get(span.end..high).unwrap_or("");
    let start = before.rfind(['.', '!', '?', '\n']).map_or(low, |at| low + at + 1);
    let end = after.find(['.', '!', '?', '\n']).map_or(high, |at| span.end + at);
    text.get(start..end).unwrap_or("").trim()
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// True when `word` occurs in `haystack` at the start of a word ("mercenar" in "mercenaries").
fn contains_word_start(haystack: &str, word: &str) -> bool {
    haystack
        .match_indices(word)
        .any(|(at, _)| !haystack.get(..at).and_then(|head| head.chars().next_back()).is_some_and(char::is_alphanumeric))
}
