//! Who held which office when, and the words that name an office in a text, so that "the Russian president"
//! in an article of 1999 counts for Yeltsin and in one of 2023 for Putin.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::entries::{Actor, Title};
use super::validity::Validity;

use Title::{
    Chancellor, Emir, ForeignMinister, GeneralSecretary, HeadOfState, King, President, PrimeMinister, Queen,
    SecretaryGeneral, Sultan, SupremeLeader, VicePresident,
};

/// Words that name an office in English and French news, lower-case, and the offices they may stand for, the
/// likeliest first.
pub const TITLE_WORDS: &[(&str, &[Title])] = &[
    ("president", &[President, HeadOfState]),
    ("président", &[President, HeadOfState]),
    ("présidente", &[President, HeadOfState]),
    ("head of state", &[HeadOfState, President]),
    ("chef de l'état", &[HeadOfState, President]),
    ("chef de l'etat", &[HeadOfState, President]),
    ("prime minister", &[PrimeMinister]),
    ("premier", &[PrimeMinister]),
    ("premier ministre", &[PrimeMinister]),
    ("première ministre", &[PrimeMinister]),
    ("chancellor", &[Chancellor]),
    ("chancelier", &[Chancellor]),
    ("chancelière", &[Chancellor]),
    ("foreign minister", &[ForeignMinister]),
    ("foreign secretary", &[ForeignMinister]),
    ("secretary of state", &[ForeignMinister]),
    ("minister of foreign affairs", &[ForeignMinister]),
    ("ministre des affaires étrangères", &[ForeignMinister]),
    ("chef de la diplomatie", &[ForeignMinister]),
    ("king", &[King]),
    ("roi", &[King]),
    ("queen", &[Queen]),
    ("reine", &[Queen]),
    ("emir", &[Emir]),
    ("émir", &[Emir]),
    ("sultan", &[Sultan]),
    ("supreme leader", &[SupremeLeader]),
    ("guide suprême", &[SupremeLeader]),
    ("vice president", &[VicePresident]),
    ("vice-president", &[VicePresident]),
    ("vice-président", &[VicePresident]),
    ("secretary-general", &[SecretaryGeneral, GeneralSecretary]),
    ("secretary general", &[SecretaryGeneral, GeneralSecretary]),
    ("secrétaire général", &[SecretaryGeneral, GeneralSecretary]),
    ("general secretary", &[GeneralSecretary, SecretaryGeneral]),
];

/// The holders of each office of each state or body, with their dates.
#[derive(Clone, Debug, Default)]
pub struct RoleIndex {
    holders: HashMap<(String, Title), Vec<(Validity, usize)>>,
}

impl RoleIndex {
    /// Every office of every actor's roles.
    pub fn new(actors: &[Actor]) -> Self {
        let mut holders: HashMap<(String, Title), Vec<(Validity, usize)>> = HashMap::new();
        for (person, actor) in actors.iter().enumerate() {
            for role in &actor.roles {
                holders.entry((role.of.clone(), role.title)).or_default().push((role.validity(), person));
            }
        }
        Self { holders }
    }

    /// Who held one of the `titles` of the state or body with id `of` on `day`, the first title that has a
    /// holder winning; on a day of handover, the one who took office.
    pub fn holder(&self, of: &str, titles: &[Title], day: NaiveDate) -> Option<usize> {
        titles.iter().find_map(|&title| {
            let holders = self.holders.get(&(of.to_owned(), title))?;
            let serving = holders.iter().filter(|(validity, _)| validity.contains(day));
            serving.max_by_key(|(validity, _)| validity.from).map(|&(_, person)| person)
        })
    }
}

/// How a person's mentions count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum People {
    /// For the person's own bar only.
    #[default]
    Apart,
    /// For their own bar, and for the state (or body) whose office they held on the article's date as well:
    /// Bazoum counts for Niger until 2023-07-26.
    WithTheirState,
}
