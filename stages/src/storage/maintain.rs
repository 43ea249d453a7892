//! `jobtrack maintain`: keeps a user's tables lean after months of nightly
//! increments. For each stage and table it compacts the stage's small files
//! into files of up to [`TARGET_BYTES`] (a Delta `OPTIMIZE` commit: the
//! same rows, `dataChange` false), checkpoints every table's log, and
//! deletes the files no version within the retention window needs.
//!
//! Compaction is ours, not `deltalake`'s `optimize` (which needs the
//! crate's `datafusion` feature and its protobuf build): it reads the small
//! files with the stage's own reader, writes them as one file checked
//! against the contract, and commits the swap through the stage's state, so
//! the stage remembers each old name's new one. A file is only merged once
//! every stage that consumes its table file by file has consumed it: the
//! merged file then counts as consumed, and nothing is handled twice or
//! skipped. Idempotent: a second run finds no small files left to merge.

use super::{DataRoot, FileEntry, Manifest, encode_parquet};
use crate::error::Result;

/// The size compaction makes files up to.
pub const TARGET_BYTES: u64 = 128 * 1024 * 1024;

/// Fewer small files than this in a stage's part of a table stay as they
/// are.
const MIN_FILES: usize = 4;

/// What one `maintain` did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Maintained {
    /// Files merged into bigger ones, and the bigger ones written.
    pub files_compacted: usize,
    pub files_written: usize,
    /// Tables whose log got a checkpoint.
    pub checkpoints: usize,
    /// Files deleted: removed longer ago than the retention window, or
    /// never committed.
    pub files_deleted: usize,
}

impl DataRoot {
    /// Compacts, checkpoints and vacuums `user_id`'s tables; files removed
    /// less than `retention_days` ago stay for the tables' earlier versions.
    /// The caller holds the user's lease.
    pub async fn maintain(&self, user_id: &str, retention_days: i64) -> Result<Maintained> {
        self.migrate(user_id).await?;
        let mut out = Maintained::default();
        let mut manifests = self.manifests(user_id).await?;
        for i in 0..manifests.len() {
            let tables: Vec<String> = manifests[i].outputs.keys().cloned().collect();
            let mut changed = false;
            for table in tables {
                let ready: Vec<FileEntry> = manifests[i]
                    .files(&table)
                    .iter()
                    .filter(|f| f.bytes < TARGET_BYTES)
                    .filter(|f| consumed_by_all(&manifests, &manifests[i], &table, &f.path))
                    .cloned()
                    .collect();
                if ready.len() < MIN_FILES {
                    continue;
                }
                for bin in bins(ready) {
                    let new = self.merge(&manifests[i], &table, &bin).await?;
                    let olds: Vec<String> = bin.iter().map(|f| f.path.clone()).collect();
                    manifests[i].replace_all(&table, &olds, new);
                    out.files_compacted += bin.len();
                    out.files_written += 1;
                    changed = true;
                }
            }
            if changed {
                self.commit_compaction(&mut manifests[i]).await?;
            }
        }
        let mut tables: Vec<&str> = crate::contract::tables()?;
        tables.push(super::ledger::STAGES_TABLE);
        for table in &tables {
            if self.lake.checkpoint(table).await? {
                out.checkpoints += 1;
            }
        }
        let retention = chrono::Duration::days(retention_days.max(0));
        for m in &manifests {
            let owned: Vec<&str> = tables.to_vec();
            out.files_deleted += self
                .vacuum_within(&m.stage, user_id, &owned, retention)
                .await?;
        }
        Ok(out)
    }

    /// Reads `bin`'s files of `table` and writes their rows as one file of
    /// the same stage.
    async fn merge(&self, m: &Manifest, table: &str, bin: &[FileEntry]) -> Result<FileEntry> {
        let contract = crate::contract::contract(table)?;
        let mut batches = Vec::new();
        for f in bin {
            batches.extend(self.read_file(table, &f.path, &[], 8192).await?);
        }
        let (bytes, rows) = encode_parquet(contract, &batches)?;
        self.put_table_file(contract, &m.stage, &m.user_id, bytes, rows)
            .await
    }
}

/// Whether every stage that consumes `table` file by file has consumed the
/// file `path` of `owner` (under this name or an earlier one).
fn consumed_by_all(manifests: &[Manifest], owner: &Manifest, table: &str, path: &str) -> bool {
    let prefix = format!("{table}/");
    manifests
        .iter()
        .filter(|m| m.consumed.iter().any(|c| c.starts_with(&prefix)))
        .all(|m| {
            m.consumed.contains(path) || m.consumed.iter().any(|c| owner.current_name(c) == path)
        })
}

/// Groups files into runs of up to [`TARGET_BYTES`], in path order; a run
/// of one file is left alone.
fn bins(files: Vec<FileEntry>) -> Vec<Vec<FileEntry>> {
    let mut out: Vec<Vec<FileEntry>> = Vec::new();
    let mut current: Vec<FileEntry> = Vec::new();
    let mut size = 0;
    for f in files {
        if !current.is_empty() && size + f.bytes > TARGET_BYTES {
            out.push(std::mem::take(&mut current));
            size = 0;
        }
        size += f.bytes;
        current.push(f);
    }
    out.push(current);
    out.retain(|b| b.len() > 1);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, bytes: u64) -> FileEntry {
        FileEntry {
            path: path.into(),
            rows: 1,
            bytes,
        }
    }

    #[test]
    fn files_are_binned_up_to_the_target_size() {
        let big = TARGET_BYTES / 2 + 1;
        let b = bins(vec![
            file("a", 10),
            file("b", 10),
            file("c", big),
            file("d", big),
        ]);
        assert_eq!(b.len(), 1);
        assert_eq!(
            b[0].iter().map(|f| f.path.as_str()).collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
    }

    #[test]
    fn a_file_some_consumer_has_not_read_is_not_merged() {
        let owner = Manifest {
            stage: "raw_messages".into(),
            ..Manifest::default()
        };
        let mut reader = Manifest {
            stage: "stg_emails".into(),
            ..Manifest::default()
        };
        reader
            .consumed
            .insert("raw_messages/user_id=u/part-raw_messages-a.parquet".into());
        let all = vec![owner.clone(), reader];
        assert!(consumed_by_all(
            &all,
            &owner,
            "raw_messages",
            "raw_messages/user_id=u/part-raw_messages-a.parquet"
        ));
        assert!(!consumed_by_all(
            &all,
            &owner,
            "raw_messages",
            "raw_messages/user_id=u/part-raw_messages-b.parquet"
        ));
    }
}
