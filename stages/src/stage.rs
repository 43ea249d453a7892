//! The `Stage` trait, the report every stage run returns, and the SQL stage:
//! a stage that is nothing but a name, its inputs and one SELECT from `sql/`.

use std::collections::BTreeMap;

use arrow::array::RecordBatch;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::context::RunContext;
use crate::contract;
use crate::error::{Result, StageError};

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

/// A stage defined by one SELECT in `sql/`: it rewrites its whole table for
/// the run's user from its inputs, so a rerun on the same inputs gives the same
/// table. Idempotent because it replaces, never appends.
#[derive(Debug, Clone, Copy)]
pub struct SqlStage {
    pub name: &'static str,
    pub inputs: &'static [&'static str],
    pub sql: &'static str,
}

impl SqlStage {
    /// The SQL with its `{{ name }}` placeholders filled in: `now` (the run's
    /// clock, a UTC timestamp), `stalled_days`, `window_days` and
    /// `role_similarity`.
    pub fn render(&self, ctx: &RunContext) -> String {
        let now = ctx.clock.now().timestamp_micros();
        self.sql
            .replace(
                "{{ now }}",
                &format!("arrow_cast({now}, 'Timestamp(us, \"UTC\")')"),
            )
            .replace("{{ stalled_days }}", &ctx.resolve.stalled_days.to_string())
            .replace("{{ window_days }}", &ctx.resolve.window_days.to_string())
            .replace(
                "{{ role_similarity }}",
                &ctx.resolve.role_similarity.to_string(),
            )
    }

    /// Runs the SELECT in `ctx`'s session, its inputs registered there
    /// already: registers the SQL functions it may call
    /// ([`crate::resolve::udf`]), fills in the placeholders and collects
    /// the rows.
    pub async fn query(&self, ctx: &RunContext) -> Result<Vec<RecordBatch>> {
        crate::resolve::udf::register(&ctx.session);
        let df = ctx
            .session
            .sql(&self.render(ctx))
            .await
            .map_err(|e| StageError::query(self.name, e))?;
        df.collect()
            .await
            .map_err(|e| StageError::query(self.name, e))
    }
}

/// Bumped when the meaning of SQL stages' outputs changes.
const SQL_CODE_VERSION: &str = "1";

#[async_trait]
impl Stage for SqlStage {
    fn name(&self) -> &'static str {
        self.name
    }

    fn inputs(&self) -> &'static [&'static str] {
        self.inputs
    }

    async fn run(&self, ctx: &RunContext) -> Result<StageReport> {
        let mut report = StageReport::default();
        for input in self.inputs {
            ctx.register_table(input).await?;
            report.rows_in += ctx
                .root
                .table_files(input, Some(&ctx.user_id))
                .await?
                .iter()
                .map(|f| f.rows)
                .sum::<u64>();
        }
        let batches = self.query(ctx).await?;
        report.rows_out = batches.iter().map(|b| b.num_rows() as u64).sum();
        if ctx.dry_run {
            return Ok(report);
        }
        let contract = contract::contract(self.name)?;
        let entry = ctx
            .root
            .write_file(contract, self.name, &ctx.user_id, &batches)
            .await?;
        report.files_written = 1;
        let mut manifest = ctx.root.manifest(self.name, &ctx.user_id).await?;
        manifest.code_version = SQL_CODE_VERSION.to_string();
        manifest.outputs.clear();
        manifest.outputs.insert(self.name.to_string(), vec![entry]);
        ctx.root.commit(&mut manifest).await?;
        let vacuumed = ctx.root.vacuum(self.name, &[self.name]).await?;
        report.detail("files_vacuumed", vacuumed as u64);
        Ok(report)
    }
}
