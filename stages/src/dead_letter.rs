//! Dead letters: messages a stage could not process. Each is recorded with a
//! stable id (stage, account, place in the source, bytes), so a rerun that
//! meets the same bad message records nothing new.

use std::sync::Arc;

use arrow::array::{BinaryBuilder, Int64Builder, RecordBatch, StringBuilder};

use crate::contract;
use crate::error::{Result, StageError};
use crate::ids;

/// Why a message was given up on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadKind {
    /// The mailbox chunk held nothing but blank lines.
    Empty,
    /// The message was larger than the configured cap.
    Oversized,
    /// No RFC 5322 header could be found.
    NoHeaders,
    /// The parser failed unexpectedly.
    Panic,
}

impl DeadKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::Oversized => "oversized",
            Self::NoHeaders => "no_headers",
            Self::Panic => "panic",
        }
    }
}

/// One dead letter.
#[derive(Debug, Clone)]
pub struct DeadLetter {
    pub stage: &'static str,
    pub account: String,
    pub source_ref: String,
    pub email_id: Option<String>,
    pub kind: DeadKind,
    pub error: String,
    pub size_bytes: u64,
    pub sample: Vec<u8>,
    /// sha256 of the bytes, when they were read.
    pub content_hash: String,
}

impl DeadLetter {
    /// The stable key of this dead letter.
    pub fn key(&self) -> u128 {
        ids::key128(&[
            self.stage,
            &self.account,
            &self.source_ref,
            &self.content_hash,
        ])
    }
}

/// How many bytes of a bad message are kept to show what it was.
pub const SAMPLE_BYTES: usize = 512;

/// Builds the `dead_letter` batch of `letters` for `user_id`.
pub fn to_batch(user_id: &str, letters: &[DeadLetter]) -> Result<RecordBatch> {
    let contract = contract::contract("dead_letter")?;
    let n = letters.len();
    let mut user = StringBuilder::with_capacity(n, n * user_id.len());
    let mut id = StringBuilder::new();
    let mut stage = StringBuilder::new();
    let mut account = StringBuilder::new();
    let mut source_ref = StringBuilder::new();
    let mut email_id = StringBuilder::new();
    let mut kind = StringBuilder::new();
    let mut error = StringBuilder::new();
    let mut size = Int64Builder::with_capacity(n);
    let mut sample = BinaryBuilder::new();
    for l in letters {
        user.append_value(user_id);
        id.append_value(ids::key_hex(l.key()));
        stage.append_value(l.stage);
        account.append_value(&l.account);
        source_ref.append_value(&l.source_ref);
        email_id.append_option(l.email_id.as_deref());
        kind.append_value(l.kind.as_str());
        error.append_value(&l.error);
        size.append_value(i64::try_from(l.size_bytes).unwrap_or(i64::MAX));
        if l.sample.is_empty() {
            sample.append_null();
        } else {
            sample.append_value(&l.sample[..l.sample.len().min(SAMPLE_BYTES)]);
        }
    }
    RecordBatch::try_new(
        contract.schema(),
        vec![
            Arc::new(user.finish()),
            Arc::new(id.finish()),
            Arc::new(stage.finish()),
            Arc::new(account.finish()),
            Arc::new(source_ref.finish()),
            Arc::new(email_id.finish()),
            Arc::new(kind.finish()),
            Arc::new(error.finish()),
            Arc::new(size.finish()),
            Arc::new(sample.finish()),
        ],
    )
    .map_err(|e| StageError::arrow("dead_letter", e))
}
