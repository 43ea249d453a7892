//! OAuth 2.0 for installed apps (RFC 8252) and the encrypted token store.
//!
//! `jobtrack connect` runs the authorization-code flow with PKCE (RFC 7636,
//! S256) and a loopback redirect on `127.0.0.1`; the refresh token it gets is
//! encrypted with ChaCha20-Poly1305 (`ring`) under a 256-bit key the binary
//! hands in ([`TokenKey`]) and written to the data root under
//! `_secrets/tokens/user_id=<user>/<account>.token`. The file is bound to its
//! user and account (they are the AEAD's associated data), so a file copied to
//! another account does not decrypt.
//!
//! Access tokens live only in memory: [`AccessTokens`] refreshes one when it
//! is about to expire or the API answers 401. Every secret is a [`Secret`],
//! whose `Debug` prints `Secret(***)`, so neither logs nor errors show one.
//! A refresh answered `invalid_grant` (consent revoked, or expired after 7
//! days for an app in testing) is [`StageError::Reauthorize`], which tells
//! the person to run `jobtrack connect <account>` again.

use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use crate::error::{Result, StageError};
use crate::storage::{Bytes, DataRoot};

/// The only scope jobtrack asks for.
pub const GMAIL_READONLY_SCOPE: &str = "https://www.googleapis.com/auth/gmail.readonly";
/// Google's endpoints, the defaults of the config keys `auth-url` and `token-url`.
pub const GOOGLE_AUTH_URL: &str = "https://accounts.google.com/o/oauth2/v2/auth";
pub const GOOGLE_TOKEN_URL: &str = "https://oauth2.googleapis.com/token";

const MAGIC: &[u8; 4] = b"JTK1";

/// A string that must never be shown: its `Debug` is `Secret(***)` and it
/// has no `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Self(s.into())
    }

    /// The secret itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

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
    pub fn to_hex(&self) -> Secret {
        Secret(hex::encode(self.0))
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

/// Encrypted refresh tokens under the data root.
#[derive(Debug, Clone)]
pub struct TokenStore {
    root: DataRoot,
    key: TokenKey,
}

impl TokenStore {
    pub fn new(root: DataRoot, key: TokenKey) -> Self {
        Self { root, key }
    }

    /// Where an account's token lives, relative to the data root.
    pub fn path(user_id: &str, account: &str) -> String {
        format!("_secrets/tokens/user_id={user_id}/{account}.token")
    }

    fn aad(user_id: &str, account: &str) -> String {
        format!("jobtrack-refresh-token\0{user_id}\0{account}")
    }

    /// Encrypts and stores the refresh token of an account.
    pub async fn save(&self, user_id: &str, account: &str, token: &Secret) -> Result<()> {
        check_account(account)?;
        let mut nonce = [0u8; 12];
        SystemRandom::new()
            .fill(&mut nonce)
            .map_err(|_| StageError::Request("the system random generator failed".into()))?;
        let mut sealed = token.expose().as_bytes().to_vec();
        self.key
            .aead()?
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(Self::aad(user_id, account).as_bytes()),
                &mut sealed,
            )
            .map_err(|_| StageError::Request("encrypting the token failed".into()))?;
        let mut out = Vec::with_capacity(4 + 12 + sealed.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        self.root
            .put(&Self::path(user_id, account), Bytes::from(out))
            .await
    }

    /// The stored refresh token of an account.
    pub async fn load(&self, user_id: &str, account: &str) -> Result<Secret> {
        check_account(account)?;
        let path = Self::path(user_id, account);
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
                Aad::from(Self::aad(user_id, account).as_bytes()),
                &mut sealed,
            )
            .map_err(|_| {
                unreadable(
                    "it does not decrypt with this key (JOBTRACK_TOKEN_KEY or the key file changed?)",
                )
            })?;
        let text = std::str::from_utf8(plain).map_err(|_| unreadable("not UTF-8"))?;
        Ok(Secret::new(text))
    }
}

/// An OAuth client registered as a desktop app.
#[derive(Debug, Clone)]
pub struct OAuthClient {
    pub client_id: String,
    /// Google issues a "secret" to desktop apps too; it is not confidential
    /// but is still kept out of the config file.
    pub client_secret: Option<Secret>,
    pub auth_url: String,
    pub token_url: String,
}

/// What the token endpoint answers.
#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    #[serde(default)]
    expires_in: Option<u64>,
    #[serde(default)]
    refresh_token: Option<String>,
}

#[derive(Deserialize)]
struct TokenError {
    error: String,
    #[serde(default)]
    error_description: Option<String>,
}

/// A PKCE verifier and its S256 challenge.
#[derive(Debug)]
pub struct Pkce {
    pub verifier: Secret,
    pub challenge: String,
}

/// 32 random bytes, base64url.
fn random_token() -> Result<String> {
    let mut b = [0u8; 32];
    SystemRandom::new()
        .fill(&mut b)
        .map_err(|_| StageError::Request("the system random generator failed".into()))?;
    Ok(URL_SAFE_NO_PAD.encode(b))
}

impl Pkce {
    pub fn new() -> Result<Self> {
        let verifier = random_token()?;
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
        Ok(Self {
            verifier: Secret(verifier),
            challenge,
        })
    }
}

impl OAuthClient {
    /// The consent URL for `redirect_uri`, with a PKCE challenge and `state`.
    pub fn authorize_url(&self, redirect_uri: &str, pkce: &Pkce, state: &str) -> Result<String> {
        let mut url = url::Url::parse(&self.auth_url).map_err(|e| {
            StageError::Request(format!("auth-url {:?} is not a URL: {e}", self.auth_url))
        })?;
        url.query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", &self.client_id)
            .append_pair("redirect_uri", redirect_uri)
            .append_pair("scope", GMAIL_READONLY_SCOPE)
            .append_pair("code_challenge", &pkce.challenge)
            .append_pair("code_challenge_method", "S256")
            .append_pair("state", state)
            // A refresh token is only handed out for offline access, and
            // again on a second consent only when the prompt is forced.
            .append_pair("access_type", "offline")
            .append_pair("prompt", "consent");
        Ok(url.into())
    }

    async fn token_call(
        &self,
        http: &reqwest::Client,
        account: &str,
        form: &[(&str, &str)],
    ) -> Result<TokenAnswer> {
        let mut form: Vec<(&str, &str)> = form.to_vec();
        form.push(("client_id", &self.client_id));
        if let Some(s) = &self.client_secret {
            form.push(("client_secret", s.expose()));
        }
        let failed = |reason: String| StageError::Remote {
            service: "OAuth token endpoint",
            account: account.to_string(),
            status: None,
            reason,
        };
        let resp = http
            .post(&self.token_url)
            .form(&form)
            .send()
            .await
            .map_err(|e| failed(e.without_url().to_string()))?;
        let status = resp.status();
        let body = resp
            .bytes()
            .await
            .map_err(|e| failed(e.without_url().to_string()))?;
        if status.is_success() {
            return serde_json::from_slice(&body)
                .map_err(|e| failed(format!("unreadable token answer: {e}")));
        }
        let err: Option<TokenError> = serde_json::from_slice(&body).ok();
        match err {
            Some(e) if e.error == "invalid_grant" => Err(StageError::Reauthorize {
                account: account.to_string(),
                reason: format!(
                    "Google refused the stored grant ({})",
                    e.error_description
                        .unwrap_or_else(|| "revoked or expired".into())
                ),
            }),
            Some(e) => Err(StageError::Remote {
                service: "OAuth token endpoint",
                account: account.to_string(),
                status: Some(status.as_u16()),
                reason: format!(
                    "{}{}",
                    e.error,
                    e.error_description
                        .map(|d| format!(": {d}"))
                        .unwrap_or_default()
                ),
            }),
            None => Err(StageError::Remote {
                service: "OAuth token endpoint",
                account: account.to_string(),
                status: Some(status.as_u16()),
                reason: "no error description".into(),
            }),
        }
    }

    /// Exchanges an authorization code for tokens; returns the refresh token.
    pub async fn exchange_code(
        &self,
        http: &reqwest::Client,
        account: &str,
        code: &Secret,
        pkce: &Pkce,
        redirect_uri: &str,
    ) -> Result<Secret> {
        let answer = self
            .token_call(
                http,
                account,
                &[
                    ("grant_type", "authorization_code"),
                    ("code", code.expose()),
                    ("code_verifier", pkce.verifier.expose()),
                    ("redirect_uri", redirect_uri),
                ],
            )
            .await?;
        answer.refresh_token.map(Secret).ok_or_else(|| StageError::Remote {
            service: "OAuth token endpoint",
            account: account.to_string(),
            status: None,
            reason: "the answer holds no refresh token (remove jobtrack's access at https://myaccount.google.com/permissions and connect again)".into(),
        })
    }

    /// A fresh access token from a refresh token.
    async fn refresh(
        &self,
        http: &reqwest::Client,
        account: &str,
        refresh_token: &Secret,
    ) -> Result<(Secret, Duration)> {
        let answer = self
            .token_call(
                http,
                account,
                &[
                    ("grant_type", "refresh_token"),
                    ("refresh_token", refresh_token.expose()),
                ],
            )
            .await?;
        Ok((
            Secret(answer.access_token),
            Duration::from_secs(answer.expires_in.unwrap_or(3600)),
        ))
    }
}

/// Hands out access tokens, refreshing them shortly before they expire.
#[derive(Debug)]
pub struct AccessTokens {
    client: OAuthClient,
    account: String,
    refresh_token: Secret,
    current: Option<(Secret, Instant)>,
    /// How many times a token was fetched from the token endpoint.
    pub refreshes: u64,
}

impl AccessTokens {
    pub fn new(client: OAuthClient, account: &str, refresh_token: Secret) -> Self {
        Self {
            client,
            account: account.to_string(),
            refresh_token,
            current: None,
            refreshes: 0,
        }
    }

    /// A token valid for at least another minute.
    pub async fn get(&mut self, http: &reqwest::Client) -> Result<Secret> {
        if let Some((token, until)) = &self.current
            && Instant::now() + Duration::from_secs(60) < *until
        {
            return Ok(token.clone());
        }
        let (token, life) = self
            .client
            .refresh(http, &self.account, &self.refresh_token)
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
    pub async fn code(&self, account: &str, state: &str) -> Result<Secret> {
        loop {
            let (mut sock, _) = self
                .listener
                .accept()
                .await
                .map_err(|e| StageError::Request(format!("loopback listener failed: {e}")))?;
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
                    Some(Ok(Secret(code))),
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
            if let Some(outcome) = outcome {
                return outcome;
            }
        }
    }
}

/// A random `state` value for one authorization.
pub fn new_state() -> Result<String> {
    random_token()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_do_not_show_in_debug() {
        let s = Secret::new("1//refresh-abc");
        assert_eq!(format!("{s:?}"), "Secret(***)");
        let k = TokenKey::generate().unwrap();
        assert!(!format!("{k:?}").contains(&k.to_hex().expose()[..8]));
    }

    #[test]
    fn pkce_challenge_is_s256_of_the_verifier() {
        // RFC 7636 appendix B.
        let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
        assert_eq!(challenge, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        let p = Pkce::new().unwrap();
        assert_eq!(p.verifier.expose().len(), 43);
    }

    #[tokio::test]
    async fn tokens_round_trip_encrypted_and_bound_to_their_account() {
        let root = DataRoot::memory();
        let key = TokenKey::generate().unwrap();
        let store = TokenStore::new(root.clone(), key.clone());
        let token = Secret::new("1//0gRefreshTokenValue");
        store.save("me", "work", &token).await.unwrap();
        assert_eq!(store.load("me", "work").await.unwrap(), token);
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
