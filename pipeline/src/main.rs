//! `jobtrack`: the command line of the pipeline. Thin: it parses the command
//! line (`cli`), opens the configuration and data root once (`app`), and
//! hands each command (`commands/`) to `jobtrack-stages`.
//!
//! Exit codes: 0 success; 1 the work failed (a stage, the store, the
//! warehouse); 2 the command, configuration or input is wrong (unknown flag,
//! missing mailbox, bad URL): errors whose domain is the user's, or that a
//! command marked as such; 3 another run holds the lock this one needs
//! (`--wait` waits for it). Failures print one line on stderr.

mod app;
mod cli;
mod commands;
mod config;
mod dag;
mod env;
mod metrics;
mod output;
mod progress;
mod runner;
mod schedule;
mod serve;

use std::io::IsTerminal;

/// jemalloc, not the system's allocator: glibc's malloc keeps what a stage
/// freed in per-thread arenas, so the resident set grew stage after stage
/// (934 MB at 200,000 messages for a heap that never passed 300 MB);
/// jemalloc, with the background purge set in `.cargo/config.toml`, hands it
/// back (README, Benchmarks).
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

use clap::Parser;

use jobtrack_stages::{Domain, StageError};

fn init_logging(cli: &cli::Cli) {
    use tracing_subscriber::EnvFilter;
    // The Delta crates log every snapshot and scan at info, and the kernel
    // logs each error it returns (with a backtrace) before we report it,
    // naming the file: ours only, unless -v.
    let default = match cli.verbose {
        0 => "info,buoyant_kernel=off,deltalake_core=warn",
        1 => "debug,buoyant_kernel=info,deltalake_core=info",
        _ => "trace",
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal());
    match cli.log_format {
        cli::LogFormat::Json => builder.json().init(),
        cli::LogFormat::Text => builder.compact().init(),
    }
}

/// The exit code an error deserves: 3 when another run holds a lock, 2
/// when it is the user's to fix.
fn exit_code(error: &anyhow::Error) -> u8 {
    let busy = error.chain().any(|cause| {
        matches!(
            cause.downcast_ref::<StageError>(),
            Some(StageError::Busy { .. })
        )
    });
    if busy {
        return 3;
    }
    let user = error.downcast_ref::<app::Usage>().is_some()
        || error.chain().any(|cause| {
            cause
                .downcast_ref::<StageError>()
                .is_some_and(|e| e.domain() == Domain::User)
        });
    if user { 2 } else { 1 }
}

fn main() -> std::process::ExitCode {
    let cli = cli::Cli::parse();
    init_logging(&cli);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("jobtrack: cannot start the async runtime: {e}");
            return std::process::ExitCode::from(1);
        }
    };
    match runtime.block_on(commands::dispatch(cli)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            let line: Vec<String> = error.chain().map(ToString::to_string).collect();
            eprintln!("jobtrack: {}", one_line(&line));
            std::process::ExitCode::from(exit_code(&error))
        }
    }
}

/// Joins an error chain into one line, dropping empty parts and causes
/// already quoted by their parent.
fn one_line(parts: &[String]) -> String {
    let mut out: Vec<&str> = Vec::new();
    for p in parts.iter().filter(|p| !p.is_empty()) {
        if !out.iter().any(|o| o.contains(p.as_str())) {
            out.push(p);
        }
    }
    out.join(": ")
}
