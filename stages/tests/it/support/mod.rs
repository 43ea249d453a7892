//! Shared helpers: run the registry's stages over a data root, read tables
//! back through DataFusion.

pub mod dovecot;
pub mod hostile_mbox;
pub mod logs;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow::array::RecordBatch;
use chrono::TimeZone;
use jobtrack_stages::ingest::{AccountSource, IngestOptions, MailSource};
use jobtrack_stages::publish::Warehouse;
use jobtrack_stages::{DataRoot, FixedClock, RunContext, StageConfig, StageReport};

pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

pub fn context(root: &DataRoot, run_id: &str) -> RunContext {
    let clock = Arc::new(FixedClock(
        chrono::Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
    ));
    RunContext::new(root.clone(), clock, run_id, "tester")
}

pub fn mbox(path: PathBuf) -> Vec<AccountSource> {
    vec![AccountSource {
        account: "test".into(),
        source: MailSource::Mbox(path),
    }]
}

/// Runs every stage of the registry once, in order.
pub async fn run_all(
    root: &DataRoot,
    sources: Vec<AccountSource>,
    run_id: &str,
) -> Vec<(String, StageReport)> {
    run_all_with(root, sources, run_id, None).await
}

/// Runs every stage of the registry once, in order, with `[llm]` settings.
pub async fn run_all_with(
    root: &DataRoot,
    sources: Vec<AccountSource>,
    run_id: &str,
    llm: Option<jobtrack_stages::llm::LlmSettings>,
) -> Vec<(String, StageReport)> {
    let ctx = context(root, run_id);
    let mut out = Vec::new();
    for s in stages(root, sources, llm) {
        let report = s
            .run(&ctx)
            .await
            .unwrap_or_else(|e| panic!("stage {} failed: {e}", s.name()));
        out.push((s.name().to_string(), report));
    }
    out
}

/// The registry's stages over `sources`, with `[llm]` settings, publishing
/// to `warehouse.duckdb` in a local root.
pub fn stages(
    root: &DataRoot,
    sources: Vec<AccountSource>,
    llm: Option<jobtrack_stages::llm::LlmSettings>,
) -> Vec<Box<dyn jobtrack_stages::Stage>> {
    // A root in memory publishes to a file of its own under the target
    // folder, not into the working tree.
    static MEMORY_ROOTS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let warehouse = Warehouse::new(root.local_dir().map_or_else(
        || {
            let n = MEMORY_ROOTS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("memory-root-{}-{n}.duckdb", std::process::id()))
        },
        |d| d.join("warehouse.duckdb"),
    ));
    jobtrack_stages::registry(&StageConfig {
        sources,
        ingest: IngestOptions::default(),
        resolve: jobtrack_stages::ResolveOptions::default(),
        warehouse,
        classifier: std::sync::Arc::new(
            jobtrack_stages::classify::Classifier::new(
                &jobtrack_stages::classify::Classifier::default_rules().unwrap(),
                Some(&jobtrack_stages::classify::default_model().unwrap()),
            )
            .unwrap(),
        ),
        llm: llm.map(Arc::new),
        keep_bodies: Default::default(),
    })
}

/// Runs only the ingest stage over `sources`.
pub async fn ingest(
    root: &DataRoot,
    sources: Vec<AccountSource>,
    run: &str,
) -> Result<StageReport, jobtrack_stages::StageError> {
    use jobtrack_stages::Stage;
    jobtrack_stages::ingest::RawMessages {
        sources,
        options: IngestOptions::default(),
        normalize: false,
    }
    .run(&context(root, run))
    .await
}

/// Runs only the ingest stage over `sources` as `--dry-run` does.
pub async fn dry_ingest(
    root: &DataRoot,
    sources: Vec<AccountSource>,
    run: &str,
) -> Result<StageReport, jobtrack_stages::StageError> {
    use jobtrack_stages::Stage;
    let mut ctx = context(root, run);
    ctx.dry_run = true;
    jobtrack_stages::ingest::RawMessages {
        sources,
        options: IngestOptions::default(),
        normalize: false,
    }
    .run(&ctx)
    .await
}

pub fn report<'a>(reports: &'a [(String, StageReport)], stage: &str) -> &'a StageReport {
    &reports.iter().find(|(n, _)| n == stage).unwrap().1
}

/// Runs `sql` over the committed tables it names.
pub async fn query(root: &DataRoot, tables: &[&str], sql: &str) -> Vec<RecordBatch> {
    let ctx = context(root, "query");
    for t in tables {
        ctx.register_table(t).await.unwrap();
    }
    ctx.session.sql(sql).await.unwrap().collect().await.unwrap()
}

pub fn pretty(batches: &[RecordBatch]) -> String {
    arrow::util::pretty::pretty_format_batches(batches)
        .unwrap()
        .to_string()
}

/// One string column of a query result.
pub async fn strings(root: &DataRoot, tables: &[&str], sql: &str) -> Vec<Option<String>> {
    let batches = query(root, tables, sql).await;
    let mut out = Vec::new();
    for b in &batches {
        let col = arrow::compute::cast(b.column(0), &arrow::datatypes::DataType::Utf8).unwrap();
        let col = col
            .as_any()
            .downcast_ref::<arrow::array::StringArray>()
            .unwrap();
        out.extend(col.iter().map(|v| v.map(str::to_string)));
    }
    out
}

pub async fn count(root: &DataRoot, table: &str) -> i64 {
    let batches = query(root, &[table], &format!("select count(*) from {table}")).await;
    batches[0]
        .column(0)
        .as_any()
        .downcast_ref::<arrow::array::Int64Array>()
        .unwrap()
        .value(0)
}
