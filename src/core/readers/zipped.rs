//! Reading ZIP containers (archives, and the DOCX and ODT formats, which are ZIP files) within fixed limits, so
//! a zip bomb or a lying header can never fill the memory: each entry is read up to a size cap, entries that
//! unpack to far more than they weigh are refused, and so is an archive whose entries add up to too much.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::MAX_FILE_BYTES;

/// An entry may unpack to at most this many bytes.
pub const MAX_ENTRY_BYTES: u64 = MAX_FILE_BYTES;

/// All the entries read from one archive may unpack to at most this many bytes.
pub const MAX_ARCHIVE_BYTES: u64 = 1024 * 1024 * 1024;

/// An entry larger than 1 MiB unpacked may be at most this many times its packed size: text compresses about
/// 3–10×; zip bombs do by thousands.
pub const MAX_RATIO: u64 = 200;

/// An archive with more entries than this is refused.
pub const MAX_ENTRIES: usize = 100_000;

/// An opened ZIP container in memory, with the bytes read from it so far.
pub struct Zipped<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    unpacked: u64,
}

impl<'a> Zipped<'a> {
    /// Opens a ZIP container, or says why it is not one.
    pub fn open(bytes: &'a [u8]) -> Result<Self, String> {
        let archive =
            ZipArchive::new(Cursor::new(bytes)).map_err(|error| format!("not a readable ZIP file ({error})"))?;
        if archive.len() > MAX_ENTRIES {
            return Err(format!("{} entries in the archive; the limit is {MAX_ENTRIES}", archive.len()));
        }
        Ok(Self { archive, unpacked: 0 })
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.archive.len()
    }

    /// The name of entry `index`, if it is a file (not a folder).
    pub fn file_name(&mut self, index: usize) -> Option<String> {
        let file = self.archive.by_index_raw(index).ok()?;
        (!file.is_dir()).then(|| file.name().ok().map(|name| name.into_owned())).flatten()
    }

    /// The bytes of the entry called `name`.
    pub fn read_named(&mut self, name: &str) -> Result<Vec<u8>, String> {
        let index = self.archive.index_for_name(name).ok_or_else(|| format!("{name} is missing"))?;
        self.read(index)
    }

    /// The bytes of entry `index`, within the limits.
    pub fn read(&mut self, index: usize) -> Result<Vec<u8>, String> {
        let budget = MAX_ENTRY_BYTES.min(MAX_ARCHIVE_BYTES.saturating_sub(self.unpacked));
        let mut file = self.archive.by_index(index).map_err(|error| entry_error(&error))?;
        let (size, packed) = (file.size(), file.compressed_size().max(1));
        if size > 1024 * 1024 && size / packed > MAX_RATIO {
            return Err(format!("unpacks to {}× its packed size: refused as a possible zip bomb", size / packed));
        }
        if size > budget {
            return Err(format!("unpacks to {} MB, over the limit ({} MB)", size >> 20, budget >> 20));
        }
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        // The header's size may lie: read one byte past the budget to notice.
        let read = file.by_ref().take(budget + 1).read_to_end(&mut bytes);
        read.map_err(|error| format!("cannot be unpacked ({error})"))?;
        self.unpacked += bytes.len() as u64;
        if bytes.len() as u64 > budget {
            return Err(format!("unpacks to more than {} MB: refused as a possible zip bomb", budget >> 20));
        }
        Ok(bytes)
    }
}

fn entry_error(error: &zip::result::ZipError) -> String {
    match error {
        zip::result::ZipError::UnsupportedArchive(what) if *what == zip::result::ZipError::PASSWORD_REQUIRED => {
            "encrypted: geodash cannot read password-protected entries".to_owned()
        }
        _ => format!("cannot be unpacked ({error})"),
    }
}
