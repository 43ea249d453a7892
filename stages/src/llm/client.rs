//! A client for OpenAI-compatible chat completions (`POST {base}/chat/completions`),
//! the API OpenAI, Ollama, llama.cpp's server, vLLM and LM Studio share.
//!
//! Structured output is asked for with `response_format: {type: json_schema}`
//! and the schema of `schemas/llm/extraction.schema.json`; a server that
//! refuses that with a 400 is asked again in JSON mode (`{type:
//! json_object}`), and the rest of the run stays in JSON mode. The output
//! limit is sent as `max_completion_tokens` (what OpenAI's reasoning models
//! take), or `max_tokens` once a server refuses the former; `temperature: 0`
//! is dropped once a server (a reasoning model) refuses it. One call is
//! one HTTP request (or a few, for these fallbacks): retries, backoff and
//! the budget live in the stage. The
//! API key is sent as a bearer token and never logged.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use serde_json::{Value, json};

use super::{EXTRACTION_SCHEMA, estimate_tokens};

/// Why a request gave no answer.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CallError {
    /// The request took longer than the configured timeout.
    #[error("the LLM server did not answer within {secs} s")]
    Timeout { secs: u64 },
    /// The server could not be reached.
    #[error("cannot reach the LLM server: {reason}")]
    Connect { reason: String },
    /// The server answered with an error status.
    #[error("the LLM server answered HTTP {status}: {body}")]
    Status {
        status: u16,
        /// The wait the server asked for (`Retry-After`, seconds or an
        /// HTTP date).
        retry_after: Option<Duration>,
        body: String,
    },
    /// The response is not a chat completion.
    #[error("the LLM server's response is not a chat completion: {reason}")]
    Malformed { reason: String },
}

impl CallError {
    /// Whether the same request may succeed later: timeouts, connection
    /// errors, 408, 409, 429 and 5xx.
    pub fn retryable(&self) -> bool {
        match self {
            Self::Timeout { .. } | Self::Connect { .. } => true,
            Self::Status { status, .. } => matches!(status, 408 | 409 | 429) || *status >= 500,
            Self::Malformed { .. } => false,
        }
    }

    /// The wait the server asked for, if any.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::Status {
                retry_after: Some(wait),
                ..
            } => Some(*wait),
            _ => None,
        }
    }
}

/// One chat message.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub role: &'static str,
    pub content: String,
}

/// What one completed request returned.
#[derive(Debug, Clone, PartialEq)]
pub struct Completion {
    /// The assistant message's content.
    pub content: String,
    /// Tokens in, as the server reported them (else estimated).
    pub prompt_tokens: u64,
    /// Tokens out, as the server reported them (else estimated).
    pub completion_tokens: u64,
    /// HTTP requests it took (2 when the server refused the JSON schema
    /// and was asked again in JSON mode).
    pub requests: u64,
}

/// The chat-completions client of one run.
#[derive(Debug)]
pub struct ChatClient {
    http: reqwest::Client,
    url: String,
    model: String,
    api_key: Option<SecretString>,
    timeout: Duration,
    max_output_tokens: u64,
    schema: Value,
    /// Set once the server refused `json_schema`.
    json_mode: AtomicBool,
    /// Set once the server refused `max_completion_tokens` (an older
    /// server): `max_tokens` is sent instead.
    legacy_max_tokens: AtomicBool,
    /// Set once the server refused `temperature: 0` (a reasoning model):
    /// no temperature is sent.
    no_temperature: AtomicBool,
}

impl ChatClient {
    /// A client for `base_url` (ending in `/v1` or not; `/chat/completions`
    /// is appended).
    pub fn new(
        http: reqwest::Client,
        base_url: &str,
        model: &str,
        api_key: Option<SecretString>,
        timeout: Duration,
        max_output_tokens: u64,
    ) -> Result<Self, CallError> {
        let schema: Value =
            serde_json::from_str(EXTRACTION_SCHEMA).map_err(|e| CallError::Malformed {
                reason: format!("schemas/llm/extraction.schema.json: {e}"),
            })?;
        Ok(Self {
            http,
            url: format!("{}/chat/completions", base_url.trim_end_matches('/')),
            model: model.to_string(),
            api_key,
            timeout,
            max_output_tokens,
            schema,
            json_mode: AtomicBool::new(false),
            legacy_max_tokens: AtomicBool::new(false),
            no_temperature: AtomicBool::new(false),
        })
    }

    /// Whether the client fell back to JSON mode.
    pub fn json_mode(&self) -> bool {
        self.json_mode.load(Ordering::Relaxed)
    }

    fn body(&self, messages: &[Message], json_mode: bool) -> Value {
        let response_format = if json_mode {
            json!({"type": "json_object"})
        } else {
            json!({
                "type": "json_schema",
                "json_schema": {"name": "email_extraction", "strict": true, "schema": self.schema},
            })
        };
        let mut body = json!({
            "model": self.model,
            "messages": messages
                .iter()
                .map(|m| json!({"role": m.role, "content": m.content}))
                .collect::<Vec<_>>(),
            "stream": false,
            "response_format": response_format,
        });
        let limit = if self.legacy_max_tokens.load(Ordering::Relaxed) {
            "max_tokens"
        } else {
            "max_completion_tokens"
        };
        body[limit] = json!(self.max_output_tokens);
        if !self.no_temperature.load(Ordering::Relaxed) {
            body["temperature"] = json!(0);
        }
        body
    }

    /// Asks once; asks again (at most three more times) when the server
    /// refuses a part of the request some servers do not take: the JSON
    /// schema (then JSON mode), `max_completion_tokens` (an older server:
    /// then `max_tokens`) or `temperature: 0` (a reasoning model: then
    /// none). What was refused stays off for the rest of the run.
    pub async fn complete(&self, messages: &[Message]) -> Result<Completion, CallError> {
        let mut requests = 0;
        loop {
            let json_mode = self.json_mode();
            requests += 1;
            match self.request(messages, json_mode).await {
                Ok(mut c) => {
                    c.requests = requests;
                    return Ok(c);
                }
                Err(CallError::Status {
                    status: 400, body, ..
                }) if requests < 4 && self.fall_back(&body, json_mode) => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Turns off what a 400's `body` says the server refused; false when it
    /// names nothing the client can do without.
    fn fall_back(&self, body: &str, json_mode: bool) -> bool {
        let b = body.to_ascii_lowercase();
        let legacy = self.legacy_max_tokens.load(Ordering::Relaxed);
        // "max_tokens" is not a part of "max_completion_tokens": each names
        // only itself.
        let (flag, on, what) = if !legacy && b.contains("max_completion_tokens") {
            (
                &self.legacy_max_tokens,
                true,
                "max_completion_tokens; sending max_tokens",
            )
        } else if legacy && b.contains("max_tokens") {
            (
                &self.legacy_max_tokens,
                false,
                "max_tokens; sending max_completion_tokens",
            )
        } else if b.contains("temperature") && !self.no_temperature.load(Ordering::Relaxed) {
            (&self.no_temperature, true, "temperature 0; sending none")
        } else if !json_mode && mentions_response_format(&b) {
            (&self.json_mode, true, "a JSON schema; asking in JSON mode")
        } else {
            return false;
        };
        tracing::info!(model = %self.model, "The LLM server refused {what} from now on.");
        flag.store(on, Ordering::Relaxed);
        true
    }

    async fn request(
        &self,
        messages: &[Message],
        json_mode: bool,
    ) -> Result<Completion, CallError> {
        let mut req = self
            .http
            .post(&self.url)
            .timeout(self.timeout)
            .json(&self.body(messages, json_mode));
        if let Some(key) = &self.api_key {
            req = req.bearer_auth(key.expose_secret());
        }
        let resp = req.send().await.map_err(|e| self.transport(&e))?;
        let status = resp.status();
        if !status.is_success() {
            // A date is read against the answer's own Date when it has one.
            let now = chrono::DateTime::from(std::time::SystemTime::now());
            let retry_after = crate::retry::retry_after(resp.headers(), now);
            let body = resp.text().await.unwrap_or_default();
            return Err(CallError::Status {
                status: status.as_u16(),
                retry_after,
                body: body.chars().take(300).collect(),
            });
        }
        let value: Value = resp.json().await.map_err(|e| {
            if e.is_timeout() {
                CallError::Timeout {
                    secs: self.timeout.as_secs(),
                }
            } else {
                CallError::Malformed {
                    reason: e.to_string(),
                }
            }
        })?;
        let content = value
            .pointer("/choices/0/message/content")
            .and_then(Value::as_str)
            .ok_or_else(|| CallError::Malformed {
                reason: "no choices[0].message.content".into(),
            })?
            .to_string();
        let sent: u64 = messages.iter().map(|m| estimate_tokens(&m.content)).sum();
        let usage = |k: &str| {
            value
                .pointer(&format!("/usage/{k}"))
                .and_then(Value::as_u64)
        };
        Ok(Completion {
            prompt_tokens: usage("prompt_tokens").unwrap_or(sent),
            completion_tokens: usage("completion_tokens")
                .unwrap_or_else(|| estimate_tokens(&content)),
            content,
            requests: 1,
        })
    }

    fn transport(&self, e: &reqwest::Error) -> CallError {
        if e.is_timeout() {
            CallError::Timeout {
                secs: self.timeout.as_secs(),
            }
        } else {
            // reqwest's message names the URL, never the headers: no key leaks.
            CallError::Connect {
                reason: e.to_string(),
            }
        }
    }
}

/// Whether a 400's body is about `response_format` / JSON schema support
/// (servers word it differently; a 400 about anything else is not retried).
fn mentions_response_format(body: &str) -> bool {
    let b = body.to_ascii_lowercase();
    b.contains("response_format")
        || b.contains("json_schema")
        || b.contains("schema")
        || b.contains("structured")
        || b.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_limits_and_server_errors_are_retried_bad_requests_are_not() {
        let status = |s| CallError::Status {
            status: s,
            retry_after: None,
            body: String::new(),
        };
        assert!(status(429).retryable());
        assert!(status(503).retryable());
        assert!(!status(400).retryable());
        assert!(!status(401).retryable());
        assert!(CallError::Timeout { secs: 1 }.retryable());
    }

    #[test]
    fn the_request_asks_for_the_schema_then_json_mode() {
        let c = ChatClient::new(
            reqwest::Client::new(),
            "http://127.0.0.1:1/v1/",
            "m",
            None,
            Duration::from_secs(1),
            100,
        )
        .unwrap();
        assert_eq!(c.url, "http://127.0.0.1:1/v1/chat/completions");
        let msgs = [Message {
            role: "user",
            content: "hi".into(),
        }];
        let b = c.body(&msgs, false);
        assert_eq!(b["response_format"]["type"], "json_schema");
        assert_eq!(
            b["response_format"]["json_schema"]["schema"]["properties"]["label"]["enum"][0],
            "application"
        );
        assert_eq!(
            c.body(&msgs, true)["response_format"]["type"],
            "json_object"
        );
    }
}
