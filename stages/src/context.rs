//! What a stage is handed when it runs: the data root, a DataFusion session
//! with its inputs registered under their table names, the HTTP client, the
//! clock, the run id, the user and the dry-run flag, and a progress sink.
//!
//! Stages read none of these from the environment themselves, so tests build a
//! `RunContext` over an in-memory store and a fixed clock.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use datafusion::datasource::MemTable;
use datafusion::datasource::file_format::parquet::ParquetFormat;
use datafusion::datasource::listing::{
    ListingOptions, ListingTable, ListingTableConfig, ListingTableUrl,
};
use datafusion::prelude::{SessionConfig, SessionContext};

use crate::clock::Clock;
use crate::contract;
use crate::error::{Result, StageError};
use crate::storage::DataRoot;

/// Where long-running work reports how far it got. The binary shows a
/// progress bar on a terminal and nothing otherwise.
pub trait Progress: Send + Sync {
    /// A new unit of work begins; `total` is its size where known.
    fn start(&self, stage: &str, what: &str, total: Option<u64>);
    /// `n` more items are done.
    fn advance(&self, n: u64);
    /// The unit of work is over.
    fn finish(&self);
}

/// A progress sink that shows nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoProgress;

impl Progress for NoProgress {
    fn start(&self, _: &str, _: &str, _: Option<u64>) {}
    fn advance(&self, _: u64) {}
    fn finish(&self) {}
}

/// Everything a stage may use from the outside world.
#[derive(Clone)]
pub struct RunContext {
    pub root: DataRoot,
    pub session: SessionContext,
    pub http: reqwest::Client,
    pub clock: Arc<dyn Clock>,
    pub run_id: String,
    pub user_id: String,
    pub dry_run: bool,
    pub progress: Arc<dyn Progress>,
    /// Work one stage did for a later stage of the same run (ingest
    /// parsing what it writes, for `stg_emails`), by the later stage's
    /// name: that stage reports it as its own when it runs.
    pub handed: Arc<Mutex<BTreeMap<&'static str, Handed>>>,
}

/// Rows and files one stage produced for another during a run
/// ([`RunContext::handed`]).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Handed {
    pub rows_in: u64,
    pub rows_out: u64,
    pub dead_letters: u64,
    pub files_written: u64,
}

impl std::fmt::Debug for RunContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunContext")
            .field("root", &self.root)
            .field("run_id", &self.run_id)
            .field("user_id", &self.user_id)
            .field("dry_run", &self.dry_run)
            .finish_non_exhaustive()
    }
}

/// A DataFusion session that reads our Parquet as plain Utf8 (not views), so
/// query outputs meet the contracts, with the root's store registered.
pub fn new_session(root: &DataRoot) -> SessionContext {
    let mut config = SessionConfig::new().with_target_partitions(
        std::thread::available_parallelism().map_or(2, std::num::NonZero::get),
    );
    let options = config.options_mut();
    options.execution.parquet.schema_force_view_types = false;
    options.sql_parser.map_string_types_to_utf8view = false;
    let session = SessionContext::new_with_config(config);
    session.register_object_store(root.base_url(), root.store());
    session
}

impl RunContext {
    /// A context for one run over `root`.
    pub fn new(
        root: DataRoot,
        clock: Arc<dyn Clock>,
        run_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        let run_id: String = run_id.into();
        let root = root.for_run(&run_id);
        let session = new_session(&root);
        Self {
            root,
            session,
            // A host that does not take the connection fails within this;
            // each source bounds its calls' whole time itself.
            http: reqwest::Client::builder()
                .connect_timeout(std::time::Duration::from_secs(10))
                .build()
                .unwrap_or_default(),
            clock,
            run_id,
            user_id: user_id.into(),
            dry_run: false,
            progress: Arc::new(NoProgress),
            handed: Arc::default(),
        }
    }

    /// Records work done for `stage` ([`RunContext::handed`]).
    pub fn hand(&self, stage: &'static str, work: Handed) {
        let mut handed = self.handed.lock().unwrap_or_else(|p| p.into_inner());
        let h = handed.entry(stage).or_default();
        h.rows_in += work.rows_in;
        h.rows_out += work.rows_out;
        h.dead_letters += work.dead_letters;
        h.files_written += work.files_written;
    }

    /// Takes the work done for `stage` so far in this run.
    pub fn take_handed(&self, stage: &str) -> Handed {
        let mut handed = self.handed.lock().unwrap_or_else(|p| p.into_inner());
        handed.remove(stage).unwrap_or_default()
    }

    /// Registers `table` in the session under its name, over its committed
    /// files for this run's user, with the schema of its contract.
    pub async fn register_table(&self, table: &str) -> Result<()> {
        let contract = contract::contract(table)?;
        let files = self.root.table_files(table, Some(&self.user_id)).await?;
        let _ = self.session.deregister_table(table);
        let provider: Arc<dyn datafusion::catalog::TableProvider> = if files.is_empty() {
            Arc::new(
                MemTable::try_new(contract.schema(), vec![vec![]])
                    .map_err(|e| StageError::query(table, e))?,
            )
        } else {
            let urls = files
                .iter()
                .map(|f| ListingTableUrl::parse(self.root.url(&f.path)))
                .collect::<datafusion::error::Result<Vec<_>>>()
                .map_err(|e| StageError::query(table, e))?;
            let options = ListingOptions::new(Arc::new(ParquetFormat::default()))
                .with_file_extension(".parquet");
            let config = ListingTableConfig::new_with_multi_paths(urls)
                .with_listing_options(options)
                .with_schema(contract.schema());
            Arc::new(ListingTable::try_new(config).map_err(|e| StageError::query(table, e))?)
        };
        self.session
            .register_table(table, provider)
            .map_err(|e| StageError::query(table, e))?;
        Ok(())
    }
}
