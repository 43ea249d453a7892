//! Golden tests of the SQL models: every SQL stage of the table list
//! (`jobtrack_stages::sql_stages`) runs on the
//! hand-written input fixtures of `fixtures/sql/<table>/<input>.jsonl` and its
//! output is compared with a snapshot, `snapshots/it__sql_golden__<table>.snap`.
//!
//! - Each input is a JSON Lines file typed by the input's contract: one
//!   object a row, a column missing from a row is null, a key that is not a
//!   column is an error. Lines starting with `#` are comments. Every input of
//!   the stage needs its file (an empty file is an empty table). The inputs
//!   are registered with every column nullable, so fixtures name only the
//!   columns the model reads. An input that is itself an SQL model may
//!   instead be left out: it is then that model's output on its own
//!   fixtures (int_emails_in_context reads int_emails_enriched's).
//! - The SQL is read from `sql/<layer>/<table>.sql` when the test runs, not
//!   the copy compiled into the crate, so `tools/sql_mutation.py` can change a
//!   model and rerun this test without a rebuild. It is run by
//!   [`SqlStage::query`] (the stage's own SQL functions, its placeholders
//!   filled in) with a fixed clock and the default settings.
//! - The output must meet the table's contract (as the stage's write
//!   checks), and is sorted by all its columns before it is printed, so the
//!   snapshot does not depend on DataFusion's partitioning.
//!
//! - The warehouse views of `sql/views/` are DuckDB SQL run by the
//!   warehouse, not stages: they are checked against the published tables
//!   by `resolve.rs` (`warehouse_views`), and here only matched with the
//!   views of the table list.
//!
//! What the fixtures cover is in `fixtures/sql/README.md`.

use std::collections::BTreeSet;
use std::future::Future;
use std::io::{BufRead, BufReader, Cursor};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;

use arrow::array::{RecordBatch, UInt32Array};
use arrow::compute::{concat_batches, take_record_batch};
use arrow::datatypes::{Field, Schema, SchemaRef};
use arrow::row::{RowConverter, SortField};
use chrono::TimeZone;
use datafusion::datasource::MemTable;
use jobtrack_stages::{
    DataRoot, FixedClock, ResolveOptions, RunContext, SqlStage, contract, sql_stages, storage,
    tables,
};

/// The run's "now" as the models see it (`{{ now }}`).
fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc.with_ymd_and_hms(2024, 7, 1, 0, 0, 0).unwrap()
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sql")
}

/// The table's schema with every column nullable (list items already are).
fn nullable(schema: &SchemaRef) -> SchemaRef {
    Arc::new(Schema::new(
        schema
            .fields()
            .iter()
            .map(|f| Field::new(f.name(), f.data_type().clone(), true))
            .collect::<Vec<_>>(),
    ))
}

/// Reads one input fixture, typed by `table`'s contract.
fn load(path: &Path, table: &str) -> Result<(SchemaRef, Vec<RecordBatch>), String> {
    let contract = contract::contract(table).map_err(|e| e.to_string())?;
    let schema = nullable(&contract.schema());
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut json = String::new();
    for line in BufReader::new(file).lines() {
        let line = line.map_err(|e| format!("{}: {e}", path.display()))?;
        if !line.trim_start().starts_with('#') {
            json.push_str(&line);
            json.push('\n');
        }
    }
    // arrow's `json` feature is on through DataFusion (arrow's default
    // features), so this adds no dependency and rebuilds nothing.
    let reader = arrow::json::ReaderBuilder::new(schema.clone())
        .with_strict_mode(true)
        .build(Cursor::new(json))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let batches = reader
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((schema, batches))
}

/// The rows of `batches` in one batch, sorted by every column in turn.
fn sorted(schema: SchemaRef, batches: &[RecordBatch]) -> Result<RecordBatch, String> {
    let all = concat_batches(&schema, batches).map_err(|e| e.to_string())?;
    let fields = schema
        .fields()
        .iter()
        .map(|f| SortField::new(f.data_type().clone()))
        .collect();
    let converter = RowConverter::new(fields).map_err(|e| e.to_string())?;
    let rows = converter
        .convert_columns(all.columns())
        .map_err(|e| e.to_string())?;
    let mut order: Vec<u32> = (0..all.num_rows() as u32).collect();
    order.sort_by(|&a, &b| rows.row(a as usize).cmp(&rows.row(b as usize)));
    take_record_batch(&all, &UInt32Array::from(order)).map_err(|e| e.to_string())
}

/// The output of one SQL stage run on its fixtures, checked against its
/// contract. An input with no file in the stage's folder that is itself an
/// SQL model is that model's output on its own fixtures (chained), so a
/// model split in two keeps one set of fixtures and both snapshots.
fn output(stage: SqlStage) -> Pin<Box<dyn Future<Output = Result<Vec<RecordBatch>, String>>>> {
    Box::pin(async move {
        let dir = fixtures().join(stage.name);
        let mut found = BTreeSet::new();
        if dir.is_dir() {
            for entry in std::fs::read_dir(&dir).map_err(|e| e.to_string())? {
                let name = entry.map_err(|e| e.to_string())?.file_name();
                found.insert(name.to_string_lossy().into_owned());
            }
        }
        let wanted: BTreeSet<String> = stage.inputs.iter().map(|i| format!("{i}.jsonl")).collect();
        if let Some(extra) = found.difference(&wanted).next() {
            return Err(format!(
                "{} holds {extra}, the stage reads {wanted:?}",
                dir.display()
            ));
        }

        let clock = Arc::new(FixedClock(now()));
        let ctx = RunContext::new(DataRoot::memory(), clock, "golden", "u1");
        for input in stage.inputs {
            let (schema, batches) = if found.contains(&format!("{input}.jsonl")) {
                load(&dir.join(format!("{input}.jsonl")), input)?
            } else {
                let upstream = sql_stages(ResolveOptions::default())
                    .find(|s| s.name == *input)
                    .ok_or_else(|| {
                        format!(
                            "no fixture {}/{input}.jsonl (and {input} is no SQL model)",
                            dir.display()
                        )
                    })?;
                let batches = output(upstream).await?;
                let schema = nullable(
                    &contract::contract(input)
                        .map_err(|e| e.to_string())?
                        .schema(),
                );
                let batches = batches
                    .iter()
                    .map(|b| RecordBatch::try_new(schema.clone(), b.columns().to_vec()))
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| e.to_string())?;
                (schema, batches)
            };
            let table = MemTable::try_new(schema, vec![batches]).map_err(|e| e.to_string())?;
            ctx.session
                .register_table(*input, Arc::new(table))
                .map_err(|e| e.to_string())?;
        }

        let contract = contract::contract(stage.name).map_err(|e| e.to_string())?;
        let path = repo()
            .join("sql")
            .join(&contract.layer)
            .join(format!("{}.sql", stage.name));
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let from_disk = SqlStage {
            sql: Box::leak(text.into_boxed_str()),
            ..stage
        };
        let batches = from_disk.query(&ctx).await.map_err(|e| e.to_string())?;
        let conformed = batches
            .iter()
            .map(|b| storage::conform(contract, b))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| e.to_string())?;
        contract.check(&conformed).map_err(|e| e.to_string())?;
        Ok(conformed)
    })
}

/// Runs one SQL stage on its fixtures and pretty-prints its sorted output.
async fn golden(stage: &SqlStage) -> Result<String, String> {
    let conformed = output(*stage).await?;
    let contract = contract::contract(stage.name).map_err(|e| e.to_string())?;
    let out = sorted(contract.schema(), &conformed)?;
    arrow::util::pretty::pretty_format_batches(&[out])
        .map(|t| t.to_string())
        .map_err(|e| e.to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_sql_model_matches_its_golden_output() {
    let mut failed = Vec::new();
    for stage in sql_stages(ResolveOptions::default()) {
        match golden(&stage).await {
            Ok(text) => {
                // Keep going after a mismatch, so one run shows every table.
                let check = catch_unwind(AssertUnwindSafe(|| {
                    insta::assert_snapshot!(stage.name, text);
                }));
                if check.is_err() {
                    failed.push(format!("{}: output differs from its snapshot", stage.name));
                }
            }
            Err(e) => failed.push(format!("{}: {e}", stage.name)),
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Every model under `sql/` is a SQL stage of the table list, so none goes
/// without a golden test, every file of `sql/views/` is a view of the list,
/// and every fixture folder belongs to a stage.
#[test]
fn every_sql_file_and_fixture_folder_has_its_stage() {
    let stages: BTreeSet<&str> = sql_stages(ResolveOptions::default())
        .map(|s| s.name)
        .collect();
    let views: BTreeSet<&str> = tables::views().map(|(name, _)| name).collect();
    let (mut models, mut view_files) = (BTreeSet::new(), BTreeSet::new());
    for layer in std::fs::read_dir(repo().join("sql")).unwrap() {
        let layer = layer.unwrap();
        let found = if layer.file_name() == "views" {
            &mut view_files
        } else {
            &mut models
        };
        for file in std::fs::read_dir(layer.path()).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "sql") {
                found.insert(path.file_stem().unwrap().to_string_lossy().into_owned());
            }
        }
    }
    let models: BTreeSet<&str> = models.iter().map(String::as_str).collect();
    assert_eq!(models, stages, "sql/ model files and the SQL stages");
    let view_files: BTreeSet<&str> = view_files.iter().map(String::as_str).collect();
    assert_eq!(view_files, views, "sql/views/ files and the listed views");
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let entry = entry.unwrap();
        if entry.path().is_dir() {
            let name = entry.file_name().to_string_lossy().into_owned();
            assert!(
                stages.contains(name.as_str()),
                "fixtures/sql/{name} has no SQL stage"
            );
        }
    }
}
