//! `raw_messages`: ingests mailboxes into raw Parquet.
//!
//! Inputs: the configured sources (an mbox file, a Maildir, a folder of
//! `.eml` files, the bundled sample, a Gmail account through its API
//! ([`gmail`]) or an IMAP account ([`imap`])). Output: `raw_messages` (one row per
//! distinct message of the user, bytes unchanged) and `dead_letter` rows for
//! chunks that hold no message (empty or over the size cap). Grain and key:
//! `(user_id, email_id)`, where `email_id` hashes the Message-ID.
//!
//! Idempotent: at the first message it reads, the stage loads the ids it
//! has already committed for the user and skips every message it has seen,
//! so ingesting the same or an overlapping mailbox again adds nothing; an
//! mbox file is read from where the last run stopped when it only grew
//! (`mbox_file`). It commits a
//! checkpoint every ~32 MB: a run killed midway keeps what it committed, and
//! the rerun skips it and adds the rest. Remote sources also commit after
//! every page (Gmail) or chunk of UIDs (IMAP), with their cursor (historyId,
//! page token, UIDVALIDITY and highest UID) in the manifest's `checkpoints`,
//! so rows and cursor become visible together.
//!
//! With `normalize` set (the pipeline's stage), each checkpoint's rows are
//! also parsed while their bytes are in memory, on the worker threads as
//! the raw file is encoded, and handed to `stg_emails` as normalize's own run
//! would commit them (the raw file first, then its parsed rows with the
//! file's name): the raw layer is not read back to be parsed. When
//! `stg_emails` has to parse everything again (its code changed) or
//! something fails there, normalize's own run does it, from the raw files.

mod checkpoint;
pub mod gmail;
pub mod google;
pub mod imap;
mod maildir;
pub mod mbox;
mod mbox_file;
pub mod oauth;

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use arrow::array::{
    AsArray, BinaryBuilder, Int64Builder, ListBuilder, RecordBatch, StringBuilder,
    TimestampMicrosecondBuilder,
};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use tokio::runtime::Handle;

use crate::columns::string_list;
use crate::context::RunContext;
use crate::contract;
use crate::dead_letter::{DeadKind, DeadLetter};
use crate::error::{Result, StageError};
use crate::ids;
use crate::normalize;
use crate::stage::{Stage, StageReport};
use crate::storage::Manifest;

pub use maildir::{list as list_maildir, list_eml};

use checkpoint::Writer;

/// The table this stage writes.
pub const TABLE: &str = "raw_messages";

/// Where messages come from.
#[derive(Debug, Clone)]
pub enum MailSource {
    /// An mbox file (mboxo or mboxrd; Google Takeout's export is one).
    Mbox(PathBuf),
    /// A Maildir with its Maildir++ subfolders.
    Maildir(PathBuf),
    /// A folder of `.eml` files, searched recursively.
    Eml(PathBuf),
    /// An mbox held in memory (the bundled sample).
    MboxBytes {
        name: &'static str,
        bytes: &'static [u8],
    },
    /// A Gmail account through the Gmail API.
    Gmail(Box<gmail::GmailSource>),
    /// An IMAP account.
    Imap(Box<imap::ImapSource>),
}

impl MailSource {
    /// The kind, as stored in the `source` column.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Mbox(_) | Self::MboxBytes { .. } => "mbox",
            Self::Maildir(_) => "maildir",
            Self::Eml(_) => "eml",
            Self::Gmail(_) => "gmail",
            Self::Imap(_) => "imap",
        }
    }

    /// Parses `mbox:PATH`, `maildir:PATH` or `eml:DIR`.
    pub fn parse(spec: &str) -> Result<Self> {
        let (kind, path) = spec.split_once(':').ok_or_else(|| {
            StageError::Request(format!(
                "source {spec:?} must be mbox:PATH, maildir:PATH or eml:DIR"
            ))
        })?;
        let path = PathBuf::from(path);
        match kind {
            "mbox" => Ok(Self::Mbox(path)),
            "maildir" => Ok(Self::Maildir(path)),
            "eml" => Ok(Self::Eml(path)),
            other => Err(StageError::Request(format!(
                "unknown source kind {other:?} in {spec:?}: use mbox, maildir or eml"
            ))),
        }
    }
}

/// A source together with the account it belongs to.
#[derive(Debug, Clone)]
pub struct AccountSource {
    pub account: String,
    pub source: MailSource,
}

/// Limits of the ingest stage; `[ingest]` of the configuration file,
/// defaults in [`Default`].
#[derive(Debug, Clone, Copy, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct IngestOptions {
    /// Messages larger than this become dead letters.
    pub max_message_bytes: usize,
    /// Raw bytes per data file (and checkpoint).
    pub file_target_bytes: usize,
}

impl Default for IngestOptions {
    fn default() -> Self {
        Self {
            max_message_bytes: 64 << 20,
            file_target_bytes: 32 << 20,
        }
    }
}

/// The ingest stage.
#[derive(Debug, Clone)]
pub struct RawMessages {
    pub sources: Vec<AccountSource>,
    pub options: IngestOptions,
    /// Also normalize each checkpoint while its bytes are in memory and
    /// hand the files to `stg_emails` ([`crate::normalize::STAGE`]), when
    /// that stage is up to date; otherwise its own run does the work.
    pub normalize: bool,
}

#[async_trait]
impl Stage for RawMessages {
    fn name(&self) -> &'static str {
        TABLE
    }

    async fn run(&self, ctx: &RunContext) -> Result<StageReport> {
        let manifest = ctx.root.manifest(TABLE, &ctx.user_id).await?;
        let dead_seen = load_keys(ctx, &manifest, "dead_letter", "dead_letter_id").await?;
        let stg = if self.normalize && !ctx.dry_run {
            normalize::STAGE
                .handed(ctx, &manifest, normalize::CODE_VERSION)
                .await?
        } else {
            None
        };
        let ctx2 = ctx.clone();
        let stage = self.clone();
        let handle = Handle::current();
        let report = tokio::task::spawn_blocking(move || {
            let mut sink = Sink {
                ctx: &ctx2,
                handle,
                options: stage.options,
                seen: None,
                dead_seen,
                manifest: Some(manifest),
                stg,
                writer: None,
                rows: RawRows::default(),
                dead: Vec::new(),
                report: StageReport::default(),
                cursor: BTreeMap::new(),
            };
            let mut failures = Vec::new();
            for src in &stage.sources {
                let before = sink.report.rows_out;
                let ingested = sink.ingest(src);
                let new = sink.report.rows_out - before;
                sink.report.detail(
                    &format!("{}{}", INGESTED_BY_ACCOUNT, src.account),
                    new,
                );
                if let Err(e) = ingested {
                    // Keep the checkpoint in flight: what was read before
                    // the failure stays committed for the next run.
                    if let Err(w) = sink.wait_writer() {
                        tracing::warn!(error = %w, "The last checkpoint could not be committed.");
                    }
                    if !e.is_source_failure() {
                        return Err(e);
                    }
                    // One account's server or file failing does not keep
                    // the others' mail out.
                    tracing::error!(account = %src.account, error = %e, "Source failed; going on with the others.");
                    failures.push(e);
                }
            }
            if failures.len() == stage.sources.len() && !failures.is_empty() {
                return Err(failures.swap_remove(0));
            }
            for e in &failures {
                sink.report.warnings.push(format!("{SOURCE_FAILED}{e}"));
                sink.report.detail(SOURCES_FAILED, 1);
                if let Some(account) = e.reconnect_account() {
                    sink.report
                        .detail(&format!("{}{account}", RECONNECT), 1);
                }
            }
            sink.flush()?;
            sink.wait_writer()?;
            Ok::<_, StageError>(sink.report)
        })
        .await
        .map_err(|e| StageError::Worker {
            stage: TABLE.into(),
            reason: e.to_string(),
        })??;
        let mut report = report;
        if !ctx.dry_run {
            let vacuumed = ctx
                .root
                .vacuum(TABLE, &ctx.user_id, &[TABLE, "dead_letter"])
                .await?;
            report.detail("files_vacuumed", vacuumed as u64);
        }
        Ok(report)
    }
}

/// The report detail counting the rows ingest parsed as it wrote them; the
/// rows, files and dead letters that came of them are `stg_emails`' and
/// appear in its report.
pub const NORMALIZED: &str = "normalized";

/// The report detail counting the sources that failed while others were
/// read; a run with any is reported as partial.
pub const SOURCES_FAILED: &str = "sources_failed";

/// The report detail counting a run's new messages per account:
/// `ingested_by_account.<account>` (the metrics' per-account counter).
pub const INGESTED_BY_ACCOUNT: &str = "ingested_by_account.";

/// The report detail that says an account must be connected again (a
/// refused OAuth grant or IMAP login): `reconnect.<account>` (the
/// `reconnect` alert).
pub const RECONNECT: &str = "reconnect.";

/// How the warning of a failed source begins; the error follows.
pub const SOURCE_FAILED: &str = "source failed: ";

/// Loads the 128-bit keys of `column` from the committed `table` files of
/// the manifest.
async fn load_keys(
    ctx: &RunContext,
    manifest: &Manifest,
    table: &str,
    column: &str,
) -> Result<HashSet<u128>> {
    let mut keys = HashSet::new();
    for file in manifest.files(table) {
        for batch in ctx
            .root
            .read_file(table, &file.path, &[column], 64 * 1024)
            .await?
        {
            let Some(col) = batch.column_by_name(column) else {
                continue;
            };
            let col = col
                .as_string_opt::<i32>()
                .ok_or_else(|| StageError::Contract {
                    table: table.to_string(),
                    reason: format!("{column} is not a string column"),
                })?;
            keys.extend(col.iter().flatten().filter_map(ids::parse_key));
        }
    }
    Ok(keys)
}

/// Column builders of one `raw_messages` file in the making.
struct RawRows {
    user_id: StringBuilder,
    email_id: StringBuilder,
    provider_message_id: StringBuilder,
    account: StringBuilder,
    source: StringBuilder,
    source_ref: StringBuilder,
    folder: StringBuilder,
    envelope_date: TimestampMicrosecondBuilder,
    size_bytes: Int64Builder,
    content_hash: StringBuilder,
    raw: BinaryBuilder,
    gmail_thread_id: StringBuilder,
    labels: ListBuilder<StringBuilder>,
    rows: usize,
    bytes: usize,
}

impl Default for RawRows {
    fn default() -> Self {
        Self {
            user_id: StringBuilder::new(),
            email_id: StringBuilder::new(),
            provider_message_id: StringBuilder::new(),
            account: StringBuilder::new(),
            source: StringBuilder::new(),
            source_ref: StringBuilder::new(),
            folder: StringBuilder::new(),
            envelope_date: TimestampMicrosecondBuilder::new(),
            size_bytes: Int64Builder::new(),
            content_hash: StringBuilder::new(),
            raw: BinaryBuilder::new(),
            gmail_thread_id: StringBuilder::new(),
            labels: string_list(),
            rows: 0,
            bytes: 0,
        }
    }
}

impl RawRows {
    fn finish(&mut self) -> Result<RecordBatch> {
        let contract = contract::contract(TABLE)?;
        let batch = RecordBatch::try_new(
            contract.schema(),
            vec![
                Arc::new(self.user_id.finish()),
                Arc::new(self.email_id.finish()),
                Arc::new(self.provider_message_id.finish()),
                Arc::new(self.account.finish()),
                Arc::new(self.source.finish()),
                Arc::new(self.source_ref.finish()),
                Arc::new(self.folder.finish()),
                Arc::new(self.envelope_date.finish().with_timezone("UTC")),
                Arc::new(self.size_bytes.finish()),
                Arc::new(self.content_hash.finish()),
                Arc::new(self.raw.finish()),
                Arc::new(self.gmail_thread_id.finish()),
                Arc::new(self.labels.finish()),
            ],
        )
        .map_err(|e| StageError::arrow(TABLE, e))?;
        self.rows = 0;
        self.bytes = 0;
        Ok(batch)
    }
}

/// One message as read from a source.
struct Found<'a> {
    account: &'a str,
    kind: &'static str,
    source_ref: String,
    folder: Option<&'a str>,
    envelope_date: Option<DateTime<Utc>>,
    bytes: &'a [u8],
    oversized: Option<u64>,
    /// Gmail's thread id, in the decimal form of `X-GM-THRID`.
    thread_id: Option<&'a str>,
    /// Gmail's label ids.
    labels: Option<&'a [String]>,
}

/// Collects messages into files and commits them. Encoding and uploading a
/// checkpoint runs on a writer thread while reading goes on; at most one is
/// in flight, so memory stays bounded and commits stay in order.
struct Sink<'c> {
    ctx: &'c RunContext,
    handle: Handle,
    options: IngestOptions,
    /// The ids of the user's stored and purged mail, loaded when the first
    /// message is read (a run that finds nothing new never loads them).
    seen: Option<HashSet<u128>>,
    dead_seen: HashSet<u128>,
    /// The manifest, when no writer holds it.
    manifest: Option<Manifest>,
    /// `stg_emails`' manifest while each checkpoint is normalized as it is
    /// written (and no writer holds it); None when normalize's own run is
    /// to do it.
    stg: Option<Manifest>,
    writer: Option<Writer>,
    rows: RawRows,
    dead: Vec<DeadLetter>,
    report: StageReport,
    /// Cursor changes (set or remove) that commit with the next checkpoint.
    cursor: BTreeMap<String, Option<String>>,
}

impl Sink<'_> {
    fn ingest(&mut self, src: &AccountSource) -> Result<()> {
        let span = tracing::info_span!("source", account = %src.account, kind = src.source.kind());
        let _enter = span.enter();
        let progress = self.ctx.progress.clone();
        match &src.source {
            MailSource::Mbox(path) => self.ingest_mbox_file(src, path)?,
            MailSource::MboxBytes { name, bytes } => {
                progress.start(TABLE, &src.account, Some(bytes.len() as u64));
                let variant = mbox::detect_variant(*bytes).map_err(|source| StageError::Input {
                    path: PathBuf::from(*name),
                    source,
                })?;
                self.read_mbox(src, *bytes, 0, variant, name)?;
            }
            MailSource::Maildir(path) => {
                // A Maildir file's name is unique for good (its flags and
                // cur/ or new/ aside): a file whose message is stored is not
                // read again.
                let stored: HashSet<String> = self
                    .stored_refs(&src.account, "maildir")?
                    .iter()
                    .map(|rel| maildir::message_key(rel))
                    .collect();
                let entries: Vec<_> = maildir::list(path)?
                    .into_iter()
                    .filter(|e| !stored.contains(&maildir::message_key(&e.rel)))
                    .collect();
                progress.start(TABLE, &src.account, Some(entries.len() as u64));
                for e in entries {
                    let bytes = read_capped(&e.path, self.options.max_message_bytes)?;
                    let (bytes, oversized) = match bytes {
                        Ok(b) => (b, None),
                        Err(size) => (Vec::new(), Some(size)),
                    };
                    self.push(Found {
                        account: &src.account,
                        kind: "maildir",
                        source_ref: e.rel.clone(),
                        folder: Some(&e.folder),
                        envelope_date: e.delivered,
                        bytes: &bytes,
                        oversized,
                        thread_id: None,
                        labels: None,
                    })?;
                    progress.advance(1);
                }
            }
            MailSource::Gmail(g) => {
                let stats = self.ingest_gmail(&src.account, g)?;
                self.report.detail("gmail_calls", stats.calls);
                self.report.detail("gmail_quota_units", stats.units);
                self.report.detail("gmail_retries", stats.retries);
                self.report.detail("gmail_fetched", stats.fetched);
                return Ok(());
            }
            MailSource::Imap(i) => {
                let fetched = self.ingest_imap(&src.account, i)?;
                self.report.detail("imap_fetched", fetched);
                return Ok(());
            }
            MailSource::Eml(path) => {
                let files = maildir::list_eml(path)?;
                progress.start(TABLE, &src.account, Some(files.len() as u64));
                for (file, rel) in files {
                    let (bytes, oversized) =
                        match read_capped(&file, self.options.max_message_bytes)? {
                            Ok(b) => (b, None),
                            Err(size) => (Vec::new(), Some(size)),
                        };
                    self.push(Found {
                        account: &src.account,
                        kind: "eml",
                        source_ref: rel,
                        folder: None,
                        envelope_date: None,
                        bytes: &bytes,
                        oversized,
                        thread_id: None,
                        labels: None,
                    })?;
                    progress.advance(1);
                }
            }
        }
        progress.finish();
        Ok(())
    }

    /// Reads messages from `reader`, which is at byte `start` of the mbox;
    /// returns the offset it read to.
    fn read_mbox(
        &mut self,
        src: &AccountSource,
        reader: impl std::io::BufRead,
        start: u64,
        variant: mbox::Variant,
        shown: &str,
    ) -> Result<u64> {
        let path = PathBuf::from(shown);
        let mut mbox = mbox::MboxReader::new(reader, self.options.max_message_bytes, variant)
            .starting_at(start);
        let mut last = start;
        loop {
            let next = mbox
                .next_message()
                .map_err(|source| StageError::Input {
                    path: path.clone(),
                    source,
                })?
                .map_err(|reason| StageError::BadSource {
                    path: path.clone(),
                    kind: "mbox",
                    reason,
                })?;
            let Some(m) = next else { break };
            self.push(Found {
                account: &src.account,
                kind: "mbox",
                source_ref: format!("offset:{}", m.offset),
                folder: None,
                envelope_date: m.envelope_date,
                bytes: &m.bytes,
                oversized: m.oversized,
                thread_id: None,
                labels: None,
            })?;
            let at = mbox.offset();
            self.ctx.progress.advance(at - last);
            last = at;
        }
        Ok(mbox.offset())
    }

    fn dead(&mut self, letter: DeadLetter) {
        if self.dead_seen.insert(letter.key()) {
            self.report.dead_letters += 1;
            tracing::warn!(
                account = %letter.account,
                source_ref = %letter.source_ref,
                kind = letter.kind.as_str(),
                "Recorded a dead letter."
            );
            self.dead.push(letter);
        }
    }

    /// Takes one message; true when it becomes a row, false when it went to
    /// the dead letters (oversized, empty) or repeats a stored message.
    fn push(&mut self, m: Found<'_>) -> Result<bool> {
        self.report.rows_in += 1;
        if let Some(size) = m.oversized {
            self.dead(DeadLetter {
                stage: TABLE,
                account: m.account.to_string(),
                source_ref: m.source_ref,
                email_id: None,
                kind: DeadKind::Oversized,
                error: format!(
                    "message of {size} bytes is over the {} byte cap (ingest.max-message-bytes)",
                    self.options.max_message_bytes
                ),
                size_bytes: size,
                sample: Vec::new(),
                content_hash: format!("oversized:{size}"),
            });
            return Ok(false);
        }
        if m.bytes.iter().all(u8::is_ascii_whitespace) {
            self.dead(DeadLetter {
                stage: TABLE,
                account: m.account.to_string(),
                source_ref: m.source_ref,
                email_id: None,
                kind: DeadKind::Empty,
                error: "the mailbox holds an empty message here".into(),
                size_bytes: m.bytes.len() as u64,
                sample: Vec::new(),
                content_hash: ids::content_hash(m.bytes),
            });
            return Ok(false);
        }
        let header_id = header_message_id(m.bytes);
        let pmid = ids::provider_message_id(m.bytes, header_id.as_deref());
        let key = ids::email_key(&self.ctx.user_id, &pmid);
        if self.seen.is_none() {
            self.seen = Some(self.load_seen()?);
        }
        if !self.seen.as_mut().is_some_and(|seen| seen.insert(key)) {
            self.report.duplicates += 1;
            return Ok(false);
        }
        let r = &mut self.rows;
        r.user_id.append_value(&self.ctx.user_id);
        r.email_id.append_value(ids::key_hex(key));
        r.provider_message_id.append_value(&pmid);
        r.account.append_value(m.account);
        r.source.append_value(m.kind);
        r.source_ref.append_value(&m.source_ref);
        r.folder.append_option(m.folder);
        r.envelope_date
            .append_option(m.envelope_date.map(|d| d.timestamp_micros()));
        r.size_bytes.append_value(m.bytes.len() as i64);
        r.content_hash.append_value(ids::content_hash(m.bytes));
        r.raw.append_value(m.bytes);
        r.gmail_thread_id.append_option(m.thread_id);
        match m.labels {
            Some(labels) => {
                for l in labels {
                    r.labels.values().append_value(l);
                }
                r.labels.append(true);
            }
            None => r.labels.append(false),
        }
        r.rows += 1;
        r.bytes += m.bytes.len();
        self.report.rows_out += 1;
        if r.bytes >= self.options.file_target_bytes || r.rows >= 8192 {
            self.flush()?;
        }
        Ok(true)
    }

    /// Waits for the writer in flight, if any, and puts the manifest back.
    fn wait_writer(&mut self) -> Result<()> {
        if let Some(writer) = self.writer.take() {
            let done = writer.join().map_err(|_| StageError::Worker {
                stage: TABLE.into(),
                reason: "the checkpoint writer panicked".into(),
            })??;
            self.report.files_written += done.files;
            self.report.detail(NORMALIZED, done.normalized.rows_in);
            self.report.warnings.extend(done.normalized.warnings);
            self.manifest = Some(done.manifest);
            self.stg = done.stg;
        }
        Ok(())
    }

    /// The ids of the user's stored mail, and of mail purged on request,
    /// which is not imported again.
    fn load_seen(&mut self) -> Result<HashSet<u128>> {
        self.wait_writer()?;
        let manifest = self.manifest.clone().unwrap_or_default();
        let ctx = self.ctx;
        let mut seen = self
            .handle
            .block_on(load_keys(ctx, &manifest, TABLE, "email_id"))?;
        seen.extend(
            self.handle
                .block_on(crate::purge::forgotten(&ctx.root, &ctx.user_id))?,
        );
        Ok(seen)
    }

    /// A cursor value as committed, or as it will commit with the next
    /// checkpoint.
    fn checkpoint(&mut self, key: &str) -> Result<Option<String>> {
        if let Some(v) = self.cursor.get(key) {
            return Ok(v.clone());
        }
        self.wait_writer()?;
        Ok(self
            .manifest
            .as_ref()
            .and_then(|m| m.checkpoints.get(key).cloned()))
    }

    /// Commits what has been collected now, together with cursor changes.
    fn checkpoint_now(&mut self, cursor: BTreeMap<String, Option<String>>) -> Result<()> {
        self.cursor.extend(cursor);
        self.flush()
    }

    /// The `source_ref`s stored for an account and source kind (Gmail's
    /// message ids), so they are never fetched again.
    fn stored_refs(&mut self, account: &str, kind: &str) -> Result<HashSet<String>> {
        self.wait_writer()?;
        let Some(manifest) = self.manifest.as_ref() else {
            return Ok(HashSet::new());
        };
        let mut refs = HashSet::new();
        for file in manifest.files(TABLE) {
            let batches = self.handle.block_on(self.ctx.root.read_file(
                TABLE,
                &file.path,
                &["account", "source", "source_ref"],
                64 * 1024,
            ))?;
            for batch in batches {
                let col = |name: &str| {
                    batch
                        .column_by_name(name)
                        .and_then(|c| c.as_string_opt::<i32>())
                        .ok_or_else(|| StageError::Contract {
                            table: TABLE.into(),
                            reason: format!("{name} is not a string column"),
                        })
                };
                let (a, k, r) = (col("account")?, col("source")?, col("source_ref")?);
                for i in 0..batch.num_rows() {
                    if a.value(i) == account && k.value(i) == kind {
                        refs.insert(r.value(i).to_string());
                    }
                }
            }
        }
        Ok(refs)
    }

    /// Hands what has been collected to the writer thread: a checkpoint.
    fn flush(&mut self) -> Result<()> {
        if self.rows.rows == 0 && self.dead.is_empty() && self.cursor.is_empty() {
            return Ok(());
        }
        let batch = self.rows.finish()?;
        let dead = std::mem::take(&mut self.dead);
        let cursor = std::mem::take(&mut self.cursor);
        if self.ctx.dry_run {
            return Ok(());
        }
        self.wait_writer()?;
        let manifest = self.manifest.take().ok_or_else(|| StageError::Worker {
            stage: TABLE.into(),
            reason: "the manifest was lost with a failed writer".into(),
        })?;
        let stg = self.stg.take();
        let ctx = self.ctx.clone();
        let handle = self.handle.clone();
        self.writer = Some(std::thread::spawn(move || {
            handle.block_on(checkpoint::write_checkpoint(
                &ctx, manifest, stg, batch, dead, cursor,
            ))
        }));
        Ok(())
    }
}

/// Reads a file whole, or returns its size when it is over `cap`.
fn read_capped(path: &std::path::Path, cap: usize) -> Result<std::result::Result<Vec<u8>, u64>> {
    let meta = std::fs::metadata(path).map_err(|source| StageError::Input {
        path: path.to_path_buf(),
        source,
    })?;
    if meta.len() > cap as u64 {
        return Ok(Err(meta.len()));
    }
    std::fs::read(path)
        .map(Ok)
        .map_err(|source| StageError::Input {
            path: path.to_path_buf(),
            source,
        })
}

/// The Message-ID header of a message, read from its header block only.
pub(crate) fn header_message_id(bytes: &[u8]) -> Option<String> {
    let parsed = mail_parser::MessageParser::new().parse_headers(bytes)?;
    parsed.message_id().map(str::to_string)
}
