//! `jobtrack run`, `ingest` and `schedule`: build the stages from the
//! configuration, plan the DAG's targets, run them and print the report.

use std::io::IsTerminal;
use std::sync::Arc;
use std::time::Duration;

use jobtrack_stages::freshness::SKIPPED;
use jobtrack_stages::ingest::{AccountSource, MailSource, SOURCE_FAILED};
use jobtrack_stages::lease::{self, Lease, LeaseOptions};
use jobtrack_stages::report::RunReport;
use jobtrack_stages::retention::{self, KeepBodies};
use jobtrack_stages::{NoProgress, Progress, StageConfig};

use crate::app::{App, UsageExt};
use crate::cli::SourceArgs;
use crate::config::Config;
use crate::{dag, progress, runner};

/// The mailboxes of this run: `--source`, or the configured accounts.
pub fn sources(config: &Config, args: &SourceArgs) -> anyhow::Result<Vec<AccountSource>> {
    match &args.source {
        Some(spec) => {
            let source = MailSource::parse(spec)?;
            let account = args
                .account
                .clone()
                .unwrap_or_else(|| source.kind().to_string());
            Ok(vec![AccountSource { account, source }])
        }
        None => config.sources().usage(),
    }
}

/// Runs `dag` on `sources` once, holding the user's lease (waiting up to
/// `wait` for another run of the same user to finish), and prints what each
/// stage did.
pub async fn run_dag(
    app: &App,
    dag: &dag::Dag,
    sources: Vec<AccountSource>,
    dry_run: bool,
    wait: Duration,
) -> anyhow::Result<()> {
    let config = &app.config;
    let warehouse = app.warehouse();
    let classifier = config.classifier(&app.root).await.usage()?;
    let llm = config.llm_settings().usage()?.map(Arc::new);
    let stage_config = StageConfig {
        sources,
        ingest: config.ingest,
        resolve: config.resolve,
        warehouse: warehouse.clone(),
        classifier: Arc::new(classifier),
        llm,
        keep_bodies: config.storage.keep_bodies,
    };
    let mut targets = dag.targets.clone();
    // Bodies are dropped once the LLM tail has read them, in a run that
    // gets that far (not in ingest-only runs).
    if config.storage.keep_bodies != KeepBodies::Full
        && dag::plan(jobtrack_stages::registry(&stage_config), &targets)
            .usage()?
            .iter()
            .any(|s| s.name() == "int_emails_llm")
    {
        targets.push(retention::STAGE.to_string());
    }
    let plan = dag::plan(jobtrack_stages::registry(&stage_config), &targets).usage()?;
    let mut ctx = app.context();
    ctx.dry_run = dry_run;
    ctx.progress = if std::io::stderr().is_terminal() {
        Arc::new(progress::Bars::default()) as Arc<dyn Progress>
    } else {
        Arc::new(NoProgress)
    };
    let display_root = app.root.display().to_string();
    let lease = Lease::acquire(
        &app.root,
        &lease::user_lease(&ctx.user_id),
        &ctx.run_id,
        LeaseOptions::waiting(wait),
    )
    .await?;
    let outcome = runner::run(&ctx, &dag.name, &plan, &display_root, &lease).await;
    let maintained = match dag.maintain_every_days {
        Some(days) if outcome.is_ok() && !dry_run => {
            Some(super::lake::when_due(&ctx.root, &ctx.user_id, days).await)
        }
        _ => None,
    };
    let released = lease.release().await;
    if !dry_run {
        crate::metrics::after_run(app).await;
    }
    let report = outcome?;
    released?;
    print_report(&report, &dag.name);
    match maintained {
        Some(Ok(Some(done))) => super::lake::print_maintained(&ctx.user_id, &done, 7),
        Some(Err(e)) => {
            eprintln!("jobtrack: the run is done, but the weekly maintain failed: {e:#}")
        }
        _ => {}
    }
    if report.stages.iter().any(|s| s.name == "warehouse") {
        println!("Warehouse: {}", warehouse.path.display());
    }
    println!(
        "Report: {display_root}/{}",
        jobtrack_stages::report::RunReport::path(&report.user_id, &report.run_id)
    );
    let published = report.stages.iter().any(|s| s.name == "warehouse");
    let sheets_failed = if config.export.sheets.on_run && published && !dry_run {
        match super::sheets::export_sheets(app, None, None, &Default::default()).await {
            Ok(done) => {
                super::sheets::print(&done);
                None
            }
            // The run's tables are in place; the exit code still tells cron.
            Err(e) => Some(format!("{e:#}")),
        }
    } else {
        None
    };
    let failed: Vec<&str> = report
        .stages
        .iter()
        .flat_map(|s| &s.report.warnings)
        .filter_map(|w| w.strip_prefix(SOURCE_FAILED))
        .collect();
    if !failed.is_empty() {
        // Everything else was done; the exit code still tells cron.
        anyhow::bail!(
            "the run went on without {} of its sources: {}",
            failed.len(),
            failed.join("; ")
        );
    }
    let nudge_failed = if published && !dry_run {
        match super::nudge::after_run(app).await {
            Ok(Some(outcome)) => {
                super::nudge::print(&outcome);
                None
            }
            Ok(None) => None,
            Err(e) => Some(format!("{e:#}")),
        }
    } else {
        None
    };
    if let Some(e) = nudge_failed {
        anyhow::bail!(
            "the run's tables are published, but the stalled-application digest failed: {e}"
        );
    }
    if let Some(e) = sheets_failed {
        anyhow::bail!("the run's tables are published, but the Sheets export failed: {e}");
    }
    Ok(())
}

/// The run's summary: its status and a line per stage.
fn print_report(report: &RunReport, dag: &str) {
    println!(
        "Run {} {} in {} ms ({})",
        report.run_id, report.status, report.duration_ms, dag
    );
    for s in &report.stages {
        if s.status == SKIPPED {
            println!("  {:<14} skipped: nothing it reads changed", s.name);
            continue;
        }
        println!(
            "  {:<14} rows in {:>8}  out {:>8}  dead letters {:>4}  duplicates {:>6}  {:>7} ms",
            s.name,
            s.report.rows_in,
            s.report.rows_out,
            s.report.dead_letters,
            s.report.duplicates,
            s.duration_ms
        );
    }
}
