//! Retraining the local model from labeled mail, and where trained weights
//! live.
//!
//! Labels (the `synth` label format, matched by Message-ID) are joined with
//! the user's normalized emails in `stg_emails`, and so are the LLM's
//! answers that checked out (`int_emails_llm` rows with status `ok`, for
//! emails no label names: a label file wins over the LLM); the model is
//! trained on the pairs and saved under the data root as `models/classifier-<version>.bin`,
//! with `models/current.json` naming the file. The weights in
//! `models/current.json` take precedence over the model built into the
//! binary; because the classifier's version includes the model's, the next
//! run reclassifies every email with the new model.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::eval::LabelLine;
use crate::classify::stage::EmailColumns;
use crate::classify::{EventType, Label, Model, OwnedEmail, TrainingExample};
use crate::columns::Columns;
use crate::context::RunContext;
use crate::error::{Result, StageError};
use crate::storage::{Bytes, DataRoot};

const CURRENT: &str = "models/current.json";

/// What `models/current.json` says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CurrentModel {
    pub file: String,
    pub version: String,
    pub examples: usize,
    pub trained_at: chrono::DateTime<chrono::Utc>,
}

/// The trained model of the data root, if one was saved.
pub async fn load_current(root: &DataRoot) -> Result<Option<(Model, CurrentModel)>> {
    let Some(bytes) = root.get(CURRENT).await? else {
        return Ok(None);
    };
    let current: CurrentModel =
        serde_json::from_slice(&bytes).map_err(|e| StageError::Manifest {
            path: CURRENT.into(),
            reason: e.to_string(),
        })?;
    let weights = root
        .get(&current.file)
        .await?
        .ok_or_else(|| StageError::Manifest {
            path: current.file.clone(),
            reason: "the model file named by models/current.json is missing".into(),
        })?;
    let model = Model::from_bytes(&weights).map_err(|e| StageError::Manifest {
        path: current.file.clone(),
        reason: e.to_string(),
    })?;
    Ok(Some((model, current)))
}

/// The LLM's checked answers (`int_emails_llm`, status `ok`) by `email_id`.
async fn llm_answers(ctx: &RunContext) -> Result<HashMap<String, (Label, Option<EventType>)>> {
    use datafusion::logical_expr::{col, lit};
    let table = crate::llm::stage::TABLE;
    ctx.register_table(table).await?;
    let batches = ctx
        .session
        .table(table)
        .await
        .and_then(|df| df.filter(col("status").eq(lit("ok"))))
        .and_then(|df| df.select_columns(&["email_id", "label", "event_type"]))
        .map_err(|e| StageError::query(table, e))?
        .collect()
        .await
        .map_err(|e| StageError::query(table, e))?;
    let mut out = HashMap::new();
    for batch in &batches {
        let cols = Columns::new(table, batch);
        let (id, label, event) = (
            cols.utf8("email_id")?,
            cols.utf8("label")?,
            cols.utf8("event_type")?,
        );
        for i in 0..batch.num_rows() {
            let Some(l) = crate::columns::opt(label, i).and_then(Label::parse) else {
                continue;
            };
            let e = crate::columns::opt(event, i).and_then(EventType::parse);
            out.insert(id.value(i).to_string(), (l, e));
        }
    }
    Ok(out)
}

/// What a model was trained on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TrainingSources {
    /// Examples from label files.
    pub labeled: usize,
    /// Examples from the LLM's checked answers.
    pub llm: usize,
}

/// What [`retrain`] did.
#[derive(Debug, Clone)]
pub struct TrainReport {
    pub model: CurrentModel,
    pub sources: TrainingSources,
    /// Emails whose label or event the person corrected, used as labels.
    pub corrected: usize,
}

/// `jobtrack train`: trains on the label files' lines, the person's label
/// and event corrections (which override a label line for the same email)
/// and, when `with_llm`, the LLM's checked answers; saves the model and makes
/// it current.
pub async fn retrain(
    ctx: &RunContext,
    warehouse: &crate::publish::Warehouse,
    mut lines: Vec<LabelLine>,
    with_llm: bool,
) -> Result<TrainReport> {
    let corrected = correction_labels(ctx, warehouse).await?;
    let ids: std::collections::HashSet<&str> =
        corrected.iter().map(|l| l.message_id.as_str()).collect();
    lines.retain(|l| !ids.contains(l.message_id.as_str()));
    let n_corrected = corrected.len();
    lines.extend(corrected);
    let (model, sources) = train_with(ctx, &lines, with_llm).await?;
    Ok(TrainReport {
        model,
        sources,
        corrected: n_corrected,
    })
}

/// The emails whose label or event the person corrected, as label lines:
/// the published row with the corrected fields (the published `emails`
/// already carry the corrections, `extractor = 'correction'`).
pub async fn correction_labels(
    ctx: &RunContext,
    warehouse: &crate::publish::Warehouse,
) -> Result<Vec<LabelLine>> {
    use crate::resolve::corrections;
    let corrected: std::collections::HashSet<String> = corrections::load(ctx)
        .await?
        .into_iter()
        .filter(|c| {
            c.action == corrections::Action::NotJob
                || c.field
                    .as_deref()
                    .is_some_and(|f| f == "label" || f == "event_type")
        })
        .filter_map(|c| c.email_id)
        .collect();
    if corrected.is_empty() {
        return Ok(Vec::new());
    }
    let result = warehouse.query(CORRECTED_EMAILS_SQL)?;
    let text = crate::publish::warehouse::text_of;
    Ok(result
        .objects()
        .iter()
        .filter(|r| text(r, "email_id").is_some_and(|id| corrected.contains(&id)))
        .filter_map(|r| {
            Some(LabelLine {
                message_id: text(r, "provider_message_id")?,
                label: text(r, "label")?,
                event_type: text(r, "event_type"),
                company: text(r, "company_name"),
                company_aliases: Vec::new(),
                role: text(r, "role_title"),
                source: text(r, "source"),
                posting_url: None,
                app_key: None,
                lang: None,
            })
        })
        .collect())
}

/// The published emails a correction touched.
const CORRECTED_EMAILS_SQL: &str = "select email_id, provider_message_id, label, event_type, \
    company_name, role_title, source from emails where extractor = 'correction'";

/// Trains a model on the user's emails that `labels` name, saves it and makes
/// it current. Returns what was saved.
pub async fn train(ctx: &RunContext, labels: &[LabelLine]) -> Result<CurrentModel> {
    train_with(ctx, labels, false).await.map(|(c, _)| c)
}

/// Like [`train`], adding the LLM's checked answers as examples when
/// `with_llm` (for emails no label names).
pub async fn train_with(
    ctx: &RunContext,
    labels: &[LabelLine],
    with_llm: bool,
) -> Result<(CurrentModel, TrainingSources)> {
    let by_id: HashMap<&str, &LabelLine> = labels
        .iter()
        .filter(|l| !l.message_id.is_empty())
        .map(|l| (l.message_id.as_str(), l))
        .collect();
    ctx.register_table("stg_emails").await?;
    let batches = ctx
        .session
        .sql(
            "select email_id, provider_message_id, subject, from_name, from_address, reply_to_address, \
             body_text, links, has_list_unsubscribe, received_at, to_addresses from stg_emails order by email_id",
        )
        .await
        .map_err(|e| StageError::query("stg_emails", e))?
        .collect()
        .await
        .map_err(|e| StageError::query("stg_emails", e))?;
    // Owned copies of the labeled emails, so examples can borrow them.
    let llm = if with_llm {
        llm_answers(ctx).await?
    } else {
        HashMap::new()
    };
    let mut sources = TrainingSources::default();
    let mut owned: Vec<(OwnedEmail, Label, Option<EventType>)> = Vec::new();
    for batch in &batches {
        let pmid = Columns::new("stg_emails", batch).utf8("provider_message_id")?;
        let email_id = Columns::new("stg_emails", batch).utf8("email_id")?;
        let emails = EmailColumns::read(batch)?;
        for i in 0..batch.num_rows() {
            let Some(l) = by_id.get(pmid.value(i)) else {
                if let Some((label, event)) = llm.get(email_id.value(i)) {
                    owned.push((OwnedEmail::from(&emails.input(i)), *label, *event));
                    sources.llm += 1;
                }
                continue;
            };
            sources.labeled += 1;
            let Some(label) = Label::parse(&l.label) else {
                return Err(StageError::Request(format!(
                    "label {:?} of {} is not one of application, recruiter_outreach, job_alert, not_job",
                    l.label, l.message_id
                )));
            };
            let event = l.event_type.as_deref().and_then(EventType::parse);
            owned.push((OwnedEmail::from(&emails.input(i)), label, event));
        }
    }
    if owned.is_empty() {
        return Err(StageError::Request(
            "none of the labeled Message-IDs is among the ingested emails, and there are no LLM answers: run the pipeline on the labeled mail first".into(),
        ));
    }
    let examples: Vec<TrainingExample<'_>> = owned
        .iter()
        .map(|(email, label, event)| TrainingExample {
            email: email.as_input(),
            label: *label,
            event_type: *event,
        })
        .collect();
    let model = Model::train(&examples);
    let current = CurrentModel {
        file: format!("models/classifier-{}.bin", model.version()),
        version: model.version().to_string(),
        examples: examples.len(),
        trained_at: ctx.clock.now(),
    };
    if !ctx.dry_run {
        ctx.root
            .put(&current.file, Bytes::from(model.to_bytes()))
            .await?;
        let json = serde_json::to_vec_pretty(&current).map_err(|e| StageError::Manifest {
            path: CURRENT.into(),
            reason: e.to_string(),
        })?;
        ctx.root.put(CURRENT, Bytes::from(json)).await?;
    }
    Ok((current, sources))
}
