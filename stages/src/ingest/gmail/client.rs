//! The Gmail REST client: the calls an import makes (`getProfile`,
//! `messages.list`, `history.list` and batched `messages.get?format=raw`)
//! over [`crate::ingest::google::GoogleApi`], which spends the quota, retries and
//! refreshes the access token. It knows nothing of
//! tables or checkpoints; the import in the parent module drives it.

use std::sync::Arc;

use base64::Engine;
use base64::alphabet::URL_SAFE;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::GmailSource;
use super::batch::parse_batch;
use crate::clock::Clock;
use crate::error::{Result, StageError};
use crate::ingest::google::{Answer, CallOptions, GoogleApi, error_message, retryable};
use crate::ingest::oauth::AccessTokens;

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

/// The Gmail API for one account.
pub struct GmailClient {
    api: GoogleApi,
    /// `include-spam-trash`: list and follow SPAM and TRASH too.
    spam_trash: bool,
    fetched: u64,
}

impl std::fmt::Debug for GmailClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GmailClient")
            .field("api", &self.api)
            .field("fetched", &self.fetched)
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
        let options = CallOptions {
            units_per_minute: src.options.units_per_minute,
            retry: src.options.retry,
            timeout: src.options.request_timeout,
        };
        Self {
            api: GoogleApi::new(
                "Gmail API",
                http,
                &src.api_base_url,
                account,
                tokens,
                options,
                clock,
            ),
            spam_trash: src.options.include_spam_trash,
            fetched: 0,
        }
    }

    /// What the import spent and fetched.
    pub fn stats(&self) -> GmailStats {
        let s = self.api.stats;
        GmailStats {
            calls: s.calls,
            units: s.units,
            retries: s.retries,
            fetched: self.fetched,
        }
    }

    fn json<T: for<'de> Deserialize<'de>>(&self, what: &str, a: &Answer) -> Result<T> {
        self.api.json(what, a)
    }

    fn remote(&self, status: Option<u16>, reason: String) -> StageError {
        self.api.remote(status, reason)
    }

    /// The mailbox's current `historyId` and its address.
    pub async fn profile(&mut self) -> Result<(String, Option<String>)> {
        let a = self
            .api
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
            .api
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
            .api
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
        let mut waits = self.api.retry.waits();
        while !pending.is_empty() {
            let boundary = format!("jobtrack_batch_{}", self.api.stats.calls);
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
                .api
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
                a.date.unwrap_or_else(|| self.api.clock.now()),
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
                        tracing::info!(account = %self.api.account(), id = %pending[i], "A listed message is gone; skipped.");
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
                self.api.invalidate_token();
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
                self.api.stats.retries += again.len() as u64;
                tracing::info!(account = %self.api.account(), failed = again.len(), wait_ms = wait.as_millis() as u64, "Retrying the failed parts of a batch.");
                tokio::time::sleep(wait).await;
            }
            pending = again;
        }
        self.fetched += out.len() as u64;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

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
}
