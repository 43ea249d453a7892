//! LLM extraction for the uncertain tail: the rules and the local model
//! settle most mail; an OpenAI-compatible chat-completions server is asked
//! only about application-candidate mail they are unsure of, and only what it
//! answers that the email itself supports is used.
//!
//! # Layout
//! - [`client`]: one client for OpenAI-compatible servers (OpenAI, Ollama,
//!   llama.cpp's server, vLLM, LM Studio): JSON-schema structured output with
//!   a JSON-mode fallback, typed transport errors, `Retry-After`.
//! - [`prompt`]: what leaves the machine: quoted replies, signatures, footers,
//!   tracking parameters and injected instructions stripped; the user's own
//!   addresses, name and phone, other phone numbers and street addresses
//!   redacted; truncated to a token budget.
//! - [`validate`]: trust nothing: schema and enums, company and role grounded
//!   in the email, consequential events supported by the email's own wording.
//! - [`cache`]: the `llm_cache` table, answers keyed by prompt hash, prompt
//!   version and model.
//! - [`stage`]: `int_emails_llm`, routing, budget, retries and the table the
//!   `emails` mart reads.
//! - `identity`: the identity to redact, completed from the mail where
//!   `[user]` is empty, with a warning for what stays unknown.
//!
//! Configuration is [`LlmConfig`] (`[llm]` in `jobtrack.toml`); the binary
//! adds the API key it read from the environment and the user's identity
//! (`[user]`) to make [`LlmSettings`]. Without `[llm]`, nothing is sent.

pub mod cache;
pub mod client;
mod identity;
pub mod prompt;
mod rows;
pub mod stage;
pub mod validate;

use std::collections::BTreeMap;

use secrecy::SecretString;
use serde::{Deserialize, Serialize};

/// The JSON schema an answer must match (also sent as `response_format`).
pub const EXTRACTION_SCHEMA: &str = include_str!("../../../schemas/llm/extraction.schema.json");

/// `[llm]` of the configuration file. Every key but `base-url` and `model`
/// may be left out: [`Default`] holds the defaults (and is the one place
/// they are written; `jobtrack config` prints them).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct LlmConfig {
    /// The server's OpenAI-compatible base URL, e.g. `http://127.0.0.1:11434/v1`.
    pub base_url: String,
    /// The model name the server knows.
    pub model: String,
    /// The environment variable holding the API key; empty for local servers.
    pub api_key_env: String,
    /// Seconds one request may take.
    pub timeout_secs: u64,
    /// Requests in flight at once.
    pub concurrency: usize,
    /// Transport retries per request (timeouts, 429, 5xx, connection errors).
    pub max_retries: u32,
    /// First backoff; doubled on each retry. `Retry-After` wins when larger.
    pub backoff_ms: u64,
    /// Longest wait between retries, `Retry-After` included.
    pub max_backoff_secs: u64,
    /// After this many emails in a row whose requests all failed, the server
    /// is taken as down for the rest of the run.
    pub give_up_after: u32,
    /// Application-candidate mail is sent when its label confidence is below this.
    pub label_below: f64,
    /// Application mail is sent when its event confidence is below this.
    pub event_below: f64,
    /// Application mail is sent when its company confidence is below this.
    pub company_below: f64,
    /// Application mail is sent when its role confidence is below this.
    pub role_below: f64,
    /// Mail called not-job with a label confidence below this is sent too
    /// (0 = never: not-job mail stays with the rules and the model).
    pub not_job_below: f64,
    /// Most requests per run.
    pub max_calls: u64,
    /// Most tokens (in + out) per run.
    pub max_tokens: u64,
    /// Most estimated cost per run, in the price table's currency.
    pub max_cost: f64,
    /// Most tokens of one prompt (system and user message; characters / 4).
    pub max_prompt_tokens: usize,
    /// Most tokens of one answer (`max_tokens` of the request).
    pub max_output_tokens: u64,
    /// Part of the cache key: change it to ask again about every email.
    pub prompt_version: String,
    /// Price per million tokens, by model name. A model not listed costs 0.
    pub prices: BTreeMap<String, Price>,
}

/// What a million tokens cost.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Price {
    pub input: f64,
    pub output: f64,
}

impl Default for LlmConfig {
    /// No server and no model (the LLM is off until both are set), and the
    /// default of every other key.
    fn default() -> Self {
        Self {
            base_url: String::new(),
            model: String::new(),
            api_key_env: String::new(),
            timeout_secs: 60,
            concurrency: 4,
            max_retries: 3,
            backoff_ms: 500,
            max_backoff_secs: 30,
            give_up_after: 5,
            label_below: 0.75,
            event_below: 0.6,
            company_below: 0.5,
            role_below: 0.5,
            not_job_below: 0.0,
            max_calls: 2000,
            max_tokens: 2_000_000,
            max_cost: 1.0,
            max_prompt_tokens: 500,
            max_output_tokens: 200,
            prompt_version: "1".into(),
            prices: BTreeMap::new(),
        }
    }
}

impl LlmConfig {
    /// A configuration with every default, for `base_url` and `model`.
    pub fn new(base_url: impl Into<String>, model: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            model: model.into(),
            ..Self::default()
        }
    }

    /// The price of the configured model (zero when the table has none).
    pub fn price(&self) -> Price {
        self.prices.get(&self.model).copied().unwrap_or(Price {
            input: 0.0,
            output: 0.0,
        })
    }
}

/// The person the mailbox belongs to: what is redacted before a prompt
/// leaves the machine.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UserIdentity {
    /// The user's own addresses.
    pub emails: Vec<String>,
    /// The user's name (each part of it is redacted too).
    pub name: Option<String>,
    /// The user's phone numbers.
    pub phones: Vec<String>,
    /// The accounts' own addresses (an IMAP username that is an address),
    /// redacted with the mailbox's when `emails` is empty.
    pub account_emails: Vec<String>,
}

/// Everything the LLM stage needs: the configuration, the key and the
/// identity to redact.
#[derive(Debug, Clone)]
pub struct LlmSettings {
    pub config: LlmConfig,
    /// The API key: its `Debug` never shows it, so it cannot reach a log.
    pub api_key: Option<SecretString>,
    pub user: UserIdentity,
}

/// Tokens of `text`, estimated as characters / 4 rounded up: close to what
/// BPE tokenizers give for English prose, and the same everywhere (budget,
/// truncation, reports), so figures are comparable across servers.
pub fn estimate_tokens(text: &str) -> u64 {
    (text.chars().count() as u64).div_ceil(4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_api_key_never_shows_in_debug_output() {
        let s = LlmSettings {
            config: LlmConfig::new("http://x/v1", "m"),
            api_key: Some(SecretString::from("sk-secret-123".to_owned())),
            user: UserIdentity::default(),
        };
        let shown = format!("{s:?}");
        assert!(!shown.contains("sk-secret-123"), "{shown}");
        assert!(shown.contains("REDACTED"));
    }

    #[test]
    fn tokens_are_characters_over_four() {
        assert_eq!(estimate_tokens(""), 0);
        assert_eq!(estimate_tokens("abcd"), 1);
        assert_eq!(estimate_tokens("abcde"), 2);
    }
}
