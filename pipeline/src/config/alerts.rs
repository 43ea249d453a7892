//! `[alerts]`: who hears about failures (see `jobtrack_stages::alerts` for
//! the conditions), by webhook and/or e-mail; off while neither is set.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use jobtrack_stages::alerts::AlertSettings;
use jobtrack_stages::notify::Channel;

use super::Config;
use super::outputs::{Smtp, smtp_settings};

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct AlertsConfig {
    /// A Slack-compatible incoming webhook (JSON POST with `text`); empty:
    /// none.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub webhook_url: String,
    /// Where alert e-mails go; empty: none.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub email_to: String,
    /// The sender; empty: `email-to`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub from: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub smtp_host: String,
    pub smtp_port: u16,
    /// "starttls" (port 587), "tls" (port 465), or "none" (loopback only).
    pub smtp_security: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub smtp_username: String,
    /// The environment variable holding the SMTP password.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub smtp_password_env: String,
    /// New dead letters in one run at or past which an alert goes.
    pub dead_letters_threshold: u64,
    /// No successful run for this many hours: an alert goes.
    pub stale_hours: u32,
    pub timeout_secs: u64,
}

impl Default for AlertsConfig {
    fn default() -> Self {
        Self {
            webhook_url: String::new(),
            email_to: String::new(),
            from: String::new(),
            smtp_host: String::new(),
            smtp_port: 587,
            smtp_security: "starttls".into(),
            smtp_username: String::new(),
            smtp_password_env: String::new(),
            dead_letters_threshold: 10,
            stale_hours: 48,
            timeout_secs: 30,
        }
    }
}

impl Config {
    /// The alert settings, when `[alerts]` names a webhook or an address.
    pub fn alert_settings(&self) -> anyhow::Result<Option<AlertSettings>> {
        let a = &self.alerts;
        let mut channels = Vec::new();
        if !a.webhook_url.trim().is_empty() {
            let url = url::Url::parse(&a.webhook_url).map_err(|e| {
                anyhow::anyhow!("[alerts] webhook-url {:?} is not a URL: {e}", a.webhook_url)
            })?;
            channels.push(Channel::Webhook {
                url: url.to_string(),
            });
        }
        if !a.email_to.trim().is_empty() {
            channels.push(Channel::Smtp(smtp_settings(
                "alerts",
                &Smtp {
                    host: &a.smtp_host,
                    port: a.smtp_port,
                    security: &a.smtp_security,
                    username: &a.smtp_username,
                    password_env: &a.smtp_password_env,
                    from: &a.from,
                },
                a.email_to.clone(),
            )?));
        }
        if channels.is_empty() {
            return Ok(None);
        }
        Ok(Some(AlertSettings {
            channels,
            dead_letters_threshold: a.dead_letters_threshold,
            stale_after: chrono::Duration::hours(i64::from(a.stale_hours.max(1))),
            timeout: Duration::from_secs(a.timeout_secs.max(1)),
        }))
    }
}
