//! The commands a newcomer types: run on the sample, sql, export, status,
//! synth, and the errors they get for bad input.

use std::path::Path;
use std::process::{Command, Output};

pub fn jobtrack(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jobtrack"))
        .args(args)
        .current_dir(dir)
        .env("RUST_LOG", "warn")
        .output()
        .expect("jobtrack runs")
}

/// `jobtrack ARGS` in `home` as a person with a connected account runs it:
/// `home` is their HOME and config folder, no token key in the
/// environment, `env` added, `stdin` on standard input, and debug logs of
/// our crates and of the HTTP and OAuth clients (the most a person would
/// turn on: still no token may show).
pub fn jobtrack_home(
    home: &Path,
    stdin: Option<&str>,
    args: &[&str],
    env: &[(&str, &str)],
) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_jobtrack"));
    cmd.args(args)
        .current_dir(home)
        .env(
            "RUST_LOG",
            "info,jobtrack=debug,jobtrack_stages=debug,oauth2=debug,reqwest=debug",
        )
        .env_remove("JOBTRACK_TOKEN_KEY")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("xdg"))
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

/// Whether `python3` can import `module` (a test's outside program).
pub fn python_has(module: &str) -> bool {
    Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Writes a synth mailbox of `messages` messages made with `seed` to `out`
/// (under `dir`).
pub fn synth(dir: &Path, messages: u32, seed: u32, out: &str) {
    ok(
        dir,
        &[
            "synth",
            "--messages",
            &messages.to_string(),
            "--seed",
            &seed.to_string(),
            "--out",
            out,
        ],
    );
}

pub fn ok(dir: &Path, args: &[&str]) -> String {
    let out = jobtrack(dir, args);
    assert!(
        out.status.success(),
        "jobtrack {args:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn run_with_no_arguments_uses_the_bundled_sample() {
    let dir = tempfile::tempdir().unwrap();
    let stdout = ok(dir.path(), &["run"]);
    assert!(stdout.contains("succeeded"), "{stdout}");
    let data = dir.path().join("jobtrack-data");
    assert!(data.join("warehouse.duckdb").is_file());
    let runs: Vec<_> = std::fs::read_dir(data.join("runs/user_id=me"))
        .unwrap()
        .collect();
    assert_eq!(runs.len(), 1);

    let json = ok(
        dir.path(),
        &[
            "sql",
            "select count(*) as n from emails",
            "--format",
            "json",
        ],
    );
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(rows[0]["n"], 12);

    let csv = ok(
        dir.path(),
        &[
            "sql",
            "select subject from emails where subject like '%Acme%' order by received_at",
            "--format",
            "csv",
        ],
    );
    assert_eq!(csv.lines().next(), Some("subject"));
    assert_eq!(csv.lines().count(), 3, "{csv}");

    // Exports in every format, and the CSV has a header and a row per email.
    for format in ["csv", "parquet", "json"] {
        let out = dir.path().join(format!("emails.{format}"));
        let stdout = ok(
            dir.path(),
            &[
                "export",
                "--table",
                "emails",
                "--format",
                format,
                "--out",
                out.to_str().unwrap(),
            ],
        );
        assert!(stdout.contains("Wrote 12 rows"), "{stdout}");
        assert!(out.is_file());
    }
    let csv = std::fs::read_to_string(dir.path().join("emails.csv")).unwrap();
    assert!(csv.starts_with("\u{feff}email_id,user_id,"), "{csv}");
    assert!(csv.lines().filter(|l| l.contains("@")).count() >= 12);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("emails.json")).unwrap())
            .unwrap();
    assert_eq!(json.as_array().unwrap().len(), 12);
    // The emails mart keeps no order in its files; the export is in the
    // order its contract names (received_at, then email_id).
    let order: Vec<(String, String)> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["received_at"].as_str().unwrap_or("~").to_string(),
                e["email_id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "emails export in time order");

    // A second run adds nothing; status shows both runs.
    let stdout = ok(dir.path(), &["run"]);
    assert!(stdout.contains("succeeded"), "{stdout}");
    let status = ok(dir.path(), &["status", "--format", "json"]);
    let runs: serde_json::Value = serde_json::from_str(&status).unwrap();
    assert_eq!(runs.as_array().unwrap().len(), 2);
    let newest = &runs[0];
    let raw = newest["stages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "raw_messages")
        .unwrap();
    assert_eq!(raw["rows_out"], 0);
    assert_eq!(raw["duplicates"], 12);
    // Nothing new: the stages after the mail's are skipped.
    let status_of = |name: &str| {
        newest["stages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == name)
            .unwrap_or_else(|| panic!("{name} in the report"))["status"]
            .clone()
    };
    for name in ["applications", "emails", "warehouse", "site"] {
        assert_eq!(status_of(name), "skipped", "{name}");
    }
    assert!(
        stdout.contains("skipped: nothing it reads changed"),
        "{stdout}"
    );
    let dead = ok(
        dir.path(),
        &["sql", "select count(*) from dead_letter", "--format", "csv"],
    );
    assert_eq!(dead.lines().nth(1), Some("0"), "dead letters are published");
    let table = ok(dir.path(), &["status"]);
    assert!(table.contains("succeeded"), "{table}");
}

#[test]
fn a_missing_mailbox_is_a_one_line_error_and_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = jobtrack(dir.path(), &["run", "--source", "mbox:/no/such/mail.mbox"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("jobtrack: ") && last.contains("/no/such/mail.mbox"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn bad_input_gets_clear_errors_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("single.eml"),
        "Subject: hi\n\nnot an mbox\n",
    )
    .unwrap();
    let cases: &[(&[&str], i32, &str)] = &[
        (&["run", "--source", "mbox:single.eml"], 2, "not an mbox"),
        (&["run", "--source", "maildir:."], 2, "cur/"),
        (&["run", "--source", "pop3:x"], 2, "unknown source kind"),
        (
            &["run", "--data-dir", "ftp://host/x"],
            2,
            "unsupported scheme",
        ),
        (&["sql", "select 1"], 2, "no warehouse"),
        (&["run", "--config", "missing.toml"], 2, "missing.toml"),
        (&["run", "--dag", "missing-dag.toml"], 2, "missing-dag.toml"),
    ];
    for (args, code, needle) in cases {
        let out = jobtrack(dir.path(), args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "{args:?}: {stderr}");
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn sql_is_read_only_and_exports_refuse_unknown_tables() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["run"]);
    let out = jobtrack(dir.path(), &["sql", "drop table emails"]);
    assert_ne!(out.status.code(), Some(0));
    let out = jobtrack(
        dir.path(),
        &[
            "export",
            "--table",
            "nope; drop table emails",
            "--format",
            "csv",
            "--out",
            "x.csv",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no table"));
    let n = ok(
        dir.path(),
        &["sql", "select count(*) from emails", "--format", "csv"],
    );
    assert_eq!(n.lines().nth(1), Some("12"));
}

#[test]
fn synth_is_deterministic_and_writes_labels() {
    let dir = tempfile::tempdir().unwrap();
    ok(
        dir.path(),
        &[
            "synth",
            "--messages",
            "300",
            "--seed",
            "5",
            "--out",
            "a.mbox",
            "--labels",
            "a.jsonl",
        ],
    );
    ok(
        dir.path(),
        &[
            "synth",
            "--messages",
            "300",
            "--seed",
            "5",
            "--out",
            "b.mbox",
        ],
    );
    let a = std::fs::read(dir.path().join("a.mbox")).unwrap();
    assert_eq!(a, std::fs::read(dir.path().join("b.mbox")).unwrap());
    let labels = std::fs::read_to_string(dir.path().join("a.jsonl")).unwrap();
    assert_eq!(labels.lines().count(), 300);
    let first: serde_json::Value = serde_json::from_str(labels.lines().next().unwrap()).unwrap();
    for key in [
        "message_id",
        "label",
        "event_type",
        "company",
        "company_aliases",
        "role",
        "app_key",
        "source",
        "posting_url",
    ] {
        assert!(first.get(key).is_some(), "label line lacks {key}: {first}");
    }
    // And the pipeline ingests it completely.
    let stdout = ok(
        dir.path(),
        &["run", "--source", "mbox:a.mbox", "--data-dir", "synth-data"],
    );
    assert!(stdout.contains("succeeded"), "{stdout}");
    let n = ok(
        dir.path(),
        &[
            "sql",
            "select count(*) from emails",
            "--format",
            "csv",
            "--data-dir",
            "synth-data",
        ],
    );
    assert_eq!(n.lines().nth(1), Some("300"));

    // eval scores it against the labels; train saves a model the next run
    // uses, which reclassifies every email.
    let report = ok(
        dir.path(),
        &["eval", "--labels", "a.jsonl", "--data-dir", "synth-data"],
    );
    assert!(
        report.contains("Application detection: precision"),
        "{report}"
    );
    let trained = ok(
        dir.path(),
        &["train", "--labels", "a.jsonl", "--data-dir", "synth-data"],
    );
    assert!(trained.starts_with("Trained model "), "{trained}");
    assert!(dir.path().join("synth-data/models/current.json").is_file());
    ok(
        dir.path(),
        &["run", "--source", "mbox:a.mbox", "--data-dir", "synth-data"],
    );
    let status = ok(
        dir.path(),
        &["status", "--format", "json", "--data-dir", "synth-data"],
    );
    let runs: serde_json::Value = serde_json::from_str(&status).unwrap();
    let classified = runs[0]["stages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "int_emails_classified")
        .unwrap();
    assert_eq!(
        classified["rows_in"], 300,
        "a new model reclassifies every email"
    );
}

/// A configured LLM that is not running never fails a run: the uncertain
/// emails keep their rules/model answers, and the report and `status` say so.
#[test]
fn a_dead_llm_server_leaves_a_succeeded_run_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../stages/tests/fixtures/llm");
    std::fs::write(
        dir.path().join("jobtrack.toml"),
        format!(
            "[user]\nid = \"me\"\nemails = [\"alex.doe@example.net\"]\nname = \"Alex Doe\"\n\
             [storage]\ndata-dir = \"data\"\n\
             [llm]\nbase-url = \"http://127.0.0.1:9/v1\"\nmodel = \"m\"\ntimeout-secs = 1\n\
             max-retries = 1\nbackoff-ms = 10\n\
             [[accounts]]\nname = \"f\"\nprovider = \"eml\"\npath = \"{}\"\n",
            fixtures.display()
        ),
    )
    .unwrap();
    let stdout = ok(dir.path(), &["run", "--config", "jobtrack.toml"]);
    assert!(stdout.contains("succeeded"), "{stdout}");
    let status = ok(
        dir.path(),
        &["status", "--config", "jobtrack.toml", "--format", "json"],
    );
    let runs: serde_json::Value = serde_json::from_str(&status).unwrap();
    let llm = runs[0]["stages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "int_emails_llm")
        .unwrap();
    assert_eq!(llm["details"]["llm_failed"], 4, "{llm}");
    assert!(
        llm["warnings"][0].as_str().unwrap().contains("no answer"),
        "{llm}"
    );
    let rows = ok(
        dir.path(),
        &[
            "sql",
            "select count(*) from emails where extractor = 'llm'",
            "--config",
            "jobtrack.toml",
            "--format",
            "csv",
        ],
    );
    assert_eq!(rows.lines().nth(1), Some("0"));
    let table = ok(dir.path(), &["status", "--config", "jobtrack.toml"]);
    assert!(table.contains("llm_calls"), "{table}");
}
