//! `[storage] keep-bodies`: whether the mail's bodies stay in the lake once
//! the stages that need them are done. The `keep_bodies` step runs after
//! classification and the LLM tail, before the SQL models.
//!
//! - **Inputs**: the committed files of `raw_messages` and `dead_letter`
//!   (mode `text` and `none`) and of `stg_emails` (mode `none`).
//! - **Output**: the same files, written again as new files that replace
//!   the old ones in their stage's commit: `raw` emptied and the dead
//!   letters' `sample` cleared (`text`), and also `body_text` and `snippet`
//!   emptied (`none`). Headers, extracted fields, links and hashes stay.
//!   Only files the next stage has consumed are rewritten (`stg_emails` made
//!   from the raw file; classification from the staged one), so nothing is
//!   dropped before it was used; a staged file with an email the LLM stage
//!   will ask about again (no answer yet: its budget ran out, the server
//!   failed) keeps its text until it has. The owner stage remembers each
//!   file's new name ([`crate::storage::Manifest::replace`]), so the stage
//!   that consumed the old file does not take the new one for new input.
//!   The old files are deleted once the commits are made: earlier versions
//!   of the tables lose those bodies too.
//! - **Grain**: one rewrite per data file and mode, remembered in the step's
//!   own state (`consumed` holds `text:<file>` / `none:<file>`, in the
//!   `_stages` table's log), so a rerun rewrites nothing twice and a changed
//!   setting applies to the mail already stored on the next run. A crash
//!   before the commits leaves the old files in place and the rerun does
//!   the work again.
//!
//! Once bodies are gone they cannot be parsed or classified again: the
//! input manifest then carries the checkpoint [`BODIES_DROPPED`], and
//! [`crate::incremental::FileStage`] keeps the rows made before instead of
//! reprocessing them when its logic changes. Setting `full` again keeps
//! only new mail whole.

use std::collections::HashSet;
use std::sync::Arc;

use arrow::array::{ArrayRef, BinaryArray, RecordBatch, StringArray, new_null_array};
use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::columns::Columns;
use crate::context::RunContext;
use crate::contract;
use crate::error::{Result, StageError};
use crate::stage::{Stage, StageReport};
use crate::storage::{FileEntry, Manifest};

/// The step's name (and its manifest's).
pub const STAGE: &str = "keep_bodies";

/// The checkpoint, on the manifest of a table whose bodies were dropped,
/// naming the mode that dropped them.
pub const BODIES_DROPPED: &str = "bodies_dropped";

/// What stays of a message once it is processed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KeepBodies {
    /// Everything: the raw bytes and the text.
    #[default]
    Full,
    /// The parsed text, not the raw bytes.
    Text,
    /// Neither: headers, extracted fields, links and hashes only.
    None,
}

impl KeepBodies {
    fn name(self) -> &'static str {
        match self {
            Self::Full => "full",
            Self::Text => "text",
            Self::None => "none",
        }
    }
}

/// The `keep_bodies` step.
#[derive(Debug, Clone, Copy)]
pub struct DropBodies {
    pub keep: KeepBodies,
}

/// One table's files to strip: which stage must have consumed a file
/// first, and the mode from which on its body columns go. Every manifest
/// that lists files of the table is looked at (the dead letters are
/// written beside several stages' tables).
struct Target {
    table: &'static str,
    consumer: Option<&'static str>,
    mode: KeepBodies,
}

const TARGETS: &[Target] = &[
    Target {
        table: "raw_messages",
        consumer: Some("stg_emails"),
        mode: KeepBodies::Text,
    },
    Target {
        table: "dead_letter",
        consumer: None,
        mode: KeepBodies::Text,
    },
    Target {
        table: "stg_emails",
        consumer: Some("int_emails_classified"),
        mode: KeepBodies::None,
    },
];

#[async_trait]
impl Stage for DropBodies {
    fn name(&self) -> &'static str {
        STAGE
    }

    async fn run(&self, ctx: &RunContext) -> Result<StageReport> {
        let mut report = StageReport::default();
        if self.keep == KeepBodies::Full || ctx.dry_run {
            return Ok(report);
        }
        let mut manifests = ctx.root.manifests(&ctx.user_id).await?;
        let mut mine = ctx.root.manifest(STAGE, &ctx.user_id).await?;
        // Whether `stage` consumed the file of `owner` now named `path`,
        // under this name or one it had before a rewrite.
        let consumed = |stage: &str, owner: &Manifest, manifests: &[Manifest], path: &str| {
            manifests.iter().any(|m| {
                m.stage == stage
                    && (m.consumed.contains(path)
                        || m.consumed.iter().any(|c| owner.current_name(c) == path))
            })
        };
        let awaited = if self.keep == KeepBodies::None {
            awaiting_llm(ctx).await?
        } else {
            HashSet::new()
        };
        let mut changed: Vec<usize> = Vec::new();
        let mut replaced: Vec<String> = Vec::new();
        for target in TARGETS {
            // `none` drops what `text` drops too.
            if self.keep == KeepBodies::Text && target.mode == KeepBodies::None {
                continue;
            }
            for i in 0..manifests.len() {
                let mut stripped = false;
                let files = manifests[i].files(target.table).to_vec();
                for file in &files {
                    let done = format!("{}:{}", target.mode.name(), file.path);
                    let used = target
                        .consumer
                        .is_none_or(|c| consumed(c, &manifests[i], &manifests, &file.path));
                    if !used || mine.consumed.contains(&done) {
                        continue;
                    }
                    if target.table == "stg_emails" && holds(ctx, &file.path, &awaited).await? {
                        continue;
                    }
                    let stripped_file = strip_file(ctx, target.table, &file.path).await?;
                    mine.consumed
                        .insert(format!("{}:{}", target.mode.name(), stripped_file.path));
                    manifests[i].replace(target.table, &file.path, stripped_file);
                    replaced.push(file.path.clone());
                    report.rows_in += file.rows;
                    report.files_written += 1;
                    mine.consumed.insert(done);
                    stripped = true;
                }
                if stripped {
                    // The stage's own table can no longer be remade.
                    if manifests[i].stage == target.table {
                        manifests[i]
                            .checkpoints
                            .insert(BODIES_DROPPED.into(), target.mode.name().into());
                    }
                    changed.push(i);
                }
            }
        }
        if report.files_written == 0 {
            return Ok(report);
        }
        changed.sort_unstable();
        changed.dedup();
        for i in changed {
            ctx.root.commit(&mut manifests[i]).await?;
        }
        ctx.root.commit(&mut mine).await?;
        // What was dropped is gone now, not when `maintain` would vacuum
        // it: earlier versions of the tables no longer have those bodies.
        for rel in replaced {
            ctx.root.delete(&rel).await?;
        }
        report.detail("rows_stripped", report.rows_in);
        Ok(report)
    }
}

/// The emails the LLM stage got no answer about (its budget ran out, the
/// server failed) and asks about again on the next run: their text stays
/// until it has.
async fn awaiting_llm(ctx: &RunContext) -> Result<HashSet<String>> {
    const TABLE: &str = "int_emails_llm";
    let mut out = HashSet::new();
    for file in ctx.root.table_files(TABLE, Some(&ctx.user_id)).await? {
        let columns = ["email_id", "status"];
        for batch in ctx
            .root
            .read_file(TABLE, &file.path, &columns, 8192)
            .await?
        {
            let cols = Columns::new(TABLE, &batch);
            let (ids, status) = (cols.utf8("email_id")?, cols.utf8("status")?);
            for i in 0..batch.num_rows() {
                if matches!(status.value(i), "budget" | "failed") {
                    out.insert(ids.value(i).to_string());
                }
            }
        }
    }
    Ok(out)
}

/// Whether a file of `stg_emails` holds one of `emails`.
async fn holds(ctx: &RunContext, rel: &str, emails: &HashSet<String>) -> Result<bool> {
    if emails.is_empty() {
        return Ok(false);
    }
    for batch in ctx
        .root
        .read_file("stg_emails", rel, &["email_id"], 8192)
        .await?
    {
        let ids = Columns::new("stg_emails", &batch).utf8("email_id")?;
        if ids.iter().flatten().any(|id| emails.contains(id)) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Writes one file of `table` again with its body columns emptied;
/// returns the new file, to commit in place of the old.
async fn strip_file(ctx: &RunContext, table: &str, rel: &str) -> Result<FileEntry> {
    let contract = contract::contract(table)?;
    let batches = ctx.root.read_file(table, rel, &[], 8192).await?;
    let bad = |reason: String| StageError::DataFile {
        table: table.to_string(),
        path: ctx.root.url(rel),
        reason,
    };
    let mut out = Vec::with_capacity(batches.len());
    for batch in batches {
        let n = batch.num_rows();
        let schema = batch.schema();
        let mut columns: Vec<ArrayRef> = batch.columns().to_vec();
        for (i, field) in schema.fields().iter().enumerate() {
            let emptied: Option<ArrayRef> = match (table, field.name().as_str()) {
                ("raw_messages", "raw") => Some(Arc::new(BinaryArray::from_iter_values(
                    std::iter::repeat_n(b"", n),
                ))),
                ("dead_letter", "sample") => Some(new_null_array(field.data_type(), n)),
                ("stg_emails", "body_text" | "snippet") => Some(Arc::new(
                    StringArray::from_iter_values(std::iter::repeat_n("", n)),
                )),
                _ => None,
            };
            if let Some(col) = emptied {
                columns[i] = col;
            }
        }
        out.push(RecordBatch::try_new(schema, columns).map_err(|e| bad(e.to_string()))?);
    }
    ctx.root.replace_file(contract, rel, &out).await
}
