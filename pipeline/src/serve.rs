//! `jobtrack serve`: the dashboard and a read-only JSON API over the
//! warehouse, bound to 127.0.0.1 unless told otherwise.
//!
//! - `GET /` and the dashboard's files (from `<data-dir>/site/`);
//! - `GET /applications?status=&company=&source=&since=&q=&limit=&offset=`;
//! - `GET /applications/{id}`: the application, its timeline and its emails;
//! - `GET /export.csv`, `GET /export.parquet`: applications, same filters.
//!
//! Every query is parameterized and runs on a read-only DuckDB connection
//! opened per request, so a nightly run can swap the warehouse underneath.

use std::net::SocketAddr;
use std::path::PathBuf;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Json, Response};
use axum::routing::get;
use serde::Deserialize;
use serde_json::{Value, json};

use jobtrack_stages::publish::{ExportFormat, Filter, QueryResult, Warehouse};

#[derive(Clone)]
struct App {
    warehouse: Warehouse,
    site: Option<PathBuf>,
    user_id: String,
}

/// Query parameters of the list and export endpoints.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Params {
    status: Option<String>,
    company: Option<String>,
    source: Option<String>,
    since: Option<String>,
    q: Option<String>,
    limit: Option<u32>,
    offset: Option<u32>,
}

impl Params {
    fn filter(&self) -> Filter {
        let keep = |v: &Option<String>| v.clone().filter(|s| !s.is_empty());
        Filter {
            status: keep(&self.status),
            company: keep(&self.company),
            source: keep(&self.source),
            since: keep(&self.since),
            q: keep(&self.q),
        }
    }
}

/// An API error: a status and a one-line message as JSON.
struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

impl From<jobtrack_stages::StageError> for ApiError {
    fn from(e: jobtrack_stages::StageError) -> Self {
        let status = if e.domain() == jobtrack_stages::Domain::User {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::INTERNAL_SERVER_ERROR
        };
        ApiError(status, e.to_string())
    }
}

fn objects(result: &QueryResult) -> Vec<Value> {
    result.objects().into_iter().map(Value::Object).collect()
}

/// Runs blocking DuckDB work off the async threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
}

async fn list(State(app): State<App>, Query(p): Query<Params>) -> Result<Json<Value>, ApiError> {
    blocking(move || {
        let filter = p.filter();
        let columns: Vec<String> = [
            "application_id",
            "company_name",
            "role_title",
            "location",
            "source",
            "application_date",
            "current_status",
            "job_posting_url",
            "created_at",
        ]
        .map(String::from)
        .to_vec();
        let (condition, values) = filter.where_clause("applications", &columns)?;
        let condition = if condition.is_empty() {
            " WHERE user_id = ?".to_string()
        } else {
            format!("{condition} AND user_id = ?")
        };
        let limit = p.limit.unwrap_or(100).min(1000);
        let offset = p.offset.unwrap_or(0);
        let mut params: Vec<&dyn duckdb_param::ToSql> = values
            .iter()
            .map(|v| v as &dyn duckdb_param::ToSql)
            .collect();
        params.push(&app.user_id);
        let total = app.warehouse.query_params(
            &format!("SELECT count(*) AS n FROM applications{condition}"),
            &params,
        )?;
        let total = total
            .rows
            .first()
            .and_then(|r| r.first())
            .and_then(Value::as_u64)
            .unwrap_or(0);
        let rows = app.warehouse.query_params(
            &format!(
                "SELECT * FROM applications{condition} \
                 ORDER BY application_date DESC NULLS LAST, application_id \
                 LIMIT {limit} OFFSET {offset}"
            ),
            &params,
        )?;
        Ok(Json(json!({
            "total": total,
            "limit": limit,
            "offset": offset,
            "applications": objects(&rows),
        })))
    })
    .await
}

async fn one(State(app): State<App>, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    blocking(move || {
        let params: [&dyn duckdb_param::ToSql; 2] = [&id, &app.user_id];
        let found = app.warehouse.query_params(
            "SELECT * FROM applications WHERE application_id = ? AND user_id = ?",
            &params,
        )?;
        let Some(application) = objects(&found).into_iter().next() else {
            return Err(ApiError(
                StatusCode::NOT_FOUND,
                format!("no application {id}"),
            ));
        };
        let events = app.warehouse.query_params(
            "SELECT * FROM application_events WHERE application_id = ? AND user_id = ? \
             ORDER BY event_timestamp NULLS FIRST, email_id",
            &params,
        )?;
        let emails = app.warehouse.query_params(
            "SELECT email_id, provider_message_id, account, thread_id, subject, from_name, \
             from_address, received_at, snippet, label, event_type, confidence, extractor, reasons \
             FROM emails WHERE application_id = ? AND user_id = ? \
             ORDER BY received_at NULLS FIRST, email_id",
            &params,
        )?;
        Ok(Json(json!({
            "application": application,
            "events": objects(&events),
            "emails": objects(&emails),
        })))
    })
    .await
}

async fn export(app: App, p: Params, format: ExportFormat) -> Result<Response, ApiError> {
    blocking(move || {
        let dir = tempfile_dir()?;
        let (name, mime) = match format {
            ExportFormat::Parquet => ("applications.parquet", "application/vnd.apache.parquet"),
            _ => ("applications.csv", "text/csv; charset=utf-8"),
        };
        let out = dir.join(name);
        let mut filter = p.filter();
        filter.q = None;
        app.warehouse
            .export("applications", format, &out, &filter)?;
        let bytes = std::fs::read(&out)
            .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()));
        let _ = std::fs::remove_dir_all(&dir);
        Ok((
            [
                (header::CONTENT_TYPE, mime.to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{name}\""),
                ),
            ],
            bytes?,
        )
            .into_response())
    })
    .await
}

/// A private temporary folder for one export.
fn tempfile_dir() -> Result<PathBuf, ApiError> {
    let dir = std::env::temp_dir().join(format!("jobtrack-export-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir)
        .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    Ok(dir)
}

async fn site_file(State(app): State<App>, Path(name): Path<String>) -> Response {
    serve_site_file(&app, &name).await
}

async fn index(State(app): State<App>) -> Response {
    serve_site_file(&app, "index.html").await
}

async fn serve_site_file(app: &App, name: &str) -> Response {
    let mime = match name {
        "index.html" => "text/html; charset=utf-8",
        "app.js" | "data.js" => "text/javascript; charset=utf-8",
        "style.css" => "text/css; charset=utf-8",
        _ => return (StatusCode::NOT_FOUND, "not found").into_response(),
    };
    let Some(dir) = &app.site else {
        return (
            StatusCode::NOT_FOUND,
            "the dashboard is only served from a local data dir",
        )
            .into_response();
    };
    match tokio::fs::read(dir.join(name)).await {
        Ok(bytes) => ([(header::CONTENT_TYPE, mime)], bytes).into_response(),
        Err(_) => (
            StatusCode::NOT_FOUND,
            "no dashboard yet: run `jobtrack run` first",
        )
            .into_response(),
    }
}

/// The API's routes.
fn router(app: App) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/applications", get(list))
        .route("/applications/{id}", get(one))
        .route(
            "/export.csv",
            get(
                |State(app): State<App>, Query(p): Query<Params>| async move {
                    export(app, p, ExportFormat::Csv).await
                },
            ),
        )
        .route(
            "/export.parquet",
            get(
                |State(app): State<App>, Query(p): Query<Params>| async move {
                    export(app, p, ExportFormat::Parquet).await
                },
            ),
        )
        .route("/{file}", get(site_file))
        .with_state(app)
}

/// Serves until interrupted.
pub async fn serve(
    warehouse: Warehouse,
    site: Option<PathBuf>,
    user_id: String,
    addr: impl Into<SocketAddr>,
) -> anyhow::Result<()> {
    let addr = addr.into();
    // Fail early, with the usual message, when there is no warehouse yet.
    drop(warehouse.open_read_only()?);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {addr}: {e}"))?;
    let local = listener.local_addr()?;
    println!("Serving the dashboard on http://{local}/ (Ctrl-C stops)");
    tracing::info!(%local, "Serving.");
    let app = App {
        warehouse,
        site,
        user_id,
    };
    axum::serve(listener, router(app))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}

/// DuckDB's parameter trait, through the stages crate's re-export.
mod duckdb_param {
    pub use jobtrack_stages::publish::ToSql;
}
