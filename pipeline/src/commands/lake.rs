//! The lake's upkeep, each under the user's lease but `history`:
//! `jobtrack history` (a table's versions in its Delta log), `jobtrack
//! restore` (the user's part of a table back to one of them) and `jobtrack
//! maintain` (compaction, log checkpoints, vacuum).

use std::time::Duration;

use jobtrack_stages::lease::{self, Lease, LeaseOptions};
use jobtrack_stages::storage::{DataRoot, Maintained};
use jobtrack_stages::{Clock as _, SystemClock};

use crate::app::App;
use crate::cli::{Command, OutFormat};
use crate::output;

/// The columns `history` prints.
const COLUMNS: [&str; 8] = [
    "version",
    "time",
    "operation",
    "stage",
    "run_id",
    "rows_added",
    "rows_removed",
    "user_id",
];

/// Runs `history`, `restore` or `maintain`.
pub async fn dispatch(app: &App, command: &Command) -> anyhow::Result<()> {
    match command {
        Command::History {
            table,
            limit,
            format,
        } => history(app, table, *limit, *format).await,
        Command::Maintain {
            retention_days,
            wait,
        } => maintain(app, *retention_days, wait.duration()).await,
        Command::Restore {
            table,
            version,
            wait,
        } => restore(app, table, *version, wait.duration()).await,
        _ => Ok(()),
    }
}

/// Refuses a name that is no table, listing the tables.
fn check_table(table: &str) -> anyhow::Result<()> {
    let tables = jobtrack_stages::contract::tables()?;
    if tables.contains(&table) {
        Ok(())
    } else {
        Err(crate::app::usage(format!(
            "no table {table:?}; the tables are: {}",
            tables.join(", ")
        )))
    }
}

pub async fn history(
    app: &App,
    table: &str,
    limit: usize,
    format: OutFormat,
) -> anyhow::Result<()> {
    check_table(table)?;
    let mut versions = app.root.history(table, &app.config.user.id).await?;
    versions.truncate(limit);
    if format == OutFormat::Json {
        println!("{}", serde_json::to_string_pretty(&versions)?);
        return Ok(());
    }
    if versions.is_empty() {
        println!(
            "Table {table} has no versions yet for user {}.",
            app.config.user.id
        );
        return Ok(());
    }
    output::print_records(&COLUMNS, &versions, format)
}

pub async fn restore(app: &App, table: &str, version: u64, wait: Duration) -> anyhow::Result<()> {
    check_table(table)?;
    let user = &app.config.user.id;
    let run_id = app.context().run_id;
    let lease = Lease::acquire(
        &app.root.for_run(&run_id),
        &lease::user_lease(user),
        &run_id,
        LeaseOptions::waiting(wait),
    )
    .await?;
    let outcome = app
        .root
        .for_run(&run_id)
        .restore(table, user, version)
        .await;
    let released = lease.release().await;
    let (added, removed) = outcome?;
    released?;
    println!(
        "Restored {table} for user {user} to version {version}: {added} files back, {removed} removed. \
         The next run remakes what reads it."
    );
    Ok(())
}

pub async fn maintain(app: &App, retention_days: i64, wait: Duration) -> anyhow::Result<()> {
    if retention_days < 0 {
        return Err(crate::app::usage("--retention-days must be 0 or more"));
    }
    let user = &app.config.user.id;
    let run_id = app.context().run_id;
    let root = app.root.for_run(&run_id);
    let lease = Lease::acquire(
        &root,
        &lease::user_lease(user),
        &run_id,
        LeaseOptions::waiting(wait),
    )
    .await?;
    let outcome = root.maintain(user, retention_days).await;
    let released = lease.release().await;
    let done = outcome?;
    released?;
    mark_maintained(&root, user).await?;
    print_maintained(user, &done, retention_days);
    Ok(())
}

pub fn print_maintained(user: &str, done: &Maintained, retention_days: i64) {
    println!(
        "Maintained user {user}'s tables: {} small files merged into {}, {} logs checkpointed, {} files deleted \
         (kept: what was removed less than {retention_days} days ago).",
        done.files_compacted, done.files_written, done.checkpoints, done.files_deleted
    );
}

/// Where the time of a user's last `maintain` is kept.
fn maintained_path(user: &str) -> String {
    format!("_state/maintained/user_id={user}.txt")
}

async fn mark_maintained(root: &DataRoot, user: &str) -> anyhow::Result<()> {
    let now = SystemClock.now().to_rfc3339();
    root.put(&maintained_path(user), now.into_bytes().into())
        .await?;
    Ok(())
}

/// After a run (holding the user's lease): `maintain` with the default
/// retention when the user's tables were last maintained `days` ago or
/// more. The first run only starts the count.
pub async fn when_due(
    root: &DataRoot,
    user: &str,
    days: i64,
) -> anyhow::Result<Option<Maintained>> {
    let last = root.get(&maintained_path(user)).await?.and_then(|b| {
        chrono::DateTime::parse_from_rfc3339(String::from_utf8_lossy(&b).trim()).ok()
    });
    let Some(last) = last else {
        mark_maintained(root, user).await?;
        return Ok(None);
    };
    if SystemClock.now() - last.with_timezone(&chrono::Utc) < chrono::Duration::days(days) {
        return Ok(None);
    }
    let done = root
        .maintain(user, jobtrack_stages::storage::RETENTION_DAYS)
        .await?;
    mark_maintained(root, user).await?;
    Ok(Some(done))
}
