//! The one place the program reads its environment. Everything else asks
//! here: the configuration names variables (`password-env`, `api-key-env`,
//! `client-secret-env`), and this module reads them, so the library never
//! sees the environment and a reader finds every variable in one file.
//! `RUST_LOG` is read by tracing's filter, at start-up in `main`.

#![allow(clippy::disallowed_methods)]

use std::path::PathBuf;

/// The value of `name`, or `None` when it is unset, empty or not UTF-8.
pub fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// The folder of per-user configuration: `$XDG_CONFIG_HOME`, else
/// `$HOME/.config`; `None` when neither is set.
pub fn config_home() -> Option<PathBuf> {
    std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
}
