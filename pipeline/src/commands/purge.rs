//! `jobtrack purge`: forgets a user's mail (or one account's, or what is
//! older than a date) under the user's lease, prints what went, then runs
//! the nightly DAG with no source so the tables, warehouse and dashboard are
//! rebuilt from what is left.

use std::time::Duration;

use anyhow::Context;
use chrono::{DateTime, NaiveDate, Utc};
use jobtrack_stages::lease::{self, Lease, LeaseOptions};
use jobtrack_stages::purge::{self, Scope};

use crate::app::{App, UsageExt};
use crate::dag;

pub async fn purge(
    app: &App,
    user: &str,
    account: Option<&str>,
    before: Option<&str>,
    wait: Duration,
) -> anyhow::Result<()> {
    let before = before.map(parse_before).transpose().usage()?;
    let scope = Scope {
        user_id: user.to_string(),
        account: account.map(str::to_string),
        before,
    };
    let run_id = app.context().run_id;
    let lease = Lease::acquire(
        &app.root,
        &lease::user_lease(user),
        &run_id,
        LeaseOptions::waiting(wait),
    )
    .await?;
    let outcome = purge::purge(&app.root, &scope).await;
    let released = lease.release().await;
    let done = outcome.with_context(|| format!("purging user {user}"))?;
    released?;
    println!("Purged {} email(s) of user {user}.", done.emails);
    for (table, rows) in &done.rows {
        println!("  {table:<24} {rows:>8} row(s) removed");
    }
    if done.rewritten > 0 {
        println!("  {} data file(s) rewritten without them", done.rewritten);
    }
    if done.corrections > 0 {
        println!("  {} correction(s) dropped", done.corrections);
    }
    println!("  {} object(s) deleted", done.deleted.len());
    for rel in &done.deleted {
        tracing::debug!(object = %rel, "deleted");
    }
    if done.undated_kept > 0 {
        println!(
            "  {} email(s) kept: their date is unknown, so --before cannot place them",
            done.undated_kept
        );
    }
    if scope.account.is_none() && scope.before.is_none() {
        println!(
            "  kept: the OAuth grants under _secrets/ (jobtrack connect makes new ones); a run imports again whatever the configuration still lists"
        );
    }
    println!("Rebuilding the tables, warehouse and dashboard from what is left:");
    let nightly = dag::Dag::parse(dag::NIGHTLY, "dags/nightly.toml (built in)").usage()?;
    super::run::run_dag(app, &nightly, Vec::new(), false, wait).await
}

/// `YYYY-MM-DD` (midnight UTC) or an RFC 3339 instant.
fn parse_before(text: &str) -> anyhow::Result<DateTime<Utc>> {
    if let Ok(day) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc());
    }
    DateTime::parse_from_rfc3339(text)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|_| {
            anyhow::anyhow!("--before {text:?} is not a date (YYYY-MM-DD) or an RFC 3339 time")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn before_takes_a_day_or_an_instant_and_names_a_bad_one() {
        assert_eq!(
            parse_before("2024-03-01").unwrap().to_rfc3339(),
            "2024-03-01T00:00:00+00:00"
        );
        assert_eq!(
            parse_before("2024-03-01T12:00:00+02:00")
                .unwrap()
                .to_rfc3339(),
            "2024-03-01T10:00:00+00:00"
        );
        let e = parse_before("last week").unwrap_err().to_string();
        assert!(e.contains("last week"), "{e}");
    }
}
