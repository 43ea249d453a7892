//! What stored data is, in a few bytes, so a later run can tell whether it
//! changed ([`crate::freshness`]): a digest of a table's committed files, and
//! a local file's size and time.

use std::path::Path;

use super::FileEntry;

/// What a local file is now (size and modification time), to tell later
/// whether it was written again; None when it cannot be read.
pub fn local_stamp(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    Some(format!("{} {modified}", meta.len()))
}

/// A digest of committed files (paths, rows and sizes, in the order
/// given): two lists with the same digest name the same data, since a data
/// file's name is never reused.
pub fn files_digest(files: &[FileEntry]) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    for f in files {
        hash.update(f.path.as_bytes());
        hash.update([0]);
        hash.update(f.rows.to_le_bytes());
        hash.update(f.bytes.to_le_bytes());
    }
    hex::encode(hash.finalize())
}
