//! Runs that overlap on one data root: two runs for the same user (one
//! waits for the lock or exits 3 naming its holder, and the tables end as a
//! single run leaves them), and runs for two users at once (both succeed,
//! each user's tables as a solo run leaves them).

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::cli::ok;

/// What a user's tables hold, as text: every email and application row
/// that a rerun must reproduce.
fn tables_of(dir: &Path, data: &str, user: &str) -> Vec<String> {
    [
        format!(
            "select count(*) as n, count(distinct email_id) as d, sum(size_bytes) as s \
             from emails where user_id = '{user}'"
        ),
        format!(
            "select email_id, subject, received_at, event_type from emails \
             where user_id = '{user}' order by email_id"
        ),
        format!(
            "select application_id, company_name, role_title, current_status, email_count \
             from applications where user_id = '{user}' order by application_id"
        ),
    ]
    .iter()
    .map(|q| ok(dir, &["sql", q, "--format", "csv", "--data-dir", data]))
    .collect()
}

fn start(dir: &Path, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_jobtrack"))
        .args(args)
        .current_dir(dir)
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn finish(child: Child) -> (i32, String) {
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn two_runs_for_one_user_never_overlap() {
    let dir = tempfile::tempdir().unwrap();
    ok(
        dir.path(),
        &[
            "synth",
            "--messages",
            "1000",
            "--seed",
            "5",
            "--out",
            "mail.mbox",
        ],
    );
    ok(
        dir.path(),
        &["run", "--source", "mbox:mail.mbox", "--data-dir", "clean"],
    );
    let want = tables_of(dir.path(), "clean", "me");
    // A small fixed generator for the delays, so a failure can be replayed.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in 0..10 {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let jitter = (state >> 33) % 150;
        let data = format!("root-{i}");
        let waits = i % 2 == 1;
        let first = start(
            dir.path(),
            &["run", "--source", "mbox:mail.mbox", "--data-dir", &data],
        );
        std::thread::sleep(Duration::from_millis(200 + jitter));
        let mut second_args = vec!["run", "--source", "mbox:mail.mbox", "--data-dir", &data];
        if waits {
            second_args.extend(["--wait", "300"]);
        }
        let second = start(dir.path(), &second_args);
        let outcomes = [finish(first), finish(second)];
        let codes: Vec<i32> = outcomes.iter().map(|(c, _)| *c).collect();
        if waits {
            assert_eq!(codes, [0, 0], "iteration {i}: {outcomes:?}");
        } else {
            let refused: Vec<&(i32, String)> = outcomes.iter().filter(|(c, _)| *c == 3).collect();
            assert_eq!(refused.len(), 1, "iteration {i}: {outcomes:?}");
            assert!(codes.contains(&0), "iteration {i}: {outcomes:?}");
            let message = &refused[0].1;
            assert!(
                message.contains("another run for user me holds the lock since "),
                "iteration {i}: {message}"
            );
            assert!(
                message.contains("(host ") && message.contains(", pid "),
                "iteration {i}: {message}"
            );
        }
        assert_eq!(tables_of(dir.path(), &data, "me"), want, "iteration {i}");
    }
}

#[test]
fn runs_for_two_users_on_one_root_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    ok(
        dir.path(),
        &[
            "synth",
            "--messages",
            "1200",
            "--seed",
            "8",
            "--out",
            "mail.mbox",
        ],
    );
    for user in ["ann", "bob"] {
        std::fs::write(
            dir.path().join(format!("{user}.toml")),
            format!("[user]\nid = \"{user}\"\n"),
        )
        .unwrap();
        ok(
            dir.path(),
            &[
                "run",
                "--config",
                &format!("{user}.toml"),
                "--source",
                "mbox:mail.mbox",
                "--data-dir",
                &format!("solo-{user}"),
            ],
        );
    }
    for delay_ms in [0u64, 200, 700] {
        let data = format!("shared-{delay_ms}");
        let ann = start(
            dir.path(),
            &[
                "run",
                "--config",
                "ann.toml",
                "--source",
                "mbox:mail.mbox",
                "--data-dir",
                &data,
            ],
        );
        std::thread::sleep(Duration::from_millis(delay_ms));
        let bob = start(
            dir.path(),
            &[
                "run",
                "--config",
                "bob.toml",
                "--source",
                "mbox:mail.mbox",
                "--data-dir",
                &data,
            ],
        );
        for (who, outcome) in [("ann", finish(ann)), ("bob", finish(bob))] {
            assert_eq!(outcome.0, 0, "{who} after {delay_ms} ms: {}", outcome.1);
        }
        for user in ["ann", "bob"] {
            assert_eq!(
                tables_of(dir.path(), &data, user),
                tables_of(dir.path(), &format!("solo-{user}"), user),
                "{user}, runs {delay_ms} ms apart"
            );
        }
    }
}
