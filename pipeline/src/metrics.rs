//! One user's Prometheus metrics: their run reports and their warehouse's
//! figures, rendered by `jobtrack_stages::metrics`. `serve` answers them on
//! `GET /metrics`; every run writes them to
//! `metrics/jobtrack-<user>.prom` under the data root for node_exporter's
//! textfile collector (one file per user, so the people of a fleet never
//! overwrite each other's).

use jobtrack_stages::metrics::{self, UserFigures};
use jobtrack_stages::report::{RunReport, past_runs};
use jobtrack_stages::storage::Bytes;

use crate::app::App;

/// The user's run reports, read once for the metrics and the alerts.
async fn runs_of(app: &App) -> anyhow::Result<Vec<RunReport>> {
    Ok(past_runs(&app.root, Some(&app.config.user.id), usize::MAX).await?)
}

/// The metrics of `app`'s user, in Prometheus' text format, read fresh
/// (`serve`'s `GET /metrics`).
pub async fn user_metrics(app: &App) -> anyhow::Result<String> {
    render(app, &runs_of(app).await?).await
}

/// The metrics of `app`'s user from their reports `runs`.
async fn render(app: &App, runs: &[RunReport]) -> anyhow::Result<String> {
    let user = app.config.user.id.clone();
    let warehouse = app.warehouse();
    let figures = if warehouse.path.exists() {
        let who = user.clone();
        tokio::task::spawn_blocking(move || metrics::figures(&warehouse, &who)).await??
    } else {
        UserFigures {
            user_id: user,
            ..UserFigures::default()
        }
    };
    Ok(metrics::render(runs, &[figures])?)
}

/// Where the textfile of `user` goes under the data root.
pub fn textfile(user: &str) -> String {
    format!("{}/jobtrack-{user}.prom", metrics::TEXTFILE_DIR)
}

/// Rewrites the user's textfile (in one step: the store writes it under a
/// temporary name and renames it).
async fn write_textfile(app: &App, runs: &[RunReport]) -> anyhow::Result<()> {
    let text = render(app, runs).await?;
    app.root
        .put(&textfile(&app.config.user.id), Bytes::from(text))
        .await?;
    Ok(())
}

/// What every run does last, whatever its outcome (dry runs excepted):
/// rewrites the user's metrics textfile and sends the alerts that just
/// came into force. A failure here is logged, never the run's failure.
pub async fn after_run(app: &App) {
    let runs = match runs_of(app).await {
        Ok(runs) => runs,
        Err(e) => {
            tracing::warn!(error = %format!("{e:#}"), "Could not read the run reports for the metrics and alerts.");
            return;
        }
    };
    if let Err(e) = write_textfile(app, &runs).await {
        tracing::warn!(error = %format!("{e:#}"), "Could not write the metrics textfile.");
    }
    match alert(app, &runs).await {
        Ok(sent) => {
            for a in sent {
                println!("Alert sent: {} ({})", a.summary, a.key);
            }
        }
        Err(e) => tracing::error!(error = %format!("{e:#}"), "Could not send the alerts."),
    }
}

/// Sends the user's alerts that came into force since the last check
/// (`[alerts]`), judged on `runs` (theirs, or more: others are passed
/// over); returns them.
pub async fn alert(
    app: &App,
    runs: &[RunReport],
) -> anyhow::Result<Vec<jobtrack_stages::alerts::Alert>> {
    use jobtrack_stages::alerts;
    let Some(settings) = app.config.alert_settings()? else {
        return Ok(Vec::new());
    };
    let user = &app.config.user.id;
    let now = app.context().clock.now();
    let in_force = alerts::conditions(user, runs, now, &settings);
    Ok(alerts::deliver(&app.root, user, in_force, &settings, now).await?)
}
