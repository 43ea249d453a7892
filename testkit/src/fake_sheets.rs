//! A fake of the Google Sheets API v4 and Google's OAuth token endpoint, on
//! 127.0.0.1, for the Sheets export's tests. It follows the published API
//! where the client uses it: `spreadsheets.create` (sheets with their
//! `gridProperties`; 1000 x 26 when none are given, as Sheets does),
//! `spreadsheets.get` (404 for an unknown id), `spreadsheets.batchUpdate`
//! (`addSheet`, `updateSheetProperties` of the grid), and
//! `spreadsheets.values.batchUpdate` / `values.batchClear` with A1 ranges
//! (`'Title'!A5`, `'Title'!A5:Z1000`), refusing, as Sheets does, a range
//! beyond the sheet's grid ("exceeds grid limits") and a write without
//! `valueInputOption`. Cells are kept as the text sent.
//!
//! It injects failures: the next N API calls answered 429 with a
//! `Retry-After`, and access tokens that stop working (401) after N calls.
//! It records every API call's time so tests check the 60-per-minute quota,
//! and the token grants (a refresh-token grant only).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{self, DefaultBodyLimit};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::{HeaderMap, Method, Uri};
use axum::response::Response;
use axum::routing::post;
use serde_json::{Value, json};
use tokio::net::TcpListener;

pub const REFRESH_TOKEN: &str = "1//04-fake-sheets-refresh-token-SECRET-5h33t5";

/// One sheet: its title, grid and cells (row-major, ragged).
#[derive(Debug, Clone)]
pub struct FakeSheet {
    pub sheet_id: u64,
    pub title: String,
    pub rows: u64,
    pub columns: u64,
    pub cells: Vec<Vec<String>>,
}

impl FakeSheet {
    /// The cells without trailing empty cells and rows, as a reader sees them.
    pub fn values(&self) -> Vec<Vec<String>> {
        let mut out: Vec<Vec<String>> = self
            .cells
            .iter()
            .map(|r| {
                let mut r = r.clone();
                while r.last().is_some_and(String::is_empty) {
                    r.pop();
                }
                r
            })
            .collect();
        while out.last().is_some_and(Vec::is_empty) {
            out.pop();
        }
        out
    }

    fn set(&mut self, row: usize, col: usize, value: String) {
        if self.cells.len() <= row {
            self.cells.resize(row + 1, Vec::new());
        }
        let r = &mut self.cells[row];
        if r.len() <= col {
            r.resize(col + 1, String::new());
        }
        r[col] = value;
    }
}

#[derive(Debug, Clone)]
pub struct FakeSpreadsheet {
    pub title: String,
    pub sheets: Vec<FakeSheet>,
}

#[derive(Debug, Default)]
pub struct State {
    pub spreadsheets: HashMap<String, FakeSpreadsheet>,
    next_id: u64,
    /// The next this many API calls answer 429 with `Retry-After: 1`.
    pub throttle_next: u32,
    /// After this many more API calls the access tokens stop working.
    pub expire_tokens_after: Option<u64>,
    pub revoked: bool,
    valid_tokens: Vec<String>,
    pub token_grants: u64,
    /// Every API call: its time, method and path.
    pub calls: Vec<(Instant, String)>,
    pub throttled: u64,
    pub unauthorized: u64,
}

impl State {
    /// The most API calls in any 60-second window.
    pub fn max_calls_per_minute(&self) -> usize {
        let times: Vec<Instant> = self.calls.iter().map(|(t, _)| *t).collect();
        (0..times.len())
            .map(|i| {
                times[i..]
                    .iter()
                    .take_while(|t| t.duration_since(times[i]).as_secs_f64() < 60.0)
                    .count()
            })
            .max()
            .unwrap_or(0)
    }
}

type Shared = Arc<Mutex<State>>;

/// A running fake.
#[derive(Clone)]
pub struct FakeSheets {
    pub state: Shared,
    pub base: String,
}

impl FakeSheets {
    pub async fn start() -> Self {
        let state = Arc::new(Mutex::new(State::default()));
        let listener = TcpListener::bind(("127.0.0.1", 0)).await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let app = Router::new()
            .route("/token", post(token))
            .fallback(api)
            .layer(DefaultBodyLimit::disable())
            .with_state(state.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self { state, base }
    }

    pub fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut self.state.lock().unwrap())
    }
}

fn reply(status: u16, body: Value, headers: &[(&str, &str)]) -> Response {
    let mut b = Response::builder()
        .status(status)
        .header(CONTENT_TYPE, "application/json; charset=UTF-8");
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    b.body(body.to_string().into()).unwrap()
}

/// Google's error shape.
fn error(status: u16, message: &str, reason: &str) -> Response {
    let code = match status {
        400 => "INVALID_ARGUMENT",
        401 => "UNAUTHENTICATED",
        404 => "NOT_FOUND",
        429 => "RESOURCE_EXHAUSTED",
        _ => "UNKNOWN",
    };
    reply(
        status,
        json!({"error": {"code": status, "message": message, "status": code,
            "errors": [{"message": message, "domain": "global", "reason": reason}]}}),
        &[],
    )
}

/// The token endpoint: the `refresh_token` grant.
async fn token(extract::State(shared): extract::State<Shared>, body: Bytes) -> Response {
    let form: HashMap<String, String> = url::form_urlencoded::parse(&body).into_owned().collect();
    let mut st = shared.lock().unwrap();
    if form.get("grant_type").map(String::as_str) != Some("refresh_token") {
        return reply(400, json!({"error": "unsupported_grant_type"}), &[]);
    }
    if st.revoked || form.get("refresh_token").map(String::as_str) != Some(REFRESH_TOKEN) {
        return reply(
            400,
            json!({"error": "invalid_grant", "error_description": "Token has been expired or revoked."}),
            &[],
        );
    }
    st.token_grants += 1;
    let token = format!("ya29.fake-sheets-access-{}", st.token_grants);
    st.valid_tokens.push(token.clone());
    reply(
        200,
        json!({"access_token": token, "expires_in": 3599, "token_type": "Bearer",
            "scope": "https://www.googleapis.com/auth/drive.file"}),
        &[],
    )
}

/// Every API call: the token checked, counted, maybe throttled, then
/// routed by method and path.
async fn api(
    extract::State(shared): extract::State<Shared>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let mut st = shared.lock().unwrap();
    let bearer = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default()
        .to_string();
    if !st.valid_tokens.contains(&bearer) {
        st.unauthorized += 1;
        return error(
            401,
            "Request had invalid authentication credentials.",
            "authError",
        );
    }
    st.calls
        .push((Instant::now(), format!("{method} {}", uri.path())));
    if let Some(n) = st.expire_tokens_after {
        if n == 0 {
            st.valid_tokens.clear();
            st.expire_tokens_after = None;
        } else {
            st.expire_tokens_after = Some(n - 1);
        }
    }
    if st.throttle_next > 0 {
        st.throttle_next -= 1;
        st.throttled += 1;
        return reply(
            429,
            json!({"error": {"code": 429, "message": "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user'.", "status": "RESOURCE_EXHAUSTED"}}),
            &[("retry-after", "1")],
        );
    }
    let body: Value = if body.is_empty() {
        Value::Null
    } else {
        match serde_json::from_slice(&body) {
            Ok(v) => v,
            Err(_) => return error(400, "Invalid JSON payload received.", "badRequest"),
        }
    };
    let path = uri.path().to_string();
    let Some(rest) = path.strip_prefix("/v4/spreadsheets") else {
        return error(404, "Not Found", "notFound");
    };
    match (method.as_str(), rest) {
        ("POST", "") => create(&mut st, &body),
        ("GET", r) if r.starts_with('/') && !r[1..].contains(['/', ':']) => {
            match st.spreadsheets.get(&r[1..]) {
                Some(s) => reply(200, describe(&r[1..], s), &[]),
                None => error(404, "Requested entity was not found.", "notFound"),
            }
        }
        ("POST", r) => {
            let r = &r[1.min(r.len())..];
            let (id, op) = match r.split_once(['/', ':']) {
                Some((id, _)) => (id, &r[id.len()..]),
                None => (r, ""),
            };
            let Some(sheet) = st.spreadsheets.get_mut(id) else {
                return error(404, "Requested entity was not found.", "notFound");
            };
            match op {
                ":batchUpdate" => batch_update(id, sheet, &body),
                "/values:batchUpdate" => values_update(id, sheet, &body),
                "/values:batchClear" => values_clear(id, sheet, &body),
                _ => error(404, "Not Found", "notFound"),
            }
        }
        _ => error(404, "Not Found", "notFound"),
    }
}

fn grid(props: &Value) -> (u64, u64) {
    let g = &props["gridProperties"];
    (
        g["rowCount"].as_u64().unwrap_or(1000),
        g["columnCount"].as_u64().unwrap_or(26),
    )
}

fn create(st: &mut State, body: &Value) -> Response {
    st.next_id += 1;
    let id = format!("1FakeSheet{:04}xYz", st.next_id);
    let mut sheets = Vec::new();
    for (i, s) in body["sheets"].as_array().into_iter().flatten().enumerate() {
        let (rows, columns) = grid(&s["properties"]);
        sheets.push(FakeSheet {
            sheet_id: 100 + i as u64,
            title: s["properties"]["title"].as_str().unwrap_or("Sheet1").into(),
            rows,
            columns,
            cells: Vec::new(),
        });
    }
    if sheets.is_empty() {
        sheets.push(FakeSheet {
            sheet_id: 0,
            title: "Sheet1".into(),
            rows: 1000,
            columns: 26,
            cells: Vec::new(),
        });
    }
    let s = FakeSpreadsheet {
        title: body["properties"]["title"]
            .as_str()
            .unwrap_or("Untitled spreadsheet")
            .into(),
        sheets,
    };
    let answer = describe(&id, &s);
    st.spreadsheets.insert(id, s);
    reply(200, answer, &[])
}

fn describe(id: &str, s: &FakeSpreadsheet) -> Value {
    json!({
        "spreadsheetId": id,
        "spreadsheetUrl": format!("https://docs.google.com/spreadsheets/d/{id}/edit"),
        "properties": {"title": s.title},
        "sheets": s.sheets.iter().enumerate().map(|(i, sh)| json!({"properties": {
            "sheetId": sh.sheet_id, "title": sh.title, "index": i, "sheetType": "GRID",
            "gridProperties": {"rowCount": sh.rows, "columnCount": sh.columns}}})).collect::<Vec<_>>(),
    })
}

fn batch_update(id: &str, s: &mut FakeSpreadsheet, body: &Value) -> Response {
    let mut replies = Vec::new();
    for r in body["requests"].as_array().into_iter().flatten() {
        if let Some(add) = r.get("addSheet") {
            let title = add["properties"]["title"].as_str().unwrap_or_default();
            if s.sheets.iter().any(|x| x.title == title) {
                return error(
                    400,
                    &format!(
                        "Invalid requests[0].addSheet: A sheet with the name \"{title}\" already exists. Please enter another name."
                    ),
                    "badRequest",
                );
            }
            let (rows, columns) = grid(&add["properties"]);
            let sheet_id = 100 + s.sheets.len() as u64 + 7;
            s.sheets.push(FakeSheet {
                sheet_id,
                title: title.into(),
                rows,
                columns,
                cells: Vec::new(),
            });
            replies.push(
                json!({"addSheet": {"properties": {"sheetId": sheet_id, "title": title,
                "gridProperties": {"rowCount": rows, "columnCount": columns}}}}),
            );
        } else if let Some(up) = r.get("updateSheetProperties") {
            let sid = up["properties"]["sheetId"].as_u64().unwrap_or(u64::MAX);
            let Some(sheet) = s.sheets.iter_mut().find(|x| x.sheet_id == sid) else {
                return error(400, &format!("No grid with id: {sid}"), "badRequest");
            };
            let g = &up["properties"]["gridProperties"];
            if let Some(n) = g["rowCount"].as_u64() {
                sheet.rows = n;
            }
            if let Some(n) = g["columnCount"].as_u64() {
                sheet.columns = n;
            }
            replies.push(json!({}));
        } else {
            return error(400, "Unsupported request", "badRequest");
        }
    }
    reply(200, json!({"spreadsheetId": id, "replies": replies}), &[])
}

/// An A1 range `'Title'!A5` or `'Title'!A5:Z1000`: the sheet's title,
/// first row and column (0-based) and last ones (inclusive), if given.
type A1 = (String, (usize, usize), Option<(usize, usize)>);

fn parse_a1(range: &str) -> Option<A1> {
    let (title, cells) = range.rsplit_once('!')?;
    let title = title
        .strip_prefix('\'')
        .and_then(|t| t.strip_suffix('\''))
        .map(|t| t.replace("''", "'"))
        .unwrap_or_else(|| title.to_string());
    let cell = |c: &str| -> Option<(usize, usize)> {
        let letters: String = c.chars().take_while(char::is_ascii_uppercase).collect();
        let digits = &c[letters.len()..];
        let mut col = 0usize;
        for b in letters.bytes() {
            col = col * 26 + usize::from(b - b'A' + 1);
        }
        let row: usize = digits.parse().ok()?;
        (col > 0 && row > 0).then(|| (row - 1, col - 1))
    };
    let (a, b) = match cells.split_once(':') {
        Some((a, b)) => (cell(a)?, Some(cell(b)?)),
        None => (cell(cells)?, None),
    };
    Some((title, a, b))
}

/// A sheet an A1 range names, the range's first cell and its last.
type Found<'a> = (&'a mut FakeSheet, (usize, usize), Option<(usize, usize)>);

/// The sheet an A1 range names, and the range's cells; Sheets' message
/// (for a 400) when the range does not parse or names no sheet.
fn sheet_of<'a>(s: &'a mut FakeSpreadsheet, range: &str) -> Result<Found<'a>, String> {
    let unparsable = || format!("Unable to parse range: {range}");
    let (title, start, end) = parse_a1(range).ok_or_else(unparsable)?;
    let sheet = s
        .sheets
        .iter_mut()
        .find(|x| x.title == title)
        .ok_or_else(unparsable)?;
    Ok((sheet, start, end))
}

fn values_update(id: &str, s: &mut FakeSpreadsheet, body: &Value) -> Response {
    match body["valueInputOption"].as_str() {
        Some("RAW" | "USER_ENTERED") => {}
        _ => {
            return error(
                400,
                "'valueInputOption' is required but not specified",
                "badRequest",
            );
        }
    }
    let mut cells = 0u64;
    let mut rows_written = 0u64;
    for d in body["data"].as_array().into_iter().flatten() {
        let range = d["range"].as_str().unwrap_or_default();
        let (sheet, (row, col), _) = match sheet_of(s, range) {
            Ok(found) => found,
            Err(message) => return error(400, &message, "badRequest"),
        };
        let values = d["values"].as_array().cloned().unwrap_or_default();
        let width = values
            .iter()
            .map(|r| r.as_array().map_or(0, Vec::len))
            .max()
            .unwrap_or(0);
        if (row + values.len()) as u64 > sheet.rows || (col + width) as u64 > sheet.columns {
            return error(
                400,
                &format!(
                    "Range ({range}) exceeds grid limits. Max rows: {}, max columns: {}",
                    sheet.rows, sheet.columns
                ),
                "badRequest",
            );
        }
        for (i, r) in values.iter().enumerate() {
            for (j, v) in r.as_array().into_iter().flatten().enumerate() {
                let text = match v {
                    Value::String(t) => t.clone(),
                    Value::Null => String::new(),
                    other => other.to_string(),
                };
                sheet.set(row + i, col + j, text);
                cells += 1;
            }
        }
        rows_written += values.len() as u64;
    }
    reply(
        200,
        json!({"spreadsheetId": id, "totalUpdatedRows": rows_written, "totalUpdatedCells": cells}),
        &[],
    )
}

fn values_clear(id: &str, s: &mut FakeSpreadsheet, body: &Value) -> Response {
    let mut cleared = Vec::new();
    for r in body["ranges"].as_array().into_iter().flatten() {
        let range = r.as_str().unwrap_or_default();
        let (sheet, (r0, c0), end) = match sheet_of(s, range) {
            Ok(found) => found,
            Err(message) => return error(400, &message, "badRequest"),
        };
        let (r1, c1) = end.unwrap_or((r0, c0));
        if r1 as u64 >= sheet.rows || c1 as u64 >= sheet.columns {
            return error(
                400,
                &format!(
                    "Range ({range}) exceeds grid limits. Max rows: {}, max columns: {}",
                    sheet.rows, sheet.columns
                ),
                "badRequest",
            );
        }
        for row in r0..=r1.min(sheet.cells.len().saturating_sub(1)) {
            if let Some(cells) = sheet.cells.get_mut(row) {
                for c in c0..=c1 {
                    if let Some(cell) = cells.get_mut(c) {
                        cell.clear();
                    }
                }
            }
        }
        cleared.push(range.to_string());
    }
    reply(
        200,
        json!({"spreadsheetId": id, "clearedRanges": cleared}),
        &[],
    )
}
