//! Every table of a data root as a Delta Lake table, through the
//! `deltalake-core` crate: `<root>/<table>/` holds `_delta_log/` and the
//! data files, partitioned by `user_id`, on the root's own object store
//! (local disk, `memory://`, `s3://`, `gs://`, `az://`).
//!
//! This module only speaks Delta: it opens a table (creating it with the
//! schema of the table's contract on first use, and following the contract
//! when it gains columns), lists a user's active files, reads a
//! domain-metadata configuration, and commits a change (files added and
//! removed, optionally a domain's new configuration and an application
//! transaction) as one Delta commit. Delta's log makes a commit visible in
//! one step: a commit file created with a conditional put (`If-None-Match`
//! on S3, a hard link on local disk), so two writers never both win a
//! version; the loser re-checks for conflicts and tries the next version.
//! What a commit means for a stage is [`super::ledger`]'s business.
//!
//! Without the crate's `datafusion` feature its conflict checker cannot
//! tell partitions apart: a commit that comes second after another user's
//! rewrite of their own partition is refused as a conflict. A commit here
//! only ever changes its user's partition (the user's lease keeps other
//! runs of that user out), so it brings its snapshot up to date and tries
//! again, after checking the files it removes are still there.
//!
//! The tables are written at Delta's protocol 1/2 and their commits carry
//! `domainMetadata` actions (the stages' state) without declaring that
//! writer feature: `deltalake-core` 1.1 refuses to write to a table that
//! declares it (its writer does not list it as supported), while its
//! reader, and delta-kernel based readers (Python `deltalake`, polars),
//! read such actions without a feature check. A writer that enforces the
//! feature (Spark) should not write to these tables; jobtrack is their
//! only writer.
//!
//! Tables are cached per root: each read brings the cached snapshot up to
//! date with one listing of the log from its version on.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use deltalake_core::kernel::transaction::TransactionError;
use deltalake_core::kernel::transaction::{CommitBuilder, CommitProperties};
use deltalake_core::kernel::{Action, Add, DomainMetadata, Remove, Transaction};
use deltalake_core::logstore::{LogStoreRef, StorageConfig, default_logstore};
use deltalake_core::operations::create::CreateBuilder;
use deltalake_core::protocol::{DeltaOperation, SaveMode};
use deltalake_core::{DeltaTable, DeltaTableError};
use object_store::ObjectStore;
use url::Url;

mod log;

pub use log::BadEntry;

use super::FileEntry;
use super::ledger::Change;
use crate::error::{Result, StageError};

/// The partition column of every table.
pub const PARTITION: &str = "user_id";

/// One table's cached handle and what was read of its domains.
#[derive(Default)]
struct Slot {
    table: Option<DeltaTable>,
    /// Domain configurations read, with the table version they were read at.
    domains: HashMap<String, (u64, Option<String>)>,
}

/// The Delta tables of one data root.
pub struct Lake {
    store: Arc<dyn ObjectStore>,
    /// The root's URL, ending in `/`.
    base: Url,
    slots: std::sync::Mutex<HashMap<String, Arc<tokio::sync::Mutex<Slot>>>>,
}

impl std::fmt::Debug for Lake {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lake")
            .field("base", &self.base.as_str())
            .finish()
    }
}

/// One version of a table, as `jobtrack history` shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Version {
    pub version: u64,
    pub time: Option<chrono::DateTime<chrono::Utc>>,
    pub operation: String,
    pub run_id: Option<String>,
    pub stage: Option<String>,
    pub user_id: Option<String>,
    pub rows_added: Option<u64>,
    pub rows_removed: Option<u64>,
}

/// A user's active file of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub user_id: String,
    pub file: FileEntry,
}

impl Lake {
    /// The lake of a root whose tables live under `base` (a URL ending in
    /// `/`) on `store`, a store rooted where the URL's path starts.
    pub fn new(store: Arc<dyn ObjectStore>, base: Url) -> Self {
        Self {
            store,
            base,
            slots: std::sync::Mutex::default(),
        }
    }

    fn error(table: &str, e: impl std::fmt::Display) -> StageError {
        StageError::Lake {
            table: table.to_string(),
            reason: e.to_string(),
        }
    }

    fn slot(&self, table: &str) -> Arc<tokio::sync::Mutex<Slot>> {
        let mut slots = self.slots.lock().unwrap_or_else(|p| p.into_inner());
        slots.entry(table.to_string()).or_default().clone()
    }

    /// The log store of `table`.
    fn log_store(&self, table: &str) -> Result<LogStoreRef> {
        let location = self
            .base
            .join(&format!("{table}/"))
            .map_err(|e| Self::error(table, e))?;
        let options = StorageConfig::default();
        let prefixed = options
            .decorate_store(self.store.clone(), &location)
            .map_err(|e| Self::error(table, e))?;
        Ok(default_logstore(
            Arc::new(prefixed),
            self.store.clone(),
            &location,
            &options,
        ))
    }

    /// `table`'s slot, locked, its table brought up to date; `None` when
    /// the table has no log yet.
    async fn current(&self, table: &str) -> Result<Option<tokio::sync::OwnedMutexGuard<Slot>>> {
        let mut slot = self.slot(table).lock_owned().await;
        Ok(self.refresh(table, &mut slot).await?.then_some(slot))
    }

    /// Brings `slot`'s table up to date; false when the table has no log.
    /// A log that cannot be read fails naming its first bad entry.
    async fn refresh(&self, table: &str, slot: &mut Slot) -> Result<bool> {
        match self.refresh_once(table, slot).await {
            Err(e) => match self.bad_entry(table).await {
                Ok(Some(bad)) => Err(Self::error(
                    table,
                    format!("{e}; its log entry {} {}", bad.url, bad.problem),
                )),
                _ => Err(e),
            },
            ok => ok,
        }
    }

    async fn refresh_once(&self, table: &str, slot: &mut Slot) -> Result<bool> {
        if let Some(t) = slot.table.as_mut() {
            t.update_incremental(None)
                .await
                .map_err(|e| Self::error(table, e))?;
            return Ok(true);
        }
        let mut t = DeltaTable::new(self.log_store(table)?);
        let exists = t
            .log_store()
            .is_delta_table_location()
            .await
            .map_err(|e| Self::error(table, e))?;
        if !exists {
            return Ok(false);
        }
        t.load().await.map_err(|e| Self::error(table, e))?;
        slot.table = Some(t);
        Ok(true)
    }

    /// The active files of `table`, of one user or all, in path order.
    pub async fn files(&self, table: &str, user_id: Option<&str>) -> Result<Vec<Listed>> {
        let Some(slot) = self.current(table).await? else {
            return Ok(Vec::new());
        };
        let Some(t) = slot.table.as_ref() else {
            return Ok(Vec::new());
        };
        let state = t.snapshot().map_err(|e| Self::error(table, e))?;
        Ok(listed(table, state, user_id))
    }

    /// The configuration of `domain` in `table`'s log, if any.
    pub async fn domain(&self, table: &str, domain: &str) -> Result<Option<String>> {
        let Some(mut slot) = self.current(table).await? else {
            return Ok(None);
        };
        let Some(t) = slot.table.as_ref() else {
            return Ok(None);
        };
        let state = t.snapshot().map_err(|e| Self::error(table, e))?;
        let version = state.version();
        if let Some((v, text)) = slot.domains.get(domain)
            && *v == version
        {
            return Ok(text.clone());
        }
        let text = state
            .snapshot()
            .domain_metadata(t.log_store().as_ref(), domain)
            .await
            .map_err(|e| Self::error(table, e))?;
        slot.domains
            .insert(domain.to_string(), (version, text.clone()));
        Ok(text)
    }

    /// The versions of `table` its log keeps, newest first.
    pub async fn history(&self, table: &str) -> Result<Vec<Version>> {
        use futures::TryStreamExt as _;
        let Some(slot) = self.current(table).await? else {
            return Ok(Vec::new());
        };
        let Some(t) = slot.table.as_ref() else {
            return Ok(Vec::new());
        };
        let latest = t.version().unwrap_or_default();
        let infos: Vec<_> = t
            .history(None)
            .try_collect()
            .await
            .map_err(|e| Self::error(table, e))?;
        let text = |info: &HashMap<String, serde_json::Value>, key: &str| {
            info.get(&format!("jobtrack.{key}")).map(|v| match v {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            })
        };
        Ok(infos
            .into_iter()
            .enumerate()
            .map(|(i, c)| Version {
                version: latest.saturating_sub(i as u64),
                time: c
                    .timestamp
                    .and_then(chrono::DateTime::from_timestamp_millis),
                operation: c.operation.clone().unwrap_or_default(),
                run_id: text(&c.info, "run_id"),
                stage: text(&c.info, "stage"),
                user_id: text(&c.info, "user_id"),
                rows_added: text(&c.info, "rows_added").and_then(|v| v.parse().ok()),
                rows_removed: text(&c.info, "rows_removed").and_then(|v| v.parse().ok()),
            })
            .collect())
    }

    /// `user_id`'s files and the configuration of `domain` in version
    /// `version` of `table`.
    pub async fn at_version(
        &self,
        table: &str,
        user_id: &str,
        domain: &str,
        version: u64,
    ) -> Result<(Vec<FileEntry>, Option<String>)> {
        let mut t = DeltaTable::new(self.log_store(table)?);
        t.load_version(version)
            .await
            .map_err(|e| Self::error(table, e))?;
        let state = t.snapshot().map_err(|e| Self::error(table, e))?;
        let files = listed(table, state, Some(user_id))
            .into_iter()
            .map(|l| l.file)
            .collect();
        let text = state
            .snapshot()
            .domain_metadata(t.log_store().as_ref(), domain)
            .await
            .map_err(|e| Self::error(table, e))?;
        Ok((files, text))
    }

    /// Writes a checkpoint of `table`'s log at its latest version and
    /// deletes the log entries older than the log's retention (30 days);
    /// false when the table has no log.
    pub async fn checkpoint(&self, table: &str) -> Result<bool> {
        let Some(slot) = self.current(table).await? else {
            return Ok(false);
        };
        let Some(t) = slot.table.as_ref() else {
            return Ok(false);
        };
        deltalake_core::checkpoints::create_checkpoint(t, None)
            .await
            .map_err(|e| Self::error(table, e))?;
        deltalake_core::checkpoints::cleanup_metadata(t, None)
            .await
            .map_err(|e| Self::error(table, e))?;
        Ok(true)
    }

    /// Whether `table` has a Delta log.
    pub async fn exists(&self, table: &str) -> Result<bool> {
        let slot = self.slot(table);
        let mut slot = slot.lock().await;
        self.refresh(table, &mut slot).await
    }

    /// The paths of `user_id`'s files that a retained version of `table`
    /// names: its active files and those removed less than `retention` ago.
    pub async fn known(
        &self,
        table: &str,
        user_id: &str,
        retention: chrono::Duration,
    ) -> Result<BTreeSet<String>> {
        use futures::TryStreamExt as _;
        let mut out: BTreeSet<String> = self
            .files(table, Some(user_id))
            .await?
            .into_iter()
            .map(|l| l.file.path)
            .collect();
        let slot = self.slot(table);
        let slot = slot.lock().await;
        let Some(t) = slot.table.as_ref() else {
            return Ok(out);
        };
        let state = t.snapshot().map_err(|e| Self::error(table, e))?;
        let log_store = t.log_store();
        let dir = format!("{PARTITION}={user_id}/");
        let since = (wall_clock() - retention).timestamp_millis();
        let removed: Vec<String> = state
            .all_tombstones(log_store.as_ref())
            .try_filter(|r| futures::future::ready(r.deletion_timestamp().unwrap_or(0) >= since))
            .map_ok(|r| r.path().to_string())
            .try_collect()
            .await
            .map_err(|e| Self::error(table, e))?;
        out.extend(
            removed
                .into_iter()
                .filter(|p| p.starts_with(&dir))
                .map(|p| format!("{table}/{p}")),
        );
        Ok(out)
    }

    /// Creates `table` with its contract's schema, partitioned by user.
    /// Another writer creating it at the same time is not an error.
    async fn create(&self, table: &str, slot: &mut Slot) -> Result<()> {
        let schema = if table == super::ledger::STAGES_TABLE {
            stages_schema()
        } else {
            crate::contract::contract(table)?.schema()
        };
        let columns = kernel_columns(table, &schema)?;
        let created = CreateBuilder::new()
            .with_log_store(self.log_store(table)?)
            .with_table_name(table)
            .with_columns(columns)
            .with_partition_columns([PARTITION])
            .with_configuration_property(
                deltalake_core::TableProperty::CheckpointInterval,
                Some("20"),
            )
            .with_save_mode(SaveMode::Ignore)
            .await;
        match created {
            Ok(t) => {
                slot.table = Some(t);
                Ok(())
            }
            Err(e) => {
                // Lost a race to create it: load what the winner made.
                if self.refresh(table, slot).await? {
                    Ok(())
                } else {
                    Err(Self::error(table, e))
                }
            }
        }
    }

    /// Commits `change` to `user_id`'s partition of `table` as one Delta
    /// commit, with `domain`'s new configuration (None: the domain is
    /// removed) and the application transaction `txn` when given. `info`
    /// goes in the commit's info (the run id, the stage), with the rows
    /// added and removed.
    pub async fn commit(
        &self,
        table: &str,
        user_id: &str,
        change: &Change,
        domain: Option<(&str, Option<&str>)>,
        txn: Option<(&str, u64)>,
        info: &[(&str, String)],
    ) -> Result<()> {
        if change.is_empty() && domain.is_none() && txn.is_none() {
            return Ok(());
        }
        let slot = self.slot(table);
        let mut slot = slot.lock().await;
        if !self.refresh(table, &mut slot).await? {
            self.create(table, &mut slot).await?;
        }
        let Some(t) = slot.table.as_mut() else {
            return Err(Self::error(table, "the table could not be opened"));
        };
        let mut attempt = 0;
        let version = loop {
            attempt += 1;
            if attempt > 1 {
                // Another user's commit came in between: our change is to
                // our partition only, so it still holds if the files it
                // removes are still there.
                t.update_incremental(None)
                    .await
                    .map_err(|e| Self::error(table, e))?;
                check_still_active(table, t, user_id, change)?;
            }
            let mut actions = Vec::new();
            if let Some(metadata) = follow_contract(table, t)? {
                actions.push(Action::Metadata(metadata));
            }
            actions.extend(file_actions(table, user_id, change));
            if let Some((name, text)) = domain {
                actions.push(Action::DomainMetadata(DomainMetadata {
                    domain: name.to_string(),
                    configuration: text.unwrap_or_default().to_string(),
                    removed: text.is_none(),
                }));
            }
            let state = t.snapshot().map_err(|e| Self::error(table, e))?.clone();
            let committed = CommitBuilder::from(properties(user_id, change, txn, info))
                .with_actions(actions)
                .with_max_retries(0)
                .build(Some(&state), t.log_store(), operation(user_id, change))
                .await;
            match committed {
                Ok(done) => break done.version(),
                Err(e) if attempt < MAX_ATTEMPTS && is_conflict(&e) => {
                    let jitter = u64::from(wall_clock().timestamp_subsec_micros() % 20);
                    let wait = 10 * attempt + jitter;
                    tokio::time::sleep(std::time::Duration::from_millis(wait)).await;
                }
                Err(e) => return Err(Self::error(table, e)),
            }
        };
        t.update_incremental(Some(version))
            .await
            .map_err(|e| Self::error(table, e))?;
        if let Some((name, text)) = domain {
            slot.domains
                .insert(name.to_string(), (version, text.map(str::to_string)));
        }
        Ok(())
    }
}

/// How many times a commit is tried when other users' commits come first.
const MAX_ATTEMPTS: u64 = 50;

/// Whether a commit failed because another commit took its version.
fn is_conflict(e: &DeltaTableError) -> bool {
    matches!(
        e,
        DeltaTableError::VersionAlreadyExists(_)
            | DeltaTableError::Transaction {
                source: TransactionError::CommitConflict(_)
                    | TransactionError::MaxCommitAttempts(_),
            }
    )
}

/// Fails when a file `change` removes is no longer active: someone else
/// changed this user's partition, and the change was planned on a past
/// state.
fn check_still_active(table: &str, t: &DeltaTable, user_id: &str, change: &Change) -> Result<()> {
    if change.remove.is_empty() {
        return Ok(());
    }
    let state = t.snapshot().map_err(|e| Lake::error(table, e))?;
    let active: BTreeSet<String> = listed(table, state, Some(user_id))
        .into_iter()
        .map(|l| l.file.path)
        .collect();
    match change.remove.iter().find(|f| !active.contains(&f.path)) {
        None => Ok(()),
        Some(f) => Err(Lake::error(
            table,
            format!(
                "another writer changed user {user_id}'s part of the table during this commit ({} is gone)",
                f.path
            ),
        )),
    }
}

/// The wall clock: Delta's log stamps its actions (deletion times, which
/// its retention counts from) with real time, not a run's injected clock.
fn wall_clock() -> chrono::DateTime<chrono::Utc> {
    use crate::clock::Clock as _;
    crate::clock::SystemClock.now()
}

/// The Add and Remove actions of `change` to `user_id`'s partition.
fn file_actions(table: &str, user_id: &str, change: &Change) -> Vec<Action> {
    let now = wall_clock().timestamp_millis();
    let partition = HashMap::from([(PARTITION.to_string(), Some(user_id.to_string()))]);
    let prefix = format!("{table}/");
    let rel = |path: &str| path.strip_prefix(&prefix).unwrap_or(path).to_string();
    let mut actions = Vec::new();
    for f in &change.remove {
        actions.push(Action::Remove(Remove {
            path: rel(&f.path),
            data_change: !change.compaction,
            deletion_timestamp: Some(now),
            extended_file_metadata: Some(true),
            partition_values: Some(partition.clone()),
            size: i64::try_from(f.bytes).ok(),
            tags: None,
            deletion_vector: None,
            base_row_id: None,
            default_row_commit_version: None,
        }));
    }
    for f in &change.add {
        actions.push(Action::Add(Add {
            path: rel(&f.path),
            partition_values: partition.clone(),
            size: i64::try_from(f.bytes).unwrap_or(i64::MAX),
            modification_time: now,
            data_change: !change.compaction,
            stats: Some(format!("{{\"numRecords\":{}}}", f.rows)),
            tags: None,
            deletion_vector: None,
            base_row_id: None,
            default_row_commit_version: None,
            clustering_provider: None,
        }));
    }
    actions
}

/// The commit's properties: the application transaction, and the info
/// `jobtrack history` shows (run, stage, user, rows added and removed).
fn properties(
    user_id: &str,
    change: &Change,
    txn: Option<(&str, u64)>,
    info: &[(&str, String)],
) -> CommitProperties {
    let mut props = CommitProperties::default();
    if let Some((app, version)) = txn {
        props = props.with_application_transaction(Transaction::new(
            app,
            i64::try_from(version).unwrap_or(i64::MAX),
        ));
    }
    let rows = |files: &[FileEntry]| files.iter().map(|f| f.rows).sum::<u64>();
    let mut meta: Vec<(String, serde_json::Value)> = info
        .iter()
        .map(|(k, v)| (format!("jobtrack.{k}"), serde_json::Value::from(v.as_str())))
        .collect();
    meta.push(("jobtrack.user_id".into(), user_id.into()));
    meta.push(("jobtrack.rows_added".into(), rows(&change.add).into()));
    meta.push(("jobtrack.rows_removed".into(), rows(&change.remove).into()));
    props.with_metadata(meta)
}

/// The operation a commit of `change` records.
fn operation(user_id: &str, change: &Change) -> DeltaOperation {
    let predicate = Some(format!("{PARTITION} = '{user_id}'"));
    if change.compaction {
        return DeltaOperation::Optimize {
            predicate,
            target_size: i64::try_from(super::TARGET_BYTES).unwrap_or(i64::MAX),
        };
    }
    let mode = if change.remove.is_empty() {
        SaveMode::Append
    } else {
        SaveMode::Overwrite
    };
    DeltaOperation::Write {
        mode,
        partition_by: Some(vec![PARTITION.to_string()]),
        predicate,
    }
}

/// The table's metadata with the schema of its contract, when the
/// contract changed (a new column) since the table's schema was written.
fn follow_contract(
    table: &str,
    t: &DeltaTable,
) -> Result<Option<deltalake_core::kernel::Metadata>> {
    use deltalake_core::kernel::MetadataExt as _;
    if table == super::ledger::STAGES_TABLE {
        return Ok(None);
    }
    let contract = crate::contract::contract(table)?.schema();
    let wanted = deltalake_core::kernel::StructType::try_new(kernel_columns(table, &contract)?)
        .map_err(|e| Lake::error(table, e))?;
    let state = t.snapshot().map_err(|e| Lake::error(table, e))?;
    if state.schema().as_ref() == &wanted {
        return Ok(None);
    }
    let metadata = state
        .metadata()
        .clone()
        .with_schema(&wanted)
        .map_err(|e| Lake::error(table, e))?;
    Ok(Some(metadata))
}

/// The active files of a table's version, of one user or all, in path
/// order.
fn listed(
    table: &str,
    state: &deltalake_core::table::state::DeltaTableState,
    user_id: Option<&str>,
) -> Vec<Listed> {
    let mut out = Vec::new();
    for view in state.log_data().iter() {
        let user = view
            .partition_values_map()
            .get(PARTITION)
            .cloned()
            .flatten()
            .unwrap_or_default();
        if user_id.is_some_and(|u| u != user) {
            continue;
        }
        out.push(Listed {
            user_id: user,
            file: FileEntry {
                path: format!("{table}/{}", view.path()),
                rows: view.num_records().unwrap_or(0) as u64,
                bytes: u64::try_from(view.size()).unwrap_or(0),
            },
        });
    }
    out.sort_by(|a, b| a.file.path.cmp(&b.file.path));
    out
}

/// The schema of [`super::ledger::STAGES_TABLE`]: it holds no rows, only
/// the stages' states in its log, but Delta wants a column besides the
/// partition.
fn stages_schema() -> arrow::datatypes::SchemaRef {
    use arrow::datatypes::{DataType, Field, Schema};
    Arc::new(Schema::new(vec![
        Field::new(PARTITION, DataType::Utf8, false),
        Field::new("stage", DataType::Utf8, false),
    ]))
}

/// The Delta columns of an arrow schema.
fn kernel_columns(
    table: &str,
    schema: &arrow::datatypes::Schema,
) -> Result<Vec<deltalake_core::kernel::StructField>> {
    use deltalake_core::kernel::engine::arrow_conversion::TryIntoKernel as _;
    let kernel: deltalake_core::kernel::StructType = schema
        .try_into_kernel()
        .map_err(|e| Lake::error(table, e))?;
    Ok(kernel.fields().cloned().collect())
}
