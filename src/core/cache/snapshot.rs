//! A corpus's documents, analyses and load report in a compact binary form (postcard): a header file and the
//! documents in chunks of [`CHUNK`], written and read back in parallel, each chunk mapped from the page cache
//! rather than copied.

use std::io::{BufWriter, Write as _};
use std::path::Path;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use tantivy::directory::{Directory as _, MmapDirectory};

use super::CacheError;
use crate::core::corpus::{Analysis, Corpus};
use crate::core::document::Document;
use crate::core::duplicates::Fingerprints;
use crate::core::readers::Problem;

/// Documents in one chunk file.
const CHUNK: usize = 1024;
/// The header's file name.
const HEADER: &str = "corpus.bin";

/// What is saved of a corpus besides its documents and search index.
#[derive(Serialize, Deserialize)]
struct Header {
    name: String,
    /// The key of the dictionary the mentions were found with.
    dictionary: u64,
    documents: usize,
    fingerprints: Fingerprints,
    problems: Vec<Problem>,
}

/// What is read back.
pub struct Snapshot {
    /// The corpus name.
    pub name: String,
    /// The key of the dictionary the analyses' mentions were found with.
    pub dictionary: u64,
    /// The documents.
    pub documents: Vec<Document>,
    /// Their analyses, at the same index.
    pub analyses: Vec<Analysis>,
    /// The texts the corpus holds.
    pub fingerprints: Fingerprints,
    /// The files that did not load when it was built.
    pub problems: Vec<Problem>,
}

fn chunk_name(number: usize) -> String {
    format!("documents-{number}.bin")
}

/// Writes the corpus and its load report into `folder`.
pub fn write(folder: &Path, corpus: &Corpus, problems: &[Problem]) -> Result<(), CacheError> {
    let count = corpus.documents.len();
    let header = Header {
        name: corpus.name.clone(),
        dictionary: corpus.dictionary.key,
        documents: count,
        fingerprints: corpus.fingerprints().clone(),
        problems: problems.to_vec(),
    };
    write_file(&folder.join(HEADER), &header)?;
    (0..count.div_ceil(CHUNK)).into_par_iter().try_for_each(|number| {
        let range = number * CHUNK..((number + 1) * CHUNK).min(count);
        let chunk = (&corpus.documents[range.clone()], &corpus.analyses[range]);
        write_file(&folder.join(chunk_name(number)), &chunk)
    })
}

fn write_file(path: &Path, value: &impl Serialize) -> Result<(), CacheError> {
    let file = BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
    let mut file = postcard::to_io(value, file)?;
    file.flush()?;
    file.get_ref().sync_all()?;
    Ok(())
}

/// Reads what [`write`] wrote.
pub fn read(folder: &Path) -> Result<Snapshot, CacheError> {
    let files = MmapDirectory::open(folder).map_err(mapping)?;
    let bytes =
        |name: &str| -> Result<_, CacheError> { Ok(files.open_read(Path::new(name)).map_err(mapping)?.read_bytes()?) };
    let header: Header = postcard::from_bytes(&bytes(HEADER)?)?;
    let chunks: Vec<(Vec<Document>, Vec<Analysis>)> = (0..header.documents.div_ceil(CHUNK))
        .into_par_iter()
        .map(|number| Ok(postcard::from_bytes(&bytes(&chunk_name(number))?)?))
        .collect::<Result<_, CacheError>>()?;
    let (mut documents, mut analyses) = (Vec::with_capacity(header.documents), Vec::with_capacity(header.documents));
    for (chunk_documents, chunk_analyses) in chunks {
        documents.extend(chunk_documents);
        analyses.extend(chunk_analyses);
    }
    if documents.len() != header.documents || analyses.len() != header.documents {
        return Err(CacheError::Inconsistent("documents are missing"));
    }
    let Header { name, dictionary, fingerprints, problems, .. } = header;
    Ok(Snapshot { name, dictionary, documents, analyses, fingerprints, problems })
}

/// A file that could not be mapped: the saved corpus is read through tantivy's directory, like its index.
fn mapping(error: impl Into<tantivy::TantivyError>) -> CacheError {
    CacheError::Search(crate::core::search::SearchError::Index(error.into()))
}
