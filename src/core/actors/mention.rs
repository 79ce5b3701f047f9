//! What the matcher gives back: one mention of an actor in a text.

use std::ops::Range;

/// One mention of an actor in a text.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Mention {
    /// The actor's index in the dictionary.
    pub actor: usize,
    /// The byte span of the matched words in the text.
    pub span: Range<usize>,
    /// The alias (or title), as the dictionary writes it, that matched.
    pub alias: u32,
    /// False when the alias is ambiguous or guarded and its sentence does not support it: shown, flagged, not
    /// counted.
    pub counted: bool,
    /// True when an office's title beside a state named the person ("the Russian president"): counted for the
    /// holder on the text's date.
    pub by_title: bool,
}
