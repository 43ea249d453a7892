//! The one error type of the `stages` library.
//!
//! Every variant carries the context a person needs to act on it (which input,
//! which table, which stage) and belongs to a [`Domain`]: `User` errors are
//! fixed by the person running the tool (a missing file, a bad URL), `External`
//! ones come from a service or store and may pass on retry, `Internal` ones are
//! our bugs or broken invariants. The binary turns them into a one-line message
//! and a non-zero exit code.

use std::path::PathBuf;

/// Who can fix an error, and whether trying again may help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Domain {
    /// The input or configuration is wrong; retrying does not help.
    User,
    /// A store or remote service failed; a retry may succeed.
    External,
    /// A broken invariant inside jobtrack.
    Internal,
}

/// Errors raised by stages, storage, contracts and the warehouse.
#[derive(Debug, thiserror::Error)]
pub enum StageError {
    /// A mailbox or file named by the user cannot be read.
    #[error("cannot read {path}: {source}")]
    Input {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A label file line is not a label.
    #[error("{path} line {line}: {reason}")]
    LabelFile {
        path: String,
        line: usize,
        reason: String,
    },

    /// A mailbox path exists but is not what its source kind needs.
    #[error("{path} is not a valid {kind} source: {reason}")]
    BadSource {
        path: PathBuf,
        kind: &'static str,
        reason: String,
    },

    /// The data root given as a path or URL cannot be used.
    #[error("cannot use data root {location}: {reason}")]
    DataRoot { location: String, reason: String },

    /// A read or write on the object store failed.
    #[error("object store failed on {path}: {source}")]
    Store {
        path: String,
        #[source]
        source: object_store::Error,
    },

    /// A batch does not match the contract of the table it is written to.
    #[error("contract of table {table} violated: {reason}")]
    Contract { table: String, reason: String },

    /// A contract file under `schemas/` cannot be read.
    #[error("contract file for table {table} is invalid: {reason}")]
    ContractFile { table: String, reason: String },

    /// A manifest that records a table's visible files is unreadable.
    #[error("manifest {path} is unreadable: {reason}")]
    Manifest { path: String, reason: String },

    /// A table's Delta log cannot be read or committed to.
    #[error("table {table}: its Delta log failed: {reason}")]
    Lake { table: String, reason: String },

    /// A committed data file of a table is missing or cannot be decoded.
    #[error("table {table}: data file {path} is unreadable: {reason}")]
    DataFile {
        table: String,
        path: String,
        reason: String,
    },

    /// Writing or reading Parquet failed.
    #[error("parquet failed for table {table}: {source}")]
    Parquet {
        table: String,
        #[source]
        source: parquet::errors::ParquetError,
    },

    /// Building an Arrow batch failed.
    #[error("arrow failed for table {table}: {source}")]
    Arrow {
        table: String,
        #[source]
        source: arrow::error::ArrowError,
    },

    /// A DataFusion query failed.
    #[error("query for {table} failed: {source}")]
    Query {
        table: String,
        #[source]
        source: datafusion::error::DataFusionError,
    },

    /// The DuckDB warehouse could not be written or read.
    #[error("warehouse {path} failed: {source}")]
    Warehouse {
        path: PathBuf,
        #[source]
        source: duckdb::Error,
    },

    /// A local file operation around the warehouse or an export failed.
    #[error("{action} {path} failed: {source}")]
    LocalIo {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A request made of the warehouse is not valid (unknown table, bad filter).
    #[error("{0}")]
    Request(String),

    /// A stage needs a table that no stage in the run produces.
    #[error("stage {stage} needs input {input}, which nothing produces")]
    MissingInput { stage: String, input: String },

    /// The stored OAuth grant of an account is missing, revoked or expired.
    #[error(
        "account {account} must be connected again ({reason}): run `jobtrack connect {account}`"
    )]
    Reauthorize { account: String, reason: String },

    /// The encrypted token file of an account cannot be read.
    #[error("the stored token of account {account} is unreadable: {reason}")]
    TokenStore { account: String, reason: String },

    /// A remote mail service (Gmail API, OAuth, IMAP) failed or refused a
    /// request, after the retries it deserves.
    #[error("{service} failed for account {account}{}: {reason}", status.map(|s| format!(" (HTTP {s})")).unwrap_or_default())]
    Remote {
        service: &'static str,
        account: String,
        status: Option<u16>,
        reason: String,
    },

    /// An IMAP server refused the login of an account.
    #[error(
        "IMAP login of account {account} as {username} on {server} was refused: {reason} ({hint})"
    )]
    ImapAuth {
        account: String,
        username: String,
        server: String,
        reason: String,
        /// What to check: the password, or the access token.
        hint: &'static str,
    },

    /// An IMAP server could not be reached or answered badly.
    #[error("IMAP server {server} of account {account} failed: {reason}")]
    Imap {
        account: String,
        server: String,
        reason: String,
    },

    /// Someone else holds a lease this work needs (another run for the same
    /// user, or another user's publish on a shared root).
    #[error("{who} holds the lock {holder}; try again when it is done")]
    Busy { who: String, holder: String },

    /// A lease was not renewed in time and another holder took it.
    #[error("lost the lock {lease}: another run took it over while this one was stalled")]
    LeaseLost { lease: String },

    /// A blocking task panicked or was cancelled.
    #[error("worker for {stage} stopped: {reason}")]
    Worker { stage: String, reason: String },
}

impl StageError {
    /// The account that must be connected again (a refused OAuth grant or
    /// IMAP login), for the `reconnect` alert.
    pub fn reconnect_account(&self) -> Option<&str> {
        match self {
            Self::Reauthorize { account, .. } | Self::ImapAuth { account, .. } => Some(account),
            _ => None,
        }
    }

    /// Who can fix this error.
    pub fn domain(&self) -> Domain {
        match self {
            Self::Input { .. }
            | Self::BadSource { .. }
            | Self::LabelFile { .. }
            | Self::DataRoot { .. }
            | Self::Request(_)
            | Self::MissingInput { .. }
            | Self::Reauthorize { .. }
            | Self::TokenStore { .. }
            | Self::ImapAuth { .. } => Domain::User,
            Self::Store { .. }
            | Self::Warehouse { .. }
            | Self::LocalIo { .. }
            | Self::Remote { .. }
            | Self::Imap { .. }
            | Self::Busy { .. }
            | Self::LeaseLost { .. } => Domain::External,
            Self::Contract { .. }
            | Self::ContractFile { .. }
            | Self::Manifest { .. }
            | Self::Lake { .. }
            | Self::DataFile { .. }
            | Self::Parquet { .. }
            | Self::Arrow { .. }
            | Self::Query { .. }
            | Self::Worker { .. } => Domain::Internal,
        }
    }

    /// Whether this is one mail source failing (its file, its server, its
    /// login), which need not stop the other sources of a run.
    pub fn is_source_failure(&self) -> bool {
        matches!(
            self,
            Self::Input { .. }
                | Self::BadSource { .. }
                | Self::Reauthorize { .. }
                | Self::TokenStore { .. }
                | Self::Remote { .. }
                | Self::ImapAuth { .. }
                | Self::Imap { .. }
        )
    }

    /// Whether running the same thing again may succeed.
    pub fn retryable(&self) -> bool {
        self.domain() == Domain::External
    }

    pub(crate) fn store(path: impl std::fmt::Display, source: object_store::Error) -> Self {
        Self::Store {
            path: path.to_string(),
            source,
        }
    }

    pub(crate) fn arrow(table: &str, source: arrow::error::ArrowError) -> Self {
        Self::Arrow {
            table: table.to_string(),
            source,
        }
    }

    pub(crate) fn parquet(table: &str, source: parquet::errors::ParquetError) -> Self {
        Self::Parquet {
            table: table.to_string(),
            source,
        }
    }

    pub(crate) fn query(table: &str, source: datafusion::error::DataFusionError) -> Self {
        Self::Query {
            table: table.to_string(),
            source,
        }
    }
}

/// The result type of this library.
pub type Result<T, E = StageError> = std::result::Result<T, E>;
