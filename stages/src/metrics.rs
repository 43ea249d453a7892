//! Prometheus metrics of a data root, in the text exposition format
//! (through the `prometheus` crate): what `serve` answers on `GET /metrics`
//! and what every run writes to `metrics/jobtrack-<user>.prom` for
//! node_exporter's textfile collector.
//!
//! A batch tool has no long-lived process to count in, so the counters are
//! totals over the run reports kept under `runs/` (they only grow while the
//! reports are kept), the gauges read the reports and each user's
//! warehouse, and the stage-duration histogram holds every stage run the
//! reports record (not the stages a run skipped). Dry runs count for nothing.

use prometheus::{
    CounterVec, Encoder, GaugeVec, HistogramOpts, HistogramVec, IntCounterVec, Opts, Registry,
    TextEncoder,
};

use crate::error::{Result, StageError};
use crate::report::RunReport;

/// The folder of the textfiles under the data root (point node_exporter's
/// `--collector.textfile.directory` at it).
pub const TEXTFILE_DIR: &str = "metrics";

pub use crate::ingest::INGESTED_BY_ACCOUNT;

/// What one user's warehouse says, for the gauges.
#[derive(Debug, Clone, Default)]
pub struct UserFigures {
    pub user_id: String,
    /// Applications per current status.
    pub applications: Vec<(String, u64)>,
    /// Open applications with no mail for `[resolve] stalled-days`.
    pub stalled: u64,
}

fn err(e: prometheus::Error) -> StageError {
    StageError::Request(format!("cannot build the metrics: {e}"))
}

struct Metrics {
    registry: Registry,
    runs: IntCounterVec,
    ingested: IntCounterVec,
    dead_letters: IntCounterVec,
    llm_calls: IntCounterVec,
    llm_tokens: IntCounterVec,
    llm_cost: CounterVec,
    gmail_units: IntCounterVec,
    gmail_retries: IntCounterVec,
    last_run: GaugeVec,
    last_success: GaugeVec,
    applications: GaugeVec,
    stalled: GaugeVec,
    stage_seconds: HistogramVec,
}

fn counter(registry: &Registry, name: &str, help: &str, labels: &[&str]) -> Result<IntCounterVec> {
    let c = IntCounterVec::new(Opts::new(name, help), labels).map_err(err)?;
    registry.register(Box::new(c.clone())).map_err(err)?;
    Ok(c)
}

fn gauge(registry: &Registry, name: &str, help: &str, labels: &[&str]) -> Result<GaugeVec> {
    let g = GaugeVec::new(Opts::new(name, help), labels).map_err(err)?;
    registry.register(Box::new(g.clone())).map_err(err)?;
    Ok(g)
}

impl Metrics {
    fn new() -> Result<Self> {
        let r = Registry::new();
        let llm_cost = CounterVec::new(
            Opts::new(
                "jobtrack_llm_cost_total",
                "LLM cost in the price table's currency.",
            ),
            &["user"],
        )
        .map_err(err)?;
        r.register(Box::new(llm_cost.clone())).map_err(err)?;
        let stage_seconds = HistogramVec::new(
            HistogramOpts::new(
                "jobtrack_stage_duration_seconds",
                "Wall time of each stage run.",
            )
            .buckets(vec![
                0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 15.0, 60.0, 300.0, 1800.0,
            ]),
            &["user", "stage"],
        )
        .map_err(err)?;
        r.register(Box::new(stage_seconds.clone())).map_err(err)?;
        Ok(Self {
            runs: counter(
                &r,
                "jobtrack_runs_total",
                "Runs, by final status.",
                &["user", "status"],
            )?,
            ingested: counter(
                &r,
                "jobtrack_messages_ingested_total",
                "New messages stored, per account.",
                &["user", "account"],
            )?,
            dead_letters: counter(
                &r,
                "jobtrack_dead_letters_total",
                "Messages set aside as unreadable.",
                &["user"],
            )?,
            llm_calls: counter(
                &r,
                "jobtrack_llm_calls_total",
                "Requests to the LLM.",
                &["user"],
            )?,
            llm_tokens: counter(
                &r,
                "jobtrack_llm_tokens_total",
                "LLM tokens, by direction (in, out).",
                &["user", "direction"],
            )?,
            llm_cost,
            gmail_units: counter(
                &r,
                "jobtrack_gmail_quota_units_total",
                "Gmail API quota units spent.",
                &["user"],
            )?,
            gmail_retries: counter(
                &r,
                "jobtrack_gmail_retries_total",
                "Gmail API calls retried.",
                &["user"],
            )?,
            last_run: gauge(
                &r,
                "jobtrack_last_run_timestamp_seconds",
                "When the user's last run started (Unix time).",
                &["user"],
            )?,
            last_success: gauge(
                &r,
                "jobtrack_last_success_timestamp_seconds",
                "When the user's last successful run started (Unix time).",
                &["user"],
            )?,
            applications: gauge(
                &r,
                "jobtrack_applications",
                "Applications, by current status.",
                &["user", "status"],
            )?,
            stalled: gauge(
                &r,
                "jobtrack_stalled_applications",
                "Open applications with no mail for [resolve] stalled-days.",
                &["user"],
            )?,
            stage_seconds,
            registry: r,
        })
    }

    fn add_run(&self, run: &RunReport) {
        let user = run.user_id.as_str();
        // Every counter of a user shows, at 0 until something happens, so
        // a dashboard can tell "none" from "not reported".
        self.llm_calls.with_label_values(&[user]).inc_by(0);
        for direction in ["in", "out"] {
            self.llm_tokens
                .with_label_values(&[user, direction])
                .inc_by(0);
        }
        self.llm_cost.with_label_values(&[user]).inc_by(0.0);
        self.gmail_units.with_label_values(&[user]).inc_by(0);
        self.gmail_retries.with_label_values(&[user]).inc_by(0);
        self.runs.with_label_values(&[user, &run.status]).inc();
        let started = run.started_at.timestamp() as f64;
        let last = self.last_run.with_label_values(&[user]);
        last.set(last.get().max(started));
        if run.status == "succeeded" {
            let ok = self.last_success.with_label_values(&[user]);
            ok.set(ok.get().max(started));
        }
        self.dead_letters
            .with_label_values(&[user])
            .inc_by(run.dead_letters());
        for stage in &run.stages {
            if stage.status == crate::freshness::SKIPPED {
                continue;
            }
            self.stage_seconds
                .with_label_values(&[user, &stage.name])
                .observe(stage.duration_ms as f64 / 1000.0);
            let d = &stage.report.details;
            let get = |k: &str| d.get(k).copied().unwrap_or(0);
            for (k, v) in d {
                if let Some(account) = k.strip_prefix(INGESTED_BY_ACCOUNT) {
                    self.ingested.with_label_values(&[user, account]).inc_by(*v);
                }
            }
            if stage.name == "int_emails_llm" && d.contains_key("llm_calls") {
                self.llm_calls
                    .with_label_values(&[user])
                    .inc_by(get("llm_calls"));
                self.llm_tokens
                    .with_label_values(&[user, "in"])
                    .inc_by(get("llm_tokens_in"));
                self.llm_tokens
                    .with_label_values(&[user, "out"])
                    .inc_by(get("llm_tokens_out"));
                self.llm_cost
                    .with_label_values(&[user])
                    .inc_by(get("llm_cost_microunits") as f64 / 1_000_000.0);
            }
            if d.contains_key("gmail_quota_units") {
                self.gmail_units
                    .with_label_values(&[user])
                    .inc_by(get("gmail_quota_units"));
                self.gmail_retries
                    .with_label_values(&[user])
                    .inc_by(get("gmail_retries"));
            }
        }
    }
}

/// The metrics of `runs` and `users`' warehouses, in Prometheus' text
/// format.
pub fn render(runs: &[RunReport], users: &[UserFigures]) -> Result<String> {
    let m = Metrics::new()?;
    for run in runs.iter().filter(|r| !r.dry_run) {
        m.add_run(run);
    }
    for u in users {
        for (status, n) in &u.applications {
            m.applications
                .with_label_values(&[&u.user_id, status])
                .set(*n as f64);
        }
        m.stalled
            .with_label_values(&[&u.user_id])
            .set(u.stalled as f64);
    }
    let mut out = Vec::new();
    TextEncoder::new()
        .encode(&m.registry.gather(), &mut out)
        .map_err(err)?;
    String::from_utf8(out).map_err(|e| StageError::Request(format!("metrics are not UTF-8: {e}")))
}

/// `user`'s figures from their warehouse (applications per status,
/// stalled ones).
pub fn figures(warehouse: &crate::publish::Warehouse, user: &str) -> Result<UserFigures> {
    let conn = warehouse.open_read_only()?;
    let wh = |source| StageError::Warehouse {
        path: warehouse.path.clone(),
        source,
    };
    let mut stmt = conn
        .prepare(
            "SELECT current_status, count(*), count(*) FILTER (WHERE coalesce(stalled, false)) \
             FROM applications WHERE user_id = ? GROUP BY current_status ORDER BY current_status",
        )
        .map_err(wh)?;
    let rows = stmt
        .query_map([user], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })
        .map_err(wh)?;
    let mut out = UserFigures {
        user_id: user.to_string(),
        ..UserFigures::default()
    };
    for row in rows {
        let (status, n, stalled) = row.map_err(wh)?;
        out.applications
            .push((status, u64::try_from(n).unwrap_or(0)));
        out.stalled += u64::try_from(stalled).unwrap_or(0);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_become_counters_gauges_and_histograms() {
        let text = r#"{"run_id":"r1","dag":"nightly","user_id":"ann","data_root":"d","dry_run":false,
            "status":"succeeded","started_at":"2026-12-01T03:00:00Z","finished_at":"2026-12-01T03:00:02Z",
            "duration_ms":2000,"stages":[
              {"name":"raw_messages","status":"ok","started_at":"2026-12-01T03:00:00Z","duration_ms":1500,
               "rows_in":0,"rows_out":7,"dead_letters":2,"duplicates":0,"files_written":1,
               "details":{"ingested_by_account.home":5,"ingested_by_account.work":2,"gmail_quota_units":30,"gmail_retries":1},
               "warnings":[],"errors":[]},
              {"name":"int_emails_llm","status":"ok","started_at":"2026-12-01T03:00:01Z","duration_ms":20,
               "rows_in":7,"rows_out":3,"dead_letters":0,"duplicates":0,"files_written":1,
               "details":{"llm_calls":3,"llm_tokens_in":900,"llm_tokens_out":60,"llm_cost_microunits":1500},
               "warnings":[],"errors":[]}]}"#;
        let run: RunReport = serde_json::from_str(text).unwrap();
        let mut dry = run.clone();
        dry.dry_run = true;
        let figures = UserFigures {
            user_id: "ann".into(),
            applications: vec![("applied".into(), 4), ("rejected".into(), 1)],
            stalled: 2,
        };
        let out = render(&[run, dry], &[figures]).unwrap();
        for line in [
            "jobtrack_messages_ingested_total{account=\"home\",user=\"ann\"} 5",
            "jobtrack_messages_ingested_total{account=\"work\",user=\"ann\"} 2",
            "jobtrack_dead_letters_total{user=\"ann\"} 2",
            "jobtrack_llm_calls_total{user=\"ann\"} 3",
            "jobtrack_llm_tokens_total{direction=\"in\",user=\"ann\"} 900",
            "jobtrack_llm_cost_total{user=\"ann\"} 0.0015",
            "jobtrack_gmail_quota_units_total{user=\"ann\"} 30",
            "jobtrack_gmail_retries_total{user=\"ann\"} 1",
            "jobtrack_runs_total{status=\"succeeded\",user=\"ann\"} 1",
            "jobtrack_last_success_timestamp_seconds{user=\"ann\"} 1796094000",
            "jobtrack_applications{status=\"applied\",user=\"ann\"} 4",
            "jobtrack_stalled_applications{user=\"ann\"} 2",
            "jobtrack_stage_duration_seconds_count{stage=\"raw_messages\",user=\"ann\"} 1",
            "jobtrack_stage_duration_seconds_bucket{stage=\"raw_messages\",user=\"ann\",le=\"5\"} 1",
        ] {
            assert!(out.contains(line), "{line} not in:\n{out}");
        }
    }
}
