//! Forgetting on request: [`purge`] deletes a user's mail, or the mail of
//! one account or from before a date, and everything derived from it.
//!
//! - **A whole user** (`Scope` with no account and no date): every object
//!   under the root whose path has the partition `user_id=<user>` goes:
//!   every table's files (first removed from the tables' Delta logs), every
//!   stage's state (with the ingest checkpoints), the corrections, the LLM
//!   cache, the nudge and export state. The user's OAuth grants (`_secrets/`) and the lease this purge
//!   holds (`_locks/`) stay: they hold no mail. Nothing is remembered, so a
//!   later run imports again whatever the configuration still lists.
//! - **Part of a user's mail** (`--account`, `--before`): the emails that
//!   match are found in `raw_messages` (the date is the parsed `received_at`,
//!   else the mailbox's own date). Every file of a file-by-file table
//!   (`raw_messages`, `stg_emails`, `int_emails_classified`,
//!   `int_emails_llm`, `dead_letter`, `int_corrections`, and `llm_cache` by
//!   the emails' prompt hashes) is written again without their rows as a
//!   new file, committed in place of the old one (which is deleted at once:
//!   earlier versions of the table lose it); the owner stage remembers the
//!   new name, so the stages that consumed the old file know it. The SQL
//!   stages' tables are emptied and their files deleted, so the next run
//!   rebuilds them from what is left. Corrections naming a purged email, or an application
//!   left with no email, are dropped from the corrections file. The purged
//!   ids (one-way hashes, no Message-ID) are kept in
//!   `_state/purged/user_id=<user>/email_ids.txt`, and ingest skips them, so
//!   the mail is not imported again from a mailbox that still has it.
//!
//! The warehouse and dashboard are rebuilt by the run the command starts
//! afterwards (they hold every user's marts). Rewrites replace whole
//! objects in one step each; a purge killed midway is finished by running
//! it again, which finds nothing more to do for what it already removed.

use std::collections::{BTreeMap, HashSet};

use arrow::array::{Array, BooleanArray, RecordBatch};
use bytes::Bytes;
use chrono::{DateTime, Utc};

use crate::columns::Columns;
use crate::error::{Result, StageError};
use crate::storage::{DataRoot, FileEntry, Manifest, check_user_id};
use crate::tables::{self, Made};
use crate::{contract, ids, resolve};

/// What to forget.
#[derive(Debug, Clone)]
pub struct Scope {
    pub user_id: String,
    /// Only this configured account's mail.
    pub account: Option<String>,
    /// Only mail dated before this instant.
    pub before: Option<DateTime<Utc>>,
}

impl Scope {
    fn whole_user(&self) -> bool {
        self.account.is_none() && self.before.is_none()
    }
}

/// What a purge removed, for the command to print.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Purged {
    /// Emails forgotten (raw messages and dead letters of them).
    pub emails: u64,
    /// Rows removed per table, from the rewritten tables.
    pub rows: BTreeMap<String, u64>,
    /// Objects deleted (data files, manifests, state files).
    pub deleted: Vec<String>,
    /// Data files rewritten without the purged rows.
    pub rewritten: u64,
    /// Corrections dropped from the corrections file.
    pub corrections: u64,
    /// Emails of the account kept because `--before` was given and their
    /// date is unknown.
    pub undated_kept: u64,
}

/// Where the ids of purged emails are kept, for ingest to skip.
pub fn forgotten_path(user_id: &str) -> String {
    format!("_state/purged/user_id={user_id}/email_ids.txt")
}

/// The email ids purged earlier for `user_id` (ingest treats them as seen).
pub async fn forgotten(root: &DataRoot, user_id: &str) -> Result<HashSet<u128>> {
    let Some(bytes) = root.get(&forgotten_path(user_id)).await? else {
        return Ok(HashSet::new());
    };
    Ok(String::from_utf8_lossy(&bytes)
        .lines()
        .filter_map(|l| ids::parse_key(l.trim()))
        .collect())
}

/// Forgets what `scope` names. The caller holds the user's lease.
pub async fn purge(root: &DataRoot, scope: &Scope) -> Result<Purged> {
    check_user_id(&scope.user_id)?;
    if scope.whole_user() {
        return purge_user(root, &scope.user_id).await;
    }
    let manifests = root.manifests(&scope.user_id).await?;
    let (emails, undated_kept) = matching_emails(root, &manifests, scope).await?;
    let mut out = Purged {
        emails: emails.len() as u64,
        undated_kept,
        ..Purged::default()
    };
    let hashes = column_of(root, &manifests, "int_emails_llm", "content_hash", &emails).await?;
    let (dead_apps, corrections) = drop_corrections(root, &manifests, scope, &emails).await?;
    out.corrections = corrections;
    forget_nudges(root, &scope.user_id, &dead_apps).await?;
    for mut manifest in manifests {
        // The corrections table is rebuilt from the file just rewritten.
        let rebuilt = manifest.stage == "int_corrections"
            || tables::table(&manifest.stage).is_some_and(|t| matches!(t.made, Made::Sql(_)));
        if rebuilt {
            reset_stage(root, &manifest, &mut out).await?;
            continue;
        }
        let mut replaced: Vec<String> = Vec::new();
        let tables: Vec<String> = manifest.outputs.keys().cloned().collect();
        for table in tables {
            let keep = Keep {
                emails: &emails,
                hashes: &hashes,
                account: scope.account.as_deref().filter(|_| scope.before.is_none()),
            };
            for file in manifest.files(&table).to_vec() {
                let rewritten = rewrite_file(root, &table, &file.path, &keep).await?;
                if let Some((removed, new)) = rewritten {
                    *out.rows.entry(table.clone()).or_default() += removed;
                    out.rewritten += 1;
                    manifest.replace(&table, &file.path, new);
                    replaced.push(file.path.clone());
                }
            }
        }
        if !replaced.is_empty() {
            root.commit(&mut manifest).await?;
            // The old files held the purged mail: they go now, not when
            // `maintain` would vacuum them.
            for rel in replaced {
                root.delete(&rel).await?;
                out.deleted.push(rel);
            }
        }
    }
    remember(root, &scope.user_id, &emails).await?;
    Ok(out)
}

/// Deletes every object of the user's partitions but the grants and locks.
async fn purge_user(root: &DataRoot, user_id: &str) -> Result<Purged> {
    let mut out = Purged::default();
    let dir = format!("user_id={user_id}");
    let file = format!("user_id={user_id}.json");
    let raw_rows: u64 = root
        .manifest("raw_messages", user_id)
        .await?
        .rows("raw_messages");
    out.emails = raw_rows;
    // The tables' logs first, so no version that stays names a file about
    // to go; then every object of the user's partitions.
    root.forget_user(user_id, &[crate::retention::STAGE])
        .await?;
    for rel in root.list("").await? {
        if rel.starts_with("_secrets/") || rel.starts_with("_locks/") {
            continue;
        }
        let ours = rel.split('/').any(|part| part == dir || part == file);
        if ours {
            root.delete(&rel).await?;
            out.deleted.push(rel);
        }
    }
    Ok(out)
}

/// The ids of the emails `scope` names, and how many of the account's were
/// kept for want of a date.
async fn matching_emails(
    root: &DataRoot,
    manifests: &[Manifest],
    scope: &Scope,
) -> Result<(HashSet<String>, u64)> {
    let received = match scope.before {
        Some(_) => dates(root, manifests, "stg_emails", "received_at").await?,
        None => BTreeMap::new(),
    };
    let mut out = HashSet::new();
    let mut undated = 0;
    for file in files_of(manifests, "raw_messages") {
        let batches = root
            .read_file(
                "raw_messages",
                &file,
                &["email_id", "account", "envelope_date"],
                8192,
            )
            .await?;
        for batch in &batches {
            let cols = Columns::new("raw_messages", batch);
            let ids = cols.utf8("email_id")?;
            let accounts = cols.utf8("account")?;
            let envelope = cols.timestamp("envelope_date")?;
            for i in 0..batch.num_rows() {
                let id = ids.value(i);
                if scope
                    .account
                    .as_deref()
                    .is_some_and(|a| a != accounts.value(i))
                {
                    continue;
                }
                if let Some(before) = scope.before {
                    let date = received
                        .get(id)
                        .copied()
                        .or_else(|| (!envelope.is_null(i)).then(|| envelope.value(i)));
                    match date.and_then(DateTime::<Utc>::from_timestamp_micros) {
                        Some(d) if d < before => {}
                        Some(_) => continue,
                        None => {
                            undated += 1;
                            continue;
                        }
                    }
                }
                out.insert(id.to_string());
            }
        }
    }
    Ok((out, undated))
}

/// `column` (a timestamp) of `table` by email id, where it is set.
async fn dates(
    root: &DataRoot,
    manifests: &[Manifest],
    table: &str,
    column: &str,
) -> Result<BTreeMap<String, i64>> {
    let mut out = BTreeMap::new();
    for file in files_of(manifests, table) {
        for batch in root
            .read_file(table, &file, &["email_id", column], 8192)
            .await?
        {
            let cols = Columns::new(table, &batch);
            let (ids, ts) = (cols.utf8("email_id")?, cols.timestamp(column)?);
            for i in 0..batch.num_rows() {
                if !ts.is_null(i) {
                    out.insert(ids.value(i).to_string(), ts.value(i));
                }
            }
        }
    }
    Ok(out)
}

/// The values of `column` of `table` on the rows of `emails`.
async fn column_of(
    root: &DataRoot,
    manifests: &[Manifest],
    table: &str,
    column: &str,
    emails: &HashSet<String>,
) -> Result<HashSet<String>> {
    let mut out = HashSet::new();
    for file in files_of(manifests, table) {
        for batch in root
            .read_file(table, &file, &["email_id", column], 8192)
            .await?
        {
            let cols = Columns::new(table, &batch);
            let (ids, values) = (cols.utf8("email_id")?, cols.utf8(column)?);
            for i in 0..batch.num_rows() {
                if !values.is_null(i) && emails.contains(ids.value(i)) {
                    out.insert(values.value(i).to_string());
                }
            }
        }
    }
    Ok(out)
}

/// The applications of `emails` that keep no other email, and how many
/// corrections were dropped from the user's corrections file: those naming
/// a purged email or such an application.
async fn drop_corrections(
    root: &DataRoot,
    manifests: &[Manifest],
    scope: &Scope,
    emails: &HashSet<String>,
) -> Result<(HashSet<String>, u64)> {
    let table = "int_application_emails";
    let mut touched = HashSet::new();
    let mut kept = HashSet::new();
    for file in files_of(manifests, table) {
        for batch in root
            .read_file(table, &file, &["email_id", "application_id"], 8192)
            .await?
        {
            let cols = Columns::new(table, &batch);
            let (ids, apps) = (cols.utf8("email_id")?, cols.utf8("application_id")?);
            for i in 0..batch.num_rows() {
                let app = apps.value(i).to_string();
                if emails.contains(ids.value(i)) {
                    touched.insert(app);
                } else {
                    kept.insert(app);
                }
            }
        }
    }
    let dead: HashSet<String> = touched.difference(&kept).cloned().collect();
    let path = resolve::corrections::file_path(&scope.user_id);
    let Some(bytes) = root.get(&path).await? else {
        return Ok((dead, 0));
    };
    let text = String::from_utf8_lossy(&bytes);
    let mut dropped = 0;
    let mut left = String::new();
    for line in text.lines() {
        let parsed: Option<resolve::corrections::Correction> = serde_json::from_str(line).ok();
        let gone = parsed.is_some_and(|c| {
            let named = |id: &Option<String>, set: &HashSet<String>| {
                id.as_ref().is_some_and(|i| set.contains(i))
            };
            named(&c.email_id, emails)
                || c.email_ids.iter().any(|e| emails.contains(e))
                || named(&c.application_id, &dead)
                || named(&c.into, &dead)
        });
        if gone {
            dropped += 1;
        } else {
            left.push_str(line);
            left.push('\n');
        }
    }
    if dropped > 0 {
        root.put(&path, Bytes::from(left)).await?;
    }
    Ok((dead, dropped))
}

/// Which rows of a rewritten file go.
struct Keep<'a> {
    emails: &'a HashSet<String>,
    /// LLM prompt hashes of the purged emails (`llm_cache`).
    hashes: &'a HashSet<String>,
    /// With `--account` alone: dead letters of that account that name no
    /// email (a broken mailbox chunk) go too.
    account: Option<&'a str>,
}

impl Keep<'_> {
    /// The rows of `batch` (of `table`) that stay.
    fn mask(&self, table: &str, batch: &RecordBatch) -> Result<BooleanArray> {
        let by = |column: &str, set: &HashSet<String>| -> Result<BooleanArray> {
            let col = Columns::new(table, batch).utf8(column)?;
            Ok(col
                .iter()
                .map(|v| Some(!v.is_some_and(|v| set.contains(v))))
                .collect())
        };
        if table == "llm_cache" {
            return by("content_hash", self.hashes);
        }
        let mut mask = by("email_id", self.emails)?;
        if let (Some(account), Some(_)) = (self.account, batch.column_by_name("account")) {
            let cols = Columns::new(table, batch);
            let (accounts, ids) = (cols.utf8("account")?, cols.utf8("email_id")?);
            mask = mask
                .iter()
                .enumerate()
                .map(|(i, keep)| {
                    let chunk_of_account = table == "dead_letter"
                        && ids.is_null(i)
                        && !accounts.is_null(i)
                        && accounts.value(i) == account;
                    Some(keep.unwrap_or(true) && !chunk_of_account)
                })
                .collect();
        }
        Ok(mask)
    }
}

/// Writes one data file of `table` again without the rows `keep` drops, as
/// a new file. Returns (rows removed, the new file) when it changed.
async fn rewrite_file(
    root: &DataRoot,
    table: &str,
    rel: &str,
    keep: &Keep<'_>,
) -> Result<Option<(u64, FileEntry)>> {
    let contract = contract::contract(table)?;
    let has_key = contract
        .columns
        .iter()
        .any(|c| c.name == "email_id" || (table == "llm_cache" && c.name == "content_hash"));
    if !has_key {
        return Ok(None);
    }
    let batches = root.read_file(table, rel, &[], 8192).await?;
    let mut kept = Vec::with_capacity(batches.len());
    let mut removed = 0u64;
    for batch in &batches {
        let mask = keep.mask(table, batch)?;
        let left = arrow::compute::filter_record_batch(batch, &mask).map_err(|e| {
            StageError::DataFile {
                table: table.to_string(),
                path: root.url(rel),
                reason: e.to_string(),
            }
        })?;
        removed += (batch.num_rows() - left.num_rows()) as u64;
        kept.push(left);
    }
    if removed == 0 {
        return Ok(None);
    }
    let new = root.replace_file(contract, rel, &kept).await?;
    Ok(Some((removed, new)))
}

/// Empties a SQL stage's table and state (its files are deleted at once,
/// they hold purged mail): the next run rebuilds it.
async fn reset_stage(root: &DataRoot, manifest: &Manifest, out: &mut Purged) -> Result<()> {
    let mut empty = Manifest {
        stage: manifest.stage.clone(),
        user_id: manifest.user_id.clone(),
        version: manifest.version,
        ..Manifest::default()
    };
    root.commit(&mut empty).await?;
    for file in manifest.outputs.values().flatten() {
        root.delete(&file.path).await?;
        out.deleted.push(file.path.clone());
    }
    Ok(())
}

/// Drops the applications left with no email from the nudge state (it
/// names them by id, with the date of their last activity).
async fn forget_nudges(root: &DataRoot, user_id: &str, dead: &HashSet<String>) -> Result<()> {
    let path = format!("_state/nudges/user_id={user_id}/sent.json");
    let Some(bytes) = root.get(&path).await? else {
        return Ok(());
    };
    let Ok(mut state) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
        return Ok(());
    };
    let Some(sent) = state.get_mut("sent").and_then(|s| s.as_object_mut()) else {
        return Ok(());
    };
    let before = sent.len();
    sent.retain(|app, _| !dead.contains(app));
    if sent.len() == before {
        return Ok(());
    }
    let text = serde_json::to_vec_pretty(&state)
        .map_err(|e| StageError::Request(format!("cannot encode {path}: {e}")))?;
    root.put(&path, Bytes::from(text)).await
}

/// Adds `emails` to the user's forgotten ids.
async fn remember(root: &DataRoot, user_id: &str, emails: &HashSet<String>) -> Result<()> {
    if emails.is_empty() {
        return Ok(());
    }
    let path = forgotten_path(user_id);
    let mut text = match root.get(&path).await? {
        Some(b) => String::from_utf8_lossy(&b).into_owned(),
        None => String::new(),
    };
    let mut new: Vec<&String> = emails.iter().collect();
    new.sort();
    for id in new {
        text.push_str(id);
        text.push('\n');
    }
    root.put(&path, Bytes::from(text)).await
}

fn files_of(manifests: &[Manifest], table: &str) -> Vec<String> {
    manifests
        .iter()
        .flat_map(|m| m.files(table).iter().map(|f| f.path.clone()))
        .collect()
}
