//! Prints query results and summaries on standard output as a table
//! (comfy-table), CSV (the `csv` crate: RFC 4180 quoting) or JSON objects.

use std::io::Write;

use comfy_table::{ContentArrangement, Table, presets::ASCII_MARKDOWN};
use serde_json::Value;

use crate::cli::OutFormat;

/// A table cell's text: nulls are empty, strings unquoted.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Widest cell shown in table output; longer text is cut with an ellipsis.
const MAX_CELL: usize = 60;

fn shown(v: &Value) -> String {
    let c = cell(v).replace(['\n', '\r', '\t'], " ");
    if c.chars().count() > MAX_CELL {
        format!("{}…", c.chars().take(MAX_CELL - 1).collect::<String>())
    } else {
        c
    }
}

/// Prints `rows` under `columns` in `format`.
pub fn print_rows(
    columns: &[String],
    rows: &[Vec<Value>],
    format: OutFormat,
) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        OutFormat::Json => {
            let objects: Vec<Value> = rows
                .iter()
                .map(|r| Value::Object(columns.iter().cloned().zip(r.iter().cloned()).collect()))
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&objects)?)?;
        }
        OutFormat::Csv => {
            let mut writer = csv::Writer::from_writer(out);
            writer.write_record(columns)?;
            for r in rows {
                writer.write_record(r.iter().map(cell))?;
            }
            writer.flush()?;
        }
        OutFormat::Table => {
            let mut table = Table::new();
            table
                .load_preset(ASCII_MARKDOWN)
                .set_content_arrangement(ContentArrangement::Disabled)
                .set_header(columns);
            for r in rows {
                table.add_row(r.iter().map(shown));
            }
            writeln!(out, "{table}")?;
            writeln!(out, "({} rows)", rows.len())?;
        }
    }
    Ok(())
}

/// Prints serializable records, one row each, their fields `columns` in
/// that order.
pub fn print_records<T: serde::Serialize>(
    columns: &[&str],
    records: &[T],
    format: OutFormat,
) -> anyhow::Result<()> {
    let mut rows = Vec::new();
    for r in records {
        let value = serde_json::to_value(r)?;
        rows.push(
            columns
                .iter()
                .map(|c| value.get(c).cloned().unwrap_or(Value::Null))
                .collect(),
        );
    }
    let columns: Vec<String> = columns.iter().map(|c| (*c).to_string()).collect();
    print_rows(&columns, &rows, format)
}
