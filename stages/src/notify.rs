//! Telling someone: a plain-text e-mail over SMTP (through `lettre`, TLS
//! or STARTTLS required off the loopback interface) or a JSON POST to a
//! webhook, each retried on transient failures under the shared retry
//! policy. The stalled-application digest ([`crate::publish::nudges`]) and
//! the operators' alerts ([`crate::alerts`]) both send through here.

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::{ExposeSecret, SecretString};

use crate::error::{Result, StageError};
use crate::retry::RetryPolicy;

/// Where a message goes.
#[derive(Debug, Clone)]
pub enum Channel {
    Smtp(SmtpSettings),
    Webhook { url: String },
}

/// How the SMTP connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpSecurity {
    /// TLS from the first byte (port 465).
    Tls,
    /// STARTTLS, required (port 587).
    StartTls,
    /// None: only for a server on the loopback interface.
    None,
}

#[derive(Debug, Clone)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub security: SmtpSecurity,
    pub username: Option<String>,
    pub password: Option<SecretString>,
    pub from: String,
    pub to: String,
}

fn mailbox(section: &str, what: &str, text: &str) -> Result<Mailbox> {
    text.parse().map_err(|e| {
        StageError::Request(format!(
            "[{section}] {what} {text:?} is not an e-mail address: {e}"
        ))
    })
}

/// Sends `subject` and `body` as a plain-text mail; `section` names the
/// configuration section in errors (`nudges`, `alerts`).
pub async fn send_mail(
    smtp: &SmtpSettings,
    subject: &str,
    body: &str,
    timeout: Duration,
    section: &str,
) -> Result<()> {
    let remote = |reason: String| StageError::Remote {
        service: "SMTP server",
        account: smtp.to.clone(),
        status: None,
        reason,
    };
    let message = Message::builder()
        .from(mailbox(section, "from", &smtp.from)?)
        .to(mailbox(section, "to", &smtp.to)?)
        .subject(subject)
        .header(ContentType::TEXT_PLAIN)
        .body(body.to_string())
        .map_err(|e| StageError::Request(format!("cannot build the [{section}] mail: {e}")))?;
    let tls = |host: &str| {
        TlsParameters::new(host.to_string())
            .map_err(|e| StageError::Request(format!("[{section}] TLS for {host}: {e}")))
    };
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(smtp.host.clone())
        .port(smtp.port)
        .timeout(Some(timeout));
    builder = match smtp.security {
        SmtpSecurity::Tls => builder.tls(Tls::Wrapper(tls(&smtp.host)?)),
        SmtpSecurity::StartTls => builder.tls(Tls::Required(tls(&smtp.host)?)),
        SmtpSecurity::None => builder.tls(Tls::None),
    };
    if let (Some(user), Some(password)) = (&smtp.username, &smtp.password) {
        builder = builder.credentials(Credentials::new(
            user.clone(),
            password.expose_secret().to_string(),
        ));
    }
    let transport = builder.build();
    let mut waits = RetryPolicy::default().waits();
    loop {
        match transport.send(message.clone()).await {
            Ok(_) => return Ok(()),
            // A permanent refusal (5xx) is not tried again.
            Err(e) if e.is_permanent() => {
                return Err(remote(format!("refused the [{section}] mail: {e}")));
            }
            Err(e) => match waits.next(None) {
                Some(wait) => {
                    tracing::info!(error = %e, wait_ms = wait.as_millis() as u64, "Sending mail failed; retrying.");
                    tokio::time::sleep(wait).await;
                }
                None => return Err(remote(format!("gave up sending the [{section}] mail: {e}"))),
            },
        }
    }
}

/// POSTs `body` as JSON to `url`; `service` and `account` name it in
/// errors.
pub async fn send_webhook(
    http: &reqwest::Client,
    url: &str,
    body: &serde_json::Value,
    timeout: Duration,
    service: &'static str,
    account: &str,
) -> Result<()> {
    let remote = |status: Option<u16>, reason: String| StageError::Remote {
        service,
        account: account.to_string(),
        status,
        reason,
    };
    let mut waits = RetryPolicy::default().waits();
    loop {
        let sent = http.post(url).json(body).timeout(timeout).send().await;
        let (status, why) = match sent {
            Ok(r) if r.status().is_success() => return Ok(()),
            Ok(r) => (Some(r.status().as_u16()), format!("HTTP {}", r.status())),
            Err(e) => (None, e.without_url().to_string()),
        };
        let transient = status.is_none_or(|s| s == 429 || s >= 500);
        match waits.next(None) {
            Some(wait) if transient => tokio::time::sleep(wait).await,
            _ => return Err(remote(status, format!("the webhook refused it: {why}"))),
        }
    }
}
