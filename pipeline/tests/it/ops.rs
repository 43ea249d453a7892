//! What operators see: `GET /metrics` after a run, parsed by Python's
//! `prometheus_client`, with the run's real numbers; and alerts to a local
//! webhook receiver and a local SMTP server (aiosmtpd) for a failing run, a
//! refused Gmail grant and a dead-letter spike, each delivered exactly
//! once while its condition lasts; and `jobtrack dlq list | drop`.

use std::io::{Read, Write};
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};

use jobtrack_testkit::fake_gmail::{FakeGmail, REFRESH_TOKEN};
use jobtrack_testkit::{free_port, services_required};

use crate::cli::{jobtrack, jobtrack_home, ok, python_has};
use crate::dashboard::{address, http_call, serve};
use crate::nudges::{received, start_smtp};

/// A webhook receiver: every POST body, in order.
struct Receiver {
    url: String,
    bodies: Arc<Mutex<Vec<serde_json::Value>>>,
}

fn receiver() -> Receiver {
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let bodies = Arc::new(Mutex::new(Vec::new()));
    let got = bodies.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut raw = Vec::new();
            let mut buf = [0u8; 4096];
            // Read the head, then as many body bytes as it announces.
            let body = loop {
                let n = s.read(&mut buf).unwrap_or(0);
                if n == 0 {
                    break None;
                }
                raw.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&raw).to_string();
                if let Some((head, body)) = text.split_once("\r\n\r\n") {
                    let len: usize = head
                        .lines()
                        .find_map(|l| {
                            let (k, v) = l.split_once(':')?;
                            k.eq_ignore_ascii_case("content-length")
                                .then(|| v.trim().parse().ok())?
                        })
                        .unwrap_or(0);
                    if body.len() >= len {
                        break Some(body.to_string());
                    }
                }
            };
            if let Some(body) = body {
                got.lock()
                    .unwrap()
                    .push(serde_json::from_str(&body).unwrap());
            }
            let _ =
                s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        }
    });
    Receiver { url, bodies }
}

#[test]
fn metrics_after_a_run_parse_and_hold_the_runs_numbers() {
    if !python_has("prometheus_client") {
        assert!(
            !services_required(),
            "python3 with prometheus_client is required"
        );
        eprintln!(
            "SKIPPED: metrics (python3 lacks prometheus_client: pip install prometheus_client)"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    ok(home, &["run"]);
    // The second run finds no new mail and would skip the warehouse: with
    // the file gone it builds it again, holding the first run.
    std::fs::remove_file(home.join("jobtrack-data/warehouse.duckdb")).unwrap();
    ok(home, &["run"]);
    let textfile =
        std::fs::read_to_string(home.join("jobtrack-data/metrics/jobtrack-me.prom")).unwrap();
    let (_server, line) = serve(home, &["--port", "0"], &[]);
    let addr = address(&line);
    let (code, head, body) = http_call("GET", &addr, "/metrics", &addr, "", "");
    assert_eq!(code, 200, "{body}");
    assert!(head.contains("text/plain; version=0.0.4"), "{head}");
    // Python's own parser reads it; the samples come back as JSON lines.
    let parse = r#"
import json, sys
from prometheus_client.parser import text_string_to_metric_families
for family in text_string_to_metric_families(sys.stdin.read()):
    for s in family.samples:
        print(json.dumps({"name": s.name, "labels": s.labels, "value": s.value}))
"#;
    let mut child = Command::new("python3")
        .args(["-c", parse])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(body.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let samples: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let value = |name: &str, labels: &[(&str, &str)]| -> f64 {
        samples
            .iter()
            .filter(|s| s["name"] == name)
            .filter(|s| labels.iter().all(|(k, v)| s["labels"][k] == *v))
            .map(|s| s["value"].as_f64().unwrap())
            .sum()
    };
    // The sample mailbox: 12 emails, all new in the first run, none in the second.
    assert_eq!(
        value(
            "jobtrack_messages_ingested_total",
            &[("user", "me"), ("account", "sample")]
        ),
        12.0
    );
    assert_eq!(
        value("jobtrack_runs_total", &[("status", "succeeded")]),
        2.0
    );
    assert_eq!(value("jobtrack_dead_letters_total", &[]), 0.0);
    let apps: f64 = serde_json::from_str::<serde_json::Value>(&ok(
        home,
        &[
            "sql",
            "select count(*) as n from applications",
            "--format",
            "json",
        ],
    ))
    .unwrap()[0]["n"]
        .as_f64()
        .unwrap();
    assert_eq!(value("jobtrack_applications", &[("user", "me")]), apps);
    assert!(value("jobtrack_last_success_timestamp_seconds", &[("user", "me")]) > 1.7e9);
    // Every stage of both runs is in the histogram.
    assert_eq!(
        value(
            "jobtrack_stage_duration_seconds_count",
            &[("stage", "raw_messages")]
        ),
        2.0
    );
    // No [llm] and no Gmail here: their counters show, at 0.
    for name in [
        "jobtrack_llm_calls_total",
        "jobtrack_llm_cost_total",
        "jobtrack_gmail_quota_units_total",
    ] {
        assert!(samples.iter().any(|s| s["name"] == name), "{name}");
        assert_eq!(value(name, &[("user", "me")]), 0.0, "{name}");
    }
    // The warehouse's runs table: the run before the one that built it.
    let runs = ok(
        home,
        &[
            "sql",
            "select count(*) as n, min(status) as s from runs",
            "--format",
            "csv",
        ],
    );
    assert_eq!(runs.lines().nth(1), Some("1,succeeded"), "{runs}");
    // The textfile holds the same families.
    for family in [
        "jobtrack_messages_ingested_total",
        "jobtrack_runs_total",
        "jobtrack_applications",
    ] {
        assert!(textfile.contains(&format!("# TYPE {family} ")), "{family}");
    }
}

fn alert_config(home: &Path, hook: &str, smtp_port: u16, extra: &str) {
    std::fs::write(
        home.join("jobtrack.toml"),
        format!(
            "[user]\nid = \"alex\"\n[storage]\ndata-dir = \"data\"\n\
             [alerts]\nwebhook-url = \"{hook}\"\nemail-to = \"ops@example.org\"\n\
             smtp-host = \"127.0.0.1\"\nsmtp-port = {smtp_port}\nsmtp-security = \"none\"\n\
             dead-letters-threshold = 2\n{extra}"
        ),
    )
    .unwrap();
}

#[test]
fn alerts_go_once_per_condition_by_webhook_and_mail() {
    if !python_has("aiosmtpd") {
        assert!(!services_required(), "python3 with aiosmtpd is required");
        eprintln!("SKIPPED: alerts (python3 lacks aiosmtpd: pip install aiosmtpd)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let maildir = home.join("received");
    let port = free_port();
    let _smtp = start_smtp(&maildir, port);
    let hook = receiver();

    // 1. A failing run (the mailbox is gone): one alert, not one per run.
    alert_config(
        home,
        &hook.url,
        port,
        "[[accounts]]\nname = \"takeout\"\nprovider = \"mbox\"\npath = \"gone.mbox\"\n",
    );
    for _ in 0..2 {
        let out = jobtrack(home, &["run", "--config", "jobtrack.toml"]);
        assert!(!out.status.success());
    }
    let bodies = hook.bodies.lock().unwrap().clone();
    assert_eq!(bodies.len(), 1, "{bodies:?}");
    assert_eq!(bodies[0]["condition"], "run_failed");
    assert_eq!(bodies[0]["user"], "alex");
    let text = bodies[0]["text"].as_str().unwrap();
    assert!(
        text.contains("user alex") && text.contains("gone.mbox") && text.contains("What to do:"),
        "{text}"
    );
    let mails = received(&maildir);
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert!(mails[0].0.contains("user alex"), "{mails:?}");
    assert!(mails[0].1.contains("What to do:"), "{mails:?}");

    // 2. The mailbox is back, with three unreadable chunks past the
    // threshold of 2: the failure clears, one dead-letter alert goes; a
    // rerun (nothing new set aside) sends nothing.
    let mut mbox = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../samples/sample.mbox"
    ))
    .unwrap();
    mbox.push('\n');
    for i in 0..3 {
        mbox.push_str(&format!(
            "From junk{i}@x Mon Jan 06 09:00:00 2025\nthis line is no header {i}\n\n"
        ));
    }
    std::fs::write(home.join("gone.mbox"), mbox).unwrap();
    ok(home, &["run", "--config", "jobtrack.toml"]);
    ok(home, &["run", "--config", "jobtrack.toml"]);
    let bodies = hook.bodies.lock().unwrap().clone();
    assert_eq!(bodies.len(), 2, "{bodies:?}");
    assert_eq!(bodies[1]["condition"], "dead_letters");
    assert!(
        bodies[1]["text"].as_str().unwrap().contains("3 unreadable"),
        "{bodies:?}"
    );
    assert_eq!(received(&maildir).len(), 2);

    // The dead letters, as the alert says to look at them; one dropped.
    let list = |all: bool| -> Vec<serde_json::Value> {
        let mut args = vec![
            "dlq",
            "list",
            "--config",
            "jobtrack.toml",
            "--format",
            "json",
        ];
        if all {
            args.push("--all");
        }
        serde_json::from_str::<serde_json::Value>(&ok(home, &args))
            .unwrap()
            .as_array()
            .unwrap()
            .clone()
    };
    let open = list(false);
    assert_eq!(open.len(), 3, "{open:?}");
    assert!(
        open.iter()
            .all(|d| d["status"] == "open" && d["account"] == "takeout"),
        "{open:?}"
    );
    let id = open[0]["dead_letter_id"].as_str().unwrap().to_string();
    let said = ok(home, &["dlq", "drop", &id, "--config", "jobtrack.toml"]);
    assert!(
        said.contains("Dropped 1 dead letter(s) of user alex."),
        "{said}"
    );
    assert_eq!(list(false).len(), 2);
    let all = list(true);
    assert_eq!(all.len(), 3);
    assert!(all.iter().any(|d| d["dead_letter_id"] == id.as_str()
        && d["status"].as_str().unwrap().starts_with("dropped ")));
    // A retry parses them again from their raw bytes: still no header.
    let said = ok(home, &["dlq", "retry", "--config", "jobtrack.toml"]);
    assert!(
        said.contains("Retried 3 dead letter(s) of user alex: 0 parsed now, 3 still fail"),
        "{said}"
    );
    assert_eq!(said.matches("still fails: ").count(), 3, "{said}");
    let out = jobtrack(home, &["dlq", "drop", "nope", "--config", "jobtrack.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no dead letter \"nope\" for user alex"));

    // 3. A Gmail account whose grant Google refuses: one alert naming the
    // account and `jobtrack connect`.
    let rt = tokio::runtime::Runtime::new().unwrap();
    let fake = rt.block_on(FakeGmail::start(5, 0.0));
    alert_config(
        home,
        &hook.url,
        port,
        &format!(
            "[[accounts]]\nname = \"work\"\nprovider = \"gmail\"\nclient-id = \"1-x.apps.googleusercontent.com\"\n\
             api-base-url = \"{b}\"\ntoken-url = \"{b}/token\"\nauth-url = \"{b}/auth\"\n",
            b = fake.base
        ),
    );
    let env = [("JOBTRACK_TOKEN_KEY", "11".repeat(32))];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let out = jobtrack_home(
        home,
        Some(&format!("{REFRESH_TOKEN}\n")),
        &[
            "connect",
            "work",
            "--refresh-token-stdin",
            "--config",
            "jobtrack.toml",
        ],
        &env,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    fake.with(|s| s.revoked = true);
    for _ in 0..2 {
        let out = jobtrack_home(home, None, &["run", "--config", "jobtrack.toml"], &env);
        assert!(!out.status.success());
    }
    let bodies = hook.bodies.lock().unwrap().clone();
    let reconnect: Vec<&serde_json::Value> = bodies
        .iter()
        .filter(|b| b["condition"] == "reconnect:work")
        .collect();
    assert_eq!(reconnect.len(), 1, "{bodies:?}");
    assert_eq!(reconnect[0]["account"], "work");
    let text = reconnect[0]["text"].as_str().unwrap();
    assert!(
        text.contains("account work") && text.contains("jobtrack connect work --user alex"),
        "{text}"
    );
    // The failed run itself alerts once too (the earlier failure cleared).
    assert_eq!(
        bodies
            .iter()
            .filter(|b| b["condition"] == "run_failed")
            .count(),
        2,
        "{bodies:?}"
    );
    assert_eq!(received(&maildir).len(), bodies.len());
}
