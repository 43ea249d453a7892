//! The notebooks run: `notebooks/run_all.py` executes every notebook
//! headless on the warehouse of a sample run (README's first command), and
//! fails on a cell error, a notebook without a chart, or a printed row
//! count that is not the warehouse's. Needs Python with
//! `notebooks/requirements.txt` (`.ci/run` installs it); skips with a
//! message elsewhere.

use std::path::Path;
use std::process::Command;

use jobtrack_testkit::services_required;

use crate::cli::ok;

#[test]
fn every_notebook_runs_on_the_sample_run_and_draws_a_chart() {
    let probe = Command::new("python3")
        .args([
            "-c",
            "import nbclient, nbformat, ipykernel, polars, matplotlib, duckdb",
        ])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        assert!(
            !services_required(),
            "python3 with notebooks/requirements.txt is required"
        );
        eprintln!(
            "SKIPPED: notebooks (python3 lacks notebooks/requirements.txt: pip install -r notebooks/requirements.txt)"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["run"]);
    let warehouse = dir.path().join("jobtrack-data/warehouse.duckdb");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let out = Command::new("python3")
        .arg(repo.join("notebooks/run_all.py"))
        .arg(&warehouse)
        .current_dir(repo)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for nb in ["funnel", "response", "weekly", "backlog"] {
        assert!(
            stdout
                .lines()
                .any(|l| l.contains(&format!("{nb}.ipynb")) && l.starts_with("ok")),
            "{nb}: {stdout}"
        );
    }
}
