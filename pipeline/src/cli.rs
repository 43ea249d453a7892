//! The command line: every command, flag and argument, as clap types. The
//! commands themselves are in `commands/`, one file each.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "jobtrack",
    version,
    about = "Turns a mailbox into a record of your job applications."
)]
pub struct Cli {
    /// Data root: a folder, or a file://, s3://, gs:// or az:// URL [default: ./jobtrack-data].
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<String>,
    /// Configuration file (jobtrack.toml).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The user to work on: an `[[users]]` entry of a fleet configuration
    /// (`run` without it runs every user in turn), or the `[user] id` of a
    /// one-person one.
    #[arg(long, global = true, value_name = "ID")]
    pub user: Option<String>,
    /// Log format on stderr.
    #[arg(long, global = true, value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// More logs (-v debug, -vv trace); RUST_LOG overrides.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum OutFormat {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum FileFormat {
    Csv,
    Parquet,
    Json,
    /// A Google spreadsheet, a sheet per table (`[export.sheets]`).
    Sheets,
}

/// What `connect` asks Google for.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq, Default)]
pub enum ConnectScope {
    /// Read the mailbox (`gmail.readonly`).
    #[default]
    Gmail,
    /// Create and update jobtrack's own spreadsheets (`drive.file`).
    Sheets,
}

#[derive(Debug, Subcommand)]
pub enum Command {
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
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Ingest and normalize the sources (dags/ingest.toml), running no later stage.
    Ingest {
        #[command(flatten)]
        source: SourceArgs,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Query the warehouse (read-only).
    Sql {
        /// The SQL query.
        query: String,
        #[arg(long, value_enum, default_value_t = OutFormat::Table)]
        format: OutFormat,
    },
    /// Export a warehouse table to a file (CSV opens in spreadsheet programs),
    /// or tables to a Google spreadsheet (`--format sheets`).
    Export {
        /// applications, application_events, emails, users, or a view.
        /// Default: applications (sheets: `[export.sheets] tables`).
        #[arg(long)]
        table: Option<String>,
        #[arg(long, value_enum)]
        format: FileFormat,
        /// The file to write (not for sheets).
        #[arg(long, value_name = "PATH", required_if_eq_any = [("format", "csv"), ("format", "parquet"), ("format", "json")])]
        out: Option<PathBuf>,
        /// Sheets: update this spreadsheet (default: the one the last export made).
        #[arg(long, value_name = "ID")]
        spreadsheet: Option<String>,
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
        /// Address to bind; anything but loopback exposes your data and needs --token-env.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Environment variable holding an access token every request must
        /// carry (Authorization: Bearer, or ?token= once in the browser).
        #[arg(long, value_name = "NAME")]
        token_env: Option<String>,
    },
    /// Forget mail on request: a user's (`--user`, required), one account's
    /// or what is older than a date, and everything made from it; then
    /// rebuild the warehouse and dashboard.
    Purge {
        /// Only the mail of this configured account.
        #[arg(long)]
        account: Option<String>,
        /// Only mail dated before this day (YYYY-MM-DD, UTC) or instant (RFC 3339).
        #[arg(long, value_name = "DATE")]
        before: Option<String>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// The versions of a table (its Delta log) for this user: time, run,
    /// stage, operation, rows added and removed.
    History {
        /// A table: raw_messages, stg_emails, int_emails_classified, applications, ...
        table: String,
        /// How many versions, newest first.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long, value_enum, default_value_t = OutFormat::Table)]
        format: OutFormat,
    },
    /// Compact this user's small files, checkpoint the tables' logs and
    /// delete files no version within the retention window needs.
    Maintain {
        /// Files removed less than this many days ago stay, so `restore`
        /// can go back that far.
        #[arg(long, default_value_t = 7, value_name = "DAYS")]
        retention_days: i64,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Check the data root: every table's log readable, every file this
    /// user's tables name present, readable and as its contract says.
    /// Exits 1 when something is wrong and not repaired.
    Doctor {
        /// Repair what can be repaired without losing committed data (a
        /// bad log entry is set aside, a broken derived file is made again
        /// by the next run, a broken raw file is read again from the
        /// mailbox).
        #[arg(long)]
        repair: bool,
        /// Convert a data root of the format before Delta Lake now (a run
        /// does it on first use anyway).
        #[arg(long)]
        migrate: bool,
        #[arg(long, value_enum, default_value_t = OutFormat::Table)]
        format: OutFormat,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Roll this user's part of a table back to an earlier version (see
    /// `history`), e.g. after a bad rule change; later stages remake theirs
    /// on the next run.
    Restore {
        table: String,
        /// The version to go back to.
        #[arg(long)]
        version: u64,
        #[command(flatten)]
        wait: WaitArgs,
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
        /// Only the label lines of this language (the label files' `lang`, e.g. en, de).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Connect a Gmail account: consent in a browser (OAuth with PKCE, read-only scope; or `--scope sheets` for the Sheets export), then the refresh token is stored encrypted under the data root.
    Connect {
        /// The account's name in the config file.
        account: String,
        /// Store a refresh token read from standard input (obtained on another machine) instead.
        #[arg(long)]
        refresh_token_stdin: bool,
        /// Only print the consent URL; do not try to open a browser.
        #[arg(long)]
        no_browser: bool,
        /// What to ask for: reading Gmail, or the Sheets export.
        #[arg(long, value_enum, default_value_t = ConnectScope::Gmail)]
        scope: ConnectScope,
    },
    /// Print the configuration in force (every key, defaults included) as TOML.
    Config,
    /// Dead letters: the messages a stage could not read, and what was decided about them.
    Dlq {
        #[command(subcommand)]
        action: DlqAction,
    },
    /// The users of the configuration (`[[users]]`; one for a one-person file).
    Users {
        #[command(subcommand)]
        action: UsersAction,
    },
    /// Run a DAG on its cron schedule until stopped.
    Schedule {
        #[arg(long, value_name = "FILE")]
        dag: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Default, clap::Args)]
pub struct FilterArgs {
    /// Only rows with this status (applications) or event type (events).
    #[arg(long)]
    pub status: Option<String>,
    /// Only rows on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    /// Only rows whose company name contains this (case-insensitive).
    #[arg(long)]
    pub company: Option<String>,
    /// Only rows from this source (linkedin, greenhouse, ...).
    #[arg(long)]
    pub source: Option<String>,
}

impl FilterArgs {
    pub fn filter(&self) -> jobtrack_stages::publish::Filter {
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
pub enum CorrectAction {
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

#[derive(Debug, Subcommand)]
pub enum DlqAction {
    /// The user's open dead letters (all, dropped ones too, with --all).
    List {
        #[arg(long)]
        all: bool,
        #[arg(long, value_enum, default_value_t = OutFormat::Table)]
        format: OutFormat,
    },
    /// Record that these dead letters were looked at and are to be left alone.
    Drop {
        #[arg(required = true)]
        ids: Vec<String>,
    },
    /// Parse these dead letters (all of normalization's when none is named)
    /// again from their raw bytes, after a fix; those that parse join the
    /// tables, rebuilt at once.
    Retry {
        ids: Vec<String>,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum UsersAction {
    /// One line per user: id, name, accounts (json: for Airflow's DAG).
    List {
        #[arg(long, value_enum, default_value_t = OutFormat::Table)]
        format: OutFormat,
    },
    /// Build the fleet's operations tables (runs, fleet_users) in
    /// fleet/operations.duckdb under the data root, and print each user's line.
    Report {
        #[arg(long, value_enum, default_value_t = OutFormat::Table)]
        format: OutFormat,
    },
}

#[derive(Debug, clap::Args)]
pub struct SourceArgs {
    /// A mailbox for this run instead of the configured accounts: mbox:PATH, maildir:PATH or eml:DIR.
    #[arg(long, value_name = "KIND:PATH")]
    pub source: Option<String>,
    /// The account name rows from --source are stored under [default: the source kind].
    #[arg(long)]
    pub account: Option<String>,
}

#[derive(Debug, Clone, Copy, clap::Args)]
pub struct WaitArgs {
    /// When another run for the same user holds the lock, wait up to this
    /// many seconds for it instead of exiting at once (exit code 3).
    #[arg(long, value_name = "SECONDS", default_value_t = 0)]
    pub wait: u64,
}

impl WaitArgs {
    pub fn duration(self) -> std::time::Duration {
        std::time::Duration::from_secs(self.wait)
    }
}
