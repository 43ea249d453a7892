//! OAuth 2.0 for installed apps (RFC 8252) and the encrypted token store.
//!
//! `jobtrack connect` runs the authorization-code flow with PKCE (RFC 7636,
//! S256) and a loopback redirect on `127.0.0.1`. The `oauth2` crate builds
//! the consent URL, the PKCE pair and the code and refresh-token requests,
//! sent through a reqwest client that follows no redirect; this module
//! catches the redirect on the loopback listener. The refresh token it gets is
//! encrypted with ChaCha20-Poly1305 (`ring`) under a 256-bit key the binary
//! hands in ([`TokenKey`]) and written to the data root under
//! `_secrets/tokens/user_id=<user>/<account>.token`. The file is bound to its
//! user and account (they are the AEAD's associated data), so a file copied to
//! another account does not decrypt.
//!
//! Access tokens live only in memory: [`AccessTokens`] refreshes one when it
//! is about to expire or the API answers 401. Every secret is a
//! [`SecretString`] (the `secrecy` crate): its `Debug` prints
//! `SecretBox<str>([REDACTED])`, so neither logs nor errors show one, it is
//! read only through `expose_secret`, and it is zeroed when dropped.
//! A refresh answered `invalid_grant` (consent revoked, or expired after 7
//! days for an app in testing) is [`StageError::Reauthorize`], which tells
//! the person to run `jobtrack connect <account>` again. Token requests
//! that fail in a way that may pass (429, 5xx, no connection, no answer in
//! time) are sent again under the retry policy of [`crate::retry`]; the
//! `oauth2` crate is handed a sender that does this, since only the HTTP
//! exchange knows the status.

use std::time::{Duration, Instant};

use oauth2::basic::{BasicClient, BasicErrorResponse, BasicErrorResponseType};
use oauth2::{
    AuthType, AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointNotSet,
    EndpointSet, HttpRequest, HttpResponse, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl,
    RefreshToken, RequestTokenError, Scope, TokenResponse, TokenUrl,
};
use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};
use secrecy::{ExposeSecret, SecretString};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use crate::error::{Result, StageError};
use crate::retry::RetryPolicy;
use crate::storage::{Bytes, DataRoot};

/// The scope jobtrack asks for to read Gmail.
pub const GMAIL_READONLY_SCOPE: &str = "https://www.googleapis.com/auth/gmail.readonly";
/// The scope of the Sheets export: only the files the app created.
pub const SHEETS_SCOPE: &str = "https://www.googleapis.com/auth/drive.file";
/// Google's endpoints, the defaults of the config keys `auth-url` and `token-url`.
pub const GOOGLE_AUTH_URL: &str = "https://accounts.google.com/o/oauth2/v2/auth";
pub const GOOGLE_TOKEN_URL: &str = "https://oauth2.googleapis.com/token";

const MAGIC: &[u8; 4] = b"JTK1";

/// The 256-bit key the token store encrypts with.
#[derive(Clone)]
pub struct TokenKey([u8; 32]);

impl std::fmt::Debug for TokenKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenKey(***)")
    }
}

impl TokenKey {
    /// Parses 64 hex digits (surrounding whitespace ignored).
    pub fn from_hex(text: &str) -> Result<Self> {
        let bytes = hex::decode(text.trim()).map_err(|_| {
            StageError::Request("the token key must be 64 hex digits (32 bytes)".into())
        })?;
        let key: [u8; 32] = bytes.try_into().map_err(|_| {
            StageError::Request("the token key must be 64 hex digits (32 bytes)".into())
        })?;
        Ok(Self(key))
    }

    /// A fresh random key.
    pub fn generate() -> Result<Self> {
        let mut key = [0u8; 32];
        SystemRandom::new()
            .fill(&mut key)
            .map_err(|_| StageError::Request("the system random generator failed".into()))?;
        Ok(Self(key))
    }

    /// The key as 64 hex digits, for the key file.
    pub fn to_hex(&self) -> SecretString {
        SecretString::from(hex::encode(self.0))
    }

    fn aead(&self) -> Result<LessSafeKey> {
        UnboundKey::new(&CHACHA20_POLY1305, &self.0)
            .map(LessSafeKey::new)
            .map_err(|_| StageError::Request("the token key is unusable".into()))
    }
}

/// Checks an account name before it names a file.
pub fn check_account(account: &str) -> Result<()> {
    let ok = !account.is_empty()
        && account.len() <= 64
        && account
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '@' | '+'))
        && account != "."
        && account != "..";
    if ok {
        Ok(())
    } else {
        Err(StageError::Request(format!(
            "account name {account:?} must be 1 to 64 characters of letters, digits and . _ - @ +"
        )))
    }
}

/// Which grant a stored refresh token carries: Gmail's read-only scope,
/// or Sheets' `drive.file` (a separate consent, a separate file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Grant {
    #[default]
    Gmail,
    Sheets,
}

/// Encrypted refresh tokens under the data root.
#[derive(Debug, Clone)]
pub struct TokenStore {
    root: DataRoot,
    key: TokenKey,
    grant: Grant,
}

impl TokenStore {
    /// The store of Gmail tokens.
    pub fn new(root: DataRoot, key: TokenKey) -> Self {
        Self {
            root,
            key,
            grant: Grant::Gmail,
        }
    }

    /// The same store, for the tokens of `grant`.
    pub fn for_grant(mut self, grant: Grant) -> Self {
        self.grant = grant;
        self
    }

    /// Where an account's Gmail token lives, relative to the data root.
    pub fn path(user_id: &str, account: &str) -> String {
        Self::path_of(Grant::Gmail, user_id, account)
    }

    /// Where an account's token of `grant` lives, relative to the data root.
    pub fn path_of(grant: Grant, user_id: &str, account: &str) -> String {
        match grant {
            Grant::Gmail => format!("_secrets/tokens/user_id={user_id}/{account}.token"),
            Grant::Sheets => format!("_secrets/tokens/user_id={user_id}/sheets/{account}.token"),
        }
    }

    /// The AEAD's associated data: a file is bound to its user, account
    /// and grant.
    fn aad(&self, user_id: &str, account: &str) -> String {
        match self.grant {
            Grant::Gmail => format!("jobtrack-refresh-token\0{user_id}\0{account}"),
            Grant::Sheets => format!("jobtrack-refresh-token\0{user_id}\0{account}\0sheets"),
        }
    }

    /// Encrypts and stores the refresh token of an account.
    pub async fn save(&self, user_id: &str, account: &str, token: &SecretString) -> Result<()> {
        check_account(account)?;
        let mut nonce = [0u8; 12];
        SystemRandom::new()
            .fill(&mut nonce)
            .map_err(|_| StageError::Request("the system random generator failed".into()))?;
        let mut sealed = token.expose_secret().as_bytes().to_vec();
        self.key
            .aead()?
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(self.aad(user_id, account).as_bytes()),
                &mut sealed,
            )
            .map_err(|_| StageError::Request("encrypting the token failed".into()))?;
        let mut out = Vec::with_capacity(4 + 12 + sealed.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        self.root
            .put(
                &Self::path_of(self.grant, user_id, account),
                Bytes::from(out),
            )
            .await
    }

    /// The stored refresh token of an account.
    pub async fn load(&self, user_id: &str, account: &str) -> Result<SecretString> {
        check_account(account)?;
        let path = Self::path_of(self.grant, user_id, account);
        let Some(bytes) = self.root.get(&path).await? else {
            return Err(StageError::Reauthorize {
                account: account.to_string(),
                reason: "no token is stored for it".into(),
            });
        };
        let unreadable = |reason: &str| StageError::TokenStore {
            account: account.to_string(),
            reason: reason.to_string(),
        };
        if bytes.len() < 4 + 12 + 16 || &bytes[..4] != MAGIC {
            return Err(unreadable("the token file is not a jobtrack token file"));
        }
        let mut nonce = [0u8; 12];
        nonce.copy_from_slice(&bytes[4..16]);
        let mut sealed = bytes[16..].to_vec();
        let plain = self
            .key
            .aead()?
            .open_in_place(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(self.aad(user_id, account).as_bytes()),
                &mut sealed,
            )
            .map_err(|_| {
                unreadable(
                    "it does not decrypt with this key (JOBTRACK_TOKEN_KEY or the key file changed?)",
                )
            })?;
        let text = std::str::from_utf8(plain).map_err(|_| unreadable("not UTF-8"))?;
        Ok(SecretString::from(text.to_owned()))
    }
}

/// An OAuth client registered as a desktop app.
#[derive(Debug, Clone)]
pub struct OAuthClient {
    pub client_id: String,
    /// Google issues a "secret" to desktop apps too; it is not confidential
    /// but is still kept out of the config file.
    pub client_secret: Option<SecretString>,
    pub auth_url: String,
    pub token_url: String,
}

/// A PKCE verifier and its S256 challenge.
#[derive(Debug)]
pub struct Pkce {
    pub verifier: SecretString,
    pub challenge: String,
}

impl Pkce {
    /// A fresh verifier (32 random bytes, base64url: 43 characters) and its
    /// SHA-256 challenge, made by the `oauth2` crate.
    pub fn new() -> Result<Self> {
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        Ok(Self {
            verifier: SecretString::from(verifier.secret().clone()),
            challenge: challenge.as_str().to_string(),
        })
    }
}

/// The `oauth2` client with its authorization and token endpoints set.
type Configured =
    BasicClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointSet>;

/// What a token request fails with.
type TokenRequestError = RequestTokenError<TokenHttpError, BasicErrorResponse>;

/// A token request that got no final answer: no connection, no answer in
/// time, or 429/5xx on every attempt. Its text names no secret.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TokenHttpError(String);

/// Sends one token request through `http`, again while it fails in a way
/// that may pass (429, 5xx, transport errors), waiting as `retry` says.
async fn send_token_request(
    http: reqwest::Client,
    retry: RetryPolicy,
    request: HttpRequest,
) -> std::result::Result<HttpResponse, TokenHttpError> {
    let (parts, body) = request.into_parts();
    let mut waits = retry.waits();
    let mut attempt = 0u32;
    loop {
        attempt += 1;
        let mut req = http
            .request(parts.method.clone(), parts.uri.to_string())
            .body(body.clone());
        for (name, value) in &parts.headers {
            req = req.header(name, value);
        }
        let (failure, asked) = match req.send().await {
            Ok(resp) => {
                let status = resp.status();
                let headers = resp.headers().clone();
                let transient = status.as_u16() == 429 || status.is_server_error();
                match resp.bytes().await {
                    Ok(bytes) if !transient => {
                        let mut out = oauth2::http::Response::new(bytes.to_vec());
                        *out.status_mut() = status;
                        *out.headers_mut() = headers;
                        return Ok(out);
                    }
                    Ok(_) => {
                        // Read against the answer's own Date when it has one.
                        let now = chrono::DateTime::from(std::time::SystemTime::now());
                        (
                            format!("HTTP {status}"),
                            crate::retry::retry_after(&headers, now),
                        )
                    }
                    Err(e) => (with_causes(&e.without_url()), None),
                }
            }
            Err(e) => (with_causes(&e.without_url()), None),
        };
        let Some(wait) = waits.next(asked) else {
            return Err(TokenHttpError(format!(
                "gave up after {attempt} attempts: {failure}"
            )));
        };
        tracing::info!(attempt, wait_ms = wait.as_millis() as u64, reason = %failure, "The token endpoint failed; retrying.");
        tokio::time::sleep(wait).await;
    }
}

/// The HTTP client of the token endpoint. It follows no redirect: a token
/// request answered with one could otherwise be steered to another host
/// (SSRF), as the `oauth2` crate warns.
fn token_http() -> Result<reqwest::Client> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(60))
        .build()
        .map_err(|e| StageError::Request(format!("cannot build the OAuth HTTP client: {e}")))
}

impl OAuthClient {
    /// The `oauth2` client, with `redirect_uri` when there is one.
    fn configured(&self, redirect_uri: Option<&str>) -> Result<Configured> {
        let auth = AuthUrl::new(self.auth_url.clone()).map_err(|e| {
            StageError::Request(format!("auth-url {:?} is not a URL: {e}", self.auth_url))
        })?;
        let token = TokenUrl::new(self.token_url.clone()).map_err(|e| {
            StageError::Request(format!("token-url {:?} is not a URL: {e}", self.token_url))
        })?;
        // Google's installed-app flow sends the client id (and secret) in
        // the form body, not as HTTP Basic authentication.
        let mut client = BasicClient::new(ClientId::new(self.client_id.clone()))
            .set_auth_uri(auth)
            .set_token_uri(token)
            .set_auth_type(AuthType::RequestBody);
        if let Some(secret) = &self.client_secret {
            client =
                client.set_client_secret(ClientSecret::new(secret.expose_secret().to_string()));
        }
        if let Some(uri) = redirect_uri {
            let uri = RedirectUrl::new(uri.to_string()).map_err(|e| {
                StageError::Request(format!("redirect URI {uri:?} is not a URL: {e}"))
            })?;
            client = client.set_redirect_uri(uri);
        }
        Ok(client)
    }

    /// The consent URL for `redirect_uri`: the one scope of `grant`
    /// (`gmail.readonly`, or `drive.file` for Sheets), a PKCE S256
    /// challenge, `state`, and offline access with a forced consent prompt
    /// (Google hands out a refresh token only for offline access, and again
    /// on a second consent only when the prompt is forced).
    pub fn authorize_url(
        &self,
        redirect_uri: &str,
        pkce: &Pkce,
        state: &str,
        grant: Grant,
    ) -> Result<String> {
        let scope = match grant {
            Grant::Gmail => GMAIL_READONLY_SCOPE,
            Grant::Sheets => SHEETS_SCOPE,
        };
        let verifier = PkceCodeVerifier::new(pkce.verifier.expose_secret().to_string());
        let (url, _) = self
            .configured(Some(redirect_uri))?
            .authorize_url(|| CsrfToken::new(state.to_string()))
            .add_scope(Scope::new(scope.to_string()))
            .set_pkce_challenge(PkceCodeChallenge::from_code_verifier_sha256(&verifier))
            .add_extra_param("access_type", "offline")
            .add_extra_param("prompt", "consent")
            .url();
        Ok(url.into())
    }

    /// Exchanges an authorization code for tokens; returns the refresh token.
    pub async fn exchange_code(
        &self,
        account: &str,
        code: &SecretString,
        pkce: &Pkce,
        redirect_uri: &str,
    ) -> Result<SecretString> {
        let http = token_http()?;
        let retry = RetryPolicy::default();
        let send = |req| send_token_request(http.clone(), retry, req);
        let answer = self
            .configured(Some(redirect_uri))?
            .exchange_code(AuthorizationCode::new(code.expose_secret().to_string()))
            .set_pkce_verifier(PkceCodeVerifier::new(
                pkce.verifier.expose_secret().to_string(),
            ))
            .request_async(&send)
            .await
            .map_err(|e| token_error(account, e))?;
        answer
            .refresh_token()
            .map(|t| SecretString::from(t.secret().clone()))
            .ok_or_else(|| StageError::Remote {
                service: "OAuth token endpoint",
                account: account.to_string(),
                status: None,
                reason: "the answer holds no refresh token (remove jobtrack's access at https://myaccount.google.com/permissions and connect again)".into(),
            })
    }

    /// A fresh access token from a refresh token, and how long it lives.
    async fn refresh(
        &self,
        http: &reqwest::Client,
        retry: RetryPolicy,
        account: &str,
        refresh_token: &SecretString,
    ) -> Result<(SecretString, Duration)> {
        let refresh = RefreshToken::new(refresh_token.expose_secret().to_string());
        let send = |req| send_token_request(http.clone(), retry, req);
        let answer = self
            .configured(None)?
            .exchange_refresh_token(&refresh)
            .request_async(&send)
            .await
            .map_err(|e| token_error(account, e))?;
        Ok((
            SecretString::from(answer.access_token().secret().clone()),
            answer.expires_in().unwrap_or(Duration::from_secs(3600)),
        ))
    }
}

/// A failed token request as a stage error. `invalid_grant` (consent
/// revoked, or expired) says to connect again. Nothing the endpoint sent
/// back is quoted except its error code and description: a body that did
/// not parse may hold a token.
fn token_error(account: &str, e: TokenRequestError) -> StageError {
    let remote = |reason: String| StageError::Remote {
        service: "OAuth token endpoint",
        account: account.to_string(),
        status: None,
        reason,
    };
    match e {
        RequestTokenError::ServerResponse(r)
            if *r.error() == BasicErrorResponseType::InvalidGrant =>
        {
            StageError::Reauthorize {
                account: account.to_string(),
                reason: format!(
                    "Google refused the stored grant ({})",
                    r.error_description()
                        .map_or("revoked or expired", String::as_str)
                ),
            }
        }
        RequestTokenError::ServerResponse(r) => remote(format!(
            "{}{}",
            r.error(),
            r.error_description()
                .map(|d| format!(": {d}"))
                .unwrap_or_default()
        )),
        RequestTokenError::Request(e) => remote(e.to_string()),
        RequestTokenError::Parse(e, _body) => remote(format!(
            "unreadable token answer (at `{}`, line {} column {})",
            e.path(),
            e.inner().line(),
            e.inner().column()
        )),
        RequestTokenError::Other(reason) => remote(reason),
    }
}

/// An error and its causes, `a: b: c` ("error sending request" alone says
/// little; "connection refused" is in its source).
fn with_causes(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        out.push_str(": ");
        out.push_str(&c.to_string());
        cause = c.source();
    }
    out
}

/// Hands out access tokens, refreshing them shortly before they expire.
#[derive(Debug)]
pub struct AccessTokens {
    client: OAuthClient,
    http: reqwest::Client,
    account: String,
    refresh_token: SecretString,
    current: Option<(SecretString, Instant)>,
    retry: RetryPolicy,
    /// How many times a token was fetched from the token endpoint.
    pub refreshes: u64,
}

impl AccessTokens {
    pub fn new(client: OAuthClient, account: &str, refresh_token: SecretString) -> Result<Self> {
        Ok(Self {
            client,
            http: token_http()?,
            account: account.to_string(),
            refresh_token,
            current: None,
            retry: RetryPolicy::default(),
            refreshes: 0,
        })
    }

    /// Token requests retried under `retry` (the account's policy).
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// A token valid for at least another minute.
    pub async fn get(&mut self) -> Result<SecretString> {
        if let Some((token, until)) = &self.current
            && Instant::now() + Duration::from_secs(60) < *until
        {
            return Ok(token.clone());
        }
        let (token, life) = self
            .client
            .refresh(&self.http, self.retry, &self.account, &self.refresh_token)
            .await?;
        self.refreshes += 1;
        tracing::debug!(account = %self.account, expires_in_s = life.as_secs(), "Refreshed the access token.");
        self.current = Some((token.clone(), Instant::now() + life));
        Ok(token)
    }

    /// Forgets the current token (the API answered 401).
    pub fn invalidate(&mut self) {
        self.current = None;
    }
}

/// A loopback listener waiting for the browser's redirect.
#[derive(Debug)]
pub struct LoopbackRedirect {
    listener: TcpListener,
    pub redirect_uri: String,
}

impl LoopbackRedirect {
    /// Listens on 127.0.0.1 on a port the system picks.
    pub async fn bind() -> Result<Self> {
        let listener = TcpListener::bind(("127.0.0.1", 0))
            .await
            .map_err(|e| StageError::Request(format!("cannot listen on 127.0.0.1: {e}")))?;
        let port = listener
            .local_addr()
            .map_err(|e| StageError::Request(format!("cannot listen on 127.0.0.1: {e}")))?
            .port();
        Ok(Self {
            listener,
            redirect_uri: format!("http://127.0.0.1:{port}/"),
        })
    }

    /// Waits for the redirect that carries `state` and returns its code.
    /// Requests without a code (a favicon) are answered 404 and ignored.
    /// Each connection is read on its own task and dropped after
    /// [`REQUEST_WAIT`] without a request, so a connection that never
    /// speaks (a browser's speculative preconnect, a stray client) cannot
    /// stop the redirect from being read.
    pub async fn code(&self, account: &str, state: &str) -> Result<SecretString> {
        let mut pending = tokio::task::JoinSet::new();
        loop {
            tokio::select! {
                accepted = self.listener.accept() => {
                    let (sock, _) = accepted.map_err(|e| {
                        StageError::Request(format!("loopback listener failed: {e}"))
                    })?;
                    let (account, state) = (account.to_string(), state.to_string());
                    pending.spawn(async move {
                        tokio::time::timeout(REQUEST_WAIT, answer(sock, &account, &state))
                            .await
                            .ok()
                            .flatten()
                    });
                }
                Some(done) = pending.join_next(), if !pending.is_empty() => {
                    if let Ok(Some(outcome)) = done {
                        return outcome;
                    }
                }
            }
        }
    }
}

/// How long a loopback connection may stay silent before it is dropped.
pub const REQUEST_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// Reads one request on the loopback listener and answers it: the outcome
/// when it is the redirect (a code, or the consent screen's refusal), none
/// for anything else.
async fn answer(
    mut sock: tokio::net::TcpStream,
    account: &str,
    state: &str,
) -> Option<Result<SecretString>> {
    let mut buf = vec![0u8; 16 * 1024];
    let mut len = 0;
    while len < buf.len() {
        let n = sock.read(&mut buf[len..]).await.unwrap_or(0);
        if n == 0 {
            break;
        }
        len += n;
        if buf[..len].windows(4).any(|w| w == b"\r\n\r\n") {
            break;
        }
    }
    let head = String::from_utf8_lossy(&buf[..len]);
    let target = head
        .lines()
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or("/");
    let url = url::Url::parse(&format!("http://127.0.0.1{target}")).ok();
    let pairs: Vec<(String, String)> = url
        .map(|u| u.query_pairs().into_owned().collect())
        .unwrap_or_default();
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let (status, page, outcome) = match (get("code"), get("state"), get("error")) {
        (_, _, Some(error)) => (
            "400 Bad Request",
            "Authorization was refused. You can close this tab.",
            Some(Err(StageError::Reauthorize {
                account: account.to_string(),
                reason: format!("the consent screen answered {error}"),
            })),
        ),
        (Some(code), Some(s), None) if s == state => (
            "200 OK",
            "jobtrack is connected. You can close this tab.",
            Some(Ok(SecretString::from(code))),
        ),
        (Some(_), _, None) => (
            "400 Bad Request",
            "The state does not match this request.",
            None,
        ),
        _ => ("404 Not Found", "Not found.", None),
    };
    let reply = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{page}",
        page.len()
    );
    let _ = sock.write_all(reply.as_bytes()).await;
    let _ = sock.shutdown().await;
    outcome
}

/// A random `state` value for one authorization (CSRF protection).
pub fn new_state() -> Result<String> {
    Ok(CsrfToken::new_random().secret().clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_do_not_show_in_debug() {
        let s = SecretString::from("1//refresh-abc".to_owned());
        assert_eq!(format!("{s:?}"), "SecretBox<str>([REDACTED])");
        let k = TokenKey::generate().unwrap();
        assert!(!format!("{k:?}").contains(&k.to_hex().expose_secret()[..8]));
    }

    #[test]
    fn pkce_challenge_is_s256_of_the_verifier() {
        // RFC 7636 appendix B.
        let verifier = PkceCodeVerifier::new("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk".into());
        let challenge = PkceCodeChallenge::from_code_verifier_sha256(&verifier);
        assert_eq!(
            challenge.as_str(),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
        assert_eq!(challenge.method().as_str(), "S256");
        let p = Pkce::new().unwrap();
        assert_eq!(p.verifier.expose_secret().len(), 43);
        let again = PkceCodeVerifier::new(p.verifier.expose_secret().to_string());
        assert_eq!(
            PkceCodeChallenge::from_code_verifier_sha256(&again).as_str(),
            p.challenge
        );
    }

    #[tokio::test]
    async fn tokens_round_trip_encrypted_and_bound_to_their_account() {
        let root = DataRoot::memory();
        let key = TokenKey::generate().unwrap();
        let store = TokenStore::new(root.clone(), key.clone());
        let token = SecretString::from("1//0gRefreshTokenValue".to_owned());
        store.save("me", "work", &token).await.unwrap();
        assert_eq!(
            store.load("me", "work").await.unwrap().expose_secret(),
            token.expose_secret()
        );
        let raw = root
            .get(&TokenStore::path("me", "work"))
            .await
            .unwrap()
            .unwrap();
        assert!(!raw.windows(10).any(|w| w == &b"1//0gRefre"[..]));
        // Moved to another account, it does not decrypt.
        root.put(&TokenStore::path("me", "home"), raw)
            .await
            .unwrap();
        assert!(matches!(
            store.load("me", "home").await,
            Err(StageError::TokenStore { .. })
        ));
        // Another key does not decrypt it either.
        let other = TokenStore::new(root, TokenKey::generate().unwrap());
        assert!(other.load("me", "work").await.is_err());
    }
}
