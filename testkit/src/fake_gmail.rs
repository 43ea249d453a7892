//! A fake of Google's Gmail API and OAuth token endpoint, on 127.0.0.1, for
//! the Gmail client's tests. It follows the published API where the client
//! uses it: `users.getProfile`, `messages.list` (paging, `maxResults`, a
//! `q` of `label:NAME`, SPAM and TRASH left out unless `includeSpamTrash`),
//! `messages.get?format=raw`, the batch endpoint (`multipart/mixed`, at most
//! 50 parts enforced), `history.list` (`messageAdded` with the message's
//! labels, whatever they are, `maxResults`, 404 for an expired start) and
//! the token endpoint
//! (`authorization_code` grant checked against the PKCE challenge,
//! `refresh_token` grant, `invalid_grant` for a revoked token).
//!
//! It injects failures: a share of calls and of batch parts answered 429
//! (with `Retry-After: 0`), 500 or 403 `userRateLimitExceeded`; access tokens
//! that stop working every N calls (401), also inside a batch; token
//! endpoint answers of 503; a fatal 403 after N list pages to stand for a
//! run killed midway. It counts quota units per call the way
//! Gmail does, with their times, so tests check every 60-second window.
//!
//! Served by axum (with the features the `jobtrack` binary already builds it
//! with, so no dependency is rebuilt for the tests). Only the batch body, a
//! `multipart/mixed` of HTTP requests answered by a `multipart/mixed` of
//! HTTP answers, is read and written here.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{self, DefaultBodyLimit, Query};
use axum::http::HeaderMap;
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::response::Response;
use axum::routing::{get, post};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE;
use serde_json::json;
use tokio::net::TcpListener;

pub const AUTH_CODE: &str = "4/0fake-authorization-code";
pub const REFRESH_TOKEN: &str = "1//04-fake-refresh-token-SECRET-r3fr3sh";

/// An injected failure: status, JSON body, extra headers.
type Fault = (u16, String, Vec<(&'static str, &'static str)>);

#[derive(Debug, Clone)]
pub struct Msg {
    pub id: String,
    pub thread_id: String,
    pub labels: Vec<String>,
    pub internal_ms: i64,
    pub raw: Vec<u8>,
    pub history_id: u64,
}

#[derive(Debug, Default)]
pub struct State {
    pub messages: Vec<Msg>,
    pub history_id: u64,
    /// Starts below this answer 404 (expired).
    pub min_history: u64,
    /// Share of calls and batch parts that fail with 429/500/403.
    pub fail_rate: f64,
    rng: u64,
    /// Every N API calls the access tokens stop working.
    pub expire_tokens_every: Option<u64>,
    /// After this many list pages served, list answers a fatal 403.
    pub kill_after_lists: Option<u64>,
    pub revoked: bool,
    pub valid_tokens: HashSet<String>,
    pub issued_tokens: Vec<String>,
    pub token_grants: u64,
    pub api_calls: u64,
    pub list_calls: u64,
    pub history_calls: u64,
    pub profile_calls: u64,
    pub batch_calls: u64,
    pub injected_failures: u64,
    /// Successful `messages.get` per id.
    pub gets: HashMap<String, u64>,
    /// (seconds since start, units) of every call, failed ones included.
    pub units: Vec<(f64, u64)>,
    pub started: Option<Instant>,
    pub max_batch: usize,
    /// What the consent screen was shown: the PKCE challenge and redirect.
    pub consent_challenge: Option<String>,
    pub consent_redirect: Option<String>,
    /// The `client_id` of each token request (sent in the form body, as
    /// Google's installed-app flow does).
    pub token_client_ids: Vec<String>,
    /// The next N token requests answer 503 with an HTML page, as a
    /// front end in trouble does.
    pub token_unavailable: u64,
    /// The next N parts of batch requests answer 401: the access token
    /// expired while the batch was being answered.
    pub batch_parts_unauthorized: u64,
    /// `history.list` records per page (4 when 0), at most `maxResults`.
    pub history_page: usize,
    /// The `maxResults` of every `history.list` call.
    pub history_max_results: Vec<Option<usize>>,
    /// The address `users.getProfile` answers (`me@example.org` when empty).
    pub profile_address: String,
}

impl State {
    /// A new access token, valid from now on and remembered as issued.
    fn grant_token(&mut self) -> String {
        self.token_grants += 1;
        let token = format!("ya29.fake-access-{}-SECRET", self.token_grants);
        self.valid_tokens.insert(token.clone());
        self.issued_tokens.push(token.clone());
        token
    }

    fn rand(&mut self) -> f64 {
        // xorshift64*: deterministic per fake.
        let mut x = self.rng;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.rng = x;
        (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    }

    fn charge(&mut self, units: u64) {
        let t = self.started.map_or(0.0, |s| s.elapsed().as_secs_f64());
        self.units.push((t, units));
    }

    /// An injected failure, or none.
    fn fault(&mut self) -> Option<Fault> {
        if self.rand() >= self.fail_rate {
            return None;
        }
        self.injected_failures += 1;
        let pick = self.rand();
        Some(if pick < 0.4 {
            (
                429,
                error_json(
                    429,
                    "Too many concurrent requests for user.",
                    "rateLimitExceeded",
                ),
                vec![("Retry-After", "0")],
            )
        } else if pick < 0.8 {
            (
                500,
                error_json(500, "Backend Error", "backendError"),
                vec![],
            )
        } else {
            (
                403,
                error_json(403, "User-rate limit exceeded.", "userRateLimitExceeded"),
                vec![],
            )
        })
    }

    /// The largest number of units charged in any 60-second window.
    pub fn max_units_per_minute(&self) -> u64 {
        let mut worst = 0;
        for (i, (t0, _)) in self.units.iter().enumerate() {
            let sum: u64 = self.units[i..]
                .iter()
                .take_while(|(t, _)| *t < t0 + 60.0)
                .map(|(_, u)| u)
                .sum();
            worst = worst.max(sum);
        }
        worst
    }

    /// Adds a message whose bytes are message `k`'s (the same Message-ID),
    /// as Gmail holds a mail sent to oneself or copied by a filter twice.
    pub fn add_copy_of(&mut self, k: usize, label: Option<&str>) {
        let raw = self.messages[k].raw.clone();
        self.add(1, label);
        if let Some(m) = self.messages.last_mut() {
            m.raw = raw;
        }
    }

    pub fn total_units(&self) -> u64 {
        self.units.iter().map(|(_, u)| u).sum()
    }

    /// Adds `n` messages; each gets the next history id.
    /// One message of the caller's, in the INBOX.
    pub fn add_raw(&mut self, raw: Vec<u8>) {
        let k = self.messages.len();
        self.history_id += 1;
        self.messages.push(Msg {
            id: format!("{:016x}", 0x18d0_0000_0000_0000u64 + k as u64 * 7919),
            thread_id: format!("{:016x}", 0x18d0_0000_0000_0000u64 + k as u64 * 7919),
            labels: vec!["INBOX".to_string()],
            internal_ms: 1_767_607_200_000 + k as i64 * 60_000,
            raw,
            history_id: self.history_id,
        });
    }

    pub fn add(&mut self, n: usize, label: Option<&str>) {
        for _ in 0..n {
            let k = self.messages.len();
            self.history_id += 1;
            let subject = if k.is_multiple_of(3) {
                format!("Your application for Software Engineer ({k}) at Acme{k}")
            } else {
                format!("Newsletter issue {k}")
            };
            let raw = format!(
                "From: Sender {k} <sender{k}@example{}.com>\r\nTo: me@example.org\r\nSubject: {subject}\r\nDate: Mon, 5 Jan 2026 10:{:02}:00 +0000\r\nMessage-ID: <msg-{k}@example.com>\r\n\r\nHello {k}, thank you for applying.\r\n",
                k % 17,
                k % 60
            );
            let mut labels = vec!["INBOX".to_string()];
            if let Some(l) = label {
                labels.push(l.to_string());
            }
            self.messages.push(Msg {
                id: format!("{:016x}", 0x18c0_0000_0000_0000u64 + k as u64 * 7919),
                thread_id: format!("{:016x}", 0x18c0_0000_0000_0000u64 + (k / 2) as u64 * 7919),
                labels,
                internal_ms: 1_767_607_200_000 + k as i64 * 60_000,
                raw: raw.into_bytes(),
                history_id: self.history_id,
            });
        }
    }
}

fn error_json(code: u16, message: &str, reason: &str) -> String {
    json!({"error": {"code": code, "message": message,
        "errors": [{"domain": "usageLimits", "reason": reason, "message": message}]}})
    .to_string()
}

fn reply(
    status: u16,
    content_type: &str,
    headers: Vec<(&str, &str)>,
    body: impl Into<Body>,
) -> Response {
    let mut response = Response::builder()
        .status(status)
        .header(CONTENT_TYPE, content_type);
    for (k, v) in headers {
        response = response.header(k, v);
    }
    response.body(body.into()).unwrap()
}

fn json_reply(status: u16, body: String) -> Response {
    reply(status, "application/json; charset=UTF-8", vec![], body)
}

fn fault_reply((status, body, headers): Fault) -> Response {
    reply(status, "application/json", headers, body)
}

type Shared = Arc<Mutex<State>>;

/// A running fake.
#[derive(Clone)]
pub struct FakeGmail {
    pub state: Arc<Mutex<State>>,
    pub base: String,
}

impl FakeGmail {
    pub async fn start(messages: usize, fail_rate: f64) -> Self {
        let mut state = State {
            fail_rate,
            rng: 0x9E37_79B9_7F4A_7C15,
            history_id: 1000,
            started: Some(Instant::now()),
            ..State::default()
        };
        state.add(messages, None);
        let state = Arc::new(Mutex::new(state));
        let listener = TcpListener::bind(("127.0.0.1", 0)).await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let app = router(state.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self { state, base }
    }

    pub fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut self.state.lock().unwrap())
    }
}

/// The token endpoint, then the API. Anything else, an unknown path or a
/// known one with another method, is a 404 of the API (after its token
/// check, as every API call).
fn router(state: Shared) -> Router {
    Router::new()
        .route("/token", post(token))
        .route("/gmail/v1/users/me/profile", get(profile))
        .route("/gmail/v1/users/me/messages", get(list))
        .route("/gmail/v1/users/me/history", get(history))
        .route("/batch/gmail/v1", post(batch))
        .fallback(not_found)
        .method_not_allowed_fallback(not_found)
        .layer(DefaultBodyLimit::disable())
        .with_state(state)
}

/// An API call: refused without a valid access token, else counted (which
/// may expire the tokens) and answered by `call`, all under one lock.
fn api(
    shared: &Shared,
    headers: &HeaderMap,
    call: impl FnOnce(&mut State) -> Response,
) -> Response {
    let mut st = shared.lock().unwrap();
    let bearer = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    if !st.valid_tokens.contains(bearer) {
        return json_reply(401, error_json(401, "Invalid Credentials", "authError"));
    }
    st.api_calls += 1;
    if let Some(n) = st.expire_tokens_every
        && st.api_calls.is_multiple_of(n)
    {
        st.valid_tokens.clear();
    }
    call(&mut st)
}

async fn not_found(extract::State(shared): extract::State<Shared>, headers: HeaderMap) -> Response {
    api(&shared, &headers, |_| {
        json_reply(404, error_json(404, "Not Found", "notFound"))
    })
}

/// The OAuth token endpoint: the `authorization_code` grant (with PKCE) and
/// the `refresh_token` grant, from the form body.
async fn token(extract::State(shared): extract::State<Shared>, body: Bytes) -> Response {
    let form: HashMap<String, String> = url::form_urlencoded::parse(&body).into_owned().collect();
    let mut st = shared.lock().unwrap();
    st.token_client_ids
        .push(form.get("client_id").cloned().unwrap_or_default());
    if st.token_unavailable > 0 {
        st.token_unavailable -= 1;
        return reply(
            503,
            "text/html; charset=UTF-8",
            vec![],
            "<html><body>Service Unavailable</body></html>",
        );
    }
    if form.get("grant_type").map(String::as_str) == Some("authorization_code") {
        // The code is good only with the verifier of the challenge the
        // consent screen was shown (PKCE, S256).
        let verifier = form.get("code_verifier").cloned().unwrap_or_default();
        let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(<sha2::Sha256 as sha2::Digest>::digest(verifier.as_bytes()));
        let ok = form.get("code").map(String::as_str) == Some(AUTH_CODE)
            && st.consent_challenge.as_deref() == Some(challenge.as_str())
            && form.get("redirect_uri") == st.consent_redirect.as_ref();
        if !ok {
            return json_reply(
                400,
                json!({"error": "invalid_grant", "error_description": "Malformed auth code."})
                    .to_string(),
            );
        }
        let token = st.grant_token();
        return json_reply(
            200,
            json!({"access_token": token, "expires_in": 3599, "refresh_token": REFRESH_TOKEN, "token_type": "Bearer"}).to_string(),
        );
    }
    if form.get("grant_type").map(String::as_str) != Some("refresh_token") {
        return json_reply(400, json!({"error": "unsupported_grant_type"}).to_string());
    }
    if st.revoked || form.get("refresh_token").map(String::as_str) != Some(REFRESH_TOKEN) {
        return json_reply(
            400,
            json!({"error": "invalid_grant", "error_description": "Token has been expired or revoked."}).to_string(),
        );
    }
    let token = st.grant_token();
    json_reply(
        200,
        json!({"access_token": token, "expires_in": 3599, "scope": "https://www.googleapis.com/auth/gmail.readonly", "token_type": "Bearer"}).to_string(),
    )
}

/// `users.getProfile`.
async fn profile(extract::State(shared): extract::State<Shared>, headers: HeaderMap) -> Response {
    api(&shared, &headers, |st| {
        st.profile_calls += 1;
        st.charge(1);
        if let Some(f) = st.fault() {
            return fault_reply(f);
        }
        let address = if st.profile_address.is_empty() {
            "me@example.org"
        } else {
            st.profile_address.as_str()
        };
        json_reply(
            200,
            json!({"emailAddress": address, "messagesTotal": st.messages.len(),
                "threadsTotal": st.messages.len(), "historyId": st.history_id.to_string()})
            .to_string(),
        )
    })
}

/// `messages.list`: newest first, `maxResults` (at most 500), `pageToken`,
/// a `q` of `label:NAME`.
async fn list(
    extract::State(shared): extract::State<Shared>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    api(&shared, &headers, |st| {
        st.charge(5);
        if let Some(f) = st.fault() {
            return fault_reply(f);
        }
        if st.kill_after_lists.is_some_and(|n| st.list_calls >= n) {
            return json_reply(
                403,
                error_json(403, "Injected: the run is killed here.", "forbidden"),
            );
        }
        st.list_calls += 1;
        let size: usize = q
            .get("maxResults")
            .and_then(|v| v.parse().ok())
            .unwrap_or(100)
            .min(500);
        let start: usize = match q.get("pageToken") {
            Some(t) => match t.strip_prefix("p").and_then(|v| v.parse().ok()) {
                Some(n) => n,
                None => {
                    return json_reply(400, error_json(400, "Invalid pageToken", "invalid"));
                }
            },
            None => 0,
        };
        let label = q.get("q").and_then(|q| q.strip_prefix("label:"));
        let spam_trash = q.get("includeSpamTrash").map(String::as_str) == Some("true");
        // Newest first, like Gmail.
        let ids: Vec<&Msg> = st
            .messages
            .iter()
            .rev()
            .filter(|m| label.is_none_or(|l| m.labels.iter().any(|x| x == l)))
            .filter(|m| spam_trash || !m.labels.iter().any(|l| l == "SPAM" || l == "TRASH"))
            .collect();
        let page: Vec<_> = ids
            .iter()
            .skip(start)
            .take(size)
            .map(|m| json!({"id": m.id, "threadId": m.thread_id}))
            .collect();
        let mut out = json!({"messages": page, "resultSizeEstimate": ids.len()});
        if start + size < ids.len() {
            out["nextPageToken"] = json!(format!("p{}", start + size));
        }
        json_reply(200, out.to_string())
    })
}

/// `history.list`: `messageAdded` records after `startHistoryId`, four a
/// page; 404 for a start older than `min_history`.
async fn history(
    extract::State(shared): extract::State<Shared>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    api(&shared, &headers, |st| {
        st.history_calls += 1;
        st.charge(2);
        if let Some(f) = st.fault() {
            return fault_reply(f);
        }
        let start: u64 = q
            .get("startHistoryId")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        if start < st.min_history {
            return json_reply(
                404,
                error_json(404, "Requested entity was not found.", "notFound"),
            );
        }
        let offset: usize = q
            .get("pageToken")
            .and_then(|t| t.strip_prefix("h"))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let max_results = q.get("maxResults").and_then(|v| v.parse::<usize>().ok());
        st.history_max_results.push(max_results);
        let per_page = match st.history_page {
            0 => 4,
            n => n,
        }
        .min(max_results.unwrap_or(100).clamp(1, 500));
        // Only `messageAdded` records exist here; asking for other types
        // only gets none.
        let types = q.get("historyTypes").map(String::as_str);
        let added: Vec<&Msg> = st
            .messages
            .iter()
            .filter(|m| m.history_id > start && types.is_none_or(|t| t == "messageAdded"))
            .collect();
        let page: Vec<_> = added
            .iter()
            .skip(offset)
            .take(per_page)
            .map(|m| json!({"id": m.history_id.to_string(), "messagesAdded": [{"message": {"id": m.id, "threadId": m.thread_id, "labelIds": m.labels}}]}))
            .collect();
        let mut out = json!({"history": page, "historyId": st.history_id.to_string()});
        if offset + per_page < added.len() {
            out["nextPageToken"] = json!(format!("h{}", offset + per_page));
        }
        json_reply(200, out.to_string())
    })
}

/// `messages.get?format=raw`, as one part of a batch.
fn get_message(st: &mut State, id: &str, raw: bool) -> Fault {
    st.charge(5);
    if st.batch_parts_unauthorized > 0 {
        st.batch_parts_unauthorized -= 1;
        st.valid_tokens.clear();
        return (
            401,
            error_json(401, "Invalid Credentials", "authError"),
            vec![],
        );
    }
    if let Some(f) = st.fault() {
        return f;
    }
    let Some(m) = st.messages.iter().find(|m| m.id == id).cloned() else {
        return (
            404,
            error_json(404, "Requested entity was not found.", "notFound"),
            vec![],
        );
    };
    *st.gets.entry(id.to_string()).or_default() += 1;
    let mut answer = json!({"id": m.id, "threadId": m.thread_id, "labelIds": m.labels,
        "snippet": "", "sizeEstimate": m.raw.len(), "historyId": m.history_id.to_string(),
        "internalDate": m.internal_ms.to_string()});
    // Only `format=raw` carries the bytes (the default, `full`, is parsed
    // parts the client does not read).
    if raw {
        answer["raw"] = json!(URL_SAFE.encode(&m.raw));
    }
    (200, answer.to_string(), vec![])
}

/// The batch endpoint: at most 50 `messages.get` in a `multipart/mixed`
/// body, answered part by part (each part may fail on its own), or failed
/// whole.
async fn batch(
    extract::State(shared): extract::State<Shared>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    api(&shared, &headers, |st| {
        st.batch_calls += 1;
        let ct = headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let Some(boundary) = ct
            .split("boundary=")
            .nth(1)
            .map(|b| b.trim_matches('"').to_string())
        else {
            return json_reply(400, error_json(400, "no boundary", "invalid"));
        };
        let requests = batch_requests(&boundary, &body);
        st.max_batch = st.max_batch.max(requests.len());
        if requests.len() > 50 {
            return json_reply(
                400,
                error_json(400, "Too many requests in a batch.", "invalid"),
            );
        }
        // The whole batch may fail too.
        if let Some(f) = st.fault() {
            st.charge(5 * requests.len() as u64);
            return fault_reply(f);
        }
        let out_boundary = "batch_fake_answer";
        reply(
            200,
            &format!("multipart/mixed; boundary={out_boundary}"),
            vec![],
            batch_answer(st, out_boundary, requests),
        )
    })
}

/// The parts of a batch request body: each one's `Content-ID` and request
/// line (`GET /gmail/v1/users/me/messages/ID?format=raw HTTP/1.1`).
fn batch_requests(boundary: &str, body: &[u8]) -> Vec<(Option<String>, Option<String>)> {
    let text = String::from_utf8_lossy(body).to_string();
    let mut requests = Vec::new();
    for part in text.split(&format!("--{boundary}")).skip(1) {
        if part.starts_with("--") {
            break;
        }
        let cid = part
            .lines()
            .find_map(|l| l.strip_prefix("Content-ID: "))
            .map(|v| v.trim().trim_matches(|c| c == '<' || c == '>').to_string());
        let request_line = part.lines().find(|l| l.starts_with("GET "));
        requests.push((cid, request_line.map(str::to_string)));
    }
    requests
}

/// The batch answer body: one `application/http` part per request, with
/// `Content-ID: <response-ID>` and that request's HTTP answer.
fn batch_answer(
    st: &mut State,
    boundary: &str,
    requests: Vec<(Option<String>, Option<String>)>,
) -> String {
    let mut out = String::new();
    for (cid, line) in requests {
        let target = line
            .as_deref()
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|t| t.strip_prefix("/gmail/v1/users/me/messages/"))
            .unwrap_or_default();
        let (id, query) = target.split_once('?').unwrap_or((target, ""));
        let raw = query.split('&').any(|kv| kv == "format=raw");
        let (status, json, extra) = get_message(st, id, raw);
        out.push_str(&format!(
            "--{boundary}\r\nContent-Type: application/http\r\n"
        ));
        if let Some(cid) = cid {
            out.push_str(&format!("Content-ID: <response-{cid}>\r\n"));
        }
        out.push_str(&format!(
            "\r\nHTTP/1.1 {status} X\r\nContent-Type: application/json; charset=UTF-8\r\n"
        ));
        for (k, v) in extra {
            out.push_str(&format!("{k}: {v}\r\n"));
        }
        out.push_str(&format!("Content-Length: {}\r\n\r\n{json}\r\n", json.len()));
    }
    out.push_str(&format!("--{boundary}--\r\n"));
    out
}
