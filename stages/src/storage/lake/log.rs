//! The files of a table's Delta log as files: finding a commit that is not
//! valid JSON (a run's error and `jobtrack doctor` name it) and setting a
//! log's last entries aside (`jobtrack doctor --repair`), so the table
//! loads again at the version before them. Nothing here parses actions:
//! that is `deltalake-core`'s.

use object_store::ObjectStoreExt as _;
use object_store::path::Path;

use super::Lake;
use crate::error::Result;

/// A log entry that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadEntry {
    pub url: String,
    pub version: u64,
    pub problem: String,
}

impl Lake {
    /// The object path of `table`'s log folder.
    fn log_dir(&self, table: &str) -> Path {
        Path::from_url_path(self.base.path())
            .unwrap_or_default()
            .join(table)
            .join("_delta_log")
    }

    /// The entries of `table`'s log folder, in name order.
    async fn log_entries(&self, table: &str) -> Result<Vec<Path>> {
        use futures::TryStreamExt as _;
        let dir = self.log_dir(table);
        let mut entries: Vec<_> = self
            .store
            .list(Some(&dir))
            .map_ok(|m| m.location)
            .try_collect()
            .await
            .map_err(|e| Self::error(table, e))?;
        entries.sort();
        Ok(entries)
    }

    /// The first commit of `table`'s log that is not a list of JSON
    /// actions (a truncated or overwritten entry), if any.
    pub async fn bad_entry(&self, table: &str) -> Result<Option<BadEntry>> {
        for path in self.log_entries(table).await? {
            let Some(version) = commit_version(&path) else {
                continue;
            };
            let bytes = match self.store.get(&path).await {
                Ok(got) => got.bytes().await.map_err(|e| Self::error(table, e))?,
                Err(e) => return Err(Self::error(table, e)),
            };
            if let Some(problem) = bad_actions(&bytes) {
                return Ok(Some(BadEntry {
                    url: self.url_of(&path),
                    version,
                    problem,
                }));
            }
        }
        Ok(None)
    }

    /// Moves the entries of `table`'s log from version `from` on (commits,
    /// checkpoints, checksums, and a `_last_checkpoint` naming one of
    /// them) under `aside`, a folder path of the root's store; returns the
    /// URLs moved. The table then ends at version `from - 1`.
    pub async fn set_aside(&self, table: &str, from: u64, aside: &Path) -> Result<Vec<String>> {
        let mut moved = Vec::new();
        for path in self.log_entries(table).await? {
            let name = path.filename().unwrap_or_default().to_string();
            let late = match name.as_str() {
                "_last_checkpoint" => self.last_checkpoint(&path).await >= Some(from),
                _ => leading_version(&name).is_some_and(|v| v >= from),
            };
            if !late {
                continue;
            }
            self.move_entry(table, &path, aside).await?;
            moved.push(self.url_of(&path));
        }
        self.forget(table);
        Ok(moved)
    }

    /// Moves the commit of version `version` of `table` (and its checksum)
    /// under `aside`, where a later checkpoint makes it needless.
    pub async fn set_aside_one(
        &self,
        table: &str,
        version: u64,
        aside: &Path,
    ) -> Result<Vec<String>> {
        let mut moved = Vec::new();
        for path in self.log_entries(table).await? {
            let name = path.filename().unwrap_or_default().to_string();
            if leading_version(&name) != Some(version) || name.contains(".checkpoint.") {
                continue;
            }
            self.move_entry(table, &path, aside).await?;
            moved.push(self.url_of(&path));
        }
        self.forget(table);
        Ok(moved)
    }

    async fn move_entry(&self, table: &str, path: &Path, aside: &Path) -> Result<()> {
        let name = path.filename().unwrap_or_default().to_string();
        let to = aside.clone().join(table).join("_delta_log").join(name);
        self.store
            .copy(path, &to)
            .await
            .map_err(|e| Self::error(table, e))?;
        self.store
            .delete(path)
            .await
            .map_err(|e| Self::error(table, e))
    }

    /// The version `_last_checkpoint` names, if it can be read.
    async fn last_checkpoint(&self, path: &Path) -> Option<u64> {
        let bytes = self.store.get(path).await.ok()?.bytes().await.ok()?;
        let value: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
        value.get("version")?.as_u64()
    }

    /// Drops the cached handle of `table`: the next read loads its log anew.
    pub fn forget(&self, table: &str) {
        let mut slots = self.slots.lock().unwrap_or_else(|p| p.into_inner());
        slots.remove(table);
    }

    fn url_of(&self, path: &Path) -> String {
        format!(
            "{}://{}/{path}",
            self.base.scheme(),
            self.base.host_str().unwrap_or("")
        )
    }
}

/// The version a log file's name starts with (`00000000000000000012.json`,
/// `…12.checkpoint.parquet`, `…12.crc`).
fn leading_version(name: &str) -> Option<u64> {
    let digits = name.get(..20)?;
    digits
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| digits.parse().ok())
        .flatten()
}

/// The version of a commit file (`<20 digits>.json`), or `None` for
/// anything else in the log folder.
fn commit_version(path: &Path) -> Option<u64> {
    let name = path.filename()?;
    (name.len() == 25 && name.ends_with(".json"))
        .then(|| leading_version(name))
        .flatten()
}

/// Why a commit file's bytes are no list of actions, if they are not: every
/// line a JSON object, at least one line.
fn bad_actions(bytes: &[u8]) -> Option<String> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Some("is not UTF-8 text".into());
    };
    let mut lines = 0;
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        lines += 1;
        match serde_json::from_str::<serde_json::Value>(line) {
            Ok(serde_json::Value::Object(_)) => {}
            Ok(_) => return Some(format!("line {} is no JSON object", i + 1)),
            Err(e) => return Some(format!("line {} is not JSON ({e})", i + 1)),
        }
    }
    (lines == 0).then(|| "is empty".to_string())
}
