//! `jobtrack`: the command line of the pipeline. Thin: it reads the config
//! and flags, builds a `RunContext`, and hands the work to `jobtrack-stages`.
//!
//! Exit codes: 0 success; 1 the work failed (a stage, the store, the
//! warehouse); 2 the command, configuration or input is wrong (unknown flag,
//! missing mailbox, bad URL). Failures print one line on stderr.

mod config;
mod dag;
mod progress;
mod runner;
mod schedule;
mod serve;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

use config::Config;
use jobtrack_stages::ingest::{AccountSource, MailSource};
use jobtrack_stages::publish::ExportFormat;
use jobtrack_stages::{
    Domain, NoProgress, Progress, RunContext, StageConfig, StageError, SystemClock,
};

#[derive(Debug, Parser)]
#[command(
    name = "jobtrack",
    version,
    about = "Turns a mailbox into a record of your job applications."
)]
struct Cli {
    /// Data root: a folder, or a file://, s3://, gs:// or az:// URL [default: ./jobtrack-data].
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<String>,
    /// Configuration file (jobtrack.toml).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Log format on stderr.
    #[arg(long, global = true, value_enum, default_value_t = LogFormat::Text)]
    log_format: LogFormat,
    /// More logs (-v debug, -vv trace); RUST_LOG overrides.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
enum OutFormat {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FileFormat {
    Csv,
    Parquet,
    Json,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run a DAG (default: the nightly one) on the configured accounts, or on the bundled sample.
    Run {
        /// DAG file [default: dags/nightly.toml, built in].
        #[arg(long, value_name = "FILE")]
        dag: Option<PathBuf>,
        #[command(flatten)]
        source: SourceArgs,
        /// Do the work but commit nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Ingest one source into raw_messages, running no later stage.
    Ingest {
        #[command(flatten)]
        source: SourceArgs,
    },
    /// Query the warehouse (read-only).
    Sql {
        /// The SQL query.
        query: String,
        #[arg(long, value_enum, default_value_t = OutFormat::Table)]
        format: OutFormat,
    },
    /// Export a warehouse table to a file (CSV opens in spreadsheet programs).
    Export {
        /// applications, application_events, emails, users, or a view.
        #[arg(long, default_value = "applications")]
        table: String,
        #[arg(long, value_enum)]
        format: FileFormat,
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Correct what the pipeline found; corrections apply on every later run.
    Correct {
        #[command(subcommand)]
        action: CorrectAction,
    },
    /// Serve the dashboard and a read-only JSON API on 127.0.0.1.
    Serve {
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// Address to bind; anything but loopback exposes your data.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
    },
    /// Show the last runs from their run reports.
    Status {
        /// How many runs.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[arg(long, value_enum, default_value_t = OutFormat::Table)]
        format: OutFormat,
    },
    /// Write a deterministic synthetic mailbox (and its labels) for tests and benchmarks.
    Synth {
        #[arg(long, default_value_t = 1000)]
        messages: u64,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        #[arg(long, value_name = "FILE.mbox")]
        out: PathBuf,
        #[arg(long, value_name = "FILE.jsonl")]
        labels: Option<PathBuf>,
    },
    /// Retrain the local model from labeled mail already ingested (synth label
    /// format), your corrections of labels and events, and the LLM's checked answers.
    Train {
        /// Label files (JSON lines: message_id, label, event_type, ...); repeat for several.
        #[arg(long, value_name = "FILE.jsonl")]
        labels: Vec<PathBuf>,
        /// Leave the LLM's answers (int_emails_llm, status ok) out.
        #[arg(long)]
        no_llm: bool,
    },
    /// Score the published classification against a label file (synth format).
    Eval {
        #[arg(long, value_name = "FILE.jsonl")]
        labels: PathBuf,
        /// How many wrong rows to list.
        #[arg(long, default_value_t = 30)]
        show_wrong: usize,
        #[arg(long, value_enum, default_value_t = OutFormat::Table)]
        format: OutFormat,
    },
    /// Connect a Gmail account: consent in a browser (OAuth with PKCE, read-only scope), then the refresh token is stored encrypted under the data root.
    Connect {
        /// The account's name in the config file.
        account: String,
        /// Store a refresh token read from standard input (obtained on another machine) instead.
        #[arg(long)]
        refresh_token_stdin: bool,
        /// Only print the consent URL; do not try to open a browser.
        #[arg(long)]
        no_browser: bool,
    },
    /// Run a DAG on its cron schedule until stopped.
    Schedule {
        #[arg(long, value_name = "FILE")]
        dag: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Default, clap::Args)]
struct FilterArgs {
    /// Only rows with this status (applications) or event type (events).
    #[arg(long)]
    status: Option<String>,
    /// Only rows on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    since: Option<String>,
    /// Only rows whose company name contains this (case-insensitive).
    #[arg(long)]
    company: Option<String>,
    /// Only rows from this source (linkedin, greenhouse, ...).
    #[arg(long)]
    source: Option<String>,
}

impl FilterArgs {
    fn filter(&self) -> jobtrack_stages::publish::Filter {
        jobtrack_stages::publish::Filter {
            status: self.status.clone(),
            company: self.company.clone(),
            source: self.source.clone(),
            since: self.since.clone(),
            q: None,
        }
    }
}

#[derive(Debug, Subcommand)]
enum CorrectAction {
    /// Set a field of an application (company_name, role_title, location, source, job_posting_url, current_status).
    App {
        application_id: String,
        field: String,
        value: String,
    },
    /// Set a field of an email (label, event_type, company_name, role_title, location, source, job_posting_url).
    Email {
        email_id: String,
        field: String,
        value: String,
    },
    /// Mark an email as not about a job.
    NotJob { email_id: String },
    /// Merge application FROM into application INTO.
    Merge { from: String, into: String },
    /// Move emails out of their application into a new one.
    Split {
        #[arg(required = true)]
        email_ids: Vec<String>,
    },
    /// Import a corrections file (JSON lines, e.g. downloaded from the dashboard).
    Import { file: PathBuf },
    /// List the corrections in force.
    List,
}

#[derive(Debug, clap::Args)]
struct SourceArgs {
    /// A mailbox for this run instead of the configured accounts: mbox:PATH, maildir:PATH or eml:DIR.
    #[arg(long, value_name = "KIND:PATH")]
    source: Option<String>,
    /// The account name rows from --source are stored under [default: the source kind].
    #[arg(long)]
    account: Option<String>,
}

fn init_logging(cli: &Cli) {
    use tracing_subscriber::EnvFilter;
    let default = match cli.verbose {
        0 => "info",
        1 => "debug",
        _ => "trace",
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal());
    match cli.log_format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.compact().init(),
    }
}

/// The exit code an error deserves.
fn exit_code(error: &anyhow::Error) -> u8 {
    let user = error.chain().any(|cause| {
        cause
            .downcast_ref::<StageError>()
            .is_some_and(|e| e.domain() == Domain::User)
            || cause.downcast_ref::<UsageError>().is_some()
    });
    if user { 2 } else { 1 }
}

/// An error in what the user asked for: exit code 2.
#[derive(Debug)]
struct UsageError(String);

impl std::error::Error for UsageError {}

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
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
    match runtime.block_on(dispatch(cli)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            let line: Vec<String> = error.chain().map(ToString::to_string).collect();
            eprintln!("jobtrack: {}", dedup_chain(&line));
            std::process::ExitCode::from(exit_code(&error))
        }
    }
}

/// Joins an error chain into one line, dropping causes already quoted by
/// their parent.
fn dedup_chain(parts: &[String]) -> String {
    let mut out: Vec<&str> = Vec::new();
    for p in parts {
        if !out.iter().any(|o| o.contains(p.as_str())) {
            out.push(p);
        }
    }
    out.join(": ")
}

fn load_config(cli: &Cli) -> anyhow::Result<Config> {
    let mut config =
        Config::load(cli.config.as_deref()).map_err(|e| UsageError(format!("{e:#}")))?;
    if let Some(dir) = &cli.data_dir {
        config.storage.data_dir.clone_from(dir);
    }
    Ok(config)
}

fn sources(config: &Config, args: &SourceArgs) -> anyhow::Result<Vec<AccountSource>> {
    match &args.source {
        Some(spec) => {
            let source = MailSource::parse(spec)?;
            let account = args
                .account
                .clone()
                .unwrap_or_else(|| source.kind().to_string());
            Ok(vec![AccountSource { account, source }])
        }
        None => config
            .sources()
            .map_err(|e| UsageError(format!("{e:#}")).into()),
    }
}

async fn dispatch(cli: Cli) -> anyhow::Result<()> {
    let config = load_config(&cli)?;
    match &cli.command {
        Command::Run {
            dag,
            source,
            dry_run,
        } => {
            let dag = dag::Dag::load(dag.as_deref()).map_err(|e| UsageError(format!("{e:#}")))?;
            let sources = sources(&config, source)?;
            run_dag(&config, &dag, sources, *dry_run).await
        }
        Command::Ingest { source } => {
            let dag = dag::Dag::targets_only("ingest", &["raw_messages"]);
            let sources = sources(&config, source)?;
            run_dag(&config, &dag, sources, false).await
        }
        Command::Sql { query, format } => {
            let root = config.data_root()?;
            let result = config.warehouse(&root).query(query)?;
            print_result(&result.columns, &result.rows, *format)
        }
        Command::Export {
            table,
            format,
            out,
            filter,
        } => {
            let root = config.data_root()?;
            let format = match format {
                FileFormat::Csv => ExportFormat::Csv,
                FileFormat::Parquet => ExportFormat::Parquet,
                FileFormat::Json => ExportFormat::Json,
            };
            let n = config
                .warehouse(&root)
                .export(table, format, out, &filter.filter())?;
            println!("Wrote {n} rows of {table} to {}", out.display());
            Ok(())
        }
        Command::Correct { action } => correct(&config, action).await,
        Command::Serve { port, bind } => {
            let root = config.data_root()?;
            let site = root.local_dir().map(|d| d.join("site"));
            serve::serve(
                config.warehouse(&root),
                site,
                config.user.id.clone(),
                (*bind, *port),
            )
            .await
        }
        Command::Status { limit, format } => status(&config, *limit, *format).await,
        Command::Synth {
            messages,
            seed,
            out,
            labels,
        } => synth(*messages, *seed, out, labels.as_deref()),
        Command::Train { labels, no_llm } => train(&config, labels, !*no_llm).await,
        Command::Eval {
            labels,
            show_wrong,
            format,
        } => eval(&config, labels, *show_wrong, *format),
        Command::Connect {
            account,
            refresh_token_stdin,
            no_browser,
        } => connect(&config, account, *refresh_token_stdin, *no_browser).await,
        Command::Schedule { dag } => {
            let dag = dag::Dag::load(dag.as_deref()).map_err(|e| UsageError(format!("{e:#}")))?;
            let sources = config.sources().map_err(|e| UsageError(format!("{e:#}")))?;
            schedule::run_forever(&dag, || run_dag(&config, &dag, sources.clone(), false)).await
        }
    }
}

/// `jobtrack connect`: gets a refresh token and stores it encrypted.
async fn connect(
    config: &Config,
    account: &str,
    from_stdin: bool,
    no_browser: bool,
) -> anyhow::Result<()> {
    use jobtrack_stages::ingest::oauth::{self, LoopbackRedirect, Pkce, Secret, TokenStore};
    let usage = |e: anyhow::Error| UsageError(format!("{e:#}"));
    let a = config.account(account).map_err(usage)?;
    if a.provider != "gmail" {
        return Err(UsageError(format!(
            "account {account:?} is a {} account: `connect` is for gmail accounts (IMAP reads its password from the variable named by `password-env`)",
            a.provider
        ))
        .into());
    }
    oauth::check_account(account)?;
    let root = config.data_root()?;
    let token = if from_stdin {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)?;
        let text = text.trim();
        if text.is_empty() || text.contains(char::is_whitespace) {
            return Err(UsageError("standard input holds no refresh token".into()).into());
        }
        Secret::new(text)
    } else {
        let client = a.oauth_client().map_err(usage)?;
        let pkce = Pkce::new()?;
        let state = oauth::new_state()?;
        let redirect = LoopbackRedirect::bind().await?;
        let url = client.authorize_url(&redirect.redirect_uri, &pkce, &state)?;
        println!(
            "Open this address in a browser and allow jobtrack to read {account} (read-only):\n\n  {url}\n\nWaiting for the answer on {} ...",
            redirect.redirect_uri
        );
        if !no_browser && std::env::var_os("DISPLAY").is_some() {
            let _ = std::process::Command::new("xdg-open")
                .arg(&url)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn();
        }
        let code = tokio::time::timeout(
            std::time::Duration::from_secs(600),
            redirect.code(account, &state),
        )
        .await
        .map_err(|_| UsageError("no answer from the browser within 10 minutes".into()))??;
        client
            .exchange_code(account, &code, &pkce, &redirect.redirect_uri)
            .await?
    };
    let key = config::token_key(true).map_err(usage)?;
    TokenStore::new(root.clone(), key)
        .save(&config.user.id, account, &token)
        .await?;
    println!(
        "Connected {account}. Its refresh token is stored encrypted in {}/{}.",
        root.display(),
        TokenStore::path(&config.user.id, account)
    );
    Ok(())
}

async fn run_dag(
    config: &Config,
    dag: &dag::Dag,
    sources: Vec<AccountSource>,
    dry_run: bool,
) -> anyhow::Result<()> {
    let root = config.data_root()?;
    let warehouse = config.warehouse(&root);
    let classifier = config
        .classifier(&root)
        .await
        .map_err(|e| UsageError(format!("{e:#}")))?;
    let llm = config
        .llm_settings()
        .map_err(|e| UsageError(format!("{e:#}")))?
        .map(Arc::new);
    let stages = jobtrack_stages::registry(&StageConfig {
        sources,
        ingest: config.ingest_options(),
        warehouse: warehouse.clone(),
        classifier: Arc::new(classifier),
        llm,
    });
    let plan = dag::plan(stages, &dag.targets).map_err(|e| UsageError(format!("{e:#}")))?;
    let clock = Arc::new(SystemClock);
    let run_id = runner::new_run_id(clock.as_ref());
    let mut ctx = RunContext::new(root.clone(), clock, run_id, config.user.id.clone());
    ctx.dry_run = dry_run;
    ctx.resolve = config.resolve_options();
    ctx.progress = if std::io::stderr().is_terminal() {
        Arc::new(progress::Bars::default()) as Arc<dyn Progress>
    } else {
        Arc::new(NoProgress)
    };
    let display_root = root.display().to_string();
    let report = runner::run(&ctx, &dag.name, &plan, &display_root).await?;
    println!(
        "Run {} {} in {} ms ({})",
        report.run_id, report.status, report.duration_ms, dag.name
    );
    for s in &report.stages {
        println!(
            "  {:<14} rows in {:>8}  out {:>8}  dead letters {:>4}  duplicates {:>6}  {:>7} ms",
            s.name,
            s.report.rows_in,
            s.report.rows_out,
            s.report.dead_letters,
            s.report.duplicates,
            s.duration_ms
        );
    }
    if report.stages.iter().any(|s| s.name == "warehouse") {
        println!("Warehouse: {}", warehouse.path.display());
    }
    println!("Report: {display_root}/runs/{}.json", report.run_id);
    Ok(())
}

async fn correct(config: &Config, action: &CorrectAction) -> anyhow::Result<()> {
    use jobtrack_stages::resolve::corrections::{self, Action, Correction};
    let root = config.data_root()?;
    let clock = Arc::new(SystemClock);
    let run_id = runner::new_run_id(clock.as_ref());
    let ctx = RunContext::new(root, clock, run_id, config.user.id.clone());
    let base = Correction::new(Action::Set, ctx.clock.now());
    let new = match action {
        CorrectAction::App {
            application_id,
            field,
            value,
        } => vec![Correction {
            application_id: Some(application_id.clone()),
            field: Some(field.clone()),
            value: Some(value.clone()),
            ..base
        }],
        CorrectAction::Email {
            email_id,
            field,
            value,
        } => vec![Correction {
            email_id: Some(email_id.clone()),
            field: Some(field.clone()),
            value: Some(value.clone()),
            ..base
        }],
        CorrectAction::NotJob { email_id } => vec![Correction {
            action: Action::NotJob,
            email_id: Some(email_id.clone()),
            ..base
        }],
        CorrectAction::Merge { from, into } => vec![Correction {
            action: Action::Merge,
            application_id: Some(from.clone()),
            into: Some(into.clone()),
            ..base
        }],
        CorrectAction::Split { email_ids } => vec![Correction {
            action: Action::Split,
            email_ids: email_ids.clone(),
            ..base
        }],
        CorrectAction::Import { file } => {
            let text = std::fs::read_to_string(file).map_err(|e| {
                UsageError(format!(
                    "cannot read corrections file {}: {e}",
                    file.display()
                ))
            })?;
            corrections::parse(&text, &file.display().to_string())
                .map_err(|e| UsageError(e.to_string()))?
        }
        CorrectAction::List => {
            for c in corrections::load(&ctx).await? {
                println!("{}", serde_json::to_string(&c)?);
            }
            return Ok(());
        }
    };
    let added = corrections::append(&ctx, &new)
        .await
        .map_err(|e| UsageError(e.to_string()))?;
    println!(
        "Recorded {added} correction(s) in {}; they apply from the next `jobtrack run`.",
        ctx.root.url(&corrections::file_path(&ctx.user_id))
    );
    Ok(())
}

async fn status(config: &Config, limit: usize, format: OutFormat) -> anyhow::Result<()> {
    let root = config.data_root()?;
    let runs = runner::past_runs(&root, limit).await?;
    if format == OutFormat::Json {
        println!("{}", serde_json::to_string_pretty(&runs)?);
        return Ok(());
    }
    if runs.is_empty() {
        println!("No runs yet under {}.", config.storage.data_dir);
        return Ok(());
    }
    let columns = [
        "run_id",
        "dag",
        "status",
        "started_at",
        "duration_ms",
        "emails",
        "dead_letters",
        "llm_calls",
        "llm_tokens",
        "llm_cost",
        "error",
    ]
    .map(String::from)
    .to_vec();
    let rows: Vec<Vec<serde_json::Value>> = runs
        .iter()
        .map(|r| {
            let emails = r
                .stages
                .iter()
                .find(|s| s.name == "stg_emails")
                .map(|s| s.report.rows_out);
            let error = r
                .stages
                .iter()
                .flat_map(|s| s.errors.iter())
                .next()
                .cloned();
            let llm = r.stages.iter().find(|s| s.name == "int_emails_llm");
            let detail = |k: &str| {
                llm.and_then(|s| s.report.details.get(k).copied())
                    .map_or(serde_json::Value::Null, Into::into)
            };
            let tokens = llm.map_or(serde_json::Value::Null, |s| {
                let d = &s.report.details;
                (d.get("llm_tokens_in").copied().unwrap_or(0)
                    + d.get("llm_tokens_out").copied().unwrap_or(0))
                .into()
            });
            // cost is kept in millionths of the price table's currency
            let cost = llm
                .and_then(|s| s.report.details.get("llm_cost_microunits"))
                .map_or(serde_json::Value::Null, |c| {
                    serde_json::Value::from(*c as f64 / 1_000_000.0)
                });
            vec![
                r.run_id.clone().into(),
                r.dag.clone().into(),
                r.status.clone().into(),
                r.started_at
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
                    .into(),
                r.duration_ms.into(),
                emails.map_or(serde_json::Value::Null, Into::into),
                r.dead_letters().into(),
                detail("llm_calls"),
                tokens,
                cost,
                error.map_or(serde_json::Value::Null, Into::into),
            ]
        })
        .collect();
    print_result(&columns, &rows, format)
}

fn synth(
    messages: u64,
    seed: u64,
    out: &std::path::Path,
    labels: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    use std::io::BufWriter;
    let opts = jobtrack_stages::synth::SynthOptions {
        messages,
        seed,
        ..Default::default()
    };
    let mbox =
        std::fs::File::create(out).with_context(|| format!("cannot create {}", out.display()))?;
    let labels_file = labels
        .map(|p| std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display())))
        .transpose()?;
    let summary = jobtrack_stages::synth::write_mailbox(
        &opts,
        BufWriter::with_capacity(1 << 20, mbox),
        labels_file.map(|f| BufWriter::with_capacity(1 << 16, f)),
    )
    .with_context(|| format!("cannot write {}", out.display()))?;
    println!(
        "Wrote {} messages ({} bytes, {} applications) to {}",
        summary.messages,
        summary.bytes,
        summary.applications,
        out.display()
    );
    for (label, n) in &summary.by_label {
        println!("  {label:<20} {n}");
    }
    Ok(())
}

fn read_labels(
    path: &std::path::Path,
) -> anyhow::Result<Vec<jobtrack_stages::classify::eval::LabelLine>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| UsageError(format!("cannot read label file {}: {e}", path.display())))?;
    let mut lines = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let parsed = serde_json::from_str(line)
            .map_err(|e| UsageError(format!("{} line {}: {e}", path.display(), n + 1)))?;
        lines.push(parsed);
    }
    Ok(lines)
}

async fn train(config: &Config, labels: &[PathBuf], with_llm: bool) -> anyhow::Result<()> {
    if labels.is_empty() && !with_llm {
        return Err(UsageError(
            "give --labels FILE.jsonl, or drop --no-llm to train on LLM answers".into(),
        )
        .into());
    }
    let mut lines = Vec::new();
    for path in labels {
        lines.extend(read_labels(path)?);
    }
    let root = config.data_root()?;
    let clock = Arc::new(SystemClock);
    let run_id = runner::new_run_id(clock.as_ref());
    let ctx = RunContext::new(root.clone(), clock, run_id, config.user.id.clone());
    let corrected = correction_labels(config, &ctx).await?;
    if !corrected.is_empty() {
        println!("Using {} emails you corrected as labels.", corrected.len());
    }
    // A correction overrides a label file's line for the same email.
    let ids: std::collections::HashSet<String> =
        corrected.iter().map(|l| l.message_id.clone()).collect();
    lines.retain(|l| !ids.contains(&l.message_id));
    lines.extend(corrected);
    let (current, sources) =
        jobtrack_stages::classify::training::train_with(&ctx, &lines, with_llm).await?;
    println!(
        "Trained model {} on {} emails ({} labeled, {} LLM answers); saved as {}/{} (used from the next run on).",
        current.version,
        current.examples,
        sources.labeled,
        sources.llm,
        root.display(),
        current.file
    );
    Ok(())
}

/// The emails whose label or event the person corrected, as label lines:
/// the published row with the corrected fields (the published `emails`
/// already carry the corrections, `extractor = 'correction'`).
async fn correction_labels(
    config: &Config,
    ctx: &RunContext,
) -> anyhow::Result<Vec<jobtrack_stages::classify::eval::LabelLine>> {
    use jobtrack_stages::resolve::corrections;
    let corrected: std::collections::HashSet<String> = corrections::load(ctx)
        .await?
        .into_iter()
        .filter(|c| {
            c.action == corrections::Action::NotJob
                || c.field
                    .as_deref()
                    .is_some_and(|f| f == "label" || f == "event_type")
        })
        .filter_map(|c| c.email_id)
        .collect();
    if corrected.is_empty() {
        return Ok(Vec::new());
    }
    let result = config.warehouse(&ctx.root).query(
        "select email_id, provider_message_id, label, event_type, company_name, role_title, source \
         from emails where extractor = 'correction'",
    )?;
    let text = |v: &serde_json::Value| v.as_str().map(str::to_string);
    Ok(result
        .rows
        .iter()
        .filter(|r| text(&r[0]).is_some_and(|id| corrected.contains(&id)))
        .filter_map(|r| {
            Some(jobtrack_stages::classify::eval::LabelLine {
                message_id: text(&r[1])?,
                label: text(&r[2])?,
                event_type: text(&r[3]),
                company: text(&r[4]),
                company_aliases: Vec::new(),
                role: text(&r[5]),
                source: text(&r[6]),
                posting_url: None,
                app_key: None,
            })
        })
        .collect())
}

fn eval(
    config: &Config,
    labels: &std::path::Path,
    show_wrong: usize,
    format: OutFormat,
) -> anyhow::Result<()> {
    use jobtrack_stages::classify::eval::{LabelLine, Predicted, evaluate};
    let lines = read_labels(labels)?;
    let root = config.data_root()?;
    let result = config.warehouse(&root).query(
        "select e.provider_message_id, e.subject, e.label, e.event_type, e.company_name, e.role_title, \
         e.source, e.job_posting_url, e.application_id, a.current_status, e.received_at \
         from emails e left join applications a \
         on a.user_id = e.user_id and a.application_id = e.application_id",
    )?;
    let text_of = |v: &serde_json::Value| v.as_str().map(str::to_string);
    let published: std::collections::HashMap<String, Predicted> = result
        .rows
        .iter()
        .filter_map(|r| {
            Some((
                text_of(r.first()?)?,
                Predicted {
                    subject: text_of(&r[1]),
                    label: text_of(&r[2]),
                    event_type: text_of(&r[3]),
                    company: text_of(&r[4]),
                    role: text_of(&r[5]),
                    source: text_of(&r[6]),
                    posting_url: text_of(&r[7]),
                    application_id: text_of(&r[8]),
                    application_status: text_of(&r[9]),
                    received_at: text_of(&r[10]),
                },
            ))
        })
        .collect();
    let labeled = lines.len();
    let pairs: Vec<(LabelLine, Predicted)> = lines
        .into_iter()
        .filter_map(|l| {
            let p = published.get(&l.message_id)?.clone();
            Some((l, p))
        })
        .collect();
    if pairs.is_empty() {
        return Err(UsageError(format!(
            "none of the {labeled} labeled Message-IDs is in the warehouse: run the pipeline on the labeled mail first"
        ))
        .into());
    }
    let report = evaluate(labeled, &pairs);
    if format == OutFormat::Json {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(());
    }
    let pct = |x: f64| format!("{:.1}%", 100.0 * x);
    println!(
        "Labeled {} emails, {} found in the warehouse.",
        report.labeled, report.matched
    );
    let a = report.application;
    println!(
        "Application detection: precision {:.3}  recall {:.3}  F1 {:.3}  ({} application emails)",
        a.precision, a.recall, a.f1, a.support
    );
    for (label, s) in &report.per_label {
        println!("  F1 {label:<19} {:.3}  (support {})", s.f1, s.support);
    }
    println!("Four-way macro F1: {:.3}", report.macro_f1);
    println!(
        "Over {} application emails: event {}  company {}  role {}  source {}  posting link {}",
        report.applications,
        pct(report.event_accuracy),
        pct(report.company_accuracy),
        pct(report.role_accuracy),
        pct(report.source_accuracy),
        pct(report.posting_url_accuracy)
    );
    if let (Some(g), Some(status)) = (report.grouping, report.status_accuracy) {
        println!(
            "Grouping of application mail (pairwise): precision {:.3}  recall {:.3}  F1 {:.3}; \
             status right for {} of {} applications",
            g.precision,
            g.recall,
            g.f1,
            pct(status),
            report.labeled_applications
        );
    }
    if !report.wrong.is_empty() {
        println!(
            "Wrong ({} rows, first {}):",
            report.wrong.len(),
            show_wrong.min(report.wrong.len())
        );
        for w in report.wrong.iter().take(show_wrong) {
            println!("  {w}");
        }
    }
    Ok(())
}

fn cell(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn print_result(
    columns: &[String],
    rows: &[Vec<serde_json::Value>],
    format: OutFormat,
) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match format {
        OutFormat::Json => {
            let objects: Vec<serde_json::Value> = rows
                .iter()
                .map(|r| {
                    serde_json::Value::Object(
                        columns.iter().cloned().zip(r.iter().cloned()).collect(),
                    )
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&objects)?)?;
        }
        OutFormat::Csv => {
            let line = |cells: Vec<String>| {
                cells
                    .iter()
                    .map(|c| {
                        if c.contains([',', '"', '\n', '\r']) {
                            format!("\"{}\"", c.replace('"', "\"\""))
                        } else {
                            c.clone()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(",")
            };
            writeln!(out, "{}", line(columns.to_vec()))?;
            for r in rows {
                writeln!(out, "{}", line(r.iter().map(cell).collect()))?;
            }
        }
        OutFormat::Table => {
            const MAX: usize = 60;
            let shown: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|v| {
                            let c = cell(v).replace(['\n', '\r', '\t'], " ");
                            if c.chars().count() > MAX {
                                format!("{}…", c.chars().take(MAX - 1).collect::<String>())
                            } else {
                                c
                            }
                        })
                        .collect()
                })
                .collect();
            let mut widths: Vec<usize> = columns.iter().map(|c| c.chars().count()).collect();
            for r in &shown {
                for (w, c) in widths.iter_mut().zip(r) {
                    *w = (*w).max(c.chars().count());
                }
            }
            let fmt_row = |cells: &[String]| {
                cells
                    .iter()
                    .zip(&widths)
                    .map(|(c, w)| format!("{c:<w$}", w = *w))
                    .collect::<Vec<_>>()
                    .join(" | ")
            };
            writeln!(out, "{}", fmt_row(columns))?;
            writeln!(
                out,
                "{}",
                widths
                    .iter()
                    .map(|w| "-".repeat(*w))
                    .collect::<Vec<_>>()
                    .join("-+-")
            )?;
            for r in &shown {
                writeln!(out, "{}", fmt_row(r).trim_end())?;
            }
            writeln!(out, "({} rows)", rows.len())?;
        }
    }
    Ok(())
}
