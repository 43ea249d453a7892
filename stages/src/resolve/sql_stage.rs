//! The SQL stage: a stage that is nothing but a name, its inputs and one
//! SELECT from `sql/` (DataFusion), with the SQL functions of [`super::udf`]
//! and the settings of [`ResolveOptions`] filled into its `{{ name }}`
//! placeholders. Input: its input tables for the run's user; output: its
//! table for that user, whole; grain: the model's own (a row per email, per
//! application, ...). Idempotent because it rewrites the user's table from
//! its inputs every run, never appends.
//!
//! The placeholders are text substitution, not DataFusion parameters
//! (`$name`): most of them sit inside interval literals
//! (`interval '{{ window_days }} days'`), where a parameter cannot go, and
//! their values are numbers from the configuration, never user text.

use arrow::array::RecordBatch;
use async_trait::async_trait;
use datafusion::dataframe::DataFrame;
use futures::StreamExt;

use super::ResolveOptions;
use crate::context::RunContext;
use crate::contract;
use crate::error::{Result, StageError};
use crate::stage::{Stage, StageReport};
use crate::storage::ParquetEncoder;

/// A stage defined by one SELECT in `sql/`: it rewrites its whole table for
/// the run's user from its inputs, so a rerun on the same inputs gives the same
/// table. Idempotent because it replaces, never appends.
#[derive(Debug, Clone, Copy)]
pub struct SqlStage {
    pub name: &'static str,
    pub inputs: &'static [&'static str],
    pub sql: &'static str,
    /// The values of its `{{ name }}` placeholders.
    pub options: ResolveOptions,
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
            .replace("{{ stalled_days }}", &self.options.stalled_days.to_string())
            .replace("{{ window_days }}", &self.options.window_days.to_string())
            .replace(
                "{{ role_similarity }}",
                &self.options.role_similarity.to_string(),
            )
    }

    /// Runs the SELECT in `ctx`'s session, its inputs registered there
    /// already: registers the SQL functions it may call ([`super::udf`]),
    /// fills in the placeholders and collects the rows.
    pub async fn query(&self, ctx: &RunContext) -> Result<Vec<RecordBatch>> {
        self.dataframe(ctx)
            .await?
            .collect()
            .await
            .map_err(|e| StageError::query(self.name, e))
    }

    /// The planned SELECT, its functions registered and placeholders filled.
    async fn dataframe(&self, ctx: &RunContext) -> Result<DataFrame> {
        super::udf::register(&ctx.session);
        ctx.session
            .sql(&self.render(ctx))
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
        // Batch by batch: the rows are encoded as they come, so the stage
        // never holds its whole output as Arrow.
        let contract = contract::contract(self.name)?;
        let mut encoder = ParquetEncoder::new(contract)?;
        let mut rows = self
            .dataframe(ctx)
            .await?
            .execute_stream()
            .await
            .map_err(|e| StageError::query(self.name, e))?;
        while let Some(batch) = rows.next().await {
            let batch = batch.map_err(|e| StageError::query(self.name, e))?;
            report.rows_out += batch.num_rows() as u64;
            if !ctx.dry_run {
                encoder.write(&batch)?;
            }
        }
        if ctx.dry_run {
            return Ok(report);
        }
        let (bytes, written) = encoder.finish()?;
        let entry = ctx
            .root
            .put_table_file(contract, self.name, &ctx.user_id, bytes, written)
            .await?;
        report.files_written = 1;
        let mut manifest = ctx.root.manifest(self.name, &ctx.user_id).await?;
        manifest.code_version = SQL_CODE_VERSION.to_string();
        manifest.outputs.clear();
        manifest.outputs.insert(self.name.to_string(), vec![entry]);
        ctx.root.commit(&mut manifest).await?;
        let vacuumed = ctx
            .root
            .vacuum(self.name, &ctx.user_id, &[self.name])
            .await?;
        report.detail("files_vacuumed", vacuumed as u64);
        Ok(report)
    }
}
