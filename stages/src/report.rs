//! Run reports: the machine-readable record of one run
//! (`runs/user_id=<user>/<run_id>.json` under the data root, so reading one
//! user's costs only their runs and `purge` forgets them with the user),
//! reading them back, and the one-line summary of a run that `jobtrack
//! status` shows.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Result, StageError};
use crate::stage::StageReport;
use crate::storage::{Bytes, DataRoot};

/// One stage's line in the run report.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StageRun {
    pub name: String,
    pub status: String,
    pub started_at: DateTime<Utc>,
    pub duration_ms: u64,
    #[serde(flatten)]
    pub report: StageReport,
    pub errors: Vec<String>,
}

/// The machine-readable report of one run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunReport {
    pub run_id: String,
    pub dag: String,
    pub user_id: String,
    pub data_root: String,
    pub dry_run: bool,
    pub status: String,
    pub started_at: DateTime<Utc>,
    pub finished_at: DateTime<Utc>,
    pub duration_ms: u64,
    pub stages: Vec<StageRun>,
}

/// What `jobtrack status` shows of one run.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RunSummary {
    pub run_id: String,
    pub dag: String,
    pub status: String,
    pub started_at: String,
    pub duration_ms: u64,
    /// Emails normalized in the run (`stg_emails` rows out).
    pub emails: Option<u64>,
    pub dead_letters: u64,
    pub llm_calls: Option<u64>,
    /// LLM tokens in and out.
    pub llm_tokens: Option<u64>,
    /// LLM cost in the price table's currency.
    pub llm_cost: Option<f64>,
    /// The first error, if the run failed.
    pub error: Option<String>,
}

impl RunSummary {
    /// The fields, in the order they are shown.
    pub const COLUMNS: [&'static str; 11] = [
        "run_id",
        "dag",
        "status",
        "started_at",
        "duration_ms",
        "emails",
        "dead_letters",
        "llm_calls",
        "llm_tokens",
        "llm_cost",
        "error",
    ];
}

impl RunReport {
    pub fn dead_letters(&self) -> u64 {
        self.stages.iter().map(|s| s.report.dead_letters).sum()
    }

    fn stage(&self, name: &str) -> Option<&StageRun> {
        self.stages.iter().find(|s| s.name == name)
    }

    /// The run in one line of figures.
    pub fn summary(&self) -> RunSummary {
        let llm = self.stage("int_emails_llm").map(|s| &s.report.details);
        let detail = |k: &str| llm.and_then(|d| d.get(k).copied());
        RunSummary {
            run_id: self.run_id.clone(),
            dag: self.dag.clone(),
            status: self.status.clone(),
            started_at: self
                .started_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            duration_ms: self.duration_ms,
            emails: self.stage("stg_emails").map(|s| s.report.rows_out),
            dead_letters: self.dead_letters(),
            llm_calls: detail("llm_calls"),
            llm_tokens: llm.map(|_| {
                detail("llm_tokens_in").unwrap_or(0) + detail("llm_tokens_out").unwrap_or(0)
            }),
            // cost is kept in millionths of the price table's currency
            llm_cost: detail("llm_cost_microunits").map(|c| c as f64 / 1_000_000.0),
            error: self
                .stages
                .iter()
                .flat_map(|s| s.errors.iter())
                .next()
                .cloned(),
        }
    }

    /// Where the report of `run_id` for `user_id` is kept.
    pub fn path(user_id: &str, run_id: &str) -> String {
        format!("runs/user_id={user_id}/{run_id}.json")
    }

    /// Writes the report to [`Self::path`].
    pub async fn write(&self, root: &DataRoot) -> Result<()> {
        let json = serde_json::to_vec_pretty(self).map_err(|e| {
            StageError::Request(format!("cannot encode run report {}: {e}", self.run_id))
        })?;
        root.put(&Self::path(&self.user_id, &self.run_id), Bytes::from(json))
            .await
    }
}

/// The reports of `user`'s past runs (every user's with None), newest
/// first, at most `limit`; an unreadable report is skipped with a warning.
/// Reports written before they were kept per user (`runs/<run_id>.json`)
/// are read too.
pub async fn past_runs(
    root: &DataRoot,
    user: Option<&str>,
    limit: usize,
) -> Result<Vec<RunReport>> {
    let mut names = root.list("runs").await?;
    let own = user.map(|u| format!("runs/user_id={u}/"));
    names.retain(|n| {
        let legacy = n.matches('/').count() == 1;
        n.ends_with(".json") && (legacy || own.as_ref().is_none_or(|p| n.starts_with(p.as_str())))
    });
    let mut out = Vec::new();
    for name in names {
        if let Some(bytes) = root.get(&name).await? {
            match serde_json::from_slice::<RunReport>(&bytes) {
                Ok(r) if user.is_none_or(|u| r.user_id == u) => out.push(r),
                Ok(_) => {}
                Err(error) => {
                    tracing::warn!(file = %name, %error, "Skipped an unreadable run report.")
                }
            }
        }
    }
    out.sort_by(newest_first);
    out.truncate(limit);
    Ok(out)
}

/// Newest first: by start time, then id (runs started in the same
/// millisecond keep a stable order).
fn newest_first(a: &RunReport, b: &RunReport) -> std::cmp::Ordering {
    (b.started_at, &b.run_id).cmp(&(a.started_at, &a.run_id))
}

/// `user_id`'s runs among `runs` (any order), dry runs left out, newest
/// first: what the operations tables and the alerts read.
pub fn runs_of<'a>(runs: &'a [RunReport], user_id: &str) -> Vec<&'a RunReport> {
    let mut mine: Vec<&RunReport> = runs
        .iter()
        .filter(|r| r.user_id == user_id && !r.dry_run)
        .collect();
    mine.sort_by(|a, b| newest_first(a, b));
    mine
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_reads_emails_llm_figures_and_the_first_error() {
        let at = DateTime::parse_from_rfc3339("2026-01-02T03:04:05Z")
            .unwrap()
            .with_timezone(&Utc);
        let stage = |name: &str, rows_out: u64, details: &[(&str, u64)], error: Option<&str>| {
            let mut report = StageReport {
                rows_out,
                ..StageReport::default()
            };
            for (k, v) in details {
                report.details.insert((*k).to_string(), *v);
            }
            StageRun {
                name: name.into(),
                status: if error.is_some() {
                    "failed"
                } else {
                    "succeeded"
                }
                .into(),
                started_at: at,
                duration_ms: 1,
                report,
                errors: error.map(|e| vec![e.to_string()]).unwrap_or_default(),
            }
        };
        let report = RunReport {
            run_id: "r1".into(),
            dag: "nightly".into(),
            user_id: "me".into(),
            data_root: "/tmp/x".into(),
            dry_run: false,
            status: "failed".into(),
            started_at: at,
            finished_at: at,
            duration_ms: 12,
            stages: vec![
                stage("stg_emails", 40, &[], None),
                stage(
                    "int_emails_llm",
                    3,
                    &[
                        ("llm_calls", 3),
                        ("llm_tokens_in", 100),
                        ("llm_tokens_out", 20),
                        ("llm_cost_microunits", 2_500),
                    ],
                    None,
                ),
                stage("warehouse", 0, &[], Some("disk full")),
            ],
        };
        let s = report.summary();
        assert_eq!(s.emails, Some(40));
        assert_eq!(s.llm_calls, Some(3));
        assert_eq!(s.llm_tokens, Some(120));
        assert_eq!(s.llm_cost, Some(0.0025));
        assert_eq!(s.error.as_deref(), Some("disk full"));
        assert_eq!(s.started_at, "2026-01-02T03:04:05Z");
    }
}
