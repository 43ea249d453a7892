//! Retrying dead letters: messages normalization gave up on are parsed
//! again from their raw bytes with the code of today (after a fix), and
//! those that now parse become `stg_emails` rows, leaving `dead_letter`.
//!
//! Input: the chosen `dead_letter` rows of the user, the `raw_messages`
//! rows they name. Output: one new `stg_emails` file with the recovered
//! emails and the dead-letter files rewritten without them, committed as
//! the `stg_emails` stage's one commit (new files first, then the commit),
//! so a crash leaves the old state or the new one; the old files stay for
//! the table's earlier versions until `jobtrack maintain` vacuums them. The next run carries the recovered emails through every
//! later stage. Idempotent: a retried dead letter that parsed is no longer
//! a dead letter; one that still fails stays as it was.
//!
//! Dead letters of ingest itself (empty, oversized) are not retried: their
//! bytes were never stored, and only the mailbox has them.

use std::collections::HashSet;

use arrow::array::{Array, AsArray, BooleanArray, RecordBatch};

use crate::columns::Columns;
use crate::contract;
use crate::error::{Result, StageError};
use crate::normalize;
use crate::storage::DataRoot;

/// What a retry did, by dead letter id.
#[derive(Debug, Default)]
pub struct Retried {
    /// Parsed now: moved to `stg_emails`.
    pub recovered: Vec<String>,
    /// Still failing, with the reason of today.
    pub still_failing: Vec<(String, String)>,
    /// Not retriable, and why.
    pub skipped: Vec<(String, String)>,
}

fn file_err(
    table: &str,
    root: &DataRoot,
    rel: &str,
) -> impl Fn(arrow::error::ArrowError) -> StageError {
    let (table, path) = (table.to_string(), root.url(rel));
    move |e| StageError::DataFile {
        table: table.clone(),
        path: path.clone(),
        reason: e.to_string(),
    }
}

/// Retries the dead letters `ids` of `user_id` (all of normalization's when
/// `ids` is None). The caller holds the user's lease.
pub async fn retry(
    root: &DataRoot,
    user_id: &str,
    ids: Option<&HashSet<String>>,
) -> Result<Retried> {
    let chosen = |id: &str| ids.is_none_or(|set| set.contains(id));
    let mut out = Retried {
        skipped: not_retriable(root, user_id, &chosen).await?,
        ..Retried::default()
    };
    let mut manifest = root.manifest(normalize::TABLE, user_id).await?;
    // dead letter id → email id, for the chosen ones.
    let mut wanted: Vec<(String, String)> = Vec::new();
    for file in manifest.files("dead_letter") {
        let columns = ["dead_letter_id", "email_id"];
        for batch in root
            .read_file("dead_letter", &file.path, &columns, 8192)
            .await?
        {
            let id = Columns::new("dead_letter", &batch).utf8("dead_letter_id")?;
            let email = batch
                .column_by_name("email_id")
                .map(|c| c.as_string::<i32>().clone());
            for i in (0..batch.num_rows()).filter(|&i| chosen(id.value(i))) {
                match email.as_ref().filter(|e| e.is_valid(i)) {
                    Some(e) => wanted.push((id.value(i).to_string(), e.value(i).to_string())),
                    None => out
                        .skipped
                        .push((id.value(i).to_string(), "it names no email".into())),
                }
            }
        }
    }
    if wanted.is_empty() {
        return Ok(out);
    }
    let emails: HashSet<&str> = wanted.iter().map(|(_, e)| e.as_str()).collect();
    let raw = raw_rows(root, user_id, &emails).await?;
    let parsed = normalize::transform(user_id, &raw)?;
    let mut stg: Option<RecordBatch> = None;
    let mut failing: Vec<(String, String)> = Vec::new();
    for (table, batch) in parsed.outputs {
        if table == normalize::TABLE {
            stg = Some(batch);
        } else {
            let cols = Columns::new("dead_letter", &batch);
            let (email, error) = (cols.utf8("email_id")?, cols.utf8("error")?);
            for i in 0..batch.num_rows() {
                failing.push((email.value(i).to_string(), error.value(i).to_string()));
            }
        }
    }
    let recovered_emails: HashSet<String> = match &stg {
        Some(b) => {
            let ids = Columns::new(normalize::TABLE, b).utf8("email_id")?;
            (0..b.num_rows())
                .map(|i| ids.value(i).to_string())
                .collect()
        }
        None => HashSet::new(),
    };
    for (id, email) in &wanted {
        if recovered_emails.contains(email) {
            out.recovered.push(id.clone());
        } else {
            let why = failing
                .iter()
                .find(|(e, _)| e == email)
                .map_or_else(|| "its raw message is gone".to_string(), |(_, w)| w.clone());
            out.still_failing.push((id.clone(), why));
        }
    }
    if let (false, Some(batch)) = (out.recovered.is_empty(), stg) {
        let gone: HashSet<&str> = out.recovered.iter().map(String::as_str).collect();
        swap_in(root, user_id, &mut manifest, batch, &gone).await?;
    }
    Ok(out)
}

/// Ingest's own dead letters among the chosen: nothing stored to parse.
async fn not_retriable(
    root: &DataRoot,
    user_id: &str,
    chosen: &impl Fn(&str) -> bool,
) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let ingest = root.manifest(crate::ingest::TABLE, user_id).await?;
    for file in ingest.files("dead_letter") {
        let columns = ["dead_letter_id", "error_kind"];
        for batch in root
            .read_file("dead_letter", &file.path, &columns, 8192)
            .await?
        {
            let cols = Columns::new("dead_letter", &batch);
            let (id, kind) = (cols.utf8("dead_letter_id")?, cols.utf8("error_kind")?);
            for i in (0..batch.num_rows()).filter(|&i| chosen(id.value(i))) {
                out.push((
                    id.value(i).to_string(),
                    format!(
                        "{}: its bytes were never stored (only the mailbox has them)",
                        kind.value(i)
                    ),
                ));
            }
        }
    }
    Ok(out)
}

/// The `raw_messages` rows of `emails`.
async fn raw_rows(
    root: &DataRoot,
    user_id: &str,
    emails: &HashSet<&str>,
) -> Result<Vec<RecordBatch>> {
    let table = crate::ingest::TABLE;
    let mut raw = Vec::new();
    for file in root.table_files(table, Some(user_id)).await? {
        for batch in root.read_file(table, &file.path, &[], 2048).await? {
            let ids = Columns::new(table, &batch).utf8("email_id")?;
            let mask: BooleanArray = (0..batch.num_rows())
                .map(|i| Some(emails.contains(ids.value(i))))
                .collect();
            let kept = arrow::compute::filter_record_batch(&batch, &mask)
                .map_err(file_err(table, root, &file.path))?;
            if kept.num_rows() > 0 {
                raw.push(kept);
            }
        }
    }
    Ok(raw)
}

/// Commits the recovered `stg` rows and the dead-letter files without the
/// `gone` ones: new files first, then one commit.
async fn swap_in(
    root: &DataRoot,
    user_id: &str,
    manifest: &mut crate::storage::Manifest,
    stg: RecordBatch,
    gone: &HashSet<&str>,
) -> Result<()> {
    let mut kept_files = Vec::new();
    for file in manifest.files("dead_letter").to_vec() {
        let batches = root.read_file("dead_letter", &file.path, &[], 8192).await?;
        let mut left = Vec::new();
        let mut removed = false;
        for batch in &batches {
            let ids = Columns::new("dead_letter", batch).utf8("dead_letter_id")?;
            let mask: BooleanArray = (0..batch.num_rows())
                .map(|i| Some(!gone.contains(ids.value(i))))
                .collect();
            let kept = arrow::compute::filter_record_batch(batch, &mask).map_err(file_err(
                "dead_letter",
                root,
                &file.path,
            ))?;
            removed |= kept.num_rows() < batch.num_rows();
            left.push(kept);
        }
        if !removed {
            kept_files.push(file);
            continue;
        }
        if left.iter().any(|b| b.num_rows() > 0) {
            let dl = contract::contract("dead_letter")?;
            kept_files.push(
                root.write_file(dl, normalize::TABLE, user_id, &left)
                    .await?,
            );
        }
    }
    let stg_contract = contract::contract(normalize::TABLE)?;
    let entry = root
        .write_file(stg_contract, normalize::TABLE, user_id, &[stg])
        .await?;
    manifest
        .outputs
        .entry(normalize::TABLE.to_string())
        .or_default()
        .push(entry);
    manifest.outputs.insert("dead_letter".into(), kept_files);
    root.commit(manifest).await
}
