//! `stg_emails`: parses raw messages into one clean row per email.
//!
//! Input: `raw_messages`. Output: `stg_emails` (one row per parsed email,
//! key `(user_id, email_id)`) and `dead_letter` rows for messages with no
//! header at all or that make the parser fail. Decoded subject and sender,
//! recipients, date with fallbacks, the text body (plain part, or HTML
//! rendered to text) and its snippet, links, size and content hash.
//!
//! Idempotent: a file-by-file stage ([`crate::incremental`]): each run parses
//! only the raw files it has not consumed, committing each file's output with
//! the file's name in one step. When [`CODE_VERSION`] changes, everything is
//! parsed again and swapped in with a single commit.
//! Ingest hands it most files as it writes them ([`STAGE`]), parsed
//! while their bytes are in memory; its own run parses what is left.

pub mod parse;
pub mod text;

use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use arrow::array::{
    Array, AsArray, BooleanBuilder, Int32Builder, Int64Builder, ListBuilder, RecordBatch,
    StringBuilder, TimestampMicrosecondBuilder,
};
use async_trait::async_trait;

use crate::columns::{Columns, opt, opt_time, string_list};
use crate::context::RunContext;
use crate::contract;
use crate::dead_letter::{self, DeadKind, DeadLetter};
use crate::error::{Result, StageError};
use crate::incremental::{FileOutput, FileStage};
use crate::stage::{Stage, StageReport};

/// The table this stage writes.
pub const TABLE: &str = "stg_emails";
/// The version of the parsing logic; bump it to reparse every message.
/// 2: the `snippet` column.
pub const CODE_VERSION: &str = "2";

/// The normalize stage.
#[derive(Debug, Clone, Copy, Default)]
pub struct StgEmails;

#[async_trait]
impl Stage for StgEmails {
    fn name(&self) -> &'static str {
        TABLE
    }

    async fn run(&self, ctx: &RunContext) -> Result<StageReport> {
        let user_id = ctx.user_id.clone();
        STAGE
            .run(ctx, CODE_VERSION, move |batches| {
                transform(&user_id, &batches)
            })
            .await
    }
}

/// How the stage runs file by file; ingest also hands it the files it
/// writes ([`FileStage::handed`]), so most mail is parsed while ingest has
/// its bytes in memory and this stage's own run finds little left to do.
pub const STAGE: FileStage = FileStage {
    name: TABLE,
    input: "raw_messages",
    outputs: &[TABLE, "dead_letter"],
    batch_size: 512,
};

/// Parses the rows of one `raw_messages` file: its `stg_emails` rows and
/// dead letters.
pub fn transform(user_id: &str, batches: &[RecordBatch]) -> Result<FileOutput> {
    let mut rows = StgRows::default();
    let mut dead = Vec::new();
    let mut rows_in = 0;
    for batch in batches {
        rows_in += batch.num_rows() as u64;
        normalize_batch(user_id, batch, &mut rows, &mut dead)?;
    }
    Ok(FileOutput {
        rows_in,
        outputs: vec![
            (TABLE, rows.finish()?),
            ("dead_letter", dead_letter::to_batch(user_id, &dead)?),
        ],
    })
}

/// [`transform`] of one `raw_messages` file held in memory, its rows shared
/// out between the [`crate::workers`] threads; the same rows in the same
/// order.
pub async fn transform_in_parallel(user_id: &str, batch: &RecordBatch) -> Result<FileOutput> {
    let parts = crate::workers::threads().max(1);
    let step = batch.num_rows().div_ceil(parts).max(1);
    let jobs = (0..batch.num_rows()).step_by(step).map(|start| {
        let slice = batch.slice(start, step.min(batch.num_rows() - start));
        let user_id = user_id.to_string();
        crate::workers::run(move || transform(&user_id, &[slice]))
    });
    let mut out = FileOutput::default();
    let mut tables: Vec<(&'static str, Vec<RecordBatch>)> = Vec::new();
    for done in futures::future::join_all(jobs).await {
        let part = done.map_err(|e| StageError::Worker {
            stage: TABLE.into(),
            reason: e.to_string(),
        })??;
        out.rows_in += part.rows_in;
        for (table, b) in part.outputs {
            match tables.iter_mut().find(|(t, _)| *t == table) {
                Some((_, v)) => v.push(b),
                None => tables.push((table, vec![b])),
            }
        }
    }
    for (table, batches) in tables {
        let schema = contract::contract(table)?.schema();
        let one = arrow::compute::concat_batches(&schema, &batches)
            .map_err(|e| StageError::arrow(table, e))?;
        out.outputs.push((table, one));
    }
    Ok(out)
}

fn normalize_batch(
    user_id: &str,
    batch: &RecordBatch,
    rows: &mut StgRows,
    dead: &mut Vec<DeadLetter>,
) -> Result<()> {
    let cols = Columns::new("raw_messages", batch);
    let email_id = cols.utf8("email_id")?;
    let pmid = cols.utf8("provider_message_id")?;
    let account = cols.utf8("account")?;
    let source = cols.utf8("source")?;
    let source_ref = cols.utf8("source_ref")?;
    let folder = cols.utf8("folder")?;
    let content_hash = cols.utf8("content_hash")?;
    let envelope = cols.timestamp("envelope_date")?;
    let raw = cols.binary("raw")?;
    // Files written before the Gmail API source have neither column.
    let gmail_thread = batch
        .column_by_name("gmail_thread_id")
        .and_then(|c| c.as_string_opt::<i32>());
    let gmail_labels = batch
        .column_by_name("labels")
        .and_then(|c| c.as_list_opt::<i32>());
    for i in 0..batch.num_rows() {
        let bytes = raw.value(i);
        let labels: Vec<String> = gmail_labels
            .filter(|l| l.is_valid(i))
            .and_then(|l| {
                let v = l.value(i);
                v.as_string_opt::<i32>()
                    .map(|s| s.iter().flatten().map(str::to_string).collect())
            })
            .unwrap_or_default();
        let thread = gmail_thread.and_then(|t| opt(t, i));
        let gmail = (thread.is_some() || gmail_labels.is_some_and(|l| l.is_valid(i))).then_some(
            parse::GmailMeta {
                thread_id: thread,
                labels: &labels,
            },
        );
        let input = parse::RawInput {
            user_id,
            provider_message_id: pmid.value(i),
            folder: opt(folder, i),
            envelope_date: opt_time(envelope, i),
            raw: bytes,
            gmail,
        };
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| parse::normalize(&input)))
            .unwrap_or_else(|_| {
                Err(parse::Rejected {
                    kind: DeadKind::Panic,
                    reason: "the MIME parser panicked on this message".into(),
                })
            });
        match outcome {
            Ok(n) => rows.push(
                user_id,
                email_id.value(i),
                pmid.value(i),
                account.value(i),
                source.value(i),
                bytes.len(),
                content_hash.value(i),
                source_ref.value(i),
                n,
            ),
            Err(rejected) => {
                tracing::warn!(
                    email_id = email_id.value(i),
                    source_ref = source_ref.value(i),
                    kind = rejected.kind.as_str(),
                    reason = %rejected.reason,
                    "Could not normalize a message."
                );
                dead.push(DeadLetter {
                    stage: TABLE,
                    account: account.value(i).to_string(),
                    source_ref: source_ref.value(i).to_string(),
                    email_id: Some(email_id.value(i).to_string()),
                    kind: rejected.kind,
                    error: rejected.reason,
                    size_bytes: bytes.len() as u64,
                    sample: bytes[..bytes.len().min(dead_letter::SAMPLE_BYTES)].to_vec(),
                    content_hash: content_hash.value(i).to_string(),
                });
            }
        }
    }
    Ok(())
}

/// Column builders of one `stg_emails` file.
struct StgRows {
    user_id: StringBuilder,
    email_id: StringBuilder,
    provider_message_id: StringBuilder,
    account: StringBuilder,
    source: StringBuilder,
    thread_id: StringBuilder,
    in_reply_to: StringBuilder,
    references: ListBuilder<StringBuilder>,
    labels: ListBuilder<StringBuilder>,
    subject: StringBuilder,
    from_name: StringBuilder,
    from_address: StringBuilder,
    reply_to_address: StringBuilder,
    to_addresses: ListBuilder<StringBuilder>,
    cc_addresses: ListBuilder<StringBuilder>,
    received_at: TimestampMicrosecondBuilder,
    date_source: StringBuilder,
    list_id: StringBuilder,
    has_list_unsubscribe: BooleanBuilder,
    body_text: StringBuilder,
    body_source: StringBuilder,
    body_truncated: BooleanBuilder,
    links: ListBuilder<StringBuilder>,
    attachment_count: Int32Builder,
    size_bytes: Int64Builder,
    content_hash: StringBuilder,
    source_ref: StringBuilder,
    snippet: StringBuilder,
}

impl Default for StgRows {
    fn default() -> Self {
        Self {
            user_id: StringBuilder::new(),
            email_id: StringBuilder::new(),
            provider_message_id: StringBuilder::new(),
            account: StringBuilder::new(),
            source: StringBuilder::new(),
            thread_id: StringBuilder::new(),
            in_reply_to: StringBuilder::new(),
            references: string_list(),
            labels: string_list(),
            subject: StringBuilder::new(),
            from_name: StringBuilder::new(),
            from_address: StringBuilder::new(),
            reply_to_address: StringBuilder::new(),
            to_addresses: string_list(),
            cc_addresses: string_list(),
            received_at: TimestampMicrosecondBuilder::new(),
            date_source: StringBuilder::new(),
            list_id: StringBuilder::new(),
            has_list_unsubscribe: BooleanBuilder::new(),
            body_text: StringBuilder::new(),
            body_source: StringBuilder::new(),
            body_truncated: BooleanBuilder::new(),
            links: string_list(),
            attachment_count: Int32Builder::new(),
            size_bytes: Int64Builder::new(),
            content_hash: StringBuilder::new(),
            source_ref: StringBuilder::new(),
            snippet: StringBuilder::new(),
        }
    }
}

fn append_list(builder: &mut ListBuilder<StringBuilder>, items: &[String]) {
    for item in items {
        builder.values().append_value(item);
    }
    builder.append(true);
}

impl StgRows {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        user_id: &str,
        email_id: &str,
        pmid: &str,
        account: &str,
        source: &str,
        size: usize,
        content_hash: &str,
        source_ref: &str,
        n: parse::Normalized,
    ) {
        self.user_id.append_value(user_id);
        self.email_id.append_value(email_id);
        self.provider_message_id.append_value(pmid);
        self.account.append_value(account);
        self.source.append_value(source);
        self.thread_id.append_value(&n.thread_id);
        self.in_reply_to.append_option(n.in_reply_to.as_deref());
        append_list(&mut self.references, &n.references);
        append_list(&mut self.labels, &n.labels);
        self.subject.append_option(n.subject.as_deref());
        self.from_name.append_option(n.from_name.as_deref());
        self.from_address.append_option(n.from_address.as_deref());
        self.reply_to_address
            .append_option(n.reply_to_address.as_deref());
        append_list(&mut self.to_addresses, &n.to_addresses);
        append_list(&mut self.cc_addresses, &n.cc_addresses);
        self.received_at
            .append_option(n.received_at.map(|d| d.timestamp_micros()));
        self.date_source.append_value(n.date_source);
        self.list_id.append_option(n.list_id.as_deref());
        self.has_list_unsubscribe
            .append_value(n.has_list_unsubscribe);
        self.snippet.append_value(text::snippet(&n.body_text));
        self.body_text.append_value(&n.body_text);
        self.body_source.append_value(n.body_source);
        self.body_truncated.append_value(n.body_truncated);
        append_list(&mut self.links, &n.links);
        self.attachment_count.append_value(n.attachment_count);
        self.size_bytes
            .append_value(i64::try_from(size).unwrap_or(i64::MAX));
        self.content_hash.append_value(content_hash);
        self.source_ref.append_value(source_ref);
    }

    fn finish(mut self) -> Result<RecordBatch> {
        let contract = contract::contract(TABLE)?;
        RecordBatch::try_new(
            contract.schema(),
            vec![
                Arc::new(self.user_id.finish()),
                Arc::new(self.email_id.finish()),
                Arc::new(self.provider_message_id.finish()),
                Arc::new(self.account.finish()),
                Arc::new(self.source.finish()),
                Arc::new(self.thread_id.finish()),
                Arc::new(self.in_reply_to.finish()),
                Arc::new(self.references.finish()),
                Arc::new(self.labels.finish()),
                Arc::new(self.subject.finish()),
                Arc::new(self.from_name.finish()),
                Arc::new(self.from_address.finish()),
                Arc::new(self.reply_to_address.finish()),
                Arc::new(self.to_addresses.finish()),
                Arc::new(self.cc_addresses.finish()),
                Arc::new(self.received_at.finish().with_timezone("UTC")),
                Arc::new(self.date_source.finish()),
                Arc::new(self.list_id.finish()),
                Arc::new(self.has_list_unsubscribe.finish()),
                Arc::new(self.body_text.finish()),
                Arc::new(self.body_source.finish()),
                Arc::new(self.body_truncated.finish()),
                Arc::new(self.links.finish()),
                Arc::new(self.attachment_count.finish()),
                Arc::new(self.size_bytes.finish()),
                Arc::new(self.content_hash.finish()),
                Arc::new(self.source_ref.finish()),
                Arc::new(self.snippet.finish()),
            ],
        )
        .map_err(|e| StageError::arrow(TABLE, e))
    }
}
