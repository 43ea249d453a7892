//! Finds the messages of a Maildir: `cur/` and `new/` of the root (folder
//! `INBOX`) and of every Maildir++ subfolder (`.Sent`, `.Work.Jobs`, shown as
//! `Sent`, `Work/Jobs`). `tmp/` holds deliveries in progress and is skipped.
//! Files are listed in name order, so every run sees them in the same order.
//! [`message_key`] names a message whatever its flags, so ingest reads only
//! files whose message it has not stored.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::error::{Result, StageError};

/// One message file of a Maildir.
#[derive(Debug, Clone)]
pub struct MaildirEntry {
    pub path: PathBuf,
    /// Path relative to the Maildir root, `/`-separated.
    pub rel: String,
    pub folder: String,
    /// The delivery time at the start of the file name, when present.
    pub delivered: Option<DateTime<Utc>>,
}

/// What names one message of a Maildir for good, from its path relative to
/// the root: its folder and the unique part of its file name. A client
/// moves a file from `new/` to `cur/` and appends flags after `:` as the
/// message is read, so neither counts.
pub fn message_key(rel: &str) -> String {
    let (dir, name) = rel.rsplit_once('/').unwrap_or(("", rel));
    let folder = dir
        .strip_suffix("cur")
        .or_else(|| dir.strip_suffix("new"))
        .unwrap_or(dir);
    let unique = name.split(':').next().unwrap_or(name);
    format!("{folder}{unique}")
}

fn is_maildir(dir: &Path) -> bool {
    dir.join("cur").is_dir() || dir.join("new").is_dir()
}

/// Lists every message file under the Maildir at `root`.
pub fn list(root: &Path) -> Result<Vec<MaildirEntry>> {
    let meta = std::fs::metadata(root).map_err(|source| StageError::Input {
        path: root.to_path_buf(),
        source,
    })?;
    if !meta.is_dir() || !is_maildir(root) {
        return Err(StageError::BadSource {
            path: root.to_path_buf(),
            kind: "maildir",
            reason: "it has no cur/ or new/ folder".into(),
        });
    }
    let mut folders = vec![(root.to_path_buf(), "INBOX".to_string())];
    let read = std::fs::read_dir(root).map_err(|source| StageError::Input {
        path: root.to_path_buf(),
        source,
    })?;
    let mut subs: Vec<(PathBuf, String)> = read
        .filter_map(std::result::Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            let path = e.path();
            (name.starts_with('.') && name.len() > 1 && path.is_dir() && is_maildir(&path))
                .then(|| (path, name[1..].replace('.', "/")))
        })
        .collect();
    subs.sort();
    folders.extend(subs);
    let mut out = Vec::new();
    for (dir, folder) in folders {
        for sub in ["cur", "new"] {
            let d = dir.join(sub);
            let Ok(entries) = std::fs::read_dir(&d) else {
                continue;
            };
            let mut files: Vec<PathBuf> = entries
                .filter_map(std::result::Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect();
            files.sort();
            for path in files {
                let rel = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                let delivered = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .and_then(|n| n.split('.').next())
                    .and_then(|secs| secs.parse::<i64>().ok())
                    .and_then(|secs| DateTime::from_timestamp(secs, 0));
                out.push(MaildirEntry {
                    path,
                    rel,
                    folder: folder.clone(),
                    delivered,
                });
            }
        }
    }
    Ok(out)
}

/// Lists the `.eml` files under `root`, recursively, in path order.
pub fn list_eml(root: &Path) -> Result<Vec<(PathBuf, String)>> {
    let meta = std::fs::metadata(root).map_err(|source| StageError::Input {
        path: root.to_path_buf(),
        source,
    })?;
    if !meta.is_dir() {
        return Err(StageError::BadSource {
            path: root.to_path_buf(),
            kind: "eml",
            reason: "it is not a folder of .eml files".into(),
        });
    }
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|source| StageError::Input {
            path: dir.clone(),
            source,
        })?;
        for e in entries.filter_map(std::result::Result::ok) {
            let path = e.path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("eml"))
            {
                let rel = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((path, rel));
            }
        }
    }
    out.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_keeps_its_key_across_cur_new_and_flags() {
        assert_eq!(message_key("new/17.M1.host"), "17.M1.host");
        assert_eq!(message_key("cur/17.M1.host:2,S"), "17.M1.host");
        assert_eq!(message_key(".Jobs/cur/17.M1.host:2,RS"), ".Jobs/17.M1.host");
        assert_ne!(
            message_key(".Jobs/cur/17.M1.host"),
            message_key("cur/17.M1.host")
        );
    }
}
