//! The configuration file (`jobtrack.toml`): user, storage, ingest limits and
//! accounts. Defaults are embedded from `default.toml`; a file given with
//! `--config` overrides them key by key; flags override both for one run.
//! Secrets are never read from here.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use jobtrack_stages::classify::{Classifier, default_model};
use jobtrack_stages::ingest::gmail::{
    GMAIL_UNITS_PER_MINUTE, GOOGLE_API_BASE, GmailOptions, GmailSource,
};
use jobtrack_stages::ingest::imap::{ImapAuth, ImapSource};
use jobtrack_stages::ingest::oauth::{
    self, GOOGLE_AUTH_URL, GOOGLE_TOKEN_URL, OAuthClient, TokenKey, TokenStore,
};
use jobtrack_stages::ingest::{AccountSource, IngestOptions, MailSource};
use jobtrack_stages::learn::training;
use jobtrack_stages::llm::{LlmConfig, LlmSettings, UserIdentity};
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

/// One `[[accounts]]` entry. File providers take `path`; `gmail` and `imap`
/// take the keys below. Secrets are named by environment variable, never
/// written here.
#[derive(Debug, Clone, Default, Deserialize)]
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
    // Gmail.
    /// The OAuth client id of a "Desktop app" client.
    #[serde(default)]
    pub client_id: Option<String>,
    /// The environment variable holding the OAuth client secret.
    #[serde(default)]
    pub client_secret_env: Option<String>,
    /// A Gmail search limiting the import (`q=`).
    #[serde(default)]
    pub query: Option<String>,
    #[serde(default)]
    pub api_base_url: Option<String>,
    #[serde(default)]
    pub token_url: Option<String>,
    #[serde(default)]
    pub auth_url: Option<String>,
    /// Gmail quota units to spend per minute at most (Gmail allows 15,000).
    #[serde(default)]
    pub units_per_minute: Option<u32>,
    // IMAP.
    #[serde(default)]
    pub host: Option<String>,
    #[serde(default)]
    pub port: Option<u16>,
    /// Implicit TLS (default true); false only for a server on this machine.
    #[serde(default)]
    pub tls: Option<bool>,
    #[serde(default)]
    pub username: Option<String>,
    /// The environment variable holding the password (or the access token
    /// with `auth = "xoauth2"`).
    #[serde(default)]
    pub password_env: Option<String>,
    /// `password` (default) or `xoauth2`.
    #[serde(default)]
    pub auth: Option<String>,
    /// Folders to read [default: INBOX, and `[Gmail]/All Mail` if present].
    #[serde(default)]
    pub folders: Option<Vec<String>>,
}

/// The environment variable that may hold the token key (64 hex digits).
pub const TOKEN_KEY_ENV: &str = "JOBTRACK_TOKEN_KEY";

/// Where the token key file is when `JOBTRACK_TOKEN_KEY` is not set:
/// `$XDG_CONFIG_HOME/jobtrack/token.key`, else `~/.config/jobtrack/token.key`.
pub fn token_key_file() -> anyhow::Result<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
        .context("neither XDG_CONFIG_HOME nor HOME is set: set JOBTRACK_TOKEN_KEY")?;
    Ok(base.join("jobtrack").join("token.key"))
}

/// The key that encrypts stored tokens: `JOBTRACK_TOKEN_KEY`, else the key
/// file, which is created (mode 0600) when `create` is set.
// The binary is where the environment is read; stages never read it.
#[allow(clippy::disallowed_methods)]
pub fn token_key(create: bool) -> anyhow::Result<TokenKey> {
    if let Ok(hex) = std::env::var(TOKEN_KEY_ENV) {
        return TokenKey::from_hex(&hex).with_context(|| format!("{TOKEN_KEY_ENV} is not usable"));
    }
    let file = token_key_file()?;
    match std::fs::read_to_string(&file) {
        Ok(text) => TokenKey::from_hex(&text)
            .with_context(|| format!("token key file {} is not usable", file.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && create => {
            let key = TokenKey::generate()?;
            if let Some(dir) = file.parent() {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create {}", dir.display()))?;
            }
            write_private(&file, key.to_hex().expose_secret().as_bytes())?;
            tracing::info!(file = %file.display(), "Created the token key file.");
            Ok(key)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
            "no token key: set {TOKEN_KEY_ENV} or run `jobtrack connect <account>` to create {}",
            file.display()
        ),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", file.display())),
    }
}

/// Creates a file only its owner can read.
fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    f.write_all(bytes)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

impl AccountConfig {
    fn need<'a>(&self, v: &'a Option<String>, key: &str) -> anyhow::Result<&'a str> {
        v.as_deref()
            .with_context(|| format!("account {:?} ({}) needs `{key}`", self.name, self.provider))
    }

    // The binary is where the environment is read; stages never read it.
    #[allow(clippy::disallowed_methods)]
    fn env_secret(&self, key: &str, var: &str) -> anyhow::Result<SecretString> {
        match std::env::var(var) {
            Ok(v) if !v.is_empty() => Ok(SecretString::from(v)),
            _ => bail!(
                "account {:?}: the environment variable {var} (named by `{key}`) is not set",
                self.name
            ),
        }
    }

    /// The OAuth client of a Gmail account.
    pub fn oauth_client(&self) -> anyhow::Result<OAuthClient> {
        let client_secret = match &self.client_secret_env {
            Some(var) => Some(self.env_secret("client-secret-env", var)?),
            None => None,
        };
        Ok(OAuthClient {
            client_id: self.need(&self.client_id, "client-id")?.to_string(),
            client_secret,
            auth_url: self
                .auth_url
                .clone()
                .unwrap_or_else(|| GOOGLE_AUTH_URL.into()),
            token_url: self
                .token_url
                .clone()
                .unwrap_or_else(|| GOOGLE_TOKEN_URL.into()),
        })
    }

    fn gmail(&self, root: &DataRoot) -> anyhow::Result<GmailSource> {
        oauth::check_account(&self.name)?;
        let mut options = GmailOptions::default();
        if let Some(u) = self.units_per_minute {
            if !(10..=GMAIL_UNITS_PER_MINUTE).contains(&u) {
                bail!(
                    "account {:?}: units-per-minute must be 10 to {GMAIL_UNITS_PER_MINUTE}",
                    self.name
                );
            }
            options.units_per_minute = u;
        }
        Ok(GmailSource {
            oauth: self.oauth_client()?,
            tokens: TokenStore::new(root.clone(), token_key(false)?),
            query: self.query.clone().filter(|q| !q.trim().is_empty()),
            api_base_url: self
                .api_base_url
                .clone()
                .unwrap_or_else(|| GOOGLE_API_BASE.into()),
            options,
        })
    }

    fn imap(&self) -> anyhow::Result<ImapSource> {
        let auth = match self.auth.as_deref() {
            None | Some("password") => ImapAuth::Password,
            Some("xoauth2") => ImapAuth::XOAuth2,
            Some(other) => bail!(
                "account {:?}: auth {other:?} is not password or xoauth2",
                self.name
            ),
        };
        let tls = self.tls.unwrap_or(true);
        let var = self.need(&self.password_env, "password-env")?;
        Ok(ImapSource {
            host: self.need(&self.host, "host")?.to_string(),
            port: self.port.unwrap_or(if tls { 993 } else { 143 }),
            tls,
            username: self.need(&self.username, "username")?.to_string(),
            secret: self.env_secret("password-env", var)?,
            auth,
            folders: self.folders.clone().filter(|f| !f.is_empty()),
        })
    }
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

    /// The account named `name`.
    pub fn account(&self, name: &str) -> anyhow::Result<&AccountConfig> {
        self.accounts
            .iter()
            .find(|a| a.name == name)
            .with_context(|| {
                let names: Vec<&str> = self.accounts.iter().map(|a| a.name.as_str()).collect();
                format!("no account {name:?} in the configuration (accounts: {names:?})")
            })
    }

    /// The sources of the configured accounts.
    pub fn sources(&self) -> anyhow::Result<Vec<AccountSource>> {
        let mut out = Vec::new();
        let mut root = None;
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
                "gmail" => {
                    if root.is_none() {
                        root = Some(self.data_root()?);
                    }
                    let root = root.as_ref().context("the data root")?;
                    MailSource::Gmail(Box::new(a.gmail(root)?))
                }
                "imap" => MailSource::Imap(Box::new(a.imap()?)),
                other => bail!(
                    "account {:?}: unknown provider {other:?} (gmail, imap, mbox, maildir, eml, sample)",
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
        let identity = jobtrack_stages::classify::outgoing::Identity::new(&self.user.emails);
        Ok(Classifier::new(&rules, Some(&model))?.with_identity(identity))
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
                Ok(k) if !k.is_empty() => Some(SecretString::from(k)),
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
