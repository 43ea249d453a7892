//! Skipping unchanged work ([`jobtrack_stages::freshness`]): a run with no
//! new mail runs no stage that has a fingerprint and leaves the tables as
//! they were; each change that alters what a stage makes (a removed
//! warehouse, time passing an application's stall date, a correction, new
//! mail) runs the stages it reaches again, and no others.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use jobtrack_stages::freshness::{Ran, run_unless_fresh};
use jobtrack_stages::{DataRoot, FixedClock, RunContext, Stage};

use crate::support::{self, fixture};

fn sample() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../samples/sample.mbox")
}

/// Runs `stages` in order at `at`; what each did.
async fn run(
    root: &DataRoot,
    stages: &[Box<dyn Stage>],
    at: DateTime<Utc>,
    run_id: &str,
) -> BTreeMap<String, Ran> {
    let ctx = RunContext::new(root.clone(), Arc::new(FixedClock(at)), run_id, "tester");
    let mut out = BTreeMap::new();
    for s in stages {
        let ran = run_unless_fresh(&ctx, s.as_ref())
            .await
            .unwrap_or_else(|e| panic!("stage {} failed: {e}", s.name()));
        out.insert(s.name().to_string(), ran);
    }
    out
}

fn skipped(runs: &BTreeMap<String, Ran>) -> Vec<&str> {
    runs.iter()
        .filter(|(_, r)| **r == Ran::Skipped)
        .map(|(n, _)| n.as_str())
        .collect()
}

/// Which of `names` ran.
fn ran<'a>(names: &[&'a str], runs: &BTreeMap<String, Ran>) -> Vec<&'a str> {
    names
        .iter()
        .copied()
        .filter(|n| runs[*n] != Ran::Skipped)
        .collect()
}

/// Every row of the tables a person sees, as text.
async fn tables(root: &DataRoot) -> String {
    let mut out = String::new();
    for (table, order) in [
        ("applications", "application_id"),
        ("emails", "email_id"),
        ("application_events", "application_id, email_id"),
    ] {
        let rows = support::query(
            root,
            &[table],
            &format!("select * from {table} order by {order}"),
        )
        .await;
        out.push_str(&support::pretty(&rows));
    }
    out
}

async fn stalled(root: &DataRoot) -> i64 {
    let rows = support::query(
        root,
        &["applications"],
        "select count(*) from applications where stalled",
    )
    .await;
    rows[0]
        .column(0)
        .as_any()
        .downcast_ref::<arrow::array::Int64Array>()
        .unwrap()
        .value(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_with_nothing_new_skips_every_stage_after_the_mail() {
    let dir = tempfile::tempdir().unwrap();
    let root = DataRoot::local(dir.path()).unwrap();
    let stages = support::stages(&root, support::mbox(sample()), None);
    let t0 = Utc.with_ymd_and_hms(2025, 2, 1, 0, 0, 0).unwrap();

    let first = run(&root, &stages, t0, "r1").await;
    assert!(skipped(&first).is_empty(), "{first:?}");
    let Ran::Ran(apps) = &first["applications"] else {
        panic!("applications ran")
    };
    let until = apps.valid_until.expect("an open application turns stalled");
    assert!(until > t0, "{until}");
    let before = tables(&root).await;
    let stalled_before = stalled(&root).await;

    // Nothing new: everything with a fingerprint is skipped, the mail
    // stages find nothing to do, and the tables are the same.
    let second = run(&root, &stages, t0, "r2").await;
    let always = [
        "raw_messages",
        "stg_emails",
        "int_emails_classified",
        "int_emails_llm",
        "keep_bodies",
    ];
    let expected: Vec<&str> = first
        .keys()
        .map(String::as_str)
        .filter(|n| !always.contains(n))
        .collect();
    assert_eq!(skipped(&second), expected);
    for name in always {
        let Ran::Ran(r) = &second[name] else {
            panic!("{name} always runs")
        };
        assert_eq!((r.rows_out, r.files_written), (0, 0), "{name}: {r:?}");
    }
    assert_eq!(tables(&root).await, before);

    // The warehouse file removed: only the warehouse is built again (the
    // dashboard's data is what it was).
    std::fs::remove_file(dir.path().join("warehouse.duckdb")).unwrap();
    let third = run(&root, &stages, t0, "r3").await;
    assert_eq!(ran(&expected, &third), ["warehouse"]);
    assert!(dir.path().join("warehouse.duckdb").is_file());

    // Time passes the first stall date: applications, and what reads it,
    // are made again, with one more stalled application.
    let fourth = run(&root, &stages, until, "r4").await;
    assert_eq!(
        ran(&expected, &fourth),
        ["applications", "emails", "site", "warehouse"]
    );
    assert!(stalled(&root).await > stalled_before);
    // And a minute later nothing runs again.
    let fifth = run(&root, &stages, until + chrono::Duration::minutes(1), "r5").await;
    assert_eq!(skipped(&fifth), expected);

    // A correction: its table and everything after it.
    root.put(
        &jobtrack_stages::resolve::corrections::file_path("tester"),
        jobtrack_stages::storage::Bytes::from(
            "{\"created_at\":\"2025-02-01T00:00:00Z\",\"action\":\"not_job\",\"email_id\":\"nope\"}\n",
        ),
    )
    .await
    .unwrap();
    let sixth = run(&root, &stages, until, "r6").await;
    assert!(sixth["int_corrections"] != Ran::Skipped);
    assert!(sixth["int_corrections_pivoted"] != Ran::Skipped);

    // New mail: every stage runs but the corrections' (their file is the
    // same), and the tables hold it.
    let more = support::mbox(fixture("mbox/realworld.mbox"));
    let stages = support::stages(&root, more, None);
    let seventh = run(&root, &stages, until, "r7").await;
    assert_eq!(
        skipped(&seventh),
        ["int_corrections", "int_corrections_pivoted"]
    );
    assert_eq!(support::count(&root, "emails").await, 312);
}
