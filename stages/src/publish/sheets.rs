//! The Google Sheets export: one spreadsheet per user, one sheet per
//! exported table, through the Sheets API v4.
//!
//! The first export creates the spreadsheet (`spreadsheets.create`, with a
//! sheet per table) and the caller remembers its id in the data root
//! ([`SheetsState`]); a later export reads the spreadsheet's sheets
//! (`spreadsheets.get`), adds the sheets a new table needs
//! (`spreadsheets.batchUpdate` with `addSheet`), writes every table from
//! its first cell (`spreadsheets.values.batchUpdate`) and then clears what
//! the sheet held beyond the new rows and columns
//! (`spreadsheets.values.batchClear`), so a row removed from the table
//! leaves the sheet and nothing is listed twice. A spreadsheet that is gone
//! (404: the person deleted it) is created again.
//!
//! The cells are the CSV export's ([`Warehouse::export_cells`]), written
//! with `valueInputOption=USER_ENTERED`: the sheet reads them as a
//! spreadsheet program reads the CSV (numbers and dates become numbers and
//! dates), and a text that would run as a formula carries the CSV's
//! leading `'`, which Sheets takes as "this is text".
//!
//! Sheets allows 60 requests per minute per user: writes are batched
//! (several tables and many rows per request, at most [`MAX_REQUEST_BYTES`]
//! each), the client spends one unit of a 60-per-minute limiter per
//! request, and a 429 is retried after its `Retry-After`
//! ([`crate::ingest::google::GoogleApi`]).
//!
//! [`Warehouse::export_cells`]: super::warehouse::Warehouse::export_cells

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::{Value as Json, json};

use crate::clock::Clock;
use crate::error::{Result, StageError};
use crate::ingest::google::{Answer, CallOptions, GoogleApi};
use crate::ingest::oauth::AccessTokens;
use crate::storage::{Bytes, DataRoot};

/// The API's address, the default of `[export.sheets] api-base-url`.
pub const SHEETS_API_BASE: &str = "https://sheets.googleapis.com";
/// Sheets' quota: requests per minute per user.
pub const SHEETS_REQUESTS_PER_MINUTE: u32 = 60;
/// The largest body one write request carries (Google advises 2 MB).
pub const MAX_REQUEST_BYTES: usize = 1_500_000;

/// One table to export: its sheet's title and its cells, header first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetTable {
    pub title: String,
    pub cells: Vec<Vec<String>>,
}

/// What an export did.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SheetsExport {
    pub spreadsheet_id: String,
    pub url: String,
    /// Whether this export created the spreadsheet.
    pub created: bool,
    /// Rows written per sheet (the header left out).
    pub rows: Vec<(String, u64)>,
    /// Requests sent, retries included.
    pub requests: u64,
    pub retries: u64,
}

/// The spreadsheet an earlier export made, remembered per user in the
/// data root (`_state/exports/user_id=<user>/sheets.json`; an id, no secret).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct SheetsState {
    pub spreadsheet_id: String,
    pub url: String,
}

impl SheetsState {
    fn path(user_id: &str) -> String {
        format!("_state/exports/user_id={user_id}/sheets.json")
    }

    /// The remembered spreadsheet of `user_id`, if any.
    pub async fn load(root: &DataRoot, user_id: &str) -> Result<Option<Self>> {
        let path = Self::path(user_id);
        let Some(bytes) = root.get(&path).await? else {
            return Ok(None);
        };
        serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| StageError::Request(format!("{path} is not a Sheets state file: {e}")))
    }

    /// Remembers the spreadsheet (one PUT).
    pub async fn save(&self, root: &DataRoot, user_id: &str) -> Result<()> {
        let text = serde_json::to_vec_pretty(self)
            .map_err(|e| StageError::Request(format!("cannot encode the Sheets state: {e}")))?;
        root.put(&Self::path(user_id), Bytes::from(text)).await
    }
}

/// One sheet of a spreadsheet as `spreadsheets.get` describes it.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SheetProperties {
    #[serde(default)]
    sheet_id: u64,
    #[serde(default)]
    title: String,
    #[serde(default)]
    grid_properties: GridProperties,
}

#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct GridProperties {
    #[serde(default)]
    row_count: u64,
    #[serde(default)]
    column_count: u64,
}

#[derive(Deserialize)]
struct Sheet {
    properties: SheetProperties,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Spreadsheet {
    spreadsheet_id: String,
    #[serde(default)]
    spreadsheet_url: String,
    #[serde(default)]
    sheets: Vec<Sheet>,
}

/// The Sheets API for one account.
#[derive(Debug)]
pub struct SheetsClient {
    api: GoogleApi,
}

impl SheetsClient {
    pub fn new(
        http: reqwest::Client,
        base: &str,
        account: &str,
        tokens: AccessTokens,
        options: CallOptions,
        clock: Arc<dyn Clock>,
    ) -> Self {
        Self {
            api: GoogleApi::new("Sheets API", http, base, account, tokens, options, clock),
        }
    }

    /// The options Sheets' quota asks for: one unit per request, 60 a minute.
    pub fn default_options() -> CallOptions {
        CallOptions {
            units_per_minute: SHEETS_REQUESTS_PER_MINUTE,
            retry: crate::retry::RetryPolicy::default(),
            timeout: std::time::Duration::from_secs(60),
        }
    }

    async fn post(&mut self, path: &str, body: &Json) -> Result<Answer> {
        let bytes = serde_json::to_vec(body)
            .map_err(|e| StageError::Request(format!("cannot encode a Sheets request: {e}")))?;
        self.api
            .call(1, path, &[], Some(("application/json".into(), bytes)))
            .await
    }

    /// `spreadsheets.create` with one sheet per table, each grid the
    /// table's size.
    async fn create(&mut self, title: &str, tables: &[SheetTable]) -> Result<Spreadsheet> {
        let sheets: Vec<Json> = tables
            .iter()
            .map(|t| json!({"properties": {"title": t.title, "gridProperties": size(t)}}))
            .collect();
        let body = json!({"properties": {"title": title}, "sheets": sheets});
        let a = self.post("/v4/spreadsheets", &body).await?;
        self.api.json("spreadsheets.create", &a)
    }

    /// `spreadsheets.get` (its sheets' titles and grid sizes); `None` when
    /// the spreadsheet is gone or no longer this app's (404).
    async fn get(&mut self, id: &str) -> Result<Option<Spreadsheet>> {
        let path = format!("/v4/spreadsheets/{}", segment(id));
        let a = self
            .api
            .call(
                1,
                &path,
                &[(
                    "fields",
                    "spreadsheetId,spreadsheetUrl,sheets.properties(sheetId,title,gridProperties(rowCount,columnCount))",
                )],
                None,
            )
            .await?;
        if a.status == 404 {
            return Ok(None);
        }
        self.api.json("spreadsheets.get", &a).map(Some)
    }

    /// Exports `tables` into the spreadsheet `existing` (created when
    /// there is none, or it is gone). A sheet a table needs is added, and
    /// one too small for its table grows (a write beyond a sheet's grid is
    /// refused), in one `batchUpdate`.
    pub async fn export(
        &mut self,
        title: &str,
        existing: Option<&str>,
        tables: &[SheetTable],
    ) -> Result<SheetsExport> {
        let found = match existing {
            Some(id) => {
                let got = self.get(id).await?;
                if got.is_none() {
                    tracing::info!(account = %self.api.account(), "The remembered spreadsheet is gone; creating a new one.");
                }
                got
            }
            None => None,
        };
        let (sheet, created) = match found {
            Some(s) => (s, false),
            None => (self.create(title, tables).await?, true),
        };
        let id = sheet.spreadsheet_id.clone();
        // The grids as they were: what lies beyond the new rows is cleared.
        let mut grids: Vec<(&SheetTable, GridProperties)> = Vec::new();
        let mut changes: Vec<Json> = Vec::new();
        for t in tables {
            let need = needed(t);
            match sheet.sheets.iter().find(|s| s.properties.title == t.title) {
                None => changes.push(
                    json!({"addSheet": {"properties": {"title": t.title, "gridProperties": size(t)}}}),
                ),
                Some(s) => {
                    let grid = s.properties.grid_properties;
                    if !created {
                        grids.push((t, grid));
                    }
                    if grid.row_count < need.row_count || grid.column_count < need.column_count {
                        changes.push(json!({"updateSheetProperties": {
                            "properties": {"sheetId": s.properties.sheet_id, "gridProperties": {
                                "rowCount": grid.row_count.max(need.row_count),
                                "columnCount": grid.column_count.max(need.column_count),
                            }},
                            "fields": "gridProperties(rowCount,columnCount)",
                        }}));
                    }
                }
            }
        }
        if !changes.is_empty() {
            let a = self
                .post(
                    &format!("/v4/spreadsheets/{}:batchUpdate", segment(&id)),
                    &json!({ "requests": changes }),
                )
                .await?;
            self.api.json::<Json>("spreadsheets.batchUpdate", &a)?;
        }
        for body in write_requests(tables) {
            let a = self
                .post(
                    &format!("/v4/spreadsheets/{}/values:batchUpdate", segment(&id)),
                    &body,
                )
                .await?;
            self.api
                .json::<Json>("spreadsheets.values.batchUpdate", &a)?;
        }
        let stale: Vec<String> = grids
            .iter()
            .flat_map(|(t, grid)| stale_ranges(t, *grid))
            .collect();
        if !stale.is_empty() {
            let a = self
                .post(
                    &format!("/v4/spreadsheets/{}/values:batchClear", segment(&id)),
                    &json!({ "ranges": stale }),
                )
                .await?;
            self.api
                .json::<Json>("spreadsheets.values.batchClear", &a)?;
        }
        let url = if sheet.spreadsheet_url.is_empty() {
            format!("https://docs.google.com/spreadsheets/d/{id}/edit")
        } else {
            sheet.spreadsheet_url
        };
        Ok(SheetsExport {
            spreadsheet_id: id,
            url,
            created,
            rows: tables
                .iter()
                .map(|t| (t.title.clone(), t.cells.len().saturating_sub(1) as u64))
                .collect(),
            requests: self.api.stats.calls,
            retries: self.api.stats.retries,
        })
    }
}

/// The rows and columns a table fills (at least one of each: a sheet has
/// at least one cell).
fn needed(t: &SheetTable) -> GridProperties {
    GridProperties {
        row_count: (t.cells.len() as u64).max(1),
        column_count: (t.cells.iter().map(Vec::len).max().unwrap_or(0) as u64).max(1),
    }
}

/// [`needed`] as the API's `gridProperties`.
fn size(t: &SheetTable) -> Json {
    let n = needed(t);
    json!({"rowCount": n.row_count, "columnCount": n.column_count})
}

/// A spreadsheet id as one path segment (ids are URL-safe; anything else
/// is escaped rather than trusted).
fn segment(id: &str) -> String {
    percent_encoding::utf8_percent_encode(id, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// A sheet title in A1 notation: always quoted, `'` doubled.
fn quoted(title: &str) -> String {
    format!("'{}'", title.replace('\'', "''"))
}

/// The letters of a 1-based column number (1 = A, 27 = AA).
fn column(mut n: u64) -> String {
    let mut out = Vec::new();
    while n > 0 {
        let r = ((n - 1) % 26) as u8;
        out.push(b'A' + r);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

/// The bodies of `values.batchUpdate` that write every table from its A1,
/// as few as fit [`MAX_REQUEST_BYTES`] each (a table too large for one is
/// split into runs of rows, each with its own start row).
fn write_requests(tables: &[SheetTable]) -> Vec<Json> {
    let entry = |t: &SheetTable, start: usize, end: usize| {
        json!({
            "range": format!("{}!A{}", quoted(&t.title), start + 1),
            "majorDimension": "ROWS",
            "values": &t.cells[start..end],
        })
    };
    let mut bodies = Vec::new();
    let mut data: Vec<Json> = Vec::new();
    let mut size = 0usize;
    for t in tables {
        let mut start = 0usize;
        for (i, row) in t.cells.iter().enumerate() {
            // A cell's quotes and comma, a row's brackets: near enough.
            let bytes = row.iter().map(|c| c.len() + 4).sum::<usize>() + 2;
            if size > 0 && size + bytes > MAX_REQUEST_BYTES {
                if i > start {
                    data.push(entry(t, start, i));
                }
                bodies.push(batch_body(std::mem::take(&mut data)));
                size = 0;
                start = i;
            }
            size += bytes;
        }
        if t.cells.len() > start {
            data.push(entry(t, start, t.cells.len()));
        }
    }
    if !data.is_empty() {
        bodies.push(batch_body(data));
    }
    bodies
}

fn batch_body(data: Vec<Json>) -> Json {
    json!({"valueInputOption": "USER_ENTERED", "data": data})
}

/// What the sheet holds beyond the table's new rows and columns, within
/// its grid: the rows below and the columns to the right.
fn stale_ranges(t: &SheetTable, grid: GridProperties) -> Vec<String> {
    let rows = t.cells.len() as u64;
    let width = t.cells.iter().map(Vec::len).max().unwrap_or(0) as u64;
    let mut out = Vec::new();
    if grid.row_count == 0 || grid.column_count == 0 {
        return out;
    }
    let last = column(grid.column_count);
    if rows < grid.row_count {
        out.push(format!(
            "{}!A{}:{last}{}",
            quoted(&t.title),
            rows + 1,
            grid.row_count
        ));
    }
    if width < grid.column_count && rows > 0 {
        out.push(format!(
            "{}!{}1:{last}{}",
            quoted(&t.title),
            column(width + 1),
            rows.min(grid.row_count)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(title: &str, rows: usize, width: usize) -> SheetTable {
        SheetTable {
            title: title.into(),
            cells: (0..rows)
                .map(|r| (0..width).map(|c| format!("r{r}c{c}")).collect())
                .collect(),
        }
    }

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        assert_eq!(column(1), "A");
        assert_eq!(column(26), "Z");
        assert_eq!(column(27), "AA");
        assert_eq!(column(52), "AZ");
        assert_eq!(column(703), "AAA");
    }

    #[test]
    fn stale_rows_and_columns_are_cleared_within_the_grid() {
        let t = table("apps", 3, 2);
        let grid = GridProperties {
            row_count: 1000,
            column_count: 26,
        };
        assert_eq!(
            stale_ranges(&t, grid),
            vec!["'apps'!A4:Z1000".to_string(), "'apps'!C1:Z3".to_string()]
        );
        let exact = GridProperties {
            row_count: 3,
            column_count: 2,
        };
        assert!(stale_ranges(&t, exact).is_empty());
        assert!(stale_ranges(&t, GridProperties::default()).is_empty());
        assert_eq!(quoted("it's"), "'it''s'");
    }

    #[test]
    fn writes_are_batched_into_few_requests_and_split_when_large() {
        let small = [table("a", 10, 3), table("b", 5, 2)];
        let bodies = write_requests(&small);
        assert_eq!(bodies.len(), 1, "two small tables, one request");
        assert_eq!(bodies[0]["data"].as_array().map(Vec::len), Some(2));
        assert_eq!(bodies[0]["valueInputOption"], "USER_ENTERED");

        // ~40 bytes a row: 100,000 rows need several requests, each under
        // the limit, their ranges starting where the last one stopped.
        let big = [table("big", 100_000, 4)];
        let bodies = write_requests(&big);
        assert!(bodies.len() > 1);
        let mut next = 1usize;
        let mut total = 0usize;
        for body in &bodies {
            assert!(serde_json::to_vec(body).map(|b| b.len()).unwrap_or(0) < 2_000_000);
            for d in body["data"].as_array().into_iter().flatten() {
                let range = d["range"].as_str().unwrap_or_default();
                assert_eq!(range, format!("'big'!A{next}"));
                let n = d["values"].as_array().map(Vec::len).unwrap_or(0);
                next += n;
                total += n;
            }
        }
        assert_eq!(total, 100_000);
    }

    #[test]
    fn an_empty_table_writes_nothing_and_is_cleared() {
        let t = SheetTable {
            title: "e".into(),
            cells: vec![],
        };
        assert!(write_requests(std::slice::from_ref(&t)).is_empty());
        let grid = GridProperties {
            row_count: 10,
            column_count: 3,
        };
        assert_eq!(stale_ranges(&t, grid), vec!["'e'!A1:C10".to_string()]);
    }
}
