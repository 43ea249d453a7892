//! `int_corrections`: the person's corrections, read from the corrections
//! file under the data root (`corrections/user_id=<u>/corrections.jsonl`,
//! one JSON object a line, appended by `jobtrack correct` or imported from
//! the dashboard).
//!
//! Input: that file (no table). Output: `int_corrections`, one row per
//! correction in force: for `set`, the latest per email or application and
//! field; merges with their chains followed to the last target; a split as
//! one row per email. `not_job` is stored as `set label = not_job`. The SQL
//! layers apply them after extraction (sets pivoted by
//! `int_corrections_pivoted` for `int_emails_corrected` and `applications`,
//! merges and splits by `int_application_emails`), so they survive reruns
//! and full reprocessing.
//!
//! The fields a correction may set are read from the contracts: the columns
//! of `int_corrections_pivoted` after its key that the corrected table
//! (`int_emails_corrected` for an email, `applications` for an application)
//! has.
//!
//! Idempotent: the table is rebuilt from the whole file whenever the file
//! changed (a run skips the stage while it is the same,
//! [`crate::freshness`]); the
//! file only grows, and a correction is never lost by a rerun.

use std::collections::BTreeMap;
use std::sync::Arc;

use arrow::array::{RecordBatch, StringBuilder, TimestampMicrosecondBuilder};
use async_trait::async_trait;
use bytes::Bytes;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::context::RunContext;
use crate::contract;
use crate::error::{Result, StageError};
use crate::ids;
use crate::stage::{Stage, StageReport};

/// The table this stage writes.
pub const TABLE: &str = "int_corrections";

/// The table of the fields a correction sets, a column each.
pub const PIVOTED: &str = "int_corrections_pivoted";

/// Fields a correction may set on an email: the columns of [`PIVOTED`]
/// that `int_emails_corrected` has, in [`PIVOTED`]'s order.
pub fn email_fields() -> Result<Vec<&'static str>> {
    fields("int_emails_corrected")
}

/// Fields a correction may set on an application: the columns of
/// [`PIVOTED`] that `applications` has, in [`PIVOTED`]'s order.
pub fn application_fields() -> Result<Vec<&'static str>> {
    fields("applications")
}

/// The columns of [`PIVOTED`], its key left out, that `table` has too.
fn fields(table: &str) -> Result<Vec<&'static str>> {
    let pivoted = contract::contract(PIVOTED)?;
    let corrected = contract::contract(table)?;
    Ok(pivoted
        .columns
        .iter()
        .filter(|c| !pivoted.key.contains(&c.name))
        .filter(|c| corrected.columns.iter().any(|t| t.name == c.name))
        .map(|c| c.name.as_str())
        .collect())
}

const LABELS: &[&str] = &["application", "recruiter_outreach", "job_alert", "not_job"];
const EVENTS: &[&str] = &[
    "applied",
    "assessment",
    "interview",
    "offer",
    "rejected",
    "withdrawn",
    "update",
];

/// What a correction does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Sets `field` to `value` on an email or an application.
    Set,
    /// Moves all mail of `application_id` into `into`.
    Merge,
    /// Moves the emails `email_ids` out into a new application.
    Split,
    /// Marks an email as not about a job.
    NotJob,
}

/// One line of the corrections file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// Unique id; made from the content when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When it was made; the newest wins between two of the same field.
    pub created_at: DateTime<Utc>,
    pub action: Action,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The target application of a merge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub into: Option<String>,
    /// The emails a split moves out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub email_ids: Vec<String>,
}

impl Correction {
    /// A correction doing `action`, made at `created_at`, naming nothing yet.
    pub fn new(action: Action, created_at: DateTime<Utc>) -> Self {
        Self {
            id: None,
            created_at,
            action,
            email_id: None,
            application_id: None,
            field: None,
            value: None,
            into: None,
            email_ids: Vec::new(),
        }
    }

    /// The id, given or derived from the content.
    pub fn id(&self) -> String {
        if let Some(id) = &self.id {
            return id.clone();
        }
        let text = serde_json::to_string(self).unwrap_or_default();
        ids::key_hex(ids::key128(&["correction", &text]))[..16].to_string()
    }

    /// Checks that the correction names what its action needs and that
    /// enumerated fields hold allowed values.
    pub fn validate(&self) -> std::result::Result<(), String> {
        let need = |v: &Option<String>, what: &str| match v.as_deref() {
            Some(s) if !s.trim().is_empty() => Ok(()),
            _ => Err(format!("{:?} needs {what}", self.action)),
        };
        match self.action {
            Action::Set => {
                need(&self.field, "field")?;
                need(&self.value, "value")?;
                let field = self.field.as_deref().unwrap_or_default();
                let value = self.value.as_deref().unwrap_or_default();
                let (what, fields) = match (&self.email_id, &self.application_id) {
                    (Some(_), None) => ("an email's", email_fields()),
                    (None, Some(_)) => ("an application's", application_fields()),
                    (Some(_), Some(_)) | (None, None) => {
                        return Err("set needs exactly one of email_id and application_id".into());
                    }
                };
                let fields = fields.map_err(|e| e.to_string())?;
                if !fields.contains(&field) {
                    return Err(format!(
                        "{what} field must be one of {}, not {field:?}",
                        fields.join(", ")
                    ));
                }
                let allowed: &[&str] = match field {
                    "label" => LABELS,
                    "event_type" => EVENTS,
                    "current_status" => &EVENTS[..6],
                    _ => &[],
                };
                if !allowed.is_empty() && !allowed.contains(&value) {
                    return Err(format!(
                        "{field} must be one of {}, not {value:?}",
                        allowed.join(", ")
                    ));
                }
            }
            Action::Merge => {
                need(&self.application_id, "application_id")?;
                need(&self.into, "into")?;
                if self.application_id == self.into {
                    return Err("an application cannot be merged into itself".into());
                }
            }
            Action::Split => {
                if self.email_ids.is_empty() {
                    return Err("split needs email_ids".into());
                }
            }
            Action::NotJob => need(&self.email_id, "email_id")?,
        }
        Ok(())
    }
}

/// Where a user's corrections file lives under the data root.
pub fn file_path(user_id: &str) -> String {
    format!("corrections/user_id={user_id}/corrections.jsonl")
}

/// Parses a corrections file; `shown` names it in errors.
pub fn parse(text: &str, shown: &str) -> Result<Vec<Correction>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |reason: String| StageError::Request(format!("{shown} line {}: {reason}", i + 1));
        let c: Correction = serde_json::from_str(line).map_err(|e| bad(e.to_string()))?;
        c.validate().map_err(bad)?;
        out.push(c);
    }
    Ok(out)
}

/// The user's corrections, oldest first; none when there is no file.
pub async fn load(ctx: &RunContext) -> Result<Vec<Correction>> {
    let path = file_path(&ctx.user_id);
    match ctx.root.get(&path).await? {
        None => Ok(Vec::new()),
        Some(bytes) => {
            let text = String::from_utf8(bytes.to_vec()).map_err(|_| {
                StageError::Request(format!("{} is not UTF-8 text", ctx.root.url(&path)))
            })?;
            parse(&text, &ctx.root.url(&path))
        }
    }
}

/// Appends corrections to the user's file (validated first); returns how
/// many were new. A correction whose id is already in the file is skipped,
/// so importing the same file twice adds nothing. The file is read and
/// rewritten under the user's corrections lease, so two commands adding
/// corrections at once both keep theirs.
pub async fn append(ctx: &RunContext, new: &[Correction]) -> Result<usize> {
    for c in new {
        c.validate()
            .map_err(|reason| StageError::Request(format!("correction {}: {reason}", c.id())))?;
    }
    let lease = crate::lease::corrections_lease(&ctx.user_id);
    let options = crate::lease::LeaseOptions::waiting(std::time::Duration::from_secs(30));
    crate::lease::with_lease(&ctx.root, &lease, &ctx.run_id, options, || {
        append_unguarded(ctx, new)
    })
    .await
}

async fn append_unguarded(ctx: &RunContext, new: &[Correction]) -> Result<usize> {
    let path = file_path(&ctx.user_id);
    let mut text = match ctx.root.get(&path).await? {
        Some(b) => String::from_utf8_lossy(&b).into_owned(),
        None => String::new(),
    };
    let existing: std::collections::HashSet<String> = parse(&text, &ctx.root.url(&path))?
        .iter()
        .map(Correction::id)
        .collect();
    let mut added = 0;
    for c in new {
        let mut c = c.clone();
        let id = c.id();
        if existing.contains(&id) {
            continue;
        }
        c.id = Some(id);
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&serde_json::to_string(&c).map_err(|e| StageError::Request(e.to_string()))?);
        text.push('\n');
        added += 1;
    }
    if added > 0 {
        ctx.root.put(&path, Bytes::from(text)).await?;
    }
    Ok(added)
}

/// One row of `int_corrections`.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    id: String,
    at: DateTime<Utc>,
    action: &'static str,
    email_id: Option<String>,
    application_id: Option<String>,
    field: Option<String>,
    value: Option<String>,
    into: Option<String>,
}

/// The corrections in force, as rows.
fn rows(corrections: &[Correction]) -> Vec<Row> {
    let mut sets: BTreeMap<(Option<String>, Option<String>, String), Row> = BTreeMap::new();
    let mut merges: BTreeMap<String, (DateTime<Utc>, String, String)> = BTreeMap::new();
    let mut splits: BTreeMap<String, Row> = BTreeMap::new();
    let mut ordered: Vec<&Correction> = corrections.iter().collect();
    ordered.sort_by_key(|c| c.created_at);
    for c in ordered {
        let id = c.id();
        match c.action {
            Action::Set | Action::NotJob => {
                let (field, value) = if c.action == Action::NotJob {
                    ("label".to_string(), "not_job".to_string())
                } else {
                    (
                        c.field.clone().unwrap_or_default(),
                        c.value.clone().unwrap_or_default(),
                    )
                };
                let key = (c.email_id.clone(), c.application_id.clone(), field.clone());
                sets.insert(
                    key,
                    Row {
                        id,
                        at: c.created_at,
                        action: "set",
                        email_id: c.email_id.clone(),
                        application_id: c.application_id.clone(),
                        field: Some(field),
                        value: Some(value),
                        into: None,
                    },
                );
            }
            Action::Merge => {
                if let (Some(from), Some(into)) = (&c.application_id, &c.into) {
                    merges.insert(from.clone(), (c.created_at, id, into.clone()));
                }
            }
            Action::Split => {
                let target = ids::key_hex(ids::key128(&["split", &id]));
                for e in &c.email_ids {
                    splits.insert(
                        e.clone(),
                        Row {
                            id: format!("{id}:{e}"),
                            at: c.created_at,
                            action: "split",
                            email_id: Some(e.clone()),
                            application_id: None,
                            field: None,
                            value: None,
                            into: Some(target.clone()),
                        },
                    );
                }
            }
        }
    }
    let mut out: Vec<Row> = sets.into_values().collect();
    for (from, (at, id, _)) in &merges {
        // Follow a chain a → b → c to its end; a cycle stops where it repeats.
        let mut target = from.clone();
        let mut seen = std::collections::HashSet::new();
        while let Some((_, _, next)) = merges.get(&target) {
            if !seen.insert(target.clone()) {
                break;
            }
            target = next.clone();
        }
        if &target != from {
            out.push(Row {
                id: id.clone(),
                at: *at,
                action: "merge",
                email_id: None,
                application_id: Some(from.clone()),
                field: None,
                value: None,
                into: Some(target),
            });
        }
    }
    out.extend(splits.into_values());
    out
}

fn to_batch(user_id: &str, rows: &[Row]) -> Result<RecordBatch> {
    let contract = contract::contract(TABLE)?;
    let mut user = StringBuilder::new();
    let mut id = StringBuilder::new();
    let mut at = TimestampMicrosecondBuilder::new();
    let mut action = StringBuilder::new();
    let mut email = StringBuilder::new();
    let mut app = StringBuilder::new();
    let mut field = StringBuilder::new();
    let mut value = StringBuilder::new();
    let mut into = StringBuilder::new();
    for r in rows {
        user.append_value(user_id);
        id.append_value(&r.id);
        at.append_value(r.at.timestamp_micros());
        action.append_value(r.action);
        email.append_option(r.email_id.as_deref());
        app.append_option(r.application_id.as_deref());
        field.append_option(r.field.as_deref());
        value.append_option(r.value.as_deref());
        into.append_option(r.into.as_deref());
    }
    RecordBatch::try_new(
        contract.schema(),
        vec![
            Arc::new(user.finish()),
            Arc::new(id.finish()),
            Arc::new(at.finish().with_timezone("UTC")),
            Arc::new(action.finish()),
            Arc::new(email.finish()),
            Arc::new(app.finish()),
            Arc::new(field.finish()),
            Arc::new(value.finish()),
            Arc::new(into.finish()),
        ],
    )
    .map_err(|e| StageError::arrow(TABLE, e))
}

/// The corrections stage.
#[derive(Debug, Clone, Copy, Default)]
pub struct IntCorrections;

#[async_trait]
impl Stage for IntCorrections {
    fn name(&self) -> &'static str {
        TABLE
    }

    /// The corrections file as it is: the table is made from it alone.
    async fn fingerprint(&self, ctx: &RunContext) -> Result<Option<String>> {
        use sha2::{Digest, Sha256};
        let bytes = ctx.root.get(&file_path(&ctx.user_id)).await?;
        Ok(Some(match bytes {
            Some(bytes) => hex::encode(Sha256::digest(&bytes)),
            None => "no corrections file".to_string(),
        }))
    }

    async fn run(&self, ctx: &RunContext) -> Result<StageReport> {
        let corrections = load(ctx).await?;
        let rows = rows(&corrections);
        let mut report = StageReport {
            rows_in: corrections.len() as u64,
            rows_out: rows.len() as u64,
            ..StageReport::default()
        };
        if ctx.dry_run {
            return Ok(report);
        }
        let batch = to_batch(&ctx.user_id, &rows)?;
        let entry = ctx
            .root
            .write_file(contract::contract(TABLE)?, TABLE, &ctx.user_id, &[batch])
            .await?;
        let mut manifest = ctx.root.manifest(TABLE, &ctx.user_id).await?;
        manifest.outputs.clear();
        manifest.outputs.insert(TABLE.to_string(), vec![entry]);
        ctx.root.commit(&mut manifest).await?;
        report.files_written = 1;
        let vacuumed = ctx.root.vacuum(TABLE, &ctx.user_id, &[TABLE]).await?;
        report.detail("files_vacuumed", vacuumed as u64);
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn the_latest_set_wins_and_not_job_is_a_label() {
        let text = r#"
{"created_at":"2026-01-01T00:00:00Z","action":"set","email_id":"e1","field":"company_name","value":"Acme"}
{"created_at":"2026-01-02T00:00:00Z","action":"set","email_id":"e1","field":"company_name","value":"Globex"}
{"created_at":"2026-01-03T00:00:00Z","action":"not_job","email_id":"e2"}
"#;
        let rows = rows(&parse(text, "c.jsonl").unwrap());
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].value.as_deref(), Some("Globex"));
        assert_eq!(rows[1].field.as_deref(), Some("label"));
        assert_eq!(rows[1].value.as_deref(), Some("not_job"));
    }

    #[test]
    fn merge_chains_end_at_the_last_target_and_splits_get_one_row_per_email() {
        let c = vec![
            Correction {
                id: None,
                created_at: at("2026-01-01T00:00:00Z"),
                action: Action::Merge,
                email_id: None,
                application_id: Some("a".into()),
                field: None,
                value: None,
                into: Some("b".into()),
                email_ids: vec![],
            },
            Correction {
                id: None,
                created_at: at("2026-01-02T00:00:00Z"),
                action: Action::Merge,
                email_id: None,
                application_id: Some("b".into()),
                field: None,
                value: None,
                into: Some("c".into()),
                email_ids: vec![],
            },
            Correction {
                id: Some("s1".into()),
                created_at: at("2026-01-03T00:00:00Z"),
                action: Action::Split,
                email_id: None,
                application_id: None,
                field: None,
                value: None,
                into: None,
                email_ids: vec!["e1".into(), "e2".into()],
            },
        ];
        let rows = rows(&c);
        let merges: Vec<_> = rows.iter().filter(|r| r.action == "merge").collect();
        assert!(merges.iter().all(|r| r.into.as_deref() == Some("c")));
        let splits: Vec<_> = rows.iter().filter(|r| r.action == "split").collect();
        assert_eq!(splits.len(), 2);
        assert_eq!(splits[0].into, splits[1].into);
    }

    /// The fields were two lists here before they were read from the
    /// contracts; these are the same fields, in the same order.
    #[test]
    fn the_correctable_fields_come_from_the_contracts() {
        assert_eq!(
            email_fields().unwrap(),
            [
                "label",
                "event_type",
                "company_name",
                "role_title",
                "location",
                "source",
                "job_posting_url"
            ]
        );
        assert_eq!(
            application_fields().unwrap(),
            [
                "company_name",
                "role_title",
                "location",
                "source",
                "job_posting_url",
                "current_status"
            ]
        );
        let err = parse(
            "{\"created_at\":\"2026-01-01T00:00:00Z\",\"action\":\"set\",\"application_id\":\"a\",\"field\":\"label\",\"value\":\"not_job\"}",
            "c.jsonl",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("an application's field must be one of company_name, role_title"),
            "{err}"
        );
    }

    #[test]
    fn bad_lines_name_the_file_and_line() {
        let err = parse(
            "{\"created_at\":\"2026-01-01T00:00:00Z\",\"action\":\"set\",\"email_id\":\"e\",\"field\":\"label\",\"value\":\"maybe\"}",
            "c.jsonl",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("c.jsonl line 1") && err.contains("label must be one of"),
            "{err}"
        );
        let err = parse("not json", "c.jsonl").unwrap_err().to_string();
        assert!(err.contains("c.jsonl line 1"), "{err}");
    }
}
