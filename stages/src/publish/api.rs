//! The warehouse's read side for `jobtrack serve`'s JSON API: a filtered,
//! paged list of one user's applications, one application with its timeline
//! and its emails, and an export as bytes. Every query is parameterized and
//! runs on a read-only connection, so a run can swap the warehouse file
//! underneath a server that stays up.

use serde::Serialize;
use serde_json::{Map, Value as Json};

use super::warehouse::{ExportFormat, Filter, QueryResult, Warehouse, sql_string};
use crate::error::{Result, StageError};

/// A row as a JSON object keyed by column name.
pub type Row = Map<String, Json>;

/// The columns the list's filters may name (the applications mart's).
const LIST_FILTER_COLUMNS: &[&str] = &[
    "application_id",
    "company_name",
    "role_title",
    "location",
    "source",
    "application_date",
    "current_status",
    "job_posting_url",
    "created_at",
];

/// The most rows one page returns, and the page size when none is asked.
pub const MAX_PAGE: u32 = 1000;
pub const DEFAULT_PAGE: u32 = 100;

/// One page of applications, newest application date first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ApplicationPage {
    /// How many applications the filter lets through, on all pages.
    pub total: u64,
    pub limit: u32,
    pub offset: u32,
    pub applications: Vec<Row>,
}

/// One application, its status timeline and the emails behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ApplicationDetail {
    pub application: Row,
    pub events: Vec<Row>,
    pub emails: Vec<Row>,
}

fn rows(result: &QueryResult) -> Vec<Row> {
    result.objects()
}

impl Warehouse {
    /// The applications of `user_id` that `filter` lets through, `limit`
    /// (at most [`MAX_PAGE`]) from `offset`.
    pub fn application_page(
        &self,
        user_id: &str,
        filter: &Filter,
        limit: Option<u32>,
        offset: Option<u32>,
    ) -> Result<ApplicationPage> {
        let columns: Vec<String> = LIST_FILTER_COLUMNS.iter().map(|c| c.to_string()).collect();
        let (condition, values) = filter.where_clause("applications", &columns)?;
        let condition = if condition.is_empty() {
            " WHERE user_id = ?".to_string()
        } else {
            format!("{condition} AND user_id = ?")
        };
        let limit = limit.unwrap_or(DEFAULT_PAGE).min(MAX_PAGE);
        let offset = offset.unwrap_or(0);
        let mut params: Vec<&dyn duckdb::ToSql> =
            values.iter().map(|v| v as &dyn duckdb::ToSql).collect();
        params.push(&user_id);
        let total = self.query_params(
            &format!("SELECT count(*) AS n FROM applications{condition}"),
            &params,
        )?;
        let total = total
            .rows
            .first()
            .and_then(|r| r.first())
            .and_then(Json::as_u64)
            .unwrap_or(0);
        let page = self.query_params(
            &format!(
                "SELECT * FROM applications{condition} \
                 ORDER BY application_date DESC NULLS LAST, application_id \
                 LIMIT {limit} OFFSET {offset}"
            ),
            &params,
        )?;
        Ok(ApplicationPage {
            total,
            limit,
            offset,
            applications: rows(&page),
        })
    }

    /// Application `id` of `user_id` with its timeline (oldest event first)
    /// and emails (oldest first); `None` when the user has no such
    /// application.
    pub fn application_detail(&self, user_id: &str, id: &str) -> Result<Option<ApplicationDetail>> {
        let params: [&dyn duckdb::ToSql; 2] = [&id, &user_id];
        let found = self.query_params(
            "SELECT * FROM applications WHERE application_id = ? AND user_id = ?",
            &params,
        )?;
        let Some(application) = rows(&found).into_iter().next() else {
            return Ok(None);
        };
        let events = self.query_params(
            "SELECT * FROM application_events WHERE application_id = ? AND user_id = ? \
             ORDER BY event_timestamp NULLS FIRST, email_id",
            &params,
        )?;
        let emails = self.query_params(
            "SELECT email_id, provider_message_id, account, thread_id, subject, from_name, \
             from_address, received_at, snippet, label, event_type, confidence, extractor, reasons \
             FROM emails WHERE application_id = ? AND user_id = ? \
             ORDER BY received_at NULLS FIRST, email_id",
            &params,
        )?;
        Ok(Some(ApplicationDetail {
            application,
            events: rows(&events),
            emails: rows(&emails),
        }))
    }

    /// `table` in `format` as bytes, the rows `filter` lets through (see
    /// [`Warehouse::export`]), written through a private temporary folder
    /// that is removed afterwards.
    pub fn export_bytes(
        &self,
        table: &str,
        format: ExportFormat,
        filter: &Filter,
    ) -> Result<Vec<u8>> {
        let dir = tempfile::Builder::new()
            .prefix("jobtrack-export-")
            .tempdir()
            .map_err(|source| StageError::LocalIo {
                action: "create a temporary folder for",
                path: format!("an export of {table}").into(),
                source,
            })?;
        let out = dir.path().join(format!("{table}.{}", format.extension()));
        self.export(table, format, &out, filter)?;
        std::fs::read(&out).map_err(|source| StageError::LocalIo {
            action: "read",
            path: out.clone(),
            source,
        })
    }

    /// `table`'s cells as its CSV export holds them (header first, every
    /// cell as the CSV's text, formulas neutralized the same way, an empty
    /// or NULL value as ""), for the Sheets export: the CSV is written and
    /// read back with DuckDB's CSV reader, every column as text, so the
    /// two exports cannot drift apart.
    pub fn export_cells(&self, table: &str, filter: &Filter) -> Result<Vec<Vec<String>>> {
        let bytes = self.export_bytes(table, ExportFormat::Csv, filter)?;
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        let dir = tempfile::Builder::new()
            .prefix("jobtrack-cells-")
            .tempdir()
            .map_err(|source| StageError::LocalIo {
                action: "create a temporary folder for",
                path: format!("the cells of {table}").into(),
                source,
            })?;
        let path = dir.path().join(format!("{table}.csv"));
        std::fs::write(&path, body).map_err(|source| StageError::LocalIo {
            action: "write",
            path: path.clone(),
            source,
        })?;
        let result = self.query_params(
            &format!(
                "SELECT * FROM read_csv({}, header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"')",
                sql_string(&path.to_string_lossy())
            ),
            &[],
        )?;
        let text = |v: Json| match v {
            Json::Null => String::new(),
            Json::String(s) => s,
            other => other.to_string(),
        };
        let mut cells = Vec::with_capacity(result.rows.len() + 1);
        cells.push(result.columns);
        cells.extend(
            result
                .rows
                .into_iter()
                .map(|row| row.into_iter().map(text).collect()),
        );
        Ok(cells)
    }
}
