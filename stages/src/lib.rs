//! The stages of the jobtrack pipeline and the runtime they share. This
//! crate knows nothing of the command line: the `jobtrack` binary builds a
//! [`RunContext`] and runs the stages that [`registry`] lists.
//!
//! # Layout
//! - [`stage`]: the `Stage` trait, the report a run returns, and the SQL stage.
//! - [`context`]: `RunContext`, what a stage is handed (store, DataFusion
//!   session, HTTP client, clock, run id, user, dry run, progress).
//! - [`storage`]: tables on `object_store`, manifests that make a write
//!   visible in one step, Parquet encoding.
//! - [`tables`]: the one list of tables (name, layer, inputs, how each is
//!   made) that the contracts, the SQL and the registry come from.
//! - [`contract`]: the table contracts of `schemas/`, checked on every write.
//! - [`ingest`]: `raw_messages`, mbox / Maildir / `.eml` / Gmail API / IMAP
//!   into raw Parquet; the OAuth flow and the encrypted token store.
//! - [`normalize`]: `stg_emails`, MIME parsing into clean rows.
//! - [`classify`]: `int_emails_classified`, rules and a local model that
//!   label job mail and extract company, role, event, source and link.
//! - [`names`]: the vocabulary of company, role, person and link names
//!   that classify, the LLM checks and the SQL functions share.
//! - [`resolve`]: the corrections and the SQL functions that group
//!   application mail into applications (the SQL is in `sql/`).
//! - [`llm`]: `int_emails_llm` and `llm_cache`, an OpenAI-compatible LLM
//!   asked about the uncertain tail only, its answers cached and checked.
//! - [`incremental`]: the file-by-file shape normalize and classify share.
//! - [`publish`]: the DuckDB warehouse, its queries and exports.
//! - [`learn`]: label files, evaluation and retraining the local model.
//! - [`report`]: run reports and their summaries.
//! - [`dead_letter`], [`ids`], [`columns`], [`error`], [`clock`]: shared pieces.
//!
//! The synthetic mailbox generator is its own crate, `jobtrack-synth`.

pub mod classify;
pub mod clock;
pub mod columns;
pub mod context;
pub mod contract;
pub mod dead_letter;
pub mod error;
pub mod ids;
pub mod incremental;
pub mod ingest;
pub mod learn;
pub mod llm;
pub mod names;
pub mod normalize;
pub mod publish;
pub mod report;
pub mod resolve;
pub mod stage;
pub mod storage;
pub mod tables;

pub use clock::{Clock, FixedClock, SystemClock};
pub use context::{NoProgress, Progress, RunContext};
pub use error::{Domain, Result, StageError};
pub use stage::{SqlStage, Stage, StageReport};
pub use storage::DataRoot;
pub use tables::sql_stages;

/// What the stages of one run are built from.
#[derive(Debug, Clone)]
pub struct StageConfig {
    pub sources: Vec<ingest::AccountSource>,
    pub ingest: ingest::IngestOptions,
    pub warehouse: publish::Warehouse,
    pub classifier: std::sync::Arc<classify::Classifier>,
    /// `[llm]`, when configured; without it `int_emails_llm` stays empty.
    pub llm: Option<std::sync::Arc<llm::LlmSettings>>,
}

/// Every stage, in the order of [`tables::TABLES`], each built from its
/// entry there. The runner orders them by their inputs.
pub fn registry(config: &StageConfig) -> Vec<Box<dyn Stage>> {
    tables::TABLES
        .iter()
        .filter_map(|t| t.stage(config))
        .collect()
}
