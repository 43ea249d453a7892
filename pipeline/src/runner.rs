//! Runs a planned list of stages once: one tracing span per stage, a report
//! per stage, and the run report written to `runs/<run_id>.json` under the
//! data root, whatever the outcome.

use std::time::Instant;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use tracing::Instrument;

use jobtrack_stages::storage::Bytes;
use jobtrack_stages::{Clock, DataRoot, RunContext, Stage, StageReport};

/// One stage's line in the run report.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StageRun {
    pub name: String,
    pub status: String,
    pub started_at: DateTime<Utc>,
    pub duration_ms: u64,
    #[serde(flatten)]
    pub report: StageReport,
    pub errors: Vec<String>,
}

/// The machine-readable report of one run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunReport {
    pub run_id: String,
    pub dag: String,
    pub user_id: String,
    pub data_root: String,
    pub dry_run: bool,
    pub status: String,
    pub started_at: DateTime<Utc>,
    pub finished_at: DateTime<Utc>,
    pub duration_ms: u64,
    pub stages: Vec<StageRun>,
}

impl RunReport {
    pub fn dead_letters(&self) -> u64 {
        self.stages.iter().map(|s| s.report.dead_letters).sum()
    }
}

/// A new run id: sortable by time, unique by a random tail.
pub fn new_run_id(clock: &dyn Clock) -> String {
    let tail = uuid::Uuid::new_v4().simple().to_string();
    format!("{}-{}", clock.now().format("%Y%m%dT%H%M%S%3fZ"), &tail[..6])
}

/// Runs `stages` in order; stops at the first failure. The report is written
/// even when a stage fails.
pub async fn run(
    ctx: &RunContext,
    dag: &str,
    stages: &[Box<dyn Stage>],
    display_root: &str,
) -> anyhow::Result<RunReport> {
    let started_at = ctx.clock.now();
    let started = Instant::now();
    let mut runs = Vec::new();
    let mut failure: Option<anyhow::Error> = None;
    for stage in stages {
        let span = tracing::info_span!("stage", stage = stage.name(), run_id = %ctx.run_id);
        let stage_started_at = ctx.clock.now();
        let t = Instant::now();
        tracing::info!(parent: &span, "Stage started.");
        let outcome = stage.run(ctx).instrument(span.clone()).await;
        let duration_ms = u64::try_from(t.elapsed().as_millis()).unwrap_or(u64::MAX);
        match outcome {
            Ok(report) => {
                tracing::info!(
                    parent: &span,
                    rows_in = report.rows_in,
                    rows_out = report.rows_out,
                    dead_letters = report.dead_letters,
                    duration_ms,
                    "Stage finished."
                );
                runs.push(StageRun {
                    name: stage.name().to_string(),
                    status: "succeeded".into(),
                    started_at: stage_started_at,
                    duration_ms,
                    report,
                    errors: vec![],
                });
            }
            Err(error) => {
                tracing::error!(parent: &span, %error, "Stage failed.");
                runs.push(StageRun {
                    name: stage.name().to_string(),
                    status: "failed".into(),
                    started_at: stage_started_at,
                    duration_ms,
                    report: StageReport::default(),
                    errors: vec![error.to_string()],
                });
                failure = Some(
                    anyhow::Error::new(error).context(format!("stage {} failed", stage.name())),
                );
                break;
            }
        }
    }
    let report = RunReport {
        run_id: ctx.run_id.clone(),
        dag: dag.to_string(),
        user_id: ctx.user_id.clone(),
        data_root: display_root.to_string(),
        dry_run: ctx.dry_run,
        status: if failure.is_some() {
            "failed"
        } else {
            "succeeded"
        }
        .into(),
        started_at,
        finished_at: ctx.clock.now(),
        duration_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        stages: runs,
    };
    write_report(&ctx.root, &report).await?;
    match failure {
        Some(e) => Err(e),
        None => Ok(report),
    }
}

async fn write_report(root: &DataRoot, report: &RunReport) -> anyhow::Result<()> {
    let json = serde_json::to_vec_pretty(report)?;
    root.put(&format!("runs/{}.json", report.run_id), Bytes::from(json))
        .await?;
    Ok(())
}

/// The reports of past runs, newest first.
pub async fn past_runs(root: &DataRoot, limit: usize) -> anyhow::Result<Vec<RunReport>> {
    let mut names = root.list("runs").await?;
    names.retain(|n| n.ends_with(".json"));
    let mut out = Vec::new();
    for name in names {
        if let Some(bytes) = root.get(&name).await? {
            match serde_json::from_slice::<RunReport>(&bytes) {
                Ok(r) => out.push(r),
                Err(error) => {
                    tracing::warn!(file = %name, %error, "Skipped an unreadable run report.")
                }
            }
        }
    }
    // Newest first: by start time, then id (runs started in the same
    // millisecond keep a stable order).
    out.sort_by(|a, b| (b.started_at, &b.run_id).cmp(&(a.started_at, &a.run_id)));
    out.truncate(limit);
    Ok(out)
}
