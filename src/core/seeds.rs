//! The five seed articles on Niger after the 26 July 2023 coup, compiled into the binary so the app shows them
//! wherever it is started from.

use crate::core::document::{Document, Format, Source};
use crate::core::language;
use crate::core::readers::document_from_text;

/// The seed files: name and text, in order.
const SEEDS: [(&str, &str); 5] = [
    ("000_788a9a0fd5147160.txt", include_str!("../../seeds/000_788a9a0fd5147160.txt")),
    ("001_57cecb3bfc805920.txt", include_str!("../../seeds/001_57cecb3bfc805920.txt")),
    ("002_d3d34ec321271c43.txt", include_str!("../../seeds/002_d3d34ec321271c43.txt")),
    ("003_18f6e1c47d2d5cd7.txt", include_str!("../../seeds/003_18f6e1c47d2d5cd7.txt")),
    ("004_5d6d183cd6ab33b9.txt", include_str!("../../seeds/004_5d6d183cd6ab33b9.txt")),
];

/// The name shown for the embedded corpus.
pub const SEED_CORPUS_NAME: &str = "Niger after the coup (embedded seeds)";

/// The seed articles as documents.
pub fn seed_documents() -> Vec<Document> {
    let mut documents: Vec<Document> = SEEDS
        .iter()
        .map(|(name, text)| {
            document_from_text((*text).to_owned(), Source::Embedded((*name).to_owned()), Format::Text, Some(name))
        })
        .collect();
    language::fill_missing(&mut documents);
    documents
}
