//! Gmail and IMAP accounts from the command line: `connect` stores the
//! refresh token encrypted (key from JOBTRACK_TOKEN_KEY or a 0600 key file),
//! and misconfigured accounts get one-line errors.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Output;

use crate::cli::jobtrack_home;

const TOKEN: &str = "1//0g-cli-refresh-token-SECRET";

fn config(dir: &Path, accounts: &str) -> std::path::PathBuf {
    let file = dir.join("jobtrack.toml");
    std::fs::write(
        &file,
        format!("[user]\nid = \"alex\"\n[storage]\ndata-dir = \"data\"\n{accounts}"),
    )
    .unwrap();
    file
}

const GMAIL: &str = "[[accounts]]\nname = \"gmail\"\nprovider = \"gmail\"\nclient-id = \"1-x.apps.googleusercontent.com\"\nquery = \"newer_than:1y\"\n";

/// `jobtrack ARGS` in `dir` as its own HOME, with every crate's debug log.
fn jobtrack(dir: &Path, env: &[(&str, &str)], stdin: Option<&str>, args: &[&str]) -> Output {
    let mut env = env.to_vec();
    env.push(("RUST_LOG", "debug"));
    jobtrack_home(dir, stdin, args, &env)
}

fn all_bytes(dir: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(all_bytes(&p));
        } else {
            out.extend(std::fs::read(&p).unwrap());
        }
    }
    out
}

#[test]
fn connect_stores_a_refresh_token_encrypted_with_a_private_key_file() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path(), GMAIL);
    let cfg = cfg.to_str().unwrap();
    let out = jobtrack(
        dir.path(),
        &[],
        Some(&format!("{TOKEN}\n")),
        &["--config", cfg, "connect", "gmail", "--refresh-token-stdin"],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.contains("Connected gmail"), "{stdout}");
    let token_file = dir
        .path()
        .join("data/_secrets/tokens/user_id=alex/gmail.token");
    assert!(token_file.is_file());
    let key = dir.path().join("xdg/jobtrack/token.key");
    let mode = std::fs::metadata(&key).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    // Neither the files under the data root nor the output show the token.
    let bytes = all_bytes(&dir.path().join("data"));
    assert!(!bytes.windows(TOKEN.len()).any(|w| w == TOKEN.as_bytes()));
    assert!(!stdout.contains(TOKEN) && !stderr.contains(TOKEN));

    // With JOBTRACK_TOKEN_KEY set, that key is used and no file is made.
    let other = tempfile::tempdir().unwrap();
    let cfg2 = config(other.path(), GMAIL);
    let out = jobtrack(
        other.path(),
        &[("JOBTRACK_TOKEN_KEY", &"ab".repeat(32))],
        Some(TOKEN),
        &[
            "--config",
            cfg2.to_str().unwrap(),
            "connect",
            "gmail",
            "--refresh-token-stdin",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!other.path().join("xdg/jobtrack/token.key").exists());
}

#[test]
fn misconfigured_accounts_get_one_line_errors() {
    let dir = tempfile::tempdir().unwrap();
    // connect is for Gmail.
    let imap = "[[accounts]]\nname = \"fm\"\nprovider = \"imap\"\nhost = \"127.0.0.1\"\nport = 1\ntls = false\nusername = \"a\"\npassword-env = \"JT_TEST_IMAP_PASSWORD\"\n";
    let cfg = config(dir.path(), imap);
    let cfg = cfg.to_str().unwrap();
    let out = jobtrack(dir.path(), &[], None, &["--config", cfg, "connect", "fm"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("gmail accounts"));

    // The password variable is not set.
    let out = jobtrack(dir.path(), &[], None, &["--config", cfg, "ingest"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("JT_TEST_IMAP_PASSWORD"), "{stderr}");

    // Nothing listens on port 1: the error names the account and server.
    let out = jobtrack(
        dir.path(),
        &[("JT_TEST_IMAP_PASSWORD", "pw-SECRET")],
        None,
        &["--config", cfg, "ingest"],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("fm") && stderr.contains("127.0.0.1:1"),
        "{stderr}"
    );
    assert!(!stderr.contains("pw-SECRET"), "{stderr}");

    // A Gmail account that was never connected.
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path(), GMAIL);
    let out = jobtrack(
        dir.path(),
        &[("JOBTRACK_TOKEN_KEY", &"cd".repeat(32))],
        None,
        &["--config", cfg.to_str().unwrap(), "ingest"],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("jobtrack connect gmail"), "{stderr}");

    // Unknown keys are refused.
    let cfg = config(dir.path(), &format!("{GMAIL}password = \"oops\"\n"));
    let out = jobtrack(
        dir.path(),
        &[],
        None,
        &["--config", cfg.to_str().unwrap(), "ingest"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("password"));
}
