//! `int_emails_llm`: asks an LLM about the uncertain tail of the
//! classification, and keeps only answers the email supports.
//!
//! Inputs: `int_emails_classified` (what the rules and the local model said,
//! with per-field confidences and the rules that fired) and `stg_emails` (the
//! text). Outputs: `int_emails_llm`, one row per routed email (key `(user_id,
//! email_id)`) with the answer and its status (`ok`, `invalid`, `ungrounded`,
//! `budget`, `failed`), which the `emails` mart uses where the status is
//! `ok`; and `llm_cache`, every answer received, keyed by prompt hash, prompt
//! version and model.
//!
//! The LLM settles the uncertain fields only: a label or event the rules
//! were confident about (at or above its threshold) stays the rules', and the
//! row's warning says so when the LLM disagreed.
//!
//! Routing: application mail whose label, event, company or role confidence
//! is below its `[llm]` threshold, and recruiter outreach whose label
//! confidence is; not-job mail only below `not-job-below` (0 by default:
//! never). Everything else keeps the rules/model answer.
//!
//! Idempotent: the output is rewritten whole from the inputs and the cache
//! whenever the inputs or the `[llm]` settings changed (a run skips the
//! stage otherwise, [`crate::freshness`], unless the last run left requests
//! unanswered), and every answer is cached, so a rerun (or a full reprocess after
//! retraining) makes no new call and gives the same table. Requests that got
//! no answer (budget spent, server down), and rejected answers whose retry
//! got none, are not cached and are asked again on the next run. The run never fails because of the LLM: every failure leaves
//! the rules/model answer in place and a warning in the report.
//!
//! Without `[llm]` the table is empty and nothing is sent.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use arrow::array::{Array, AsArray};
use async_trait::async_trait;
use datafusion::logical_expr::{JoinType, col, lit};
use futures::StreamExt;

use super::cache::{self, Cache, Entry, Key};
use super::client::{CallError, ChatClient, Message};
use super::prompt::{self, Prompt, PromptEmail, SYSTEM_PROMPT};
use super::rows::Rows;
use super::validate::{self, Answer, Prior, Rejection};
use super::{LlmConfig, LlmSettings};
use crate::classify::Classifier;
use crate::columns::{Columns, opt, opt_time};
use crate::context::RunContext;
use crate::contract;
use crate::error::{Result, StageError};
use crate::retry::RetryPolicy;
use crate::stage::{Stage, StageReport};

/// The table this stage writes.
pub const TABLE: &str = "int_emails_llm";
const CODE_VERSION: &str = "llm-1";

/// The LLM stage: the settings (none when `[llm]` is not configured) and the
/// classifier, whose injection rules clean the prompts.
#[derive(Debug, Clone)]
pub struct IntEmailsLlm {
    pub settings: Option<Arc<LlmSettings>>,
    pub classifier: Arc<Classifier>,
}

/// One routed email.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    pub(super) email_id: String,
    label: String,
    event_type: Option<String>,
    reasons: Vec<String>,
    /// The rules/model label and event were at or above their thresholds.
    confident_label: bool,
    confident_event: bool,
    pub(super) prompt: Prompt,
}

/// The answer of one prompt in this run.
#[derive(Debug, Clone)]
enum Outcome {
    Answered(Entry),
    Budget,
    Failed(String),
}

/// What the run spent, and its limits.
#[derive(Debug, Default)]
struct Spend {
    requests: u64,
    failed_requests: u64,
    tokens_in: u64,
    tokens_out: u64,
    cost: f64,
    reserved_tokens: u64,
    reserved_cost: f64,
}

struct Shared {
    client: ChatClient,
    config: LlmConfig,
    spend: Mutex<Spend>,
    consecutive_failures: AtomicU32,
    gave_up: AtomicBool,
}

impl Shared {
    fn cost(&self, tin: u64, tout: u64) -> f64 {
        let p = self.config.price();
        (tin as f64 * p.input + tout as f64 * p.output) / 1_000_000.0
    }

    /// Reserves one request of `est_in` tokens in (and the most it can
    /// answer); false when the budget cannot take it.
    fn reserve(&self, est_in: u64) -> bool {
        let est = est_in + self.config.max_output_tokens;
        let est_cost = self.cost(est_in, self.config.max_output_tokens);
        let Ok(mut s) = self.spend.lock() else {
            return false;
        };
        let c = &self.config;
        if s.requests + 1 > c.max_calls
            || s.tokens_in + s.tokens_out + s.reserved_tokens + est > c.max_tokens
            || s.cost + s.reserved_cost + est_cost > c.max_cost
        {
            return false;
        }
        s.requests += 1;
        s.reserved_tokens += est;
        s.reserved_cost += est_cost;
        true
    }

    /// Replaces a reservation by what a request spent.
    fn settle(&self, est_in: u64, used: Option<(u64, u64, u64)>) {
        let est = est_in + self.config.max_output_tokens;
        let est_cost = self.cost(est_in, self.config.max_output_tokens);
        let cost = used.map_or(0.0, |(tin, tout, _)| self.cost(tin, tout));
        if let Ok(mut s) = self.spend.lock() {
            s.reserved_tokens = s.reserved_tokens.saturating_sub(est);
            s.reserved_cost = (s.reserved_cost - est_cost).max(0.0);
            match used {
                Some((tin, tout, extra_requests)) => {
                    s.tokens_in += tin;
                    s.tokens_out += tout;
                    s.cost += cost;
                    // a JSON-mode fallback made a second request
                    s.requests += extra_requests.saturating_sub(1);
                }
                None => s.failed_requests += 1,
            }
        }
    }

    /// The retry policy of every outside call, with `[llm]`'s numbers.
    fn retry_policy(&self) -> RetryPolicy {
        RetryPolicy {
            base: Duration::from_millis(self.config.backoff_ms),
            max: Duration::from_secs(self.config.max_backoff_secs),
            attempts: self.config.max_retries.saturating_add(1),
        }
    }

    /// One request with transport retries; the budget is checked before each.
    async fn request(
        &self,
        messages: &[Message],
    ) -> std::result::Result<(String, u64, u64), Outcome> {
        let est_in: u64 = messages
            .iter()
            .map(|m| super::estimate_tokens(&m.content))
            .sum();
        let mut last: Option<CallError> = None;
        let mut waits = self.retry_policy().waits();
        for attempt in 0..=self.config.max_retries {
            if self.gave_up.load(Ordering::Relaxed) {
                return Err(Outcome::Failed(
                    "the LLM server was taken as down for the rest of the run".into(),
                ));
            }
            if !self.reserve(est_in) {
                return Err(Outcome::Budget);
            }
            match self.client.complete(messages).await {
                Ok(c) => {
                    self.settle(
                        est_in,
                        Some((c.prompt_tokens, c.completion_tokens, c.requests)),
                    );
                    self.consecutive_failures.store(0, Ordering::Relaxed);
                    return Ok((c.content, c.prompt_tokens, c.completion_tokens));
                }
                Err(error) => {
                    self.settle(est_in, None);
                    tracing::warn!(attempt, %error, "An LLM request failed.");
                    // A `Retry-After` counts up to `max-backoff-secs` here.
                    let asked = error
                        .retry_after()
                        .map(|ra| ra.min(self.retry_policy().max));
                    let wait = error.retryable().then(|| waits.next(asked)).flatten();
                    last = Some(error);
                    let Some(wait) = wait else {
                        break;
                    };
                    tokio::time::sleep(wait).await;
                }
            }
        }
        let failures = self.consecutive_failures.fetch_add(1, Ordering::Relaxed) + 1;
        if failures >= self.config.give_up_after && !self.gave_up.swap(true, Ordering::Relaxed) {
            tracing::warn!(
                failures,
                "The LLM server failed for several emails in a row; not asking it again in this run."
            );
        }
        Err(Outcome::Failed(last.map_or_else(
            || "no request was made".into(),
            |e| e.to_string(),
        )))
    }

    /// Asks about one prompt: once, and once more with the reason when the
    /// first answer is rejected.
    async fn ask(&self, c: &Candidate, answered_at: chrono::DateTime<chrono::Utc>) -> Outcome {
        let mut messages = vec![
            Message {
                role: "system",
                content: SYSTEM_PROMPT.to_string(),
            },
            Message {
                role: "user",
                content: c.prompt.user.clone(),
            },
        ];
        let (mut tin, mut tout) = (0u64, 0u64);
        let mut last: Option<String> = None;
        for attempt in 1..=2 {
            let (content, i, o) = match self.request(&messages).await {
                Ok(x) => x,
                // No answer, or the retry of a rejected answer got none (the
                // budget cut it off, the server failed): nothing final to
                // cache, so the email is asked again on the next run.
                Err(outcome) => return outcome,
            };
            tin += i;
            tout += o;
            match judge(&content, c) {
                Ok(_) => {
                    return Outcome::Answered(Entry {
                        answer: content,
                        attempts: attempt,
                        prompt_tokens: tin as i64,
                        completion_tokens: tout as i64,
                        answered_at,
                    });
                }
                Err(rejection) if attempt == 1 => {
                    messages.push(Message {
                        role: "assistant",
                        content: content.chars().take(2000).collect(),
                    });
                    messages.push(Message {
                        role: "user",
                        content: format!(
                            "That answer cannot be used ({rejection}). Answer again with one JSON object; \
                             use null for anything the email does not state, and copy names exactly as written."
                        ),
                    });
                    last = Some(content);
                }
                Err(_) => {
                    last = Some(content);
                }
            }
        }
        Outcome::Answered(Entry {
            answer: last.unwrap_or_default(),
            attempts: 2,
            prompt_tokens: tin as i64,
            completion_tokens: tout as i64,
            answered_at,
        })
    }
}

/// Parses and checks an answer about `c`.
fn judge(content: &str, c: &Candidate) -> std::result::Result<Answer, Rejection> {
    let answer = validate::parse(content)?;
    validate::check(&answer, &c.prompt.grounding_text, &prior(c))?;
    Ok(answer)
}

fn prior(c: &Candidate) -> Prior<'_> {
    Prior {
        label: &c.label,
        event_type: c.event_type.as_deref(),
        reasons: &c.reasons,
    }
}

/// Asks the LLM each of `jobs` (at most `concurrency` at once, within the
/// run's budget), with a progress bar; the outcome of each and what was
/// spent. A server that refused JSON-schema output leaves a warning.
async fn ask_all(
    ctx: &RunContext,
    settings: &LlmSettings,
    jobs: Vec<(Key, Candidate)>,
    report: &mut StageReport,
) -> Result<(HashMap<Key, Outcome>, Spend)> {
    let cfg = &settings.config;
    let client = ChatClient::new(
        ctx.http.clone(),
        &cfg.base_url,
        &cfg.model,
        settings.api_key.clone(),
        Duration::from_secs(cfg.timeout_secs.max(1)),
        cfg.max_output_tokens,
    )
    .map_err(|e| StageError::Request(e.to_string()))?;
    let shared = Arc::new(Shared {
        client,
        config: cfg.clone(),
        spend: Mutex::new(Spend::default()),
        consecutive_failures: AtomicU32::new(0),
        gave_up: AtomicBool::new(false),
    });
    let mut outcomes: HashMap<Key, Outcome> = HashMap::new();
    ctx.progress
        .start(TABLE, "asking the LLM", Some(jobs.len() as u64));
    let now = ctx.clock.now();
    let mut results = futures::stream::iter(jobs.into_iter().map(|(k, c)| {
        let shared = shared.clone();
        async move {
            let outcome = shared.ask(&c, now).await;
            (k, outcome)
        }
    }))
    .buffer_unordered(cfg.concurrency.max(1));
    while let Some((k, outcome)) = results.next().await {
        ctx.progress.advance(1);
        outcomes.insert(k, outcome);
    }
    drop(results);
    ctx.progress.finish();
    if shared.client.json_mode() {
        report
            .warnings
            .push("the LLM server refused JSON-schema output; JSON mode was used".into());
    }
    let spend = match shared.spend.lock() {
        Ok(mut s) => std::mem::take(&mut *s),
        Err(_) => Spend::default(),
    };
    Ok((outcomes, spend))
}

/// The status row of one candidate: its outcome this run if it was asked,
/// else its cached answer judged and settled against the rules' answer.
fn settle(
    c: &Candidate,
    outcome: Option<&Outcome>,
    cached: Option<&Entry>,
) -> (&'static str, Option<Answer>, Option<String>) {
    match (outcome, cached) {
        (Some(Outcome::Budget), _) => (
            "budget",
            None,
            Some("not asked: the run's LLM budget was spent".to_string()),
        ),
        (Some(Outcome::Failed(reason)), _) => {
            ("failed", None, Some(format!("no answer: {reason}")))
        }
        (_, Some(entry)) => match judge(&entry.answer, c) {
            Ok(a) => {
                let (used, note) =
                    validate::settle(a, &prior(c), c.confident_label, c.confident_event);
                ("ok", Some(used), note)
            }
            Err(r @ Rejection::Ungrounded(_)) => (
                r.status(),
                validate::parse(&entry.answer).ok(),
                Some(r.to_string()),
            ),
            Err(r) => (r.status(), None, Some(r.to_string())),
        },
        (Some(Outcome::Answered(_)), None) | (None, None) => {
            ("budget", None, Some("not asked (dry run)".to_string()))
        }
    }
}

/// What a run spent on the LLM.
struct Spent {
    spend: Spend,
    /// Prompt tokens of the requests sent (not cached).
    sent_tokens: u64,
    /// New cache entries.
    cache_new: u64,
}

/// The run report's counts of each status, spending and cache, and a
/// warning for a spent budget, failed requests or rejected answers.
fn report_outcomes(
    report: &mut StageReport,
    counts: &HashMap<&'static str, u64>,
    spent: &Spent,
    cfg: &LlmConfig,
    dry_run: bool,
) {
    for status in ["ok", "invalid", "ungrounded", "budget", "failed"] {
        report.detail(
            &format!("llm_{status}"),
            counts.get(status).copied().unwrap_or(0),
        );
    }
    if counts.contains_key("budget") || counts.contains_key("failed") {
        // Good until long ago: the next run asks the unanswered again.
        report.valid_until = Some(chrono::DateTime::<chrono::Utc>::MIN_UTC);
    }
    report.detail("llm_calls", spent.spend.requests);
    report.detail("llm_failed_requests", spent.spend.failed_requests);
    report.detail("llm_tokens_in", spent.spend.tokens_in);
    report.detail("llm_tokens_out", spent.spend.tokens_out);
    report.detail(
        "llm_cost_microunits",
        (spent.spend.cost * 1_000_000.0).round().max(0.0) as u64,
    );
    report.detail("llm_prompt_tokens_sent", spent.sent_tokens);
    report.detail("llm_left_over", counts.get("budget").copied().unwrap_or(0));
    report.detail("llm_cache_new", spent.cache_new);
    let n = |s: &str| counts.get(s).copied().unwrap_or(0);
    if n("budget") > 0 && !dry_run {
        report.warnings.push(format!(
            "the LLM budget ran out: {} uncertain emails keep the rules/model answer (max-calls {}, max-tokens {}, max-cost {})",
            n("budget"),
            cfg.max_calls,
            cfg.max_tokens,
            cfg.max_cost
        ));
    }
    if n("failed") > 0 {
        report.warnings.push(format!(
            "the LLM server gave no answer for {} emails; they keep the rules/model answer",
            n("failed")
        ));
    }
    if n("invalid") + n("ungrounded") > 0 {
        report.warnings.push(format!(
            "{} LLM answers were invalid and {} ungrounded; those emails keep the rules/model answer",
            n("invalid"),
            n("ungrounded")
        ));
    }
}

/// Thresholds are reported in thousandths (the report holds integers).
fn permille(v: f64) -> u64 {
    (v * 1000.0).round().max(0.0) as u64
}

#[async_trait]
impl Stage for IntEmailsLlm {
    fn name(&self) -> &'static str {
        TABLE
    }

    /// With `[llm]`: its settings (no secret: the key is read from the
    /// environment) and the identity it redacts. Without it the stage only
    /// clears what an earlier configuration left, and runs every time.
    async fn fingerprint(&self, _ctx: &RunContext) -> Result<Option<String>> {
        Ok(self
            .settings
            .as_ref()
            .map(|s| format!("{CODE_VERSION}\n{:?}\n{:?}", s.config, s.user)))
    }

    async fn run(&self, ctx: &RunContext) -> Result<StageReport> {
        let mut report = StageReport::default();
        let mut manifest = ctx.root.manifest(TABLE, &ctx.user_id).await?;
        let cache_files = manifest.files(cache::TABLE).to_vec();
        let Some(settings) = &self.settings else {
            report.detail("llm_configured", 0);
            if !ctx.dry_run && !manifest.files(TABLE).is_empty() {
                manifest.outputs.remove(TABLE);
                ctx.root.commit(&mut manifest).await?;
                let vacuumed = ctx
                    .root
                    .vacuum(TABLE, &ctx.user_id, &[TABLE, cache::TABLE])
                    .await?;
                report.detail("files_vacuumed", vacuumed as u64);
            }
            return Ok(report);
        };
        let cfg = &settings.config;
        report.detail("llm_configured", 1);
        for (k, v) in [
            ("llm_threshold_label_permille", cfg.label_below),
            ("llm_threshold_event_permille", cfg.event_below),
            ("llm_threshold_company_permille", cfg.company_below),
            ("llm_threshold_role_permille", cfg.role_below),
            ("llm_threshold_not_job_permille", cfg.not_job_below),
        ] {
            report.detail(k, permille(v));
        }

        report.rows_in = ctx
            .root
            .table_files("int_emails_classified", Some(&ctx.user_id))
            .await?
            .iter()
            .map(|f| f.rows)
            .sum();
        let settings = &super::identity::known_identity(ctx, settings, &mut report).await?;
        let candidates = self.candidates(ctx, settings).await?;
        report.detail("llm_candidates", candidates.len() as u64);

        let mut cache = Cache::load(ctx, &cache_files).await?;
        let key = |c: &Candidate| Key {
            content_hash: c.prompt.content_hash.clone(),
            prompt_version: cfg.prompt_version.clone(),
            model: cfg.model.clone(),
        };
        // One request per distinct prompt not in the cache.
        let mut misses: Vec<&Candidate> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for c in &candidates {
            let k = key(c);
            if cache.get(&k).is_none() && seen.insert(k) {
                misses.push(c);
            }
        }
        report.detail("llm_cache_hits", (candidates.len() - misses.len()) as u64);
        report.detail("llm_prompts_to_send", misses.len() as u64);
        report.detail(
            "llm_prompt_tokens_estimated",
            misses.iter().map(|c| c.prompt.tokens).sum(),
        );

        let (outcomes, spend) = if !misses.is_empty() && !ctx.dry_run {
            let jobs: Vec<(Key, Candidate)> =
                misses.iter().map(|c| (key(c), (*c).clone())).collect();
            ask_all(ctx, settings, jobs, &mut report).await?
        } else {
            (HashMap::new(), Spend::default())
        };
        for (k, o) in &outcomes {
            if let Outcome::Answered(e) = o {
                cache.insert(k.clone(), e.clone());
            }
        }

        // One row per candidate.
        let mut rows = Rows::default();
        let mut counts: HashMap<&'static str, u64> = HashMap::new();
        let mut sent_tokens = 0u64;
        for c in &candidates {
            let k = key(c);
            let cached = !outcomes.contains_key(&k);
            let (status, answer, warning) = settle(c, outcomes.get(&k), cache.get(&k));
            if !cached {
                sent_tokens += c.prompt.tokens;
            }
            *counts.entry(status).or_default() += 1;
            rows.push(
                &ctx.user_id,
                c,
                cfg,
                status,
                answer.as_ref(),
                cached,
                warning,
            );
        }
        let spent = Spent {
            spend,
            sent_tokens,
            cache_new: cache.new_entries() as u64,
        };
        report_outcomes(&mut report, &counts, &spent, cfg, ctx.dry_run);
        report.rows_out = candidates.len() as u64;
        if ctx.dry_run {
            return Ok(report);
        }

        let batch = rows.finish()?;
        let entry = ctx
            .root
            .write_file(contract::contract(TABLE)?, TABLE, &ctx.user_id, &[batch])
            .await?;
        let cache_files = cache.write(ctx, TABLE, &cache_files).await?;
        report.files_written = 1 + u64::from(cache.new_entries() > 0);
        manifest.code_version = CODE_VERSION.to_string();
        manifest.outputs.insert(TABLE.to_string(), vec![entry]);
        manifest
            .outputs
            .insert(cache::TABLE.to_string(), cache_files);
        ctx.root.commit(&mut manifest).await?;
        let vacuumed = ctx
            .root
            .vacuum(TABLE, &ctx.user_id, &[TABLE, cache::TABLE])
            .await?;
        report.detail("files_vacuumed", vacuumed as u64);
        Ok(report)
    }
}

impl IntEmailsLlm {
    /// The routed emails, with their prompts, in `email_id` order.
    async fn candidates(&self, ctx: &RunContext, settings: &LlmSettings) -> Result<Vec<Candidate>> {
        let cfg = &settings.config;
        let q = |e| StageError::query(TABLE, e);
        ctx.register_table("int_emails_classified").await?;
        ctx.register_table("stg_emails").await?;
        let application = col("label").eq(lit("application")).and(
            col("label_confidence")
                .lt(lit(cfg.label_below))
                .or(col("event_confidence").lt(lit(cfg.event_below)))
                .or(col("company_confidence").lt(lit(cfg.company_below)))
                .or(col("role_confidence").lt(lit(cfg.role_below))),
        );
        let outreach = col("label")
            .eq(lit("recruiter_outreach"))
            .and(col("label_confidence").lt(lit(cfg.label_below)));
        let not_job = col("label")
            .eq(lit("not_job"))
            .and(col("label_confidence").lt(lit(cfg.not_job_below)));
        let classified = ctx
            .session
            .table("int_emails_classified")
            .await
            .map_err(q)?
            .filter(application.or(outreach).or(not_job))
            .map_err(q)?
            .select(vec![
                col("email_id").alias("c_email_id"),
                col("label").alias("c_label"),
                col("event_type").alias("c_event_type"),
                col("reasons").alias("c_reasons"),
                col("label_confidence").alias("c_label_confidence"),
                col("event_confidence").alias("c_event_confidence"),
            ])
            .map_err(q)?;
        let emails = ctx
            .session
            .table("stg_emails")
            .await
            .map_err(q)?
            .select_columns(&[
                "email_id",
                "subject",
                "from_name",
                "from_address",
                "body_text",
                "received_at",
            ])
            .map_err(q)?;
        let batches = classified
            .join(
                emails,
                JoinType::Inner,
                &["c_email_id"],
                &["email_id"],
                None,
            )
            .map_err(q)?
            .sort(vec![col("email_id").sort(true, false)])
            .map_err(q)?
            .collect()
            .await
            .map_err(q)?;
        let mut out = Vec::new();
        for batch in &batches {
            let cols = Columns::new(TABLE, batch);
            let email_id = cols.utf8("email_id")?;
            let label = cols.utf8("c_label")?;
            let event = cols.utf8("c_event_type")?;
            let reasons = cols.list("c_reasons")?;
            let label_conf = cols.float64("c_label_confidence")?;
            let event_conf = cols.float64("c_event_confidence")?;
            let subject = cols.utf8("subject")?;
            let from_name = cols.utf8("from_name")?;
            let from_address = cols.utf8("from_address")?;
            let body = cols.utf8("body_text")?;
            let received = cols.timestamp("received_at")?;
            for i in 0..batch.num_rows() {
                // Instructions to an AI reader are dropped wherever the
                // sender could write them: body, subject and display name.
                let classifier = &self.classifier;
                let body_text = classifier.without_injected_text(body.value(i));
                let subject_text = opt(subject, i).map(|t| classifier.without_injected_text(t));
                let from_name_text = opt(from_name, i).map(|t| classifier.without_injected_text(t));
                let prompt = prompt::build(
                    &PromptEmail {
                        subject: subject_text.as_deref(),
                        from_name: from_name_text.as_deref(),
                        from_address: opt(from_address, i),
                        received_at: opt_time(received, i),
                        body: &body_text,
                    },
                    &settings.user,
                    cfg.max_prompt_tokens,
                );
                let reasons = if reasons.is_valid(i) {
                    reasons
                        .value(i)
                        .as_string_opt::<i32>()
                        .map(|s| s.iter().flatten().map(str::to_string).collect())
                        .unwrap_or_default()
                } else {
                    Vec::new()
                };
                out.push(Candidate {
                    email_id: email_id.value(i).to_string(),
                    label: label.value(i).to_string(),
                    event_type: opt(event, i).map(str::to_string),
                    reasons,
                    confident_label: label_conf.value(i) >= cfg.label_below,
                    confident_event: event_conf.value(i) >= cfg.event_below,
                    prompt,
                });
            }
        }
        Ok(out)
    }
}
