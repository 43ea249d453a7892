//! Any IMAP server (`async-imap` on tokio; implicit TLS or STARTTLS through
//! rustls with the webpki roots, the system's and an account's own CA file,
//! or plain TCP for a server on this machine).
//!
//! Input: an IMAP account (host, port, username, a password or app password,
//! or an OAuth access token through XOAUTH2) and its folders (default: INBOX,
//! and the folder marked SPECIAL-USE `\All`, Gmail's "All Mail" in any
//! language, where the server has one). Folders are opened read-only
//! (EXAMINE), and every step has a timeout: a server that accepts and then
//! says nothing fails its account, not the run. Output: rows of
//! `raw_messages` with `source` = `imap`, `folder` = the folder and
//! `source_ref` = `uid:<UIDVALIDITY>:<UID>`, `envelope_date` = INTERNALDATE.
//! Grain: one row per distinct message, keyed by `email_id` like every source.
//!
//! Incremental: each folder's checkpoint in the manifest is its UIDVALIDITY
//! and the highest UID stored. A run asks for the UIDs above it
//! (`UID SEARCH UID n:*`) and fetches them 200 at a time: their sizes first
//! (`UID FETCH set (UID RFC822.SIZE INTERNALDATE)`), so a message over the
//! size cap is recorded as oversized without being downloaded, then the
//! others' bodies (`UID FETCH set (UID BODY.PEEK[] INTERNALDATE)`, which
//! leaves the \Seen flag alone), each chunk committed with the checkpoint
//! moved to its highest UID. When the
//! server reports another UIDVALIDITY the old UIDs mean nothing: the folder
//! is read again from UID 1, and `email_id` deduplication keeps the rows
//! already stored from being added twice. A session that breaks after the
//! login is connected again ([`RECONNECTS`] times at most) and goes on from
//! the last checkpoint. A dry run searches and counts the
//! UIDs it would fetch (`imap_would_fetch`) and downloads no message.

use std::sync::Arc;
use std::time::Duration;

use async_imap::types::NameAttribute;
use chrono::{DateTime, Utc};
use futures::TryStreamExt;
use secrecy::{ExposeSecret, SecretString};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls;

use super::{Found, Sink, TABLE};
use crate::error::{Result, StageError};

/// The report detail counting reconnections after a broken session.
pub const IMAP_RECONNECTS: &str = "imap_reconnects";

/// UIDs fetched per command (and per checkpoint).
const CHUNK: usize = 200;

/// How to log in (`auth = "password"` or `"xoauth2"` in the configuration).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ImapAuth {
    /// LOGIN with a password (an app password for Gmail, Fastmail, iCloud).
    #[default]
    Password,
    /// AUTHENTICATE XOAUTH2 with an OAuth access token (Gmail, Outlook).
    XOAuth2,
}

/// How an IMAP connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImapTls {
    /// TLS from the first byte (port 993).
    Implicit,
    /// Plain TCP upgraded with STARTTLS before anything else is said (port
    /// 143). A server that does not offer it fails the account: the login
    /// never goes out in clear text.
    StartTls,
    /// No TLS, for a server on this machine only.
    Off,
}

/// A configured IMAP account.
#[derive(Debug, Clone)]
pub struct ImapSource {
    pub host: String,
    pub port: u16,
    pub tls: ImapTls,
    /// PEM CA certificates to trust besides the compiled-in and system
    /// roots (a self-hosted server's own CA).
    pub ca_file: Option<std::path::PathBuf>,
    pub username: String,
    /// The password, or the access token for XOAUTH2.
    pub secret: SecretString,
    pub auth: ImapAuth,
    /// Folders to read; `None` for INBOX and the server's "All Mail"
    /// folder (SPECIAL-USE `\All`) if it has one.
    pub folders: Option<Vec<String>>,
    /// How long the server may take to answer any one step (connecting and
    /// logging in, each command) before the account fails.
    pub timeout: Duration,
}

/// The default for [`ImapSource::timeout`].
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

impl ImapSource {
    fn server(&self) -> String {
        format!("{}:{}", self.host, self.port)
    }
}

/// A byte stream the IMAP client runs over.
trait Io: AsyncRead + AsyncWrite + Unpin + Send + std::fmt::Debug {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + std::fmt::Debug> Io for T {}

type Session = async_imap::Session<Box<dyn Io>>;

/// The XOAUTH2 exchange: the first (empty) challenge is answered with the
/// user and bearer token; a second challenge is the server's JSON error
/// (`{"status":"401",...}`), which the protocol answers with an empty line
/// so that the server closes the exchange with NO. The error is kept for
/// the message.
struct XOAuth2<'a> {
    user: &'a str,
    token: &'a str,
    sent: bool,
    server_error: &'a std::sync::Mutex<Option<String>>,
}

impl async_imap::Authenticator for XOAuth2<'_> {
    type Response = String;
    fn process(&mut self, challenge: &[u8]) -> String {
        if self.sent {
            if let Ok(mut e) = self.server_error.lock() {
                *e = Some(
                    String::from_utf8_lossy(challenge)
                        .chars()
                        .take(200)
                        .collect(),
                );
            }
            return String::new();
        }
        self.sent = true;
        format!("user={}\x01auth=Bearer {}\x01\x01", self.user, self.token)
    }
}

/// Runs one IMAP step, failing the account when the server says nothing
/// within the source's timeout.
fn bounded<T, E: std::fmt::Display>(
    handle: &tokio::runtime::Handle,
    src: &ImapSource,
    what: &str,
    step: impl std::future::Future<Output = std::result::Result<T, E>>,
) -> std::result::Result<T, String> {
    match handle.block_on(tokio::time::timeout(src.timeout, step)) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(format!("{what}: {e}")),
        Err(_) => Err(format!(
            "{what}: no answer within {} s",
            src.timeout.as_secs_f64()
        )),
    }
}

/// Connects, reads the greeting and logs in, all within the source's
/// timeout.
async fn connect(account: &str, src: &ImapSource) -> Result<Session> {
    match tokio::time::timeout(src.timeout, connect_unbounded(account, src)).await {
        Ok(session) => session,
        Err(_) => Err(StageError::Imap {
            account: account.to_string(),
            server: src.server(),
            reason: format!(
                "no greeting or login answer within {} s",
                src.timeout.as_secs_f64()
            ),
        }),
    }
}

async fn connect_unbounded(account: &str, src: &ImapSource) -> Result<Session> {
    let failed = |reason: String| StageError::Imap {
        account: account.to_string(),
        server: src.server(),
        reason,
    };
    let tcp = tokio::time::timeout(
        Duration::from_secs(30),
        TcpStream::connect((src.host.as_str(), src.port)),
    )
    .await
    .map_err(|_| failed("connecting timed out".into()))?
    .map_err(|e| failed(format!("cannot connect: {e}")))?;
    let client = match src.tls {
        ImapTls::Implicit => {
            let client = async_imap::Client::new(
                Box::new(tls_handshake(src, tcp, &failed).await?) as Box<dyn Io>
            );
            greeted(client, &failed).await?
        }
        ImapTls::Off => {
            greeted(
                async_imap::Client::new(Box::new(tcp) as Box<dyn Io>),
                &failed,
            )
            .await?
        }
        ImapTls::StartTls => {
            let mut plain = greeted(async_imap::Client::new(tcp), &failed).await?;
            plain
                .run_command_and_check_ok("STARTTLS", None)
                .await
                .map_err(|e| {
                    failed(format!(
                        "STARTTLS was refused ({e}): the server may not offer it; use its TLS port (tls = true) instead"
                    ))
                })?;
            // No second greeting after the upgrade (RFC 3501 6.2.1).
            async_imap::Client::new(
                Box::new(tls_handshake(src, plain.into_inner(), &failed).await?) as Box<dyn Io>,
            )
        }
    };
    let refused = |e: async_imap::error::Error, hint: &'static str| StageError::ImapAuth {
        account: account.to_string(),
        username: src.username.clone(),
        server: src.server(),
        reason: e.to_string(),
        hint,
    };
    match src.auth {
        ImapAuth::Password => client
            .login(&src.username, src.secret.expose_secret())
            .await
            .map_err(|(e, _)| {
                refused(
                    e,
                    "check the password in the environment variable named by `password-env`",
                )
            }),
        ImapAuth::XOAuth2 => {
            let server_error = std::sync::Mutex::new(None);
            let result = client
                .authenticate(
                    "XOAUTH2",
                    XOAuth2 {
                        user: &src.username,
                        token: src.secret.expose_secret(),
                        sent: false,
                        server_error: &server_error,
                    },
                )
                .await;
            result.map_err(|(e, _)| {
                let said = server_error.lock().ok().and_then(|e| e.clone());
                let mut err = refused(
                    e,
                    "the access token in the environment variable named by `password-env` was refused: it may have expired (they last about an hour) or not be for this user",
                );
                if let (Some(said), StageError::ImapAuth { reason, .. }) = (said, &mut err) {
                    reason.push_str(&format!(" (server said {said})"));
                }
                err
            })
        }
    }
}

/// Reads the server's greeting.
async fn greeted<T>(
    mut client: async_imap::Client<T>,
    failed: &impl Fn(String) -> StageError,
) -> Result<async_imap::Client<T>>
where
    T: AsyncRead + AsyncWrite + Unpin + Send + std::fmt::Debug,
{
    client
        .read_response()
        .await
        .map_err(|e| failed(format!("no greeting: {e}")))?
        .ok_or_else(|| failed("the server closed the connection before its greeting".into()))?;
    Ok(client)
}

/// The TLS handshake over `tcp`, the server's certificate checked against
/// [`tls_roots`] and the account's host name.
async fn tls_handshake(
    src: &ImapSource,
    tcp: TcpStream,
    failed: &impl Fn(String) -> StageError,
) -> Result<tokio_rustls::client::TlsStream<TcpStream>> {
    let roots = tls_roots(src.ca_file.as_deref()).map_err(failed)?;
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| failed(format!("TLS setup: {e}")))?
    .with_root_certificates(roots)
    .with_no_client_auth();
    let name = rustls::pki_types::ServerName::try_from(src.host.clone())
        .map_err(|e| failed(format!("{} is not a server name: {e}", src.host)))?;
    TlsConnector::from(Arc::new(config))
        .connect(name, tcp)
        .await
        .map_err(|e| failed(format!("TLS handshake: {e}")))
}

/// The CA roots a server's certificate may chain to: the compiled-in
/// Mozilla roots, the system's (where a corporate CA is installed;
/// `SSL_CERT_FILE` / `SSL_CERT_DIR` point elsewhere) and the account's
/// `ca-file`. A system certificate that does not parse is skipped; a
/// `ca-file` that cannot be read or holds no certificate is an error.
fn tls_roots(
    ca_file: Option<&std::path::Path>,
) -> std::result::Result<rustls::RootCertStore, String> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    let system = rustls_native_certs::load_native_certs();
    for e in &system.errors {
        tracing::debug!(error = %e, "A system CA store could not be read.");
    }
    let (added, skipped) = roots.add_parsable_certificates(system.certs);
    tracing::debug!(added, skipped, "Loaded the system's CA roots.");
    if let Some(path) = ca_file {
        let shown = path.display();
        let certs = CertificateDer::pem_file_iter(path)
            .and_then(|certs| certs.collect::<std::result::Result<Vec<_>, _>>())
            .map_err(|e| format!("ca-file {shown}: {e}"))?;
        if certs.is_empty() {
            return Err(format!("ca-file {shown} holds no PEM certificate"));
        }
        for cert in certs {
            roots
                .add(cert)
                .map_err(|e| format!("ca-file {shown}: {e}"))?;
        }
    }
    Ok(roots)
}

/// Writes sorted UIDs as an IMAP sequence set: `1:4,7,9:12`.
pub fn uid_set(uids: &[u32]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < uids.len() {
        let start = uids[i];
        let mut end = start;
        while i + 1 < uids.len() && uids[i + 1] == end + 1 {
            i += 1;
            end = uids[i];
        }
        if !out.is_empty() {
            out.push(',');
        }
        if start == end {
            out.push_str(&start.to_string());
        } else {
            out.push_str(&format!("{start}:{end}"));
        }
        i += 1;
    }
    out
}

fn key(account: &str, folder: &str) -> String {
    format!("imap:{account}:{folder}")
}

/// `"<uidvalidity>:<highest uid>"` from the manifest.
fn parse_cursor(v: &str) -> Option<(u32, u32)> {
    let (a, b) = v.split_once(':')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

/// INBOX, and the folder the server marks as holding all mail (SPECIAL-USE
/// `\All`, RFC 6154: Gmail's "All Mail" whatever the account's language,
/// `[Gmail]/Alle Nachrichten` in German), or by its English Gmail name on a
/// server that does not mark it.
async fn default_folders(
    session: &mut Session,
) -> std::result::Result<Vec<String>, async_imap::error::Error> {
    let names: Vec<_> = session
        .list(Some(""), Some("*"))
        .await?
        .try_collect()
        .await?;
    let mut folders = vec!["INBOX".to_string()];
    let all = names
        .iter()
        .find(|n| n.attributes().contains(&NameAttribute::All))
        .or_else(|| names.iter().find(|n| n.name() == "[Gmail]/All Mail"));
    if let Some(all) = all {
        folders.push(all.name().to_string());
    }
    Ok(folders)
}

/// The first UID to read from a folder whose UIDVALIDITY is `validity`,
/// after the checkpoint `cursor` (`validity:last uid`): the next one, or 1
/// when there is none or the folder's UIDVALIDITY changed.
fn first_uid(account: &str, cursor: Option<&str>, validity: u32) -> u32 {
    match cursor.and_then(parse_cursor) {
        Some((v, last)) if v == validity => last.saturating_add(1),
        Some((v, _)) => {
            tracing::warn!(
                account,
                old = v,
                new = validity,
                "UIDVALIDITY changed; reading the folder again."
            );
            1
        }
        None => 1,
    }
}

/// Reconnections per account and run after a session that had logged in
/// broke (the server or the network dropped it mid-way).
pub const RECONNECTS: u32 = 3;

impl Sink<'_> {
    /// Imports the folders of an IMAP account; returns how many messages
    /// were fetched. When a session that had logged in breaks, it connects
    /// again (up to [`RECONNECTS`] times, with backoff) and goes on from the
    /// last checkpoint; what it read but had not committed is read again
    /// and stored once (`email_id`). A failure before the login (no
    /// answer, TLS, a refused password) is not retried: it would fail the
    /// same way, only later.
    pub(super) fn ingest_imap(&mut self, account: &str, src: &ImapSource) -> Result<u64> {
        let policy = crate::retry::RetryPolicy {
            base: Duration::from_secs(1),
            max: Duration::from_secs(30),
            attempts: RECONNECTS + 1,
        };
        let mut waits = policy.waits();
        let mut fetched = 0;
        loop {
            let mut logged_in = false;
            match self.ingest_imap_once(account, src, &mut fetched, &mut logged_in) {
                Ok(()) => return Ok(fetched),
                Err(e) if logged_in && matches!(e, StageError::Imap { .. }) => {
                    let Some(wait) = waits.next(None) else {
                        return Err(e);
                    };
                    tracing::warn!(account, error = %e, wait_ms = wait.as_millis() as u64, "The IMAP session broke; connecting again.");
                    self.report.detail(IMAP_RECONNECTS, 1);
                    std::thread::sleep(wait);
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// One session of [`Self::ingest_imap`]: `logged_in` tells whether it
    /// got past the login, `fetched` counts the messages stored.
    fn ingest_imap_once(
        &mut self,
        account: &str,
        src: &ImapSource,
        fetched: &mut u64,
        logged_in: &mut bool,
    ) -> Result<()> {
        let handle = self.handle.clone();
        let server = src.server();
        let failed = |reason: String| StageError::Imap {
            account: account.to_string(),
            server: server.clone(),
            reason,
        };
        let mut session = handle.block_on(connect(account, src))?;
        *logged_in = true;
        let folders = match &src.folders {
            Some(f) => f.clone(),
            None => bounded(&handle, src, "LIST", default_folders(&mut session)).map_err(failed)?,
        };
        self.ctx.progress.start(TABLE, account, None);
        for folder in &folders {
            let span = tracing::info_span!("folder", %folder);
            let _enter = span.enter();
            // EXAMINE: read-only, so reading never marks mail as seen.
            let mailbox = bounded(
                &handle,
                src,
                &format!("EXAMINE {folder:?}"),
                session.examine(folder),
            )
            .map_err(failed)?;
            let validity = mailbox.uid_validity.unwrap_or(0);
            let cursor = self.checkpoint(&key(account, folder))?;
            let start = first_uid(account, cursor.as_deref(), validity);
            let mut uids: Vec<u32> = bounded(
                &handle,
                src,
                &format!("UID SEARCH in {folder:?}"),
                session.uid_search(format!("UID {start}:*")),
            )
            .map_err(failed)?
            .into_iter()
            // `n:*` also matches the highest UID when it is below n.
            .filter(|u| *u >= start)
            .collect();
            uids.sort_unstable();
            tracing::info!(
                account,
                new = uids.len(),
                from_uid = start,
                "Fetching new messages."
            );
            if self.ctx.dry_run {
                // A dry run counts what it would fetch and downloads nothing.
                self.report.detail("imap_would_fetch", uids.len() as u64);
                continue;
            }
            for chunk in uids.chunks(CHUNK) {
                let (n, highest) =
                    self.fetch_chunk(&mut session, src, account, (folder, validity), chunk)?;
                *fetched += n;
                let top = chunk.last().copied().unwrap_or(highest).max(highest);
                let mut cursor = std::collections::BTreeMap::new();
                cursor.insert(key(account, folder), Some(format!("{validity}:{top}")));
                self.checkpoint_now(cursor)?;
            }
            if uids.is_empty() && cursor.is_none() {
                // An empty folder: remember its UIDVALIDITY all the same.
                let mut c = std::collections::BTreeMap::new();
                c.insert(key(account, folder), Some(format!("{validity}:0")));
                self.checkpoint_now(c)?;
            } else if uids.is_empty()
                && cursor
                    .as_deref()
                    .and_then(parse_cursor)
                    .is_some_and(|(v, _)| v != validity)
            {
                let mut c = std::collections::BTreeMap::new();
                c.insert(key(account, folder), Some(format!("{validity}:0")));
                self.checkpoint_now(c)?;
            }
        }
        let _ = bounded(&handle, src, "LOGOUT", session.logout());
        self.ctx.progress.finish();
        Ok(())
    }
}

impl Sink<'_> {
    /// Fetches one chunk of UIDs of `folder` (with its UIDVALIDITY): their
    /// sizes first, so a message over the size cap is recorded as oversized
    /// without being downloaded, then the bodies of the others. Returns how
    /// many messages it stored and the highest UID seen.
    fn fetch_chunk(
        &mut self,
        session: &mut Session,
        src: &ImapSource,
        account: &str,
        (folder, validity): (&str, u32),
        chunk: &[u32],
    ) -> Result<(u64, u32)> {
        let handle = self.handle.clone();
        let failed = |reason: String| StageError::Imap {
            account: account.to_string(),
            server: src.server(),
            reason,
        };
        let sizes: Vec<_> = bounded(
            &handle,
            src,
            &format!("UID FETCH sizes in {folder:?}"),
            async {
                session
                    .uid_fetch(uid_set(chunk), "(UID RFC822.SIZE INTERNALDATE)")
                    .await?
                    .try_collect::<Vec<_>>()
                    .await
            },
        )
        .map_err(failed)?;
        let cap = self.options.max_message_bytes;
        let mut fetched = 0;
        let mut highest = 0;
        let mut wanted = Vec::new();
        for m in &sizes {
            let Some(uid) = m.uid else { continue };
            match m.size {
                Some(size) if usize::try_from(size).unwrap_or(usize::MAX) > cap => {
                    highest = highest.max(uid);
                    self.push(Found {
                        account,
                        kind: "imap",
                        source_ref: format!("uid:{validity}:{uid}"),
                        folder: Some(folder),
                        envelope_date: m.internal_date().map(|d| d.with_timezone(&Utc)),
                        bytes: &[],
                        oversized: Some(u64::from(size)),
                        thread_id: None,
                        labels: None,
                    })?;
                    fetched += 1;
                    self.ctx.progress.advance(1);
                }
                _ => wanted.push(uid),
            }
        }
        wanted.sort_unstable();
        wanted.dedup();
        if wanted.is_empty() {
            return Ok((fetched, highest));
        }
        let messages: Vec<_> = bounded(&handle, src, &format!("UID FETCH in {folder:?}"), async {
            session
                .uid_fetch(uid_set(&wanted), "(UID BODY.PEEK[] INTERNALDATE)")
                .await?
                .try_collect::<Vec<_>>()
                .await
        })
        .map_err(failed)?;
        for m in &messages {
            let Some(uid) = m.uid else { continue };
            // Unsolicited FETCH answers (flag changes) carry no body.
            let Some(body) = m.body() else { continue };
            highest = highest.max(uid);
            // A server that under-reported the size is still held to the cap.
            let oversized = (body.len() > cap).then_some(body.len() as u64);
            let date: Option<DateTime<Utc>> = m.internal_date().map(|d| d.with_timezone(&Utc));
            self.push(Found {
                account,
                kind: "imap",
                source_ref: format!("uid:{validity}:{uid}"),
                folder: Some(folder),
                envelope_date: date,
                bytes: if oversized.is_some() { &[] } else { body },
                oversized,
                thread_id: None,
                labels: None,
            })?;
            fetched += 1;
            self.ctx.progress.advance(1);
        }
        Ok((fetched, highest))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uid_sets_compress_runs() {
        assert_eq!(uid_set(&[1, 2, 3, 4, 7, 9, 10, 11, 12]), "1:4,7,9:12");
        assert_eq!(uid_set(&[5]), "5");
        assert_eq!(uid_set(&[]), "");
    }

    #[test]
    fn cursors_parse() {
        assert_eq!(parse_cursor("17:420"), Some((17, 420)));
        assert_eq!(parse_cursor("x"), None);
    }
}
