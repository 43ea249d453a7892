//! Gmail through its REST API: a historical import and incremental runs, under
//! Gmail's per-user quota.
//!
//! Input: a Gmail account (OAuth client, the encrypted refresh token under the
//! data root, an optional search `query`). Output: rows of `raw_messages`
//! (`source` = `gmail`, `source_ref` = Gmail's message id, with `threadId`,
//! `labelIds` and `internalDate` as `gmail_thread_id`, `labels` and
//! `envelope_date`). Grain: one row per distinct message, keyed like every
//! source by `email_id`.
//!
//! A full import reads the mailbox's `historyId` (`users.getProfile`), pages
//! through `messages.list` and fetches each id not stored yet with
//! `messages.get?format=raw`, 50 to a batch request. Every page is a
//! checkpoint: its rows and the cursor (the page token, and the `historyId`
//! the listing started at) commit in one manifest write, so a killed run goes
//! on at the next page and refetches nothing it stored. Later runs read
//! `history.list` from the stored `historyId` (messageAdded only); when Google
//! answers 404 (the id is too old) they list everything again, skipping the
//! ids already stored. Message ids the table holds are never fetched again.
//! An account with a `query` cannot use history (it ignores the query): its
//! later runs list the matching messages newest first and stop at the first
//! page that holds nothing new.
//!
//! Quota: Gmail charges units per user per minute (list, get: 5; history: 2;
//! profile: 1; 15,000 a minute). A token bucket spends at most
//! `units_per_minute` (default 12,000) in any 60 seconds, retries included.
//! 429, 403 `rateLimitExceeded`/`userRateLimitExceeded` and 5xx are retried
//! with exponential backoff and full jitter, waiting at least `Retry-After`
//! (seconds, or an HTTP date read against the answer's `Date`); inside a
//! batch only the parts that failed are sent again.
//!
//! [`client`] is the REST client (quota, retries, the calls), [`batch`]
//! splits batch answers; this file is the import: which calls to make, and
//! what is stored and checkpointed after each page.

mod batch;
mod client;

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use serde::{Deserialize, Serialize};

pub use batch::{BatchPart, parse_batch};
pub use client::{
    Bucket, GmailClient, GmailStats, RawMessage, RetryPolicy, http_date, parse_retry_after,
};

use super::oauth::{AccessTokens, OAuthClient, TokenStore};
use super::{Found, Sink, TABLE};
use crate::error::{Result, StageError};

/// Google's API host, the default of `api-base-url`.
pub const GOOGLE_API_BASE: &str = "https://gmail.googleapis.com";
/// Gmail's published per-user limit.
pub const GMAIL_UNITS_PER_MINUTE: u32 = 15_000;

/// Gmail accepts up to 100 calls in a batch but advises against more than 50.
pub const MAX_BATCH: usize = 50;

/// Tunables of the Gmail client.
#[derive(Debug, Clone, Copy)]
pub struct GmailOptions {
    /// Quota units the client may spend in any 60 seconds.
    pub units_per_minute: u32,
    /// `maxResults` of `messages.list` (Gmail allows up to 500).
    pub page_size: u32,
    /// Calls per batch request (at most [`MAX_BATCH`]).
    pub batch_size: usize,
    pub retry: RetryPolicy,
    /// The longest one call may take, from sending to the last byte of its
    /// answer; a call that takes longer is retried like a connection error.
    /// A server that accepts and never answers fails the import within
    /// `retry.attempts` of these (plus backoff) instead of hanging the run.
    pub request_timeout: Duration,
}

impl Default for GmailOptions {
    fn default() -> Self {
        Self {
            units_per_minute: 12_000,
            page_size: 500,
            batch_size: MAX_BATCH,
            retry: RetryPolicy::default(),
            request_timeout: Duration::from_secs(60),
        }
    }
}

/// A configured Gmail account.
#[derive(Debug, Clone)]
pub struct GmailSource {
    pub oauth: OAuthClient,
    pub tokens: TokenStore,
    /// A Gmail search (`q=`), e.g. `newer_than:2y -category:promotions`.
    pub query: Option<String>,
    /// `https://gmail.googleapis.com` unless pointed elsewhere.
    pub api_base_url: String,
    pub options: GmailOptions,
}

/// Where a full listing stands, kept in the manifest between pages.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Listing {
    /// The mailbox's `historyId` when the listing began: incremental runs
    /// start there once it is done.
    history_id: String,
    /// The next page, `None` before the first.
    page_token: Option<String>,
}

fn key_history(account: &str) -> String {
    format!("gmail:{account}:history_id")
}

fn key_listing(account: &str) -> String {
    format!("gmail:{account}:listing")
}

/// Gmail's hex `threadId` as the decimal `X-GM-THRID` of IMAP and Takeout, so
/// normalize threads messages alike whichever way they came.
pub fn thread_decimal(thread_id: &str) -> Option<String> {
    u64::from_str_radix(thread_id, 16)
        .ok()
        .map(|n| n.to_string())
}

impl Sink<'_> {
    /// Imports a Gmail account: incremental from the stored `historyId`
    /// where there is one, else (or when it expired) a full listing.
    pub(super) fn ingest_gmail(&mut self, account: &str, src: &GmailSource) -> Result<GmailStats> {
        let handle = self.handle.clone();
        let refresh = handle.block_on(src.tokens.load(&self.ctx.user_id, account))?;
        let tokens = AccessTokens::new(src.oauth.clone(), account, refresh)?;
        let mut client = GmailClient::new(
            self.ctx.http.clone(),
            account,
            src,
            tokens,
            self.ctx.clock.clone(),
        );
        let mut known = self.stored_refs(account, "gmail")?;
        let listing = self.checkpoint(&key_listing(account))?;
        let history = self.checkpoint(&key_history(account))?;
        self.ctx.progress.start(TABLE, account, None);
        let mut full = true;
        if let (None, Some(_), Some(query)) = (&listing, &history, &src.query) {
            // history.list knows nothing of the query: list what matches,
            // newest first, until a page holds nothing new.
            self.gmail_recent(&mut client, account, src, &mut known, query)?;
            full = false;
        } else if let (None, Some(start)) = (&listing, &history) {
            full = !self.gmail_history(&mut client, account, src, &mut known, start)?;
            if full {
                tracing::info!(
                    account,
                    "The stored history id expired; listing the whole mailbox."
                );
            }
        }
        if full {
            let listing = listing
                .as_deref()
                .and_then(|l| serde_json::from_str::<Listing>(l).ok());
            self.gmail_listing(&mut client, account, src, &mut known, listing)?;
        }
        self.ctx.progress.finish();
        tracing::info!(
            account,
            calls = client.stats.calls,
            units = client.stats.units,
            retries = client.stats.retries,
            fetched = client.stats.fetched,
            "Gmail import done."
        );
        Ok(client.stats)
    }

    /// Fetches the ids not stored yet and pushes them.
    fn gmail_fetch(
        &mut self,
        client: &mut GmailClient,
        account: &str,
        src: &GmailSource,
        known: &mut HashSet<String>,
        ids: Vec<String>,
    ) -> Result<()> {
        let mut seen_here = HashSet::new();
        let new: Vec<String> = ids
            .into_iter()
            .filter(|id| !known.contains(id) && seen_here.insert(id.clone()))
            .collect();
        for chunk in new.chunks(src.options.batch_size.clamp(1, MAX_BATCH)) {
            let handle = self.handle.clone();
            let messages = handle.block_on(client.get_batch(chunk))?;
            for m in messages {
                let bytes = m.bytes().ok_or_else(|| StageError::Remote {
                    service: "Gmail API",
                    account: account.to_string(),
                    status: None,
                    reason: format!("message {} has no readable raw field", m.id),
                })?;
                let thread = m.thread_id.as_deref().and_then(thread_decimal);
                let oversized =
                    (bytes.len() > self.options.max_message_bytes).then_some(bytes.len() as u64);
                self.push(Found {
                    account,
                    kind: "gmail",
                    source_ref: m.id.clone(),
                    folder: None,
                    envelope_date: m.internal_date(),
                    bytes: if oversized.is_some() { &[] } else { &bytes },
                    oversized,
                    thread_id: thread.as_deref(),
                    labels: Some(&m.label_ids),
                })?;
                known.insert(m.id);
                self.ctx.progress.advance(1);
            }
        }
        Ok(())
    }

    /// Pages through `messages.list`, one checkpoint per page.
    fn gmail_listing(
        &mut self,
        client: &mut GmailClient,
        account: &str,
        src: &GmailSource,
        known: &mut HashSet<String>,
        resume: Option<Listing>,
    ) -> Result<()> {
        let handle = self.handle.clone();
        let mut state = match resume {
            Some(l) => {
                tracing::info!(account, "Resuming an interrupted Gmail listing.");
                l
            }
            None => Listing {
                history_id: handle.block_on(client.profile())?,
                page_token: None,
            },
        };
        let mut pages = 0u64;
        loop {
            let page = handle.block_on(client.list(
                src.query.as_deref(),
                state.page_token.as_deref(),
                src.options.page_size,
            ))?;
            let Some((ids, next)) = page else {
                tracing::warn!(
                    account,
                    "Gmail refused the stored page token; listing from the start."
                );
                state.page_token = None;
                continue;
            };
            pages += 1;
            self.gmail_fetch(client, account, src, known, ids)?;
            let mut cursor = BTreeMap::new();
            match next {
                Some(token) => {
                    state.page_token = Some(token);
                    let json = serde_json::to_string(&state).map_err(|e| StageError::Worker {
                        stage: TABLE.into(),
                        reason: e.to_string(),
                    })?;
                    cursor.insert(key_listing(account), Some(json));
                    self.checkpoint_now(cursor)?;
                }
                None => {
                    cursor.insert(key_listing(account), None);
                    cursor.insert(key_history(account), Some(state.history_id.clone()));
                    self.checkpoint_now(cursor)?;
                    tracing::info!(account, pages, "Listed the whole mailbox.");
                    return Ok(());
                }
            }
        }
    }

    /// Lists the messages matching `query` newest first and fetches the new
    /// ones, stopping at the first page that holds none.
    fn gmail_recent(
        &mut self,
        client: &mut GmailClient,
        account: &str,
        src: &GmailSource,
        known: &mut HashSet<String>,
        query: &str,
    ) -> Result<()> {
        let handle = self.handle.clone();
        let mut token: Option<String> = None;
        loop {
            let Some((ids, next)) = handle.block_on(client.list(
                Some(query),
                token.as_deref(),
                src.options.page_size,
            ))?
            else {
                return Ok(());
            };
            let new = ids.iter().filter(|id| !known.contains(*id)).count();
            if new == 0 {
                return Ok(());
            }
            self.gmail_fetch(client, account, src, known, ids)?;
            self.checkpoint_now(BTreeMap::new())?;
            match next {
                Some(t) => token = Some(t),
                None => return Ok(()),
            }
        }
    }

    /// Reads `history.list` from `start`; false when the id expired.
    fn gmail_history(
        &mut self,
        client: &mut GmailClient,
        account: &str,
        src: &GmailSource,
        known: &mut HashSet<String>,
        start: &str,
    ) -> Result<bool> {
        let handle = self.handle.clone();
        let mut token: Option<String> = None;
        let mut latest = None;
        loop {
            let Some((ids, next, history_id)) =
                handle.block_on(client.history(start, token.as_deref()))?
            else {
                return Ok(false);
            };
            latest = history_id.or(latest);
            self.gmail_fetch(client, account, src, known, ids)?;
            match next {
                Some(t) => {
                    // Rows commit page by page; the cursor moves once the
                    // last page is in, and a rerun skips what is stored.
                    self.checkpoint_now(BTreeMap::new())?;
                    token = Some(t);
                }
                None => break,
            }
        }
        let mut cursor = BTreeMap::new();
        if let Some(h) = latest {
            cursor.insert(key_history(account), Some(h));
        }
        self.checkpoint_now(cursor)?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thread_ids_match_x_gm_thrid() {
        assert_eq!(
            thread_decimal("18c2f0a3b1d2e4f5").as_deref(),
            Some("1784252988245861621")
        );
    }
}
