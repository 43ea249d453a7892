//! The `Stage` trait and the report every stage run returns. The SQL stage,
//! a stage that is nothing but a name, its inputs and one SELECT from `sql/`,
//! is [`crate::resolve::SqlStage`].

use std::collections::BTreeMap;

use async_trait::async_trait;
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
}

impl StageReport {
    /// Adds a stage-specific figure.
    pub fn detail(&mut self, key: &str, value: u64) {
        *self.details.entry(key.to_string()).or_default() += value;
    }
}
