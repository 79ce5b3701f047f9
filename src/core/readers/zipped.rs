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

/// Why a ZIP container or one of its entries could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ZipError {
    /// The bytes are not a ZIP file.
    #[error("not a readable ZIP file ({0})")]
    NotZip(zip::result::ZipError),
    /// More entries than geodash opens.
    #[error("{0} entries in the archive; the limit is {MAX_ENTRIES}")]
    TooManyEntries(usize),
    /// A part the format needs is not in the container.
    #[error("{0} is missing")]
    Missing(String),
    /// The entry is encrypted.
    #[error("encrypted: geodash cannot read password-protected entries")]
    Encrypted,
    /// The entry unpacks to far more than it weighs.
    #[error("unpacks to {0}× its packed size: refused as a possible zip bomb")]
    Ratio(u64),
    /// The entry says it unpacks to more than the limit.
    #[error("unpacks to {size_mb} MB, over the limit ({limit_mb} MB)")]
    TooLarge {
        /// Its size in MB.
        size_mb: u64,
        /// The limit in MB.
        limit_mb: u64,
    },
    /// The entry unpacked past the limit its header hid.
    #[error("unpacks to more than {0} MB: refused as a possible zip bomb")]
    Overflow(u64),
    /// Unpacking failed.
    #[error("cannot be unpacked ({0})")]
    Unpack(String),
}

/// An opened ZIP container in memory, with the bytes read from it so far.
pub struct Zipped<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    unpacked: u64,
}

impl<'a> Zipped<'a> {
    /// Opens a ZIP container, or says why it is not one.
    pub fn open(bytes: &'a [u8]) -> Result<Self, ZipError> {
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(ZipError::NotZip)?;
        if archive.len() > MAX_ENTRIES {
            return Err(ZipError::TooManyEntries(archive.len()));
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
    pub fn read_named(&mut self, name: &str) -> Result<Vec<u8>, ZipError> {
        let index = self.archive.index_for_name(name).ok_or_else(|| ZipError::Missing(name.to_owned()))?;
        self.read(index)
    }

    /// The bytes of entry `index`, within the limits.
    pub fn read(&mut self, index: usize) -> Result<Vec<u8>, ZipError> {
        let budget = MAX_ENTRY_BYTES.min(MAX_ARCHIVE_BYTES.saturating_sub(self.unpacked));
        let mut file = self.archive.by_index(index).map_err(|error| entry_error(&error))?;
        let (size, packed) = (file.size(), file.compressed_size().max(1));
        if size > 1024 * 1024 && size / packed > MAX_RATIO {
            return Err(ZipError::Ratio(size / packed));
        }
        if size > budget {
            return Err(ZipError::TooLarge { size_mb: size >> 20, limit_mb: budget >> 20 });
        }
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        // The header's size may lie: read one byte past the budget to notice.
        let read = file.by_ref().take(budget + 1).read_to_end(&mut bytes);
        read.map_err(|error| ZipError::Unpack(error.to_string()))?;
        self.unpacked += bytes.len() as u64;
        if bytes.len() as u64 > budget {
            return Err(ZipError::Overflow(budget >> 20));
        }
        Ok(bytes)
    }
}

fn entry_error(error: &zip::result::ZipError) -> ZipError {
    match error {
        zip::result::ZipError::UnsupportedArchive(what) if *what == zip::result::ZipError::PASSWORD_REQUIRED => {
            ZipError::Encrypted
        }
        _ => ZipError::Unpack(error.to_string()),
    }
}
