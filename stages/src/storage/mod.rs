//! The data root: where tables live on an `object_store`, and how a write
//! becomes visible in one step.
//!
//! Layout under the root (a local folder, `memory://`, `s3://`, `gs://` or
//! `az://`):
//!
//! ```text
//! <table>/_delta_log/                                  the table's Delta log
//! <table>/user_id=<user>/part-<stage>-<uuid>.parquet   data files (zstd Parquet)
//! _stages/_delta_log/                                  the state of stages without a table
//! runs/<run_id>.json                                   run reports
//! warehouse.duckdb                                     the published warehouse (local roots)
//! ```
//!
//! Every table is a Delta Lake table partitioned by `user_id` ([`lake`]). A
//! data file is invisible until a Delta commit adds it; a stage's commit
//! carries its files and its state (consumed input, source checkpoints) to
//! its table in one step ([`ledger`]), so a run killed at any point leaves
//! the tables exactly as the last commit described them. Files that no
//! commit names are left-overs of killed runs; [`DataRoot::vacuum`] deletes
//! them. A root written before Delta is converted on first use (`legacy`).
//! On a local disk every write is fsynced before it is renamed into place.
//! Who may write is [`crate::lease`]'s business; how batches become Parquet
//! is `encode`'s ([`ParquetEncoder`], [`encode_parquet`], [`conform`]).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path as FsPath, PathBuf};
use std::sync::Arc;

use arrow::array::RecordBatch;
pub use bytes::Bytes;
use futures::TryStreamExt;
use object_store::memory::InMemory;
use object_store::path::Path;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use serde::{Deserialize, Serialize};
use url::Url;

use crate::contract::Contract;
use crate::error::{Result, StageError};

mod committed;
mod doctor;
mod encode;
pub mod lake;
pub mod ledger;
mod legacy;
mod maintain;
mod stamps;
pub use committed::RETENTION_DAYS;
pub use doctor::{Checkup, Finding, RawMail};
pub use encode::{ParquetEncoder, conform, encode_parquet};
pub use maintain::{Maintained, TARGET_BYTES};
pub use stamps::{files_digest, local_stamp};

/// One committed data file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Path relative to the data root.
    pub path: String,
    pub rows: u64,
    pub bytes: u64,
}

/// What one stage has committed for one user: its visible output files per
/// table, the input files it has consumed, and free-form checkpoints.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub stage: String,
    pub user_id: String,
    /// Increases by one with every commit.
    pub version: u64,
    /// The version of the stage's logic that produced the outputs; a change
    /// makes the stage reprocess everything.
    pub code_version: String,
    pub outputs: BTreeMap<String, Vec<FileEntry>>,
    pub consumed: BTreeSet<String>,
    pub checkpoints: BTreeMap<String, String>,
}

impl Manifest {
    /// The visible files of `table` in this manifest.
    pub fn files(&self, table: &str) -> &[FileEntry] {
        self.outputs.get(table).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Rows committed to `table`.
    pub fn rows(&self, table: &str) -> u64 {
        self.files(table).iter().map(|f| f.rows).sum()
    }

    /// Puts `new` in place of the file `old` of `table` (a data file is
    /// never written twice: a rewrite is a new file), and remembers the
    /// new name, so a stage that consumed `old` knows `new` holds the same
    /// rows ([`Self::current_name`]).
    pub fn replace(&mut self, table: &str, old: &str, new: FileEntry) {
        self.replace_all(table, &[old.to_string()], new);
    }

    /// Puts `new` in place of the files `olds` of `table` (compaction: the
    /// same rows in one file), remembering the new name of each.
    pub fn replace_all(&mut self, table: &str, olds: &[String], new: FileEntry) {
        if let Some(files) = self.outputs.get_mut(table) {
            files.retain(|f| !olds.contains(&f.path));
            for old in olds {
                self.checkpoints
                    .insert(format!("{REPLACED}{old}"), new.path.clone());
            }
            files.push(new);
            files.sort_by(|a, b| a.path.cmp(&b.path));
        }
    }

    /// The name a file of this stage has now: `path`, or what replaced it
    /// ([`Self::replace`]), however many times.
    pub fn current_name(&self, path: &str) -> String {
        let mut name = path.to_string();
        for _ in 0..64 {
            match self.checkpoints.get(&format!("{REPLACED}{name}")) {
                Some(next) => name.clone_from(next),
                None => break,
            }
        }
        name
    }
}

/// The checkpoint prefix recording a rewritten file's new name.
const REPLACED: &str = "replaced:";

/// A validated user id: it names a hive partition, so it is kept to a safe
/// alphabet.
pub fn check_user_id(user_id: &str) -> Result<()> {
    let ok = !user_id.is_empty()
        && user_id.len() <= 64
        && user_id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '@' | '+'));
    if ok && user_id != "." && user_id != ".." {
        Ok(())
    } else {
        Err(StageError::Request(format!(
            "user id {user_id:?} must be 1 to 64 characters of letters, digits and . _ - @ +"
        )))
    }
}

/// The object store holding every table, and where in it the root is.
#[derive(Debug, Clone)]
pub struct DataRoot {
    store: Arc<dyn ObjectStore>,
    /// scheme and authority, e.g. `file:///`, `memory:///`, `s3://bucket/`.
    base_url: Url,
    prefix: Path,
    local_dir: Option<PathBuf>,
    display: String,
    /// The Delta tables under the root.
    lake: Arc<lake::Lake>,
    /// Users (or `*` for all) whose old-format manifests were converted.
    migrated: Arc<std::sync::Mutex<BTreeSet<String>>>,
    /// The run this handle commits for, named in each commit's info.
    run_id: Option<Arc<str>>,
}

impl DataRoot {
    /// Opens a root given as a local path or a URL. Cloud stores take their
    /// credentials from the usual environment variables (`AWS_*`,
    /// `GOOGLE_*`, `AZURE_*`) through object_store's builders.
    pub fn open(location: &str) -> Result<Self> {
        let bad = |reason: String| StageError::DataRoot {
            location: location.to_string(),
            reason,
        };
        if location.trim().is_empty() {
            return Err(bad("empty location".into()));
        }
        let looks_like_url = location.contains("://");
        if !looks_like_url {
            return Self::local(FsPath::new(location));
        }
        let url = Url::parse(location).map_err(|e| bad(e.to_string()))?;
        match url.scheme() {
            "file" => {
                let path = url
                    .to_file_path()
                    .map_err(|()| bad("not a local file URL".into()))?;
                Self::local(&path)
            }
            "memory" => Ok(Self::memory()),
            "s3" | "s3a" | "gs" | "az" | "abfs" | "abfss" => {
                let store: Arc<dyn ObjectStore> = match url.scheme() {
                    "s3" | "s3a" => Arc::new(
                        object_store::aws::AmazonS3Builder::from_env()
                            .with_url(location)
                            .build()
                            .map_err(|e| bad(e.to_string()))?,
                    ),
                    "gs" => Arc::new(
                        object_store::gcp::GoogleCloudStorageBuilder::from_env()
                            .with_url(location)
                            .build()
                            .map_err(|e| bad(e.to_string()))?,
                    ),
                    _ => Arc::new(
                        object_store::azure::MicrosoftAzureBuilder::from_env()
                            .with_url(location)
                            .build()
                            .map_err(|e| bad(e.to_string()))?,
                    ),
                };
                let host = url.host_str().unwrap_or_default();
                let base_url = Url::parse(&format!("{}://{}/", url.scheme(), host))
                    .map_err(|e| bad(e.to_string()))?;
                let prefix = Path::from(url.path().trim_matches('/'));
                Ok(Self::assemble(
                    store,
                    base_url,
                    prefix,
                    None,
                    location.to_string(),
                ))
            }
            other => Err(bad(format!(
                "unsupported scheme {other}: use a path, file://, memory://, s3://, gs:// or az://"
            ))),
        }
    }

    /// A root on the local disk; the folder is created when missing.
    pub fn local(dir: &FsPath) -> Result<Self> {
        let bad = |reason: String| StageError::DataRoot {
            location: dir.display().to_string(),
            reason,
        };
        std::fs::create_dir_all(dir).map_err(|e| bad(e.to_string()))?;
        let abs = std::fs::canonicalize(dir).map_err(|e| bad(e.to_string()))?;
        let prefix = Path::from_filesystem_path(&abs).map_err(|e| bad(e.to_string()))?;
        let base_url = Url::parse("file:///").map_err(|e| bad(e.to_string()))?;
        Ok(Self::assemble(
            Arc::new(object_store::local::LocalFileSystem::new()),
            base_url,
            prefix,
            Some(abs.clone()),
            abs.display().to_string(),
        ))
    }

    /// A fresh in-memory root, for tests.
    pub fn memory() -> Self {
        Self::assemble(
            Arc::new(InMemory::new()),
            Url::parse("memory:///").unwrap_or_else(|_| unreachable_url()),
            Path::default(),
            None,
            "memory://".into(),
        )
    }

    fn assemble(
        store: Arc<dyn ObjectStore>,
        base_url: Url,
        prefix: Path,
        local_dir: Option<PathBuf>,
        display: String,
    ) -> Self {
        let mut tables = format!("{base_url}{prefix}");
        if !tables.ends_with('/') {
            tables.push('/');
        }
        let tables = Url::parse(&tables).unwrap_or_else(|_| base_url.clone());
        Self {
            lake: Arc::new(lake::Lake::new(store.clone(), tables)),
            store,
            base_url,
            prefix,
            local_dir,
            display,
            migrated: Arc::default(),
            run_id: None,
        }
    }

    /// The same root, naming `run_id` in the commits it makes.
    pub fn for_run(&self, run_id: &str) -> Self {
        Self {
            run_id: Some(Arc::from(run_id)),
            ..self.clone()
        }
    }

    fn is_migrated(&self, user_id: &str) -> bool {
        self.migrated
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .contains(user_id)
    }

    fn mark_migrated(&self, user_id: &str) {
        self.migrated
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(user_id.to_string());
    }

    /// The root as the user named it (an absolute path for local roots).
    pub fn display(&self) -> &str {
        &self.display
    }

    /// The store itself.
    pub fn store(&self) -> Arc<dyn ObjectStore> {
        self.store.clone()
    }

    /// The scheme and authority DataFusion must register the store under.
    pub fn base_url(&self) -> &Url {
        &self.base_url
    }

    /// The local folder of the root, when it is on the local disk.
    pub fn local_dir(&self) -> Option<&FsPath> {
        self.local_dir.as_deref()
    }

    /// The object path of `rel` (a `/`-separated path under the root).
    pub fn path(&self, rel: &str) -> Path {
        let mut p = self.prefix.clone();
        for part in rel.split('/').filter(|s| !s.is_empty()) {
            p = p.clone().join(part);
        }
        p
    }

    /// The URL of `rel`, as DataFusion's listing tables want it.
    pub fn url(&self, rel: &str) -> String {
        format!("{}{}", self.base_url, self.path(rel))
    }

    /// The local file of `rel`, on a local root.
    pub fn local_path(&self, rel: &str) -> Option<PathBuf> {
        self.local_dir.as_ref().map(|d| d.join(rel))
    }

    /// Reads `rel`, or `None` when it does not exist.
    pub async fn get(&self, rel: &str) -> Result<Option<Bytes>> {
        let path = self.path(rel);
        match self.store.get(&path).await {
            Ok(r) => r
                .bytes()
                .await
                .map(Some)
                .map_err(|e| StageError::store(&path, e)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(StageError::store(&path, e)),
        }
    }

    /// What `rel` is now (size, time and tag of its last write), to tell
    /// later whether it was written again or removed; None when missing.
    pub async fn stamp(&self, rel: &str) -> Result<Option<String>> {
        let path = self.path(rel);
        match self.store.head(&path).await {
            Ok(m) => Ok(Some(format!(
                "{} {} {}",
                m.size,
                m.last_modified.timestamp_micros(),
                m.e_tag.unwrap_or_default()
            ))),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(StageError::store(&path, e)),
        }
    }

    /// Writes `rel` in one step. On a local root the bytes are on disk
    /// (fsynced, and the rename that makes them visible too) before this
    /// returns, so a manifest committed after its data files never names a
    /// file that a power cut emptied.
    pub async fn put(&self, rel: &str, bytes: Bytes) -> Result<()> {
        if let Some(local) = self.local_path(rel) {
            return tokio::task::spawn_blocking(move || write_durably(&local, &bytes))
                .await
                .map_err(|e| StageError::Worker {
                    stage: "write".into(),
                    reason: e.to_string(),
                })?;
        }
        let path = self.path(rel);
        self.store
            .put(&path, PutPayload::from_bytes(bytes))
            .await
            .map(|_| ())
            .map_err(|e| StageError::store(&path, e))
    }

    /// Paths (relative to the root) of every object under `rel_prefix`.
    pub async fn list(&self, rel_prefix: &str) -> Result<Vec<String>> {
        let prefix = self.path(rel_prefix);
        let metas: Vec<_> = self
            .store
            .list(Some(&prefix))
            .try_collect()
            .await
            .map_err(|e| StageError::store(&prefix, e))?;
        let strip = self.prefix.as_ref();
        let mut out: Vec<String> = metas
            .into_iter()
            .map(|m| {
                let full = m.location.as_ref();
                full.strip_prefix(strip)
                    .unwrap_or(full)
                    .trim_start_matches('/')
                    .to_string()
            })
            .collect();
        out.sort();
        Ok(out)
    }

    /// Deletes `rel`; a missing object is not an error.
    pub(crate) async fn delete(&self, rel: &str) -> Result<()> {
        let path = self.path(rel);
        match self.store.delete(&path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(StageError::store(&path, e)),
        }
    }

    /// Deletes the staging files of killed writes (`part-...parquet#<n>`)
    /// under `rel_dir` on a local root.
    fn delete_staging_files(&self, rel_dir: &str, marker: &str) -> Result<usize> {
        let Some(dir) = self.local_path(rel_dir) else {
            return Ok(0);
        };
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Ok(0);
        };
        let mut deleted = 0;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with(marker) && name.contains('#') {
                match std::fs::remove_file(entry.path()) {
                    Ok(()) => deleted += 1,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(source) => {
                        return Err(StageError::LocalIo {
                            action: "delete",
                            path: entry.path(),
                            source,
                        });
                    }
                }
            }
        }
        Ok(deleted)
    }

    /// Encodes `batches` as one zstd Parquet file of `table` for `user_id`,
    /// after checking them against the table's contract, and uploads it under
    /// a fresh name. The file stays invisible until a manifest lists it.
    pub async fn write_file(
        &self,
        contract: &Contract,
        stage: &str,
        user_id: &str,
        batches: &[RecordBatch],
    ) -> Result<FileEntry> {
        let (bytes, rows) = encode_parquet(contract, batches)?;
        self.put_table_file(contract, stage, user_id, bytes, rows)
            .await
    }

    /// Writes what replaces the committed file `rel` of `contract`'s table:
    /// `batches` (checked against the contract), the same rows with columns
    /// emptied or fewer rows, as a new file of the same stage and user (a
    /// Delta table's files never change). It stays invisible until the
    /// caller commits it in place of `rel` ([`Manifest::replace`]).
    pub async fn replace_file(
        &self,
        contract: &Contract,
        rel: &str,
        batches: &[RecordBatch],
    ) -> Result<FileEntry> {
        let (bytes, rows) = encode_parquet(contract, batches)?;
        let stage = ledger::writer(rel).unwrap_or("rewrite");
        let user = rel
            .split('/')
            .find_map(|p| p.strip_prefix("user_id="))
            .unwrap_or_default();
        self.put_table_file(contract, stage, user, bytes, rows)
            .await
    }

    /// Stores an encoded file of `contract`'s table (from
    /// [`ParquetEncoder`]) under a new name, not yet committed.
    pub async fn put_table_file(
        &self,
        contract: &Contract,
        stage: &str,
        user_id: &str,
        bytes: Bytes,
        rows: u64,
    ) -> Result<FileEntry> {
        let rel = format!(
            "{}/user_id={}/part-{}-{}.parquet",
            contract.name,
            user_id,
            stage,
            uuid::Uuid::new_v4().simple()
        );
        let len = bytes.len() as u64;
        self.put(&rel, bytes).await?;
        Ok(FileEntry {
            path: rel,
            rows,
            bytes: len,
        })
    }

    /// Reads a committed Parquet file, keeping only `columns` (all when empty),
    /// `batch_size` rows at a time.
    pub async fn read_file(
        &self,
        table: &str,
        rel: &str,
        columns: &[&str],
        batch_size: usize,
    ) -> Result<Vec<RecordBatch>> {
        let shown = self.url(rel);
        let table = table.to_string();
        let bad = move |reason: String| StageError::DataFile {
            table: table.clone(),
            path: shown.clone(),
            reason,
        };
        let bytes = self
            .get(rel)
            .await?
            .ok_or_else(|| bad("it is missing, though committed".into()))?;
        let columns: Vec<String> = columns.iter().map(|c| (*c).to_string()).collect();
        // Decoding is CPU work: keep it off the async workers.
        tokio::task::spawn_blocking(move || {
            let builder =
                ParquetRecordBatchReaderBuilder::try_new(bytes).map_err(|e| bad(e.to_string()))?;
            let builder = if columns.is_empty() {
                builder
            } else {
                let schema = builder.parquet_schema();
                let indices: Vec<usize> = (0..schema.num_columns())
                    .filter(|&i| {
                        let name = schema.column(i).path().parts().first().cloned();
                        name.is_some_and(|n| columns.contains(&n))
                    })
                    .collect();
                let mask = parquet::arrow::ProjectionMask::leaves(schema, indices);
                builder.with_projection(mask)
            };
            let reader = builder
                .with_batch_size(batch_size)
                .build()
                .map_err(|e| bad(e.to_string()))?;
            reader
                .collect::<std::result::Result<Vec<_>, _>>()
                .map_err(|e| bad(e.to_string()))
        })
        .await
        .map_err(|e| StageError::Worker {
            stage: "read".into(),
            reason: e.to_string(),
        })?
    }
}

/// Writes `path` through a staging file beside it (`<name>#<digits>`, the
/// form object_store's listings hide and vacuum deletes when a write was
/// killed), fsyncs it, renames it into place and fsyncs the folder.
fn write_durably(path: &FsPath, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let io = |action: &'static str, p: &FsPath| {
        let p = p.to_path_buf();
        move |source| StageError::LocalIo {
            action,
            path: p,
            source,
        }
    };
    let dir = path.parent().unwrap_or(FsPath::new("."));
    std::fs::create_dir_all(dir).map_err(io("create", dir))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let staging = dir.join(format!("{name}#{}", uuid::Uuid::new_v4().as_u128()));
    let written = std::fs::File::create(&staging)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .map_err(io("write", &staging))
        .and_then(|()| std::fs::rename(&staging, path).map_err(io("replace", path)));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&staging);
        return Err(e);
    }
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io("sync", dir))
}

fn unreachable_url() -> Url {
    // "memory:///" always parses; this keeps the constructor infallible
    // without an unwrap.
    Url::from_directory_path("/").unwrap_or_else(|()| unreachable!("root path is absolute"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn an_uncommitted_file_is_invisible_and_vacuumed() {
        let root = DataRoot::memory();
        let contract = crate::contract::contract("dead_letter").unwrap();
        let batch = RecordBatch::new_empty(contract.schema());
        let entry = root
            .write_file(contract, "raw_messages", "u1", &[batch])
            .await
            .unwrap();
        assert!(
            root.table_files("dead_letter", None)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            root.vacuum("raw_messages", "u1", &["dead_letter"])
                .await
                .unwrap(),
            1
        );
        assert!(root.get(&entry.path).await.unwrap().is_none());
    }

    #[tokio::test]
    async fn a_commit_makes_files_visible_in_one_step() {
        let root = DataRoot::memory();
        let contract = crate::contract::contract("dead_letter").unwrap();
        let batch = RecordBatch::new_empty(contract.schema());
        let entry = root
            .write_file(contract, "raw_messages", "u1", &[batch])
            .await
            .unwrap();
        let mut m = root.manifest("raw_messages", "u1").await.unwrap();
        m.outputs
            .entry("dead_letter".into())
            .or_default()
            .push(entry.clone());
        root.commit(&mut m).await.unwrap();
        assert_eq!(
            root.table_files("dead_letter", Some("u1")).await.unwrap(),
            vec![entry]
        );
        assert!(
            root.table_files("dead_letter", Some("u2"))
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            root.vacuum("raw_messages", "u1", &["dead_letter"])
                .await
                .unwrap(),
            0
        );
        assert_eq!(
            root.manifest("raw_messages", "u1").await.unwrap().version,
            1
        );
    }

    #[tokio::test]
    async fn vacuum_leaves_other_users_uncommitted_files_alone() {
        let root = DataRoot::memory();
        let contract = crate::contract::contract("dead_letter").unwrap();
        let batch = RecordBatch::new_empty(contract.schema());
        // u2's run has written a file it has not committed yet.
        let theirs = root
            .write_file(contract, "raw_messages", "u2", std::slice::from_ref(&batch))
            .await
            .unwrap();
        let ours = root
            .write_file(contract, "raw_messages", "u1", &[batch])
            .await
            .unwrap();
        assert_eq!(
            root.vacuum("raw_messages", "u1", &["dead_letter"])
                .await
                .unwrap(),
            1
        );
        assert!(root.get(&ours.path).await.unwrap().is_none());
        assert!(root.get(&theirs.path).await.unwrap().is_some());
    }

    #[tokio::test]
    async fn vacuum_deletes_the_staging_files_of_killed_writes() {
        let dir = tempfile::tempdir().unwrap();
        let root = DataRoot::local(dir.path()).unwrap();
        let part = dir.path().join("dead_letter/user_id=u1");
        std::fs::create_dir_all(&part).unwrap();
        // What object_store leaves when a write is killed before its rename.
        let staged = part.join("part-raw_messages-0123.parquet#1");
        std::fs::write(&staged, b"half a file").unwrap();
        // Another stage's staging file is not this stage's to delete.
        let other = part.join("part-stg_emails-0123.parquet#1");
        std::fs::write(&other, b"half a file").unwrap();
        assert!(root.list("dead_letter").await.unwrap().is_empty());
        assert_eq!(
            root.vacuum("raw_messages", "u1", &["dead_letter"])
                .await
                .unwrap(),
            1
        );
        assert!(!staged.exists());
        assert!(other.exists());
    }

    #[tokio::test]
    async fn an_unreadable_or_missing_data_file_is_named_in_the_error() {
        let root = DataRoot::memory();
        let rel = "raw_messages/user_id=u1/part-raw_messages-1.parquet";
        root.put(rel, Bytes::from_static(b"PAR1 truncated"))
            .await
            .unwrap();
        let err = root
            .read_file("raw_messages", rel, &[], 1024)
            .await
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("table raw_messages: data file memory:///raw_messages/user_id=u1/part-raw_messages-1.parquet is unreadable: "),
            "{err}"
        );
        let gone = "raw_messages/user_id=u1/part-raw_messages-2.parquet";
        let err = root
            .read_file("raw_messages", gone, &[], 1024)
            .await
            .unwrap_err()
            .to_string();
        assert!(err.contains(gone) && err.contains("missing"), "{err}");
    }

    #[tokio::test]
    async fn a_local_put_leaves_no_staging_file_and_replaces_whole() {
        let dir = tempfile::tempdir().unwrap();
        let root = DataRoot::local(dir.path()).unwrap();
        root.put("a/b.json", Bytes::from_static(b"one"))
            .await
            .unwrap();
        root.put("a/b.json", Bytes::from_static(b"two"))
            .await
            .unwrap();
        assert_eq!(std::fs::read(dir.path().join("a/b.json")).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(dir.path().join("a"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("b.json")]);
    }

    #[test]
    fn user_ids_are_kept_to_a_safe_alphabet() {
        assert!(check_user_id("alex.doe@example.net").is_ok());
        assert!(check_user_id("../etc").is_err());
        assert!(check_user_id("").is_err());
        assert!(check_user_id("a/b").is_err());
    }
}
