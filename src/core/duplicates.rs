//! The same article twice — copied into two folders, saved twice — is counted once: documents whose text is
//! the same as one already in the corpus (letter case and spacing aside) are left out and reported.

use std::collections::HashMap;
use std::hash::Hasher;
use std::path::PathBuf;

use rayon::prelude::*;

use crate::core::document::Document;
use crate::core::readers::{Outcome, Problem};

/// The texts a corpus holds, by fingerprint, with the label of the document that brought each.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Fingerprints(HashMap<u64, String>);

impl Fingerprints {
    /// Keeps the documents whose text is new (to the corpus and to the others kept) and remembers them; each
    /// one left out becomes a "duplicate" problem naming the document it repeats.
    pub fn keep_new(&mut self, documents: Vec<Document>) -> (Vec<Document>, Vec<Problem>) {
        let prints: Vec<u64> = documents.par_iter().map(|document| fingerprint(&document.text)).collect();
        let mut kept = Vec::with_capacity(documents.len());
        let mut duplicates = Vec::new();
        for (document, print) in documents.into_iter().zip(prints) {
            let label = document.source.label();
            match self.0.get(&print) {
                Some(first) => duplicates.push(Problem::new(
                    PathBuf::from(&label),
                    Outcome::Duplicate,
                    format!("same text as {first}, counted once"),
                )),
                None => {
                    self.0.insert(print, label);
                    kept.push(document);
                }
            }
        }
        (kept, duplicates)
    }
}

/// A hash of the text with letter case and runs of spaces and line breaks ironed out: the text with its ASCII
/// letters lowercased and each run of ASCII white space made one space, hashed a few kilobytes at a time (the
/// hasher streams, so where the chunks are cut does not change the hash).
fn fingerprint(text: &str) -> u64 {
    const CHUNK: usize = 16 * 1024;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    let mut ironed: Vec<u8> = Vec::with_capacity(CHUNK + 1);
    let mut space_pending = false;
    for byte in text.trim().bytes() {
        if byte.is_ascii_whitespace() {
            space_pending = true;
            continue;
        }
        if space_pending {
            ironed.push(b' ');
            space_pending = false;
        }
        ironed.push(byte.to_ascii_lowercase());
        if ironed.len() >= CHUNK {
            hasher.write(&ironed);
            ironed.clear();
        }
    }
    hasher.write(&ironed);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::fingerprint;

    #[test]
    fn case_and_spacing_do_not_make_a_new_text() {
        let saved = "Niger's junta\r\n  expelled the French ambassador.\n";
        assert_eq!(fingerprint(saved), fingerprint("niger's JUNTA expelled the french ambassador."));
    }

    #[test]
    fn another_word_makes_a_new_text() {
        assert_ne!(fingerprint("The junta expelled the ambassador."), fingerprint("The junta kept the ambassador."));
        assert_ne!(fingerprint("Niger coup"), fingerprint("Nigercoup"));
    }
}
