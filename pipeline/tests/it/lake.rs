//! The lake's upkeep as a user types it: `history` lists a table's Delta
//! versions, `maintain` merges the small files months of nightly runs
//! leave without changing a row (nor making any stage redo its work), and
//! `restore` rolls a table back so the next run makes the rest again.

use std::path::Path;

use crate::cli::{jobtrack, ok, synth};

/// The tables' contents a user sees, to compare.
pub fn tables(dir: &Path) -> Vec<String> {
    [
        "select count(*) as n, count(distinct email_id) as d from emails",
        "select email_id, subject, received_at from emails order by email_id",
        "select application_id, company_name, current_status from applications order by application_id",
    ]
    .iter()
    .map(|q| ok(dir, &["sql", q, "--format", "csv", "--data-dir", "data"]))
    .collect()
}

/// Where each message of an mbox but the first starts.
pub fn message_starts(mbox: &[u8]) -> Vec<usize> {
    mbox.windows(6)
        .enumerate()
        .filter(|(_, w)| *w == b"\nFrom ")
        .map(|(i, _)| i + 1)
        .collect()
}

/// The Parquet files of `table` for user `me`.
fn parts(dir: &Path, table: &str) -> usize {
    std::fs::read_dir(dir.join("data").join(table).join("user_id=me"))
        .map(|d| {
            d.flatten()
                .filter(|e| e.file_name().to_string_lossy().ends_with(".parquet"))
                .count()
        })
        .unwrap_or(0)
}

/// The rows a stage read in a run, from `jobtrack run`'s output (0 when it
/// was skipped).
fn rows_in(out: &str, stage: &str) -> u64 {
    out.lines()
        .map(str::split_whitespace)
        .find_map(|mut words| {
            (words.next() == Some(stage)).then(|| {
                let words: Vec<&str> = words.collect();
                match words.as_slice() {
                    ["rows", "in", n, ..] => n.parse().unwrap(),
                    _ => 0,
                }
            })
        })
        .unwrap_or_else(|| panic!("no line for {stage}: {out}"))
}

#[test]
fn history_maintain_and_restore_keep_the_tables_right() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    synth(d, 300, 5, "all.mbox");
    let text = std::fs::read(d.join("all.mbox")).unwrap();
    // Six nights of new mail: the mbox grows, each run ingests the rest.
    let starts = message_starts(&text);
    let cut = |k: usize| &text[..starts[k * starts.len() / 6 - 1]];
    for k in 1..=6 {
        let part = if k == 6 { text.as_slice() } else { cut(k) };
        std::fs::write(d.join("mail.mbox"), part).unwrap();
        ok(
            d,
            &["run", "--source", "mbox:mail.mbox", "--data-dir", "data"],
        );
    }
    let want = tables(d);
    assert!(parts(d, "raw_messages") >= 6, "one file per night at least");

    let history = ok(
        d,
        &[
            "history",
            "raw_messages",
            "--format",
            "json",
            "--data-dir",
            "data",
        ],
    );
    let versions: serde_json::Value = serde_json::from_str(&history).unwrap();
    let versions = versions.as_array().unwrap();
    assert!(versions.len() >= 7, "{history}");
    assert_eq!(versions[0]["operation"], "WRITE", "{history}");
    assert_eq!(versions[0]["stage"], "raw_messages", "{history}");
    assert!(versions[0]["run_id"].is_string(), "{history}");
    assert!(versions[0]["rows_added"].as_u64().unwrap() > 0, "{history}");

    let first = versions.last().unwrap()["version"].as_u64().unwrap() + 1;
    let before_merge = versions[0]["version"].as_u64().unwrap();
    let before = parts(d, "raw_messages");
    let out = ok(d, &["maintain", "--data-dir", "data"]);
    assert!(
        out.contains("small files merged into") && !out.contains(" 0 small"),
        "{out}"
    );
    assert_eq!(
        parts(d, "raw_messages"),
        before + 1,
        "merged; the old files stay 7 days"
    );
    assert_eq!(tables(d), want, "maintain changed no row");
    let history = ok(
        d,
        &[
            "history",
            "raw_messages",
            "--limit",
            "1",
            "--data-dir",
            "data",
        ],
    );
    assert!(history.contains("OPTIMIZE"), "{history}");
    // Nothing is taken for new input: the next run finds nothing to do.
    let rerun = ok(
        d,
        &["run", "--source", "mbox:mail.mbox", "--data-dir", "data"],
    );
    for stage in ["stg_emails", "int_emails_classified"] {
        assert_eq!(
            rows_in(&rerun, stage),
            0,
            "a merged input made {stage} start over: {rerun}"
        );
    }
    assert_eq!(tables(d), want);

    // Back to the table after the first night: the next run ingests the
    // rest again from the mbox cursor of then, and the tables are whole.
    let out = ok(
        d,
        &[
            "restore",
            "raw_messages",
            "--version",
            &first.to_string(),
            "--data-dir",
            "data",
        ],
    );
    assert!(out.contains("Restored raw_messages"), "{out}");
    ok(
        d,
        &["run", "--source", "mbox:mail.mbox", "--data-dir", "data"],
    );
    assert_eq!(
        tables(d),
        want,
        "restore, then a run, gives the same tables"
    );

    // With no retention, the files merged away go: restoring the version
    // before the merge fails, naming one.
    let out = ok(
        d,
        &["maintain", "--retention-days", "0", "--data-dir", "data"],
    );
    assert!(out.contains("files deleted"), "{out}");
    let gone = jobtrack(
        d,
        &[
            "restore",
            "raw_messages",
            "--version",
            &before_merge.to_string(),
            "--data-dir",
            "data",
        ],
    );
    assert_eq!(gone.status.code(), Some(1));
    let err = String::from_utf8_lossy(&gone.stderr);
    assert!(
        err.contains("was vacuumed") && err.contains("part-raw_messages-"),
        "{err}"
    );
    assert_eq!(tables(d), want);

    // A table that does not exist is the user's mistake.
    let bad = jobtrack(d, &["history", "no_such_table", "--data-dir", "data"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no table \"no_such_table\""));
}

/// Reads every table the warehouse publishes from its Delta table with
/// Python's `deltalake` and `polars`, and prints what differs.
const READ_WITH_PYTHON: &str = r#"
import sys, duckdb, deltalake, polars as pl
root = sys.argv[1]
con = duckdb.connect(f"{root}/warehouse.duckdb", read_only=True)
names = [r[0] for r in con.sql(
    "select table_name from information_schema.tables where table_schema = 'main'").fetchall()]
checked = 0
for name in names:
    try:
        table = deltalake.DeltaTable(f"{root}/{name}")
    except deltalake.exceptions.TableNotFoundError:
        continue
    frame = pl.read_delta(f"{root}/{name}")
    arrow_rows = table.to_pyarrow_table().num_rows
    want = con.sql(f'select count(*) from "{name}"').fetchall()[0][0]
    users = frame["user_id"].unique().to_list()
    if (frame.height, arrow_rows) != (want, want) or users not in ([], ["me"]):
        print(f"DIFF {name}: polars {frame.height}, deltalake {arrow_rows}, warehouse {want}, users {users}")
    checked += 1
print(f"CHECKED {checked}")
"#;

#[test]
fn the_tables_open_in_python_deltalake_and_polars() {
    if !crate::cli::python_has("deltalake, polars, duckdb") {
        assert!(
            !jobtrack_testkit::services_required(),
            "python3 with deltalake, polars and duckdb is required"
        );
        eprintln!("SKIPPED: reading the tables from Python (pip install deltalake polars duckdb)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    synth(d, 200, 11, "mail.mbox");
    ok(
        d,
        &["run", "--source", "mbox:mail.mbox", "--data-dir", "data"],
    );
    // A second night adds files and versions; a maintain merges them.
    ok(d, &["run", "--data-dir", "data"]);
    ok(d, &["maintain", "--data-dir", "data"]);
    let out = std::process::Command::new("python3")
        .args(["-c", READ_WITH_PYTHON])
        .arg(d.join("data"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!stdout.contains("DIFF"), "{stdout}");
    let checked: usize = stdout
        .lines()
        .find_map(|l| l.strip_prefix("CHECKED "))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(checked >= 4, "too few tables compared: {stdout}");
}
