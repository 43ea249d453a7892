//! Alerts for whoever runs jobtrack: after every run (and from
//! `jobtrack users report` for a fleet), the conditions that need a
//! person are read off the user's run reports, and each condition that
//! has just begun is sent once, by webhook (Slack-compatible JSON: a
//! `text` field, plus `user`, `account`, `condition`) and/or e-mail.
//!
//! Conditions, each with its key (one alert per key until it clears):
//! - `run_failed`: the last run failed;
//! - `reconnect:<account>`: an account must be connected again (Google
//!   refused the grant, the IMAP server refused the login);
//! - `dead_letters`: the last run set aside at least the threshold of
//!   messages as unreadable;
//! - `llm_budget`: the LLM budget ran out with emails still waiting;
//! - `stale`: no successful run for `stale-hours` (48 by default).
//!
//! The keys in force are remembered per user
//! (`_state/alerts/user_id=<user>/active.json`); a key that is no longer in
//! force is forgotten, so the condition alerts again if it comes back. The
//! state is written after the messages went, so a failed send is tried
//! again at the next run.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Result, StageError};
use crate::notify::{self, Channel};
use crate::report::RunReport;
use crate::storage::{Bytes, DataRoot};

pub use crate::ingest::RECONNECT;

/// `[alerts]` as the library takes it.
#[derive(Debug, Clone)]
pub struct AlertSettings {
    pub channels: Vec<Channel>,
    /// New dead letters in one run at or past which `dead_letters` fires.
    pub dead_letters_threshold: u64,
    /// No successful run for this long fires `stale`.
    pub stale_after: chrono::Duration,
    pub timeout: Duration,
}

/// One condition in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alert {
    pub key: String,
    pub user_id: String,
    pub account: Option<String>,
    /// One line: what happened.
    pub summary: String,
    /// What to do about it.
    pub action: String,
}

impl Alert {
    fn text(&self) -> String {
        let account = self
            .account
            .as_ref()
            .map(|a| format!(", account {a}"))
            .unwrap_or_default();
        format!(
            "jobtrack alert for user {}{account}: {}\nWhat to do: {}",
            self.user_id, self.summary, self.action
        )
    }
}

/// The conditions in force for `user_id`, from their run reports (any
/// order) at `now`.
pub fn conditions(
    user_id: &str,
    runs: &[RunReport],
    now: DateTime<Utc>,
    settings: &AlertSettings,
) -> Vec<Alert> {
    let mine = crate::report::runs_of(runs, user_id);
    let mut out = Vec::new();
    let alert = |key: &str, account: Option<&str>, summary: String, action: String| Alert {
        key: key.to_string(),
        user_id: user_id.to_string(),
        account: account.map(str::to_string),
        summary,
        action,
    };
    let Some(last) = mine.first() else {
        return out;
    };
    let error = last.summary().error;
    let details = || last.stages.iter().flat_map(|s| s.report.details.iter());
    let mut reconnect: Vec<&str> = details()
        .filter_map(|(k, _)| k.strip_prefix(RECONNECT))
        .collect();
    reconnect.sort_unstable();
    reconnect.dedup();
    for account in reconnect {
        out.push(alert(
            &format!("reconnect:{account}"),
            Some(account),
            format!("the account's server refused jobtrack's access (run {})", last.run_id),
            format!(
                "for Gmail, run `jobtrack connect {account} --user {user_id}`; for IMAP, check the password the account's `password-env` names"
            ),
        ));
    }
    if last.status == "failed" {
        out.push(alert(
            "run_failed",
            None,
            format!(
                "run {} failed: {}",
                last.run_id,
                error.as_deref().unwrap_or("no error recorded")
            ),
            format!(
                "read the error above and the run report {} (`jobtrack status --user {user_id}`); the next run tries again",
                RunReport::path(user_id, &last.run_id)
            ),
        ));
    }
    let dead = last.dead_letters();
    if dead > 0 && dead >= settings.dead_letters_threshold {
        out.push(alert(
            "dead_letters",
            None,
            format!("run {} set aside {dead} unreadable message(s)", last.run_id),
            format!(
                "look at them with `jobtrack dlq list --user {user_id}`; drop the ones to leave alone with `jobtrack dlq drop ID...`"
            ),
        ));
    }
    let left: u64 = details()
        .filter(|(k, _)| k.as_str() == "llm_left_over")
        .map(|(_, v)| *v)
        .sum();
    if left > 0 {
        out.push(alert(
            "llm_budget",
            None,
            format!("the LLM budget ran out with {left} email(s) still to ask about"),
            "raise [llm] max-calls, max-tokens or max-cost, or let the next runs work through them"
                .into(),
        ));
    }
    let last_success = mine
        .iter()
        .find(|r| r.status == "succeeded")
        .map(|r| r.started_at);
    let since = last_success.unwrap_or_else(|| mine.last().map_or(now, |r| r.started_at));
    if now - since >= settings.stale_after {
        let hours = settings.stale_after.num_hours();
        out.push(alert(
            "stale",
            None,
            match last_success {
                Some(t) => format!(
                    "no successful run for {hours} hours (last at {})",
                    t.to_rfc3339()
                ),
                None => format!("no successful run in the {hours} hours since the first"),
            },
            "see why the runs fail or stopped (`jobtrack status`, the scheduler's log)".into(),
        ));
    }
    out
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct AlertState {
    /// Key → when it was first sent.
    active: BTreeMap<String, DateTime<Utc>>,
}

fn state_path(user_id: &str) -> String {
    format!("_state/alerts/user_id={user_id}/active.json")
}

/// Sends the alerts of `now_in_force` that were not in force before, and
/// remembers what is in force. Returns the alerts sent.
pub async fn deliver(
    root: &DataRoot,
    user_id: &str,
    now_in_force: Vec<Alert>,
    settings: &AlertSettings,
    now: DateTime<Utc>,
) -> Result<Vec<Alert>> {
    let http = reqwest::Client::builder()
        .connect_timeout(settings.timeout)
        .timeout(settings.timeout)
        .build()
        .map_err(|e| StageError::Request(format!("cannot make the alerts' HTTP client: {e}")))?;
    let path = state_path(user_id);
    let mut state: AlertState = match root.get(&path).await? {
        Some(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|e| {
            tracing::warn!(file = %path, error = %e, "Unreadable alert state; starting afresh.");
            AlertState::default()
        }),
        None => AlertState::default(),
    };
    let new: Vec<Alert> = now_in_force
        .iter()
        .filter(|a| !state.active.contains_key(&a.key))
        .cloned()
        .collect();
    for a in &new {
        let text = a.text();
        let subject = format!("jobtrack: {} (user {})", a.summary, a.user_id);
        for channel in &settings.channels {
            match channel {
                Channel::Smtp(smtp) => {
                    notify::send_mail(smtp, &subject, &text, settings.timeout, "alerts").await?;
                }
                Channel::Webhook { url } => {
                    let body = serde_json::json!({
                        "text": text, "user": a.user_id, "account": a.account,
                        "condition": a.key, "summary": a.summary, "action": a.action,
                    });
                    notify::send_webhook(
                        &http,
                        url,
                        &body,
                        settings.timeout,
                        "alert webhook",
                        user_id,
                    )
                    .await?;
                }
            }
        }
        tracing::warn!(user = %a.user_id, condition = %a.key, "Alert sent.");
    }
    state
        .active
        .retain(|k, _| now_in_force.iter().any(|a| a.key == *k));
    for a in &new {
        state.active.insert(a.key.clone(), now);
    }
    let json = serde_json::to_vec_pretty(&state)
        .map_err(|e| StageError::Request(format!("cannot encode the alert state: {e}")))?;
    root.put(&path, Bytes::from(json)).await?;
    Ok(new)
}
