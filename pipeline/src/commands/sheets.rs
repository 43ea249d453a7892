//! `jobtrack export --format sheets`, `serve`'s `POST /export/sheets` and
//! the export after a run (`[export.sheets] on-run`): the configured tables'
//! cells (as their CSV exports hold them) into the user's spreadsheet,
//! created the first time and remembered in the data root.

use std::sync::Arc;

use jobtrack_stages::StageError;
use jobtrack_stages::SystemClock;
use jobtrack_stages::ingest::oauth::{AccessTokens, Grant, TokenStore};
use jobtrack_stages::publish::Filter;
use jobtrack_stages::publish::sheets::{SheetTable, SheetsClient, SheetsExport, SheetsState};

use crate::app::{App, UsageExt, usage};
use crate::config;

/// A missing or revoked Sheets grant as the user's error, naming the
/// command that fixes it.
fn reconnect(e: StageError) -> anyhow::Error {
    match e {
        StageError::Reauthorize { account, reason } => usage(format!(
            "the Sheets export of account {account} must be connected ({reason}): run `jobtrack connect {account} --scope sheets`"
        )),
        other => other.into(),
    }
}

/// Exports `table` (default: `[export.sheets] tables`) with `filter` into
/// `spreadsheet` (default: the remembered one; none: a new one).
pub async fn export_sheets(
    app: &App,
    table: Option<&str>,
    spreadsheet: Option<&str>,
    filter: &Filter,
) -> anyhow::Result<SheetsExport> {
    let config = &app.config;
    let settings = &config.export.sheets;
    let (account, client) = config.sheets_client(None).usage()?;
    let tables: Vec<String> = match table {
        Some(t) => vec![t.to_string()],
        None => settings.tables.clone(),
    };
    if tables.is_empty() {
        return Err(usage(
            "`[export.sheets] tables` is empty: nothing to export",
        ));
    }
    let user = &config.user.id;
    let key = config::token_key(false).map_err(|e| {
        usage(format!(
            "{e:#}; the Sheets export of account {account} must be connected first: run `jobtrack connect {account} --scope sheets`"
        ))
    })?;
    let refresh = TokenStore::new(app.root.clone(), key)
        .for_grant(Grant::Sheets)
        .load(user, &account)
        .await
        .map_err(reconnect)?;
    let warehouse = app.warehouse();
    let mut cells = Vec::with_capacity(tables.len());
    for t in tables {
        let (w, f, name) = (warehouse.clone(), filter.clone(), t.clone());
        let table_cells = tokio::task::spawn_blocking(move || w.export_cells(&name, &f))
            .await?
            .usage()?;
        cells.push(SheetTable {
            title: t,
            cells: table_cells,
        });
    }
    let remembered = match spreadsheet {
        Some(id) => Some(id.to_string()),
        None => SheetsState::load(&app.root, user)
            .await?
            .map(|s| s.spreadsheet_id),
    };
    let ctx = app.context();
    let tokens = AccessTokens::new(client, &account, refresh)?;
    let mut sheets = SheetsClient::new(
        ctx.http.clone(),
        &settings.api_base_url,
        &account,
        tokens,
        SheetsClient::default_options(),
        Arc::new(SystemClock),
    );
    let done = sheets
        .export(&settings.title, remembered.as_deref(), &cells)
        .await
        .map_err(reconnect)?;
    SheetsState {
        spreadsheet_id: done.spreadsheet_id.clone(),
        url: done.url.clone(),
    }
    .save(&app.root, user)
    .await?;
    tracing::info!(
        spreadsheet = %done.spreadsheet_id,
        created = done.created,
        requests = done.requests,
        retries = done.retries,
        "Exported to Google Sheets."
    );
    Ok(done)
}

/// Prints what an export did.
pub fn print(done: &SheetsExport) {
    let verb = if done.created { "Created" } else { "Updated" };
    let rows: Vec<String> = done
        .rows
        .iter()
        .map(|(t, n)| format!("{t} ({n} rows)"))
        .collect();
    println!(
        "{verb} the spreadsheet {}: {} in {} requests\n  {}",
        done.spreadsheet_id,
        rows.join(", "),
        done.requests,
        done.url
    );
}
