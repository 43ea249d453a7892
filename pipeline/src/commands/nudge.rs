//! The stalled-application digest after a run that publishes (`[nudges]`),
//! and the stalled applications `jobtrack status` lists.

use jobtrack_stages::publish::nudges::{self, NudgeState, Outcome, Stalled};

use crate::app::{App, UsageExt};

/// Sends the digest if `[nudges]` is on and one is due; `None` when off.
pub async fn after_run(app: &App) -> anyhow::Result<Option<Outcome>> {
    let Some(settings) = app.config.nudge_settings().usage()? else {
        return Ok(None);
    };
    let ctx = app.context();
    let outcome = nudges::nudge(
        &app.root,
        &app.warehouse(),
        &app.config.user.id,
        &settings,
        app.config.resolve.stalled_days,
        &ctx.http,
        ctx.clock.now(),
    )
    .await?;
    Ok(Some(outcome))
}

/// Prints what the digest did.
pub fn print(outcome: &Outcome) {
    match outcome {
        Outcome::NotDue => {}
        Outcome::NothingNew => println!("Nudges: no application newly stalled."),
        Outcome::Sent(apps) => {
            let names: Vec<&str> = apps.iter().map(|a| a.company_name.as_str()).collect();
            println!(
                "Nudges: sent a digest of {} stalled applications ({}).",
                apps.len(),
                names.join(", ")
            );
        }
    }
}

/// The stalled applications and the digest's state, for `jobtrack status`.
pub async fn status_lines(app: &App) -> anyhow::Result<Vec<String>> {
    let warehouse = app.warehouse();
    if !warehouse.path.exists() {
        return Ok(Vec::new());
    }
    let user = app.config.user.id.clone();
    let now = app.context().clock.now();
    let w = warehouse.clone();
    let stalled: Vec<Stalled> =
        tokio::task::spawn_blocking(move || nudges::stalled(&w, &user, now)).await??;
    let days = app.config.resolve.stalled_days;
    let mut out = vec![format!(
        "Stalled applications (no mail for {days}+ days): {}",
        stalled.len()
    )];
    for a in stalled.iter().take(10) {
        out.push(format!(
            "  {:<28} {:<32} {:<10} silent {} days",
            truncate(&a.company_name, 28),
            truncate(&a.role_title, 32),
            a.current_status,
            a.days_silent
        ));
    }
    if stalled.len() > 10 {
        out.push(format!(
            "  ... and {} more (jobtrack sql \"select * from stalled_applications\")",
            stalled.len() - 10
        ));
    }
    let state = NudgeState::load(&app.root, &app.config.user.id).await?;
    out.push(match (app.config.nudges.enabled, state.last_digest_at) {
        (false, _) => "Nudges: off ([nudges] enabled = true sends a weekly digest)".into(),
        (true, None) => "Nudges: on, no digest yet".into(),
        (true, Some(at)) => format!(
            "Nudges: on, last digest due {}; {} stalls already sent",
            at.format("%Y-%m-%d %H:%M UTC"),
            state.sent.len()
        ),
    });
    Ok(out)
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}
