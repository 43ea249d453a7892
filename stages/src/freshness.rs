//! Skipping work that would come out the same: a nightly run where nothing
//! new arrived must cost what is new, not what is stored.
//!
//! A stage that names what its output is made from ([`Stage::fingerprint`]:
//! its code and settings) is run only when that, or the files committed to
//! one of its input tables for the run's user, changed since it last ran, or
//! when its own output was changed or removed since ([`Stage::output`]), or
//! when the time its output was good until has passed
//! ([`crate::stage::StageReport::valid_until`]: an application turns stalled
//! with no new mail). What it was made from is kept per user and stage in
//! `_state/fresh/user_id=<user>/<stage>.json` after the stage succeeds.
//! A table with no files of its own (the warehouse, which the dashboard
//! reads) is known by that record. Stages that read the outside world
//! (ingest) or keep their own bookkeeping of consumed input files
//! (normalize, classify) have no fingerprint and always run; they commit
//! nothing when nothing is new, so the stages after them see no change. The
//! LLM stage has one while `[llm]` is on, and asks for the next run when
//! requests went unanswered (its `valid_until` is long past).
//!
//! The running binary (its size and time) is part of every key, so a new
//! build, whose code may make different outputs, runs every stage once.
//!
//! Losing a record, or a crash between a stage's commit and its record,
//! only makes the next run do the stage again: the stages are idempotent.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::context::RunContext;
use crate::error::Result;
use crate::stage::{Stage, StageReport};
use crate::storage::{Bytes, files_digest, local_stamp};

/// The status of a stage a run skipped, in the run report.
pub const SKIPPED: &str = "skipped";

/// What a stage did in a run: ran, or was skipped because its output was
/// still what its inputs make.
#[derive(Debug, Clone, PartialEq)]
pub enum Ran {
    Ran(StageReport),
    Skipped,
}

/// What a stage's output was made from, as a stage last recorded it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Record {
    /// The digest of the stage's fingerprint and its inputs' files.
    key: String,
    /// The stage's output right after it made it.
    output: String,
    /// When it stops being right without new input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    until: Option<DateTime<Utc>>,
    /// The run that made it.
    run_id: String,
}

fn record_path(user_id: &str, stage: &str) -> String {
    format!("_state/fresh/user_id={user_id}/{stage}.json")
}

async fn read_record(ctx: &RunContext, stage: &str) -> Result<Option<Record>> {
    let path = record_path(&ctx.user_id, stage);
    Ok(match ctx.root.get(&path).await? {
        None => None,
        Some(bytes) => match serde_json::from_slice(&bytes) {
            Ok(record) => Some(record),
            Err(e) => {
                tracing::warn!(file = %ctx.root.url(&path), error = %e,
                    "Unreadable freshness record; the stage runs again.");
                None
            }
        },
    })
}

/// The digest of what `stage` would make its output from now, for the
/// run's user; None when the stage has no fingerprint (it always runs).
pub async fn key(ctx: &RunContext, stage: &dyn Stage) -> Result<Option<String>> {
    let Some(fingerprint) = stage.fingerprint(ctx).await? else {
        return Ok(None);
    };
    let mut hash = Sha256::new();
    for part in [build_stamp(), stage.name(), fingerprint.as_str()] {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    for input in stage.inputs() {
        hash.update(input.as_bytes());
        hash.update([0]);
        let files = ctx.root.table_files(input, Some(&ctx.user_id)).await?;
        hash.update(files_digest(&files).as_bytes());
        if let Some(record) = read_record(ctx, input).await? {
            hash.update(record.key.as_bytes());
        }
        hash.update([0]);
    }
    Ok(Some(hex::encode(hash.finalize())))
}

/// The running executable's size and modification time, once per process;
/// empty where it cannot be read.
fn build_stamp() -> &'static str {
    static STAMP: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    STAMP.get_or_init(|| {
        std::env::current_exe()
            .ok()
            .and_then(|exe| local_stamp(&exe))
            .unwrap_or_default()
    })
}

/// Runs `stage`, unless what it made last is still what it would make now
/// (see the module's text), then records what it made its output from.
/// A dry run records nothing.
pub async fn run_unless_fresh(ctx: &RunContext, stage: &dyn Stage) -> Result<Ran> {
    let key = key(ctx, stage).await?;
    if let Some(key) = &key
        && is_fresh(ctx, stage, key).await?
    {
        return Ok(Ran::Skipped);
    }
    let report = stage.run(ctx).await?;
    if let Some(key) = key
        && !ctx.dry_run
    {
        match stage.output(ctx).await? {
            Some(output) => {
                let record = Record {
                    key,
                    output,
                    until: report.valid_until,
                    run_id: ctx.run_id.clone(),
                };
                let bytes = serde_json::to_vec_pretty(&record).unwrap_or_default();
                ctx.root
                    .put(&record_path(&ctx.user_id, stage.name()), Bytes::from(bytes))
                    .await?;
            }
            None => {
                ctx.root
                    .delete(&record_path(&ctx.user_id, stage.name()))
                    .await?;
            }
        }
    }
    Ok(Ran::Ran(report))
}

/// Whether `stage`'s record says its output was made from `key`, is still
/// in time, and is still what the stage made.
async fn is_fresh(ctx: &RunContext, stage: &dyn Stage, key: &str) -> Result<bool> {
    let Some(record) = read_record(ctx, stage.name()).await? else {
        return Ok(false);
    };
    if record.key != key || record.until.is_some_and(|until| ctx.clock.now() >= until) {
        return Ok(false);
    }
    Ok(stage.output(ctx).await?.as_deref() == Some(record.output.as_str()))
}
