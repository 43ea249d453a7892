//! What each stage has committed for a user, kept in Delta's log: the
//! pure bookkeeping between a [`Manifest`] (the stage's view: its files per
//! table, the input files it consumed, its checkpoints) and the Delta
//! tables that hold it ([`super::lake`]).
//!
//! A stage's files are the active files of a table's `user_id=<user>`
//! partition whose name says the stage wrote them (`part-<stage>-<id>`).
//! Everything else the stage keeps (its version, code version, consumed
//! input files and source checkpoints) is its *state*, a JSON document in
//! a Delta domain-metadata action of its *home* table: the table named
//! after the stage, or [`STAGES_TABLE`] for a stage that has no table.
//! So a stage's commit to its home table carries its data and its state in
//! one Delta commit: a source checkpoint is committed with the messages it
//! describes, and a consumed input file with what was made from it.
//!
//! A stage that also writes other tables (dead letters, a rewrite of
//! another stage's files) records those changes in its state as *pending*
//! and applies them to the other tables right after the home commit. A
//! reader applies a stage's pending changes to what the other table lists,
//! so a run killed between the two commits shows exactly the home commit's
//! state, and the stage's next commit brings the other table in line.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{FileEntry, Manifest};
use crate::error::{Result, StageError};

/// The Delta table holding the state of stages that have no table of
/// their own (it has no data files).
pub const STAGES_TABLE: &str = "_stages";

/// The table whose log holds `stage`'s state.
pub fn home(stage: &str) -> &str {
    if crate::contract::contract(stage).is_ok() {
        stage
    } else {
        STAGES_TABLE
    }
}

/// The domain of `stage`'s state for `user_id` in its home table.
pub fn domain(stage: &str, user_id: &str) -> String {
    format!("jobtrack.stage.{stage}.{user_id}")
}

/// The application id of `stage`'s Delta transactions for `user_id`; its
/// version is the stage's commit count, so two commits of one stage for
/// one user cannot both win.
pub fn app_id(stage: &str, user_id: &str) -> String {
    format!("jobtrack/{stage}/{user_id}")
}

/// The stage that wrote a data file, from its name (`part-<stage>-<id>`).
pub fn writer(path: &str) -> Option<&str> {
    let name = path.rsplit('/').next()?;
    let rest = name.strip_prefix("part-")?;
    let (stage, _id) = rest.rsplit_once('-')?;
    (!stage.is_empty()).then_some(stage)
}

/// Changes a commit makes to one table other than the home table, applied
/// after the home commit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub add: Vec<FileEntry>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub remove: BTreeSet<String>,
}

/// What a stage keeps in its home table's log for one user.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StageState {
    pub version: u64,
    #[serde(default)]
    pub code_version: String,
    #[serde(default)]
    pub consumed: BTreeSet<String>,
    #[serde(default)]
    pub checkpoints: BTreeMap<String, String>,
    /// Every table besides the home table the stage has files in.
    #[serde(default)]
    pub tables: BTreeSet<String>,
    /// The last commit's changes to other tables.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub pending: BTreeMap<String, Pending>,
}

impl StageState {
    /// Reads a state from its domain's configuration text.
    pub fn parse(table: &str, domain: &str, text: &str) -> Result<Self> {
        serde_json::from_str(text).map_err(|e| StageError::Manifest {
            path: format!("{table}/_delta_log (domain {domain})"),
            reason: e.to_string(),
        })
    }

    /// The state as its domain's configuration text.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The tables the stage may have files in, its home first.
    pub fn tables_of(&self, home: &str) -> Vec<String> {
        let mut out = vec![home.to_string()];
        for t in self.tables.iter().chain(self.pending.keys()) {
            if t != home && !out.contains(t) {
                out.push(t.clone());
            }
        }
        out
    }

    /// The files of `table` the stage has, given what the table's log
    /// lists for it: with the pending changes applied.
    pub fn visible(&self, table: &str, listed: Vec<FileEntry>) -> Vec<FileEntry> {
        let Some(p) = self.pending.get(table) else {
            return listed;
        };
        let mut out: Vec<FileEntry> = listed
            .into_iter()
            .filter(|f| !p.remove.contains(&f.path))
            .collect();
        for f in &p.add {
            if !out.iter().any(|o| o.path == f.path) {
                out.push(f.clone());
            }
        }
        out.sort_by(|a, b| a.path.cmp(&b.path));
        out
    }
}

/// The manifest of `stage` for `user_id` from its state and the files each
/// of its tables lists for it (`listed`, by table).
pub fn manifest(
    stage: &str,
    user_id: &str,
    state: StageState,
    mut listed: BTreeMap<String, Vec<FileEntry>>,
) -> Manifest {
    let mut outputs = BTreeMap::new();
    for table in state.tables_of(home(stage)) {
        let files = state.visible(&table, listed.remove(&table).unwrap_or_default());
        if !files.is_empty() {
            outputs.insert(table, files);
        }
    }
    Manifest {
        stage: stage.to_string(),
        user_id: user_id.to_string(),
        version: state.version,
        code_version: state.code_version,
        outputs,
        consumed: state.consumed,
        checkpoints: state.checkpoints,
    }
}

/// What one commit does to one table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Change {
    pub add: Vec<FileEntry>,
    pub remove: Vec<FileEntry>,
    /// The files swapped hold the same rows (a compaction).
    pub compaction: bool,
}

impl Change {
    /// What takes a table's files from `now` to `wanted`: the wanted files
    /// it lacks are added, the files it has that are not wanted removed.
    pub fn between(now: &[FileEntry], wanted: &[FileEntry]) -> Self {
        let missing_from = |from: &[FileEntry], of: &[FileEntry]| -> Vec<FileEntry> {
            of.iter()
                .filter(|f| !from.iter().any(|n| n.path == f.path))
                .cloned()
                .collect()
        };
        Self {
            add: missing_from(now, wanted),
            remove: missing_from(wanted, now),
            compaction: false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.add.is_empty() && self.remove.is_empty()
    }
}

/// A commit of a manifest: the new state, and the changes per table
/// (`listed`: what each table lists for the stage now).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    pub state: StageState,
    /// The home table's change, committed with the state.
    pub home: Change,
    /// Every other table's change, applied after.
    pub others: BTreeMap<String, Change>,
}

/// Plans the commit of `manifest` (whose version is already the new one).
pub fn plan(manifest: &Manifest, listed: &BTreeMap<String, Vec<FileEntry>>) -> Plan {
    let home_table = home(&manifest.stage);
    let mut tables: BTreeSet<String> = manifest.outputs.keys().cloned().collect();
    tables.extend(listed.keys().cloned());
    let mut plan = Plan {
        state: StageState {
            version: manifest.version,
            code_version: manifest.code_version.clone(),
            consumed: manifest.consumed.clone(),
            checkpoints: manifest.checkpoints.clone(),
            ..StageState::default()
        },
        ..Plan::default()
    };
    for table in tables {
        let wanted = manifest.files(&table);
        let now = listed.get(&table).map(Vec::as_slice).unwrap_or(&[]);
        let change = Change::between(now, wanted);
        if table == home_table {
            plan.home = change;
            continue;
        }
        if !wanted.is_empty() {
            plan.state.tables.insert(table.clone());
        }
        if !change.is_empty() {
            plan.state.pending.insert(
                table.clone(),
                Pending {
                    add: change.add.clone(),
                    remove: change.remove.iter().map(|f| f.path.clone()).collect(),
                },
            );
            plan.others.insert(table, change);
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, rows: u64) -> FileEntry {
        FileEntry {
            path: path.into(),
            rows,
            bytes: rows * 10,
        }
    }

    #[test]
    fn a_file_name_tells_its_writer() {
        assert_eq!(
            writer("stg_emails/user_id=u/part-stg_emails-0123abcd.parquet"),
            Some("stg_emails")
        );
        assert_eq!(writer("x/part-keep-bodies-0a.parquet"), Some("keep-bodies"));
        assert_eq!(writer("x/other.parquet"), None);
    }

    #[test]
    fn a_stage_without_a_table_lives_in_the_stages_table() {
        assert_eq!(home("raw_messages"), "raw_messages");
        assert_eq!(home("keep_bodies"), STAGES_TABLE);
    }

    #[test]
    fn a_plan_adds_and_removes_and_defers_other_tables() {
        let mut m = Manifest {
            stage: "stg_emails".into(),
            user_id: "u".into(),
            version: 4,
            ..Manifest::default()
        };
        m.outputs.insert(
            "stg_emails".into(),
            vec![file("stg_emails/user_id=u/part-stg_emails-b.parquet", 2)],
        );
        m.outputs.insert(
            "dead_letter".into(),
            vec![file("dead_letter/user_id=u/part-stg_emails-d.parquet", 1)],
        );
        m.consumed.insert("raw/x".into());
        let mut listed = BTreeMap::new();
        listed.insert(
            "stg_emails".to_string(),
            vec![file("stg_emails/user_id=u/part-stg_emails-a.parquet", 3)],
        );
        let p = plan(&m, &listed);
        assert_eq!(p.home.add, m.outputs["stg_emails"]);
        assert_eq!(p.home.remove, listed["stg_emails"]);
        assert_eq!(p.others["dead_letter"].add, m.outputs["dead_letter"]);
        assert_eq!(p.state.version, 4);
        assert!(p.state.tables.contains("dead_letter"));
        // Read back before the other table's commit: the pending file shows.
        let mut now = BTreeMap::new();
        now.insert("stg_emails".to_string(), m.outputs["stg_emails"].clone());
        let back = manifest("stg_emails", "u", p.state.clone(), now.clone());
        assert_eq!(back.outputs, m.outputs);
        assert_eq!(back.consumed, m.consumed);
        // And after it, the same.
        now.insert("dead_letter".to_string(), m.outputs["dead_letter"].clone());
        let back = manifest("stg_emails", "u", p.state.clone(), now);
        assert_eq!(back.outputs, m.outputs);
        // A state survives its text.
        let text = p.state.to_text();
        assert_eq!(
            StageState::parse("stg_emails", "d", &text).ok(),
            Some(p.state)
        );
    }

    #[test]
    fn a_pending_removal_hides_the_file_until_applied() {
        let state = StageState {
            pending: BTreeMap::from([(
                "dead_letter".to_string(),
                Pending {
                    add: vec![],
                    remove: BTreeSet::from(["dead_letter/user_id=u/part-s-a.parquet".to_string()]),
                },
            )]),
            ..StageState::default()
        };
        let listed = vec![
            file("dead_letter/user_id=u/part-s-a.parquet", 1),
            file("dead_letter/user_id=u/part-s-b.parquet", 1),
        ];
        let seen = state.visible("dead_letter", listed);
        assert_eq!(seen.len(), 1);
        assert_eq!(seen[0].path, "dead_letter/user_id=u/part-s-b.parquet");
    }
}
