//! The configuration file (`jobtrack.toml`): user, storage, each
//! component's settings and the accounts. Every default is written once, in
//! the `Default` of the struct that owns it (the components' own option types
//! from `stages` for `[ingest]`, `[resolve]` and `[llm]`); a file given with
//! `--config` overrides any key, and flags override both for one run.
//! `jobtrack config` prints the configuration in force. Secrets are never
//! read from here: accounts and `[llm]` name environment variables, which
//! [`crate::env`] reads.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use jobtrack_stages::classify::{Classifier, Sensitivity, default_model};
use jobtrack_stages::ingest::gmail::{
    GMAIL_UNITS_PER_MINUTE, GOOGLE_API_BASE, GmailOptions, GmailSource,
};
use jobtrack_stages::ingest::imap::{ImapAuth, ImapSource, ImapTls};
use jobtrack_stages::ingest::oauth::{
    self, GOOGLE_AUTH_URL, GOOGLE_TOKEN_URL, OAuthClient, TokenKey, TokenStore,
};
use jobtrack_stages::ingest::{AccountSource, IngestOptions, MailSource};
use jobtrack_stages::learn::training;
use jobtrack_stages::llm::{LlmConfig, LlmSettings, UserIdentity};
use jobtrack_stages::publish::Warehouse;
use jobtrack_stages::publish::site::{published_dir, site_dir};
use jobtrack_stages::resolve::ResolveOptions;
use jobtrack_stages::storage::{DataRoot, check_user_id};

use crate::env;

/// The bundled sample mailbox.
pub const SAMPLE_MBOX: &[u8] = include_bytes!("../../samples/sample.mbox");

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct Config {
    pub user: UserConfig,
    pub storage: StorageConfig,
    pub ingest: IngestOptions,
    pub classify: ClassifyConfig,
    pub resolve: ResolveOptions,
    /// An OpenAI-compatible LLM for the uncertain tail; none by default, so
    /// nothing leaves the machine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub llm: Option<LlmConfig>,
    /// Exports beyond files: Google Sheets.
    pub export: ExportConfig,
    /// The weekly digest of stalled applications; off by default.
    pub nudges: NudgesConfig,
    /// Alerts for whoever runs jobtrack (failed runs, accounts to
    /// reconnect, ...); off until a webhook or an address is set.
    pub alerts: AlertsConfig,
    /// The mailboxes to read. None configured: the sample bundled in the
    /// binary.
    pub accounts: Vec<AccountConfig>,
    /// One `[[users]]` entry of a fleet: the warehouse and dashboard are
    /// this user's own, under `published/user_id=<id>/` (see [`fleet`]).
    #[serde(skip)]
    pub fleet_user: bool,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            user: UserConfig::default(),
            storage: StorageConfig::default(),
            ingest: IngestOptions::default(),
            classify: ClassifyConfig::default(),
            resolve: ResolveOptions::default(),
            llm: None,
            export: ExportConfig::default(),
            nudges: NudgesConfig::default(),
            alerts: AlertsConfig::default(),
            accounts: vec![AccountConfig::Sample(SampleAccount {
                name: "sample".into(),
            })],
            fleet_user: false,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct UserConfig {
    /// Names the hive partition (`user_id=...`) every row is stored under.
    pub id: String,
    /// The person's own addresses: mail from them is read as the person's
    /// own (an application sent, a follow-up); redacted from anything sent
    /// to an LLM.
    pub emails: Vec<String>,
    /// The person's name: redacted from anything sent to an LLM.
    pub name: String,
    /// The person's phone numbers: redacted from anything sent to an LLM.
    pub phones: Vec<String>,
    /// The environment variable holding this person's token for `serve`
    /// (a fleet served whole needs one per person; one person's `serve`
    /// takes it when `--token-env` is not given).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub serve_token_env: String,
}

impl Default for UserConfig {
    fn default() -> Self {
        Self {
            id: "me".into(),
            emails: Vec::new(),
            name: String::new(),
            phones: Vec::new(),
            serve_token_env: String::new(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct StorageConfig {
    /// A local folder, or a `file://`, `s3://`, `gs://` or `az://` URL.
    pub data_dir: String,
    /// The DuckDB warehouse file. Empty: `<data-dir>/warehouse.duckdb` on a
    /// local data dir, `./jobtrack-warehouse.duckdb` otherwise.
    pub warehouse: String,
    /// What stays of a message once it is processed: "full" (the default:
    /// raw bytes and text), "text" (the raw bytes go), "none" (the text
    /// goes too: headers, extracted fields, links and hashes remain).
    /// A change applies to the mail already stored on the next run.
    pub keep_bodies: jobtrack_stages::retention::KeepBodies,
}

impl Default for StorageConfig {
    fn default() -> Self {
        Self {
            data_dir: "./jobtrack-data".into(),
            warehouse: String::new(),
            keep_bodies: Default::default(),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct ClassifyConfig {
    /// A rules file that extends or overrides the built-in rules (format:
    /// `stages/src/classify/rules/default.toml`). Empty: built-in only.
    pub rules_file: String,
    /// "balanced" (the default), "high-recall" (track more of the mail the
    /// classifier is unsure of), "high-precision" (track less of it), or
    /// the factor not-job's probability is multiplied by (0.05..=20).
    pub sensitivity: String,
}

/// One `[[accounts]]` entry: `provider` says which kind of mailbox, and each
/// kind takes its own keys. Secrets are named by environment variable, never
/// written here.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(tag = "provider", rename_all = "kebab-case")]
pub enum AccountConfig {
    /// The mailbox bundled in the binary.
    Sample(SampleAccount),
    /// An mbox file (Google Takeout, Thunderbird).
    Mbox(FileAccount),
    /// A Maildir folder.
    Maildir(FileAccount),
    /// A folder of `.eml` files.
    Eml(FileAccount),
    /// Gmail through its API (connect it once with `jobtrack connect NAME`).
    Gmail(GmailAccount),
    /// Any IMAP server.
    Imap(ImapAccount),
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SampleAccount {
    pub name: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FileAccount {
    pub name: String,
    /// The file or folder; relative paths are relative to the config file.
    pub path: PathBuf,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct GmailAccount {
    pub name: String,
    /// The OAuth client id of a "Desktop app" client.
    pub client_id: String,
    /// The environment variable holding the OAuth client secret, if the
    /// client has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret_env: Option<String>,
    /// A Gmail search limiting the import (`q=`), e.g. `newer_than:3y`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Import mail in Spam and Trash too (Gmail's listing leaves them out).
    #[serde(default)]
    pub include_spam_trash: bool,
    /// Gmail quota units to spend per minute at most (Gmail allows 15,000).
    #[serde(default = "default_units_per_minute")]
    pub units_per_minute: u32,
    /// Seconds one API call may take before it is retried as failed.
    #[serde(default = "default_timeout_secs")]
    pub timeout_secs: u64,
    /// The API's base URL (a test server's, in tests).
    #[serde(default = "default_api_base_url")]
    pub api_base_url: String,
    #[serde(default = "default_token_url")]
    pub token_url: String,
    #[serde(default = "default_auth_url")]
    pub auth_url: String,
}

// The Gmail defaults are the client's own (stages), named here for serde.
fn default_units_per_minute() -> u32 {
    GmailOptions::default().units_per_minute
}
fn default_timeout_secs() -> u64 {
    GmailOptions::default().request_timeout.as_secs()
}
fn default_api_base_url() -> String {
    GOOGLE_API_BASE.into()
}
fn default_token_url() -> String {
    GOOGLE_TOKEN_URL.into()
}
fn default_auth_url() -> String {
    GOOGLE_AUTH_URL.into()
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ImapAccount {
    pub name: String,
    pub host: String,
    /// Default: 993 with implicit TLS, 143 with STARTTLS or without TLS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    /// Implicit TLS (the default); `false` only for a server on this
    /// machine, unless `starttls` is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<bool>,
    /// Plain TCP upgraded with STARTTLS (port 143); the account fails
    /// when the server does not offer it.
    #[serde(default)]
    pub starttls: bool,
    /// PEM CA certificates to trust besides the built-in and system roots.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_file: Option<PathBuf>,
    pub username: String,
    /// The environment variable holding the password (or the access token
    /// with `auth = "xoauth2"`).
    pub password_env: String,
    /// `password` or `xoauth2`.
    #[serde(default)]
    pub auth: ImapAuth,
    /// Folders to read. Empty: INBOX, and the "All Mail" folder if there is
    /// one.
    #[serde(default)]
    pub folders: Vec<String>,
    /// Seconds the server may take to answer one step (login, a command).
    #[serde(default = "default_imap_timeout_secs")]
    pub timeout_secs: u64,
}

fn default_imap_timeout_secs() -> u64 {
    jobtrack_stages::ingest::imap::DEFAULT_TIMEOUT.as_secs()
}

/// The environment variable that may hold the token key (64 hex digits).
pub const TOKEN_KEY_ENV: &str = "JOBTRACK_TOKEN_KEY";

/// Where the token key file is when `JOBTRACK_TOKEN_KEY` is not set:
/// `$XDG_CONFIG_HOME/jobtrack/token.key`, else `~/.config/jobtrack/token.key`.
pub fn token_key_file() -> anyhow::Result<PathBuf> {
    let base = env::config_home()
        .context("neither XDG_CONFIG_HOME nor HOME is set: set JOBTRACK_TOKEN_KEY")?;
    Ok(base.join("jobtrack").join("token.key"))
}

/// The key that encrypts stored tokens: `JOBTRACK_TOKEN_KEY`, else the key
/// file, which is created (mode 0600) when `create` is set.
pub fn token_key(create: bool) -> anyhow::Result<TokenKey> {
    if let Some(hex) = env::var(TOKEN_KEY_ENV) {
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

/// The secret in the environment variable `var`, which the key `key` of
/// account `account` names.
pub(crate) fn env_secret(account: &str, key: &str, var: &str) -> anyhow::Result<SecretString> {
    match env::var(var) {
        Some(v) => Ok(SecretString::from(v)),
        None => bail!(
            "account {account:?}: the environment variable {var} (named by `{key}`) is not set"
        ),
    }
}

impl AccountConfig {
    /// The account's name, unique in the configuration.
    pub fn name(&self) -> &str {
        match self {
            Self::Sample(a) => &a.name,
            Self::Mbox(a) | Self::Maildir(a) | Self::Eml(a) => &a.name,
            Self::Gmail(a) => &a.name,
            Self::Imap(a) => &a.name,
        }
    }

    /// The provider's name, as written in `provider = "..."`.
    pub fn provider(&self) -> &'static str {
        match self {
            Self::Sample(_) => "sample",
            Self::Mbox(_) => "mbox",
            Self::Maildir(_) => "maildir",
            Self::Eml(_) => "eml",
            Self::Gmail(_) => "gmail",
            Self::Imap(_) => "imap",
        }
    }

    /// The source that reads this account.
    fn source(
        &self,
        root: impl FnOnce() -> anyhow::Result<DataRoot>,
    ) -> anyhow::Result<MailSource> {
        Ok(match self {
            Self::Sample(_) => MailSource::MboxBytes {
                name: "bundled sample mailbox",
                bytes: SAMPLE_MBOX,
            },
            Self::Mbox(a) => MailSource::Mbox(a.path.clone()),
            Self::Maildir(a) => MailSource::Maildir(a.path.clone()),
            Self::Eml(a) => MailSource::Eml(a.path.clone()),
            Self::Gmail(a) => MailSource::Gmail(Box::new(a.source(&root()?)?)),
            Self::Imap(a) => MailSource::Imap(Box::new(a.source()?)),
        })
    }
}

impl GmailAccount {
    /// The account's OAuth client.
    pub fn oauth_client(&self) -> anyhow::Result<OAuthClient> {
        let client_secret = match &self.client_secret_env {
            Some(var) => Some(env_secret(&self.name, "client-secret-env", var)?),
            None => None,
        };
        if self.client_id.trim().is_empty() {
            bail!("account {:?} (gmail) needs `client-id`", self.name);
        }
        Ok(OAuthClient {
            client_id: self.client_id.clone(),
            client_secret,
            auth_url: self.auth_url.clone(),
            token_url: self.token_url.clone(),
        })
    }

    fn source(&self, root: &DataRoot) -> anyhow::Result<GmailSource> {
        oauth::check_account(&self.name)?;
        if !(10..=GMAIL_UNITS_PER_MINUTE).contains(&self.units_per_minute) {
            bail!(
                "account {:?}: units-per-minute must be 10 to {GMAIL_UNITS_PER_MINUTE}",
                self.name
            );
        }
        if self.timeout_secs == 0 {
            bail!("account {:?}: timeout-secs must be at least 1", self.name);
        }
        Ok(GmailSource {
            oauth: self.oauth_client()?,
            tokens: TokenStore::new(root.clone(), token_key(false)?),
            query: self.query.clone().filter(|q| !q.trim().is_empty()),
            api_base_url: self.api_base_url.clone(),
            options: GmailOptions {
                units_per_minute: self.units_per_minute,
                request_timeout: Duration::from_secs(self.timeout_secs),
                include_spam_trash: self.include_spam_trash,
                ..GmailOptions::default()
            },
        })
    }
}

impl ImapAccount {
    /// How the connection is protected: implicit TLS unless `starttls` or
    /// `tls = false` says otherwise.
    pub fn security(&self) -> anyhow::Result<ImapTls> {
        Ok(match (self.tls, self.starttls) {
            (Some(true), true) => bail!(
                "account {:?}: tls = true and starttls = true: choose implicit TLS (port 993) or STARTTLS (port 143)",
                self.name
            ),
            (_, true) => ImapTls::StartTls,
            (Some(false), false) => ImapTls::Off,
            (None | Some(true), false) => ImapTls::Implicit,
        })
    }

    fn source(&self) -> anyhow::Result<ImapSource> {
        let tls = self.security()?;
        if tls == ImapTls::Off && !is_loopback_host(&self.host) {
            bail!(
                "account {:?}: tls = false would send the password in clear text to {}; \
                 it is only allowed for a server on this machine (localhost, 127.0.0.1, ::1)",
                self.name,
                self.host
            );
        }
        if self.timeout_secs == 0 {
            bail!("account {:?}: timeout-secs must be at least 1", self.name);
        }
        Ok(ImapSource {
            host: self.host.clone(),
            port: self
                .port
                .unwrap_or(if tls == ImapTls::Implicit { 993 } else { 143 }),
            tls,
            ca_file: self.ca_file.clone(),
            username: self.username.clone(),
            secret: env_secret(&self.name, "password-env", &self.password_env)?,
            auth: self.auth,
            folders: (!self.folders.is_empty()).then(|| self.folders.clone()),
            timeout: Duration::from_secs(self.timeout_secs),
        })
    }
}

/// Whether `host` names this machine: `localhost` or a loopback address.
fn is_loopback_host(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

impl Config {
    #[cfg(test)]
    /// The defaults, overridden by `file` when given (a one-person file;
    /// a fleet's users are read through [`Fleet`]).
    pub fn load(file: Option<&Path>) -> anyhow::Result<Self> {
        Fleet::load(file)?.config(None)
    }

    /// The defaults overridden by `table`, a file's sections (read from
    /// `path`: relative account paths are relative to it).
    pub(crate) fn from_table(mut table: toml::Table, path: Option<&Path>) -> anyhow::Result<Self> {
        // Accounts are read one by one, so an error names the account.
        let accounts = match table.remove("accounts") {
            None => None,
            Some(toml::Value::Array(items)) => Some(
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, item)| account(i, item))
                    .collect::<anyhow::Result<Vec<_>>>()?,
            ),
            Some(_) => bail!("invalid configuration: `accounts` must be [[accounts]] tables"),
        };
        let mut config: Config = table.try_into().map_err(|e: toml::de::Error| {
            anyhow::anyhow!("invalid configuration: {}", e.message())
        })?;
        if let Some(accounts) = accounts {
            config.accounts = accounts;
        }
        check_user_id(&config.user.id)?;
        let mut seen = std::collections::BTreeSet::new();
        for a in &config.accounts {
            if !seen.insert(a.name()) {
                bail!(
                    "invalid configuration: two accounts are named {:?}",
                    a.name()
                );
            }
        }
        let similarity = config.resolve.role_similarity;
        if !(0.0..=1.0).contains(&similarity) {
            bail!(
                "invalid configuration: [resolve] role-similarity must be between 0 and 1, not {similarity}"
            );
        }
        // Relative account paths are relative to the config file.
        if let Some(dir) = path
            .and_then(Path::parent)
            .filter(|d| !d.as_os_str().is_empty())
        {
            for a in &mut config.accounts {
                if let AccountConfig::Mbox(f) | AccountConfig::Maildir(f) | AccountConfig::Eml(f) =
                    a
                    && f.path.is_relative()
                {
                    f.path = dir.join(&f.path);
                }
            }
        }
        Ok(config)
    }

    /// The configuration in force, as a TOML file would write it.
    pub fn to_toml(&self) -> anyhow::Result<String> {
        toml::to_string(self).context("the configuration cannot be written as TOML")
    }

    /// The account named `name`.
    pub fn account(&self, name: &str) -> anyhow::Result<&AccountConfig> {
        self.accounts
            .iter()
            .find(|a| a.name() == name)
            .with_context(|| {
                let names: Vec<&str> = self.accounts.iter().map(AccountConfig::name).collect();
                format!("no account {name:?} in the configuration (accounts: {names:?})")
            })
    }

    /// The sources of the configured accounts.
    pub fn sources(&self) -> anyhow::Result<Vec<AccountSource>> {
        let mut root = None;
        self.accounts
            .iter()
            .map(|a| {
                let source = a.source(|| match &root {
                    Some(r) => Ok(DataRoot::clone(r)),
                    None => {
                        let r = self.data_root()?;
                        root = Some(r.clone());
                        Ok(r)
                    }
                })?;
                Ok(AccountSource {
                    account: a.name().to_string(),
                    source,
                })
            })
            .collect()
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
        // The person's own mail is told by their addresses: the configured
        // ones, else those the accounts name.
        let emails = if self.user.emails.is_empty() {
            self.account_addresses()
        } else {
            self.user.emails.clone()
        };
        let identity = jobtrack_stages::classify::outgoing::Identity::new(&emails);
        let sensitivity = Sensitivity::parse(&self.classify.sensitivity)?;
        Ok(Classifier::new(&rules, Some(&model))?
            .with_identity(identity)
            .with_sensitivity(sensitivity))
    }

    /// The addresses the accounts themselves name: IMAP usernames that
    /// are addresses (lower-case, sorted, once each).
    pub fn account_addresses(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .accounts
            .iter()
            .filter_map(|a| match a {
                AccountConfig::Imap(i) if i.username.contains('@') => {
                    Some(i.username.trim().to_lowercase())
                }
                _ => None,
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The LLM settings when `[llm]` is configured, with the key read from
    /// the environment variable `api-key-env` names.
    pub fn llm_settings(&self) -> anyhow::Result<Option<LlmSettings>> {
        let Some(llm) = &self.llm else {
            return Ok(None);
        };
        if llm.base_url.trim().is_empty() || llm.model.trim().is_empty() {
            bail!("[llm] needs `base-url` and `model` (leave [llm] out to use no LLM)");
        }
        url::Url::parse(&llm.base_url)
            .with_context(|| format!("[llm] base-url {:?} is not a URL", llm.base_url))?;
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
            match env::var(&llm.api_key_env) {
                Some(k) => Some(SecretString::from(k)),
                None => bail!(
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
                account_emails: self.account_addresses(),
            },
        }))
    }

    /// Opens the data root.
    pub fn data_root(&self) -> anyhow::Result<DataRoot> {
        Ok(DataRoot::open(&self.storage.data_dir)?)
    }

    /// Where the warehouse file is. A fleet user's holds only their rows.
    pub fn warehouse(&self, root: &DataRoot) -> Warehouse {
        let id = &self.user.id;
        let path = if !self.storage.warehouse.is_empty() {
            PathBuf::from(&self.storage.warehouse)
        } else {
            match (root.local_dir(), self.fleet_user) {
                (Some(dir), false) => dir.join("warehouse.duckdb"),
                (Some(dir), true) => dir.join(published_dir(id)).join("warehouse.duckdb"),
                (None, false) => PathBuf::from("jobtrack-warehouse.duckdb"),
                (None, true) => PathBuf::from(format!("jobtrack-warehouse-{id}.duckdb")),
            }
        };
        let warehouse = Warehouse::new(path);
        if self.fleet_user {
            warehouse.of_user(id)
        } else {
            warehouse
        }
    }

    /// The dashboard's folder under the data root.
    pub fn site_dir(&self) -> String {
        site_dir(self.fleet_user.then_some(self.user.id.as_str()))
    }
}

/// Account `i` of the file, with errors that name it.
fn account(i: usize, item: toml::Value) -> anyhow::Result<AccountConfig> {
    let name = item
        .get("name")
        .and_then(toml::Value::as_str)
        .map_or_else(|| format!("number {}", i + 1), |n| format!("{n:?}"));
    item.try_into().map_err(|e: toml::de::Error| {
        anyhow::anyhow!("invalid configuration: account {name}: {}", e.message())
    })
}

mod alerts;
pub mod fleet;
mod outputs;
pub use alerts::AlertsConfig;
pub use fleet::Fleet;
pub use outputs::{ExportConfig, NudgesConfig};

#[cfg(test)]
mod tests;
