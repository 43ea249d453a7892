//! `jobtrack status`: the last runs, from their run reports, then the
//! stalled applications and the state of their digest.

use jobtrack_stages::report::{RunSummary, past_runs};

use crate::app::App;
use crate::cli::OutFormat;
use crate::output;

pub async fn status(app: &App, limit: usize, format: OutFormat) -> anyhow::Result<()> {
    let runs = past_runs(&app.root, Some(&app.config.user.id), limit).await?;
    if format == OutFormat::Json {
        println!("{}", serde_json::to_string_pretty(&runs)?);
        return Ok(());
    }
    if runs.is_empty() {
        println!("No runs yet under {}.", app.config.storage.data_dir);
        return Ok(());
    }
    let summaries: Vec<RunSummary> = runs.iter().map(|r| r.summary()).collect();
    output::print_records(&RunSummary::COLUMNS, &summaries, format)?;
    if format == OutFormat::Table {
        let lines = super::nudge::status_lines(app).await?;
        if !lines.is_empty() {
            println!();
        }
        for line in lines {
            println!("{line}");
        }
    }
    Ok(())
}
