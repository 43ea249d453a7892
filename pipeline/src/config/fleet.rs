//! A fleet: many people in one configuration file, each an `[[users]]`
//! entry with its own identity (`id`, `name`, `emails`, `phones`), its own
//! `[[users.accounts]]` and, optionally, its own value of any other section
//! (`[users.classify]`, `[users.llm]`, `[users.nudges]`, ...), laid over the
//! file's top-level sections, which every user shares. Secrets stay where
//! they are for one person: environment variables named by the accounts,
//! and the encrypted token store under `_secrets/tokens/user_id=U/`.
//!
//! A fleet user's warehouse and dashboard are their own, under
//! `published/user_id=<id>/` in the data root (which `purge` forgets with
//! the rest of their data), so users sharing a root never overwrite
//! each other's; a file without `[[users]]` is one person, as before, with
//! `warehouse.duckdb` and `site/` at the root.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use jobtrack_stages::storage::check_user_id;

use super::Config;

/// The keys of an `[[users]]` entry that are the person's identity
/// (`[user]` in a one-person file).
const IDENTITY: &[&str] = &["id", "name", "emails", "phones", "serve-token-env"];

/// The configuration file read once: the shared sections and the users.
#[derive(Debug, Clone)]
pub struct Fleet {
    base: toml::Table,
    users: Vec<toml::Table>,
    path: Option<PathBuf>,
}

/// One line of `jobtrack users list`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UserSummary {
    pub id: String,
    pub name: String,
    /// `name:provider` of each account.
    pub accounts: Vec<String>,
    /// Whether any account is Gmail (Airflow's pool of Gmail users).
    pub gmail: bool,
}

impl Fleet {
    /// Reads `file` (none: the defaults, one person).
    pub fn load(file: Option<&Path>) -> anyhow::Result<Self> {
        let Some(path) = file else {
            return Ok(Self {
                base: toml::Table::new(),
                users: Vec::new(),
                path: None,
            });
        };
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read config file {}", path.display()))?;
        let mut base: toml::Table = toml::from_str(&text)
            .with_context(|| format!("config file {} is not valid TOML", path.display()))?;
        let users = match base.remove("users") {
            None => Vec::new(),
            Some(toml::Value::Array(items)) => items
                .into_iter()
                .enumerate()
                .map(|(i, item)| match item {
                    toml::Value::Table(t) => Ok(t),
                    _ => bail!(
                        "invalid configuration: users entry {} is not a table",
                        i + 1
                    ),
                })
                .collect::<anyhow::Result<Vec<_>>>()?,
            Some(_) => bail!("invalid configuration: `users` must be [[users]] tables"),
        };
        let fleet = Self {
            base,
            users,
            path: Some(path.to_path_buf()),
        };
        fleet.check()?;
        Ok(fleet)
    }

    fn check(&self) -> anyhow::Result<()> {
        if self.users.is_empty() {
            return Ok(());
        }
        if self.base.contains_key("user") {
            bail!(
                "invalid configuration: [user] and [[users]] are both set; a fleet gives each person's identity in their [[users]] entry"
            );
        }
        if self.base.contains_key("accounts") {
            bail!(
                "invalid configuration: top-level [[accounts]] beside [[users]]; give each user their own [[users.accounts]]"
            );
        }
        let mut seen = std::collections::BTreeSet::new();
        for (i, entry) in self.users.iter().enumerate() {
            let id = entry
                .get("id")
                .and_then(toml::Value::as_str)
                .with_context(|| {
                    format!("invalid configuration: users entry {} has no `id`", i + 1)
                })?;
            check_user_id(id)
                .with_context(|| format!("invalid configuration: users entry {}", i + 1))?;
            if !seen.insert(id) {
                bail!("invalid configuration: two [[users]] entries have id {id:?}");
            }
        }
        Ok(())
    }

    /// Whether the file lists `[[users]]`.
    pub fn is_fleet(&self) -> bool {
        !self.users.is_empty()
    }

    /// The users' ids, in the file's order.
    pub fn ids(&self) -> Vec<String> {
        self.users
            .iter()
            .filter_map(|u| u.get("id").and_then(toml::Value::as_str))
            .map(str::to_string)
            .collect()
    }

    /// The configuration of one person: `user` names an `[[users]]` entry
    /// of a fleet (required there), or overrides `[user] id` in a
    /// one-person file.
    pub fn config(&self, user: Option<&str>) -> anyhow::Result<Config> {
        if !self.is_fleet() {
            let mut config = Config::from_table(self.base.clone(), self.path.as_deref())?;
            if let Some(id) = user {
                check_user_id(id)?;
                config.user.id = id.to_string();
            }
            return Ok(config);
        }
        let ids = self.ids();
        let Some(id) = user else {
            bail!(
                "this configuration names {} users ({}): choose one with --user",
                ids.len(),
                ids.join(", ")
            );
        };
        let Some(entry) = self
            .users
            .iter()
            .find(|u| u.get("id").and_then(toml::Value::as_str) == Some(id))
        else {
            bail!(
                "no user {id:?} in the configuration (users: {})",
                ids.join(", ")
            );
        };
        let mut table = self.base.clone();
        merge(&mut table, overlay(entry));
        let mut config = Config::from_table(table, self.path.as_deref())
            .with_context(|| format!("[[users]] entry {id:?}"))?;
        config.fleet_user = true;
        if config.storage.warehouse.contains("{user}") {
            config.storage.warehouse = config.storage.warehouse.replace("{user}", id);
        } else if !config.storage.warehouse.is_empty() {
            bail!(
                "[[users]] entry {id:?}: [storage] warehouse {:?} would be shared by every user; put {{user}} in it",
                config.storage.warehouse
            );
        }
        Ok(config)
    }

    /// Every user's configuration, in the file's order (one: the person of
    /// a one-person file).
    pub fn configs(&self) -> anyhow::Result<Vec<Config>> {
        if !self.is_fleet() {
            return Ok(vec![self.config(None)?]);
        }
        self.ids().iter().map(|id| self.config(Some(id))).collect()
    }

    /// What `jobtrack users list` prints.
    pub fn summaries(&self) -> anyhow::Result<Vec<UserSummary>> {
        Ok(self
            .configs()?
            .iter()
            .map(|c| UserSummary {
                id: c.user.id.clone(),
                name: c.user.name.clone(),
                accounts: c
                    .accounts
                    .iter()
                    .map(|a| format!("{}:{}", a.name(), a.provider()))
                    .collect(),
                gmail: c
                    .accounts
                    .iter()
                    .any(|a| matches!(a, super::AccountConfig::Gmail(_))),
            })
            .collect())
    }
}

/// An `[[users]]` entry as a table of top-level sections: the identity
/// keys under `[user]`, everything else where it is.
fn overlay(entry: &toml::Table) -> toml::Table {
    let mut user = toml::Table::new();
    let mut out = toml::Table::new();
    for (k, v) in entry {
        if IDENTITY.contains(&k.as_str()) {
            user.insert(k.clone(), v.clone());
        } else {
            out.insert(k.clone(), v.clone());
        }
    }
    out.insert("user".into(), toml::Value::Table(user));
    out
}

/// Lays `over` onto `base`: tables merge key by key, anything else
/// (values, arrays such as `accounts`) replaces.
fn merge(base: &mut toml::Table, over: toml::Table) {
    for (k, v) in over {
        match (base.get_mut(&k), v) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FLEET: &str = r#"
[storage]
data-dir = "shared"
[classify]
sensitivity = "high-recall"

[[users]]
id = "ann"
name = "Ann Lee"
emails = ["ann@example.org"]
[[users.accounts]]
name = "home"
provider = "mbox"
path = "ann.mbox"

[[users]]
id = "bob"
[users.classify]
sensitivity = "high-precision"
[[users.accounts]]
name = "work"
provider = "imap"
host = "imap.example.org"
username = "bob@example.org"
password-env = "BOB_IMAP"
"#;

    fn fleet(text: &str) -> (tempfile::TempDir, anyhow::Result<Fleet>) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("fleet.toml");
        std::fs::write(&file, text).unwrap();
        let f = Fleet::load(Some(&file));
        (dir, f)
    }

    #[test]
    fn each_user_gets_the_shared_sections_and_their_own() {
        let (dir, f) = fleet(FLEET);
        let f = f.unwrap();
        assert_eq!(f.ids(), ["ann", "bob"]);
        let ann = f.config(Some("ann")).unwrap();
        assert_eq!(ann.user.id, "ann");
        assert_eq!(ann.user.name, "Ann Lee");
        assert_eq!(ann.storage.data_dir, "shared");
        assert_eq!(ann.classify.sensitivity, "high-recall");
        assert!(ann.fleet_user);
        let super::super::AccountConfig::Mbox(m) = &ann.accounts[0] else {
            panic!("not mbox");
        };
        assert_eq!(m.path, dir.path().join("ann.mbox"));
        let bob = f.config(Some("bob")).unwrap();
        assert_eq!(bob.classify.sensitivity, "high-precision");
        assert_eq!(bob.accounts.len(), 1);
        assert_eq!(bob.account_addresses(), ["bob@example.org"]);
        let s = f.summaries().unwrap();
        assert_eq!(s[1].accounts, ["work:imap"]);
        assert!(!s[0].gmail);
    }

    #[test]
    fn a_fleet_needs_a_user_named_in_it() {
        let (_dir, f) = fleet(FLEET);
        let f = f.unwrap();
        let e = f.config(None).unwrap_err().to_string();
        assert!(
            e.contains("names 2 users (ann, bob): choose one with --user"),
            "{e}"
        );
        let e = f.config(Some("cee")).unwrap_err().to_string();
        assert!(e.contains("no user \"cee\""), "{e}");
    }

    #[test]
    fn entry_errors_name_the_entry() {
        let (_dir, f) = fleet("[[users]]\nid = \"ann\"\n[[users]]\nid = \"ann\"\n");
        assert!(
            f.unwrap_err()
                .to_string()
                .contains("two [[users]] entries have id \"ann\"")
        );
        let (_dir, f) = fleet("[[users]]\nname = \"x\"\n");
        assert!(
            f.unwrap_err()
                .to_string()
                .contains("users entry 1 has no `id`")
        );
        let (_dir, f) = fleet("[[users]]\nid = \"ann\"\ncolour = \"red\"\n");
        let e = format!("{:#}", f.unwrap().config(Some("ann")).unwrap_err());
        assert!(e.contains("\"ann\"") && e.contains("colour"), "{e}");
        let (_dir, f) = fleet("[user]\nid = \"x\"\n[[users]]\nid = \"ann\"\n");
        assert!(f.unwrap_err().to_string().contains("[user] and [[users]]"));
        let (_dir, f) = fleet("[storage]\nwarehouse = \"/w.duckdb\"\n[[users]]\nid = \"ann\"\n");
        let e = f.unwrap().config(Some("ann")).unwrap_err().to_string();
        assert!(e.contains("put {user} in it"), "{e}");
    }

    #[test]
    fn one_person_files_take_user_as_the_id() {
        let (_dir, f) = fleet("[user]\nid = \"alex\"\n");
        let f = f.unwrap();
        assert_eq!(f.config(None).unwrap().user.id, "alex");
        let c = f.config(Some("sam")).unwrap();
        assert_eq!(c.user.id, "sam");
        assert!(!c.fleet_user);
    }
}
