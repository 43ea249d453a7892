//! Who the person is, as far as the LLM stage must know to redact them:
//! the configured `[user]` identity, completed where it is empty from the
//! accounts (an IMAP username that is an address, the Gmail profile's
//! address the import stored) and the mail (the address most of it was sent
//! to), and a loud warning for what stays unknown.

use super::LlmSettings;
use super::stage::TABLE;
use crate::columns::Columns;
use crate::context::RunContext;
use crate::error::{Result, StageError};
use crate::stage::StageReport;

/// The settings with the identity to redact made as complete as the mail
/// allows: with no address of the person's configured, the address most of
/// the mailbox's mail was sent to (their own, in a mailbox of theirs) is
/// redacted too. What is still unknown is said loudly, in the log and the
/// run report, since it may reach the LLM.
pub(super) async fn known_identity(
    ctx: &RunContext,
    settings: &LlmSettings,
    report: &mut StageReport,
) -> Result<LlmSettings> {
    let mut settings = settings.clone();
    if settings.user.emails.is_empty() {
        let mut found = settings.user.account_emails.clone();
        found.extend(gmail_addresses(ctx).await?);
        found.extend(most_received_address(ctx).await?);
        found.sort();
        found.dedup();
        if found.is_empty() {
            report.warnings.push(
                "[user] emails is empty and no address could be told from the accounts or the mail: \
                 your own address may be sent to the LLM; set [user] emails"
                    .into(),
            );
        } else {
            report.warnings.push(format!(
                "[user] emails is empty: {} address(es) of your accounts and the one most of this \
                 mailbox was sent to are redacted as yours; set [user] emails to name every address of yours",
                found.len()
            ));
            settings.user.emails = found;
        }
    }
    if settings.user.name.is_none() {
        report.warnings.push(
            "[user] name is empty: your name may be sent to the LLM; set [user] name to have it redacted"
                .into(),
        );
    }
    for w in &report.warnings {
        tracing::warn!(warning = %w, "The LLM may see who you are.");
    }
    Ok(settings)
}

/// The Gmail accounts' own addresses, as the import stored them.
async fn gmail_addresses(ctx: &RunContext) -> Result<Vec<String>> {
    let manifest = ctx
        .root
        .manifest(crate::ingest::TABLE, &ctx.user_id)
        .await?;
    Ok(manifest
        .checkpoints
        .iter()
        .filter(|(k, _)| k.starts_with("gmail:") && k.ends_with(":address"))
        .map(|(_, v)| v.to_lowercase())
        .collect())
}

/// The To/Cc address that most of the user's emails were sent to.
async fn most_received_address(ctx: &RunContext) -> Result<Option<String>> {
    let q = |e| StageError::query(TABLE, e);
    ctx.register_table("stg_emails").await?;
    let batches = ctx
        .session
        .sql(
            "SELECT address, count(*) AS n FROM (\
               SELECT DISTINCT email_id, address FROM (\
                 SELECT email_id, unnest(array_concat(to_addresses, cc_addresses)) AS address \
                 FROM stg_emails)) \
             WHERE address IS NOT NULL AND address LIKE '%@%' \
             GROUP BY address ORDER BY n DESC, address LIMIT 1",
        )
        .await
        .map_err(q)?
        .collect()
        .await
        .map_err(q)?;
    let Some(batch) = batches.iter().find(|b| b.num_rows() > 0) else {
        return Ok(None);
    };
    let cols = Columns::new(TABLE, batch);
    Ok(Some(cols.utf8("address")?.value(0).to_string()))
}
