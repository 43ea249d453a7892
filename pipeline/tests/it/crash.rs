//! A run killed with SIGKILL at any point, then run again, ends with the same
//! tables as a run that was never interrupted.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::cli::ok;

fn snapshot(dir: &Path, data: &str) -> Vec<String> {
    let mut out = Vec::new();
    for q in [
        "select count(*) as n, count(distinct email_id) as d, sum(size_bytes) as s from emails",
        "select email_id, subject, received_at from emails order by email_id",
    ] {
        out.push(ok(dir, &["sql", q, "--format", "csv", "--data-dir", data]));
    }
    out
}

#[test]
fn a_killed_run_resumes_to_the_same_tables() {
    let dir = tempfile::tempdir().unwrap();
    ok(
        dir.path(),
        &[
            "synth",
            "--messages",
            "3000",
            "--seed",
            "11",
            "--out",
            "mail.mbox",
        ],
    );
    ok(
        dir.path(),
        &["run", "--source", "mbox:mail.mbox", "--data-dir", "clean"],
    );
    let want = snapshot(dir.path(), "clean");

    // Kill the same data dir's run again and again, later each time, then
    // let it finish.
    let mut killed = 0;
    for delay_ms in [30u64, 120, 250, 400, 600, 900, 1300, 1800, 2500] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_jobtrack"))
            .args(["run", "--source", "mbox:mail.mbox", "--data-dir", "crashy"])
            .current_dir(dir.path())
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL on Unix
            killed += 1;
        }
        child.wait().unwrap();
    }
    assert!(
        killed >= 3,
        "only {killed} runs were still going when killed"
    );
    ok(
        dir.path(),
        &["run", "--source", "mbox:mail.mbox", "--data-dir", "crashy"],
    );
    assert_eq!(snapshot(dir.path(), "crashy"), want);
    // No half-written file is visible, and left-overs were vacuumed.
    let parts = walk(&dir.path().join("crashy"));
    // Every commit of the table, as written to its Delta log.
    let log: String = parts
        .iter()
        .filter(|p| p.contains("/raw_messages/_delta_log/") && p.ends_with(".json"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    assert!(log.contains("\"add\""), "raw_messages has no Delta commit");
    // A write killed half-way leaves object_store's staging file
    // (`part-...parquet#<n>`), which listings never show; vacuum removes it.
    let staged: Vec<&String> = parts
        .iter()
        .filter(|p| p.contains("/part-") && p.contains('#'))
        .collect();
    assert!(staged.is_empty(), "staging files left behind: {staged:?}");
    for p in parts
        .iter()
        .filter(|p| p.contains("/raw_messages/") && p.ends_with(".parquet"))
    {
        let name = p.rsplit('/').next().unwrap();
        assert!(
            log.contains(name),
            "{p} is not committed but was left behind"
        );
    }
}

fn walk(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p.to_string_lossy().to_string());
            }
        }
    }
    out
}
