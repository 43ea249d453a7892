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

pub use clock::{Clock, FixedClock, SystemClock};
pub use context::{NoProgress, Progress, RunContext};
pub use error::{Domain, Result, StageError};
pub use stage::{SqlStage, Stage, StageReport};
pub use storage::DataRoot;

/// The SQL stages, one per file under `sql/`.
pub const SQL_STAGES: &[SqlStage] = &[
    SqlStage {
        name: "int_emails_corrected",
        inputs: &["int_emails_classified", "int_emails_llm", "int_corrections"],
        sql: include_str!("../../sql/intermediate/int_emails_corrected.sql"),
    },
    SqlStage {
        name: "int_emails_in_context",
        inputs: &["int_emails_corrected", "stg_emails"],
        sql: include_str!("../../sql/intermediate/int_emails_in_context.sql"),
    },
    SqlStage {
        name: "int_application_mail",
        inputs: &["int_emails_in_context", "stg_emails"],
        sql: include_str!("../../sql/intermediate/int_application_mail.sql"),
    },
    SqlStage {
        name: "int_application_keys",
        inputs: &["int_application_mail"],
        sql: include_str!("../../sql/intermediate/int_application_keys.sql"),
    },
    SqlStage {
        name: "int_application_emails",
        inputs: &["int_application_keys", "int_corrections"],
        sql: include_str!("../../sql/intermediate/int_application_emails.sql"),
    },
    SqlStage {
        name: "emails",
        inputs: &[
            "stg_emails",
            "int_emails_in_context",
            "int_application_emails",
        ],
        sql: include_str!("../../sql/marts/emails.sql"),
    },
    SqlStage {
        name: "application_events",
        inputs: &["int_application_emails"],
        sql: include_str!("../../sql/marts/application_events.sql"),
    },
    SqlStage {
        name: "applications",
        inputs: &["int_application_emails", "int_corrections"],
        sql: include_str!("../../sql/marts/applications.sql"),
    },
    SqlStage {
        name: "users",
        inputs: &["stg_emails"],
        sql: include_str!("../../sql/marts/users.sql"),
    },
];

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

/// Every stage, in one plain list. The runner orders them by their inputs.
pub fn registry(config: &StageConfig) -> Vec<Box<dyn Stage>> {
    let mut stages: Vec<Box<dyn Stage>> = vec![
        Box::new(ingest::RawMessages {
            sources: config.sources.clone(),
            options: config.ingest,
        }),
        Box::new(normalize::StgEmails),
        Box::new(classify::stage::IntEmailsClassified {
            classifier: config.classifier.clone(),
        }),
        Box::new(resolve::corrections::IntCorrections),
        Box::new(llm::stage::IntEmailsLlm {
            settings: config.llm.clone(),
            classifier: config.classifier.clone(),
        }),
    ];
    stages.extend(SQL_STAGES.iter().map(|s| Box::new(*s) as Box<dyn Stage>));
    stages.push(Box::new(publish::Publish {
        warehouse: config.warehouse.clone(),
    }));
    stages.push(Box::new(publish::Site {
        warehouse: config.warehouse.clone(),
    }));
    stages
}
