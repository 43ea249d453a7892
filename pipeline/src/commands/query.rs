//! `jobtrack sql` and `export`: read the published warehouse (a Sheets
//! export is handed to [`super::sheets`]).

use std::path::Path;

use jobtrack_stages::publish::ExportFormat;

use crate::app::{App, usage};
use crate::cli::{FileFormat, FilterArgs, OutFormat};
use crate::output;

/// Runs one read-only query and prints its rows.
pub fn sql(app: &App, query: &str, format: OutFormat) -> anyhow::Result<()> {
    let result = app.warehouse().query(query)?;
    output::print_rows(&result.columns, &result.rows, format)
}

/// `jobtrack export`: a table to a file, or tables to a spreadsheet.
pub async fn export_command(
    app: &App,
    table: Option<&str>,
    format: FileFormat,
    out: Option<&Path>,
    spreadsheet: Option<&str>,
    filter: &FilterArgs,
) -> anyhow::Result<()> {
    if format == FileFormat::Sheets {
        if out.is_some() {
            return Err(usage(
                "--out is for files: a Sheets export writes to the spreadsheet (--spreadsheet ID)",
            ));
        }
        let done = super::sheets::export_sheets(app, table, spreadsheet, &filter.filter()).await?;
        super::sheets::print(&done);
        return Ok(());
    }
    let Some(out) = out else {
        return Err(usage("--out PATH is required for a file export"));
    };
    if spreadsheet.is_some() {
        return Err(usage("--spreadsheet is for --format sheets"));
    }
    export(app, table.unwrap_or("applications"), format, out, filter)
}

/// Writes a filtered table or view to a file.
fn export(
    app: &App,
    table: &str,
    format: FileFormat,
    out: &Path,
    filter: &FilterArgs,
) -> anyhow::Result<()> {
    let format = match format {
        FileFormat::Csv => ExportFormat::Csv,
        FileFormat::Parquet => ExportFormat::Parquet,
        FileFormat::Json => ExportFormat::Json,
        FileFormat::Sheets => {
            return Err(usage(
                "a Sheets export is not a file (jobtrack export --format sheets)",
            ));
        }
    };
    let n = app
        .warehouse()
        .export(table, format, out, &filter.filter())?;
    println!("Wrote {n} rows of {table} to {}", out.display());
    Ok(())
}
