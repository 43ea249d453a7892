//! An mbox file read from where the last run stopped. Mail clients and
//! exports add to an mbox at its end, so after reading a file to its end
//! ingest records a mark in the manifest's cursors (committed with the
//! run's last checkpoint): the offset it reached, the quoting variant, and
//! digests of the file's first and last 64 KiB before that offset. The
//! next run reads only what follows the mark when the file still starts
//! with the same bytes, still has the same bytes before the mark, and the
//! mark is at a line's end; a file that was rewritten, shortened or
//! replaced is read whole (what was stored is recognised by its id and
//! skipped, as before). So a nightly run over an unchanged 3 GB Takeout
//! export reads 128 KiB of it, not 3 GB.

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use sha2::{Digest, Sha256};

use super::mbox::{self, Variant};
use super::{AccountSource, Sink, TABLE};
use crate::error::{Result, StageError};

/// How many bytes at the file's start and before the mark are compared.
const CHECKED: u64 = 64 * 1024;

/// Where the last run stopped reading a file, and what the file held there.
#[derive(Debug, Clone, PartialEq)]
struct Mark {
    end: u64,
    variant: Variant,
    head: String,
    tail: String,
}

impl Mark {
    fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split(' ');
        let end = parts.next()?.parse().ok()?;
        let variant = match parts.next()? {
            "mboxo" => Variant::Mboxo,
            "mboxrd" => Variant::Mboxrd,
            _ => return None,
        };
        let head = parts.next()?.to_string();
        let tail = parts.next()?.to_string();
        Some(Self {
            end,
            variant,
            head,
            tail,
        })
    }

    fn render(&self) -> String {
        let variant = match self.variant {
            Variant::Mboxo => "mboxo",
            Variant::Mboxrd => "mboxrd",
        };
        format!("{} {variant} {} {}", self.end, self.head, self.tail)
    }

    /// The mark of `file` read to `end` as `variant`.
    fn of(file: &mut File, end: u64, variant: Variant) -> std::io::Result<Self> {
        Ok(Self {
            end,
            variant,
            head: digest(file, 0, end.min(CHECKED))?,
            tail: digest(file, end.saturating_sub(CHECKED), end)?,
        })
    }

    /// Whether `file`, `len` bytes long now, goes on from this mark: the
    /// mark is at a line's end, what follows starts with a `From ` line
    /// (after blank lines; not the rest of a message a client was still
    /// writing when the last run read it), and the bytes before are the same.
    fn continued_by(&self, file: &mut File, len: u64) -> std::io::Result<bool> {
        if self.end == 0 || len < self.end {
            return Ok(false);
        }
        let mut around = Vec::new();
        file.seek(SeekFrom::Start(self.end - 1))?;
        file.take(64).read_to_end(&mut around)?;
        let (last, next) = around.split_first().unwrap_or((&0, &[][..]));
        let next_line = next.trim_ascii_start();
        if *last != b'\n' || (len > self.end && !next_line.starts_with(b"From ")) {
            return Ok(false);
        }
        Ok(Self::of(file, self.end, self.variant)? == *self)
    }
}

/// The SHA-256 of `file`'s bytes from `from` to `to`, in hex.
fn digest(file: &mut File, from: u64, to: u64) -> std::io::Result<String> {
    file.seek(SeekFrom::Start(from))?;
    let mut bytes = Vec::new();
    file.take(to - from).read_to_end(&mut bytes)?;
    Ok(hex::encode(Sha256::digest(&bytes)))
}

impl Sink<'_> {
    /// Ingests the mbox file at `path`, from the last run's mark when the
    /// file goes on from it, else whole; then marks where it stopped.
    pub(super) fn ingest_mbox_file(&mut self, src: &AccountSource, path: &Path) -> Result<()> {
        let io = |source| StageError::Input {
            path: path.to_path_buf(),
            source,
        };
        let mut file = File::open(path).map_err(io)?;
        let meta = file.metadata().map_err(io)?;
        if meta.is_dir() {
            return Err(StageError::BadSource {
                path: path.to_path_buf(),
                kind: "mbox",
                reason: "it is a folder (use maildir:PATH or eml:DIR)".into(),
            });
        }
        let len = meta.len();
        let key = format!("mbox:{}:{}", src.account, path.display());
        let marked = self.checkpoint(&key)?.as_deref().and_then(Mark::parse);
        let start = match &marked {
            Some(m) if m.continued_by(&mut file, len).map_err(io)? => m.end,
            _ => 0,
        };
        self.ctx
            .progress
            .start(TABLE, &src.account, Some(len - start));
        if start == len {
            tracing::debug!(file = %path.display(), "Nothing new in the mbox since the last run.");
            return Ok(());
        }
        // Mboxrd quoting anywhere makes the whole file mboxrd; otherwise
        // look for it in what is left to read.
        let variant = match &marked {
            Some(m) if start > 0 && m.variant == Variant::Mboxrd => Variant::Mboxrd,
            _ => {
                file.seek(SeekFrom::Start(start)).map_err(io)?;
                mbox::detect_variant(BufReader::with_capacity(1 << 20, &file)).map_err(io)?
            }
        };
        file.seek(SeekFrom::Start(start)).map_err(io)?;
        let reader = BufReader::with_capacity(1 << 20, &file);
        let end = self.read_mbox(src, reader, start, variant, &path.display().to_string())?;
        let mark = Mark::of(&mut file, end, variant).map_err(io)?;
        if marked.as_ref() != Some(&mark) {
            self.cursor.insert(key, Some(mark.render()));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file_with(bytes: &[u8]) -> (tempfile::NamedTempFile, File) {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        std::io::Write::write_all(&mut f, bytes).unwrap();
        let file = File::open(f.path()).unwrap();
        (f, file)
    }

    #[test]
    fn a_mark_holds_while_the_file_only_grows_at_its_end() {
        let first = b"From a Mon Jan  1 00:00:00 2024\nSubject: 1\n\nhi\n\n";
        let (tmp, mut file) = file_with(first);
        let mark = Mark::of(&mut file, first.len() as u64, Variant::Mboxo).unwrap();
        assert_eq!(Mark::parse(&mark.render()), Some(mark.clone()));
        assert!(mark.continued_by(&mut file, first.len() as u64).unwrap());

        let mut grown = first.to_vec();
        grown.extend_from_slice(b"From b Mon Jan  1 00:00:00 2024\nSubject: 2\n\nyo\n");
        std::fs::write(tmp.path(), &grown).unwrap();
        let mut file = File::open(tmp.path()).unwrap();
        assert!(mark.continued_by(&mut file, grown.len() as u64).unwrap());

        // What follows the mark is not a new message (the rest of one a
        // client was still writing): read whole.
        let mut torn = first.to_vec();
        torn.extend_from_slice(b"more of the last message\n");
        std::fs::write(tmp.path(), &torn).unwrap();
        let mut file = File::open(tmp.path()).unwrap();
        assert!(!mark.continued_by(&mut file, torn.len() as u64).unwrap());

        // Rewritten before the mark, or shortened: read whole.
        let mut changed = grown.clone();
        changed[40] = b'X';
        std::fs::write(tmp.path(), &changed).unwrap();
        let mut file = File::open(tmp.path()).unwrap();
        assert!(!mark.continued_by(&mut file, changed.len() as u64).unwrap());
        std::fs::write(tmp.path(), &first[..20]).unwrap();
        let mut file = File::open(tmp.path()).unwrap();
        assert!(!mark.continued_by(&mut file, 20).unwrap());
        assert_eq!(Mark::parse("12 mboxq a b"), None);
    }
}
