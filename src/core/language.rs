//! The language a document is written in: as its metadata declares it ("Language: ENGLISH", "LA French",
//! `Langue : français`, "en"), else detected in its text by `whatlang` (trigram profiles of 69 languages).
//! Languages are kept as ISO 639-3 codes ("eng", "fra") and shown by their English names. Detection tells apart
//! the 19 languages news corpora come in most ([`LANGUAGES`]); metadata may name any.

use std::sync::LazyLock;

use whatlang::{Detector, Lang};

use crate::core::document::Document;

/// How much of a text the detector reads: the opening is enough (a few sentences), and long speeches stay cheap.
const SAMPLE_BYTES: usize = 600;

/// A text shorter than this (in bytes) is too short to tell its language reliably.
const SHORTEST_TEXT: usize = 40;

/// Names of languages as French metadata writes them, with their ISO 639-3 codes.
const FRENCH_NAMES: &[(&str, &str)] = &[
    ("français", "fra"),
    ("francais", "fra"),
    ("anglais", "eng"),
    ("arabe", "ara"),
    ("espagnol", "spa"),
    ("allemand", "deu"),
    ("russe", "rus"),
    ("portugais", "por"),
    ("italien", "ita"),
    ("chinois", "cmn"),
];

/// The ISO 639-3 code of a language as metadata names it: a code ("en", "eng", "fr-FR"), an English name in any
/// case ("ENGLISH", "French") or a French one ("français"). `None` for a name not known.
pub fn code_from_name(name: &str) -> Option<String> {
    let name = name.trim().to_lowercase();
    let primary = name.split(['-', '_', ' ', ',', ';']).next().unwrap_or(&name);
    if let Some(lang) = Lang::from_code(primary) {
        return Some(lang.code().to_owned());
    }
    if let Some(lang) = two_letter(primary) {
        return Some(lang.code().to_owned());
    }
    if let Some(lang) = Lang::all().iter().find(|lang| lang.eng_name().to_lowercase() == name) {
        return Some(lang.code().to_owned());
    }
    FRENCH_NAMES.iter().find(|(french, _)| *french == name).map(|(_, code)| (*code).to_owned())
}

/// The languages news corpora most often come in, by their ISO 639-1 codes.
fn two_letter(code: &str) -> Option<Lang> {
    let lang = match code {
        "en" => Lang::Eng,
        "fr" => Lang::Fra,
        "ar" => Lang::Ara,
        "es" => Lang::Spa,
        "de" => Lang::Deu,
        "ru" => Lang::Rus,
        "pt" => Lang::Por,
        "it" => Lang::Ita,
        "zh" => Lang::Cmn,
        "nl" => Lang::Nld,
        "tr" => Lang::Tur,
        "uk" => Lang::Ukr,
        _ => return None,
    };
    Some(lang)
}

/// The English name of a language code ("fra" → "French"); the code itself when it is not one whatlang knows.
pub fn name(code: &str) -> String {
    Lang::from_code(code).map_or_else(|| code.to_owned(), |lang| lang.eng_name().to_owned())
}

/// The languages told apart: those news corpora come in most. Each one more costs time on every document (the
/// detector scores every language of a script), and telling apart 69 took a second on the UN corpus.
const LANGUAGES: &[Lang] = &[
    Lang::Eng,
    Lang::Fra,
    Lang::Spa,
    Lang::Por,
    Lang::Deu,
    Lang::Ita,
    Lang::Nld,
    Lang::Pol,
    Lang::Tur,
    Lang::Swe,
    Lang::Rus,
    Lang::Ukr,
    Lang::Ara,
    Lang::Pes,
    Lang::Heb,
    Lang::Cmn,
    Lang::Jpn,
    Lang::Kor,
    Lang::Hin,
];

/// The language of a text, when it is long enough and the detector is confident.
pub fn detect(text: &str) -> Option<String> {
    static DETECTOR: LazyLock<Detector> = LazyLock::new(|| Detector::with_allowlist(LANGUAGES.to_vec()));
    if text.len() < SHORTEST_TEXT {
        return None;
    }
    let end = (0..=SAMPLE_BYTES.min(text.len())).rev().find(|&end| text.is_char_boundary(end)).unwrap_or(0);
    let info = DETECTOR.detect(&text[..end])?;
    info.is_reliable().then(|| info.lang().code().to_owned())
}

/// Detects the language of every document whose metadata does not declare one.
pub fn fill_missing(documents: &mut [Document]) {
    for document in documents.iter_mut().filter(|document| document.meta.language.is_none()) {
        document.meta.language = detect(&document.text);
    }
}

#[cfg(test)]
mod tests {
    use super::{code_from_name, detect, name};

    #[test]
    fn metadata_names_languages_in_many_ways() {
        for written in ["ENGLISH", "English", "en", "eng", "en-GB", "anglais"] {
            assert_eq!(code_from_name(written).as_deref(), Some("eng"), "{written}");
        }
        for written in ["French", "FRENCH", "fr", "fr-FR", "français", "Français"] {
            assert_eq!(code_from_name(written).as_deref(), Some("fra"), "{written}");
        }
        assert_eq!(code_from_name("Klingon"), None);
        assert_eq!(name("fra"), "French");
    }

    #[test]
    fn a_paragraph_is_told_by_its_words() {
        let english = "The junta that seized power in Niger in July asked the French ambassador to leave the country.";
        let french =
            "La junte qui a pris le pouvoir au Niger en juillet a demandé à l'ambassadeur de France de partir.";
        assert_eq!(detect(english).as_deref(), Some("eng"));
        assert_eq!(detect(french).as_deref(), Some("fra"));
        assert_eq!(detect("Niger, 2023"), None);
    }
}
