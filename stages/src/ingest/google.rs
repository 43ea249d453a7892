//! One authorized call to a Google REST API, shared by the Gmail client and
//! the Sheets export: quota spent before each request (the per-minute
//! limiter of [`crate::retry`]), the access token of the account as a
//! bearer token (refreshed once when the API answers 401), and retries of
//! what may pass (429, 5xx, a 403 for a rate limit, no connection, no
//! answer in time) under the account's retry policy, never sooner than
//! `Retry-After` asks. It knows no API's paths; each client names them.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use secrecy::ExposeSecret;
use serde::Deserialize;

use crate::clock::Clock;
use crate::error::{Result, StageError};
use crate::ingest::oauth::AccessTokens;
use crate::retry::{QuotaLimiter, RetryPolicy, http_date, retry_after};

/// Counters of one client's calls.
#[derive(Debug, Clone, Copy, Default)]
pub struct CallStats {
    pub calls: u64,
    pub units: u64,
    pub retries: u64,
}

/// Google's error body: `{"error": {"code", "message", "errors": [{"reason"}]}}`.
#[derive(Deserialize)]
struct ErrorBody {
    error: ErrorInner,
}

#[derive(Deserialize)]
struct ErrorInner {
    #[serde(default)]
    message: String,
    #[serde(default)]
    errors: Vec<ErrorItem>,
}

#[derive(Deserialize)]
struct ErrorItem {
    #[serde(default)]
    reason: String,
}

/// Whether an answer is one to retry: 429, 5xx, or 403 for a rate limit.
pub fn retryable(status: u16, body: &[u8]) -> bool {
    if status == 429 || status >= 500 {
        return true;
    }
    status == 403
        && serde_json::from_slice::<ErrorBody>(body).is_ok_and(|e| {
            e.error.errors.iter().any(|i| {
                matches!(
                    i.reason.as_str(),
                    "rateLimitExceeded" | "userRateLimitExceeded"
                )
            })
        })
}

/// The message of Google's error body, or the first 200 bytes of another.
pub fn error_message(body: &[u8]) -> String {
    serde_json::from_slice::<ErrorBody>(body)
        .map(|e| e.error.message)
        .unwrap_or_else(|_| String::from_utf8_lossy(&body[..body.len().min(200)]).into_owned())
}

/// A final answer of the API.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub content_type: String,
    /// The answer's `Date`, which `Retry-After` dates are read against.
    pub date: Option<DateTime<Utc>>,
    pub body: Vec<u8>,
}

/// How a client calls its API.
#[derive(Debug, Clone, Copy)]
pub struct CallOptions {
    /// Quota units the API allows per minute (the limiter's budget).
    pub units_per_minute: u32,
    pub retry: RetryPolicy,
    /// How long one request may take before it is retried as failed.
    pub timeout: Duration,
}

/// A Google API for one account.
pub struct GoogleApi {
    http: reqwest::Client,
    base: String,
    service: &'static str,
    account: String,
    tokens: AccessTokens,
    limiter: QuotaLimiter,
    pub(crate) retry: RetryPolicy,
    timeout: Duration,
    /// Reads `Retry-After` dates when an answer has no `Date`.
    pub(crate) clock: Arc<dyn Clock>,
    pub stats: CallStats,
}

impl std::fmt::Debug for GoogleApi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GoogleApi")
            .field("service", &self.service)
            .field("base", &self.base)
            .field("account", &self.account)
            .field("stats", &self.stats)
            .finish_non_exhaustive()
    }
}

impl GoogleApi {
    /// `service` names the API in errors and logs ("Gmail API").
    pub fn new(
        service: &'static str,
        http: reqwest::Client,
        base: &str,
        account: &str,
        tokens: AccessTokens,
        options: CallOptions,
        clock: Arc<dyn Clock>,
    ) -> Self {
        Self {
            http,
            base: base.trim_end_matches('/').to_string(),
            service,
            account: account.to_string(),
            tokens,
            limiter: QuotaLimiter::per_minute(options.units_per_minute),
            retry: options.retry,
            timeout: options.timeout,
            clock,
            stats: CallStats::default(),
        }
    }

    pub fn account(&self) -> &str {
        &self.account
    }

    /// Forgets the access token, so the next call fetches a fresh one.
    pub fn invalidate_token(&mut self) {
        self.tokens.invalidate();
    }

    /// What a failed exchange says, as the body of the pseudo-status 599.
    fn transport_error(&self, e: reqwest::Error) -> Vec<u8> {
        if e.is_timeout() {
            format!("no answer within {} s", self.timeout.as_secs_f64()).into_bytes()
        } else {
            e.without_url().to_string().into_bytes()
        }
    }

    /// An error of this API for this account.
    pub fn remote(&self, status: Option<u16>, reason: String) -> StageError {
        StageError::Remote {
            service: self.service,
            account: self.account.clone(),
            status,
            reason,
        }
    }

    async fn spend(&mut self, units: u32) {
        self.stats.units += u64::from(units);
        let waited = self.limiter.spend(units).await;
        if !waited.is_zero() {
            tracing::debug!(service = self.service, account = %self.account, wait_ms = waited.as_millis() as u64, "Waited for API quota.");
        }
    }

    /// Sends a request (a GET, or a POST of `body` with its content type)
    /// until it gets a final answer: retries what may pass, refreshes the
    /// access token once on 401.
    pub async fn call(
        &mut self,
        units: u32,
        path: &str,
        query: &[(&str, &str)],
        body: Option<(String, Vec<u8>)>,
    ) -> Result<Answer> {
        let url = format!("{}{}", self.base, path);
        let mut attempt = 0;
        let mut waits = self.retry.waits();
        let mut reauthorized = false;
        loop {
            self.spend(units).await;
            let token = self.tokens.get().await?;
            let mut req = match &body {
                Some((ct, bytes)) => self
                    .http
                    .post(&url)
                    .header(reqwest::header::CONTENT_TYPE, ct)
                    .body(bytes.clone()),
                None => self.http.get(&url),
            };
            if !query.is_empty() {
                req = req.query(query);
            }
            self.stats.calls += 1;
            let sent = req
                .bearer_auth(token.expose_secret())
                .timeout(self.timeout)
                .send()
                .await;
            let (status, headers, bytes) = match sent {
                Ok(resp) => {
                    let status = resp.status().as_u16();
                    let headers = resp.headers().clone();
                    match resp.bytes().await {
                        Ok(b) => (status, headers, b.to_vec()),
                        Err(e) => (599, headers, self.transport_error(e)),
                    }
                }
                // A connection error or no answer in time: retried like a 5xx.
                Err(e) => (
                    599,
                    reqwest::header::HeaderMap::new(),
                    self.transport_error(e),
                ),
            };
            if status == 401 && !reauthorized {
                reauthorized = true;
                self.tokens.invalidate();
                continue;
            }
            if retryable(status, &bytes) {
                attempt += 1;
                let Some(wait) = waits.next(retry_after(&headers, self.clock.now())) else {
                    return Err(self.remote(
                        Some(status),
                        format!(
                            "{path}: gave up after {attempt} attempts: {}",
                            error_message(&bytes)
                        ),
                    ));
                };
                self.stats.retries += 1;
                tracing::info!(service = self.service, account = %self.account, status, attempt, wait_ms = wait.as_millis() as u64, "The API asked to slow down or failed; retrying.");
                tokio::time::sleep(wait).await;
                continue;
            }
            let content_type = headers
                .get(reqwest::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string();
            let date = headers
                .get(reqwest::header::DATE)
                .and_then(|v| v.to_str().ok())
                .and_then(http_date);
            return Ok(Answer {
                status,
                content_type,
                date,
                body: bytes,
            });
        }
    }

    /// A 2xx answer's JSON body as `T`; any other answer as an error
    /// naming `what` and Google's message.
    pub fn json<T: for<'de> Deserialize<'de>>(&self, what: &str, a: &Answer) -> Result<T> {
        if !(200..300).contains(&a.status) {
            return Err(self.remote(
                Some(a.status),
                format!("{what}: {}", error_message(&a.body)),
            ));
        }
        serde_json::from_slice(&a.body)
            .map_err(|e| self.remote(Some(a.status), format!("{what}: unreadable answer: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_limit_403s_are_retried_and_other_403s_are_not() {
        let rl = br#"{"error":{"code":403,"message":"x","errors":[{"reason":"userRateLimitExceeded"}]}}"#;
        let denied = br#"{"error":{"code":403,"message":"x","errors":[{"reason":"insufficientPermissions"}]}}"#;
        assert!(retryable(403, rl));
        assert!(!retryable(403, denied));
        assert!(retryable(429, b""));
        assert!(retryable(503, b""));
        assert!(!retryable(404, b""));
        assert_eq!(error_message(denied), "x");
    }
}
