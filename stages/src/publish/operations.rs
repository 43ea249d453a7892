//! The fleet's operations tables, for the people who run jobtrack for many
//! users: `runs` (one row per run report under the data root) and
//! `fleet_users` (one row per configured user: their last run, last
//! success, failures since and the size of their warehouse), in one DuckDB
//! file, `fleet/operations.duckdb` under a local data root.
//!
//! Inputs: the run reports (`runs/*.json`) and what the caller read of each
//! user's warehouse. Output: the operations file, its tables made from the
//! contracts in `schemas/operations/`. Idempotent: it is rebuilt whole under
//! a temporary name and renamed over the old one, so a reader sees the old
//! file or the new one; Airflow's fan-in task may run it any number of times.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use duckdb::types::{TimeUnit, Value};
use duckdb::{Connection, params};

use super::warehouse::{build_config, create_table_sql, io_err, wh_err};
use crate::contract::Contract;
use crate::error::{Result, StageError};
use crate::report::RunReport;

/// Where the operations file goes under a local data root.
pub const OPERATIONS_FILE: &str = "fleet/operations.duckdb";

const RUNS: &str = include_str!("../../../schemas/operations/runs.toml");
const FLEET_USERS: &str = include_str!("../../../schemas/operations/fleet_users.toml");

fn contracts() -> Result<&'static [Contract; 2]> {
    static CONTRACTS: OnceLock<std::result::Result<[Contract; 2], String>> = OnceLock::new();
    CONTRACTS
        .get_or_init(|| {
            let runs =
                Contract::from_toml("runs", "operations", RUNS).map_err(|e| e.to_string())?;
            let users = Contract::from_toml("fleet_users", "operations", FLEET_USERS)
                .map_err(|e| e.to_string())?;
            Ok([runs, users])
        })
        .as_ref()
        .map_err(|reason| StageError::ContractFile {
            table: "operations".into(),
            reason: reason.clone(),
        })
}

/// One user of the fleet as the operations tables show them.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FleetUser {
    pub user_id: String,
    pub accounts: String,
    pub runs: u64,
    pub last_run_at: Option<DateTime<Utc>>,
    pub last_status: Option<String>,
    pub last_error: Option<String>,
    pub last_success_at: Option<DateTime<Utc>>,
    pub failures_since_success: u64,
    pub applications: Option<u64>,
    pub emails: Option<u64>,
}

impl FleetUser {
    /// `user_id`'s line from `runs` (any order); the warehouse counts are
    /// the caller's to fill in.
    pub fn from_runs(user_id: &str, accounts: String, runs: &[RunReport]) -> Self {
        let mine = crate::report::runs_of(runs, user_id);
        let last = mine.first();
        let success = mine.iter().position(|r| r.status == "succeeded");
        Self {
            user_id: user_id.to_string(),
            accounts,
            runs: mine.len() as u64,
            last_run_at: last.map(|r| r.started_at),
            last_status: last.map(|r| r.status.clone()),
            last_error: last.and_then(|r| r.summary().error),
            last_success_at: success.map(|i| mine[i].started_at),
            failures_since_success: success.unwrap_or(mine.len()) as u64,
            applications: None,
            emails: None,
        }
    }
}

fn int(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn opt(n: Option<u64>) -> Option<i64> {
    n.map(int)
}

/// A timestamp as DuckDB takes it (microseconds, UTC); NULL for none.
fn ts(t: Option<DateTime<Utc>>) -> Value {
    t.map_or(Value::Null, |t| {
        Value::Timestamp(TimeUnit::Microsecond, t.timestamp_micros())
    })
}

/// Creates the `runs` table in `conn` and fills it from `runs`.
pub fn load_runs(conn: &Connection, path: &Path, runs: &[RunReport]) -> Result<()> {
    conn.execute_batch(&create_table_sql(&contracts()?[0])?)
        .map_err(wh_err(path))?;
    let mut insert = conn
        .prepare("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .map_err(wh_err(path))?;
    for r in runs {
        let s = r.summary();
        insert
            .execute(params![
                r.run_id,
                r.user_id,
                r.dag,
                r.status,
                r.dry_run,
                ts(Some(r.started_at)),
                ts(Some(r.finished_at)),
                int(r.duration_ms),
                opt(s.emails),
                int(s.dead_letters),
                opt(s.llm_calls),
                opt(s.llm_tokens),
                s.llm_cost,
                s.error,
            ])
            .map_err(wh_err(path))?;
    }
    Ok(())
}

/// Builds the operations file at `path` from `runs` and `users`, and swaps
/// it in.
pub fn build(path: &Path, runs: &[RunReport], users: &[FleetUser], run_id: &str) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(io_err("create", dir))?;
    let tmp: PathBuf = dir.join(format!(
        "{}.tmp-{run_id}",
        path.file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    ));
    let _ = std::fs::remove_file(&tmp);
    {
        let conn = Connection::open_with_flags(&tmp, build_config(&tmp)?).map_err(wh_err(&tmp))?;
        load_runs(&conn, &tmp, runs)?;
        conn.execute_batch(&create_table_sql(&contracts()?[1])?)
            .map_err(wh_err(&tmp))?;
        let mut insert = conn
            .prepare("INSERT INTO fleet_users VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .map_err(wh_err(&tmp))?;
        for u in users {
            insert
                .execute(params![
                    u.user_id,
                    u.accounts,
                    int(u.runs),
                    ts(u.last_run_at),
                    u.last_status,
                    u.last_error,
                    ts(u.last_success_at),
                    int(u.failures_since_success),
                    opt(u.applications),
                    opt(u.emails),
                ])
                .map_err(wh_err(&tmp))?;
        }
        drop(insert);
        conn.execute_batch("CHECKPOINT;").map_err(wh_err(&tmp))?;
    }
    std::fs::rename(&tmp, path).map_err(io_err("replace", path))?;
    Ok(())
}
