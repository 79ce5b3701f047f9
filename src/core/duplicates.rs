//! The same article twice — copied into two folders, saved twice — is counted once: documents whose text is
//! the same as one already in the corpus (letter case and spacing aside) are left out and reported.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;

use crate::core::document::Document;
use crate::core::readers::{Outcome, Problem};

/// The texts a corpus holds, by fingerprint, with the label of the document that brought each.
#[derive(Clone, Debug, Default)]
pub struct Fingerprints(HashMap<u64, String>);

impl Fingerprints {
    /// Keeps the documents whose text is new (to the corpus and to the others kept) and remembers them; each
    /// one left out becomes a "duplicate" problem naming the document it repeats.
    pub fn keep_new(&mut self, documents: Vec<Document>) -> (Vec<Document>, Vec<Problem>) {
        let mut kept = Vec::with_capacity(documents.len());
        let mut duplicates = Vec::new();
        for document in documents {
            let label = document.source.label();
            match self.0.get(&fingerprint(&document.text)) {
                Some(first) => duplicates.push(Problem {
                    path: PathBuf::from(&label),
                    outcome: Outcome::Duplicate,
                    reason: format!("same text as {first}, counted once"),
                }),
                None => {
                    self.0.insert(fingerprint(&document.text), label);
                    kept.push(document);
                }
            }
        }
        (kept, duplicates)
    }
}

/// A hash of the text with letter case and runs of spaces and line breaks ironed out.
fn fingerprint(text: &str) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for word in text.split_whitespace() {
        for c in word.chars().flat_map(char::to_lowercase) {
            c.hash(&mut hasher);
        }
        ' '.hash(&mut hasher);
    }
    hasher.finish()
}
