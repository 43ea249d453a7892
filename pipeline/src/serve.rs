//! `jobtrack serve`: the dashboard and a read-only JSON API over the
//! warehouse, bound to 127.0.0.1 unless told otherwise.
//!
//! - `GET /` and the dashboard's files (from `<data-dir>/site/`, or a
//!   fleet user's `published/user_id=<id>/site/`);
//! - `GET /metrics`: the user's Prometheus metrics ([`crate::metrics`]);
//! - `GET /applications?status=&company=&source=&since=&q=&limit=&offset=`;
//! - `GET /applications/{id}`: the application, its timeline and its emails;
//! - `GET /export.csv`, `GET /export.parquet`: applications, same filters;
//! - `POST /export/sheets` (JSON body, may be empty: `{}`): the Sheets
//!   export of `[export.sheets]`, same filters; answers what it wrote. Only
//!   a request with `Content-Type: application/json` is taken, which a page
//!   of another site cannot send without a CORS preflight that this server
//!   never grants, and none a browser marks as cross-site.
//!
//! Every query is parameterized and runs on a read-only DuckDB connection
//! opened per request, so a nightly run can swap the warehouse underneath.
//!
//! Every request passes [`guard`] first. On loopback it answers only to the
//! loopback host names (`127.0.0.1`, `localhost`, `[::1]` with the bound
//! port): a web page the person visits cannot make its own host name point
//! at 127.0.0.1 (DNS rebinding) and read the API. An address other than
//! loopback is refused unless an access token is configured
//! (`--token-env NAME`); the token is then required on every request
//! (`Authorization: Bearer`, or `?token=` once, which sets a cookie) and
//! compared in constant time. Every answer carries security headers (CSP
//! with `frame-ancestors 'none'`, `nosniff`, no referrer, no caching).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{Next, from_fn_with_state};
use axum::response::{IntoResponse, Json, Response};
use axum::routing::get;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use serde_json::json;
use subtle::ConstantTimeEq;

use jobtrack_stages::publish::{
    ApplicationDetail, ApplicationPage, ExportFormat, Filter, Warehouse,
};

#[derive(Clone)]
struct App {
    warehouse: Warehouse,
    site: Option<PathBuf>,
    user_id: String,
    /// The configuration and data root, for the Sheets export.
    jobtrack: Arc<crate::app::App>,
}

/// Who may ask: the host names accepted (none listed: any), and the access
/// token every request must carry, when one is configured.
#[derive(Clone)]
pub struct Guard {
    hosts: Arc<Vec<String>>,
    token: Option<Arc<SecretString>>,
    /// The path the token cookie is scoped to: `/`, or a fleet user's
    /// `/u/<id>/`, so one user's cookie never goes with another's requests.
    cookie_path: Arc<str>,
}

impl Guard {
    /// The guard for a server bound to `local`: loopback host names only
    /// on loopback; elsewhere a token is required and any host name goes.
    pub fn new(local: SocketAddr, token: Option<SecretString>) -> anyhow::Result<Self> {
        let hosts = if local.ip().is_loopback() {
            let port = local.port();
            let mut hosts = Vec::new();
            for name in ["127.0.0.1", "localhost", "[::1]"] {
                hosts.push(format!("{name}:{port}"));
                if port == 80 {
                    hosts.push(name.to_string());
                }
            }
            hosts
        } else if token.is_some() {
            Vec::new()
        } else {
            return Err(crate::app::usage(format!(
                "refusing to serve your applications on {local}, which is not loopback, \
                 without an access token: set one in an environment variable and pass \
                 --token-env NAME"
            )));
        };
        Ok(Self {
            hosts: Arc::new(hosts),
            token: token.map(Arc::new),
            cookie_path: Arc::from("/"),
        })
    }

    /// The same guard with its token cookie scoped to `path`.
    #[must_use]
    pub fn scoped(mut self, path: &str) -> Self {
        self.cookie_path = Arc::from(path);
        self
    }
}

const TOKEN_COOKIE: &str = "jobtrack_token";

/// The token a request carries: `Authorization: Bearer`, the cookie, or
/// `?token=`; the last also says the cookie should be set.
fn presented_token(req: &Request) -> (Option<String>, bool) {
    let headers = req.headers();
    if let Some(t) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    {
        return (Some(t.trim().to_string()), false);
    }
    let cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == TOKEN_COOKIE)
        .map(|(_, v)| v.to_string());
    if cookie.is_some() {
        return (cookie, false);
    }
    let query = req.uri().query().unwrap_or_default();
    let from_query = url::form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "token")
        .map(|(_, v)| v.into_owned());
    let set_cookie = from_query.is_some();
    (from_query, set_cookie)
}

/// Refuses requests for other host names or without the token, and adds
/// the security headers to every answer.
async fn guard(State(g): State<Guard>, req: Request, next: Next) -> Response {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_ascii_lowercase);
    let mut response = if !g.hosts.is_empty() && !host.as_ref().is_some_and(|h| g.hosts.contains(h))
    {
        ApiError(
            StatusCode::FORBIDDEN,
            format!(
                "this server answers only to {}",
                g.hosts.first().map_or("loopback", String::as_str)
            ),
        )
        .into_response()
    } else if let Some(token) = &g.token {
        let (given, set_cookie) = presented_token(&req);
        let matches =
            given.is_some_and(|t| bool::from(t.as_bytes().ct_eq(token.expose_secret().as_bytes())));
        if matches {
            let mut response = next.run(req).await;
            if set_cookie
                && let Ok(v) = HeaderValue::from_str(&format!(
                    "{TOKEN_COOKIE}={}; HttpOnly; SameSite=Strict; Path={}",
                    token.expose_secret(),
                    g.cookie_path
                ))
            {
                response.headers_mut().insert(header::SET_COOKIE, v);
            }
            response
        } else {
            ApiError(
                StatusCode::UNAUTHORIZED,
                "an access token is required".into(),
            )
            .into_response()
        }
    } else {
        next.run(req).await
    };
    let headers = response.headers_mut();
    for (name, value) in [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::CACHE_CONTROL, "no-store"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
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
    /// The access token, when it came as `?token=`: [`guard`] checked it.
    #[serde(rename = "token")]
    _token: Option<String>,
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

/// `POST /export/sheets`.
async fn export_sheets(
    State(app): State<App>,
    Query(p): Query<Params>,
    headers: axum::http::HeaderMap,
) -> Result<Json<jobtrack_stages::publish::sheets::SheetsExport>, ApiError> {
    let json_body = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(';').next().map(str::trim) == Some("application/json"));
    let cross_site = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == "cross-site" || v == "same-site");
    if !json_body || cross_site {
        return Err(ApiError(
            StatusCode::FORBIDDEN,
            "POST /export/sheets takes a JSON request from this dashboard only".into(),
        ));
    }
    let mut filter = p.filter();
    filter.q = None;
    match crate::commands::sheets::export_sheets(&app.jobtrack, None, None, &filter).await {
        Ok(done) => Ok(Json(done)),
        Err(e) => {
            let users = e.downcast_ref::<crate::app::Usage>().is_some()
                || e.chain().any(|c| {
                    c.downcast_ref::<jobtrack_stages::StageError>()
                        .is_some_and(|s| s.domain() == jobtrack_stages::Domain::User)
                });
            let status = if users {
                StatusCode::BAD_REQUEST
            } else {
                StatusCode::BAD_GATEWAY
            };
            Err(ApiError(status, format!("{e:#}")))
        }
    }
}

/// `GET /metrics`: the user's Prometheus metrics (text format 0.0.4).
async fn metrics(State(app): State<App>) -> Response {
    match crate::metrics::user_metrics(&app.jobtrack).await {
        Ok(text) => (
            [(
                header::CONTENT_TYPE,
                "text/plain; version=0.0.4; charset=utf-8",
            )],
            text,
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "Cannot build the metrics.");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "cannot build the metrics\n",
            )
                .into_response()
        }
    }
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

/// The API's routes, every one behind `guard`.
fn router(app: App, g: Guard) -> Router {
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
        .route("/export/sheets", axum::routing::post(export_sheets))
        .route("/metrics", get(metrics))
        .route("/{file}", get(site_file))
        .with_state(app)
        .layer(from_fn_with_state(g, guard))
}

/// Serves until interrupted; `token` is the access token, when one is
/// configured (required off loopback).
pub async fn serve(
    warehouse: Warehouse,
    site: Option<PathBuf>,
    user_id: String,
    addr: impl Into<SocketAddr>,
    token: Option<SecretString>,
    jobtrack: Arc<crate::app::App>,
) -> anyhow::Result<()> {
    let addr = addr.into();
    // Refuse an exposed server without a token before anything else.
    Guard::new(addr, token.clone())?;
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
        jobtrack,
    };
    let g = Guard::new(local, token)?;
    axum::serve(listener, router(app, g))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}

/// One user of a fleet, for [`serve_fleet`].
pub struct Served {
    pub user_id: String,
    pub warehouse: Warehouse,
    pub site: Option<PathBuf>,
    /// The user's own access token (`[[users]] serve-token-env`).
    pub token: SecretString,
    pub jobtrack: Arc<crate::app::App>,
}

/// Serves every user of a fleet until interrupted: user U's dashboard and
/// API under `/u/U/`, each behind U's own token, which opens nothing of
/// anyone else's. Anything else is a 404 that names no user.
pub async fn serve_fleet(users: Vec<Served>, addr: impl Into<SocketAddr>) -> anyhow::Result<()> {
    let addr = addr.into();
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {addr}: {e}"))?;
    let local = listener.local_addr()?;
    let mut app = Router::new();
    let mut ids = Vec::new();
    for u in users {
        let prefix = format!("/u/{}", u.user_id);
        let guard = Guard::new(local, Some(u.token))?.scoped(&format!("{prefix}/"));
        let to = format!("{prefix}/");
        app = app
            .route(
                &prefix,
                get(move || async move { axum::response::Redirect::permanent(&to) }),
            )
            .nest(
                &format!("{prefix}/"),
                router(
                    App {
                        warehouse: u.warehouse,
                        site: u.site,
                        user_id: u.user_id.clone(),
                        jobtrack: u.jobtrack,
                    },
                    guard,
                ),
            );
        ids.push(u.user_id);
    }
    // No token here: it only answers 404, with the security headers.
    let outside = Guard::new(local, None).unwrap_or_else(|_| Guard {
        hosts: Arc::new(Vec::new()),
        token: None,
        cookie_path: Arc::from("/"),
    });
    let app = app.fallback(|| async {
        ApiError(
            StatusCode::NOT_FOUND,
            "not found: dashboards are under /u/<user>/".into(),
        )
    });
    let app = app.layer(from_fn_with_state(outside, guard));
    println!(
        "Serving the dashboards of {} user(s) on http://{local}/u/<user>/, each with its own token (Ctrl-C stops)",
        ids.len()
    );
    tracing::info!(%local, users = ids.len(), "Serving a fleet.");
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}
