//! The stalled-application digest against a real SMTP server: Python's
//! `aiosmtpd`, started by the test on a free loopback port, storing every
//! message it accepts in a Maildir. A mailbox with 3 stalled applications
//! sends one digest listing exactly those 3; the next run sends nothing;
//! a new stall sends one more digest, listing only it; `jobtrack status`
//! shows them. Skips with a message where `aiosmtpd` is missing (`.ci/run`
//! installs it and makes the test required).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use jobtrack_testkit::{free_port, services_required};

use crate::cli::ok;

/// An SMTP server, stopped however the test ends.
pub(crate) struct Smtp(Child);

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub(crate) fn start_smtp(maildir: &Path, port: u16) -> Smtp {
    let child = Command::new("python3")
        .args(["-m", "aiosmtpd", "-n", "-l"])
        .arg(format!("127.0.0.1:{port}"))
        .args(["-c", "aiosmtpd.handlers.Mailbox"])
        .arg(maildir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let server = Smtp(child);
    let until = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < until, "aiosmtpd did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    server
}

/// The messages the server accepted, oldest first: (subject, text body).
pub(crate) fn received(maildir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(maildir.join("new"))
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.sort_by_key(|f| std::fs::metadata(f).unwrap().modified().unwrap());
    files
        .iter()
        .map(|f| {
            let bytes = std::fs::read(f).unwrap();
            let m = mail_parser::MessageParser::default().parse(&bytes).unwrap();
            (
                m.subject().unwrap_or_default().to_string(),
                m.body_text(0).unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// The companies a digest lists (its `* Company - Role (status), ...` lines).
fn listed(body: &str) -> Vec<String> {
    let mut out: Vec<String> = body
        .lines()
        .filter_map(|l| l.strip_prefix("* "))
        .map(|l| {
            l.split([' ', '('])
                .next()
                .unwrap_or_default()
                .trim()
                .to_string()
        })
        .collect();
    out.sort();
    out
}

/// A Greenhouse confirmation from `company`, long ago.
fn confirmation(company: &str, n: u32) -> String {
    format!(
        "From no-reply@us.greenhouse-mail.io Mon Feb 03 09:1{n}:00 2025
From: \"{company} Recruiting\" <no-reply@us.greenhouse-mail.io>
To: Alex Doe <alex.doe@example.net>
Subject: Thank you for applying to {company}
Date: Mon, 03 Feb 2025 09:1{n}:00 -0500
Message-ID: <gh-9{n}@{lower}.greenhouse.io>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi Alex,

Thank you for applying to the Site Reliability Engineer role at {company}. Our team will review your application and reach out if there is a fit.

Job: https://boards.greenhouse.io/{lower}/jobs/40999{n}

Best,
{company} Talent Team

",
        lower = company.to_lowercase()
    )
}

fn stalled_companies(home: &Path, common: &[&str]) -> Vec<String> {
    let mut args = vec![
        "sql",
        "select company_name from stalled_applications",
        "--format",
        "json",
    ];
    args.extend_from_slice(common);
    let out = ok(home, &args);
    let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut names: Vec<String> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["company_name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    names
}

#[test]
fn the_digest_lists_each_stalled_application_once_per_stall() {
    if !crate::cli::python_has("aiosmtpd") {
        assert!(!services_required(), "python3 with aiosmtpd is required");
        eprintln!("SKIPPED: nudges (python3 lacks aiosmtpd: pip install aiosmtpd)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let maildir = home.join("received");
    let port = free_port();
    let _smtp = start_smtp(&maildir, port);
    let sample = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../samples/sample.mbox"
    ))
    .unwrap();
    let mbox = home.join("mail.mbox");
    std::fs::write(&mbox, format!("{sample}\n{}", confirmation("Umbrella", 1))).unwrap();
    let cfg = home.join("jobtrack.toml");
    std::fs::write(
        &cfg,
        format!(
            r#"[user]
emails = ["alex.doe@example.net"]

[[accounts]]
name = "takeout"
provider = "mbox"
path = "{mbox}"

[nudges]
enabled = true
day = "any"
smtp-host = "127.0.0.1"
smtp-port = {port}
smtp-security = "none"
"#,
            mbox = mbox.display()
        ),
    )
    .unwrap();
    let data = home.join("data");
    let common = [
        "--config",
        cfg.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
    ];
    let run = || {
        let mut args = vec!["run"];
        args.extend_from_slice(&common);
        ok(home, &args)
    };

    let said = run();
    let stalled = stalled_companies(home, &common);
    assert_eq!(stalled.len(), 3, "the sample's 2 and Umbrella: {stalled:?}");
    let mail = received(&maildir);
    assert_eq!(mail.len(), 1, "one digest: {said}");
    assert_eq!(listed(&mail[0].1), stalled, "{}", mail[0].1);
    assert!(mail[0].0.contains("3 applications"), "{}", mail[0].0);
    assert!(
        mail[0].1.contains("mid:gh-91%40umbrella.greenhouse.io"),
        "a link back to the last email: {}",
        mail[0].1
    );
    assert!(said.contains("sent a digest of 3"), "{said}");

    // Nothing new: nothing sent.
    let said = run();
    assert_eq!(received(&maildir).len(), 1, "{said}");
    assert!(said.contains("no application newly stalled"), "{said}");

    // A new stall: one more digest, listing only it.
    std::fs::write(
        &mbox,
        format!(
            "{sample}\n{}{}",
            confirmation("Umbrella", 1),
            confirmation("Vandelay", 2)
        ),
    )
    .unwrap();
    run();
    let mail = received(&maildir);
    assert_eq!(mail.len(), 2);
    assert_eq!(
        listed(&mail[1].1),
        vec!["Vandelay".to_string()],
        "{}",
        mail[1].1
    );
    assert_eq!(stalled_companies(home, &common).len(), 4);

    let mut args = vec!["status"];
    args.extend_from_slice(&common);
    let status = ok(home, &args);
    assert!(
        status.contains("Stalled applications (no mail for 21+ days): 4"),
        "{status}"
    );
    assert!(
        status.contains("Vandelay") && status.contains("Nudges: on"),
        "{status}"
    );
}

/// A webhook receiver on 127.0.0.1: answers every request 200 and keeps
/// each request's body.
fn webhook() -> (u16, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Read, Write};
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).unwrap();
    let port = listener.local_addr().unwrap().port();
    let bodies = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = bodies.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut conn) = conn else { continue };
            let mut reader = BufReader::new(conn.try_clone().unwrap());
            let mut length = 0usize;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0u8; length];
            reader.read_exact(&mut body).unwrap();
            kept.lock()
                .unwrap()
                .push(String::from_utf8_lossy(&body).into_owned());
            let _ = conn
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        }
    });
    (port, bodies)
}

#[test]
fn the_digest_can_go_to_a_webhook_once_per_stall() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let (port, bodies) = webhook();
    let cfg = home.join("jobtrack.toml");
    std::fs::write(
        &cfg,
        format!(
            r#"[nudges]
enabled = true
day = "any"
via = "webhook"
webhook-url = "http://127.0.0.1:{port}/hook"
"#
        ),
    )
    .unwrap();
    let common = ["--config", cfg.to_str().unwrap()];
    let run = || {
        let mut args = vec!["run"];
        args.extend_from_slice(&common);
        ok(home, &args)
    };
    run();
    run();
    let bodies = bodies.lock().unwrap().clone();
    assert_eq!(
        bodies.len(),
        1,
        "one digest for the sample's stalls: {bodies:?}"
    );
    let digest: serde_json::Value = serde_json::from_str(&bodies[0]).unwrap();
    let mut names: Vec<&str> = digest["applications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["company_name"].as_str().unwrap())
        .collect();
    names.sort_unstable();
    let stalled = stalled_companies(home, &common);
    assert_eq!(
        names,
        stalled.iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert!(names.len() >= 2, "{names:?}");
    assert!(
        digest["applications"][0]["link"]
            .as_str()
            .unwrap()
            .starts_with("mid:")
    );
    assert!(digest["text"].as_str().unwrap().contains("silent for"));
}
