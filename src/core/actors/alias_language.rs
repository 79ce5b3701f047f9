//! The language an alias belongs to. Most names are written alike in every language ("Mali", "Niamey", "Côte
//! d'Ivoire", "Alliance des États du Sahel" quoted in an English report), and are read in every text. A French
//! exonym or demonym ("Allemagne", "chilien") is read only in French texts: in an English one "Grenade", "Suède"
//! (suede), "Chili" or "Maurice" are words or names of another sense. An English alias that is a French word
//! ("Poles", "Pôles") is read only in English texts.

/// Which texts an alias is read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AliasLanguage {
    /// Every text.
    Any,
    /// French texts, and texts whose language is not known.
    French,
    /// English texts, and texts whose language is not known.
    English,
}

impl AliasLanguage {
    /// Whether a text in `language` (ISO 639-3, `None` when not known) reads the alias: a text of unknown
    /// language reads every alias, as it did before languages were told.
    pub fn read_in(self, language: Option<&str>) -> bool {
        let own = match self {
            Self::Any => return true,
            Self::French => "fra",
            Self::English => "eng",
        };
        language.is_none_or(|language| language == own)
    }
}

#[cfg(test)]
mod tests {
    use super::AliasLanguage;

    #[test]
    fn a_french_alias_is_read_in_french_and_unknown_texts_only() {
        assert!(AliasLanguage::French.read_in(Some("fra")));
        assert!(AliasLanguage::French.read_in(None));
        assert!(!AliasLanguage::French.read_in(Some("eng")));
        assert!(!AliasLanguage::French.read_in(Some("spa")));
        assert!(!AliasLanguage::English.read_in(Some("fra")));
        assert!(AliasLanguage::Any.read_in(Some("deu")));
    }
}
