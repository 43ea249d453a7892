//! The stages of the jobtrack pipeline and the runtime they share. This
//! crate knows nothing of the command line: the `jobtrack` binary builds a
//! [`RunContext`] and runs the stages that [`registry`] lists.
//!
//! # Layout
//! - [`stage`]: the `Stage` trait and the report a run returns.
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
//! - [`resolve`]: the SQL stage that runs every model of `sql/`, the SQL
//!   functions and settings it uses, and the corrections.
//! - [`llm`]: `int_emails_llm` and `llm_cache`, an OpenAI-compatible LLM
//!   asked about the uncertain tail only, its answers cached and checked.
//! - [`incremental`]: the file-by-file shape normalize and classify share.
//! - [`retry`]: the one retry policy and quota limiter of outside calls.
//! - [`lease`]: one holder at a time of a user's tables, the shared
//!   warehouse or a corrections file, by lock objects on the store.
//! - [`workers`]: the fixed pool of CPU threads where they do their work.
//! - [`publish`]: the DuckDB warehouse, its queries and exports.
//! - [`learn`]: label files, evaluation and retraining the local model.
//! - [`report`]: run reports and their summaries.
//! - [`purge`]: forgetting a user's mail, or part of it, on request.
//! - [`retention`]: `[storage] keep-bodies`, dropping bodies once used.
//! - [`dead_letter`], [`ids`], [`columns`], [`error`], [`clock`]: shared pieces.
//!
//! The synthetic mailbox generator is its own crate, `jobtrack-synth`.

pub mod alerts;
pub mod classify;
pub mod clock;
pub mod columns;
pub mod context;
pub mod contract;
pub mod dead_letter;
pub mod dlq;
pub mod error;
pub mod freshness;
pub mod ids;
pub mod incremental;
pub mod ingest;
pub mod learn;
pub mod lease;
pub mod llm;
pub mod metrics;
pub mod names;
pub mod normalize;
pub mod notify;
pub mod publish;
pub mod purge;
pub mod report;
pub mod resolve;
pub mod retention;
pub mod retry;
pub mod stage;
pub mod storage;
pub mod tables;
pub mod workers;

pub use clock::{Clock, FixedClock, SystemClock};
pub use context::{NoProgress, Progress, RunContext};
pub use error::{Domain, Result, StageError};
pub use resolve::{ResolveOptions, SqlStage};
pub use stage::{Stage, StageReport};
pub use storage::DataRoot;

/// What the stages of one run are built from.
#[derive(Debug, Clone)]
pub struct StageConfig {
    pub sources: Vec<ingest::AccountSource>,
    pub ingest: ingest::IngestOptions,
    /// The settings of the SQL models (`[resolve]`); the dashboard's
    /// "stalled" uses `stalled_days` too.
    pub resolve: resolve::ResolveOptions,
    pub warehouse: publish::Warehouse,
    pub classifier: std::sync::Arc<classify::Classifier>,
    /// `[llm]`, when configured; without it `int_emails_llm` stays empty.
    pub llm: Option<std::sync::Arc<llm::LlmSettings>>,
    /// `[storage] keep-bodies`: what stays of a message once processed.
    pub keep_bodies: retention::KeepBodies,
}

/// Every stage, in the order of [`tables::TABLES`]: a [`SqlStage`] for
/// each table made by SQL, the Rust stage of the same name for the others.
/// The runner orders them by their inputs.
pub fn registry(config: &StageConfig) -> Vec<Box<dyn Stage>> {
    tables::TABLES
        .iter()
        .filter_map(|t| match t.made {
            tables::Made::Rust => rust_stage(t.name, config),
            _ => sql_stage(t, config.resolve).map(|s| Box::new(s) as Box<dyn Stage>),
        })
        .collect()
}

/// The SQL stages, in run order, with `options` for their placeholders.
pub fn sql_stages(options: ResolveOptions) -> impl Iterator<Item = SqlStage> {
    tables::TABLES
        .iter()
        .filter_map(move |t| sql_stage(t, options))
}

/// The SQL stage of a table made by SQL.
fn sql_stage(t: &tables::Table, options: ResolveOptions) -> Option<SqlStage> {
    match t.made {
        tables::Made::Sql(sql) => Some(SqlStage {
            name: t.name,
            inputs: t.inputs,
            sql,
            options,
        }),
        _ => None,
    }
}

/// The Rust stage that writes `name` (an entry of [`tables::TABLES`] made
/// by [`tables::Made::Rust`]); a test checks every such entry has one.
fn rust_stage(name: &str, c: &StageConfig) -> Option<Box<dyn Stage>> {
    let stage: Box<dyn Stage> = match name {
        "raw_messages" => Box::new(ingest::RawMessages {
            sources: c.sources.clone(),
            options: c.ingest,
            normalize: true,
        }),
        "stg_emails" => Box::new(normalize::StgEmails),
        "int_emails_classified" => Box::new(classify::stage::IntEmailsClassified {
            classifier: c.classifier.clone(),
        }),
        "int_corrections" => Box::new(resolve::corrections::IntCorrections),
        "int_emails_llm" => Box::new(llm::stage::IntEmailsLlm {
            settings: c.llm.clone(),
            classifier: c.classifier.clone(),
        }),
        "keep_bodies" => Box::new(retention::DropBodies {
            keep: c.keep_bodies,
        }),
        "warehouse" => Box::new(publish::Publish {
            warehouse: c.warehouse.clone(),
        }),
        "site" => Box::new(publish::Site {
            warehouse: c.warehouse.clone(),
            stalled_days: c.resolve.stalled_days,
        }),
        _ => return None,
    };
    Some(stage)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stage_is_named_as_its_entry_and_reads_its_inputs() {
        let config = StageConfig {
            sources: vec![],
            ingest: ingest::IngestOptions::default(),
            resolve: ResolveOptions::default(),
            warehouse: publish::Warehouse::new("w.duckdb"),
            classifier: std::sync::Arc::new(
                classify::Classifier::new(&classify::Classifier::default_rules().unwrap(), None)
                    .unwrap(),
            ),
            llm: None,
            keep_bodies: retention::KeepBodies::default(),
        };
        let stages = registry(&config);
        let with_stage: Vec<&str> = tables::TABLES
            .iter()
            .filter(|t| t.has_stage())
            .map(|t| t.name)
            .collect();
        let names: Vec<&str> = stages.iter().map(|s| s.name()).collect();
        assert_eq!(names, with_stage, "a Rust entry without its stage");
        for stage in &stages {
            assert_eq!(stage.inputs(), tables::inputs(stage.name()));
        }
    }
}
