//! The `Stage` trait and the report every stage run returns. The SQL stage,
//! a stage that is nothing but a name, its inputs and one SELECT from `sql/`,
//! is [`crate::resolve::SqlStage`]. A stage whose output is a function of
//! its input tables and of settings it can name says so with
//! [`Stage::fingerprint`], and a run skips it while neither changed
//! ([`crate::freshness`]).

use std::collections::BTreeMap;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::context::RunContext;
use crate::error::Result;

/// One idempotent step: reads its inputs, writes its table, reports what it did.
#[async_trait]
pub trait Stage: Send + Sync {
    /// The table the stage writes; also its SQL and schema file stem.
    fn name(&self) -> &'static str;
    /// The tables it reads: its entry's inputs in [`crate::tables::TABLES`].
    fn inputs(&self) -> &'static [&'static str] {
        crate::tables::inputs(self.name())
    }
    /// Runs the stage once.
    async fn run(&self, ctx: &RunContext) -> Result<StageReport>;

    /// What the stage's output is made from beside its input tables: its
    /// code and settings, as text ([`crate::freshness`] digests it with the
    /// inputs' committed files). None, the default: the stage reads
    /// something outside its input tables (mailboxes, an LLM, the
    /// bookkeeping of files it consumed) and runs every time.
    async fn fingerprint(&self, _ctx: &RunContext) -> Result<Option<String>> {
        Ok(None)
    }

    /// What the stage's output is now, so that a run can tell it was
    /// changed or removed since the stage made it; None when there is none.
    /// The default: the files committed to the table of its name.
    async fn output(&self, ctx: &RunContext) -> Result<Option<String>> {
        let files = ctx
            .root
            .table_files(self.name(), Some(&ctx.user_id))
            .await?;
        Ok((!files.is_empty()).then(|| crate::storage::files_digest(&files)))
    }
}

/// What one stage run did. The runner adds its timing and status.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StageReport {
    pub rows_in: u64,
    pub rows_out: u64,
    pub files_written: u64,
    pub dead_letters: u64,
    pub duplicates: u64,
    pub warnings: Vec<String>,
    /// Stage-specific figures (e.g. bytes read, files vacuumed).
    pub details: BTreeMap<String, u64>,
    /// When the output, made from the same inputs, would come out
    /// different because time passed (an application becomes stalled):
    /// a later run does not skip the stage from then on. None: never.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<DateTime<Utc>>,
}

impl StageReport {
    /// Adds a stage-specific figure.
    pub fn detail(&mut self, key: &str, value: u64) {
        *self.details.entry(key.to_string()).or_default() += value;
    }
}
