//! `jobtrack schedule`: runs a DAG at the times its cron expression names
//! (UTC), one run at a time, until the process is stopped. A failed run is
//! logged and the next one still happens. Each run takes the user's lease
//! like any `jobtrack run`, waiting up to [`LEASE_WAIT`] for a manual run to
//! finish. After downtime (the machine was off at a scheduled time) it
//! catches up once at start, not once per missed time.

use std::future::Future;

use anyhow::Context;
use chrono::{DateTime, Utc};
use jobtrack_stages::{Clock, SystemClock};

use crate::dag::Dag;

/// How long a scheduled run waits for another run of the same user.
pub const LEASE_WAIT: std::time::Duration = std::time::Duration::from_secs(3600);

/// Whether a scheduled time of `cron` passed between the last run (when
/// it started) and `now`: a run was missed. Never run: nothing missed.
pub fn missed(cron: &croner::Cron, last: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    last.and_then(|t| cron.find_next_occurrence(&t, false).ok())
        .is_some_and(|due| due <= now)
}

/// Runs `run` at every time of `dag`'s schedule, after one catch-up run
/// when a scheduled time passed since `last_run` (the user's last run of
/// this DAG).
pub async fn run_forever<F, Fut>(
    dag: &Dag,
    last_run: Option<DateTime<Utc>>,
    mut run: F,
) -> anyhow::Result<()>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = anyhow::Result<()>>,
{
    let cron = <croner::Cron as std::str::FromStr>::from_str(&dag.schedule)
        .with_context(|| format!("schedule {:?} is not a cron expression", dag.schedule))?;
    if missed(&cron, last_run, SystemClock.now()) {
        tracing::info!(dag = %dag.name, "A scheduled run was missed while stopped; catching up once.");
        if let Err(error) = run().await {
            tracing::error!(dag = %dag.name, error = %format!("{error:#}"), "Catch-up run failed.");
        }
    }
    loop {
        let now = SystemClock.now();
        let next = cron
            .find_next_occurrence(&now, false)
            .with_context(|| format!("schedule {:?} has no next time", dag.schedule))?;
        tracing::info!(dag = %dag.name, next = %next, "Waiting for the next scheduled run.");
        let wait = (next - now).to_std().unwrap_or_default();
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            _ = tokio::signal::ctrl_c() => {
                tracing::info!("Stopped.");
                return Ok(());
            }
        }
        if let Err(error) = run().await {
            tracing::error!(dag = %dag.name, error = %format!("{error:#}"), "Scheduled run failed.");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn a_missed_time_is_caught_up_once_never_run_is_not_missed() {
        let cron: croner::Cron = "0 3 * * *".parse().unwrap();
        let last = Some(at("2026-12-05T03:00:05Z"));
        // Off over two nights: one catch-up (the caller runs once).
        assert!(missed(&cron, last, at("2026-12-07T09:00:00Z")));
        // Last run this night: nothing missed before tomorrow 03:00.
        assert!(!missed(
            &cron,
            Some(at("2026-12-07T03:00:01Z")),
            at("2026-12-07T09:00:00Z")
        ));
        assert!(!missed(&cron, None, at("2026-12-07T09:00:00Z")));
    }
}
