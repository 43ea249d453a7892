//! `jobtrack users list`, and `jobtrack run` over every user of a fleet in
//! turn (one user's failure does not stop the others; the exit code says
//! whether any failed).

use std::time::Duration;

use jobtrack_stages::publish::operations::{self, FleetUser, OPERATIONS_FILE};
use jobtrack_stages::report::past_runs;

use crate::app::{App, UsageExt};
use crate::cli::{OutFormat, SourceArgs, UsersAction};
use crate::config::Fleet;
use crate::output;

pub async fn users(
    fleet: &Fleet,
    data_dir: Option<&str>,
    action: &UsersAction,
) -> anyhow::Result<()> {
    match action {
        UsersAction::Report { format } => report(fleet, data_dir, *format).await,
        UsersAction::List { format } => {
            let users = fleet.summaries()?;
            if *format == OutFormat::Json {
                println!("{}", serde_json::to_string_pretty(&users)?);
                return Ok(());
            }
            output::print_records(&["id", "name", "accounts", "gmail"], &users, *format)
        }
    }
}

/// `jobtrack users report`: the operations tables, then one line per user.
async fn report(fleet: &Fleet, data_dir: Option<&str>, format: OutFormat) -> anyhow::Result<()> {
    let ids: Vec<Option<String>> = if fleet.is_fleet() {
        fleet.ids().into_iter().map(Some).collect()
    } else {
        vec![None]
    };
    let mut users = Vec::new();
    let mut runs = None;
    let mut place = None;
    for id in ids {
        let app = open(fleet, id.as_deref(), data_dir)?;
        if runs.is_none() {
            runs = Some(past_runs(&app.root, None, usize::MAX).await?);
            place = Some(match app.root.local_dir() {
                Some(dir) => dir.join(OPERATIONS_FILE),
                None => std::path::PathBuf::from("jobtrack-operations.duckdb"),
            });
        }
        let accounts: Vec<String> = app
            .config
            .accounts
            .iter()
            .map(|a| format!("{}:{}", a.name(), a.provider()))
            .collect();
        let mut user = FleetUser::from_runs(
            &app.config.user.id,
            accounts.join(" "),
            runs.as_deref().unwrap_or_default(),
        );
        let warehouse = app.warehouse();
        if warehouse.path.exists() {
            let id = app.config.user.id.clone();
            let count = |table: &str| -> anyhow::Result<Option<u64>> {
                let sql = format!("SELECT count(*) FROM {table} WHERE user_id = ?");
                let result = warehouse.query_params(&sql, &[&id])?;
                Ok(result
                    .objects()
                    .first()
                    .and_then(|row| row.values().next().and_then(serde_json::Value::as_u64)))
            };
            user.applications = count("applications")?;
            user.emails = count("emails")?;
        }
        users.push(user);
        // A user whose runs stopped is noticed here too (`stale`).
        match crate::metrics::alert(&app, runs.as_deref().unwrap_or_default()).await {
            Ok(sent) => {
                for a in sent {
                    eprintln!(
                        "Alert sent for user {}: {} ({})",
                        a.user_id, a.summary, a.key
                    );
                }
            }
            Err(e) => eprintln!(
                "jobtrack: user {}: could not send the alerts: {e:#}",
                app.config.user.id
            ),
        }
    }
    let (Some(runs), Some(place)) = (runs, place) else {
        return Ok(());
    };
    let run_id = crate::runner::new_run_id(&jobtrack_stages::SystemClock);
    let to = place.clone();
    let lines = users.clone();
    tokio::task::spawn_blocking(move || operations::build(&to, &runs, &lines, &run_id)).await??;
    output::print_records(
        &[
            "user_id",
            "runs",
            "last_run_at",
            "last_status",
            "last_success_at",
            "failures_since_success",
            "applications",
            "emails",
            "last_error",
        ],
        &users,
        format,
    )?;
    if format == OutFormat::Table {
        println!("Operations tables: {}", place.display());
    }
    Ok(())
}

/// Opens user `id`'s configuration (`data_dir`: the `--data-dir` flag).
pub fn open(fleet: &Fleet, id: Option<&str>, data_dir: Option<&str>) -> anyhow::Result<App> {
    let mut config = fleet.config(id).usage()?;
    if let Some(dir) = data_dir {
        config.storage.data_dir = dir.to_string();
    }
    App::open(config)
}

/// `jobtrack run` without `--user` on a fleet: every user in turn.
pub async fn run_each(
    fleet: &Fleet,
    data_dir: Option<&str>,
    dag: &crate::dag::Dag,
    source: &SourceArgs,
    dry_run: bool,
    wait: Duration,
) -> anyhow::Result<()> {
    if source.source.is_some() {
        return Err(crate::app::usage(
            "--source reads one mailbox: name the user it belongs to with --user",
        ));
    }
    let ids = fleet.ids();
    let mut failed = Vec::new();
    for id in &ids {
        println!("User {id}:");
        let outcome = async {
            let app = open(fleet, Some(id), data_dir)?;
            let sources = super::run::sources(&app.config, source)?;
            super::run::run_dag(&app, dag, sources, dry_run, wait).await
        }
        .await;
        if let Err(e) = outcome {
            eprintln!("jobtrack: user {id}: {e:#}");
            failed.push(id.as_str());
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        anyhow::bail!(
            "{} of {} users failed: {}",
            failed.len(),
            ids.len(),
            failed.join(", ")
        )
    }
}
