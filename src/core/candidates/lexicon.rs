//! The words that tell a name from other capitalised words: titles (kept as evidence that a person is named),
//! connectors inside names, the words that type a name (Party, Forces, Ltd…), months and weekdays, and the
//! shipped lists of given names and places (`assets/names/`).

use std::sync::OnceLock;

/// A set of words, built once, looked up in constant time (the lists are checked for every word of a corpus).
struct WordSet(OnceLock<foldhash::HashSet<&'static str>>);

impl WordSet {
    const fn new() -> Self {
        Self(OnceLock::new())
    }

    fn contains(&self, lists: &[&[&'static str]], word: &str) -> bool {
        self.0.get_or_init(|| lists.iter().flat_map(|list| list.iter().copied()).collect()).contains(word)
    }
}

/// Titles written before a name, capitalised ("President", "Mr", "le général" is in `LOWER_TITLES`).
const TITLES: &[&str] = &[
    "President",
    "Comrade",
    "Camarade",
    "Vice-President",
    "Prime",
    "Minister",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Gen",
    "General",
    "Colonel",
    "Col",
    "Lt",
    "Lieutenant",
    "Captain",
    "Capt",
    "Major",
    "Maj",
    "Sergeant",
    "Sgt",
    "Commander",
    "Marshal",
    "Admiral",
    "Sheikh",
    "Shaykh",
    "Sir",
    "Lord",
    "Lady",
    "Dame",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Emir",
    "Sultan",
    "Senator",
    "Sen",
    "Governor",
    "Gov",
    "Judge",
    "Justice",
    "Chief",
    "Bishop",
    "Archbishop",
    "Cardinal",
    "Pope",
    "Imam",
    "Ayatollah",
    "Mullah",
    "Rabbi",
    "Pastor",
    "Father",
    "Reverend",
    "Rev",
    "Deputy",
    "Secretary",
    "Ambassador",
    "Mayor",
    "Speaker",
    "Chancellor",
    "Premier",
    "Professor",
    "Prof",
    "Foreign",
    "Defence",
    "Defense",
    "Secretary-General",
    "Under-Secretary-General",
    "Vice-Chairman",
    "Co-Chairman",
    "Finance",
    "Interior",
    "Opposition",
    "Leader",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Director",
    "Commissioner",
    "Inspector",
    "Superintendent",
    "Detective",
    "Constable",
    "Officer",
    "Spokesman",
    "Spokeswoman",
    "Presidential",
    "Candidate",
    "MP",
    "Rep",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Attorney",
    "Ex",
    "Former",
    "Acting",
    "Interim",
    "Supreme",
    "Grand",
    "M",
    "Mme",
    "Mlle",
    "Me",
    "Maître",
    "Président",
    "Présidente",
    "Ministre",
    "Général",
    "Colonel-major",
    "Commandant",
    "Capitaine",
    "Lieutenant-colonel",
    "Gouverneur",
    "Sénateur",
    "Député",
    "Maire",
    "Cheikh",
    "Monseigneur",
    "Mgr",
    "Abbé",
    "Père",
    "Docteur",
    "Professeur",
    "Mzee",
    "Mama",
    "Hajj",
    "Haji",
    "El-Hadj",
    "Elhadj",
];

/// Titles written lower-case before a name ("the president", "le général").
const LOWER_TITLES: &[&str] = &[
    "president",
    "minister",
    "premier",
    "general",
    "colonel",
    "commander",
    "leader",
    "chief",
    "governor",
    "senator",
    "spokesman",
    "spokeswoman",
    "chairman",
    "candidate",
    "ambassador",
    "mayor",
    "secretary",
    "director",
    "judge",
    "président",
    "présidente",
    "ministre",
    "général",
    "colonel",
    "commandant",
    "chef",
    "gouverneur",
    "porte-parole",
    "candidat",
    "candidate",
    "maire",
    "député",
    "sénateur",
    "capitaine",
    "lieutenant",
    "sergent",
    "opposant",
    "dirigeant",
    "patron",
    "PDG",
    "émir",
    "cheikh",
    "chairwoman",
    "chair",
    "head",
    "boss",
    "spokesperson",
    "pastor",
    "reverend",
    "commissioner",
    "chief",
    "founder",
    "activist",
    "lawyer",
    "rapper",
    "colonel-major",
    "pasteur",
    "fondateur",
    "avocat",
    "militant",
];

/// Lower-case words that may join two capitalised words inside one name ("Bank of England", "Front de
/// libération du Congo", "Abu Bakr al-Baghdadi" takes its "al-" with the word).
pub const CONNECTORS: &[&str] = &[
    "of", "the", "for", "de", "du", "des", "la", "le", "l'", "d'", "von", "van", "der", "den", "bin", "ibn", "da",
    "di", "dos", "do", "y", "et", "pour",
];

/// Feasts: never candidates (months and weekdays come from the date tables).
const FEASTS: &[&str] = &["Christmas", "Easter", "Ramadan", "Noël", "Pâques"];

/// Capitalised words that are never a name by themselves: pronouns, articles and other words news writes
/// capitalised at a sentence's start or in headlines; a span is not a candidate when all its words are these.
const NEVER_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "But",
    "And",
    "Or",
    "If",
    "In",
    "On",
    "At",
    "For",
    "With",
    "From",
    "By",
    "To",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "Since",
    "Although",
    "However",
    "Yet",
    "So",
    "Then",
    "There",
    "Here",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Mr",
    "Le",
    "La",
    "Les",
    "Un",
    "Une",
    "Des",
    "Du",
    "De",
    "Il",
    "Elle",
    "Ils",
    "Elles",
    "Nous",
    "Vous",
    "Je",
    "Ce",
    "Cette",
    "Ces",
    "Mais",
    "Et",
    "Ou",
    "Dans",
    "Pour",
    "Par",
    "Avec",
    "Selon",
    "Après",
    "Avant",
    "Lors",
    "Depuis",
    "Alors",
    "Ainsi",
    "Pourtant",
    "Government",
    "State",
    "States",
    "Republic",
    "People",
    "Reuters",
    "AFP",
    "AP",
    "Associated",
    "Press",
    "News",
    "Agency",
    "Update",
    "Breaking",
    "Editorial",
    "Analysis",
    "Opinion",
    "Photo",
    "Video",
    "Read",
    "More",
    "Page",
    "Section",
    "Article",
    "Chapter",
    "Table",
    "Figure",
    "Annex",
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Nord",
    "Sud",
    "Est",
    "Ouest",
    "Centre",
    "Gouvernement",
    "État",
    "Etat",
    "House",
    "Senate",
    "Parliament",
    "Cabinet",
    "Police",
    "Army",
    "Court",
    "Council",
    "Commission",
    "Ministry",
    "Party",
    "Union",
    "Assembly",
    "Congress",
    "Opposition",
    "Church",
    "Bank",
    "Treasury",
    "Budget",
    "Constitution",
    "Internet",
    "God",
    "Islam",
    "Muslim",
    "Muslims",
    "Christian",
    "Christians",
    "Catholic",
    "Parlement",
    "Sénat",
    "Assemblée",
    "Armée",
    "Justice",
    "Affairs",
    "Health",
    "Education",
    "Security",
    "Finance",
    "Foreign",
    "Defence",
    "Defense",
    "Interior",
    "République",
    "Défense",
    "Intérieur",
    "Nations",
    "Haut-Commissariat",
    "ONG",
    "NGO",
    "Société",
    "Sécurité",
    "Santé",
    "Affaires",
    "Etats",
    "États",
    "Unis",
    "Ministère",
    "Premier",
    "Dieu",
    "Islam",
    "Occident",
    "West",
    "Arab",
    "Arabs",
    "Arabic",
    "Latin",
    "Islamic",
    "Jewish",
    "Hindu",
    "Buddhist",
    "Nordic",
    "Scandinavian",
    "Balkan",
    "Baltic",
    "Slavic",
    "Atlantic",
    "Mediterranean",
    "Caribbean",
    "Pacific",
    "Korea",
    "Korean",
    "Koreans",
    "Arabe",
    "Arabes",
    "Africain",
    "Africains",
    "Européen",
    "Européens",
    "Occidental",
    "Occidentaux",
    "Ministers",
    "Heads",
    "Members",
    "Delegation",
    "Delegations",
    "Representatives",
    "PV",
    "Add",
    "Corr",
    "Rev",
    "Res",
    "Resolution",
    "Resolutions",
    "Grenadines",
];

/// Words right before a name that say it is a place ("in Spanish Town", "à Goma").
const PLACE_WORDS: &[&str] =
    &["in", "at", "near", "outside", "across", "around", "throughout", "towards", "à", "dans", "près", "vers", "en"];

/// Last or any word of a name that types it, with the kind it suggests (English and French).
pub const KIND_WORDS: &[(&str, super::CandidateKind)] = {
    use super::CandidateKind::{ArmedGroup, Company, Organisation, Party};
    &[
        ("Party", Party),
        ("Front", Party),
        ("Movement", Party),
        ("Rally", Party),
        ("Union", Party),
        ("Alliance", Party),
        ("Congress", Party),
        ("Democrats", Party),
        ("Coalition", Party),
        ("League", Party),
        ("Parti", Party),
        ("Rassemblement", Party),
        ("Mouvement", Party),
        ("Convention", Party),
        ("Alliance", Party),
        ("Army", ArmedGroup),
        ("Forces", ArmedGroup),
        ("Brigade", ArmedGroup),
        ("Brigades", ArmedGroup),
        ("Battalion", ArmedGroup),
        ("Militia", ArmedGroup),
        ("Liberation", ArmedGroup),
        ("Rebels", ArmedGroup),
        ("Guard", ArmedGroup),
        ("Armée", ArmedGroup),
        ("Milice", ArmedGroup),
        ("Libération", ArmedGroup),
        ("Bataillon", ArmedGroup),
        ("gang", ArmedGroup),
        ("gangs", ArmedGroup),
        ("militia", ArmedGroup),
        ("cartel", ArmedGroup),
        ("clan", ArmedGroup),
        ("brigade", ArmedGroup),
        ("milice", ArmedGroup),
        ("Ltd", Company),
        ("Limited", Company),
        ("Inc", Company),
        ("SA", Company),
        ("SARL", Company),
        ("PLC", Company),
        ("Plc", Company),
        ("GmbH", Company),
        ("Group", Company),
        ("Corp", Company),
        ("Corporation", Company),
        ("Company", Company),
        ("Holdings", Company),
        ("Mining", Company),
        ("Groupe", Company),
        ("Ministry", Organisation),
        ("Council", Organisation),
        ("Pact", Organisation),
        ("Commission", Organisation),
        ("Bank", Organisation),
        ("Agency", Organisation),
        ("Committee", Organisation),
        ("Authority", Organisation),
        ("Court", Organisation),
        ("University", Organisation),
        ("Institute", Organisation),
        ("Foundation", Organisation),
        ("Association", Organisation),
        ("Federation", Organisation),
        ("Ministère", Organisation),
        ("Conseil", Organisation),
        ("Banque", Organisation),
        ("Agence", Organisation),
        ("Cour", Organisation),
        ("Comité", Organisation),
        ("Office", Organisation),
        ("Service", Organisation),
        ("Police", Organisation),
        ("Assembly", Organisation),
        ("Assemblée", Organisation),
        ("Tribunal", Organisation),
        ("Church", Organisation),
        ("Église", Organisation),
        ("Fund", Organisation),
        ("Fonds", Organisation),
        ("Research", Organisation),
        ("Centre", Organisation),
        ("Center", Organisation),
        ("Network", Organisation),
        ("Watch", Organisation),
        ("Trust", Organisation),
        ("Society", Organisation),
        ("Times", Organisation),
        ("Post", Organisation),
        ("Gazette", Organisation),
        ("Observer", Organisation),
        ("Radio", Organisation),
        ("Television", Organisation),
        ("TV", Organisation),
        ("Observatoire", Organisation),
        ("Syndicat", Organisation),
        ("Union", Party),
    ]
};

/// Whether a capitalised word is a title.
pub fn is_title(word: &str) -> bool {
    static SET: WordSet = WordSet::new();
    SET.contains(&[TITLES], word.trim_end_matches('.'))
}

/// A monarch's title: the name after it alone is a first name.
pub fn is_royal_title(word: &str) -> bool {
    matches!(
        word,
        "King" | "Queen" | "Emir" | "Sultan" | "Sheikh" | "Prince" | "Princess" | "Roi" | "Reine" | "Émir" | "Cheikh"
    )
}

/// Whether a lower-case word is a title before a name ("the president X").
pub fn is_lower_title(word: &str) -> bool {
    static SET: WordSet = WordSet::new();
    SET.contains(&[LOWER_TITLES], word)
}

/// Whether a word is a month, a weekday or a feast.
pub fn is_calendar(word: &str) -> bool {
    crate::core::dates::is_calendar_name(word) || FEASTS.contains(&word)
}

/// Whether a capitalised word is never a name alone.
pub fn is_never_a_name(word: &str) -> bool {
    static SET: WordSet = WordSet::new();
    SET.contains(&[NEVER_NAMES], word)
}

/// First and last words that make a name a place's ("St Andrew", "Port Louis", "Old Harbour Bay", "Clarendon
/// North Central").
const PLACE_FIRST: &[&str] = &[
    "St", "Ste", "Saint", "Sainte", "San", "Santa", "Mount", "Mont", "Lake", "Lac", "Port", "Fort", "Cape", "Cap",
    "Gulf", "Golfe",
];
const PLACE_LAST: &[&str] = &[
    "Bay",
    "River",
    "Valley",
    "Province",
    "Region",
    "District",
    "County",
    "Parish",
    "Street",
    "Road",
    "Avenue",
    "Square",
    "Airport",
    "Stadium",
    "Park",
    "Bridge",
    "Island",
    "Islands",
    "Mountains",
    "Hills",
    "Rural",
    "Urban",
    "Central",
    "North",
    "South",
    "East",
    "West",
    "City",
    "Town",
    "Village",
    "Camp",
    "Plain",
    "Plateau",
    "Desert",
    "Coast",
    "Highlands",
    "Lowlands",
    "Peninsula",
    "Rue",
    "Boulevard",
    "Place",
    "Aéroport",
    "Stade",
    "Vallée",
    "Province",
    "Territoire",
    "Quartier",
    "Camp",
];

/// Whether a name's first or last word makes it a place's.
pub fn looks_like_a_place(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or("");
    let last = words.next_back().unwrap_or("");
    PLACE_FIRST.contains(&first.trim_end_matches('.')) || (!last.is_empty() && PLACE_LAST.contains(&last))
}

/// Whether a lower-case word before a name says it is a place.
pub fn is_place_word(word: &str) -> bool {
    static SET: WordSet = WordSet::new();
    SET.contains(&[PLACE_WORDS], word)
}

/// Particles inside people's names ("de Gaulle", "von der Leyen", "bin Laden").
const PARTICLES: &[&str] = &[
    "de", "du", "des", "la", "le", "von", "van", "der", "den", "bin", "ibn", "da", "di", "dos", "do", "y", "d'", "l'",
];

/// Words of institutions that "of the" may follow inside a name ("Chamber of Commerce").
const INSTITUTIONS: &[&str] = &[
    "Chamber",
    "Department",
    "Board",
    "Friends",
    "Order",
    "Office",
    "Bureau",
    "Republic",
    "Kingdom",
    "Organization",
    "Organisation",
    "Community",
    "Conference",
    "Confederation",
    "School",
    "Academy",
    "Museum",
    "Hospital",
    "Sisters",
    "Brothers",
    "Sons",
    "Daughters",
    "People's",
    "Peoples",
    "Coalition",
    "Secretariat",
    "Division",
    "Directorate",
    "Corps",
    "Front",
    "Mouvement",
    "Rassemblement",
    "Organisation",
    "Collectif",
    "Coordination",
];

/// Whether a lower-case word is a particle of a person's name.
pub fn is_particle(word: &str) -> bool {
    static SET: WordSet = WordSet::new();
    SET.contains(&[PARTICLES], word)
}

/// Whether a lower-case word is a kind word written small ("group", "party", "movement").
pub fn is_lower_case_kind_word(word: &str) -> bool {
    static SET: OnceLock<foldhash::HashSet<String>> = OnceLock::new();
    let set = SET.get_or_init(|| KIND_WORDS.iter().map(|(word, _)| word.to_lowercase()).collect());
    word.len() <= 12 && word.starts_with(|c: char| c.is_ascii_lowercase()) && set.contains(word)
}

/// Whether a capitalised word heads an institution's name, so that "of" or "the" may follow inside it.
pub fn is_institution(word: &str) -> bool {
    static SET: WordSet = WordSet::new();
    static KINDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let kinds = KINDS.get_or_init(|| KIND_WORDS.iter().map(|(word, _)| *word).collect());
    SET.contains(&[INSTITUTIONS, NEVER_NAMES, kinds], word)
}

/// Whether a word is a connector inside a name.
pub fn is_connector(word: &str) -> bool {
    static SET: WordSet = WordSet::new();
    SET.contains(&[CONNECTORS], word)
}

/// Given names (lower-cased), to tell a person's name.
pub fn is_given_name(word: &str) -> bool {
    static NAMES: OnceLock<foldhash::HashSet<String>> = OnceLock::new();
    NAMES.get_or_init(|| lines(include_str!("../../../assets/names/first_names.txt"))).contains(&word.to_lowercase())
}

/// Places (lower-cased): cities, regions, seas and the like, never candidates.
pub fn is_place(name: &str) -> bool {
    static PLACES: OnceLock<foldhash::HashSet<String>> = OnceLock::new();
    PLACES.get_or_init(|| lines(include_str!("../../../assets/names/places.txt"))).contains(&name.to_lowercase())
}

/// Common words of English and French (lower-cased): a name made only of them is a phrase, not an actor
/// ("Member States", "Second World War").
pub fn is_common_word(word: &str) -> bool {
    static WORDS: OnceLock<foldhash::HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| lines(include_str!("../../../assets/names/common_words.txt"))).contains(&word.to_lowercase())
}

/// The non-comment lines of a list, lower-cased.
fn lines(text: &str) -> foldhash::HashSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
}
