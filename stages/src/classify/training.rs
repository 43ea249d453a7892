//! Retraining the local model from labeled mail, and where trained weights
//! live.
//!
//! Labels (the `synth` label format, matched by Message-ID) are joined with
//! the user's normalized emails in `stg_emails`; the model is trained on the
//! pairs and saved under the data root as `models/classifier-<version>.bin`,
//! with `models/current.json` naming the file. The weights in
//! `models/current.json` take precedence over the model built into the
//! binary; because the classifier's version includes the model's, the next
//! run reclassifies every email with the new model.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::eval::LabelLine;
use super::stage::EmailColumns;
use super::{EventType, Label, Model, OwnedEmail, TrainingExample};
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

/// Trains a model on the user's emails that `labels` name, saves it and makes
/// it current. Returns what was saved.
pub async fn train(ctx: &RunContext, labels: &[LabelLine]) -> Result<CurrentModel> {
    let by_id: HashMap<&str, &LabelLine> = labels
        .iter()
        .filter(|l| !l.message_id.is_empty())
        .map(|l| (l.message_id.as_str(), l))
        .collect();
    ctx.register_table("stg_emails").await?;
    let batches = ctx
        .session
        .sql(
            "select provider_message_id, subject, from_name, from_address, reply_to_address, \
             body_text, links, has_list_unsubscribe, received_at from stg_emails order by email_id",
        )
        .await
        .map_err(|e| StageError::query("stg_emails", e))?
        .collect()
        .await
        .map_err(|e| StageError::query("stg_emails", e))?;
    // Owned copies of the labeled emails, so examples can borrow them.
    let mut owned: Vec<(OwnedEmail, Label, Option<EventType>)> = Vec::new();
    for batch in &batches {
        let pmid = Columns::new("stg_emails", batch).utf8("provider_message_id")?;
        let emails = EmailColumns::read(batch)?;
        for i in 0..batch.num_rows() {
            let Some(l) = by_id.get(pmid.value(i)) else {
                continue;
            };
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
            "none of the labeled Message-IDs is among the ingested emails: run the pipeline on the labeled mail first".into(),
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
    Ok(current)
}
