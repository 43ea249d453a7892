//! `jobtrack correct`: records the person's corrections (a field of an
//! application or email, not-a-job, merge, split, an imported file); they
//! apply from the next run on.

use jobtrack_stages::resolve::corrections::{self, Action, Correction};

use crate::app::{App, UsageExt, usage};
use crate::cli::CorrectAction;

pub async fn correct(app: &App, action: &CorrectAction) -> anyhow::Result<()> {
    let ctx = app.context();
    let base = Correction::new(Action::Set, ctx.clock.now());
    let new = match action {
        CorrectAction::App {
            application_id,
            field,
            value,
        } => vec![Correction {
            application_id: Some(application_id.clone()),
            field: Some(field.clone()),
            value: Some(value.clone()),
            ..base
        }],
        CorrectAction::Email {
            email_id,
            field,
            value,
        } => vec![Correction {
            email_id: Some(email_id.clone()),
            field: Some(field.clone()),
            value: Some(value.clone()),
            ..base
        }],
        CorrectAction::NotJob { email_id } => vec![Correction {
            action: Action::NotJob,
            email_id: Some(email_id.clone()),
            ..base
        }],
        CorrectAction::Merge { from, into } => vec![Correction {
            action: Action::Merge,
            application_id: Some(from.clone()),
            into: Some(into.clone()),
            ..base
        }],
        CorrectAction::Split { email_ids } => vec![Correction {
            action: Action::Split,
            email_ids: email_ids.clone(),
            ..base
        }],
        CorrectAction::Import { file } => {
            let text = std::fs::read_to_string(file).map_err(|e| {
                usage(format!(
                    "cannot read corrections file {}: {e}",
                    file.display()
                ))
            })?;
            corrections::parse(&text, &file.display().to_string()).usage()?
        }
        CorrectAction::List => {
            for c in corrections::load(&ctx).await? {
                println!("{}", serde_json::to_string(&c)?);
            }
            return Ok(());
        }
    };
    let added = corrections::append(&ctx, &new).await.usage()?;
    println!(
        "Recorded {added} correction(s) in {}; they apply from the next `jobtrack run`.",
        ctx.root.url(&corrections::file_path(&ctx.user_id))
    );
    Ok(())
}
