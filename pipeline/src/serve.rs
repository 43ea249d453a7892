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
use serde_json::json;

use jobtrack_stages::publish::{
    ApplicationDetail, ApplicationPage, ExportFormat, Filter, Warehouse,
};

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

/// Runs blocking DuckDB work off the async threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
}

async fn list(
    State(app): State<App>,
    Query(p): Query<Params>,
) -> Result<Json<ApplicationPage>, ApiError> {
    blocking(move || {
        let page = app
            .warehouse
            .application_page(&app.user_id, &p.filter(), p.limit, p.offset)?;
        Ok(Json(page))
    })
    .await
}

async fn one(
    State(app): State<App>,
    Path(id): Path<String>,
) -> Result<Json<ApplicationDetail>, ApiError> {
    blocking(
        move || match app.warehouse.application_detail(&app.user_id, &id)? {
            Some(detail) => Ok(Json(detail)),
            None => Err(ApiError(
                StatusCode::NOT_FOUND,
                format!("no application {id}"),
            )),
        },
    )
    .await
}

async fn export(app: App, p: Params, format: ExportFormat) -> Result<Response, ApiError> {
    blocking(move || {
        let mime = match format {
            ExportFormat::Parquet => "application/vnd.apache.parquet",
            ExportFormat::Json => "application/json",
            ExportFormat::Csv => "text/csv; charset=utf-8",
        };
        let name = format!("applications.{}", format.extension());
        let mut filter = p.filter();
        filter.q = None;
        let bytes = app
            .warehouse
            .export_bytes("applications", format, &filter)?;
        Ok((
            [
                (header::CONTENT_TYPE, mime.to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{name}\""),
                ),
            ],
            bytes,
        )
            .into_response())
    })
    .await
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
