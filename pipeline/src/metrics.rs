//! One user's Prometheus metrics: their run reports and their warehouse's
//! figures, rendered by `jobtrack_stages::metrics`. `serve` answers them on
//! `GET /metrics`; every run writes them to
//! `metrics/jobtrack-<user>.prom` under the data root for node_exporter's
//! textfile collector (one file per user, so the people of a fleet never
//! overwrite each other's).

use jobtrack_stages::metrics::{self, UserFigures};
use jobtrack_stages::report::past_runs;
use jobtrack_stages::storage::Bytes;

use crate::app::App;

/// The metrics of `app`'s user, in Prometheus' text format.
pub async fn user_metrics(app: &App) -> anyhow::Result<String> {
    let user = app.config.user.id.clone();
    let runs = past_runs(&app.root, Some(&user), usize::MAX).await?;
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
    Ok(metrics::render(&runs, &[figures])?)
}

/// Where the textfile of `user` goes under the data root.
pub fn textfile(user: &str) -> String {
    format!("{}/jobtrack-{user}.prom", metrics::TEXTFILE_DIR)
}

/// Rewrites the user's textfile (in one step: the store writes it under a
/// temporary name and renames it).
pub async fn write_textfile(app: &App) -> anyhow::Result<()> {
    let text = user_metrics(app).await?;
    app.root
        .put(&textfile(&app.config.user.id), Bytes::from(text))
        .await?;
    Ok(())
}

/// What every run does last, whatever its outcome (dry runs excepted):
/// rewrites the user's metrics textfile and sends the alerts that just
/// came into force. A failure here is logged, never the run's failure.
pub async fn after_run(app: &App) {
    if let Err(e) = write_textfile(app).await {
        tracing::warn!(error = %format!("{e:#}"), "Could not write the metrics textfile.");
    }
    match alert(app).await {
        Ok(sent) => {
            for a in sent {
                println!("Alert sent: {} ({})", a.summary, a.key);
            }
        }
        Err(e) => tracing::error!(error = %format!("{e:#}"), "Could not send the alerts."),
    }
}

/// Sends the user's alerts that came into force since the last check
/// (`[alerts]`); returns them.
pub async fn alert(app: &App) -> anyhow::Result<Vec<jobtrack_stages::alerts::Alert>> {
    use jobtrack_stages::alerts;
    let Some(settings) = app.config.alert_settings()? else {
        return Ok(Vec::new());
    };
    let user = &app.config.user.id;
    let runs = past_runs(&app.root, Some(user), usize::MAX).await?;
    let now = app.context().clock.now();
    let in_force = alerts::conditions(user, &runs, now, &settings);
    Ok(alerts::deliver(&app.root, user, in_force, &settings, now).await?)
}
