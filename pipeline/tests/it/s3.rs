//! A data root on `s3://`, against moto's S3 server (from PyPI, started on a
//! free loopback port): a run, a rerun that adds nothing, and two runs for
//! the same user at once (the lease is created with `If-None-Match: *`).
//! Skipped with a message where moto is missing; `.ci/run` installs it and
//! makes it required.

use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use jobtrack_testkit::services_required;

struct Moto {
    child: Child,
    endpoint: String,
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts moto's S3 server with a bucket `lake`, or `None` after saying the
/// test is skipped.
fn start_moto() -> Option<Moto> {
    let probe = Command::new("python3")
        .args(["-c", "import moto.server, boto3"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        assert!(
            !services_required(),
            "python3 with moto[server] is required"
        );
        eprintln!("SKIPPED: S3 data root test (python3 with moto[server] is not installed)");
        return None;
    }
    let port = jobtrack_testkit::free_port();
    let child = Command::new("python3")
        .args([
            "-m",
            "moto.server",
            "-H",
            "127.0.0.1",
            "-p",
            &port.to_string(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let moto = Moto {
        child,
        endpoint: format!("http://127.0.0.1:{port}"),
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "moto did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    let made = Command::new("python3")
        .args([
            "-c",
            "import boto3, sys\n\
             boto3.client('s3', endpoint_url=sys.argv[1], region_name='us-east-1', \
             aws_access_key_id='test', aws_secret_access_key='test').create_bucket(Bucket='lake')",
            &moto.endpoint,
        ])
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    Some(moto)
}

fn jobtrack(moto: &Moto, dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_jobtrack"));
    cmd.args(args)
        .current_dir(dir)
        .env("RUST_LOG", "error")
        .env("AWS_ENDPOINT", &moto.endpoint)
        .env("AWS_ALLOW_HTTP", "true")
        .env("AWS_ACCESS_KEY_ID", "test")
        .env("AWS_SECRET_ACCESS_KEY", "test")
        .env("AWS_REGION", "us-east-1")
        .env("AWS_VIRTUAL_HOSTED_STYLE_REQUEST", "false");
    cmd
}

fn ok(out: &Output, what: &str) -> String {
    assert!(
        out.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The emails of the last published run (every run here publishes to
/// `one.duckdb`, `one.toml`'s warehouse: a root on S3 keeps its warehouse
/// on the local disk).
fn emails(moto: &Moto, dir: &Path) -> String {
    let out = jobtrack(
        moto,
        dir,
        &[
            "sql",
            "select count(*) as n, count(distinct email_id) as d, sum(size_bytes) as s from emails",
            "--format",
            "csv",
            "--config",
            "one.toml",
        ],
    )
    .output()
    .unwrap();
    ok(&out, "sql")
}

#[test]
fn a_root_on_s3_runs_reruns_and_refuses_an_overlapping_run() {
    let Some(moto) = start_moto() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let synth = jobtrack(
        &moto,
        dir.path(),
        &[
            "synth",
            "--messages",
            "600",
            "--seed",
            "3",
            "--out",
            "mail.mbox",
        ],
    )
    .output()
    .unwrap();
    ok(&synth, "synth");
    std::fs::write(
        dir.path().join("one.toml"),
        "[storage]\nwarehouse = \"one.duckdb\"\n",
    )
    .unwrap();
    let run = |root: &str| {
        jobtrack(
            &moto,
            dir.path(),
            &[
                "run",
                "--config",
                "one.toml",
                "--source",
                "mbox:mail.mbox",
                "--data-dir",
                root,
            ],
        )
    };
    let first = run("s3://lake/alone").output().unwrap();
    let report = ok(&first, "run on s3");
    assert!(report.contains("succeeded"), "{report}");
    let want = emails(&moto, dir.path());
    assert!(
        want.lines().nth(1).is_some_and(|l| !l.starts_with("0,")),
        "{want}"
    );
    // A rerun finds nothing new and leaves the same tables.
    ok(&run("s3://lake/alone").output().unwrap(), "rerun on s3");
    assert_eq!(emails(&moto, dir.path()), want);

    // Two runs for the same user, 0.2 s apart, on a fresh root.
    let a = run("s3://lake/both")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let b = run("s3://lake/both")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let outs = [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()];
    let codes: Vec<Option<i32>> = outs.iter().map(|o| o.status.code()).collect();
    let refused: Vec<String> = outs
        .iter()
        .filter(|o| o.status.code() == Some(3))
        .map(|o| String::from_utf8_lossy(&o.stderr).into_owned())
        .collect();
    assert_eq!(refused.len(), 1, "{codes:?}");
    assert!(codes.contains(&Some(0)), "{codes:?}");
    assert!(
        refused[0].contains("another run for user me holds the lock since "),
        "{}",
        refused[0]
    );
    assert_eq!(emails(&moto, dir.path()), want);
}

/// Runs `script` (Python, boto3 against moto) with the endpoint as its
/// first argument; returns its stdout.
fn boto(moto: &Moto, script: &str) -> String {
    let out = Command::new("python3")
        .args(["-c", script, &moto.endpoint])
        .output()
        .unwrap();
    ok(&out, "boto3")
}

#[test]
fn an_s3_root_writes_every_object_with_the_configured_kms_key() {
    let Some(moto) = start_moto() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let key = boto(
        &moto,
        "import boto3, sys\n\
         kms = boto3.client('kms', endpoint_url=sys.argv[1], region_name='us-east-1', \
         aws_access_key_id='test', aws_secret_access_key='test')\n\
         print(kms.create_key(Description='jobtrack lake')['KeyMetadata']['KeyId'])",
    );
    let key = key.trim();
    std::fs::write(
        dir.path().join("one.toml"),
        "[storage]\nwarehouse = \"one.duckdb\"\n",
    )
    .unwrap();
    let run = jobtrack(
        &moto,
        dir.path(),
        &["run", "--config", "one.toml", "--data-dir", "s3://lake/sse"],
    )
    .env("AWS_SERVER_SIDE_ENCRYPTION", "aws:kms")
    .env("AWS_SSE_KMS_KEY_ID", key)
    .output()
    .unwrap();
    ok(&run, "run on s3 with SSE-KMS");
    // Every object the run wrote, as S3 stored it.
    let seen = boto(
        &moto,
        "import boto3, sys\n\
         s3 = boto3.client('s3', endpoint_url=sys.argv[1], region_name='us-east-1', \
         aws_access_key_id='test', aws_secret_access_key='test')\n\
         pages = s3.get_paginator('list_objects_v2').paginate(Bucket='lake', Prefix='sse/')\n\
         for page in pages:\n\
         \x20   for o in page.get('Contents', []):\n\
         \x20       h = s3.head_object(Bucket='lake', Key=o['Key'])\n\
         \x20       print(o['Key'], h.get('ServerSideEncryption'), h.get('SSEKMSKeyId'))",
    );
    let lines: Vec<&str> = seen.lines().collect();
    assert!(
        lines.iter().any(|l| l.starts_with("sse/raw_messages/")),
        "{seen}"
    );
    assert!(lines.len() > 10, "{seen}");
    for line in lines {
        assert!(line.contains(" aws:kms "), "not encrypted with KMS: {line}");
        assert!(line.ends_with(key), "another key: {line}");
    }
}
