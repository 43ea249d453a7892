//! The configuration file (`jobtrack.toml`): user, storage, ingest limits and
//! accounts. Defaults are embedded from `default.toml`; a file given with
//! `--config` overrides them key by key; flags override both for one run.
//! Secrets are never read from here.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde::Deserialize;

use jobtrack_stages::classify::{Classifier, default_model, training};
use jobtrack_stages::ingest::{AccountSource, IngestOptions, MailSource};
use jobtrack_stages::llm::{ApiKey, LlmConfig, LlmSettings, UserIdentity};
use jobtrack_stages::publish::Warehouse;
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
    /// An OpenAI-compatible LLM for the uncertain tail; none by default.
    #[serde(default)]
    pub llm: Option<LlmConfig>,
    #[serde(default)]
    pub accounts: Vec<AccountConfig>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct UserConfig {
    pub id: String,
    /// The person's own addresses: redacted from anything sent to an LLM.
    #[serde(default)]
    pub emails: Vec<String>,
    /// The person's name: redacted from anything sent to an LLM.
    #[serde(default)]
    pub name: String,
    /// The person's phone numbers: redacted from anything sent to an LLM.
    #[serde(default)]
    pub phones: Vec<String>,
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

    /// The LLM settings when `[llm]` is configured: the key is read from the
    /// environment variable `api-key-env` names (here, never in a stage).
    pub fn llm_settings(&self) -> anyhow::Result<Option<LlmSettings>> {
        let Some(llm) = &self.llm else {
            return Ok(None);
        };
        url::Url::parse(&llm.base_url)
            .with_context(|| format!("[llm] base-url {:?} is not a URL", llm.base_url))?;
        if llm.model.trim().is_empty() {
            bail!("[llm] model is empty");
        }
        for (name, v) in [
            ("label-below", llm.label_below),
            ("event-below", llm.event_below),
            ("company-below", llm.company_below),
            ("role-below", llm.role_below),
            ("not-job-below", llm.not_job_below),
        ] {
            if !(0.0..=1.0).contains(&v) {
                bail!("[llm] {name} must be between 0 and 1, not {v}");
            }
        }
        if llm.max_prompt_tokens < 200 {
            bail!(
                "[llm] max-prompt-tokens must be at least 200 (the instructions alone take about 150)"
            );
        }
        let api_key = if llm.api_key_env.is_empty() {
            None
        } else {
            // The binary, not a stage, reads the secret: stages get it in LlmSettings.
            #[allow(clippy::disallowed_methods)]
            let key = std::env::var(&llm.api_key_env);
            match key {
                Ok(k) if !k.is_empty() => Some(ApiKey::new(k)),
                _ => bail!(
                    "[llm] api-key-env names {:?}, which is not set in the environment",
                    llm.api_key_env
                ),
            }
        };
        let name = self.user.name.trim();
        Ok(Some(LlmSettings {
            config: llm.clone(),
            api_key,
            user: UserIdentity {
                emails: self.user.emails.clone(),
                name: (!name.is_empty()).then(|| name.to_string()),
                phones: self.user.phones.clone(),
            },
        }))
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
    fn llm_is_off_by_default_and_configured_with_its_defaults() {
        assert!(
            Config::load(None)
                .unwrap()
                .llm_settings()
                .unwrap()
                .is_none()
        );
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("jobtrack.toml");
        std::fs::write(
            &file,
            "[user]\nid = \"alex\"\nemails = [\"alex@example.net\"]\nname = \"Alex Doe\"\n\
             [llm]\nbase-url = \"http://127.0.0.1:11434/v1\"\nmodel = \"qwen2.5:7b\"\n\
             [llm.prices.\"qwen2.5:7b\"]\ninput = 0.1\noutput = 0.2\n",
        )
        .unwrap();
        let s = Config::load(Some(&file))
            .unwrap()
            .llm_settings()
            .unwrap()
            .unwrap();
        assert_eq!(s.config.model, "qwen2.5:7b");
        assert_eq!(s.config.max_prompt_tokens, 500);
        assert_eq!(s.config.price().output, 0.2);
        assert!(s.api_key.is_none());
        assert_eq!(s.user.name.as_deref(), Some("Alex Doe"));
        std::fs::write(
            &file,
            "[llm]\nbase-url = \"http://x/v1\"\nmodel = \"m\"\napi-key-env = \"JOBTRACK_TEST_NO_SUCH_KEY\"\n",
        )
        .unwrap();
        let err = Config::load(Some(&file))
            .unwrap()
            .llm_settings()
            .unwrap_err();
        assert!(
            err.to_string().contains("JOBTRACK_TEST_NO_SUCH_KEY"),
            "{err}"
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
