//! `int_emails_classified`: the classifier run as a columnar transform.
//!
//! Input: `stg_emails`. Output: `int_emails_classified`, one row per email
//! (key `(user_id, email_id)`): label, event, company, role, requisition id,
//! location, posting link and id, source, application date, confidences,
//! the extractor and the rules that fired. Each input file's columns are
//! read once and classified as a batch by the compiled rule sets.
//!
//! Idempotent and deterministic: a file-by-file stage keyed on the
//! classifier's version (a hash of the rule files and the model), so a rerun
//! on unchanged input changes nothing, and a changed rule file or model
//! reclassifies every email.

use std::sync::Arc;

use arrow::array::{
    Array, AsArray, BooleanArray, Float64Builder, ListBuilder, RecordBatch, StringArray,
    StringBuilder, TimestampMicrosecondArray, TimestampMicrosecondBuilder,
};
use async_trait::async_trait;

use super::{Classification, Classifier, EmailInput};
use crate::columns::{Columns, opt, opt_time, string_list};
use crate::context::RunContext;
use crate::contract;
use crate::error::{Result, StageError};
use crate::incremental::{FileOutput, FileStage};
use crate::stage::{Stage, StageReport};

/// The table this stage writes.
pub const TABLE: &str = "int_emails_classified";
/// The stage's own version, part of every row's `classifier_version`:
/// 2 added the `label:near_threshold` reason.
const STAGE_CODE_VERSION: &str = "2";

/// The classification stage, holding the compiled classifier.
#[derive(Clone)]
pub struct IntEmailsClassified {
    pub classifier: Arc<Classifier>,
}

impl std::fmt::Debug for IntEmailsClassified {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IntEmailsClassified")
            .field("version", &self.classifier.version())
            .finish()
    }
}

#[async_trait]
impl Stage for IntEmailsClassified {
    fn name(&self) -> &'static str {
        TABLE
    }

    async fn run(&self, ctx: &RunContext) -> Result<StageReport> {
        let stage = FileStage {
            name: TABLE,
            input: "stg_emails",
            outputs: &[TABLE],
            batch_size: 4096,
        };
        let version = row_version(&self.classifier);
        // Dropped with the closure when the stage ends, and its caches with it.
        let classifier = Arc::new(self.classifier.for_one_run());
        let user_id = ctx.user_id.clone();
        let row_version = version.clone();
        stage
            .run(ctx, &version, move |batches| {
                let rows_in = batches.iter().map(|b| b.num_rows() as u64).sum();
                let out = classify_batches(&classifier, &user_id, &row_version, &batches)?;
                Ok(FileOutput {
                    rows_in,
                    outputs: vec![(TABLE, out)],
                })
            })
            .await
    }
}

/// The `stg_emails` columns the classifier reads, for one batch.
pub(crate) struct EmailColumns<'a> {
    subject: &'a StringArray,
    from_name: &'a StringArray,
    from_address: &'a StringArray,
    reply_to: &'a StringArray,
    body: &'a StringArray,
    unsubscribe: &'a BooleanArray,
    received: &'a TimestampMicrosecondArray,
    links: Vec<Vec<String>>,
    to: &'a arrow::array::ListArray,
}

impl<'a> EmailColumns<'a> {
    pub(crate) fn read(batch: &'a RecordBatch) -> Result<Self> {
        let cols = Columns::new("stg_emails", batch);
        let links_col = cols.list("links")?;
        let links = (0..batch.num_rows())
            .map(|i| {
                links_col
                    .value(i)
                    .as_string_opt::<i32>()
                    .map(|s| s.iter().flatten().map(str::to_string).collect())
                    .unwrap_or_default()
            })
            .collect();
        Ok(Self {
            subject: cols.utf8("subject")?,
            from_name: cols.utf8("from_name")?,
            from_address: cols.utf8("from_address")?,
            reply_to: cols.utf8("reply_to_address")?,
            body: cols.utf8("body_text")?,
            unsubscribe: cols.boolean("has_list_unsubscribe")?,
            received: cols.timestamp("received_at")?,
            links,
            to: cols.list("to_addresses")?,
        })
    }

    /// The first recipient of row `i`.
    pub(crate) fn first_to(&self, i: usize) -> Option<String> {
        if self.to.is_null(i) {
            return None;
        }
        let values = self.to.value(i);
        let values = values.as_string_opt::<i32>()?;
        values.iter().flatten().next().map(str::to_string)
    }

    /// Row `i` as the classifier's input.
    pub(crate) fn input(&self, i: usize) -> EmailInput<'_> {
        EmailInput {
            subject: opt(self.subject, i),
            from_name: opt(self.from_name, i),
            from_address: opt(self.from_address, i),
            reply_to: opt(self.reply_to, i),
            body_text: self.body.value(i),
            links: &self.links[i],
            has_list_unsubscribe: self.unsubscribe.value(i),
            received_at: opt_time(self.received, i),
        }
    }
}

/// The `classifier_version` the stage writes (and keys its files on).
pub fn row_version(classifier: &Classifier) -> String {
    format!("{STAGE_CODE_VERSION}-{}", classifier.version())
}

/// What the stage does with one input file: its `stg_emails` batches in,
/// one `int_emails_classified` batch out. Public so that the benchmark
/// (`examples/classify_bench.rs`) times exactly this path.
pub fn classify_batches(
    classifier: &Classifier,
    user_id: &str,
    version: &str,
    batches: &[RecordBatch],
) -> Result<RecordBatch> {
    let mut rows = Rows::default();
    for batch in batches {
        classify_batch(classifier, user_id, version, batch, &mut rows)?;
    }
    rows.finish()
}

fn classify_batch(
    classifier: &Classifier,
    user_id: &str,
    version: &str,
    batch: &RecordBatch,
    rows: &mut Rows,
) -> Result<()> {
    let email_id = Columns::new("stg_emails", batch).utf8("email_id")?;
    let emails = EmailColumns::read(batch)?;
    let inputs: Vec<EmailInput<'_>> = (0..batch.num_rows()).map(|i| emails.input(i)).collect();
    for (i, mut c) in classifier.classify_batch(&inputs).into_iter().enumerate() {
        if classifier.is_outgoing(inputs[i].from_address) {
            classifier.classify_outgoing(&mut c, &inputs[i], emails.first_to(i).as_deref());
        }
        rows.push(user_id, email_id.value(i), version, c);
    }
    Ok(())
}

struct Rows {
    user_id: StringBuilder,
    email_id: StringBuilder,
    label: StringBuilder,
    event_type: StringBuilder,
    company_name: StringBuilder,
    role_title: StringBuilder,
    requisition_id: StringBuilder,
    location: StringBuilder,
    job_posting_url: StringBuilder,
    posting_id: StringBuilder,
    source: StringBuilder,
    applied_at: TimestampMicrosecondBuilder,
    confidence: Float64Builder,
    label_confidence: Float64Builder,
    event_confidence: Float64Builder,
    company_confidence: Float64Builder,
    role_confidence: Float64Builder,
    extractor: StringBuilder,
    reasons: ListBuilder<StringBuilder>,
    classifier_version: StringBuilder,
}

impl Default for Rows {
    fn default() -> Self {
        Self {
            user_id: StringBuilder::new(),
            email_id: StringBuilder::new(),
            label: StringBuilder::new(),
            event_type: StringBuilder::new(),
            company_name: StringBuilder::new(),
            role_title: StringBuilder::new(),
            requisition_id: StringBuilder::new(),
            location: StringBuilder::new(),
            job_posting_url: StringBuilder::new(),
            posting_id: StringBuilder::new(),
            source: StringBuilder::new(),
            applied_at: TimestampMicrosecondBuilder::new(),
            confidence: Float64Builder::new(),
            label_confidence: Float64Builder::new(),
            event_confidence: Float64Builder::new(),
            company_confidence: Float64Builder::new(),
            role_confidence: Float64Builder::new(),
            extractor: StringBuilder::new(),
            reasons: string_list(),
            classifier_version: StringBuilder::new(),
        }
    }
}

/// Rounds a confidence so that float noise never changes a table.
fn conf(v: f32) -> f64 {
    (f64::from(v) * 10_000.0).round() / 10_000.0
}

impl Rows {
    fn push(&mut self, user_id: &str, email_id: &str, version: &str, c: Classification) {
        self.user_id.append_value(user_id);
        self.email_id.append_value(email_id);
        self.label.append_value(c.label.as_str());
        self.event_type
            .append_option(c.event_type.map(|e| e.as_str()));
        self.company_name.append_option(c.company_name.as_deref());
        self.role_title.append_option(c.role_title.as_deref());
        self.requisition_id
            .append_option(c.requisition_id.as_deref());
        self.location.append_option(c.location.as_deref());
        self.job_posting_url
            .append_option(c.job_posting_url.as_deref());
        self.posting_id.append_option(c.posting_id.as_deref());
        self.source.append_option(c.source.as_deref());
        self.applied_at
            .append_option(c.applied_at.map(|d| d.timestamp_micros()));
        self.confidence.append_value(conf(c.confidence));
        self.label_confidence
            .append_value(conf(c.field_confidence.label));
        self.event_confidence
            .append_value(conf(c.field_confidence.event));
        self.company_confidence
            .append_value(conf(c.field_confidence.company));
        self.role_confidence
            .append_value(conf(c.field_confidence.role));
        self.extractor.append_value(c.extractor);
        for r in &c.reasons {
            self.reasons.values().append_value(r);
        }
        self.reasons.append(true);
        self.classifier_version.append_value(version);
    }

    fn finish(mut self) -> Result<RecordBatch> {
        let contract = contract::contract(TABLE)?;
        RecordBatch::try_new(
            contract.schema(),
            vec![
                Arc::new(self.user_id.finish()),
                Arc::new(self.email_id.finish()),
                Arc::new(self.label.finish()),
                Arc::new(self.event_type.finish()),
                Arc::new(self.company_name.finish()),
                Arc::new(self.role_title.finish()),
                Arc::new(self.requisition_id.finish()),
                Arc::new(self.location.finish()),
                Arc::new(self.job_posting_url.finish()),
                Arc::new(self.posting_id.finish()),
                Arc::new(self.source.finish()),
                Arc::new(self.applied_at.finish().with_timezone("UTC")),
                Arc::new(self.confidence.finish()),
                Arc::new(self.label_confidence.finish()),
                Arc::new(self.event_confidence.finish()),
                Arc::new(self.company_confidence.finish()),
                Arc::new(self.role_confidence.finish()),
                Arc::new(self.extractor.finish()),
                Arc::new(self.reasons.finish()),
                Arc::new(self.classifier_version.finish()),
            ],
        )
        .map_err(|e| StageError::arrow(TABLE, e))
    }
}
