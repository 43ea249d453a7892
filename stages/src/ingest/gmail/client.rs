//! The Gmail REST client: one authorized call with quota spending and
//! retries (a token bucket of quota units, exponential backoff with full
//! jitter, `Retry-After` as seconds or an HTTP date, a fresh access token on
//! 401), and the calls an import makes: `getProfile`, `messages.list`,
//! `history.list` and batched `messages.get?format=raw`. It knows nothing of
//! tables or checkpoints; the import in the parent module drives it.

use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine;
use base64::alphabet::URL_SAFE;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use chrono::{DateTime, NaiveDateTime, Utc};
use ring::rand::{SecureRandom, SystemRandom};
use secrecy::ExposeSecret;
use serde::Deserialize;

use super::GmailSource;
use super::batch::parse_batch;
use crate::clock::Clock;
use crate::error::{Result, StageError};
use crate::ingest::oauth::AccessTokens;

const UNITS_LIST: u32 = 5;
const UNITS_GET: u32 = 5;
const UNITS_HISTORY: u32 = 2;
const UNITS_PROFILE: u32 = 1;

/// How hard to retry a call that failed in a way that may pass.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// The first backoff; each attempt doubles it.
    pub base: Duration,
    /// The longest backoff.
    pub max: Duration,
    /// Attempts per call (or per batch part) before giving up.
    pub attempts: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            base: Duration::from_millis(500),
            max: Duration::from_secs(64),
            attempts: 8,
        }
    }
}

/// A token bucket over seconds given by the caller, so it is tested without
/// waiting. Any 60-second window spends at most `capacity + 60 * rate`.
#[derive(Debug, Clone)]
pub struct Bucket {
    capacity: f64,
    per_second: f64,
    level: f64,
    last: f64,
}

impl Bucket {
    /// A bucket that spends at most `per_minute` units in any 60 seconds: a
    /// tenth of it may go at once, the rest flows in evenly.
    pub fn per_minute(per_minute: u32) -> Self {
        let per_minute = f64::from(per_minute.max(10));
        let capacity = per_minute / 10.0;
        Self {
            capacity,
            per_second: (per_minute - capacity) / 60.0,
            level: capacity,
            last: 0.0,
        }
    }

    /// Takes `units` at time `now` (seconds); returns how long to wait
    /// before spending them. The units are reserved either way.
    pub fn take(&mut self, now: f64, units: u32) -> f64 {
        let now = now.max(self.last);
        self.level = (self.level + (now - self.last) * self.per_second).min(self.capacity);
        self.last = now;
        self.level -= f64::from(units);
        if self.level >= 0.0 {
            0.0
        } else {
            -self.level / self.per_second
        }
    }
}

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
    message: IdOnly,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ProfileAnswer {
    history_id: String,
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
    bucket: Bucket,
    started: Instant,
    retry: RetryPolicy,
    timeout: Duration,
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

/// A backoff for `attempt` (0-based): full jitter over `base * 2^attempt`,
/// at least `retry_after`.
fn backoff(policy: &RetryPolicy, attempt: u32, retry_after: Option<Duration>) -> Duration {
    let ceiling = policy
        .base
        .saturating_mul(1u32 << attempt.min(16))
        .min(policy.max);
    let mut b = [0u8; 4];
    let fraction = match SystemRandom::new().fill(&mut b) {
        Ok(()) => f64::from(u32::from_le_bytes(b)) / f64::from(u32::MAX),
        Err(_) => 0.5,
    };
    let jittered = ceiling.mul_f64(0.5 + fraction / 2.0);
    match retry_after {
        Some(ra) => jittered.max(ra.min(Duration::from_secs(900))),
        None => jittered,
    }
}

/// An HTTP-date in any of the three forms RFC 7231 (7.1.1.1) says a
/// recipient must accept: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`),
/// RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime
/// (`Sun Nov  6 08:49:37 1994`).
pub fn http_date(value: &str) -> Option<DateTime<Utc>> {
    let v = value.trim();
    if let Ok(d) = DateTime::parse_from_rfc2822(v) {
        return Some(d.with_timezone(&Utc));
    }
    if let Ok(d) = NaiveDateTime::parse_from_str(v, "%A, %d-%b-%y %H:%M:%S GMT") {
        return Some(d.and_utc());
    }
    let single_spaced = v.split_whitespace().collect::<Vec<_>>().join(" ");
    NaiveDateTime::parse_from_str(&single_spaced, "%a %b %e %H:%M:%S %Y")
        .ok()
        .map(|d| d.and_utc())
}

/// A `Retry-After` value (RFC 7231, 7.1.3): delay-seconds, or an HTTP-date
/// read against `now`. A date already past means no wait; anything else
/// unreadable is ignored (the backoff applies).
pub fn parse_retry_after(value: &str, now: DateTime<Utc>) -> Option<Duration> {
    let v = value.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = http_date(v)?;
    Some((at - now).to_std().unwrap_or(Duration::ZERO))
}

/// The `Retry-After` of an answer. A date is read against the answer's own
/// `Date` when it has one, so a skewed local clock does not matter, else
/// against `now`.
fn retry_after(headers: &reqwest::header::HeaderMap, now: DateTime<Utc>) -> Option<Duration> {
    let text = |name| headers.get(name).and_then(|v| v.to_str().ok());
    let now = text(reqwest::header::DATE)
        .and_then(http_date)
        .unwrap_or(now);
    parse_retry_after(text(reqwest::header::RETRY_AFTER)?, now)
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
            bucket: Bucket::per_minute(src.options.units_per_minute),
            started: Instant::now(),
            retry: src.options.retry,
            timeout: src.options.request_timeout,
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
        let wait = self
            .bucket
            .take(self.started.elapsed().as_secs_f64(), units);
        self.stats.units += u64::from(units);
        if wait > 0.0 {
            tracing::debug!(account = %self.account, wait_ms = (wait * 1000.0) as u64, "Waiting for Gmail quota.");
            tokio::time::sleep(Duration::from_secs_f64(wait)).await;
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
                if attempt >= self.retry.attempts {
                    return Err(self.remote(
                        Some(status),
                        format!(
                            "{path}: gave up after {attempt} attempts: {}",
                            error_message(&bytes)
                        ),
                    ));
                }
                let wait = backoff(
                    &self.retry,
                    attempt - 1,
                    retry_after(&headers, self.clock.now()),
                );
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

    /// The mailbox's current `historyId`.
    pub async fn profile(&mut self) -> Result<String> {
        let a = self
            .call(UNITS_PROFILE, "/gmail/v1/users/me/profile", &[], None)
            .await?;
        Ok(self
            .json::<ProfileAnswer>("users.getProfile", &a)?
            .history_id)
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

    /// One page of `history.list` from `start`: the ids of added messages,
    /// the next page token and the mailbox's `historyId`. `None` when the
    /// start is too old (404): the caller lists everything instead.
    pub async fn history(
        &mut self,
        start: &str,
        page_token: Option<&str>,
    ) -> Result<Option<(Vec<String>, Option<String>, Option<String>)>> {
        let mut q: Vec<(&str, &str)> =
            vec![("startHistoryId", start), ("historyTypes", "messageAdded")];
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
            .map(|m| m.message.id)
            .collect();
        Ok(Some((ids, page.next_page_token, page.history_id)))
    }

    /// Fetches messages with `format=raw` in one batch request, sending
    /// again only the parts that failed in a way that may pass. Messages
    /// deleted since they were listed (404) are left out.
    pub async fn get_batch(&mut self, ids: &[String]) -> Result<Vec<RawMessage>> {
        let mut pending: Vec<&String> = ids.iter().collect();
        let mut out = Vec::with_capacity(ids.len());
        let mut attempt = 0;
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
            if !again.is_empty() {
                attempt += 1;
                if attempt >= self.retry.attempts {
                    return Err(self.remote(
                        None,
                        format!(
                            "{} messages still failing after {attempt} batch attempts",
                            again.len()
                        ),
                    ));
                }
                self.stats.retries += again.len() as u64;
                let wait = backoff(&self.retry, attempt - 1, wait_hint);
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
    fn the_bucket_keeps_every_minute_under_its_budget() {
        let mut b = Bucket::per_minute(12_000);
        // A greedy caller asking 5 units at a time for ten minutes.
        let mut now = 0.0;
        let mut spent: Vec<(f64, u32)> = Vec::new();
        while now < 600.0 {
            let wait = b.take(now, 5);
            now += wait;
            spent.push((now, 5));
        }
        let mut worst = 0;
        for (i, (t0, _)) in spent.iter().enumerate() {
            let in_window: u32 = spent[i..]
                .iter()
                .take_while(|(t, _)| *t < t0 + 60.0)
                .map(|(_, u)| u)
                .sum();
            worst = worst.max(in_window);
        }
        assert!(worst <= 12_000, "{worst} units in one minute");
        assert!(worst >= 11_000, "the budget is used: {worst}");
    }

    #[test]
    fn retry_after_is_read_as_seconds_or_as_an_http_date() {
        let now = DateTime::parse_from_rfc3339("1994-11-06T08:49:07Z")
            .unwrap()
            .with_timezone(&Utc);
        let in_30s = Some(Duration::from_secs(30));
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
        // The three forms of RFC 7231, all 30 seconds after `now`.
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now),
            in_30s
        );
        assert_eq!(
            parse_retry_after("Sunday, 06-Nov-94 08:49:37 GMT", now),
            in_30s
        );
        assert_eq!(parse_retry_after("Sun Nov  6 08:49:37 1994", now), in_30s);
        // A date already past is no wait; junk is ignored.
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-5", now), None);

        // A date is read against the answer's own Date, not the local clock.
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            reqwest::header::RETRY_AFTER,
            "Wed, 21 Oct 2015 07:28:10 GMT".parse().unwrap(),
        );
        headers.insert(
            reqwest::header::DATE,
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
        );
        assert_eq!(retry_after(&headers, now), Some(Duration::from_secs(10)));
        headers.remove(reqwest::header::DATE);
        let local = DateTime::parse_from_rfc3339("2015-10-21T07:27:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(retry_after(&headers, local), Some(Duration::from_secs(70)));

        // Inside a batch, a part's date is read against the part's Date.
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
