//! Committing one ingest checkpoint, on the writer thread: the raw and
//! dead-letter files and the cursor in one commit of `raw_messages`, and,
//! while ingest normalizes what it writes, the checkpoint's rows parsed on
//! the worker threads (as the raw file is encoded) and handed to
//! `stg_emails` in a commit of its own after the raw one.

use std::collections::BTreeMap;

use arrow::array::RecordBatch;

use super::TABLE;
use crate::context::RunContext;
use crate::contract;
use crate::dead_letter::{self, DeadLetter};
use crate::error::Result;
use crate::normalize;
use crate::stage::StageReport;
use crate::storage::Manifest;

/// A checkpoint being encoded and committed on its own thread.
pub(super) type Writer = std::thread::JoinHandle<Result<Checkpointed>>;

/// What a checkpoint's writer hands back.
pub(super) struct Checkpointed {
    pub(super) manifest: Manifest,
    /// `stg_emails`' manifest, while ingest normalizes what it writes.
    pub(super) stg: Option<Manifest>,
    pub(super) files: u64,
    /// The normalizing of the checkpoint's rows, when it was done.
    pub(super) normalized: StageReport,
}

/// Writes one checkpoint's files and commits them with the manifest; then,
/// with `stg_emails`' manifest, normalizes its rows and commits them there.
pub(super) async fn write_checkpoint(
    ctx: &RunContext,
    mut manifest: Manifest,
    mut stg: Option<Manifest>,
    batch: RecordBatch,
    dead: Vec<DeadLetter>,
    cursor: BTreeMap<String, Option<String>>,
) -> Result<Checkpointed> {
    let user = &ctx.user_id;
    // The rows are parsed on the worker threads while this one encodes
    // and stores the raw file.
    let parsing = async {
        if stg.is_some() && batch.num_rows() > 0 {
            Some(normalize::transform_in_parallel(user, &batch).await)
        } else {
            None
        }
    };
    let (parsed, written) =
        tokio::join!(parsing, write_raw(ctx, &mut manifest, &batch, dead, cursor));
    let (files, written) = written?;
    let mut normalized = StageReport::default();
    if let (Some(path), Some(stg_manifest), Some(parsed)) = (written, stg.as_mut(), parsed) {
        // The raw file is committed: a failure here loses nothing, the
        // file stays for normalize's own run, which also takes the rest.
        let done = async {
            normalize::STAGE
                .take(ctx, stg_manifest, path, parsed?)
                .await
        };
        match done.await {
            Ok(report) => normalized = report,
            Err(e) => {
                tracing::warn!(error = %e, "Could not normalize a checkpoint as it was written; normalize's own run will.");
                normalized
                    .warnings
                    .push(format!("normalizing while ingesting stopped: {e}"));
                stg = None;
            }
        }
    }
    Ok(Checkpointed {
        manifest,
        stg,
        files,
        normalized,
    })
}

/// Writes a checkpoint's raw and dead-letter files and commits them with
/// the cursor; the number of files and the raw file's path.
async fn write_raw(
    ctx: &RunContext,
    manifest: &mut Manifest,
    batch: &RecordBatch,
    dead: Vec<DeadLetter>,
    cursor: BTreeMap<String, Option<String>>,
) -> Result<(u64, Option<String>)> {
    let user = &ctx.user_id;
    let mut files = 0;
    let mut written = None;
    if batch.num_rows() > 0 {
        let entry = ctx
            .root
            .write_file(
                contract::contract(TABLE)?,
                TABLE,
                user,
                std::slice::from_ref(batch),
            )
            .await?;
        written = Some(entry.path.clone());
        manifest
            .outputs
            .entry(TABLE.into())
            .or_default()
            .push(entry);
        files += 1;
    }
    if !dead.is_empty() {
        let batch = dead_letter::to_batch(user, &dead)?;
        let entry = ctx
            .root
            .write_file(contract::contract("dead_letter")?, TABLE, user, &[batch])
            .await?;
        manifest
            .outputs
            .entry("dead_letter".into())
            .or_default()
            .push(entry);
        files += 1;
    }
    for (key, value) in cursor {
        match value {
            Some(v) => manifest.checkpoints.insert(key, v),
            None => manifest.checkpoints.remove(&key),
        };
    }
    ctx.root.commit(manifest).await?;
    tracing::debug!(
        version = manifest.version,
        "Committed an ingest checkpoint."
    );
    Ok((files, written))
}
