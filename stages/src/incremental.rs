//! The shared shape of file-by-file stages: a stage that turns each committed
//! file of its input table into output batches, and remembers which input
//! files it has consumed.
//!
//! Each run handles only the input files its manifest has not consumed, and
//! commits each file's outputs together with the file's name in one step, so
//! a killed run neither loses nor repeats a file. When the stage's code
//! version changes (new parsing logic, a changed rule file or model), or its
//! input table was rewritten (the stage before it changed), every input
//! file is handled again and the new outputs replace the old ones in a
//! single commit at the end.

use arrow::array::RecordBatch;
use futures::StreamExt;

use crate::context::RunContext;
use crate::contract;
use crate::error::{Result, StageError};
use crate::stage::StageReport;
use crate::storage::FileEntry;

/// What handling one input file produced: batches per output table.
#[derive(Debug, Default)]
pub struct FileOutput {
    pub rows_in: u64,
    pub outputs: Vec<(&'static str, RecordBatch)>,
}

/// How a file-by-file stage is run.
#[derive(Debug, Clone, Copy)]
pub struct FileStage {
    /// The stage, also its main output table.
    pub name: &'static str,
    /// The table it reads (also the stage that writes it).
    pub input: &'static str,
    /// Every table it writes.
    pub outputs: &'static [&'static str],
    /// Rows of the input read at a time.
    pub batch_size: usize,
}

impl FileStage {
    /// Runs `transform` on every input file not consumed yet under
    /// `code_version`, `transform` being blocking (it runs on the
    /// [`crate::workers`] pool, as many files at a time as there are cores).
    pub async fn run<F>(
        &self,
        ctx: &RunContext,
        code_version: &str,
        transform: F,
    ) -> Result<StageReport>
    where
        F: Fn(Vec<RecordBatch>) -> Result<FileOutput> + Send + Sync + Clone + 'static,
    {
        let input_manifest = ctx.root.manifest(self.input, &ctx.user_id).await?;
        let mut manifest = ctx.root.manifest(self.name, &ctx.user_id).await?;
        // Input files only go away when the stage before rewrote its table
        // (its own code changed): what was made from them goes too, or the
        // same emails would come out twice.
        let input_files: std::collections::HashSet<&str> = input_manifest
            .files(self.input)
            .iter()
            .map(|f| f.path.as_str())
            .collect();
        let input_rewritten = manifest
            .consumed
            .iter()
            .any(|c| !input_files.contains(c.as_str()));
        let rebuild = manifest.code_version != code_version || input_rewritten;
        if rebuild {
            manifest.outputs.clear();
            manifest.consumed.clear();
            manifest.code_version = code_version.to_string();
        }
        let todo: Vec<FileEntry> = input_manifest
            .files(self.input)
            .iter()
            .filter(|f| !manifest.consumed.contains(&f.path))
            .cloned()
            .collect();
        let mut report = StageReport::default();
        if rebuild && !todo.is_empty() {
            let why = if input_rewritten {
                format!("{} was rewritten", self.input)
            } else {
                format!("code version {code_version}")
            };
            report.warnings.push(format!(
                "{} is reprocessing all {} input files ({why})",
                self.name,
                todo.len()
            ));
        }
        ctx.progress.start(
            self.name,
            "processing",
            Some(todo.iter().map(|f| f.rows).sum()),
        );
        let workers = crate::workers::threads();
        let stage = *self;
        let mut results = futures::stream::iter(todo.into_iter().map(|file| {
            let ctx = ctx.clone();
            let transform = transform.clone();
            async move {
                let batches = ctx
                    .root
                    .read_file(stage.input, &file.path, &[], stage.batch_size)
                    .await?;
                let out = crate::workers::run(move || transform(batches))
                    .await
                    .map_err(|e| StageError::Worker {
                        stage: stage.name.into(),
                        reason: e.to_string(),
                    })??;
                Ok::<_, StageError>((file.path, out))
            }
        }))
        .buffered(workers);
        while let Some(result) = results.next().await {
            let (input, out) = result?;
            report.rows_in += out.rows_in;
            ctx.progress.advance(out.rows_in);
            for (table, batch) in &out.outputs {
                let rows = batch.num_rows() as u64;
                if *table == self.name {
                    report.rows_out += rows;
                } else if *table == "dead_letter" {
                    report.dead_letters += rows;
                }
            }
            if ctx.dry_run {
                continue;
            }
            for (table, batch) in out.outputs {
                if batch.num_rows() == 0 {
                    continue;
                }
                let entry = ctx
                    .root
                    .write_file(
                        contract::contract(table)?,
                        self.name,
                        &ctx.user_id,
                        &[batch],
                    )
                    .await?;
                manifest
                    .outputs
                    .entry(table.to_string())
                    .or_default()
                    .push(entry);
                report.files_written += 1;
            }
            manifest.consumed.insert(input);
            if !rebuild {
                ctx.root.commit(&mut manifest).await?;
            }
        }
        ctx.progress.finish();
        if !ctx.dry_run {
            if rebuild {
                ctx.root.commit(&mut manifest).await?;
            }
            let vacuumed = ctx
                .root
                .vacuum(self.name, &ctx.user_id, self.outputs)
                .await?;
            report.detail("files_vacuumed", vacuumed as u64);
        }
        Ok(report)
    }
}
