//! `jobtrack dlq list | drop ID... | retry [ID...]`: the dead letters of a
//! user (messages a stage could not read, from the warehouse's
//! `dead_letter` table) and the decisions taken on them; `retry` parses
//! normalization's again from the raw bytes
//! ([`jobtrack_stages::dlq::retry`], under the user's lease) and rebuilds
//! the tables when any parsed. `drop` records that a dead letter was looked
//! at and is to be left alone (`_state/dlq/user_id=<user>/decisions.json`,
//! forgotten with the user by `purge`); `list` shows the open ones, or all
//! with `--all`. Dropping changes no table: the dead letter stays as the
//! record of what could not be read.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use jobtrack_stages::storage::Bytes;

use crate::app::{App, usage};
use crate::cli::DlqAction;
use crate::output;

#[derive(Debug, Default, Serialize, Deserialize)]
struct Decisions {
    /// Dead letter id → when it was dropped.
    dropped: BTreeMap<String, DateTime<Utc>>,
}

fn path(user: &str) -> String {
    format!("_state/dlq/user_id={user}/decisions.json")
}

async fn load(app: &App) -> anyhow::Result<Decisions> {
    let p = path(&app.config.user.id);
    Ok(match app.root.get(&p).await? {
        Some(bytes) => serde_json::from_slice(&bytes)
            .map_err(|e| anyhow::anyhow!("{p} is not a decisions file: {e}"))?,
        None => Decisions::default(),
    })
}

/// The user's dead letters: id, stage, account, place, kind, error, size.
fn dead_letters(app: &App) -> anyhow::Result<Vec<serde_json::Map<String, serde_json::Value>>> {
    let user = app.config.user.id.clone();
    let result = app.warehouse().query_params(
        "SELECT dead_letter_id, stage, account, source_ref, error_kind, error, size_bytes \
         FROM dead_letter WHERE user_id = ? ORDER BY stage, account, source_ref",
        &[&user],
    )?;
    Ok(result.objects())
}

/// Refuses an id that names none of the user's dead letters.
fn check_known(app: &App, ids: &[String]) -> anyhow::Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let known: HashSet<String> = dead_letters(app)?
        .iter()
        .filter_map(|r| r.get("dead_letter_id")?.as_str().map(str::to_string))
        .collect();
    match ids.iter().find(|id| !known.contains(*id)) {
        Some(unknown) => Err(usage(format!(
            "no dead letter {unknown:?} for user {} (jobtrack dlq list shows them)",
            app.config.user.id
        ))),
        None => Ok(()),
    }
}

pub async fn dlq(app: &App, action: &DlqAction) -> anyhow::Result<()> {
    match action {
        DlqAction::List { all, format } => {
            let decisions = load(app).await?;
            let mut rows = Vec::new();
            for mut row in dead_letters(app)? {
                let id = row
                    .get("dead_letter_id")
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string();
                let dropped = decisions.dropped.get(&id);
                if dropped.is_some() && !all {
                    continue;
                }
                let status = dropped.map_or_else(
                    || "open".to_string(),
                    |at| format!("dropped {}", at.format("%Y-%m-%d")),
                );
                row.insert("status".into(), serde_json::Value::String(status));
                rows.push(row);
            }
            output::print_records(
                &[
                    "dead_letter_id",
                    "status",
                    "stage",
                    "account",
                    "source_ref",
                    "error_kind",
                    "error",
                    "size_bytes",
                ],
                &rows,
                *format,
            )
        }
        DlqAction::Retry { ids, wait } => retry(app, ids, wait.duration()).await,
        DlqAction::Drop { ids } => {
            check_known(app, ids)?;
            let mut decisions = load(app).await?;
            let now = app.context().clock.now();
            for id in ids {
                decisions.dropped.entry(id.clone()).or_insert(now);
            }
            let json = serde_json::to_vec_pretty(&decisions)?;
            app.root
                .put(&path(&app.config.user.id), Bytes::from(json))
                .await?;
            println!(
                "Dropped {} dead letter(s) of user {}.",
                ids.len(),
                app.config.user.id
            );
            Ok(())
        }
    }
}

async fn retry(app: &App, ids: &[String], wait: std::time::Duration) -> anyhow::Result<()> {
    use jobtrack_stages::lease::{self, Lease, LeaseOptions};
    let user = app.config.user.id.clone();
    let chosen: Option<HashSet<String>> = (!ids.is_empty()).then(|| ids.iter().cloned().collect());
    check_known(app, ids)?;
    let run_id = app.context().run_id;
    let lease = Lease::acquire(
        &app.root,
        &lease::user_lease(&user),
        &run_id,
        LeaseOptions::waiting(wait),
    )
    .await?;
    let outcome = jobtrack_stages::dlq::retry(&app.root, &user, chosen.as_ref()).await;
    let released = lease.release().await;
    let done = outcome?;
    released?;
    for (id, why) in &done.skipped {
        println!("  {id}  not retried: {why}");
    }
    for (id, why) in &done.still_failing {
        println!("  {id}  still fails: {why}");
    }
    println!(
        "Retried {} dead letter(s) of user {user}: {} parsed now, {} still fail, {} not retriable.",
        done.recovered.len() + done.still_failing.len(),
        done.recovered.len(),
        done.still_failing.len(),
        done.skipped.len()
    );
    if done.recovered.is_empty() {
        return Ok(());
    }
    println!("Carrying them through the tables, warehouse and dashboard:");
    let nightly = crate::dag::Dag::parse(crate::dag::NIGHTLY, "dags/nightly.toml (built in)")
        .map_err(|e| usage(format!("{e:#}")))?;
    super::run::run_dag(app, &nightly, Vec::new(), false, wait).await
}
