//! `jobtrack sql` and `export`: read the published warehouse.

use std::path::Path;

use jobtrack_stages::publish::ExportFormat;

use crate::app::App;
use crate::cli::{FileFormat, FilterArgs, OutFormat};
use crate::output;

/// Runs one read-only query and prints its rows.
pub fn sql(app: &App, query: &str, format: OutFormat) -> anyhow::Result<()> {
    let result = app.warehouse().query(query)?;
    output::print_rows(&result.columns, &result.rows, format)
}

/// Writes a filtered table or view to a file.
pub fn export(
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
    };
    let n = app
        .warehouse()
        .export(table, format, out, &filter.filter())?;
    println!("Wrote {n} rows of {table} to {}", out.display());
    Ok(())
}
