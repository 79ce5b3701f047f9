//! A search index saved to a folder and read back, so a corpus opened before needs no indexing.

use std::path::Path;

use tantivy::directory::{Directory as _, INDEX_WRITER_LOCK, META_LOCK, MmapDirectory, RamDirectory};
use tantivy::{Index, TantivyError};

use super::{SearchError, SearchIndex};

impl SearchIndex {
    /// Writes what the index has committed into `folder`, which must exist and be empty.
    pub fn save(&self, folder: &Path) -> Result<(), SearchError> {
        let target = MmapDirectory::open(folder).map_err(TantivyError::from)?;
        self.files.persist(&target)?;
        // The writer's locks are files of the in-memory index too; a saved one holds no lock.
        for lock in [&INDEX_WRITER_LOCK.filepath, &META_LOCK.filepath] {
            match std::fs::remove_file(folder.join(lock)) {
                Err(error) if error.kind() != std::io::ErrorKind::NotFound => return Err(error.into()),
                _ => {}
            }
        }
        Ok(())
    }

    /// An index saved by [`SearchIndex::save`], read back into memory (the folder is left as it was, so later
    /// additions do not change it).
    pub fn open_saved(folder: &Path) -> Result<Self, SearchError> {
        let files = RamDirectory::create();
        for entry in std::fs::read_dir(folder)? {
            let entry = entry?;
            if entry.file_type()?.is_file() {
                let bytes = std::fs::read(entry.path())?;
                files.atomic_write(Path::new(&entry.file_name()), &bytes)?;
            }
        }
        let index = Index::open(files.clone())?;
        Self::over(index, files)
    }
}
