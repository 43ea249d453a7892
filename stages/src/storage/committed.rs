//! What a data root has committed, per stage and user, read from and
//! written to its Delta tables: a stage's [`Manifest`] is assembled from
//! the files its tables list for it and the state its home table's log
//! keeps ([`super::ledger`]); committing a manifest is one Delta commit to
//! the home table (data and state together), then one to each other table
//! it changed. Also the clean-up of files no commit ever named.

use std::collections::{BTreeMap, BTreeSet};

use super::ledger::{self, StageState};
use super::{DataRoot, FileEntry, Manifest};
use crate::error::{Result, StageError};

/// How long a file a commit removed stays on disk, for the table's
/// earlier versions (Delta's default `deletedFileRetentionDuration`).
pub const RETENTION_DAYS: i64 = 7;

impl DataRoot {
    /// The state `stage` keeps for `user_id` (empty when it never
    /// committed).
    pub(crate) async fn stage_state(&self, stage: &str, user_id: &str) -> Result<StageState> {
        let home = ledger::home(stage);
        let domain = ledger::domain(stage, user_id);
        match self.lake.domain(home, &domain).await? {
            Some(text) => StageState::parse(home, &domain, &text),
            None => Ok(StageState::default()),
        }
    }

    /// The files `table` lists for `user_id` that `stage` wrote.
    async fn written_by(&self, table: &str, user_id: &str, stage: &str) -> Result<Vec<FileEntry>> {
        Ok(self
            .lake
            .files(table, Some(user_id))
            .await?
            .into_iter()
            .map(|l| l.file)
            .filter(|f| ledger::writer(&f.path) == Some(stage))
            .collect())
    }

    /// The manifest of `stage` for `user_id` (empty when it never committed).
    pub async fn manifest(&self, stage: &str, user_id: &str) -> Result<Manifest> {
        self.migrate(user_id).await?;
        let state = self.stage_state(stage, user_id).await?;
        let mut listed = BTreeMap::new();
        for table in state.tables_of(ledger::home(stage)) {
            let files = self.written_by(&table, user_id, stage).await?;
            listed.insert(table, files);
        }
        Ok(ledger::manifest(stage, user_id, state, listed))
    }

    /// The manifests of every stage that has committed for `user_id` and
    /// has a table of its own or files in one (a stage with neither, such as
    /// [`crate::retention`]'s, is read by name with [`Self::manifest`]).
    pub async fn manifests(&self, user_id: &str) -> Result<Vec<Manifest>> {
        self.migrate(user_id).await?;
        let mut stages: BTreeSet<String> = BTreeSet::new();
        for table in crate::contract::tables()? {
            for listed in self.lake.files(table, Some(user_id)).await? {
                if let Some(w) = ledger::writer(&listed.file.path) {
                    stages.insert(w.to_string());
                }
            }
            if self
                .lake
                .domain(table, &ledger::domain(table, user_id))
                .await?
                .is_some()
            {
                stages.insert(table.to_string());
            }
        }
        let mut out = Vec::new();
        for stage in stages {
            let m = self.manifest(&stage, user_id).await?;
            if m.version > 0 || !m.outputs.is_empty() {
                out.push(m);
            }
        }
        Ok(out)
    }

    /// Makes `manifest` the visible state of its stage for its user: one
    /// Delta commit to the stage's home table with its files and state,
    /// then one to each other table it changed. Its version is increased.
    pub async fn commit(&self, manifest: &mut Manifest) -> Result<()> {
        self.migrate(&manifest.user_id).await?;
        self.commit_now(manifest, false).await
    }

    /// [`Self::commit`] of a compaction: the files it swaps hold the same
    /// rows, so Delta readers of changes skip it.
    pub(crate) async fn commit_compaction(&self, manifest: &mut Manifest) -> Result<()> {
        self.commit_now(manifest, true).await
    }

    /// [`Self::commit`] without looking for an old-format manifest first.
    pub(crate) async fn commit_now(&self, manifest: &mut Manifest, compaction: bool) -> Result<()> {
        manifest.version += 1;
        let stage = manifest.stage.clone();
        let user = manifest.user_id.clone();
        let home = ledger::home(&stage);
        let before = self.stage_state(&stage, &user).await?;
        let mut tables: BTreeSet<String> = before.tables_of(home).into_iter().collect();
        tables.extend(manifest.outputs.keys().cloned());
        let mut listed = BTreeMap::new();
        for table in tables {
            let files = self.written_by(&table, &user, &stage).await?;
            listed.insert(table, files);
        }
        let mut plan = ledger::plan(manifest, &listed);
        plan.home.compaction = compaction;
        for change in plan.others.values_mut() {
            change.compaction = compaction;
        }
        let domain = ledger::domain(&stage, &user);
        let text = plan.state.to_text();
        let app = ledger::app_id(&stage, &user);
        self.lake
            .commit(
                home,
                &user,
                &plan.home,
                Some((&domain, Some(&text))),
                Some((&app, manifest.version)),
                &self.commit_info(&stage),
            )
            .await?;
        for (table, change) in &plan.others {
            self.lake
                .commit(table, &user, change, None, None, &self.commit_info(&stage))
                .await?;
        }
        Ok(())
    }

    /// Removes every file of `user_id` from every table's current version,
    /// and the state of every stage with a table of its own and of
    /// `other_stages` (a whole-user purge; the files themselves are the
    /// caller's to delete).
    pub async fn forget_user(&self, user_id: &str, other_stages: &[&str]) -> Result<()> {
        self.migrate(user_id).await?;
        let mut tables: Vec<&str> = crate::contract::tables()?;
        tables.push(ledger::STAGES_TABLE);
        for table in tables {
            if !self.lake.exists(table).await? {
                continue;
            }
            let change = ledger::Change {
                compaction: false,
                add: Vec::new(),
                remove: self
                    .lake
                    .files(table, Some(user_id))
                    .await?
                    .into_iter()
                    .map(|l| l.file)
                    .collect(),
            };
            let mut stages: Vec<&str> = if table == ledger::STAGES_TABLE {
                other_stages.to_vec()
            } else {
                vec![table]
            };
            stages.retain(|s| ledger::home(s) == table);
            let mut first = true;
            for stage in stages {
                let domain = ledger::domain(stage, user_id);
                if self.lake.domain(table, &domain).await?.is_none() {
                    continue;
                }
                let files = if first {
                    &change
                } else {
                    &ledger::Change::default()
                };
                let info = self.commit_info("purge");
                self.lake
                    .commit(table, user_id, files, Some((&domain, None)), None, &info)
                    .await?;
                first = false;
            }
            if first && !change.is_empty() {
                let info = self.commit_info("purge");
                self.lake
                    .commit(table, user_id, &change, None, None, &info)
                    .await?;
            }
        }
        Ok(())
    }

    /// Rolls `user_id`'s partition of `table` back to what version
    /// `version` of the table held (a bad rule change): one commit that
    /// adds back the files that version had and removes the others, with
    /// the table's own stage's state of then. Stages that read the table
    /// see their input rewritten and make their outputs again. Fails,
    /// naming the file, when a file that version needs was vacuumed.
    /// Returns the files added back and removed.
    pub async fn restore(
        &self,
        table: &str,
        user_id: &str,
        version: u64,
    ) -> Result<(usize, usize)> {
        self.migrate(user_id).await?;
        let domain = ledger::domain(table, user_id);
        let (then, state) = self
            .lake
            .at_version(table, user_id, &domain, version)
            .await?;
        let now: Vec<FileEntry> = self
            .lake
            .files(table, Some(user_id))
            .await?
            .into_iter()
            .map(|l| l.file)
            .collect();
        let change = ledger::Change::between(&now, &then);
        for f in &change.add {
            if self.stamp(&f.path).await?.is_none() {
                return Err(StageError::DataFile {
                    table: table.to_string(),
                    path: self.url(&f.path),
                    reason: format!(
                        "version {version} needs it, but it was vacuumed (files removed \
                         more than {RETENTION_DAYS} days ago are deleted)"
                    ),
                });
            }
        }
        // The table's own stage gets its state of then back, under a
        // version number that keeps growing.
        let current = self.lake.domain(table, &domain).await?;
        let text = match (&state, &current) {
            (None, None) => None,
            (then, now) => {
                let now = match now {
                    Some(t) => StageState::parse(table, &domain, t)?,
                    None => StageState::default(),
                };
                let mut back = match then {
                    Some(t) => StageState::parse(table, &domain, t)?,
                    None => StageState::default(),
                };
                back.version = now.version + 1;
                Some(back)
            }
        };
        let mut info = self.commit_info("restore");
        info.push(("restored_version", version.to_string()));
        let app = ledger::app_id(table, user_id);
        let txn = text.as_ref().map(|s| (app.as_str(), s.version));
        let text = text.map(|s| s.to_text());
        self.lake
            .commit(
                table,
                user_id,
                &change,
                text.as_deref().map(|t| (domain.as_str(), Some(t))),
                txn,
                &info,
            )
            .await?;
        Ok((change.add.len(), change.remove.len()))
    }

    /// The versions of `table` that concern `user_id` (and the table's
    /// creation), newest first.
    pub async fn history(&self, table: &str, user_id: &str) -> Result<Vec<super::lake::Version>> {
        self.migrate(user_id).await?;
        Ok(self
            .lake
            .history(table)
            .await?
            .into_iter()
            .filter(|v| v.user_id.as_deref().is_none_or(|u| u == user_id))
            .collect())
    }

    /// What a commit's info says of who made it.
    pub(super) fn commit_info(&self, stage: &str) -> Vec<(&'static str, String)> {
        let mut info = vec![("stage", stage.to_string())];
        if let Some(run) = &self.run_id {
            info.push(("run_id", run.to_string()));
        }
        info
    }

    /// Applies what a stage's last commit decided for other tables and a
    /// killed run did not apply (its state's pending changes), for every
    /// stage with a table of its own. A run does this first, under the
    /// user's lease: until then [`Self::table_files`] may miss the files
    /// such a commit added to a table the stage had no file in yet.
    /// Returns the commits made.
    pub async fn settle(&self, user_id: &str) -> Result<usize> {
        self.migrate(user_id).await?;
        let mut made = 0;
        for stage in crate::contract::tables()? {
            let state = self.stage_state(stage, user_id).await?;
            for (table, pending) in &state.pending {
                let now = self.written_by(table, user_id, stage).await?;
                let change = ledger::Change {
                    compaction: false,
                    add: pending
                        .add
                        .iter()
                        .filter(|f| !now.iter().any(|n| n.path == f.path))
                        .cloned()
                        .collect(),
                    remove: now
                        .into_iter()
                        .filter(|n| pending.remove.contains(&n.path))
                        .collect(),
                };
                if !change.is_empty() {
                    let info = self.commit_info(stage);
                    self.lake
                        .commit(table, user_id, &change, None, None, &info)
                        .await?;
                    made += 1;
                }
            }
        }
        Ok(made)
    }

    /// The visible files of `table`, for one user or for all, in a stable
    /// order: what its log lists, with the changes a stage decided in its
    /// last commit and has not applied to this table yet.
    pub async fn table_files(&self, table: &str, user_id: Option<&str>) -> Result<Vec<FileEntry>> {
        match user_id {
            Some(u) => self.migrate(u).await?,
            None => self.migrate_all().await?,
        }
        let mut groups: BTreeMap<(String, String), Vec<FileEntry>> = BTreeMap::new();
        for listed in self.lake.files(table, user_id).await? {
            let writer = ledger::writer(&listed.file.path)
                .unwrap_or_default()
                .to_string();
            groups
                .entry((listed.user_id, writer))
                .or_default()
                .push(listed.file);
        }
        let mut out = Vec::new();
        for ((user, writer), files) in groups {
            if writer.is_empty() || writer == table {
                out.extend(files);
            } else {
                let state = self.stage_state(&writer, &user).await?;
                out.extend(state.visible(table, files));
            }
        }
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    }

    /// Deletes the data files `stage` wrote for `user_id` under `tables`
    /// that no retained version of the table names: the left-overs of
    /// killed runs, and files removed more than [`RETENTION_DAYS`] ago.
    /// Files removed since stay, for the table's earlier versions. Only that user's
    /// partition is looked at, so runs of other users on the same root,
    /// whose files are not committed yet, are left alone. On a local root
    /// it also deletes the `<file>#<n>` staging files object_store leaves
    /// behind when a write is killed (its listings never show them).
    /// Returns how many files were deleted.
    pub async fn vacuum(&self, stage: &str, user_id: &str, tables: &[&str]) -> Result<usize> {
        let retention = chrono::Duration::days(RETENTION_DAYS);
        self.vacuum_within(stage, user_id, tables, retention).await
    }

    /// [`Self::vacuum`] keeping the files removed less than `retention` ago.
    pub async fn vacuum_within(
        &self,
        stage: &str,
        user_id: &str,
        tables: &[&str],
        retention: chrono::Duration,
    ) -> Result<usize> {
        let marker = format!("part-{stage}-");
        let ours = |rel: &str| {
            rel.rsplit('/')
                .next()
                .is_some_and(|n| n.starts_with(&marker))
        };
        let state = self.stage_state(stage, user_id).await?;
        let mut deleted = 0;
        for table in tables {
            let mut known = self.lake.known(table, user_id, retention).await?;
            if let Some(p) = state.pending.get(*table) {
                known.extend(p.add.iter().map(|f| f.path.clone()));
            }
            let dir = format!("{table}/user_id={user_id}");
            for rel in self.list(&dir).await? {
                if ours(&rel) && !known.contains(&rel) {
                    self.delete(&rel).await?;
                    deleted += 1;
                }
            }
            deleted += self.delete_staging_files(&dir, &marker)?;
        }
        Ok(deleted)
    }
}

/// The error of a manifest in the format before Delta that cannot be read.
pub(crate) fn legacy_error(rel: &str, e: impl std::fmt::Display) -> StageError {
    StageError::Manifest {
        path: rel.to_string(),
        reason: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use arrow::array::RecordBatch;
    use bytes::Bytes;

    async fn empty_file(root: &DataRoot, table: &str, stage: &str, user: &str) -> FileEntry {
        let contract = crate::contract::contract(table).unwrap();
        let batch = RecordBatch::new_empty(contract.schema());
        root.write_file(contract, stage, user, &[batch])
            .await
            .unwrap()
    }

    /// The text of every commit in `table`'s log, in order.
    async fn log(root: &DataRoot, table: &str) -> Vec<String> {
        let mut out = Vec::new();
        for rel in root.list(&format!("{table}/_delta_log")).await.unwrap() {
            if rel.ends_with(".json") {
                let bytes = root.get(&rel).await.unwrap().unwrap();
                out.push(String::from_utf8(bytes.to_vec()).unwrap());
            }
        }
        out
    }

    #[tokio::test]
    async fn a_stage_commits_its_files_and_state_in_one_delta_commit() {
        let root = DataRoot::memory();
        let raw = empty_file(&root, "raw_messages", "raw_messages", "u1").await;
        let mut m = root.manifest("raw_messages", "u1").await.unwrap();
        m.outputs.insert("raw_messages".into(), vec![raw.clone()]);
        m.checkpoints
            .insert("mbox:me:/a".into(), "120 0 x y".into());
        m.code_version = "7".into();
        root.commit(&mut m).await.unwrap();
        let commits = log(&root, "raw_messages").await;
        // Version 0 creates the table; version 1 is the stage's commit.
        assert_eq!(commits.len(), 2, "{commits:?}");
        let last = &commits[1];
        assert!(
            last.contains("\"add\"") && last.contains(&raw.path[13..]),
            "{last}"
        );
        assert!(
            last.contains("domainMetadata") && last.contains("120 0 x y"),
            "{last}"
        );
        assert!(last.contains("jobtrack/raw_messages/u1"), "{last}");
        let back = root.manifest("raw_messages", "u1").await.unwrap();
        assert_eq!(back, m);
        assert_eq!(back.version, 1);
        // Another handle on the same store reads the same.
        assert_eq!(
            root.table_files("raw_messages", Some("u1")).await.unwrap(),
            vec![raw]
        );
    }

    #[tokio::test]
    async fn a_run_killed_between_two_tables_commits_shows_the_first() {
        let root = DataRoot::memory();
        let stg = empty_file(&root, "stg_emails", "stg_emails", "u1").await;
        let dead = empty_file(&root, "dead_letter", "stg_emails", "u1").await;
        let mut m = root.manifest("stg_emails", "u1").await.unwrap();
        m.outputs.insert("stg_emails".into(), vec![stg.clone()]);
        m.outputs.insert("dead_letter".into(), vec![dead.clone()]);
        m.version += 1;
        // The home commit happens; the dead_letter one never does.
        let plan = ledger::plan(&m, &BTreeMap::new());
        let text = plan.state.to_text();
        let domain = ledger::domain("stg_emails", "u1");
        root.lake
            .commit(
                "stg_emails",
                "u1",
                &plan.home,
                Some((&domain, Some(&text))),
                None,
                &[],
            )
            .await
            .unwrap();
        assert!(
            root.lake
                .files("dead_letter", None)
                .await
                .unwrap()
                .is_empty()
        );
        // Readers see the whole commit, and vacuum keeps the pending file.
        assert_eq!(
            root.manifest("stg_emails", "u1").await.unwrap().outputs,
            m.outputs
        );
        assert_eq!(
            root.vacuum("stg_emails", "u1", &["dead_letter"])
                .await
                .unwrap(),
            0
        );
        // The next run settles it first.
        assert_eq!(root.settle("u1").await.unwrap(), 1);
        assert_eq!(root.settle("u1").await.unwrap(), 0);
        assert_eq!(
            root.table_files("dead_letter", Some("u1")).await.unwrap(),
            vec![dead.clone()]
        );
        // The stage's next commit brings dead_letter's log in line.
        let mut again = root.manifest("stg_emails", "u1").await.unwrap();
        root.commit(&mut again).await.unwrap();
        let listed = root.lake.files("dead_letter", Some("u1")).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].file.path, dead.path);
    }

    #[tokio::test]
    async fn a_replaced_file_stays_for_earlier_versions_and_leftovers_go() {
        let root = DataRoot::memory();
        let a = empty_file(&root, "raw_messages", "raw_messages", "u1").await;
        let mut m = root.manifest("raw_messages", "u1").await.unwrap();
        m.outputs.insert("raw_messages".into(), vec![a.clone()]);
        root.commit(&mut m).await.unwrap();
        let b = empty_file(&root, "raw_messages", "raw_messages", "u1").await;
        m.replace("raw_messages", &a.path, b.clone());
        root.commit(&mut m).await.unwrap();
        assert_eq!(m.current_name(&a.path), b.path);
        let left = empty_file(&root, "raw_messages", "raw_messages", "u1").await;
        let other_user = empty_file(&root, "raw_messages", "raw_messages", "u2").await;
        assert_eq!(
            root.vacuum("raw_messages", "u1", &["raw_messages"])
                .await
                .unwrap(),
            1
        );
        assert!(
            root.get(&a.path).await.unwrap().is_some(),
            "removed, but kept for time travel"
        );
        assert!(root.get(&b.path).await.unwrap().is_some());
        assert!(root.get(&left.path).await.unwrap().is_none());
        assert!(root.get(&other_user.path).await.unwrap().is_some());
        let back = root.manifest("raw_messages", "u1").await.unwrap();
        assert_eq!(back.files("raw_messages"), [b]);
    }

    #[tokio::test]
    async fn a_root_in_the_format_before_delta_is_converted_once() {
        let root = DataRoot::memory();
        let raw = empty_file(&root, "raw_messages", "raw_messages", "u1").await;
        let dead = empty_file(&root, "dead_letter", "raw_messages", "u1").await;
        let old = format!(
            r#"{{"stage":"raw_messages","user_id":"u1","version":5,"code_version":"3",
            "outputs":{{"raw_messages":[{{"path":"{}","rows":0,"bytes":{}}}],
            "dead_letter":[{{"path":"{}","rows":0,"bytes":{}}}]}},
            "consumed":[],"checkpoints":{{"gmail:me":"991"}}}}"#,
            raw.path, raw.bytes, dead.path, dead.bytes
        );
        let rel = "_manifests/raw_messages/user_id=u1.json";
        root.put(rel, Bytes::from(old)).await.unwrap();
        assert!(root.has_legacy_manifests().await.unwrap());
        let m = root.manifest("raw_messages", "u1").await.unwrap();
        assert_eq!(m.version, 5);
        assert_eq!(m.code_version, "3");
        assert_eq!(m.checkpoints["gmail:me"], "991");
        assert_eq!(m.files("raw_messages"), [raw]);
        assert_eq!(m.files("dead_letter"), std::slice::from_ref(&dead));
        assert!(root.get(rel).await.unwrap().is_none());
        assert!(!root.has_legacy_manifests().await.unwrap());
        // Both tables now say so in their logs.
        assert_eq!(
            root.lake.files("dead_letter", Some("u1")).await.unwrap()[0].file,
            dead
        );
        // A fresh handle finds nothing left to convert and the same state.
        let fresh = DataRoot {
            migrated: Arc::default(),
            ..root.clone()
        };
        assert_eq!(fresh.manifest("raw_messages", "u1").await.unwrap(), m);
    }

    #[tokio::test]
    async fn forgetting_a_user_empties_their_partitions_only() {
        let root = DataRoot::memory();
        for user in ["u1", "u2"] {
            let f = empty_file(&root, "raw_messages", "raw_messages", user).await;
            let mut m = root.manifest("raw_messages", user).await.unwrap();
            m.outputs.insert("raw_messages".into(), vec![f]);
            root.commit(&mut m).await.unwrap();
        }
        root.forget_user("u1", &[]).await.unwrap();
        assert_eq!(
            root.manifest("raw_messages", "u1").await.unwrap(),
            Manifest {
                stage: "raw_messages".into(),
                user_id: "u1".into(),
                ..Manifest::default()
            }
        );
        assert_eq!(
            root.table_files("raw_messages", None).await.unwrap().len(),
            1
        );
    }
}
