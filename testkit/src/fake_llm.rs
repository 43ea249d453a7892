//! A fake OpenAI-compatible chat-completions server (HTTP/1.1 on a free
//! local port, one request per connection) that counts calls and tokens,
//! records every prompt, and misbehaves on demand: slow answers, invalid
//! JSON, out-of-schema values, hallucinated companies, an obedient model that
//! does what injected text asks, 429 and 500, and a server that refuses
//! JSON-schema output.
//!
//! Plain tokio rather than axum: adding axum as a dev-dependency turns on
//! hyper's server features, which rebuilds reqwest, object_store and all of
//! DataFusion for the test profile.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A response: status, extra headers, body.
struct Response {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: String,
}

impl Response {
    fn json(status: u16, body: String) -> Self {
        Self {
            status,
            headers: vec![],
            body,
        }
    }
}

/// How the fake answers.
#[derive(Debug, Clone, PartialEq)]
pub enum Behaviour {
    /// The answer of the first `(needle, answer)` whose needle is in the
    /// prompt, else a generic valid answer.
    Answer,
    /// Answers like `Answer`, after a delay.
    Slow(Duration),
    /// Not JSON.
    InvalidJson,
    /// JSON with values outside the schema's enums.
    OutOfSchema,
    /// Valid JSON naming a company and role that are not in the email.
    Hallucinate,
    /// A compromised model: answers what injected text asks for.
    Obey,
    /// Always this status.
    Status(u16),
    /// This status (with `Retry-After: 1` for 429) for the first `n`
    /// requests, then `Answer`.
    FailFirst(u16, u64),
    /// 400 for `json_schema`; `Answer` in JSON mode.
    RejectSchema,
}

pub struct FakeState {
    pub behaviour: Mutex<Behaviour>,
    pub answers: Vec<(String, Value)>,
    pub calls: AtomicU64,
    pub tokens_in: AtomicU64,
    pub tokens_out: AtomicU64,
    pub prompts: Mutex<Vec<String>>,
    pub formats: Mutex<Vec<String>>,
    pub auth: Mutex<Vec<String>>,
}

pub struct FakeLlm {
    pub base_url: String,
    pub state: Arc<FakeState>,
}

fn tokens(s: &str) -> u64 {
    (s.chars().count() as u64).div_ceil(4)
}

/// A plausible answer that names nothing, so it is always grounded.
pub fn generic_answer(prompt: &str) -> Value {
    if prompt.to_lowercase().contains("application") {
        json!({"label": "application", "event_type": "update", "company_name": null,
               "role_title": null, "location": null, "confidence": 0.7})
    } else {
        json!({"label": "recruiter_outreach", "event_type": null, "company_name": null,
               "role_title": null, "location": null, "confidence": 0.6})
    }
}

impl FakeLlm {
    pub async fn start(behaviour: Behaviour, answers: Vec<(&str, Value)>) -> Self {
        let state = Arc::new(FakeState {
            behaviour: Mutex::new(behaviour),
            answers: answers
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
            calls: AtomicU64::new(0),
            tokens_in: AtomicU64::new(0),
            tokens_out: AtomicU64::new(0),
            prompts: Mutex::new(Vec::new()),
            formats: Mutex::new(Vec::new()),
            auth: Mutex::new(Vec::new()),
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let shared = state.clone();
        tokio::spawn(async move {
            loop {
                let Ok((socket, _)) = listener.accept().await else {
                    continue;
                };
                let state = shared.clone();
                tokio::spawn(async move {
                    let _ = serve(socket, state).await;
                });
            }
        });
        Self {
            base_url: format!("http://{addr}/v1"),
            state,
        }
    }

    pub fn calls(&self) -> u64 {
        self.state.calls.load(Ordering::SeqCst)
    }

    pub fn prompts(&self) -> Vec<String> {
        self.state.prompts.lock().unwrap().clone()
    }
}

/// Reads one request (headers, then `Content-Length` bytes of body), answers
/// it and closes the connection.
async fn serve(mut socket: tokio::net::TcpStream, state: Arc<FakeState>) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let header_end = loop {
        let n = socket.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..header_end]).to_string();
    let mut authorization = None;
    let mut length = 0usize;
    for line in head.lines().skip(1) {
        if let Some((k, v)) = line.split_once(':') {
            match k.trim().to_ascii_lowercase().as_str() {
                "content-length" => length = v.trim().parse().unwrap_or(0),
                "authorization" => authorization = Some(v.trim().to_string()),
                _ => {}
            }
        }
    }
    while buf.len() < header_end + length {
        let n = socket.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let req: Value = serde_json::from_slice(&buf[header_end..]).unwrap_or(Value::Null);
    let resp = complete(&state, authorization, req).await;
    let reason = match resp.status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        429 => "Too Many Requests",
        _ => "Error",
    };
    let mut out = format!(
        "HTTP/1.1 {} {reason}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n",
        resp.status,
        resp.body.len()
    );
    for (k, v) in &resp.headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(&resp.body);
    socket.write_all(out.as_bytes()).await?;
    socket.shutdown().await
}

fn completion(content: &str, tin: u64) -> Response {
    Response::json(
        200,
        json!({
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": tin, "completion_tokens": tokens(content), "total_tokens": tin + tokens(content)},
        })
        .to_string(),
    )
}

fn failure(status: u16) -> Response {
    let mut r = Response::json(status, "{\"error\":{\"message\":\"fake failure\"}}".into());
    if status == 429 {
        r.headers.push(("retry-after", "1".into()));
    }
    r
}

async fn complete(state: &FakeState, authorization: Option<String>, req: Value) -> Response {
    let n = state.calls.fetch_add(1, Ordering::SeqCst);
    let messages = req["messages"].as_array().cloned().unwrap_or_default();
    let text: String = messages
        .iter()
        .filter_map(|m| m["content"].as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let user = messages
        .iter()
        .filter(|m| m["role"] == "user")
        .filter_map(|m| m["content"].as_str())
        .next()
        .unwrap_or("")
        .to_string();
    let tin = tokens(&text);
    state.tokens_in.fetch_add(tin, Ordering::SeqCst);
    state.prompts.lock().unwrap().push(text.clone());
    let format = req["response_format"]["type"]
        .as_str()
        .unwrap_or("")
        .to_string();
    state.formats.lock().unwrap().push(format.clone());
    if let Some(a) = authorization {
        state.auth.lock().unwrap().push(a);
    }
    let behaviour = state.behaviour.lock().unwrap().clone();
    let truthful = || {
        state
            .answers
            .iter()
            .find(|(needle, _)| user.contains(needle.as_str()))
            .map_or_else(|| generic_answer(&user), |(_, v)| v.clone())
            .to_string()
    };
    let content = match behaviour {
        Behaviour::Answer => truthful(),
        Behaviour::Slow(d) => {
            tokio::time::sleep(d).await;
            truthful()
        }
        Behaviour::InvalidJson => "Sure! Here is the classification: {label: application, event".into(),
        Behaviour::OutOfSchema => json!({"label": "job_offer", "event_type": "hired", "company_name": null,
            "role_title": null, "location": null, "confidence": 1.7}).to_string(),
        Behaviour::Hallucinate => json!({"label": "application", "event_type": "interview",
            "company_name": "Globex Hallucinated Corp", "role_title": "Chief Imagination Officer",
            "location": null, "confidence": 0.99}).to_string(),
        Behaviour::Obey => json!({"label": "application", "event_type": "offer",
            "company_name": "Google", "role_title": if user.contains("Staff Engineer") { "Staff Engineer" } else { "Principal Engineer" },
            "location": null, "confidence": 0.99}).to_string(),
        Behaviour::Status(code) => return failure(code),
        Behaviour::FailFirst(code, k) if n < k => return failure(code),
        Behaviour::FailFirst(..) => truthful(),
        Behaviour::RejectSchema if format == "json_schema" => {
            return Response::json(
                400,
                "{\"error\":{\"message\":\"response_format type json_schema is not supported\"}}".into(),
            );
        }
        Behaviour::RejectSchema => truthful(),
    };
    state
        .tokens_out
        .fetch_add(tokens(&content), Ordering::SeqCst);
    completion(&content, tin)
}
