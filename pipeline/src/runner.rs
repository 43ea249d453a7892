//! Runs a planned list of stages once: one tracing span per stage, a report
//! per stage, and the run report written to `runs/user_id=<user>/<run_id>.json`
//! under the data root, whatever the outcome. A stage whose output is still
//! what its unchanged inputs make is skipped ([`freshness`]).

use std::time::Instant;

use tracing::Instrument;

use jobtrack_stages::alerts::RECONNECT;
use jobtrack_stages::freshness::{self, Ran, SKIPPED};
use jobtrack_stages::ingest::SOURCES_FAILED;
use jobtrack_stages::lease::Lease;
use jobtrack_stages::report::{RunReport, StageRun};
use jobtrack_stages::{Clock, RunContext, Stage, StageReport};

/// A new run id: sortable by time, unique by a random tail.
pub fn new_run_id(clock: &dyn Clock) -> String {
    let tail = uuid::Uuid::new_v4().simple().to_string();
    format!("{}-{}", clock.now().format("%Y%m%dT%H%M%S%3fZ"), &tail[..6])
}

/// How many mail sources failed while the others were read.
pub fn sources_failed(runs: &[StageRun]) -> u64 {
    runs.iter()
        .filter_map(|s| s.report.details.get(SOURCES_FAILED))
        .sum()
}

/// Runs `stages` in order while `lease` (the user's) is held; stops at the
/// first failure, or before a stage when the lease was lost. The report is
/// written even when a stage fails.
pub async fn run(
    ctx: &RunContext,
    dag: &str,
    stages: &[Box<dyn Stage>],
    display_root: &str,
    lease: &Lease,
) -> anyhow::Result<RunReport> {
    let started_at = ctx.clock.now();
    let started = Instant::now();
    let mut runs = Vec::new();
    let mut failure: Option<anyhow::Error> = None;
    if !ctx.dry_run {
        // What a killed run's last commits left for other tables.
        let settled = ctx.root.settle(&ctx.user_id).await?;
        if settled > 0 {
            tracing::info!(commits = settled, "Applied what a killed run left pending.");
        }
    }
    for stage in stages {
        let span = tracing::info_span!("stage", stage = stage.name(), run_id = %ctx.run_id);
        let stage_started_at = ctx.clock.now();
        let t = Instant::now();
        tracing::info!(parent: &span, "Stage started.");
        let outcome = match lease.check() {
            Ok(()) => {
                freshness::run_unless_fresh(ctx, stage.as_ref())
                    .instrument(span.clone())
                    .await
            }
            Err(lost) => Err(lost),
        };
        let duration_ms = u64::try_from(t.elapsed().as_millis()).unwrap_or(u64::MAX);
        match outcome {
            Ok(Ran::Skipped) => {
                tracing::info!(parent: &span, duration_ms, "Stage skipped: nothing it reads changed.");
                runs.push(StageRun {
                    name: stage.name().to_string(),
                    status: SKIPPED.into(),
                    started_at: stage_started_at,
                    duration_ms,
                    report: StageReport::default(),
                    errors: vec![],
                });
            }
            Ok(Ran::Ran(report)) => {
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
                let mut report = StageReport::default();
                if let Some(account) = error.reconnect_account() {
                    report.detail(&format!("{RECONNECT}{account}"), 1);
                }
                runs.push(StageRun {
                    name: stage.name().to_string(),
                    status: "failed".into(),
                    started_at: stage_started_at,
                    duration_ms,
                    report,
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
        } else if sources_failed(&runs) > 0 {
            "partial"
        } else {
            "succeeded"
        }
        .into(),
        started_at,
        finished_at: ctx.clock.now(),
        duration_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        stages: runs,
    };
    report.write(&ctx.root).await?;
    match failure {
        Some(e) => Err(e),
        None => Ok(report),
    }
}
