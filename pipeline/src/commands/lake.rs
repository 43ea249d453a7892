//! The lake's upkeep, each under the user's lease but `history`:
//! `jobtrack history` (a table's versions in its Delta log), `jobtrack
//! restore` (the user's part of a table back to one of them) and `jobtrack
//! maintain` (compaction, log checkpoints, vacuum).

use std::time::Duration;

use jobtrack_stages::lease::{self, Lease, LeaseOptions};
use jobtrack_stages::storage::{DataRoot, Maintained, RawMail};
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
        Command::Doctor {
            repair,
            migrate,
            format,
            wait,
        } => doctor(app, *repair, *migrate, *format, wait.duration()).await,
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

/// The user's lease, taken for a command that changes their tables, and
/// the root that names the command's run in its commits.
async fn take_lease(app: &App, wait: Duration) -> anyhow::Result<(DataRoot, Lease)> {
    let run_id = app.context().run_id;
    let root = app.root.for_run(&run_id);
    let lease = Lease::acquire(
        &root,
        &lease::user_lease(&app.config.user.id),
        &run_id,
        LeaseOptions::waiting(wait),
    )
    .await?;
    Ok((root, lease))
}

pub async fn restore(app: &App, table: &str, version: u64, wait: Duration) -> anyhow::Result<()> {
    check_table(table)?;
    let user = &app.config.user.id;
    let (root, lease) = take_lease(app, wait).await?;
    let outcome = root.restore(table, user, version).await;
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
    let (root, lease) = take_lease(app, wait).await?;
    let outcome = root.maintain(user, retention_days).await;
    let released = lease.release().await;
    let done = outcome?;
    released?;
    mark_maintained(&root, user).await?;
    print_maintained(user, &done, retention_days);
    Ok(())
}

pub async fn doctor(
    app: &App,
    repair: bool,
    migrate: bool,
    format: OutFormat,
    wait: Duration,
) -> anyhow::Result<()> {
    let user = &app.config.user.id;
    let stamp = SystemClock.now().format("%Y%m%dT%H%M%SZ").to_string();
    let (root, lease) = take_lease(app, wait).await?;
    let raw = RawMail {
        stage: jobtrack_stages::ingest::TABLE,
        keep: &[jobtrack_stages::retention::BODIES_DROPPED],
    };
    let outcome = root.doctor(user, repair, migrate, &stamp, raw).await;
    let released = lease.release().await;
    let checkup = outcome?;
    released?;
    if format == OutFormat::Json {
        println!("{}", serde_json::to_string_pretty(&checkup)?);
    } else {
        print_checkup(user, &checkup, repair);
    }
    if checkup.unhealthy() {
        anyhow::bail!(
            "the data root {} has problems{}",
            app.root.display(),
            if repair {
                " that could not be repaired"
            } else {
                ": `jobtrack doctor --repair` repairs what it can"
            }
        );
    }
    Ok(())
}

fn print_checkup(user: &str, checkup: &jobtrack_stages::storage::Checkup, repair: bool) {
    println!(
        "Checked {} tables' logs and {} files of user {user}: {} problem{}.",
        checkup.tables,
        checkup.files,
        checkup.findings.len(),
        if checkup.findings.len() == 1 { "" } else { "s" }
    );
    if checkup.migrated {
        println!("Converted the old-format manifests to the Delta tables.");
    } else if checkup.legacy {
        println!(
            "Old-format manifests are left: the next run (or `doctor --migrate`) converts them."
        );
    }
    for f in &checkup.findings {
        println!("  {}: {}: {}", f.table, f.file, f.problem);
        match &f.repaired {
            Some(done) => println!("    repaired: {done}"),
            None if repair => println!("    not repaired"),
            None => {}
        }
    }
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
