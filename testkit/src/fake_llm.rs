//! A fake OpenAI-compatible chat-completions server (axum, HTTP/1.1 on a
//! free local port, one request per connection) that counts calls and
//! tokens, records every prompt, and misbehaves on demand: slow answers,
//! invalid JSON, out-of-schema values, hallucinated companies, an obedient
//! model that does what injected text asks, 429 and 500, and a server that
//! refuses JSON-schema output.
//!
//! Every request, whatever its method or path, is read as a chat completion
//! request: the body as JSON (or null), whatever its `Content-Type`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::HeaderMap;
use axum::http::header::{AUTHORIZATION, CONNECTION, CONTENT_TYPE, RETRY_AFTER};
use axum::response::Response;
use serde_json::{Value, json};

/// A JSON answer; `Connection: close` makes it one request per connection.
fn json_response(status: u16, body: String) -> Response {
    Response::builder()
        .status(status)
        .header(CONTENT_TYPE, "application/json")
        .header(CONNECTION, "close")
        .body(Body::from(body))
        .unwrap()
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
    /// A reasoning model (OpenAI's o-series, gpt-5): 400 for `max_tokens`
    /// and for a `temperature` other than 1, with OpenAI's wording.
    Reasoning,
    /// An older server: 400 for the unknown `max_completion_tokens`.
    LegacyMaxTokens,
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
    /// Per request: which of `max_tokens`, `max_completion_tokens` and
    /// `temperature` it sent, comma-separated.
    pub params: Mutex<Vec<String>>,
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
            params: Mutex::new(Vec::new()),
            auth: Mutex::new(Vec::new()),
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = Router::new()
            .fallback(answer)
            .layer(DefaultBodyLimit::disable())
            .with_state(state.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
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

/// Answers one request (any method, any path) as a chat completion.
async fn answer(State(state): State<Arc<FakeState>>, headers: HeaderMap, body: Bytes) -> Response {
    let authorization = headers
        .get(AUTHORIZATION)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).trim().to_string());
    let req: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    complete(&state, authorization, req).await
}

fn completion(content: &str, tin: u64) -> Response {
    json_response(
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
    let mut r = json_response(status, "{\"error\":{\"message\":\"fake failure\"}}".into());
    if status == 429 {
        r.headers_mut()
            .insert(RETRY_AFTER, axum::http::HeaderValue::from_static("1"));
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
    let sent: Vec<&str> = ["max_tokens", "max_completion_tokens", "temperature"]
        .into_iter()
        .filter(|k| req.get(*k).is_some())
        .collect();
    state.params.lock().unwrap().push(sent.join(","));
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
            return json_response(
                400,
                "{\"error\":{\"message\":\"response_format type json_schema is not supported\"}}".into(),
            );
        }
        Behaviour::RejectSchema => truthful(),
        Behaviour::Reasoning if req.get("max_tokens").is_some() => {
            return json_response(
                400,
                json!({"error": {"message": "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
                    "type": "invalid_request_error", "param": "max_tokens", "code": "unsupported_parameter"}}).to_string(),
            );
        }
        Behaviour::Reasoning if req.get("temperature").is_some_and(|t| t.as_f64() != Some(1.0)) => {
            return json_response(
                400,
                json!({"error": {"message": "Unsupported value: 'temperature' does not support 0 with this model. Only the default (1) value is supported.",
                    "type": "invalid_request_error", "param": "temperature", "code": "unsupported_value"}}).to_string(),
            );
        }
        Behaviour::Reasoning => truthful(),
        Behaviour::LegacyMaxTokens if req.get("max_completion_tokens").is_some() => {
            return json_response(
                400,
                json!({"error": {"message": "Unrecognized request argument supplied: max_completion_tokens"}}).to_string(),
            );
        }
        Behaviour::LegacyMaxTokens => truthful(),
    };
    state
        .tokens_out
        .fetch_add(tokens(&content), Ordering::SeqCst);
    completion(&content, tin)
}
