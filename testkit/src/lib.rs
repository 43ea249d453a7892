//! Test support shared by the integration tests of `jobtrack-stages` and the
//! `jobtrack` binary: a `[dev-dependencies]` entry of both, never published
//! and never part of a build of the binary.
//!
//! # Layout
//!
//! - [`fake_gmail`]: a fake of Google's Gmail API and OAuth token endpoint
//!   on 127.0.0.1, with injected failures and Gmail's quota accounting.
//! - [`fake_sheets`]: a fake of the Google Sheets API v4 and the token
//!   endpoint, with injected 429s and 401s and a log of every call.
//! - [`fake_llm`]: a fake OpenAI-compatible chat-completions server that
//!   misbehaves on demand.
//! - [`leaks`]: looks for a secret where it must not be (every file under a
//!   folder, a byte search).
//! - [`services_required`]: whether a test that needs an outside program
//!   (Dovecot, Chromium, Python's duckdb) must run or may skip.
//! - [`fuzz_seconds`]: how long the fuzz targets run.
//! - [`free_port`]: a loopback port nothing listens on, for such a program.

// A helper that cannot do its job fails the test that called it: unwrapping
// is how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used)]

pub mod fake_gmail;
pub mod fake_llm;
pub mod fake_sheets;
pub mod leaks;

/// Whether tests that need an outside program must run, as in CI
/// (`JOBTRACK_REQUIRE_SERVICES=1`, set by `.ci/run`), or may skip with a
/// `SKIPPED` message when it is missing.
#[expect(
    clippy::disallowed_methods,
    reason = "a test switch, not configuration: the rule keeps the library off the environment"
)]
pub fn services_required() -> bool {
    std::env::var_os("JOBTRACK_REQUIRE_SERVICES").is_some_and(|v| v == "1")
}

/// How long each fuzz target runs with fresh random seeds
/// (`FUZZ_SECONDS`, README "Fuzzing"); 0, one deterministic round, when
/// unset.
#[expect(
    clippy::disallowed_methods,
    reason = "a test switch, not configuration: the rule keeps the library off the environment"
)]
pub fn fuzz_seconds() -> u64 {
    std::env::var_os("FUZZ_SECONDS")
        .and_then(|s| s.to_str()?.parse().ok())
        .unwrap_or(0)
}

/// A port on 127.0.0.1 that was free a moment ago, for a server a test
/// starts (Dovecot, moto).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The `airflow` command of the virtual environment `.ci/run` makes
/// (`JOBTRACK_AIRFLOW`), else one on PATH; None when there is neither.
#[expect(
    clippy::disallowed_methods,
    reason = "a test switch, not configuration: the rule keeps the library off the environment"
)]
pub fn airflow() -> Option<std::path::PathBuf> {
    let bin = std::env::var_os("JOBTRACK_AIRFLOW").map_or_else(
        || std::path::PathBuf::from("airflow"),
        std::path::PathBuf::from,
    );
    let works = std::process::Command::new(&bin)
        .arg("version")
        .env(
            "AIRFLOW_HOME",
            std::env::temp_dir().join("jobtrack-airflow-probe"),
        )
        .output()
        .is_ok_and(|o| o.status.success());
    works.then_some(bin)
}
