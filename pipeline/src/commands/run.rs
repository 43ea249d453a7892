//! `jobtrack run`, `ingest` and `schedule`: build the stages from the
//! configuration, plan the DAG's targets, run them and print the report.

use std::io::IsTerminal;
use std::sync::Arc;

use jobtrack_stages::ingest::{AccountSource, MailSource};
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

/// Runs `dag` on `sources` once and prints what each stage did.
pub async fn run_dag(
    app: &App,
    dag: &dag::Dag,
    sources: Vec<AccountSource>,
    dry_run: bool,
) -> anyhow::Result<()> {
    let config = &app.config;
    let warehouse = app.warehouse();
    let classifier = config.classifier(&app.root).await.usage()?;
    let llm = config.llm_settings().usage()?.map(Arc::new);
    let stages = jobtrack_stages::registry(&StageConfig {
        sources,
        ingest: config.ingest,
        resolve: config.resolve,
        warehouse: warehouse.clone(),
        classifier: Arc::new(classifier),
        llm,
    });
    let plan = dag::plan(stages, &dag.targets).usage()?;
    let mut ctx = app.context();
    ctx.dry_run = dry_run;
    ctx.progress = if std::io::stderr().is_terminal() {
        Arc::new(progress::Bars::default()) as Arc<dyn Progress>
    } else {
        Arc::new(NoProgress)
    };
    let display_root = app.root.display().to_string();
    let report = runner::run(&ctx, &dag.name, &plan, &display_root).await?;
    println!(
        "Run {} {} in {} ms ({})",
        report.run_id, report.status, report.duration_ms, dag.name
    );
    for s in &report.stages {
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
    if report.stages.iter().any(|s| s.name == "warehouse") {
        println!("Warehouse: {}", warehouse.path.display());
    }
    println!("Report: {display_root}/runs/{}.json", report.run_id);
    Ok(())
}
