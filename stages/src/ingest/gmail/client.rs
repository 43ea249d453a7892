//! The Gmail REST client: one authorized call with quota spending and
//! retries (the quota limiter and retry policy of [`crate::retry`], a fresh
//! access token on 401), and the calls an import makes: `getProfile`, `messages.list`,
//! `history.list` and batched `messages.get?format=raw`. It knows nothing of
//! tables or checkpoints; the import in the parent module drives it.

use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use base64::alphabet::URL_SAFE;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use chrono::{DateTime, Utc};
use secrecy::ExposeSecret;
use serde::Deserialize;

use super::GmailSource;
use super::batch::parse_batch;
use crate::clock::Clock;
use crate::error::{Result, StageError};
use crate::ingest::oauth::AccessTokens;
use crate::retry::{QuotaLimiter, RetryPolicy, http_date, retry_after};

const UNITS_LIST: u32 = 5;
const UNITS_GET: u32 = 5;
const UNITS_HISTORY: u32 = 2;
const UNITS_PROFILE: u32 = 1;

/// Counters a Gmail import reports.
#[derive(Debug, Clone, Copy, Default)]
pub struct GmailStats {
    pub calls: u64,
    pub units: u64,
    pub retries: u64,
    pub fetched: u64,
}

/// One message as `messages.get?format=raw` returns it.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RawMessage {
    pub id: String,
    #[serde(default)]
    pub thread_id: Option<String>,
    #[serde(default)]
    pub label_ids: Vec<String>,
    #[serde(default)]
    pub internal_date: Option<String>,
    #[serde(default)]
    pub raw: Option<String>,
}

impl RawMessage {
    /// The decoded RFC 5322 bytes.
    pub fn bytes(&self) -> Option<Vec<u8>> {
        let engine = GeneralPurpose::new(
            &URL_SAFE,
            GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
        );
        engine.decode(self.raw.as_deref()?.trim()).ok()
    }

    /// `internalDate` (milliseconds since the epoch) as a time.
    pub fn internal_date(&self) -> Option<DateTime<Utc>> {
        let ms: i64 = self.internal_date.as_deref()?.parse().ok()?;
        DateTime::from_timestamp_millis(ms)
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListAnswer {
    #[serde(default)]
    messages: Vec<IdOnly>,
    #[serde(default)]
    next_page_token: Option<String>,
}

#[derive(Deserialize)]
struct IdOnly {
    id: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct HistoryAnswer {
    #[serde(default)]
    history: Vec<HistoryRecord>,
    #[serde(default)]
    next_page_token: Option<String>,
    #[serde(default)]
    history_id: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct HistoryRecord {
    #[serde(default)]
    messages_added: Vec<Added>,
}

#[derive(Deserialize)]
struct Added {
    message: AddedMessage,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AddedMessage {
    id: String,
    #[serde(default)]
    label_ids: Vec<String>,
}

/// Labels of mail a listing leaves out unless the account asks for it
/// (`messages.list` without `includeSpamTrash`).
const SPAM_TRASH: [&str; 2] = ["SPAM", "TRASH"];

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ProfileAnswer {
    history_id: String,
    #[serde(default)]
    email_address: Option<String>,
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
fn retryable(status: u16, body: &[u8]) -> bool {
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

fn error_message(body: &[u8]) -> String {
    serde_json::from_slice::<ErrorBody>(body)
        .map(|e| e.error.message)
        .unwrap_or_else(|_| String::from_utf8_lossy(&body[..body.len().min(200)]).into_owned())
}

/// A final answer of the API.
struct Answer {
    status: u16,
    content_type: String,
    /// The answer's `Date`, which `Retry-After` dates are read against.
    date: Option<DateTime<Utc>>,
    body: Vec<u8>,
}

/// The Gmail API for one account.
pub struct GmailClient {
    http: reqwest::Client,
    base: String,
    account: String,
    tokens: AccessTokens,
    limiter: QuotaLimiter,
    retry: RetryPolicy,
    timeout: Duration,
    /// `include-spam-trash`: list and follow SPAM and TRASH too.
    spam_trash: bool,
    /// Reads `Retry-After` dates when an answer has no `Date`.
    clock: Arc<dyn Clock>,
    pub stats: GmailStats,
}

impl std::fmt::Debug for GmailClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GmailClient")
            .field("base", &self.base)
            .field("account", &self.account)
            .field("stats", &self.stats)
            .finish_non_exhaustive()
    }
}

impl GmailClient {
    pub fn new(
        http: reqwest::Client,
        account: &str,
        src: &GmailSource,
        tokens: AccessTokens,
        clock: Arc<dyn Clock>,
    ) -> Self {
        Self {
            http,
            base: src.api_base_url.trim_end_matches('/').to_string(),
            account: account.to_string(),
            tokens,
            limiter: QuotaLimiter::per_minute(src.options.units_per_minute),
            retry: src.options.retry,
            timeout: src.options.request_timeout,
            spam_trash: src.options.include_spam_trash,
            clock,
            stats: GmailStats::default(),
        }
    }

    /// What a failed exchange says, as the body of the pseudo-status 599.
    fn transport_error(&self, e: reqwest::Error) -> Vec<u8> {
        if e.is_timeout() {
            format!("no answer within {} s", self.timeout.as_secs_f64()).into_bytes()
        } else {
            e.without_url().to_string().into_bytes()
        }
    }

    fn remote(&self, status: Option<u16>, reason: String) -> StageError {
        StageError::Remote {
            service: "Gmail API",
            account: self.account.clone(),
            status,
            reason,
        }
    }

    async fn spend(&mut self, units: u32) {
        self.stats.units += u64::from(units);
        let waited = self.limiter.spend(units).await;
        if !waited.is_zero() {
            tracing::debug!(account = %self.account, wait_ms = waited.as_millis() as u64, "Waited for Gmail quota.");
        }
    }

    /// Sends a request until it gets a final answer: retries what may pass,
    /// refreshes the access token once on 401.
    async fn call(
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
                tracing::info!(account = %self.account, status, attempt, wait_ms = wait.as_millis() as u64, "Gmail asked to slow down or failed; retrying.");
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

    fn json<T: for<'de> Deserialize<'de>>(&self, what: &str, a: &Answer) -> Result<T> {
        if !(200..300).contains(&a.status) {
            return Err(self.remote(
                Some(a.status),
                format!("{what}: {}", error_message(&a.body)),
            ));
        }
        serde_json::from_slice(&a.body)
            .map_err(|e| self.remote(Some(a.status), format!("{what}: unreadable answer: {e}")))
    }

    /// The mailbox's current `historyId` and its address.
    pub async fn profile(&mut self) -> Result<(String, Option<String>)> {
        let a = self
            .call(UNITS_PROFILE, "/gmail/v1/users/me/profile", &[], None)
            .await?;
        let p = self.json::<ProfileAnswer>("users.getProfile", &a)?;
        Ok((p.history_id, p.email_address))
    }

    /// One page of `messages.list`: ids and the next page token. `None`
    /// when Google refuses the page token (start the listing over).
    pub async fn list(
        &mut self,
        query: Option<&str>,
        page_token: Option<&str>,
        page_size: u32,
    ) -> Result<Option<(Vec<String>, Option<String>)>> {
        let size = page_size.clamp(1, 500).to_string();
        let mut q: Vec<(&str, &str)> = vec![("maxResults", &size)];
        if let Some(query) = query {
            q.push(("q", query));
        }
        if self.spam_trash {
            q.push(("includeSpamTrash", "true"));
        }
        if let Some(t) = page_token {
            q.push(("pageToken", t));
        }
        let a = self
            .call(UNITS_LIST, "/gmail/v1/users/me/messages", &q, None)
            .await?;
        if a.status == 400 && page_token.is_some() {
            return Ok(None);
        }
        let page: ListAnswer = self.json("messages.list", &a)?;
        Ok(Some((
            page.messages.into_iter().map(|m| m.id).collect(),
            page.next_page_token,
        )))
    }

    /// One page of `history.list` from `start` (up to 500 records, the
    /// most Gmail gives): the ids of added messages, the next page token
    /// and the mailbox's `historyId`. Mail added to SPAM or TRASH is left
    /// out, as the first listing left it out, unless the account asks for
    /// it. `None` when the start is too old (404): the caller lists
    /// everything instead.
    pub async fn history(
        &mut self,
        start: &str,
        page_token: Option<&str>,
    ) -> Result<Option<(Vec<String>, Option<String>, Option<String>)>> {
        let mut q: Vec<(&str, &str)> = vec![
            ("startHistoryId", start),
            ("historyTypes", "messageAdded"),
            ("maxResults", "500"),
        ];
        if let Some(t) = page_token {
            q.push(("pageToken", t));
        }
        let a = self
            .call(UNITS_HISTORY, "/gmail/v1/users/me/history", &q, None)
            .await?;
        if a.status == 404 {
            return Ok(None);
        }
        let page: HistoryAnswer = self.json("history.list", &a)?;
        let ids = page
            .history
            .into_iter()
            .flat_map(|h| h.messages_added)
            .filter(|m| {
                self.spam_trash
                    || !m
                        .message
                        .label_ids
                        .iter()
                        .any(|l| SPAM_TRASH.contains(&l.as_str()))
            })
            .map(|m| m.message.id)
            .collect();
        Ok(Some((ids, page.next_page_token, page.history_id)))
    }

    /// Fetches messages with `format=raw` in one batch request, sending
    /// again only the parts that failed in a way that may pass, and the
    /// parts answered 401 (the access token expired while the batch was
    /// answered) with a fresh token. Messages deleted since they were
    /// listed (404) are left out.
    pub async fn get_batch(&mut self, ids: &[String]) -> Result<Vec<RawMessage>> {
        let mut pending: Vec<&String> = ids.iter().collect();
        let mut out = Vec::with_capacity(ids.len());
        let mut attempt = 0;
        let mut waits = self.retry.waits();
        while !pending.is_empty() {
            let boundary = format!("jobtrack_batch_{}", self.stats.calls);
            let mut body = Vec::new();
            for (i, id) in pending.iter().enumerate() {
                body.extend_from_slice(
                    format!(
                        "--{boundary}\r\nContent-Type: application/http\r\nContent-ID: <item{i}>\r\n\r\nGET /gmail/v1/users/me/messages/{id}?format=raw\r\n\r\n"
                    )
                    .as_bytes(),
                );
            }
            body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
            let units = UNITS_GET * pending.len() as u32;
            let a = self
                .call(
                    units,
                    "/batch/gmail/v1",
                    &[],
                    Some((format!("multipart/mixed; boundary={boundary}"), body)),
                )
                .await?;
            if !(200..300).contains(&a.status) {
                return Err(self.remote(
                    Some(a.status),
                    format!("batch request: {}", error_message(&a.body)),
                ));
            }
            let parts = parse_batch(
                &a.content_type,
                &a.body,
                a.date.unwrap_or_else(|| self.clock.now()),
            )
            .map_err(|reason| self.remote(Some(a.status), format!("batch answer: {reason}")))?;
            let mut again = Vec::new();
            let mut unauthorized = false;
            let mut wait_hint = None;
            let mut answered = vec![false; pending.len()];
            for part in parts {
                let Some(i) = part.index.filter(|i| *i < pending.len()) else {
                    continue;
                };
                answered[i] = true;
                match part.status {
                    200..=299 => {
                        let m: RawMessage = serde_json::from_slice(&part.body).map_err(|e| {
                            self.remote(
                                Some(part.status),
                                format!("messages.get {}: {e}", pending[i]),
                            )
                        })?;
                        out.push(m);
                    }
                    404 => {
                        tracing::info!(account = %self.account, id = %pending[i], "A listed message is gone; skipped.");
                    }
                    401 => {
                        unauthorized = true;
                        again.push(pending[i]);
                    }
                    s if retryable(s, &part.body) => {
                        wait_hint = wait_hint.max(part.retry_after);
                        again.push(pending[i]);
                    }
                    s => {
                        return Err(self.remote(
                            Some(s),
                            format!("messages.get {}: {}", pending[i], error_message(&part.body)),
                        ));
                    }
                }
            }
            // A part the answer left out is asked again.
            for (i, done) in answered.iter().enumerate() {
                if !done {
                    again.push(pending[i]);
                }
            }
            if unauthorized {
                // The next round asks the token endpoint for a fresh token.
                self.tokens.invalidate();
            }
            if !again.is_empty() {
                attempt += 1;
                let Some(wait) = waits.next(wait_hint) else {
                    return Err(self.remote(
                        None,
                        format!(
                            "{} messages still failing after {attempt} batch attempts",
                            again.len()
                        ),
                    ));
                };
                self.stats.retries += again.len() as u64;
                tracing::info!(account = %self.account, failed = again.len(), wait_ms = wait.as_millis() as u64, "Retrying the failed parts of a batch.");
                tokio::time::sleep(wait).await;
            }
            pending = again;
        }
        self.stats.fetched += out.len() as u64;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_batch_part_reads_its_retry_after_against_its_own_date() {
        let now = DateTime::parse_from_rfc3339("1994-11-06T08:49:07Z")
            .unwrap()
            .with_timezone(&Utc);
        let body = "--b\r\nContent-Type: application/http\r\nContent-ID: <response-item0>\r\n\r\nHTTP/1.1 429 Too Many Requests\r\nDate: Wed, 21 Oct 2015 07:28:00 GMT\r\nRetry-After: Wed, 21 Oct 2015 07:28:05 GMT\r\n\r\n{}\r\n--b--\r\n";
        let parts = parse_batch("multipart/mixed; boundary=b", body.as_bytes(), now).unwrap();
        assert_eq!(parts[0].retry_after, Some(Duration::from_secs(5)));
    }

    #[test]
    fn rate_limit_403s_are_retried_and_other_403s_are_not() {
        let rl = br#"{"error":{"code":403,"message":"x","errors":[{"reason":"userRateLimitExceeded"}]}}"#;
        let denied = br#"{"error":{"code":403,"message":"x","errors":[{"reason":"insufficientPermissions"}]}}"#;
        assert!(retryable(403, rl));
        assert!(!retryable(403, denied));
        assert!(retryable(429, b""));
        assert!(retryable(503, b""));
        assert!(!retryable(404, b""));
    }
}
