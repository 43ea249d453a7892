//! `jobtrack users list`, and `jobtrack run` over every user of a fleet in
//! turn (one user's failure does not stop the others; the exit code says
//! whether any failed).

use std::time::Duration;

use crate::app::{App, UsageExt};
use crate::cli::{OutFormat, SourceArgs, UsersAction};
use crate::config::Fleet;
use crate::output;

pub fn users(fleet: &Fleet, action: &UsersAction) -> anyhow::Result<()> {
    match action {
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
