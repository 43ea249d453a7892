//! Converts a data root written before its tables were Delta tables: each
//! stage's JSON manifest (`_manifests/<stage>/user_id=<user>.json`) is
//! committed to the Delta tables as that stage's state and files, and then
//! deleted. The data files stay where they are (their layout did not
//! change), so nothing is read from the mailbox again.
//!
//! It runs once per user, before anything reads or writes that user's
//! tables; a conversion killed half way resumes where it stopped, since a
//! manifest is deleted only after its commit, and committing a manifest
//! whose files are already in the tables adds nothing twice.

use super::committed::legacy_error;
use super::{DataRoot, Manifest};
use crate::error::Result;

/// Where the manifests before Delta lived.
const LEGACY_DIR: &str = "_manifests";

impl DataRoot {
    /// Converts `user_id`'s old-format manifests, once per root handle.
    pub(crate) async fn migrate(&self, user_id: &str) -> Result<()> {
        if self.is_migrated(user_id) {
            return Ok(());
        }
        let suffix = format!("/user_id={user_id}.json");
        let found: Vec<String> = self
            .list(LEGACY_DIR)
            .await?
            .into_iter()
            .filter(|rel| rel.ends_with(&suffix))
            .collect();
        for rel in found {
            let Some(bytes) = self.get(&rel).await? else {
                continue;
            };
            let mut manifest: Manifest =
                serde_json::from_slice(&bytes).map_err(|e| legacy_error(&rel, e))?;
            // Committing counts one more version: keep the old count.
            manifest.version = manifest.version.saturating_sub(1);
            self.commit_now(&mut manifest, false).await?;
            self.delete(&rel).await?;
            tracing::info!(manifest = %rel, "Converted a manifest to the Delta tables.");
        }
        self.mark_migrated(user_id);
        Ok(())
    }

    /// Converts every user's old-format manifests.
    pub(crate) async fn migrate_all(&self) -> Result<()> {
        if self.is_migrated("*") {
            return Ok(());
        }
        let mut users: Vec<String> = self
            .list(LEGACY_DIR)
            .await?
            .iter()
            .filter_map(|rel| rel.rsplit('/').next())
            .filter_map(|name| name.strip_prefix("user_id="))
            .filter_map(|name| name.strip_suffix(".json"))
            .map(str::to_string)
            .collect();
        users.sort();
        users.dedup();
        for user in users {
            self.migrate(&user).await?;
        }
        self.mark_migrated("*");
        Ok(())
    }

    /// Whether any old-format manifest is left under the root.
    pub async fn has_legacy_manifests(&self) -> Result<bool> {
        Ok(self
            .list(LEGACY_DIR)
            .await?
            .iter()
            .any(|rel| rel.ends_with(".json")))
    }
}
