//! `jobtrack schedule`: runs a DAG at the times its cron expression names
//! (UTC), one run at a time, until the process is stopped. A failed run is
//! logged and the next one still happens. Each run takes the user's lease
//! like any `jobtrack run`, waiting up to [`LEASE_WAIT`] for a manual run to
//! finish.

use std::future::Future;

use anyhow::Context;
use jobtrack_stages::{Clock, SystemClock};

use crate::dag::Dag;

/// How long a scheduled run waits for another run of the same user.
pub const LEASE_WAIT: std::time::Duration = std::time::Duration::from_secs(3600);

pub async fn run_forever<F, Fut>(dag: &Dag, mut run: F) -> anyhow::Result<()>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = anyhow::Result<()>>,
{
    let cron = <croner::Cron as std::str::FromStr>::from_str(&dag.schedule)
        .with_context(|| format!("schedule {:?} is not a cron expression", dag.schedule))?;
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
