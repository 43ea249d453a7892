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
//! through `messages.list` and fetches each id not seen yet with
//! `messages.get?format=raw`, 50 to a batch request. Every page is a
//! checkpoint: its rows and the cursor (the page token, and the `historyId`
//! the listing started at) commit in one manifest write, so a killed run goes
//! on at the next page and refetches nothing it stored. Later runs read
//! `history.list` from the stored `historyId` (messageAdded only, 500
//! records a call, mail added to SPAM or TRASH left out as the listing left
//! it out unless `include-spam-trash`); when Google answers 404 (the id is
//! too old) they list everything again, skipping the ids already seen. Ids
//! that were fetched but not stored (a repeat of a stored message, an
//! oversized or empty one, which went to the dead letters) are remembered
//! in the checkpoint too, so no message is downloaded twice. An account
//! with a `query` cannot use history (it ignores the query): its later runs
//! list the matching messages newest first and stop at the first page that
//! holds nothing new, committing the next page's token with each page so
//! that a killed run's listing is finished by the next. A dry run lists and
//! counts (`gmail_would_fetch`) and downloads no message.
//!
//! Quota: Gmail charges units per user per minute (list, get: 5; history: 2;
//! profile: 1; 15,000 a minute). The quota limiter of [`crate::retry`]
//! spends at most `units_per_minute` (default 12,000) in any 60 seconds,
//! retries included. 429, 403 `rateLimitExceeded`/`userRateLimitExceeded`,
//! 5xx and network errors are retried under the one retry policy of
//! [`crate::retry`] (exponential backoff with jitter, at least
//! `Retry-After`, seconds or an HTTP date read against the answer's `Date`); inside a
//! batch only the parts that failed are sent again, those answered 401 with
//! a fresh access token.
//!
//! [`client`] is the REST client (quota, retries, the calls), [`batch`]
//! splits batch answers; this file is the import: which calls to make, and
//! what is stored and checkpointed after each page.

mod batch;
mod client;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::time::Duration;

use serde::{Deserialize, Serialize};

pub use crate::retry::RetryPolicy;
pub use batch::{BatchPart, parse_batch};
pub use client::{GmailClient, GmailStats, RawMessage};

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
    /// Import SPAM and TRASH too (`include-spam-trash`); off, as Gmail's
    /// own listing leaves them out.
    pub include_spam_trash: bool,
}

impl Default for GmailOptions {
    fn default() -> Self {
        Self {
            units_per_minute: 12_000,
            page_size: 500,
            batch_size: MAX_BATCH,
            retry: RetryPolicy::default(),
            request_timeout: Duration::from_secs(60),
            include_spam_trash: false,
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

/// The next page of an interrupted newest-first listing (`query` accounts).
fn key_recent(account: &str) -> String {
    format!("gmail:{account}:recent")
}

/// The mailbox's own address (`users.getProfile`), which the LLM stage
/// redacts as the person's when `[user] emails` is empty.
pub fn key_address(account: &str) -> String {
    format!("gmail:{account}:address")
}

/// The ids fetched but not stored (a repeat of a stored message, a dead
/// letter), a JSON array.
fn key_skipped(account: &str) -> String {
    format!("gmail:{account}:skipped")
}

/// What an import knows of an account's messages: the ids stored, and the
/// ids fetched but not stored, so that neither is fetched again and a
/// `query` account's listing stops at the first page with nothing new.
#[derive(Debug, Default)]
struct Seen {
    /// Every id not to fetch: stored and skipped.
    known: HashSet<String>,
    skipped: BTreeSet<String>,
    /// `skipped` grew since the last checkpoint.
    dirty: bool,
}

impl Seen {
    /// The checkpoint entries of one page: `extra`, and the skipped ids
    /// when they changed.
    fn cursor(
        &mut self,
        account: &str,
        extra: impl IntoIterator<Item = (String, Option<String>)>,
    ) -> Result<BTreeMap<String, Option<String>>> {
        let mut cursor: BTreeMap<_, _> = extra.into_iter().collect();
        if std::mem::take(&mut self.dirty) {
            cursor.insert(key_skipped(account), Some(to_json(&self.skipped)?));
        }
        Ok(cursor)
    }
}

fn to_json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| StageError::Worker {
        stage: TABLE.into(),
        reason: e.to_string(),
    })
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
        let tokens =
            AccessTokens::new(src.oauth.clone(), account, refresh)?.with_retry(src.options.retry);
        let mut client = GmailClient::new(
            self.ctx.http.clone(),
            account,
            src,
            tokens,
            self.ctx.clock.clone(),
        );
        let mut seen = Seen {
            known: self.stored_refs(account, "gmail")?,
            ..Seen::default()
        };
        if let Some(json) = self.checkpoint(&key_skipped(account))? {
            seen.skipped = serde_json::from_str(&json).unwrap_or_default();
            seen.known.extend(seen.skipped.iter().cloned());
        }
        let listing = self.checkpoint(&key_listing(account))?;
        let history = self.checkpoint(&key_history(account))?;
        self.ctx.progress.start(TABLE, account, None);
        let mut full = true;
        if let (None, Some(_), Some(_)) = (&listing, &history, &src.query) {
            // history.list knows nothing of the query: list what matches,
            // newest first, until a page holds nothing new.
            self.gmail_recent(&mut client, account, src, &mut seen)?;
            full = false;
        } else if let (None, Some(start)) = (&listing, &history) {
            full = !self.gmail_history(&mut client, account, src, &mut seen, start)?;
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
            self.gmail_listing(&mut client, account, src, &mut seen, listing)?;
        }
        self.ctx.progress.finish();
        tracing::info!(
            account,
            calls = client.stats().calls,
            units = client.stats().units,
            retries = client.stats().retries,
            fetched = client.stats().fetched,
            "Gmail import done."
        );
        Ok(client.stats())
    }

    /// Fetches the ids not seen yet and pushes them; remembers those that
    /// were fetched but not stored. A dry run only counts them
    /// (`gmail_would_fetch`): it lists, and downloads no message.
    fn gmail_fetch(
        &mut self,
        client: &mut GmailClient,
        account: &str,
        src: &GmailSource,
        seen: &mut Seen,
        ids: Vec<String>,
    ) -> Result<()> {
        let mut seen_here = HashSet::new();
        let new: Vec<String> = ids
            .into_iter()
            .filter(|id| !seen.known.contains(id) && seen_here.insert(id.clone()))
            .collect();
        if self.ctx.dry_run {
            self.report.detail("gmail_would_fetch", new.len() as u64);
            seen.known.extend(new);
            return Ok(());
        }
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
                let stored = self.push(Found {
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
                if !stored {
                    seen.skipped.insert(m.id.clone());
                    seen.dirty = true;
                }
                seen.known.insert(m.id);
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
        seen: &mut Seen,
        resume: Option<Listing>,
    ) -> Result<()> {
        let handle = self.handle.clone();
        let mut state = match resume {
            Some(l) => {
                tracing::info!(account, "Resuming an interrupted Gmail listing.");
                l
            }
            None => {
                let (history_id, address) = handle.block_on(client.profile())?;
                if let Some(address) = address {
                    self.checkpoint_now(BTreeMap::from([(key_address(account), Some(address))]))?;
                }
                Listing {
                    history_id,
                    page_token: None,
                }
            }
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
            self.gmail_fetch(client, account, src, seen, ids)?;
            match next {
                Some(token) => {
                    state.page_token = Some(token);
                    let cursor =
                        seen.cursor(account, [(key_listing(account), Some(to_json(&state)?))])?;
                    self.checkpoint_now(cursor)?;
                }
                None => {
                    let cursor = seen.cursor(
                        account,
                        [
                            (key_listing(account), None),
                            (key_history(account), Some(state.history_id.clone())),
                        ],
                    )?;
                    self.checkpoint_now(cursor)?;
                    tracing::info!(account, pages, "Listed the whole mailbox.");
                    return Ok(());
                }
            }
        }
    }

    /// Lists the messages matching `query` newest first and fetches the new
    /// ones, stopping at the first page that holds none. Each page commits
    /// with the next page's token, so a run killed midway goes on where it
    /// stopped: the next run first finishes that listing, then lists from
    /// the newest message again (to the end, when Google no longer knows
    /// the stored page token).
    fn gmail_recent(
        &mut self,
        client: &mut GmailClient,
        account: &str,
        src: &GmailSource,
        seen: &mut Seen,
    ) -> Result<()> {
        let mut whole = false;
        if let Some(token) = self.checkpoint(&key_recent(account))? {
            tracing::info!(account, "Resuming an interrupted Gmail listing.");
            whole = !self.gmail_recent_from(client, account, src, seen, Some(token), true)?;
            if whole {
                tracing::warn!(
                    account,
                    "Gmail refused the stored page token; listing every matching message."
                );
            }
        }
        self.gmail_recent_from(client, account, src, seen, None, !whole)?;
        Ok(())
    }

    /// One newest-first listing from `token`, to its end or (with
    /// `until_old`) to the first page that holds nothing new; the cursor is
    /// cleared when it ends. False when Google refused the page token.
    fn gmail_recent_from(
        &mut self,
        client: &mut GmailClient,
        account: &str,
        src: &GmailSource,
        seen: &mut Seen,
        mut token: Option<String>,
        until_old: bool,
    ) -> Result<bool> {
        let handle = self.handle.clone();
        loop {
            let page = handle.block_on(client.list(
                src.query.as_deref(),
                token.as_deref(),
                src.options.page_size,
            ))?;
            let (next, known_token) = match page {
                Some((ids, _)) if until_old && ids.iter().all(|id| seen.known.contains(id)) => {
                    (None, true)
                }
                Some((ids, next)) => {
                    self.gmail_fetch(client, account, src, seen, ids)?;
                    (next, true)
                }
                None => (None, false),
            };
            let cursor = seen.cursor(account, [(key_recent(account), next.clone())])?;
            self.checkpoint_now(cursor)?;
            match next {
                Some(t) => token = Some(t),
                None => return Ok(known_token),
            }
        }
    }

    /// Reads `history.list` from `start`; false when the id expired.
    fn gmail_history(
        &mut self,
        client: &mut GmailClient,
        account: &str,
        src: &GmailSource,
        seen: &mut Seen,
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
            self.gmail_fetch(client, account, src, seen, ids)?;
            match next {
                Some(t) => {
                    // Rows commit page by page; the cursor moves once the
                    // last page is in, and a rerun skips what is stored.
                    let cursor = seen.cursor(account, [])?;
                    self.checkpoint_now(cursor)?;
                    token = Some(t);
                }
                None => break,
            }
        }
        let cursor = seen.cursor(account, latest.map(|h| (key_history(account), Some(h))))?;
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
