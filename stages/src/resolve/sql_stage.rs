//! The SQL stage: a stage that is nothing but a name, its inputs and one
//! SELECT from `sql/` (DataFusion), with the SQL functions of [`super::udf`]
//! and the settings of [`ResolveOptions`] filled into its `{{ name }}`
//! placeholders. Input: its input tables for the run's user; output: its
//! table for that user, whole; grain: the model's own (a row per email, per
//! application, ...). Idempotent because it rewrites the user's table from
//! its inputs every run, never appends.
//!
//! The stage has a fingerprint ([`crate::freshness`]): its SQL as
//! rendered, so a run skips it while its inputs and settings are unchanged.
//! The one rule in `sql/` that reads the clock (`{{ now }}`) is the stall
//! rule of `applications`; for it the stage reports when the first open
//! application will turn stalled ([`stall_horizon`]), and a run made after
//! that does not skip it.
//!
//! The placeholders are text substitution, not DataFusion parameters
//! (`$name`): most of them sit inside interval literals
//! (`interval '{{ window_days }} days'`), where a parameter cannot go, and
//! their values are numbers from the configuration, never user text.

use arrow::array::{Array, AsArray, RecordBatch};
use arrow::datatypes::{DataType, TimeUnit, TimestampMicrosecondType};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
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
    /// A failed query names a table, not the file that broke it: when one
    /// of the user's input files is missing or unreadable, the error names
    /// that file instead.
    async fn name_broken_input(&self, ctx: &RunContext, e: StageError) -> StageError {
        if !matches!(e, StageError::Query { .. }) {
            return e;
        }
        match ctx.root.first_broken(self.inputs, &ctx.user_id).await {
            Ok(Some(found)) => StageError::DataFile {
                table: found.table,
                path: found.file,
                reason: format!("{} ({e})", found.problem),
            },
            _ => e,
        }
    }

    /// The SQL with its `{{ name }}` placeholders filled in: `now` (the run's
    /// clock, a UTC timestamp), `stalled_days`, `window_days` and
    /// `role_similarity`.
    pub fn render(&self, ctx: &RunContext) -> String {
        let now = ctx.clock.now().timestamp_micros();
        self.render_at(&format!("arrow_cast({now}, 'Timestamp(us, \"UTC\")')"))
    }

    /// The SQL with `{{ now }}` replaced by `now` and the other placeholders
    /// filled in.
    fn render_at(&self, now: &str) -> String {
        self.sql
            .replace("{{ now }}", now)
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

/// When the first open application among `batch`'s rows (`applications`,
/// not stalled, not closed) turns stalled at `stalled_days` without new
/// mail: a microsecond after its last mail plus that, if later than `now`.
/// None for rows without those columns.
pub fn stall_horizon(
    batch: &RecordBatch,
    now: DateTime<Utc>,
    stalled_days: u32,
) -> Option<DateTime<Utc>> {
    let column = |name: &str, to: &DataType| {
        let c = batch.column_by_name(name)?;
        arrow::compute::cast(c, to).ok()
    };
    let last = column(
        "last_activity_at",
        &DataType::Timestamp(TimeUnit::Microsecond, None),
    )?;
    let last = last.as_primitive_opt::<TimestampMicrosecondType>()?;
    let stalled = column("stalled", &DataType::Boolean)?;
    let stalled = stalled.as_boolean_opt()?;
    let status = column("current_status", &DataType::Utf8)?;
    let status = status.as_string_opt::<i32>()?;
    let span = i64::from(stalled_days) * 86_400_000_000 + 1;
    let now = now.timestamp_micros();
    (0..batch.num_rows())
        .filter(|&i| {
            last.is_valid(i)
                && !(stalled.is_valid(i) && stalled.value(i))
                && !(status.is_valid(i)
                    && matches!(status.value(i), "offer" | "rejected" | "withdrawn"))
        })
        .map(|i| last.value(i).saturating_add(span))
        .filter(|&flip| flip > now)
        .min()
        .and_then(DateTime::from_timestamp_micros)
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

    /// The SQL as rendered (the clock left as a placeholder: it is the
    /// report's `valid_until`) and the code version.
    async fn fingerprint(&self, _ctx: &RunContext) -> Result<Option<String>> {
        Ok(Some(format!(
            "{SQL_CODE_VERSION}\n{}",
            self.render_at("{{ now }}")
        )))
    }

    async fn run(&self, ctx: &RunContext) -> Result<StageReport> {
        let mut report = StageReport::default();
        let reads_clock = self.sql.contains("{{ now }}");
        let now = ctx.clock.now();
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
        let streamed: Result<()> = async {
            let mut rows = self
                .dataframe(ctx)
                .await?
                .execute_stream()
                .await
                .map_err(|e| StageError::query(self.name, e))?;
            while let Some(batch) = rows.next().await {
                let batch = batch.map_err(|e| StageError::query(self.name, e))?;
                report.rows_out += batch.num_rows() as u64;
                if reads_clock && batch.column_by_name("stalled").is_none() {
                    // A clock rule other than the stall rule: never skipped.
                    report.valid_until = Some(now);
                } else if reads_clock {
                    let horizon = stall_horizon(&batch, now, self.options.stalled_days);
                    report.valid_until = match (report.valid_until, horizon) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    };
                }
                if !ctx.dry_run {
                    encoder.write(&batch)?;
                }
            }
            Ok(())
        }
        .await;
        if let Err(e) = streamed {
            return Err(self.name_broken_input(ctx, e).await);
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
        // A SQL model is made again from its inputs at will, and its old
        // versions hold the text `[storage] keep-bodies` or a purge took
        // out of the inputs: they go at once, not after Delta's retention.
        let vacuumed = ctx
            .root
            .vacuum_within(
                self.name,
                &ctx.user_id,
                &[self.name],
                chrono::Duration::zero(),
            )
            .await?;
        report.detail("files_vacuumed", vacuumed as u64);
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use arrow::array::{BooleanArray, StringArray, TimestampMicrosecondArray};
    use arrow::datatypes::{Field, Schema};

    use super::*;

    #[test]
    fn the_horizon_is_the_first_open_application_turning_stalled() {
        let day = 86_400_000_000_i64;
        let now = DateTime::from_timestamp_micros(100 * day).unwrap();
        let batch = RecordBatch::try_new(
            Arc::new(Schema::new(vec![
                Field::new(
                    "last_activity_at",
                    DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
                    true,
                ),
                Field::new("stalled", DataType::Boolean, true),
                Field::new("current_status", DataType::Utf8, false),
            ])),
            vec![
                Arc::new(
                    TimestampMicrosecondArray::from(vec![
                        Some(95 * day),
                        Some(90 * day),
                        Some(70 * day),
                        Some(98 * day),
                        None,
                    ])
                    .with_timezone("UTC"),
                ),
                Arc::new(BooleanArray::from(vec![
                    Some(false),
                    Some(false),
                    Some(true),
                    Some(false),
                    Some(false),
                ])),
                Arc::new(StringArray::from(vec![
                    "interview",
                    "rejected",
                    "applied",
                    "applied",
                    "applied",
                ])),
            ],
        )
        .unwrap();
        // Row 0 turns stalled a microsecond after day 95 + 21; the rejected
        // one never does, the stalled one already did, and row 3 later.
        assert_eq!(
            stall_horizon(&batch, now, 21),
            DateTime::from_timestamp_micros(116 * day + 1)
        );
        // Columns of another table: no horizon.
        let other = RecordBatch::try_new(
            Arc::new(Schema::new(vec![Field::new("x", DataType::Utf8, false)])),
            vec![Arc::new(StringArray::from(vec!["a"]))],
        )
        .unwrap();
        assert_eq!(stall_horizon(&other, now, 21), None);
    }
}
