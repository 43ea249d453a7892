//! The rows of `int_emails_llm` as the LLM stage ([`super::stage`]) builds
//! them: one per routed email, with the answer (or why there is none), the
//! model, the prompt's version, hash and size, and whether the answer came
//! from the cache.

use std::sync::Arc;

use arrow::array::{BooleanBuilder, Float64Builder, Int64Builder, RecordBatch, StringBuilder};

use super::LlmConfig;
use super::stage::{Candidate, TABLE};
use super::validate::Answer;
use crate::contract;
use crate::error::{Result, StageError};

/// The columns of `int_emails_llm`, filled a row at a time.
#[derive(Default)]
pub(super) struct Rows {
    user_id: StringBuilder,
    email_id: StringBuilder,
    status: StringBuilder,
    label: StringBuilder,
    event_type: StringBuilder,
    company_name: StringBuilder,
    role_title: StringBuilder,
    location: StringBuilder,
    confidence: Float64Builder,
    model: StringBuilder,
    prompt_version: StringBuilder,
    content_hash: StringBuilder,
    prompt_tokens: Int64Builder,
    cached: BooleanBuilder,
    warning: StringBuilder,
}

impl Rows {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn push(
        &mut self,
        user_id: &str,
        c: &Candidate,
        cfg: &LlmConfig,
        status: &str,
        answer: Option<&Answer>,
        cached: bool,
        warning: Option<String>,
    ) {
        self.user_id.append_value(user_id);
        self.email_id.append_value(&c.email_id);
        self.status.append_value(status);
        self.label.append_option(answer.map(|a| a.label.as_str()));
        self.event_type
            .append_option(answer.and_then(|a| a.event_type.map(|e| e.as_str())));
        self.company_name
            .append_option(answer.and_then(|a| a.company_name.as_deref()));
        self.role_title
            .append_option(answer.and_then(|a| a.role_title.as_deref()));
        self.location
            .append_option(answer.and_then(|a| a.location.as_deref()));
        self.confidence
            .append_option(answer.map(|a| (a.confidence * 10_000.0).round() / 10_000.0));
        self.model.append_value(&cfg.model);
        self.prompt_version.append_value(&cfg.prompt_version);
        self.content_hash.append_value(&c.prompt.content_hash);
        self.prompt_tokens
            .append_value(i64::try_from(c.prompt.tokens).unwrap_or(i64::MAX));
        self.cached.append_value(cached);
        self.warning.append_option(warning);
    }

    pub(super) fn finish(mut self) -> Result<RecordBatch> {
        RecordBatch::try_new(
            contract::contract(TABLE)?.schema(),
            vec![
                Arc::new(self.user_id.finish()),
                Arc::new(self.email_id.finish()),
                Arc::new(self.status.finish()),
                Arc::new(self.label.finish()),
                Arc::new(self.event_type.finish()),
                Arc::new(self.company_name.finish()),
                Arc::new(self.role_title.finish()),
                Arc::new(self.location.finish()),
                Arc::new(self.confidence.finish()),
                Arc::new(self.model.finish()),
                Arc::new(self.prompt_version.finish()),
                Arc::new(self.content_hash.finish()),
                Arc::new(self.prompt_tokens.finish()),
                Arc::new(self.cached.finish()),
                Arc::new(self.warning.finish()),
            ],
        )
        .map_err(|e| StageError::arrow(TABLE, e))
    }
}
