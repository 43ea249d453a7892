//! `llm_cache`: every answer an LLM gave, keyed by the prompt's content hash,
//! the prompt version and the model, so the same prompt is never paid for
//! twice: a rerun, a full reprocess after retraining, or the same message in
//! a second account finds its answer here. A changed prompt version or model
//! is a different key, so it asks again.
//!
//! The table is written by the `int_emails_llm` stage: each run that got new
//! answers adds one file to the stage's manifest; beyond a few files they are
//! merged into one. Only answers are cached (valid or not, they are checked
//! again on every use); a request that got no answer (budget, server down) is
//! not, so the next run asks.

use std::collections::HashMap;
use std::sync::Arc;

use arrow::array::{Int64Builder, RecordBatch, StringBuilder, TimestampMicrosecondBuilder};
use chrono::{DateTime, Utc};

use crate::columns::Columns;
use crate::context::RunContext;
use crate::contract;
use crate::error::{Result, StageError};
use crate::storage::FileEntry;

/// The table name.
pub const TABLE: &str = "llm_cache";
/// Cache files kept before they are merged into one.
const MAX_FILES: usize = 8;

/// The key of one cached answer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub content_hash: String,
    pub prompt_version: String,
    pub model: String,
}

/// One cached answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub answer: String,
    pub attempts: i64,
    pub prompt_tokens: i64,
    pub completion_tokens: i64,
    pub answered_at: DateTime<Utc>,
}

/// The cache of one user, in memory for one run.
#[derive(Debug, Default)]
pub struct Cache {
    entries: HashMap<Key, Entry>,
    new: Vec<Key>,
}

impl Cache {
    /// Reads the committed cache files.
    pub async fn load(ctx: &RunContext, files: &[FileEntry]) -> Result<Self> {
        let mut cache = Cache::default();
        for f in files {
            for batch in ctx.root.read_file(TABLE, &f.path, &[], 8192).await? {
                let cols = Columns::new(TABLE, &batch);
                let (hash, version, model, answer) = (
                    cols.utf8("content_hash")?,
                    cols.utf8("prompt_version")?,
                    cols.utf8("model")?,
                    cols.utf8("answer")?,
                );
                let (attempts, tin, tout) = (
                    cols.int64("attempts")?,
                    cols.int64("prompt_tokens")?,
                    cols.int64("completion_tokens")?,
                );
                let at = cols.timestamp("answered_at")?;
                for i in 0..batch.num_rows() {
                    cache.entries.insert(
                        Key {
                            content_hash: hash.value(i).to_string(),
                            prompt_version: version.value(i).to_string(),
                            model: model.value(i).to_string(),
                        },
                        Entry {
                            answer: answer.value(i).to_string(),
                            attempts: attempts.value(i),
                            prompt_tokens: tin.value(i),
                            completion_tokens: tout.value(i),
                            answered_at: DateTime::from_timestamp_micros(at.value(i))
                                .unwrap_or_default(),
                        },
                    );
                }
            }
        }
        Ok(cache)
    }

    pub fn get(&self, key: &Key) -> Option<&Entry> {
        self.entries.get(key)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Adds an answer received in this run.
    pub fn insert(&mut self, key: Key, entry: Entry) {
        if self.entries.insert(key.clone(), entry).is_none() {
            self.new.push(key);
        }
    }

    /// Answers received in this run.
    pub fn new_entries(&self) -> usize {
        self.new.len()
    }

    fn batch(&self, user_id: &str, keys: &[&Key]) -> Result<RecordBatch> {
        let mut user = StringBuilder::new();
        let mut hash = StringBuilder::new();
        let mut version = StringBuilder::new();
        let mut model = StringBuilder::new();
        let mut answer = StringBuilder::new();
        let mut attempts = Int64Builder::new();
        let mut tin = Int64Builder::new();
        let mut tout = Int64Builder::new();
        let mut at = TimestampMicrosecondBuilder::new();
        for k in keys {
            let Some(e) = self.entries.get(k) else {
                continue;
            };
            user.append_value(user_id);
            hash.append_value(&k.content_hash);
            version.append_value(&k.prompt_version);
            model.append_value(&k.model);
            answer.append_value(&e.answer);
            attempts.append_value(e.attempts);
            tin.append_value(e.prompt_tokens);
            tout.append_value(e.completion_tokens);
            at.append_value(e.answered_at.timestamp_micros());
        }
        RecordBatch::try_new(
            contract::contract(TABLE)?.schema(),
            vec![
                Arc::new(user.finish()),
                Arc::new(hash.finish()),
                Arc::new(version.finish()),
                Arc::new(model.finish()),
                Arc::new(answer.finish()),
                Arc::new(attempts.finish()),
                Arc::new(tin.finish()),
                Arc::new(tout.finish()),
                Arc::new(at.finish().with_timezone("UTC")),
            ],
        )
        .map_err(|e| StageError::arrow(TABLE, e))
    }

    /// Writes what this run added and returns the cache's files from now on:
    /// `committed` plus one new file, or everything merged into one file when
    /// there would be more than a few.
    pub async fn write(
        &self,
        ctx: &RunContext,
        stage: &str,
        committed: &[FileEntry],
    ) -> Result<Vec<FileEntry>> {
        if self.new.is_empty() {
            return Ok(committed.to_vec());
        }
        let contract = contract::contract(TABLE)?;
        if committed.len() + 1 > MAX_FILES {
            let mut keys: Vec<&Key> = self.entries.keys().collect();
            keys.sort();
            let batch = self.batch(&ctx.user_id, &keys)?;
            let entry = ctx
                .root
                .write_file(contract, stage, &ctx.user_id, &[batch])
                .await?;
            return Ok(vec![entry]);
        }
        let keys: Vec<&Key> = self.new.iter().collect();
        let batch = self.batch(&ctx.user_id, &keys)?;
        let entry = ctx
            .root
            .write_file(contract, stage, &ctx.user_id, &[batch])
            .await?;
        let mut files = committed.to_vec();
        files.push(entry);
        Ok(files)
    }
}
