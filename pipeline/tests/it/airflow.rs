//! The Airflow DAG (`dags/airflow/jobtrack_nightly.py`) run by Airflow 3
//! itself (`airflow dags test`, an SQLite metadata database in a temporary
//! AIRFLOW_HOME) on three synth users of one data root: every user's tables
//! equal a solo run; with one user's mailbox gone, the other two still
//! finish, the failing user's task is retried and the DAG run fails naming
//! them, and the operations tables record it.

use std::path::Path;
use std::process::{Command, Output};

use jobtrack_testkit::{airflow, services_required};

use crate::cli::ok;
use crate::fleet::{USERS, tables_of};

fn airflow_cmd(bin: &Path, home: &Path, args: &[&str]) -> Output {
    Command::new(bin)
        .args(args)
        .current_dir(home)
        .env("AIRFLOW_HOME", home.join("airflow"))
        .env(
            "AIRFLOW__CORE__DAGS_FOLDER",
            concat!(env!("CARGO_MANIFEST_DIR"), "/../dags/airflow"),
        )
        .env("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
        .env("JOBTRACK_RETRY_DELAY_SECONDS", "1")
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}

fn report(home: &Path) -> serde_json::Value {
    let text = ok(
        home,
        &[
            "users",
            "report",
            "--config",
            "fleet.toml",
            "--format",
            "json",
        ],
    );
    serde_json::from_str(&text).unwrap()
}

#[test]
fn the_airflow_dag_runs_every_user_and_survives_a_failing_one() {
    let Some(bin) = airflow() else {
        assert!(
            !services_required(),
            "Apache Airflow 3 is required (JOBTRACK_AIRFLOW)"
        );
        eprintln!("SKIPPED: airflow (no `airflow` command; .ci/run installs it)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let mut fleet = String::from("[storage]\ndata-dir = \"fleet\"\n");
    for (user, seed) in USERS {
        let seed = seed.to_string();
        let out = format!("{user}.mbox");
        ok(
            home,
            &["synth", "--messages", "200", "--seed", &seed, "--out", &out],
        );
        let account =
            format!("[[accounts]]\nname = \"home\"\nprovider = \"mbox\"\npath = \"{user}.mbox\"\n");
        std::fs::write(
            home.join(format!("solo-{user}.toml")),
            format!("[user]\nid = \"{user}\"\n[storage]\ndata-dir = \"solo-{user}\"\n{account}"),
        )
        .unwrap();
        ok(home, &["run", "--config", &format!("solo-{user}.toml")]);
        fleet.push_str(&format!(
            "\n[[users]]\nid = \"{user}\"\n{}",
            account.replace("[[accounts]]", "[[users.accounts]]")
        ));
    }
    std::fs::write(home.join("fleet.toml"), fleet).unwrap();

    for args in [
        &["db", "migrate"][..],
        &["pools", "set", "jobtrack_gmail", "2", "Gmail users at once"],
    ] {
        let out = airflow_cmd(&bin, home, args);
        assert!(
            out.status.success(),
            "airflow {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let conf = serde_json::json!({
        "binary": env!("CARGO_BIN_EXE_jobtrack"),
        "config": home.join("fleet.toml"),
        // Airflow runs bash tasks in a temporary folder: the root is absolute.
        "data_dir": home.join("fleet"),
    })
    .to_string();
    let test = ["dags", "test", "jobtrack_nightly", "--conf", conf.as_str()];
    let out = airflow_cmd(&bin, home, &test);
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{log}");
    for (user, _) in USERS {
        assert_eq!(
            tables_of(home, &["--config", "fleet.toml", "--user", user]),
            tables_of(home, &["--config", &format!("solo-{user}.toml")]),
            "{user}"
        );
    }
    let users = report(home);
    assert!(
        users
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u["last_status"] == "succeeded"),
        "{users}"
    );

    // Bob's mailbox goes: ann and cee finish, bob's task is retried, the
    // DAG run fails naming bob.
    std::fs::remove_file(home.join("bob.mbox")).unwrap();
    let out = airflow_cmd(&bin, home, &test);
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!out.status.success(), "{log}");
    assert!(
        log.contains("1 user(s) failed: bob (failed: cannot read"),
        "{log}"
    );
    for user in ["ann", "cee"] {
        assert_eq!(
            tables_of(home, &["--config", "fleet.toml", "--user", user]),
            tables_of(home, &["--config", &format!("solo-{user}.toml")]),
            "{user}"
        );
    }
    let users = report(home);
    let line = |id: &str| {
        users
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["user_id"] == id)
            .unwrap()
            .clone()
    };
    // Two runs each for ann and cee; for bob one, then four tries (three retries).
    assert_eq!(line("ann")["runs"], 2, "{users}");
    assert_eq!(line("bob")["runs"], 5, "{users}");
    assert_eq!(line("bob")["failures_since_success"], 4, "{users}");
    assert_eq!(line("bob")["last_status"], "failed", "{users}");
    assert!(home.join("fleet/fleet/operations.duckdb").is_file());
}
