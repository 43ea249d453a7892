//! `site`: writes the static, read-only dashboard of one user.
//!
//! Input: the warehouse (its `applications`, `application_events` and
//! `emails`). Output: `site/index.html`, `site/app.js`, `site/style.css` and
//! `site/data.js` under the data root: a page that works from `file://`,
//! loads nothing from the network (its Content-Security-Policy forbids it),
//! and renders every value from an email as text. Grain: one site per data
//! root and user. Idempotent: every file is rewritten whole from the
//! warehouse, each in one PUT, the page itself last, so a reader sees the
//! old dashboard or the new one.

use async_trait::async_trait;
use bytes::Bytes;
use serde_json::{Map, Value as Json, json};

use crate::context::RunContext;
use crate::error::{Result, StageError};
use crate::publish::warehouse::{Warehouse, run_query};
use crate::stage::{Stage, StageReport};

/// The page and its assets, as shipped.
pub const INDEX_HTML: &str = include_str!("site/index.html");
pub const APP_JS: &str = include_str!("site/app.js");
pub const STYLE_CSS: &str = include_str!("site/style.css");

/// Where the site is written under the data root.
pub const SITE_DIR: &str = "site";

/// Where a fleet user's warehouse and dashboard go under a local data
/// root: their own folder, with the `user_id=` part that `purge` forgets.
pub fn published_dir(user: &str) -> String {
    format!("published/user_id={user}")
}

/// The dashboard's folder under the data root: [`SITE_DIR`], or
/// [`published_dir`]`/site` for a user of a fleet, whose warehouse is their own.
pub fn site_dir(fleet_user: Option<&str>) -> String {
    match fleet_user {
        Some(id) => format!("{}/{SITE_DIR}", published_dir(id)),
        None => SITE_DIR.to_string(),
    }
}

/// The dashboard stage.
#[derive(Debug, Clone)]
pub struct Site {
    pub warehouse: Warehouse,
    /// An open application with no mail for this many days shows as
    /// stalled (`[resolve] stalled-days`).
    pub stalled_days: u32,
}

/// A link back to an email: Gmail's web search by Message-ID where the mail
/// came from Gmail (the API, or a Takeout export with Gmail labels), else a
/// `mid:` URL (RFC 2392) that desktop mail programs open. Mail fetched
/// through the Gmail API links to its Gmail message id directly.
pub fn email_link(message_id: &str, from_gmail: bool) -> String {
    let encoded: String = url::form_urlencoded::byte_serialize(message_id.as_bytes()).collect();
    if from_gmail {
        format!("https://mail.google.com/mail/u/0/#search/rfc822msgid%3A{encoded}")
    } else {
        format!("mid:{encoded}")
    }
}

/// The link back to an email: Gmail's address of its message id for mail
/// fetched through the Gmail API, else [`email_link`] of its Message-ID;
/// none without either.
pub fn link_to_email(
    gmail_message_id: Option<&str>,
    message_id: Option<&str>,
    from_gmail: bool,
) -> Option<String> {
    match (gmail_message_id, message_id) {
        (Some(id), _) if !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric()) => {
            Some(format!("https://mail.google.com/mail/u/0/#all/{id}"))
        }
        (_, Some(mid)) if !mid.is_empty() => Some(email_link(mid, from_gmail)),
        _ => None,
    }
}

/// The dashboard's data for `user_id`, read from the warehouse.
pub fn site_data(
    warehouse: &Warehouse,
    user_id: &str,
    generated_at: &str,
    stalled_days: u32,
) -> Result<Json> {
    let conn = warehouse.open_read_only()?;
    let apps = run_query(
        &conn,
        "SELECT application_id, company_name, role_title, location, source, \
         application_date, current_status, job_posting_url, confidence_score, \
         last_activity_at, first_response_at, email_count, needs_review, stalled \
         FROM applications WHERE user_id = ? \
         ORDER BY application_date DESC NULLS LAST, application_id",
        &[&user_id],
    )?;
    let events = run_query(
        &conn,
        "SELECT ev.application_id, ev.event_type, ev.event_timestamp, ev.summary_text, \
         ev.email_id, e.from_address, e.provider_message_id, e.gmail_message_id, \
         (e.mailbox_kind = 'gmail' OR len(coalesce(e.labels, [])) > 0) AS from_gmail \
         FROM application_events ev \
         LEFT JOIN emails e ON e.user_id = ev.user_id AND e.email_id = ev.email_id \
         WHERE ev.user_id = ? \
         ORDER BY ev.application_id, ev.event_timestamp NULLS FIRST, ev.email_id",
        &[&user_id],
    )?;
    // Mail the classifier was unsure about (job or not), newest first: the
    // review queue shows it, for a person to confirm or correct.
    let near = run_query(
        &conn,
        "SELECT email_id, subject, from_address, strftime(received_at, '%Y-%m-%d') AS received, \
         label, company_name, application_id \
         FROM emails WHERE user_id = ? AND list_contains(reasons, ?) \
         ORDER BY received_at DESC NULLS LAST, email_id LIMIT 200",
        &[&user_id, &crate::classify::NEAR_THRESHOLD],
    )?;
    let mut by_app: Map<String, Json> = Map::new();
    for mut e in events.objects() {
        let app = e
            .remove("application_id")
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let gmail = e.remove("from_gmail").and_then(|v| v.as_bool()) == Some(true);
        let gmail_id = e.remove("gmail_message_id");
        let mid = e.remove("provider_message_id");
        if let Some(link) = link_to_email(
            gmail_id.as_ref().and_then(Json::as_str),
            mid.as_ref().and_then(Json::as_str),
            gmail,
        ) {
            e.insert("link".into(), Json::from(link));
        }
        if let Json::Array(list) = by_app.entry(app).or_insert_with(|| Json::Array(Vec::new())) {
            list.push(Json::Object(e));
        }
    }
    Ok(json!({
        "generated_at": generated_at,
        "user_id": user_id,
        "stalled_days": stalled_days,
        "applications": apps.objects(),
        "events": by_app,
        "near_threshold": near.objects(),
    }))
}

/// `data.js`: the data as one JavaScript assignment. `<`, `>` and `&` are
/// escaped so no value can close a tag or start a comment, whatever it holds.
pub fn data_js(data: &Json) -> String {
    let text = data
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029");
    format!("window.JOBTRACK = {text};\n")
}

#[async_trait]
impl Stage for Site {
    fn name(&self) -> &'static str {
        "site"
    }

    async fn run(&self, ctx: &RunContext) -> Result<StageReport> {
        crate::lease::while_publishing(ctx, || self.publish(ctx)).await
    }

    /// The page's code and settings; its data come from the warehouse
    /// (its input), so the page is rewritten only when that was rebuilt.
    async fn fingerprint(&self, _ctx: &RunContext) -> Result<Option<String>> {
        let code = [INDEX_HTML, APP_JS, STYLE_CSS].concat();
        Ok(Some(format!(
            "{}\n{}\n{code}",
            self.stalled_days,
            site_dir(self.warehouse.user.as_deref())
        )))
    }

    /// The page and its data as last written.
    async fn output(&self, ctx: &RunContext) -> Result<Option<String>> {
        let dir = site_dir(self.warehouse.user.as_deref());
        let mut stamps = Vec::new();
        for name in ["data.js", "index.html"] {
            match ctx.root.stamp(&format!("{dir}/{name}")).await? {
                Some(stamp) => stamps.push(stamp),
                None => return Ok(None),
            }
        }
        Ok(Some(stamps.join(";")))
    }
}

impl Site {
    /// The stage's work, done while the publish lease is held.
    async fn publish(&self, ctx: &RunContext) -> Result<StageReport> {
        let warehouse = self.warehouse.clone();
        let user = ctx.user_id.clone();
        let now = ctx
            .clock
            .now()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let stalled_days = self.stalled_days;
        let data =
            tokio::task::spawn_blocking(move || site_data(&warehouse, &user, &now, stalled_days))
                .await
                .map_err(|e| StageError::Worker {
                    stage: "site".into(),
                    reason: e.to_string(),
                })??;
        let mut report = StageReport {
            rows_out: data["applications"].as_array().map_or(0, Vec::len) as u64,
            ..StageReport::default()
        };
        if ctx.dry_run {
            return Ok(report);
        }
        // The page last: it only refers to files already in place.
        let files = [
            ("style.css", STYLE_CSS.to_string()),
            ("app.js", APP_JS.to_string()),
            ("data.js", data_js(&data)),
            ("index.html", INDEX_HTML.to_string()),
        ];
        let dir = site_dir(self.warehouse.user.as_deref());
        for (name, text) in files {
            ctx.root
                .put(&format!("{dir}/{name}"), Bytes::from(text))
                .await?;
            report.files_written += 1;
        }
        tracing::info!(site = %ctx.root.url(&format!("{dir}/index.html")), "Wrote the dashboard.");
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_js_cannot_close_a_script_tag() {
        let js = data_js(&json!({"s": "</script><script>alert(1)</script> & <!--"}));
        assert!(!js.contains('<') && !js.contains('>'));
        assert!(js.contains("\\u003c/script\\u003e"));
    }

    #[test]
    fn email_links_point_at_gmail_or_mid() {
        assert_eq!(
            email_link("a+b@x.example", true),
            "https://mail.google.com/mail/u/0/#search/rfc822msgid%3Aa%2Bb%40x.example"
        );
        assert_eq!(email_link("a@x", false), "mid:a%40x");
    }
}
