//! The configuration of what a run hands on beyond the warehouse:
//! `[export.sheets]` (the Google Sheets export) and `[nudges]` (the digest
//! of stalled applications), and how each becomes its component's settings.

use std::time::Duration;

use anyhow::bail;
use chrono::Weekday;
use serde::{Deserialize, Serialize};

use jobtrack_stages::ingest::oauth::{self, GOOGLE_AUTH_URL, GOOGLE_TOKEN_URL, OAuthClient};
use jobtrack_stages::publish::nudges::{Channel, NudgeSettings, SmtpSecurity, SmtpSettings};
use jobtrack_stages::publish::sheets::SHEETS_API_BASE;

use super::{AccountConfig, Config, GmailAccount, env_secret};

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct ExportConfig {
    pub sheets: SheetsConfig,
}

/// `[export.sheets]`: the Google Sheets export (`jobtrack export --format
/// sheets`). Its grant is asked for once with `jobtrack connect ACCOUNT
/// --scope sheets` (scope `drive.file`: only the files jobtrack creates).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct SheetsConfig {
    /// The account the Sheets grant is stored under. Empty: the only gmail
    /// account of the configuration.
    pub account: String,
    /// The OAuth client ("Desktop app"). Empty: the gmail account's (the one
    /// named by `account`).
    pub client_id: String,
    /// The environment variable holding that client's secret, if it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret_env: Option<String>,
    pub auth_url: String,
    pub token_url: String,
    /// The API's base URL (a test server's, in tests).
    pub api_base_url: String,
    /// The spreadsheet's title when an export creates it.
    pub title: String,
    /// The warehouse tables (or views) exported, a sheet each.
    pub tables: Vec<String>,
    /// Export after every run that publishes (`jobtrack run`, `schedule`).
    pub on_run: bool,
}

impl Default for SheetsConfig {
    fn default() -> Self {
        Self {
            account: String::new(),
            client_id: String::new(),
            client_secret_env: None,
            auth_url: GOOGLE_AUTH_URL.into(),
            token_url: GOOGLE_TOKEN_URL.into(),
            api_base_url: SHEETS_API_BASE.into(),
            title: "jobtrack applications".into(),
            tables: vec!["applications".into(), "application_events".into()],
            on_run: false,
        }
    }
}

/// `[nudges]`: a digest of the applications stalled past `[resolve]
/// stalled-days`, once per application per stall, by e-mail or webhook.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct NudgesConfig {
    /// Off by default; this one setting turns the digest on.
    pub enabled: bool,
    /// The weekday of the digest (it goes out on the first run on or after
    /// it each week), or "any": every run sends what is newly stalled.
    pub day: String,
    /// "email" (SMTP) or "webhook".
    pub via: String,
    /// The digest's recipient; empty: the first of `[user] emails`.
    pub to: String,
    /// The sender; empty: the recipient.
    pub from: String,
    pub smtp_host: String,
    pub smtp_port: u16,
    /// "starttls" (port 587), "tls" (port 465), or "none" (loopback only).
    pub smtp_security: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub smtp_username: String,
    /// The environment variable holding the SMTP password.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub smtp_password_env: String,
    /// For `via = "webhook"`: where the digest is POSTed as JSON.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub webhook_url: String,
    pub timeout_secs: u64,
}

impl Default for NudgesConfig {
    fn default() -> Self {
        Self {
            enabled: false,
            day: "monday".into(),
            via: "email".into(),
            to: String::new(),
            from: String::new(),
            smtp_host: String::new(),
            smtp_port: 587,
            smtp_security: "starttls".into(),
            smtp_username: String::new(),
            smtp_password_env: String::new(),
            webhook_url: String::new(),
            timeout_secs: 30,
        }
    }
}

impl Config {
    /// The account the Sheets grant is stored under (`named`, else
    /// `[export.sheets] account`, else the only gmail account) and the
    /// OAuth client that asks for it (`[export.sheets]`'s own, else that
    /// gmail account's).
    pub fn sheets_client(&self, named: Option<&str>) -> anyhow::Result<(String, OAuthClient)> {
        let sheets = &self.export.sheets;
        let gmail: Vec<&GmailAccount> = self
            .accounts
            .iter()
            .filter_map(|a| match a {
                AccountConfig::Gmail(g) => Some(g),
                _ => None,
            })
            .collect();
        let account = match (named, sheets.account.trim()) {
            (Some(n), _) => n.to_string(),
            (None, a) if !a.is_empty() => a.to_string(),
            (None, _) => match gmail.as_slice() {
                [one] => one.name.clone(),
                _ => bail!(
                    "name the account the Sheets grant is stored under: `[export.sheets] account = \"...\"` (and connect it with `jobtrack connect ACCOUNT --scope sheets`)"
                ),
            },
        };
        oauth::check_account(&account)?;
        if !sheets.client_id.trim().is_empty() {
            let client_secret = match &sheets.client_secret_env {
                Some(var) => Some(env_secret(&account, "client-secret-env", var)?),
                None => None,
            };
            return Ok((
                account,
                OAuthClient {
                    client_id: sheets.client_id.clone(),
                    client_secret,
                    auth_url: sheets.auth_url.clone(),
                    token_url: sheets.token_url.clone(),
                },
            ));
        }
        match gmail.iter().find(|g| g.name == account) {
            Some(g) => Ok((account, g.oauth_client()?)),
            None => bail!(
                "the Sheets export of account {account:?} needs an OAuth client: set `[export.sheets] client-id` (and `client-secret-env`), or name a gmail account"
            ),
        }
    }

    /// The digest's settings; `None` when `[nudges]` is off.
    pub fn nudge_settings(&self) -> anyhow::Result<Option<NudgeSettings>> {
        let n = &self.nudges;
        if !n.enabled {
            return Ok(None);
        }
        let day = match n.day.trim().to_ascii_lowercase().as_str() {
            "any" | "every-run" => None,
            d => Some(d.parse::<Weekday>().map_err(|_| {
                anyhow::anyhow!(
                    "[nudges] day {:?} is not a weekday (monday ... sunday) or \"any\"",
                    n.day
                )
            })?),
        };
        let channel = match n.via.as_str() {
            "email" => {
                let to = if n.to.trim().is_empty() {
                    match self.user.emails.first() {
                        Some(e) => e.clone(),
                        None => bail!("[nudges] needs `to`, or an address in [user] emails"),
                    }
                } else {
                    n.to.clone()
                };
                Channel::Smtp(smtp_settings(
                    "nudges",
                    &Smtp {
                        host: &n.smtp_host,
                        port: n.smtp_port,
                        security: &n.smtp_security,
                        username: &n.smtp_username,
                        password_env: &n.smtp_password_env,
                        from: &n.from,
                    },
                    to,
                )?)
            }
            "webhook" => {
                let url = url::Url::parse(&n.webhook_url).map_err(|e| {
                    anyhow::anyhow!("[nudges] webhook-url {:?} is not a URL: {e}", n.webhook_url)
                })?;
                Channel::Webhook {
                    url: url.to_string(),
                }
            }
            other => bail!("[nudges] via {other:?} must be \"email\" or \"webhook\""),
        };
        Ok(Some(NudgeSettings {
            channel,
            day,
            timeout: Duration::from_secs(n.timeout_secs.max(1)),
        }))
    }
}

/// The SMTP keys of a section (`[nudges]`, `[alerts]`).
pub(super) struct Smtp<'a> {
    pub host: &'a str,
    pub port: u16,
    pub security: &'a str,
    pub username: &'a str,
    pub password_env: &'a str,
    pub from: &'a str,
}

/// The SMTP settings of `section` for mail to `to` (from `from`, else `to`):
/// TLS or STARTTLS unless the server is on this machine; the password read
/// from the variable `smtp-password-env` names.
pub(super) fn smtp_settings(
    section: &str,
    c: &Smtp<'_>,
    to: String,
) -> anyhow::Result<SmtpSettings> {
    if c.host.trim().is_empty() {
        bail!("[{section}] e-mail needs `smtp-host`");
    }
    let security = match c.security {
        "starttls" => SmtpSecurity::StartTls,
        "tls" => SmtpSecurity::Tls,
        "none" => SmtpSecurity::None,
        other => {
            bail!("[{section}] smtp-security {other:?} must be \"starttls\", \"tls\" or \"none\"")
        }
    };
    if security == SmtpSecurity::None && !super::is_loopback_host(c.host) {
        bail!(
            "[{section}] smtp-security = \"none\" is only for a server on this machine (127.0.0.1, localhost), not {:?}",
            c.host
        );
    }
    let password = if c.password_env.is_empty() {
        None
    } else {
        Some(env_secret(section, "smtp-password-env", c.password_env)?)
    };
    Ok(SmtpSettings {
        host: c.host.to_string(),
        port: c.port,
        security,
        username: (!c.username.is_empty()).then(|| c.username.to_string()),
        password,
        from: if c.from.trim().is_empty() {
            to.clone()
        } else {
            c.from.to_string()
        },
        to,
    })
}
