//! A Gmail account end to end through the `jobtrack` binary, against the
//! fake Gmail API of `jobtrack_testkit`: `connect --refresh-token-stdin`,
//! then `run` twice. Every message reaches the published `emails` table
//! once, the second run fetches only the new mail (through `history.list`),
//! and no token shows in a file under the data dir, in the output or in a
//! run report.

use std::path::Path;
use std::process::Output;

use jobtrack_testkit::fake_gmail::{FakeGmail, REFRESH_TOKEN};
use jobtrack_testkit::leaks::{contains, files};

use crate::cli::jobtrack_home;

const CLIENT_SECRET: &str = "GOCSPX-cli-fake-client-SECRET";

fn jobtrack(home: &Path, stdin: Option<&str>, args: &[&str]) -> Output {
    let out = jobtrack_home(
        home,
        stdin,
        args,
        &[("JT_TEST_GMAIL_CLIENT_SECRET", CLIENT_SECRET)],
    );
    assert!(
        out.status.success(),
        "jobtrack {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn a_gmail_account_connected_from_stdin_runs_twice_and_fetches_only_new_mail_without_leaking_tokens()
 {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let fake = rt.block_on(FakeGmail::start(120, 0.0));
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let data = home.join("data");
    let cfg = home.join("jobtrack.toml");
    std::fs::write(
        &cfg,
        format!(
            r#"[user]
id = "alex"

[[accounts]]
name = "work"
provider = "gmail"
client-id = "123-cli.apps.googleusercontent.com"
client-secret-env = "JT_TEST_GMAIL_CLIENT_SECRET"
api-base-url = "{base}"
token-url = "{base}/token"
auth-url = "{base}/auth"
"#,
            base = fake.base
        ),
    )
    .unwrap();
    let (cfg, data_s) = (cfg.to_str().unwrap(), data.to_str().unwrap());
    let mut output = Vec::new();

    let out = jobtrack(
        home,
        Some(&format!("{REFRESH_TOKEN}\n")),
        &[
            "connect",
            "work",
            "--refresh-token-stdin",
            "--config",
            cfg,
            "--data-dir",
            data_s,
        ],
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Connected work"));
    output.push(out);

    let out = jobtrack(home, None, &["run", "--config", cfg, "--data-dir", data_s]);
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(stdout.contains("succeeded"), "{stdout}");
    output.push(out);
    let (gets, lists, grants) = fake.with(|s| (s.gets.clone(), s.list_calls, s.token_grants));
    assert_eq!(gets.len(), 120);
    assert!(gets.values().all(|n| *n == 1), "each message fetched once");
    assert_eq!(lists, 1, "one page of messages.list");
    assert!(grants >= 1, "the refresh token was exchanged");

    // Ten new messages: the second run reads history.list and fetches them
    // alone; nothing is listed again.
    fake.with(|s| {
        s.add(10, None);
        s.gets.clear();
        s.list_calls = 0;
        s.history_calls = 0;
    });
    let out = jobtrack(home, None, &["run", "--config", cfg, "--data-dir", data_s]);
    output.push(out);
    let (gets, lists, histories) = fake.with(|s| (s.gets.clone(), s.list_calls, s.history_calls));
    assert_eq!(gets.len(), 10, "only the new mail was fetched");
    assert!(gets.values().all(|n| *n == 1));
    assert_eq!(lists, 0);
    assert!(histories >= 1);
    let all_ids: Vec<String> = fake.with(|s| s.messages.iter().map(|m| m.id.clone()).collect());
    assert!(
        gets.keys().all(|id| all_ids[120..].contains(id)),
        "the fetched ids are the new ones"
    );

    // The published emails table holds every message exactly once.
    let out = jobtrack(
        home,
        None,
        &[
            "sql",
            "select count(*) as n, count(distinct gmail_message_id) as ids from emails",
            "--format",
            "json",
            "--config",
            cfg,
            "--data-dir",
            data_s,
        ],
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (rows[0]["n"].as_i64(), rows[0]["ids"].as_i64()),
        (Some(130), Some(130))
    );
    let out = jobtrack(
        home,
        None,
        &[
            "sql",
            "select gmail_message_id from emails order by gmail_message_id",
            "--format",
            "csv",
            "--config",
            cfg,
            "--data-dir",
            data_s,
        ],
    );
    let mut published: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(1)
        .map(|l| l.trim_start_matches('\u{feff}').to_string())
        .collect();
    let mut expected = all_ids.clone();
    published.sort();
    expected.sort();
    assert_eq!(published, expected);
    output.push(out);

    // No token in plain text: not in a file under the data dir (the run
    // reports are there), not on stdout or stderr.
    let mut secrets: Vec<String> = fake.with(|s| s.issued_tokens.clone());
    assert!(!secrets.is_empty());
    secrets.push(REFRESH_TOKEN.to_string());
    secrets.push(CLIENT_SECRET.to_string());
    let under = files(&data);
    assert!(
        under
            .iter()
            .any(|p| p.to_string_lossy().ends_with("work.token"))
    );
    let reports: Vec<_> = under
        .iter()
        .filter(|p| p.starts_with(data.join("runs")))
        .collect();
    assert_eq!(reports.len(), 2, "two run reports: {reports:?}");
    for f in &under {
        let bytes = std::fs::read(f).unwrap();
        for s in &secrets {
            assert!(!contains(&bytes, s), "{} holds a secret", f.display());
        }
    }
    let stderr_all: String = output
        .iter()
        .map(|o| String::from_utf8_lossy(&o.stderr).to_string())
        .collect();
    assert!(
        stderr_all.contains("Gmail import done"),
        "the logs were on: {stderr_all}"
    );
    for o in &output {
        for s in &secrets {
            assert!(!contains(&o.stdout, s), "stdout shows a secret");
            assert!(!contains(&o.stderr, s), "stderr shows a secret");
        }
    }
}
