//! Finding actor mentions: one pass of a leftmost-longest Aho-Corasick automaton over every alias, seat of
//! power, title and phrase that is no actor; then, for each match, checks on word boundaries and letter case,
//! the actor the alias meant on the text's date, the sentence around an ambiguous or guarded name, the words
//! around a seat of power, and the holder of an office named by its title beside a state.

use std::ops::Range;

use chrono::NaiveDate;

use super::alias_language::AliasLanguage;
use super::context::{ContextWords, beside_a_name, sentence_around};
use super::entries::{ActorKind, SeatReach, Title};
use super::layer::Discard;
use super::mention::Mention;
use super::roles::{RoleIndex, TITLE_WORDS};
use super::scan::Scanner;
use super::titles::Titles;
use super::validity::Validity;
use super::{Dictionary, DictionaryError};

/// How an alias's sense is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Guard {
    /// Always the actor.
    Plain,
    /// The actor only where a context word is in the sentence.
    Ambiguous,
    /// The actor unless a word of the other sense is in the sentence.
    Guarded,
}

/// One actor an alias means, and when.
#[derive(Clone, Debug)]
struct Claim {
    actor: usize,
    alias: u32,
    validity: Validity,
    guard: Guard,
    language: AliasLanguage,
}

/// What an automaton pattern stands for.
#[derive(Clone, Debug)]
enum Meaning {
    /// An actor, which one depending on the date.
    Actors(Vec<Claim>),
    /// A seat of power, read by the words around it.
    Seat { seat: usize, alias: u32 },
    /// A phrase that is no actor ("Latin America"): it only keeps shorter aliases inside it from matching.
    NotActor,
}

#[derive(Clone, Debug)]
struct Pattern {
    meaning: Meaning,
    acronym: bool,
    capitalised: bool,
}

/// Where a seat of power was found: the folded text, its sentence, the day the text is read as of.
struct SeatPlace<'t> {
    folded: &'t [u8],
    sentence: &'t Range<usize>,
    day: NaiveDate,
}

/// A seat of power's choices, by actor index, with their words.
#[derive(Clone, Debug)]
struct CompiledSeat {
    choices: Vec<(usize, ContextWords)>,
    reach: SeatReach,
    otherwise: Option<usize>,
}

/// The compiled alias automaton for one dictionary.
#[derive(Clone, Debug)]
pub struct Matcher {
    scanner: Scanner,
    patterns: Vec<Pattern>,
    aliases: Vec<String>,
    contexts: Vec<ContextWords>,
    other_senses: Vec<ContextWords>,
    seats: Vec<CompiledSeat>,
    kinds: Vec<ActorKind>,
    /// When each actor existed: a seat of power stands only for an actor of its day.
    lives: Vec<Validity>,
    ids: Vec<String>,
    roles: RoleIndex,
    acts: Vec<String>,
    titles: Titles,
    /// The alias number of each title word.
    title_aliases: std::collections::HashMap<&'static str, u32>,
    /// The mentions the analyst discarded.
    discards: Vec<Discard>,
}

impl Matcher {
    /// Compiles every alias of the dictionary, with its accent-free and typographic-apostrophe forms, its seats
    /// of power, the title words and the phrases that are not actors.
    pub fn new(dictionary: &Dictionary) -> Result<Self, DictionaryError> {
        let mut builder = PatternsBuilder::default();
        for (index, actor) in dictionary.actors.iter().enumerate() {
            for (alias, validity) in actor.claims() {
                let guard = if actor.ambiguous.iter().any(|word| word == alias) {
                    Guard::Ambiguous
                } else if actor.guarded.iter().any(|word| word == alias) {
                    Guard::Guarded
                } else {
                    Guard::Plain
                };
                builder.add_claim(alias, index, validity, (guard, actor.alias_language(alias)));
            }
        }
        for (seat, entry) in dictionary.seats.iter().enumerate() {
            for alias in &entry.aliases {
                builder.add_other(alias, |alias| Meaning::Seat { seat, alias });
            }
        }
        for phrase in &dictionary.not_actors {
            builder.add_other(phrase, |_| Meaning::NotActor);
        }
        let title_aliases = TITLE_WORDS.iter().map(|&(word, _)| (word, builder.new_alias(word))).collect();
        let PatternsBuilder { texts, patterns, aliases, .. } = builder;
        let forms: Vec<(String, usize)> = texts.into_iter().enumerate().map(|(index, form)| (form, index)).collect();
        let scanner = Scanner::new(&forms).map_err(|error| DictionaryError::Automaton(error.to_string()))?;
        Ok(Self {
            scanner,
            patterns,
            aliases,
            contexts: dictionary.actors.iter().map(|actor| ContextWords::new(&actor.context)).collect(),
            other_senses: dictionary.actors.iter().map(|actor| ContextWords::new(&actor.other_sense)).collect(),
            seats: compile_seats(dictionary),
            kinds: dictionary.actors.iter().map(|actor| actor.kind).collect(),
            lives: dictionary.actors.iter().map(|actor| actor.validity()).collect(),
            ids: dictionary.actors.iter().map(|actor| actor.id.clone()).collect(),
            roles: dictionary.roles.clone(),
            acts: dictionary.acts.clone(),
            titles: Titles::new().map_err(|error| DictionaryError::Automaton(error.to_string()))?,
            title_aliases,
            discards: dictionary.discards.clone(),
        })
    }

    /// Takes out of a document's mentions those the analyst discarded (`corpus` and `document` name where).
    pub fn drop_discarded(&self, corpus: &str, document: &str, text: &str, mentions: &mut Vec<Mention>) {
        if self.discards.is_empty() {
            return;
        }
        mentions.retain(|mention| {
            let (id, written) = (self.ids.get(mention.actor), text.get(mention.span.clone()));
            let (Some(id), Some(written)) = (id, written) else { return true };
            !self.discards.iter().any(|discard| discard.covers(corpus, document, id, written, mention.span.start))
        });
    }

    /// The alias text for a mention's `alias` number.
    pub fn alias(&self, alias: u32) -> &str {
        self.aliases.get(alias as usize).map_or("", String::as_str)
    }

    /// Every mention in `text`, in order, read as of `day` (the text's publication date) in its `language` (ISO
    /// 639-3, `None` if not known): a name that meant another actor then counts for that one, a title beside a
    /// state for the office's holder that day, and a name of another language than the text's for no one.
    /// Ambiguous or guarded names their sentence does not support come back with `counted: false`.
    pub fn find(&self, text: &str, day: NaiveDate, language: Option<&str>) -> Vec<Mention> {
        let mut mentions = Vec::new();
        let mut seats_in_article = Vec::new();
        let mut scan = self.scanner.scan(text);
        let fits = |index: usize, span: &Range<usize>| {
            self.patterns.get(index).is_some_and(|pattern| pattern.read_in(language) && case_fits(text, span, pattern))
        };
        while let Some((index, span)) = scan.next(fits) {
            let Some(pattern) = self.patterns.get(index) else { continue };
            let folded = scan.folded();
            match &pattern.meaning {
                Meaning::Actors(claims) => {
                    let readable = claims.iter().filter(|claim| claim.language.read_in(language));
                    let mention = self.claimed(text, folded, span, readable, day);
                    let act = |mention: &Mention| {
                        self.kinds.get(mention.actor) == Some(&ActorKind::State)
                            && self.names_an_act(text, &mention.span)
                    };
                    mentions.extend(mention.filter(|mention| !act(mention)));
                }
                Meaning::Seat { .. } if self.names_an_act(text, &span) => {}
                Meaning::Seat { seat, alias } => {
                    let sentence = sentence_around(text, &span);
                    let place = SeatPlace { folded, sentence: &sentence, day };
                    if let Some(actor) = self.seat_actor(&place, *seat, &mut seats_in_article) {
                        mentions.push(Mention { actor, span, alias: *alias, counted: true, by_title: false });
                    }
                }
                Meaning::NotActor => {}
            }
        }
        let is_person = |actor| self.is_person(actor);
        let joined = self.titles.join(text, &mentions, is_person, |of, offices| self.holder(of, offices, day));
        if !joined.is_empty() {
            let alias_of = |word| self.title_aliases.get(word).copied().unwrap_or(0);
            mentions.extend(joined.into_iter().map(|(mention, word)| Mention { alias: alias_of(word), ..mention }));
            mentions.sort_by_key(|mention| mention.span.start);
        }
        mentions
    }

    /// The mention a matched alias makes on `day`: the actor it meant then, if any (a name of no actor that
    /// day keeps only shorter names inside it from matching).
    fn claimed<'c>(
        &self,
        text: &str,
        folded: &[u8],
        span: Range<usize>,
        mut claims: impl Iterator<Item = &'c Claim>,
        day: NaiveDate,
    ) -> Option<Mention> {
        let claim = claims.find(|claim| claim.validity.contains(day))?;
        let said = |words: Option<&ContextWords>| {
            words.is_some_and(|words| words.said_in(folded, &sentence_around(text, &span)))
        };
        let counted = match claim.guard {
            Guard::Plain => true,
            Guard::Ambiguous => said(self.contexts.get(claim.actor)),
            Guard::Guarded => !said(self.other_senses.get(claim.actor)) && !self.in_a_persons_name(text, claim, &span),
        };
        Some(Mention { actor: claim.actor, span, alias: claim.alias, counted, by_title: false })
    }

    /// Whether a guarded one-word state name stands in a person's name ("said David Jordan", "Chad Whitfield").
    fn in_a_persons_name(&self, text: &str, claim: &Claim, span: &Range<usize>) -> bool {
        let one_word = text.get(span.clone()).is_some_and(|name| !name.contains(' '));
        one_word && self.kinds.get(claim.actor) == Some(&ActorKind::State) && beside_a_name(text, span)
    }

    /// Whether the words after a place name make it a text's or a meeting's name ("Tashkent Declaration").
    fn names_an_act(&self, text: &str, span: &Range<usize>) -> bool {
        let Some(rest) = text.get(span.end..).and_then(|rest| rest.strip_prefix(' ')) else { return false };
        if !rest.starts_with(char::is_alphabetic) {
            return false;
        }
        self.acts.iter().any(|act| {
            rest.strip_prefix(act.as_str()).is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric()))
        })
    }

    /// The holder on the day of an office of the actor `of`, if it is a state or body the dictionary knows
    /// holders for.
    fn holder(&self, of: usize, titles: &[Title], day: NaiveDate) -> Option<usize> {
        if self.kinds.get(of) == Some(&ActorKind::Person) {
            return None;
        }
        self.roles.holder(self.ids.get(of)?, titles, day)
    }

    /// Whether an actor is a person (a name after a title means the title is not alone).
    fn is_person(&self, actor: usize) -> bool {
        self.kinds.get(actor) == Some(&ActorKind::Person)
    }

    /// The actor a seat stands for: the first choice whose words are in the sentence, then (if the seat is read
    /// so) in the article, else its default. (What the article says is worked out once per seat, in
    /// `in_article`.)
    fn seat_actor(
        &self,
        place: &SeatPlace<'_>,
        seat: usize,
        in_article: &mut Vec<Option<Option<usize>>>,
    ) -> Option<usize> {
        let compiled = self.seats.get(seat)?;
        let alive = |actor: usize| self.lives.get(actor).is_some_and(|life| life.contains(place.day));
        let said_in = |range: &Range<usize>| {
            let mut choices = compiled.choices.iter().filter(|(actor, _)| alive(*actor));
            let chosen = choices.find(|(_, words)| words.said_in(place.folded, range));
            chosen.map(|(actor, _)| *actor)
        };
        if let Some(actor) = said_in(place.sentence) {
            return Some(actor);
        }
        if compiled.reach == SeatReach::Sentence {
            return compiled.otherwise;
        }
        if in_article.len() <= seat {
            in_article.resize(seat + 1, None);
        }
        let whole = 0..place.folded.len().saturating_sub(2);
        let article = in_article.get_mut(seat)?.get_or_insert_with(|| said_in(&whole));
        article.or(compiled.otherwise)
    }
}

fn compile_seats(dictionary: &Dictionary) -> Vec<CompiledSeat> {
    dictionary
        .seats
        .iter()
        .map(|seat| CompiledSeat {
            choices: seat
                .choices
                .iter()
                .filter_map(|choice| Some((dictionary.index_of(&choice.actor)?, ContextWords::new(&choice.when))))
                .collect(),
            otherwise: seat.otherwise.as_deref().and_then(|id| dictionary.index_of(id)),
            reach: seat.read_in,
        })
        .collect()
}

/// Collects automaton patterns, one per distinct form of each alias; the claims of several actors on one form
/// (an alias that changed hands) share its pattern.
#[derive(Default)]
struct PatternsBuilder {
    texts: Vec<String>,
    patterns: Vec<Pattern>,
    aliases: Vec<String>,
    by_form: std::collections::HashMap<String, usize>,
}

impl PatternsBuilder {
    fn new_alias(&mut self, alias: &str) -> u32 {
        let index = u32::try_from(self.aliases.len()).unwrap_or(u32::MAX);
        self.aliases.push(alias.to_owned());
        index
    }

    fn add_claim(&mut self, alias: &str, actor: usize, validity: Validity, (guard, language): (Guard, AliasLanguage)) {
        let alias_index = self.new_alias(alias);
        let claim = Claim { actor, alias: alias_index, validity, guard, language };
        for form in alias_forms(alias) {
            match self.by_form.get(&form).and_then(|&at| self.patterns.get_mut(at)) {
                Some(Pattern { meaning: Meaning::Actors(claims), .. }) => claims.push(claim.clone()),
                Some(_) => {}
                None => self.push(form, Meaning::Actors(vec![claim.clone()])),
            }
        }
    }

    /// A seat, title or phrase that is no actor: a form an alias already has is left to the alias.
    fn add_other(&mut self, text: &str, meaning: impl Fn(u32) -> Meaning) {
        let alias_index = self.new_alias(text);
        for form in alias_forms(text) {
            if !self.by_form.contains_key(&form) {
                self.push(form, meaning(alias_index));
            }
        }
    }

    fn push(&mut self, form: String, meaning: Meaning) {
        self.by_form.insert(form.clone(), self.patterns.len());
        self.patterns.push(pattern_for(&form, meaning));
        self.texts.push(form);
    }
}

impl Pattern {
    /// Whether a text in `language` reads the pattern: an alias only if one of the actors it names is called so
    /// in that language; a seat or a phrase that is no actor always.
    fn read_in(&self, language: Option<&str>) -> bool {
        match &self.meaning {
            Meaning::Actors(claims) => claims.iter().any(|claim| claim.language.read_in(language)),
            Meaning::Seat { .. } | Meaning::NotActor => true,
        }
    }
}

fn pattern_for(form: &str, meaning: Meaning) -> Pattern {
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    let acronym = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    let capitalised = form.chars().next().is_some_and(char::is_uppercase);
    Pattern { meaning, acronym, capitalised }
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

/// Acronyms match only in capitals ("US", not "us"); capitalised names only where the text capitalises them.
fn case_fits(text: &str, span: &Range<usize>, pattern: &Pattern) -> bool {
    let Some(found) = text.get(span.clone()) else { return false };
    if pattern.acronym {
        return found.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    }
    !pattern.capitalised || found.chars().next().is_some_and(char::is_uppercase)
}
