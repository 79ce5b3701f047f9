//! What an actor file holds: actors with their names, the dates those names held, their offices, and the seats
//! of power read by context. The format is described in `assets/actors/README.md`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::alias_language::AliasLanguage;
use super::validity::Validity;

/// What kind of actor an entry is; the window colours each kind differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A state (a UN member or observer, or one that was).
    State,
    /// A named person.
    Person,
    /// An intergovernmental body, bloc, agency, company or NGO.
    Organisation,
    /// A non-state armed group.
    ArmedGroup,
}

impl ActorKind {
    /// Every kind, in the order of legends.
    pub const ALL: [Self; 4] = [Self::State, Self::Organisation, Self::ArmedGroup, Self::Person];

    /// The label shown in legends and exports.
    pub fn label(self) -> &'static str {
        match self {
            Self::State => "state",
            Self::Person => "person",
            Self::Organisation => "organisation",
            Self::ArmedGroup => "armed group",
        }
    }
}

/// One canonical actor.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// A stable identifier: ISO 3166-1 alpha-3 for states, a short upper-case tag for the others.
    pub id: String,
    /// The name shown on charts: today's, or the last one.
    pub name: String,
    /// State, person, organisation or armed group.
    pub kind: ActorKind,
    /// The first day it existed, if after 1945.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    /// The last day it existed, if it no longer does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
    /// The names that mean the actor whatever the date of the text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Names that meant the actor only for a time ("Moscow" the Soviet Union until 1991-12-25).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dated: Vec<DatedAliases>,
    /// The name of its time, where it had another ("Burma" until 1989-06-17).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<DatedName>,
    /// The aliases that are also common words or names: they count only where `context` supports them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ambiguous: Vec<String>,
    /// Words that, in the same sentence, show an ambiguous alias means this actor.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<String>,
    /// The aliases that mean the actor unless a word of their other sense is in the sentence ("Turkey").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guarded: Vec<String>,
    /// Words that show a guarded alias means something else ("Christmas", "roast").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_sense: Vec<String>,
    /// The aliases only French texts use (French exonyms and demonyms: "Allemagne", "chilien"): not read in a
    /// text known to be in another language, where "Grenade" or "Suède" are other words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub french: Vec<String>,
    /// The aliases only English texts use, being French words too ("Poles" and "Pôles"): not read in a text
    /// known to be in another language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub english: Vec<String>,
    /// For people and bodies: the id of the state or organisation they belong to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// For people: one line on who they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// For people: the offices they held, with their dates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
}

impl Actor {
    /// When the actor existed.
    pub fn validity(&self) -> Validity {
        Validity { from: self.from, to: self.to }
    }

    /// Its name on a day: the name of that time if it had another, else its chart name.
    pub fn name_on(&self, day: NaiveDate) -> &str {
        self.names.iter().find(|name| name.validity().contains(day)).map_or(&self.name, |name| &name.name)
    }

    /// Its names of other times, with when ("Upper Volta until 1984-08-03"), joined by semicolons; empty when it
    /// had no other.
    pub fn other_names(&self) -> String {
        let said = self.names.iter().filter(|name| name.name != self.name).map(|name| match (name.from, name.to) {
            (None, Some(to)) => format!("{} until {to}", name.name),
            (Some(from), None) => format!("{} from {from}", name.name),
            (Some(from), Some(to)) => format!("{} from {from} to {to}", name.name),
            (None, None) => name.name.clone(),
        });
        said.collect::<Vec<_>>().join("; ")
    }

    /// The texts `alias` is read in: those of its language, if it is marked French or English, else every text.
    pub fn alias_language(&self, alias: &str) -> AliasLanguage {
        if self.french.iter().any(|word| word == alias) {
            AliasLanguage::French
        } else if self.english.iter().any(|word| word == alias) {
            AliasLanguage::English
        } else {
            AliasLanguage::Any
        }
    }

    /// Gives up the aliases among `names` (lower-case), plain or dated, and their marks (ambiguous, guarded,
    /// French, English): another actor now has them.
    pub fn give_up(&mut self, names: &[String]) {
        let kept = |alias: &String| !names.contains(&alias.to_lowercase());
        self.aliases.retain(kept);
        for dated in &mut self.dated {
            dated.aliases.retain(kept);
        }
        self.dated.retain(|dated| !dated.aliases.is_empty());
        for marks in [&mut self.ambiguous, &mut self.guarded, &mut self.french, &mut self.english] {
            marks.retain(kept);
        }
    }

    /// Every alias with the days it means the actor: the plain ones from its first day on, the dated ones in
    /// their span.
    pub fn claims(&self) -> impl Iterator<Item = (&str, Validity)> {
        // Before its first day an actor's names named something else: "Namibia" in 1985 a territory, not a
        // state. After its last they still name it: "the Soviet era" in a text of 2023.
        let since = Validity { from: self.from, to: None };
        let plain = self.aliases.iter().map(move |alias| (alias.as_str(), since));
        let dated =
            self.dated.iter().flat_map(|dated| dated.aliases.iter().map(|alias| (alias.as_str(), dated.validity())));
        plain.chain(dated)
    }
}

/// Aliases that meant an actor for a span of time.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DatedAliases {
    /// The aliases.
    pub aliases: Vec<String>,
    /// The first day they meant it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    /// The last day they meant it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
}

impl DatedAliases {
    /// When the aliases meant the actor.
    pub fn validity(&self) -> Validity {
        Validity { from: self.from, to: self.to }
    }
}

/// A name an actor went by for a span of time.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DatedName {
    /// The name.
    pub name: String,
    /// Its first day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    /// Its last day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
}

impl DatedName {
    /// When the name was in use.
    pub fn validity(&self) -> Validity {
        Validity { from: self.from, to: self.to }
    }
}

/// An office a person held.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Which office.
    pub title: Title,
    /// The state or body it is an office of (its id).
    pub of: String,
    /// The first day in office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    /// The last day in office (the successor's first, often); none while in office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
}

impl Role {
    /// When the office was held.
    pub fn validity(&self) -> Validity {
        Validity { from: self.from, to: self.to }
    }
}

/// The offices the dictionary knows holders of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Title {
    /// A president.
    #[serde(rename = "president")]
    President,
    /// A vice-president.
    #[serde(rename = "vice president")]
    VicePresident,
    /// A prime minister or premier.
    #[serde(rename = "prime minister")]
    PrimeMinister,
    /// A chancellor (Germany, Austria).
    #[serde(rename = "chancellor")]
    Chancellor,
    /// A king.
    #[serde(rename = "king")]
    King,
    /// A queen.
    #[serde(rename = "queen")]
    Queen,
    /// An emir.
    #[serde(rename = "emir")]
    Emir,
    /// A sultan.
    #[serde(rename = "sultan")]
    Sultan,
    /// A grand duke.
    #[serde(rename = "grand duke")]
    GrandDuke,
    /// A reigning prince.
    #[serde(rename = "prince")]
    Prince,
    /// A supreme leader.
    #[serde(rename = "supreme leader")]
    SupremeLeader,
    /// A communist party's general secretary.
    #[serde(rename = "general secretary")]
    GeneralSecretary,
    /// A head of state by another title (a junta's chairman).
    #[serde(rename = "head of state")]
    HeadOfState,
    /// A foreign minister (secretary of state, foreign secretary).
    #[serde(rename = "foreign minister")]
    ForeignMinister,
    /// A body's secretary-general.
    #[serde(rename = "secretary-general")]
    SecretaryGeneral,
    /// The president of a body's commission (the EU's, the AU's).
    #[serde(rename = "president of the commission")]
    PresidentOfTheCommission,
}

/// A seat of power that stands for one actor or another by the words around it: "Brussels" is the EU where
/// the sentence or the article speaks of the EU, NATO where of NATO, and Belgium otherwise; "Geneva" is the
/// United Nations where its sentence speaks of them, and the city otherwise.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seat {
    /// The names of the place.
    pub aliases: Vec<String>,
    /// The actors it may stand for, tried in order, each with the words that show it does.
    pub choices: Vec<SeatChoice>,
    /// The actor it stands for when no choice's words are found; none: the place itself, no actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otherwise: Option<String>,
    /// Where the choices' words are looked for: the sentence (the default), or the sentence then the article.
    #[serde(default)]
    pub read_in: SeatReach,
}

/// How far from a seat of power the words that choose its actor may be.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SeatReach {
    /// In the seat's sentence.
    #[default]
    Sentence,
    /// In its sentence, else anywhere in the article.
    Article,
}

/// One actor a seat may stand for.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeatChoice {
    /// The actor's id.
    pub actor: String,
    /// Words that, in the sentence or the article, show the seat stands for it.
    pub when: Vec<String>,
}
