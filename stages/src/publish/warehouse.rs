//! `warehouse`: loads the marts into `warehouse.duckdb`, and reads it back.
//!
//! Inputs: the marts (`applications`, `application_events`, `emails`,
//! `users`), plus `dead_letter`, and `runs`: the run reports of the
//! warehouse's users up to this run (whose own is written at its end),
//! [`super::operations::load_runs`]; the views of `sql/views/` (listed in
//! [`crate::tables::TABLES`], each a plain `CREATE VIEW` over the published
//! tables, DuckDB SQL) answer the usual questions. Output: a
//! DuckDB file with one table per published table, created from the mart's contract and filled with
//! `read_parquet`, so DuckDB's own arrow never meets ours. Grain: each table
//! keeps its mart's grain. Idempotent: the file is rebuilt whole from the
//! committed Parquet under a temporary name and renamed over the old one, so
//! readers see the old warehouse or the new one, never half of one.
//!
//! Every connection turns extension autoloading off: the `parquet` extension
//! is compiled in, and nothing is ever downloaded.

use std::path::{Path, PathBuf};

use async_trait::async_trait;
use duckdb::types::{TimeUnit, Value};
use duckdb::{AccessMode, Config, Connection};
use serde_json::Value as Json;

use crate::context::RunContext;
use crate::contract::{self, Contract};
use crate::error::{Result, StageError};
use crate::stage::{Stage, StageReport};

/// Every table the warehouse holds: the marts, the dead letters so a
/// person can see with `jobtrack sql` what could not be read, and the LLM's
/// answers with their status and warnings. Their writers all run before the
/// marts.
pub const PUBLISHED: &[&str] = &[
    "applications",
    "application_events",
    "emails",
    "users",
    "dead_letter",
    "int_emails_llm",
];

/// A DuckDB warehouse file.
#[derive(Debug, Clone)]
pub struct Warehouse {
    pub path: PathBuf,
    /// Some: the warehouse of one user of a fleet, holding only their rows
    /// (and the dashboard beside it is theirs, [`super::site::site_dir`]).
    /// None: every user of the data root.
    pub user: Option<String>,
}

pub(super) fn wh_err(path: &Path) -> impl Fn(duckdb::Error) -> StageError + use<'_> {
    move |source| StageError::Warehouse {
        path: path.to_path_buf(),
        source,
    }
}

pub(super) fn io_err<'p>(
    action: &'static str,
    path: &'p Path,
) -> impl Fn(std::io::Error) -> StageError + use<'p> {
    move |source| StageError::LocalIo {
        action,
        path: path.to_path_buf(),
        source,
    }
}

/// DuckDB's memory limit while it builds the warehouse (its default is 80%
/// of the machine's memory): past it, DuckDB writes its blocks out to the
/// file. Queries and exports keep the default. At 200,000 messages 128 MB
/// took the build's resident memory from 332 to 238 MB for 0.5 s more
/// (README, Benchmarks).
const MEMORY_LIMIT: &str = "128MB";

fn base_config(path: &Path) -> Result<Config> {
    Config::default()
        .enable_autoload_extension(false)
        .map_err(wh_err(path))
}

pub(super) fn build_config(path: &Path) -> Result<Config> {
    base_config(path)?
        .max_memory(MEMORY_LIMIT)
        .map_err(wh_err(path))
}

fn duck_type(contract: &Contract, column: &contract::Column) -> Result<&'static str> {
    use arrow::datatypes::DataType as D;
    Ok(match &column.data_type {
        D::Utf8 => "VARCHAR",
        D::Binary => "BLOB",
        D::Int64 => "BIGINT",
        D::Int32 => "INTEGER",
        D::Float64 => "DOUBLE",
        D::Boolean => "BOOLEAN",
        D::Timestamp(_, _) => "TIMESTAMP",
        D::Date32 => "DATE",
        D::List(_) => "VARCHAR[]",
        other => {
            return Err(StageError::ContractFile {
                table: contract.name.clone(),
                reason: format!("no DuckDB type for {other}"),
            });
        }
    })
}

/// The `CREATE TABLE` of a contract. Names come from our own contracts,
/// never from user input.
pub(super) fn create_table_sql(contract: &Contract) -> Result<String> {
    let mut cols = Vec::new();
    for c in &contract.columns {
        let null = if c.nullable { "" } else { " NOT NULL" };
        cols.push(format!("\"{}\" {}{null}", c.name, duck_type(contract, c)?));
    }
    Ok(format!(
        "CREATE TABLE \"{}\" ({});",
        contract.name,
        cols.join(", ")
    ))
}

pub(super) fn sql_string(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

impl Warehouse {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self {
            path: path.into(),
            user: None,
        }
    }

    /// The same file, holding only `user`'s rows.
    #[must_use]
    pub fn of_user(mut self, user: &str) -> Self {
        self.user = Some(user.to_string());
        self
    }

    /// Builds a new warehouse from local Parquet files per table and swaps it
    /// in. Returns the rows loaded per table.
    pub fn build(
        &self,
        tables: &[(&str, Vec<PathBuf>)],
        runs: &[crate::report::RunReport],
        run_id: &str,
    ) -> Result<Vec<(String, u64)>> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(io_err("create", dir))?;
        // Left-overs of killed builds go first.
        let stem = self
            .path
            .file_name()
            .map(|n| format!("{}.tmp-", n.to_string_lossy()))
            .unwrap_or_default();
        if let Ok(entries) = std::fs::read_dir(dir) {
            for e in entries.flatten() {
                if e.file_name().to_string_lossy().starts_with(&stem) {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
        let tmp = dir.join(format!("{stem}{run_id}"));
        let mut counts = Vec::new();
        {
            let conn =
                Connection::open_with_flags(&tmp, build_config(&tmp)?).map_err(wh_err(&tmp))?;
            for (table, files) in tables {
                let contract = contract::contract(table)?;
                conn.execute_batch(&create_table_sql(contract)?)
                    .map_err(wh_err(&tmp))?;
                if !files.is_empty() {
                    let list = files
                        .iter()
                        .map(|p| sql_string(&p.to_string_lossy()))
                        .collect::<Vec<_>>()
                        .join(", ");
                    conn.execute_batch(&format!(
                        "INSERT INTO \"{table}\" BY NAME SELECT * FROM read_parquet([{list}]);"
                    ))
                    .map_err(wh_err(&tmp))?;
                }
                let n: i64 = conn
                    .query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| {
                        r.get(0)
                    })
                    .map_err(wh_err(&tmp))?;
                counts.push(((*table).to_string(), u64::try_from(n).unwrap_or(0)));
            }
            super::operations::load_runs(&conn, &tmp, runs)?;
            // The views read applications; a warehouse built without it
            // (a partial DAG) has none.
            let has_applications = tables.iter().any(|(t, _)| *t == "applications");
            for (name, sql) in crate::tables::views().filter(|_| has_applications) {
                conn.execute_batch(&format!("CREATE VIEW \"{name}\" AS {sql};"))
                    .map_err(wh_err(&tmp))?;
            }
            conn.execute_batch(
                "CREATE TABLE _published (run_id VARCHAR NOT NULL, table_name VARCHAR NOT NULL, row_count BIGINT NOT NULL);",
            )
            .map_err(wh_err(&tmp))?;
            for (table, n) in &counts {
                conn.execute(
                    "INSERT INTO _published VALUES (?, ?, ?)",
                    duckdb::params![run_id, table, i64::try_from(*n).unwrap_or(i64::MAX)],
                )
                .map_err(wh_err(&tmp))?;
            }
            conn.execute_batch("CHECKPOINT;").map_err(wh_err(&tmp))?;
        }
        std::fs::rename(&tmp, &self.path).map_err(io_err("replace", &self.path))?;
        Ok(counts)
    }

    /// Opens the warehouse read-only.
    pub fn open_read_only(&self) -> Result<Connection> {
        if !self.path.exists() {
            return Err(StageError::Request(format!(
                "no warehouse at {}: run `jobtrack run` first",
                self.path.display()
            )));
        }
        let config = base_config(&self.path)?
            .access_mode(AccessMode::ReadOnly)
            .map_err(wh_err(&self.path))?;
        Connection::open_with_flags(&self.path, config).map_err(wh_err(&self.path))
    }

    /// Runs one query read-only.
    pub fn query(&self, sql: &str) -> Result<QueryResult> {
        let conn = self.open_read_only()?;
        run_query(&conn, sql, &[]).map_err(|e| match e {
            StageError::Warehouse { source, .. } => {
                StageError::Request(format!("query failed: {source}"))
            }
            other => other,
        })
    }

    /// The tables and views of the warehouse.
    pub fn tables(&self) -> Result<Vec<String>> {
        let conn = self.open_read_only()?;
        let result = run_query(
            &conn,
            "SELECT table_name FROM information_schema.tables ORDER BY table_name",
            &[],
        )?;
        Ok(result.first_column_strings())
    }

    /// Writes `table` to `out` in `format`, keeping the rows `filter`
    /// lets through, through a temporary file renamed into place. Returns
    /// the number of rows. CSV is UTF-8 with a byte-order mark (so
    /// spreadsheet programs read it as UTF-8), a header, RFC 4180 quoting
    /// and ISO 8601 dates and times; a text cell that a spreadsheet would
    /// run as a formula is neutralized (see `csv_projection`).
    pub fn export(
        &self,
        table: &str,
        format: ExportFormat,
        out: &Path,
        filter: &Filter,
    ) -> Result<u64> {
        let tables = self.tables()?;
        if !tables.iter().any(|t| t == table) {
            return Err(StageError::Request(format!(
                "no table {table:?} in the warehouse; tables: {}",
                tables.join(", ")
            )));
        }
        let tmp = out.with_extension(format!(
            "{}.tmp",
            out.extension().and_then(|e| e.to_str()).unwrap_or("out")
        ));
        let conn = self.open_read_only()?;
        let columns = table_columns(&conn, table)?;
        let (condition, values) = filter.where_clause(table, &columns)?;
        let params: Vec<&dyn duckdb::ToSql> =
            values.iter().map(|v| v as &dyn duckdb::ToSql).collect();
        // A table whose files keep no order is exported in its contract's.
        let order = contract::contract(table)
            .ok()
            .filter(|c| !c.order.is_empty())
            .map(|c| {
                let cols: Vec<String> = c.order.iter().map(|o| format!("\"{o}\"")).collect();
                format!(" ORDER BY {}", cols.join(", "))
            })
            .unwrap_or_default();
        let projection = if format == ExportFormat::Csv {
            csv_projection(&conn, table)?
        } else {
            "*".to_string()
        };
        let select = format!("SELECT {projection} FROM \"{table}\"{condition}{order}");
        let rows = match format {
            ExportFormat::Csv | ExportFormat::Parquet => {
                let options = if format == ExportFormat::Csv {
                    "FORMAT CSV, HEADER true, DELIMITER ',', QUOTE '\"', DATEFORMAT '%Y-%m-%d', TIMESTAMPFORMAT '%Y-%m-%dT%H:%M:%SZ'"
                } else {
                    "FORMAT PARQUET, COMPRESSION ZSTD"
                };
                let n = conn
                    .execute(
                        &format!(
                            "COPY ({select}) TO {} ({options})",
                            sql_string(&tmp.to_string_lossy())
                        ),
                        params.as_slice(),
                    )
                    .map_err(wh_err(&self.path))?;
                if format == ExportFormat::Csv {
                    let body = std::fs::read(&tmp).map_err(io_err("read", &tmp))?;
                    let mut with_bom = Vec::with_capacity(body.len() + 3);
                    with_bom.extend_from_slice(b"\xEF\xBB\xBF");
                    with_bom.extend_from_slice(&body);
                    std::fs::write(&tmp, with_bom).map_err(io_err("write", &tmp))?;
                }
                n as u64
            }
            ExportFormat::Json => {
                let result = run_query(&conn, &select, &params)?;
                let objects: Vec<Json> = result.objects().into_iter().map(Json::Object).collect();
                let text = serde_json::to_vec_pretty(&objects).map_err(|e| {
                    StageError::Request(format!("cannot encode {table} as JSON: {e}"))
                })?;
                std::fs::write(&tmp, text).map_err(io_err("write", &tmp))?;
                result.rows.len() as u64
            }
        };
        std::fs::rename(&tmp, out).map_err(io_err("write", out))?;
        Ok(rows)
    }

    /// Runs one read-only query with parameters.
    pub fn query_params(&self, sql: &str, params: &[&dyn duckdb::ToSql]) -> Result<QueryResult> {
        let conn = self.open_read_only()?;
        run_query(&conn, sql, params)
    }
}

/// The select list of a CSV export of `table`: a text cell starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a
/// spreadsheet shows it as text instead of running it as a formula (OWASP's
/// advice on CSV injection: a subject `=HYPERLINK(...)` is mail anyone can
/// send).
fn csv_projection(conn: &Connection, table: &str) -> Result<String> {
    let result = run_query(
        conn,
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        &[&table],
    )?;
    let columns: Vec<String> = result
        .rows
        .iter()
        .filter_map(|row| {
            let name = row.first()?.as_str()?.replace('"', "\"\"");
            let text = row.get(1)?.as_str()? == "VARCHAR";
            Some(if text {
                format!(
                    "CASE WHEN regexp_matches(\"{name}\", '^[-=+@\\t\\r]') \
                     THEN '''' || \"{name}\" ELSE \"{name}\" END AS \"{name}\""
                )
            } else {
                format!("\"{name}\"")
            })
        })
        .collect();
    if columns.is_empty() {
        return Ok("*".into());
    }
    Ok(columns.join(", "))
}

/// The column names of a warehouse table.
fn table_columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let result = run_query(
        conn,
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        &[&table],
    )?;
    Ok(result.first_column_strings())
}

/// Row filters of exports and of the API. Each applies to the table's
/// column of that meaning: status to `current_status` (or `event_type`),
/// since to the table's date, company to `company_name` (case-insensitive,
/// part of the name), q to company, role and location.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub status: Option<String>,
    pub company: Option<String>,
    pub source: Option<String>,
    /// `YYYY-MM-DD`.
    pub since: Option<String>,
    pub q: Option<String>,
}

impl Filter {
    /// The ` WHERE ...` of `table` (empty when nothing filters) with its
    /// parameter values; an error when a filter does not apply to the table.
    pub fn where_clause(&self, table: &str, columns: &[String]) -> Result<(String, Vec<String>)> {
        let has = |c: &str| columns.iter().any(|x| x == c);
        let pick = |options: &[&'static str], what: &str| -> Result<&'static str> {
            options.iter().copied().find(|c| has(c)).ok_or_else(|| {
                StageError::Request(format!("table {table} cannot be filtered by {what}"))
            })
        };
        let mut parts = Vec::new();
        let mut values = Vec::new();
        if let Some(status) = &self.status {
            let col = pick(&["current_status", "event_type"], "status")?;
            parts.push(format!("\"{col}\" = ?"));
            values.push(status.clone());
        }
        if let Some(company) = &self.company {
            let col = pick(&["company_name"], "company")?;
            parts.push(format!("\"{col}\" ILIKE '%' || ? || '%'"));
            values.push(company.clone());
        }
        if let Some(source) = &self.source {
            let col = pick(&["source"], "source")?;
            parts.push(format!("\"{col}\" = ?"));
            values.push(source.clone());
        }
        if let Some(since) = &self.since {
            if chrono::NaiveDate::parse_from_str(since, "%Y-%m-%d").is_err() {
                return Err(StageError::Request(format!(
                    "--since {since:?} is not a date (YYYY-MM-DD)"
                )));
            }
            let col = pick(
                &[
                    "application_date",
                    "event_timestamp",
                    "received_at",
                    "created_at",
                ],
                "date",
            )?;
            parts.push(format!("\"{col}\" >= CAST(? AS DATE)"));
            values.push(since.clone());
        }
        if let Some(q) = &self.q {
            let cols: Vec<&str> = ["company_name", "role_title", "location", "subject"]
                .into_iter()
                .filter(|c| has(c))
                .collect();
            if cols.is_empty() {
                return Err(StageError::Request(format!(
                    "table {table} cannot be searched"
                )));
            }
            let ors: Vec<String> = cols
                .iter()
                .map(|c| format!("coalesce(\"{c}\", '') ILIKE '%' || ? || '%'"))
                .collect();
            parts.push(format!("({})", ors.join(" OR ")));
            values.extend(cols.iter().map(|_| q.clone()));
        }
        if parts.is_empty() {
            Ok((String::new(), values))
        } else {
            Ok((format!(" WHERE {}", parts.join(" AND ")), values))
        }
    }
}

/// A file format of `jobtrack export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Parquet,
    Json,
}

impl ExportFormat {
    /// The file name extension of the format.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Parquet => "parquet",
            ExportFormat::Json => "json",
        }
    }
}

/// Rows of a query, as JSON values.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryResult {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Json>>,
}

impl QueryResult {
    /// The text values of the first column, in row order.
    fn first_column_strings(self) -> Vec<String> {
        self.rows
            .into_iter()
            .filter_map(|r| r.into_iter().next())
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect()
    }

    /// The rows as JSON objects keyed by column name.
    pub fn objects(&self) -> Vec<serde_json::Map<String, Json>> {
        self.rows
            .iter()
            .map(|row| {
                self.columns
                    .iter()
                    .cloned()
                    .zip(row.iter().cloned())
                    .collect()
            })
            .collect()
    }
}

/// The text value of `key` in a row of [`QueryResult::objects`].
pub fn text_of(row: &serde_json::Map<String, Json>, key: &str) -> Option<String> {
    row.get(key).and_then(Json::as_str).map(str::to_string)
}

pub(crate) fn run_query(
    conn: &Connection,
    sql: &str,
    params: &[&dyn duckdb::ToSql],
) -> Result<QueryResult> {
    let path = PathBuf::from("warehouse");
    let mut stmt = conn.prepare(sql).map_err(wh_err(&path))?;
    let mut rows = stmt.query(params).map_err(wh_err(&path))?;
    let columns = rows
        .as_ref()
        .map(duckdb::Statement::column_names)
        .unwrap_or_default();
    let mut out = Vec::new();
    while let Some(row) = rows.next().map_err(wh_err(&path))? {
        let mut values = Vec::with_capacity(columns.len());
        for i in 0..columns.len() {
            let v: Value = row.get(i).map_err(wh_err(&path))?;
            values.push(to_json(v));
        }
        out.push(values);
    }
    Ok(QueryResult { columns, rows: out })
}

fn micros(unit: TimeUnit, v: i64) -> i64 {
    match unit {
        TimeUnit::Second => v.saturating_mul(1_000_000),
        TimeUnit::Millisecond => v.saturating_mul(1_000),
        TimeUnit::Microsecond => v,
        TimeUnit::Nanosecond => v / 1_000,
    }
}

/// A DuckDB value as JSON: timestamps as ISO 8601 UTC strings, dates as
/// `YYYY-MM-DD`, blobs as their length.
pub fn to_json(v: Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Boolean(b) => Json::Bool(b),
        Value::TinyInt(i) => Json::from(i),
        Value::SmallInt(i) => Json::from(i),
        Value::Int(i) => Json::from(i),
        Value::BigInt(i) => Json::from(i),
        Value::HugeInt(i) => Json::from(i.to_string()),
        Value::UHugeInt(i) => Json::from(i.to_string()),
        Value::UTinyInt(i) => Json::from(i),
        Value::USmallInt(i) => Json::from(i),
        Value::UInt(i) => Json::from(i),
        Value::UBigInt(i) => Json::from(i),
        Value::Float(f) => Json::from(f64::from(f)),
        Value::Double(f) => Json::from(f),
        Value::Timestamp(unit, v) => chrono::DateTime::from_timestamp_micros(micros(unit, v))
            .map_or(Json::Null, |d| {
                Json::from(d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            }),
        Value::Date32(days) => chrono::NaiveDate::from_num_days_from_ce_opt(days + 719_163)
            .map_or(Json::Null, |d| Json::from(d.to_string())),
        Value::Text(s) | Value::Enum(s) => Json::from(s),
        Value::Blob(b) | Value::Geometry(b) => Json::from(format!("<{} bytes>", b.len())),
        Value::List(items) | Value::Array(items) => {
            Json::Array(items.into_iter().map(to_json).collect())
        }
        other => Json::from(format!("{other:?}")),
    }
}

/// The publish stage: rebuilds the warehouse from the committed marts.
#[derive(Debug, Clone)]
pub struct Publish {
    pub warehouse: Warehouse,
}

#[async_trait]
impl Stage for Publish {
    fn name(&self) -> &'static str {
        "warehouse"
    }

    async fn run(&self, ctx: &RunContext) -> Result<StageReport> {
        crate::lease::while_publishing(ctx, || self.publish(ctx)).await
    }

    /// The file's place and users, the published tables' contracts and
    /// committed files (every user's, for a one-person root's warehouse),
    /// and the views. The `runs` table is not in it: a run that rebuilds
    /// nothing else leaves the warehouse with the runs up to the one that
    /// built it, as its text says.
    async fn fingerprint(&self, ctx: &RunContext) -> Result<Option<String>> {
        let mut text = format!(
            "{}\n{:?}\n",
            self.warehouse.path.display(),
            self.warehouse.user
        );
        for table in PUBLISHED {
            let files = ctx
                .root
                .table_files(table, self.warehouse.user.as_deref())
                .await?;
            let contract = crate::tables::table(table).and_then(|t| t.contract);
            text.push_str(&format!(
                "{table} {} {}\n",
                crate::storage::files_digest(&files),
                contract.unwrap_or_default()
            ));
        }
        for (name, sql) in crate::tables::views() {
            text.push_str(&format!("{name}\n{sql}\n"));
        }
        Ok(Some(text))
    }

    /// The warehouse file as last written (size and time).
    async fn output(&self, _ctx: &RunContext) -> Result<Option<String>> {
        Ok(crate::storage::local_stamp(&self.warehouse.path))
    }
}

impl Publish {
    /// The stage's work, done while the publish lease is held.
    async fn publish(&self, ctx: &RunContext) -> Result<StageReport> {
        let mut report = StageReport::default();
        let staging = self.warehouse.path.with_extension("staging");
        let mut tables = Vec::new();
        let mut downloaded = 0u64;
        for table in PUBLISHED {
            let mut paths = Vec::new();
            for file in ctx
                .root
                .table_files(table, self.warehouse.user.as_deref())
                .await?
            {
                report.rows_in += file.rows;
                match ctx.root.local_path(&file.path) {
                    Some(p) => paths.push(p),
                    None => {
                        let bytes = ctx.root.get(&file.path).await?.ok_or_else(|| {
                            StageError::Manifest {
                                path: file.path.clone(),
                                reason: "listed file is missing".into(),
                            }
                        })?;
                        std::fs::create_dir_all(&staging).map_err(io_err("create", &staging))?;
                        let local = staging.join(format!("{downloaded}.parquet"));
                        std::fs::write(&local, &bytes).map_err(io_err("write", &local))?;
                        downloaded += 1;
                        paths.push(local);
                    }
                }
            }
            tables.push((*table, paths));
        }
        if ctx.dry_run {
            return Ok(report);
        }
        // The runs before this one (its own report is written at its end).
        let who = self.warehouse.user.as_deref();
        let runs = crate::report::past_runs(&ctx.root, who, usize::MAX).await?;
        let warehouse = self.warehouse.clone();
        let run_id = ctx.run_id.clone();
        let counts = tokio::task::spawn_blocking(move || warehouse.build(&tables, &runs, &run_id))
            .await
            .map_err(|e| StageError::Worker {
                stage: "warehouse".into(),
                reason: e.to_string(),
            })??;
        if downloaded > 0 {
            let _ = std::fs::remove_dir_all(&staging);
        }
        for (table, n) in counts {
            report.rows_out += n;
            report.detail(&format!("rows_{table}"), n);
        }
        report.files_written = 1;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_warehouse_is_built_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let wh = Warehouse::new(dir.path().join("warehouse.duckdb"));
        let counts = wh.build(&[("emails", vec![])], &[], "r1").unwrap();
        assert_eq!(counts, vec![("emails".to_string(), 0)]);
        let r = wh.query("SELECT count(*) AS n FROM emails").unwrap();
        assert_eq!(r.columns, vec!["n"]);
        assert_eq!(r.rows, vec![vec![Json::from(0i64)]]);
        assert!(wh.tables().unwrap().contains(&"emails".to_string()));
    }

    #[test]
    fn the_warehouse_refuses_writes() {
        let dir = tempfile::tempdir().unwrap();
        let wh = Warehouse::new(dir.path().join("warehouse.duckdb"));
        wh.build(&[("emails", vec![])], &[], "r1").unwrap();
        assert!(wh.query("DELETE FROM emails").is_err());
    }
}
