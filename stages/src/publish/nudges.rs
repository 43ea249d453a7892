//! Stalled-application nudges: a digest of the applications stalled past
//! `[resolve] stalled-days` (the warehouse's `stalled_applications` view),
//! each with its last email and a link back to that email, sent to the
//! person by e-mail (SMTP through `lettre`, to their own address) or to a
//! webhook (a JSON POST).
//!
//! Each application is nudged once per stall: a stall is the application
//! and the time of its last activity, and the stalls already sent are
//! remembered per user in the data root
//! (`_state/nudges/user_id=<user>/sent.json`). An application that gets
//! mail and then falls silent again is a new stall. The digest goes out at
//! most once a week, on the first run on or after the configured weekday
//! (or on every run, `day = "any"`); a week with nothing newly stalled
//! sends nothing. The state is written only after the digest was accepted,
//! so a failed send is tried again on the next run, and a crash between
//! the two sends one digest twice at worst, never none.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{DateTime, Datelike, NaiveTime, Utc, Weekday};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use super::warehouse::Warehouse;
use crate::error::{Result, StageError};
use crate::storage::{Bytes, DataRoot};

/// One stalled application as the digest lists it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Stalled {
    pub application_id: String,
    pub company_name: String,
    pub role_title: String,
    pub current_status: String,
    /// When the application last had mail (ISO 8601, UTC).
    pub last_activity_at: String,
    pub days_silent: i64,
    pub last_subject: String,
    pub last_from: String,
    /// A link that opens the last email (the dashboard's, see
    /// [`super::site::link_to_email`]): Gmail's web address for mail read
    /// from Gmail, else a `mid:` URI (RFC 2392) of its Message-ID, which
    /// mail programs open.
    pub link: String,
}

pub use crate::notify::{Channel, SmtpSecurity, SmtpSettings};

/// When and how to nudge.
#[derive(Debug, Clone)]
pub struct NudgeSettings {
    pub channel: Channel,
    /// The weekday of the digest; `None`: every run.
    pub day: Option<Weekday>,
    pub timeout: Duration,
}

/// What is remembered between runs.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct NudgeState {
    /// Application id → the last activity of the stall already sent.
    pub sent: BTreeMap<String, String>,
    /// When a digest was last due (sent, or nothing new to send).
    pub last_digest_at: Option<DateTime<Utc>>,
}

impl NudgeState {
    fn path(user_id: &str) -> String {
        format!("_state/nudges/user_id={user_id}/sent.json")
    }

    pub async fn load(root: &DataRoot, user_id: &str) -> Result<Self> {
        let path = Self::path(user_id);
        match root.get(&path).await? {
            None => Ok(Self::default()),
            Some(bytes) => serde_json::from_slice(&bytes)
                .map_err(|e| StageError::Request(format!("{path} is not a nudge state file: {e}"))),
        }
    }

    async fn save(&self, root: &DataRoot, user_id: &str) -> Result<()> {
        let text = serde_json::to_vec_pretty(self)
            .map_err(|e| StageError::Request(format!("cannot encode the nudge state: {e}")))?;
        root.put(&Self::path(user_id), Bytes::from(text)).await
    }
}

/// What one call did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Not the digest's day yet (a digest was already due this week).
    NotDue,
    /// Due, but nothing newly stalled.
    NothingNew,
    /// Sent, listing these applications.
    Sent(Vec<Stalled>),
}

/// The start of the digest week `now` is in: the latest `day` at 00:00
/// UTC that is not after `now`.
fn week_start(now: DateTime<Utc>, day: Weekday) -> DateTime<Utc> {
    let back = (7 + now.weekday().num_days_from_monday() - day.num_days_from_monday()) % 7;
    let date = now.date_naive() - chrono::Days::new(u64::from(back));
    date.and_time(NaiveTime::MIN).and_utc()
}

/// Whether a digest is due at `now` after the last one at `last`.
pub fn due(now: DateTime<Utc>, last: Option<DateTime<Utc>>, day: Option<Weekday>) -> bool {
    match (day, last) {
        (None, _) | (_, None) => true,
        (Some(day), Some(last)) => last < week_start(now, day),
    }
}

/// The stalled applications of `user_id` with their last email, longest
/// silent first.
pub fn stalled(warehouse: &Warehouse, user_id: &str, now: DateTime<Utc>) -> Result<Vec<Stalled>> {
    let sql = "WITH last AS (
            SELECT application_id, subject, from_address, provider_message_id, gmail_message_id,
                   (mailbox_kind = 'gmail' OR len(coalesce(labels, [])) > 0) AS from_gmail,
                   row_number() OVER (PARTITION BY application_id ORDER BY received_at DESC, email_id) AS n
            FROM emails WHERE application_id IS NOT NULL AND user_id = ?)
        SELECT a.application_id, coalesce(a.company_name, ''), coalesce(a.role_title, ''),
               a.current_status, strftime(a.last_activity_at, '%Y-%m-%dT%H:%M:%SZ'),
               date_diff('day', a.last_activity_at, CAST(? AS TIMESTAMP)),
               coalesce(l.subject, ''), coalesce(l.from_address, ''),
               l.gmail_message_id, l.provider_message_id, coalesce(l.from_gmail, false)
        FROM stalled_applications a
        LEFT JOIN last l ON l.application_id = a.application_id AND l.n = 1
        WHERE a.user_id = ?
        ORDER BY a.last_activity_at, a.application_id";
    let now_text = now.format("%Y-%m-%d %H:%M:%S").to_string();
    let result = warehouse.query_params(sql, &[&user_id, &now_text, &user_id])?;
    let text = |v: Option<&Json>| v.and_then(Json::as_str).unwrap_or_default().to_string();
    Ok(result
        .rows
        .iter()
        .map(|r| {
            let link = super::site::link_to_email(
                r.get(8).and_then(Json::as_str),
                r.get(9).and_then(Json::as_str),
                r.get(10).and_then(Json::as_bool) == Some(true),
            )
            .unwrap_or_default();
            Stalled {
                application_id: text(r.first()),
                company_name: text(r.get(1)),
                role_title: text(r.get(2)),
                current_status: text(r.get(3)),
                last_activity_at: text(r.get(4)),
                days_silent: r.get(5).and_then(Json::as_i64).unwrap_or(0),
                last_subject: text(r.get(6)),
                last_from: text(r.get(7)),
                link,
            }
        })
        .collect())
}

/// The digest's subject and plain-text body.
pub fn digest_text(apps: &[Stalled], stalled_days: u32) -> (String, String) {
    let subject = match apps.len() {
        1 => format!("jobtrack: 1 application has been silent for {stalled_days}+ days"),
        n => format!("jobtrack: {n} applications have been silent for {stalled_days}+ days"),
    };
    let mut body = format!(
        "These applications have had no mail for at least {stalled_days} days. A short follow-up often gets an answer.\n\n"
    );
    for a in apps {
        let role = if a.role_title.is_empty() {
            String::new()
        } else {
            format!(" - {}", a.role_title)
        };
        body.push_str(&format!(
            "* {}{role} ({}), silent for {} days since {}\n",
            a.company_name, a.current_status, a.days_silent, a.last_activity_at
        ));
        if !a.last_subject.is_empty() {
            body.push_str(&format!(
                "  Last email: \"{}\" from {}\n",
                a.last_subject, a.last_from
            ));
        }
        if !a.link.is_empty() {
            body.push_str(&format!("  {}\n", a.link));
        }
        body.push('\n');
    }
    body.push_str("You get this digest because [nudges] is on in your jobtrack configuration. Each application is listed once per silence.\n");
    (subject, body)
}

/// Sends the digest of what is newly stalled, if one is due, and
/// remembers it.
pub async fn nudge(
    root: &DataRoot,
    warehouse: &Warehouse,
    user_id: &str,
    settings: &NudgeSettings,
    stalled_days: u32,
    http: &reqwest::Client,
    now: DateTime<Utc>,
) -> Result<Outcome> {
    let mut state = NudgeState::load(root, user_id).await?;
    if !due(now, state.last_digest_at, settings.day) {
        return Ok(Outcome::NotDue);
    }
    let (w, u) = (warehouse.clone(), user_id.to_string());
    let all = tokio::task::spawn_blocking(move || stalled(&w, &u, now))
        .await
        .map_err(|e| StageError::Request(format!("the stalled query stopped: {e}")))??;
    let new: Vec<Stalled> = all
        .iter()
        .filter(|a| state.sent.get(&a.application_id) != Some(&a.last_activity_at))
        .cloned()
        .collect();
    if !new.is_empty() {
        match &settings.channel {
            Channel::Smtp(smtp) => send_mail(smtp, &new, stalled_days, settings.timeout).await?,
            Channel::Webhook { url } => {
                send_webhook(http, url, user_id, &new, stalled_days, settings.timeout).await?;
            }
        }
    }
    // Forget stalls that ended (the application got mail, or closed), so
    // the state stays the size of what is stalled now.
    state
        .sent
        .retain(|id, _| all.iter().any(|a| a.application_id == *id));
    for a in &new {
        state
            .sent
            .insert(a.application_id.clone(), a.last_activity_at.clone());
    }
    state.last_digest_at = Some(now);
    state.save(root, user_id).await?;
    Ok(if new.is_empty() {
        Outcome::NothingNew
    } else {
        Outcome::Sent(new)
    })
}

async fn send_mail(
    smtp: &SmtpSettings,
    apps: &[Stalled],
    stalled_days: u32,
    timeout: Duration,
) -> Result<()> {
    let (subject, body) = digest_text(apps, stalled_days);
    crate::notify::send_mail(smtp, &subject, &body, timeout, "nudges").await
}

async fn send_webhook(
    http: &reqwest::Client,
    url: &str,
    user_id: &str,
    apps: &[Stalled],
    stalled_days: u32,
    timeout: Duration,
) -> Result<()> {
    let (subject, text) = digest_text(apps, stalled_days);
    let body = serde_json::json!({
        "user_id": user_id, "subject": subject, "text": text,
        "stalled_days": stalled_days, "applications": apps,
    });
    crate::notify::send_webhook(http, url, &body, timeout, "nudge webhook", user_id).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn the_digest_is_due_once_a_week_from_its_day_on() {
        // 2026-12-07 is a Monday.
        let monday = at("2026-12-07T06:00:00Z");
        assert_eq!(week_start(monday, Weekday::Mon), at("2026-12-07T00:00:00Z"));
        assert_eq!(
            week_start(at("2026-12-10T06:00:00Z"), Weekday::Mon),
            at("2026-12-07T00:00:00Z")
        );
        assert_eq!(
            week_start(at("2026-12-06T23:00:00Z"), Weekday::Mon),
            at("2026-11-30T00:00:00Z")
        );
        let day = Some(Weekday::Mon);
        assert!(due(monday, None, day), "never sent: due");
        assert!(
            !due(at("2026-12-08T06:00:00Z"), Some(monday), day),
            "sent Monday: not on Tuesday"
        );
        assert!(!due(at("2026-12-13T23:00:00Z"), Some(monday), day));
        assert!(
            due(at("2026-12-14T01:00:00Z"), Some(monday), day),
            "next Monday"
        );
        // A missed Monday: the first run after it.
        assert!(due(at("2026-12-16T06:00:00Z"), Some(monday), day));
        assert!(
            due(at("2026-12-08T06:00:00Z"), Some(monday), None),
            "every run"
        );
    }

    #[test]
    fn the_digest_names_each_application_its_last_email_and_link() {
        let a = Stalled {
            application_id: "a1".into(),
            company_name: "Acme".into(),
            role_title: "Data Engineer".into(),
            current_status: "applied".into(),
            last_activity_at: "2025-01-06T14:12:00Z".into(),
            days_silent: 40,
            last_subject: "Thank you for applying".into(),
            last_from: "no-reply@greenhouse.io".into(),
            link: "mid:gh-1%40acme".into(),
        };
        let (subject, body) = digest_text(&[a], 21);
        assert_eq!(
            subject,
            "jobtrack: 1 application has been silent for 21+ days"
        );
        assert!(body.contains(
            "* Acme - Data Engineer (applied), silent for 40 days since 2025-01-06T14:12:00Z"
        ));
        assert!(
            body.contains("Last email: \"Thank you for applying\" from no-reply@greenhouse.io")
        );
        assert!(body.contains("mid:gh-1%40acme"));
    }
}
