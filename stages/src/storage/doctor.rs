//! `jobtrack doctor`: checks a data root and, asked to, repairs what can be
//! repaired without losing committed data.
//!
//! It checks every table's Delta log (each commit a list of JSON actions,
//! the log loads), and every file the current version of a user's tables
//! names: present, a Parquet file whose footer decodes, with the rows its
//! commit says, and with only columns its table's contract has.
//!
//! A repair never deletes raw mail and never rewrites a data file:
//! - a log whose entry from version `v` on cannot be read loses those
//!   entries to `_doctor/<time>/<table>/_delta_log/` (kept, not deleted):
//!   the table is back at version `v - 1`, where every stage's state is the
//!   one committed with its data, so the next run does again what came
//!   after. A bad entry that a later checkpoint covers is set aside alone;
//! - a derived table's missing or unreadable file: the stage that wrote it
//!   is reset for the user (its files removed from the table's current
//!   version, its state emptied), so the next run makes its output again
//!   from its inputs, and the stages after it follow;
//! - a raw file that is missing or unreadable is removed from the table
//!   and the user's source cursors are reset, so the next run reads the
//!   mailbox again and stores only the messages that are not stored (the
//!   rows in the intact raw files are kept).
//!
//! Idempotent: a repaired root checks clean, and a second repair does
//! nothing. The caller holds the user's lease.

use std::collections::{BTreeMap, BTreeSet};

use bytes::Bytes;

use super::{DataRoot, FileEntry, ledger};
use crate::error::Result;

/// Where a repair keeps the log entries it sets aside.
const ASIDE: &str = "_doctor";

/// One problem found.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    pub table: String,
    /// The file or log entry, as a URL.
    pub file: String,
    pub problem: String,
    /// What the repair did, when it did something.
    pub repaired: Option<String>,
}

/// What `doctor` checked and found.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Checkup {
    pub tables: usize,
    pub files: usize,
    /// Old-format manifests are left (a run converts them on its first
    /// use of the user, `--migrate` at once).
    pub legacy: bool,
    /// Old-format manifests converted.
    pub migrated: bool,
    pub findings: Vec<Finding>,
}

impl Checkup {
    /// Whether something found is still wrong.
    pub fn unhealthy(&self) -> bool {
        self.findings.iter().any(|f| f.repaired.is_none())
    }
}

/// What a repair must know of the stages, which this module does not
/// import (storage sits below them).
#[derive(Debug, Clone, Copy)]
pub struct RawMail<'a> {
    /// The stage, and table, that stores raw mail (ingest's).
    pub stage: &'a str,
    /// Its state's entries that are no source cursor and stay when the
    /// cursors are reset (retention's mark that bodies were dropped).
    pub keep: &'a [&'a str],
}

/// A broken data file of one stage.
struct Broken {
    table: String,
    file: FileEntry,
}

impl DataRoot {
    /// Checks the root's logs and `user_id`'s files; with `repair`, repairs
    /// what it found (see the module's documentation); with `migrate` (or
    /// `repair`), converts old-format manifests first. `aside_stamp` names
    /// the folder set-aside log entries go to.
    pub async fn doctor(
        &self,
        user_id: &str,
        repair: bool,
        migrate: bool,
        aside_stamp: &str,
        raw: RawMail<'_>,
    ) -> Result<Checkup> {
        let mut out = Checkup {
            legacy: self.has_legacy_manifests().await?,
            ..Checkup::default()
        };
        if out.legacy && (repair || migrate) {
            self.migrate_all().await?;
            out.migrated = true;
            out.legacy = false;
        }
        let mut tables: Vec<&str> = crate::contract::tables()?;
        tables.push(ledger::STAGES_TABLE);
        let mut broken: BTreeMap<String, Vec<Broken>> = BTreeMap::new();
        for table in tables {
            out.tables += 1;
            if !self.check_log(table, repair, aside_stamp, &mut out).await? {
                continue;
            }
            let contract = crate::contract::contract(table).ok();
            for listed in self.lake.files(table, Some(user_id)).await? {
                out.files += 1;
                let problem = self.check_file(&listed.file, contract).await?;
                let Some(problem) = problem else { continue };
                out.findings.push(Finding {
                    table: table.to_string(),
                    file: self.url(&listed.file.path),
                    problem,
                    repaired: None,
                });
                let writer = ledger::writer(&listed.file.path).unwrap_or(table);
                broken.entry(writer.to_string()).or_default().push(Broken {
                    table: table.to_string(),
                    file: listed.file,
                });
            }
        }
        if repair {
            for (stage, files) in &broken {
                let done = self.reset_for(stage, user_id, files, raw).await?;
                for f in &mut out.findings {
                    if files.iter().any(|b| self.url(&b.file.path) == f.file) {
                        f.repaired = Some(done.clone());
                    }
                }
            }
        }
        Ok(out)
    }

    /// The first of `user_id`'s files of `tables` that is missing or
    /// unreadable, if any (to name it in a failed query's error).
    pub async fn first_broken(&self, tables: &[&str], user_id: &str) -> Result<Option<Finding>> {
        for &table in tables {
            let contract = crate::contract::contract(table).ok();
            for listed in self.lake.files(table, Some(user_id)).await? {
                if let Some(problem) = self.check_file(&listed.file, contract).await? {
                    return Ok(Some(Finding {
                        table: table.to_string(),
                        file: self.url(&listed.file.path),
                        problem,
                        repaired: None,
                    }));
                }
            }
        }
        Ok(None)
    }

    /// Checks `table`'s log, setting bad entries aside when repairing;
    /// false when the table has no readable log (its files go unchecked).
    async fn check_log(
        &self,
        table: &str,
        repair: bool,
        aside_stamp: &str,
        out: &mut Checkup,
    ) -> Result<bool> {
        let loads = self.lake.exists(table).await;
        let Some(bad) = self.lake.bad_entry(table).await? else {
            return match loads {
                Ok(exists) => Ok(exists),
                Err(e) => {
                    out.findings.push(Finding {
                        table: table.to_string(),
                        file: self.url(&format!("{table}/_delta_log")),
                        problem: format!("the log does not load: {e}"),
                        repaired: None,
                    });
                    Ok(false)
                }
            };
        };
        let mut finding = Finding {
            table: table.to_string(),
            file: bad.url.clone(),
            problem: format!("log entry of version {} {}", bad.version, bad.problem),
            repaired: None,
        };
        if repair {
            let aside = self.path(&format!("{ASIDE}/{aside_stamp}"));
            // Covered by a later checkpoint, the entry is read by nobody:
            // it goes alone. Otherwise the log ends before it.
            let moved = if loads.is_ok() {
                self.lake.set_aside_one(table, bad.version, &aside).await?
            } else {
                self.lake.set_aside(table, bad.version, &aside).await?
            };
            finding.repaired = Some(format!(
                "set aside {} log entr{} under {}; the table is at version {}",
                moved.len(),
                if moved.len() == 1 { "y" } else { "ies" },
                self.url(&format!("{ASIDE}/{aside_stamp}/{table}")),
                bad.version
                    .saturating_sub(1)
                    .max(self.version_now(table).await)
            ));
        }
        out.findings.push(finding);
        Ok(self.lake.exists(table).await.unwrap_or(false))
    }

    /// The version `table` is at, 0 when it cannot be read.
    async fn version_now(&self, table: &str) -> u64 {
        self.lake
            .history(table)
            .await
            .ok()
            .and_then(|h| h.first().map(|v| v.version))
            .unwrap_or(0)
    }

    /// What is wrong with a committed data file, if anything.
    async fn check_file(
        &self,
        file: &FileEntry,
        contract: Option<&crate::contract::Contract>,
    ) -> Result<Option<String>> {
        let Some(bytes) = self.get(&file.path).await? else {
            return Ok(Some("it is missing, though committed".into()));
        };
        Ok(footer_problem(&bytes, file.rows, contract))
    }

    /// Resets what `stage` wrote for `user_id` so the next run makes the
    /// broken `files` again; returns what it did, for the findings.
    async fn reset_for(
        &self,
        stage: &str,
        user_id: &str,
        files: &[Broken],
        raw: RawMail<'_>,
    ) -> Result<String> {
        let mut manifest = self.manifest(stage, user_id).await?;
        let gone: BTreeSet<&str> = files.iter().map(|b| b.file.path.as_str()).collect();
        if stage == raw.stage {
            // Raw mail: keep every intact file; read the sources again.
            for listed in manifest.outputs.values_mut() {
                listed.retain(|f| !gone.contains(f.path.as_str()));
            }
            manifest
                .checkpoints
                .retain(|k, _| k.starts_with(super::REPLACED) || raw.keep.contains(&k.as_str()));
            self.commit(&mut manifest).await?;
            return Ok(format!(
                "removed from the table; the next run reads {user_id}'s mailbox again and stores what is missing"
            ));
        }
        let mut empty = super::Manifest {
            stage: manifest.stage.clone(),
            user_id: manifest.user_id.clone(),
            version: manifest.version,
            ..super::Manifest::default()
        };
        for table in manifest.outputs.keys() {
            empty.outputs.insert(table.clone(), Vec::new());
        }
        let orphans: Vec<&Broken> = files
            .iter()
            .filter(|b| {
                !manifest
                    .files(&b.table)
                    .iter()
                    .any(|f| f.path == b.file.path)
            })
            .collect();
        self.commit(&mut empty).await?;
        for b in orphans {
            // A file no stage's state names: only the table lists it.
            let change = ledger::Change {
                remove: vec![b.file.clone()],
                ..ledger::Change::default()
            };
            let info = self.commit_info("doctor");
            self.lake
                .commit(&b.table, user_id, &change, None, None, &info)
                .await?;
        }
        Ok(format!(
            "stage {stage} reset for {user_id}: the next run makes its output again from its inputs"
        ))
    }
}

/// Why `bytes` is not a readable Parquet file of `rows` rows (0: unknown)
/// with the contract's columns, if it is not.
fn footer_problem(
    bytes: &Bytes,
    rows: u64,
    contract: Option<&crate::contract::Contract>,
) -> Option<String> {
    let meta = match parquet::file::metadata::ParquetMetaDataReader::new().parse_and_finish(bytes) {
        Ok(m) => m,
        Err(e) => return Some(format!("it is not a readable Parquet file ({e})")),
    };
    let held = u64::try_from(meta.file_metadata().num_rows()).unwrap_or(0);
    if rows > 0 && held != rows {
        return Some(format!("it holds {held} rows, its commit says {rows}"));
    }
    let contract = contract?;
    let schema = meta.file_metadata().schema_descr();
    let unknown: Vec<String> = schema
        .root_schema()
        .get_fields()
        .iter()
        .map(|f| f.name().to_string())
        .filter(|n| !contract.columns.iter().any(|c| &c.name == n))
        .collect();
    (!unknown.is_empty()).then(|| {
        format!(
            "its columns {} are not in the contract of {}",
            unknown.join(", "),
            contract.name
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_truncated_file_is_no_parquet_file() {
        let contract = crate::contract::contract("dead_letter").unwrap();
        let batch = arrow::array::RecordBatch::new_empty(contract.schema());
        let (bytes, rows) = super::super::encode_parquet(contract, &[batch]).unwrap();
        let contract = Some(contract);
        assert_eq!(footer_problem(&bytes, rows, contract), None);
        let cut = bytes.slice(..bytes.len() / 2);
        let problem = footer_problem(&cut, rows, contract).unwrap();
        assert!(problem.contains("not a readable Parquet file"), "{problem}");
        let problem = footer_problem(&bytes, rows + 3, contract).unwrap();
        assert!(problem.contains("its commit says"), "{problem}");
    }
}
