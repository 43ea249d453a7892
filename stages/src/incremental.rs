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
//! single commit at the end; unless `[storage] keep-bodies` dropped the
//! input's bodies ([`crate::retention`]): then the rows made before stay.

use std::collections::HashSet;

use arrow::array::RecordBatch;
use futures::StreamExt;

use crate::context::RunContext;
use crate::contract;
use crate::error::{Result, StageError};
use crate::stage::StageReport;
use crate::storage::{FileEntry, Manifest};

/// The report detail of a file-by-file stage counting the input rows the
/// stage before handled for it in the same run ([`FileStage::take`]).
pub const HANDED: &str = "handed_by_previous_stage";

/// What handling one input file produced: batches per output table.
#[derive(Debug, Default)]
pub struct FileOutput {
    pub rows_in: u64,
    pub outputs: Vec<(&'static str, RecordBatch)>,
}

/// The input files `manifest` has consumed, under the names they have now
/// (a file rewritten by [`crate::retention`] or a purge has a new name,
/// [`Manifest::current_name`]).
fn consumed_now(manifest: &Manifest, input_manifest: &Manifest) -> HashSet<String> {
    manifest
        .consumed
        .iter()
        .map(|c| input_manifest.current_name(c))
        .collect()
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
        let mut report = StageReport::default();
        let mut rebuild = self.needs_rebuild(&manifest, &input_manifest, code_version);
        if rebuild.is_some() && self.cannot_remake(&manifest, &input_manifest) {
            report.warnings.push(format!(
                "{} keeps the rows it made before code version {code_version}: \
                 keep-bodies dropped its input's bodies, so they cannot be made again",
                self.name
            ));
            manifest.code_version = code_version.to_string();
            if !ctx.dry_run {
                ctx.root.commit(&mut manifest).await?;
            }
            rebuild = None;
        }
        if rebuild.is_some() {
            manifest.outputs.clear();
            manifest.consumed.clear();
            manifest.code_version = code_version.to_string();
        }
        let consumed = consumed_now(&manifest, &input_manifest);
        let todo: Vec<FileEntry> = input_manifest
            .files(self.input)
            .iter()
            .filter(|f| !consumed.contains(&f.path))
            .cloned()
            .collect();
        if let Some(why) = rebuild.as_ref().filter(|_| !todo.is_empty()) {
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
            ctx.progress.advance(out.rows_in);
            self.store(
                ctx,
                &mut manifest,
                input,
                out,
                rebuild.is_none(),
                &mut report,
            )
            .await?;
        }
        ctx.progress.finish();
        // What the stage before did for this one in this run (ingest
        // parsing what it wrote) counts as this stage's work.
        let handed = ctx.take_handed(self.name);
        report.rows_in += handed.rows_in;
        report.rows_out += handed.rows_out;
        report.dead_letters += handed.dead_letters;
        report.files_written += handed.files_written;
        if handed.rows_in > 0 {
            report.detail(HANDED, handed.rows_in);
        }
        if !ctx.dry_run {
            if rebuild.is_some() {
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

    /// Why every input file must be handled again, if it must: the stage's
    /// code version changed (new parsing logic, a changed rule file or
    /// model), or its input was rewritten. Input files only go away when
    /// the stage before rewrote its table (its own code changed): what was
    /// made from them goes too, or the same emails would come out twice.
    fn needs_rebuild(
        &self,
        manifest: &Manifest,
        input_manifest: &Manifest,
        code_version: &str,
    ) -> Option<String> {
        if self.input_rewritten(manifest, input_manifest) {
            Some(format!("{} was rewritten", self.input))
        } else if manifest.code_version != code_version {
            Some(format!("code version {code_version}"))
        } else {
            None
        }
    }

    /// Whether input files the stage consumed are gone from its input.
    fn input_rewritten(&self, manifest: &Manifest, input_manifest: &Manifest) -> bool {
        let input_files: HashSet<&str> = input_manifest
            .files(self.input)
            .iter()
            .map(|f| f.path.as_str())
            .collect();
        consumed_now(manifest, input_manifest)
            .iter()
            .any(|c| !input_files.contains(c.as_str()))
    }

    /// Whether a new code version must keep the rows made before: the
    /// input's bodies were dropped (`[storage] keep-bodies`,
    /// [`crate::retention`]), so handling the input again would make worse
    /// rows from emptied bodies. Only new input files get the new code.
    fn cannot_remake(&self, manifest: &Manifest, input_manifest: &Manifest) -> bool {
        input_manifest
            .checkpoints
            .contains_key(crate::retention::BODIES_DROPPED)
            && !manifest.consumed.is_empty()
            && !self.input_rewritten(manifest, input_manifest)
    }

    /// Writes the outputs of one input file and records the file as
    /// consumed; commits at once unless `commit` is false (a rebuild
    /// commits once, at the end).
    async fn store(
        &self,
        ctx: &RunContext,
        manifest: &mut Manifest,
        input: String,
        out: FileOutput,
        commit: bool,
        report: &mut StageReport,
    ) -> Result<()> {
        report.rows_in += out.rows_in;
        for (table, batch) in &out.outputs {
            let rows = batch.num_rows() as u64;
            if *table == self.name {
                report.rows_out += rows;
            } else if *table == "dead_letter" {
                report.dead_letters += rows;
            }
        }
        if ctx.dry_run {
            return Ok(());
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
        if commit {
            ctx.root.commit(manifest).await?;
        }
        Ok(())
    }

    /// The stage's manifest when the stage before can hand it its files as
    /// it writes them, in the same run ([`Self::take`]: ingest normalizes
    /// what it ingests, so the raw bytes are parsed while in memory, not
    /// read back): the stage's outputs are of `code_version` and made from
    /// the input as it is, or it has none yet. None when the stage has to
    /// handle its whole input again first, as its own run does.
    pub async fn handed(
        &self,
        ctx: &RunContext,
        input_manifest: &Manifest,
        code_version: &str,
    ) -> Result<Option<Manifest>> {
        let mut manifest = ctx.root.manifest(self.name, &ctx.user_id).await?;
        if self
            .needs_rebuild(&manifest, input_manifest, code_version)
            .is_none()
        {
            return Ok(Some(manifest));
        }
        let empty = manifest.consumed.is_empty() && manifest.outputs.values().all(Vec::is_empty);
        if empty && input_manifest.files(self.input).is_empty() {
            manifest.code_version = code_version.to_string();
            return Ok(Some(manifest));
        }
        Ok(None)
    }

    /// Commits the outputs of one input file the stage before has just
    /// committed and hands over ([`Self::handed`]), as the stage's own run
    /// would: outputs and the file's name in one commit of `manifest`.
    pub async fn take(
        &self,
        ctx: &RunContext,
        manifest: &mut Manifest,
        input: String,
        out: FileOutput,
    ) -> Result<StageReport> {
        let mut report = StageReport::default();
        self.store(ctx, manifest, input, out, true, &mut report)
            .await?;
        ctx.hand(
            self.name,
            crate::context::Handed {
                rows_in: report.rows_in,
                rows_out: report.rows_out,
                dead_letters: report.dead_letters,
                files_written: report.files_written,
            },
        );
        Ok(report)
    }
}
