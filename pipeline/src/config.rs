//! The configuration file (`jobtrack.toml`): user, storage, ingest limits and
//! accounts. Defaults are embedded from `default.toml`; a file given with
//! `--config` overrides them key by key; flags override both for one run.
//! Secrets are never read from here.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde::Deserialize;

use jobtrack_stages::classify::{Classifier, default_model, training};
use jobtrack_stages::ingest::{AccountSource, IngestOptions, MailSource};
use jobtrack_stages::publish::Warehouse;
use jobtrack_stages::resolve::ResolveOptions;
use jobtrack_stages::storage::{DataRoot, check_user_id};

const DEFAULT: &str = include_str!("default.toml");

/// The bundled sample mailbox.
pub const SAMPLE_MBOX: &[u8] = include_bytes!("../../samples/sample.mbox");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    pub user: UserConfig,
    pub storage: StorageConfig,
    pub ingest: IngestConfig,
    pub classify: ClassifyConfig,
    pub resolve: ResolveConfig,
    #[serde(default)]
    pub accounts: Vec<AccountConfig>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct UserConfig {
    pub id: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct StorageConfig {
    pub data_dir: String,
    #[serde(default)]
    pub warehouse: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct IngestConfig {
    pub max_message_bytes: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ClassifyConfig {
    #[serde(default)]
    pub rules_file: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ResolveConfig {
    pub stalled_days: u32,
    pub window_days: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AccountConfig {
    pub name: String,
    pub provider: String,
    #[serde(default)]
    pub path: Option<PathBuf>,
}

/// Merges `over` into `base`, table by table; arrays are replaced.
fn merge(base: &mut toml::Table, over: toml::Table) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            (_, v) => {
                base.insert(key, v);
            }
        }
    }
}

impl Config {
    /// The defaults, overridden by `file` when given.
    pub fn load(file: Option<&Path>) -> anyhow::Result<Self> {
        let mut table: toml::Table = toml::from_str(DEFAULT).context("embedded default.toml")?;
        let base_dir = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read config file {}", path.display()))?;
                let over: toml::Table = toml::from_str(&text)
                    .with_context(|| format!("config file {} is not valid TOML", path.display()))?;
                merge(&mut table, over);
                path.parent().map(Path::to_path_buf)
            }
            None => None,
        };
        let mut config: Config = table.try_into().map_err(|e: toml::de::Error| {
            anyhow::anyhow!("invalid configuration: {}", e.message())
        })?;
        check_user_id(&config.user.id)?;
        // Relative account paths are relative to the config file.
        if let Some(dir) = base_dir.filter(|d| !d.as_os_str().is_empty()) {
            for a in &mut config.accounts {
                if let Some(p) = &a.path
                    && p.is_relative()
                {
                    a.path = Some(dir.join(p));
                }
            }
        }
        Ok(config)
    }

    /// The sources of the configured accounts.
    pub fn sources(&self) -> anyhow::Result<Vec<AccountSource>> {
        let mut out = Vec::new();
        for a in &self.accounts {
            let path = || {
                a.path
                    .clone()
                    .with_context(|| format!("account {:?} needs a `path`", a.name))
            };
            let source = match a.provider.as_str() {
                "sample" => MailSource::MboxBytes {
                    name: "bundled sample mailbox",
                    bytes: SAMPLE_MBOX,
                },
                "mbox" => MailSource::Mbox(path()?),
                "maildir" => MailSource::Maildir(path()?),
                "eml" => MailSource::Eml(path()?),
                "gmail" | "imap" => bail!(
                    "account {:?}: provider {} is not supported by this version yet",
                    a.name,
                    a.provider
                ),
                other => bail!(
                    "account {:?}: unknown provider {other:?} (sample, mbox, maildir, eml)",
                    a.name
                ),
            };
            out.push(AccountSource {
                account: a.name.clone(),
                source,
            });
        }
        Ok(out)
    }

    pub fn resolve_options(&self) -> ResolveOptions {
        ResolveOptions {
            stalled_days: self.resolve.stalled_days,
            window_days: self.resolve.window_days,
        }
    }

    pub fn ingest_options(&self) -> IngestOptions {
        IngestOptions {
            max_message_bytes: self.ingest.max_message_bytes,
            ..IngestOptions::default()
        }
    }

    /// The classifier: built-in rules plus the user's rules file, and the
    /// model `jobtrack train` saved under the data root, else the built-in one.
    pub async fn classifier(&self, root: &DataRoot) -> anyhow::Result<Classifier> {
        let file =
            (!self.classify.rules_file.is_empty()).then(|| Path::new(&self.classify.rules_file));
        let rules = Classifier::load_rules(file)?;
        let model = match training::load_current(root).await? {
            Some((model, current)) => {
                tracing::info!(model = %current.version, examples = current.examples, "Using the trained model.");
                model
            }
            None => default_model()?,
        };
        Ok(Classifier::new(&rules, Some(&model))?)
    }

    /// Opens the data root.
    pub fn data_root(&self) -> anyhow::Result<DataRoot> {
        Ok(DataRoot::open(&self.storage.data_dir)?)
    }

    /// Where the warehouse file is.
    pub fn warehouse(&self, root: &DataRoot) -> Warehouse {
        if !self.storage.warehouse.is_empty() {
            return Warehouse::new(&self.storage.warehouse);
        }
        match root.local_dir() {
            Some(dir) => Warehouse::new(dir.join("warehouse.duckdb")),
            None => Warehouse::new("jobtrack-warehouse.duckdb"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_defaults_load() {
        let c = Config::load(None).unwrap();
        assert_eq!(c.user.id, "me");
        assert_eq!(c.accounts.len(), 1);
        assert_eq!(c.sources().unwrap()[0].source.kind(), "mbox");
    }

    #[test]
    fn a_file_overrides_keys_and_replaces_accounts() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("jobtrack.toml");
        std::fs::write(
            &file,
            "[user]\nid = \"alex\"\n[[accounts]]\nname = \"takeout\"\nprovider = \"mbox\"\npath = \"all.mbox\"\n",
        )
        .unwrap();
        let c = Config::load(Some(&file)).unwrap();
        assert_eq!(c.user.id, "alex");
        assert_eq!(c.storage.data_dir, "./jobtrack-data");
        assert_eq!(
            c.accounts[0].path.as_deref(),
            Some(dir.path().join("all.mbox").as_path())
        );
    }

    #[test]
    fn unknown_keys_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("jobtrack.toml");
        std::fs::write(&file, "[user]\nid = \"a\"\ncolour = \"red\"\n").unwrap();
        let err = Config::load(Some(&file)).unwrap_err().to_string();
        assert!(err.contains("colour"), "{err}");
    }
}
