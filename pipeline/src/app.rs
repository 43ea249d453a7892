//! What the commands work on, made in one place: the configuration with the
//! flags applied, the data root, the warehouse and a run context; and the
//! marker that makes an error the user's (exit code 2).

use std::sync::Arc;

use jobtrack_stages::publish::Warehouse;
use jobtrack_stages::{DataRoot, RunContext, SystemClock};

use crate::config::Config;
use crate::runner;

/// The configuration and the data root it names.
pub struct App {
    pub config: Config,
    pub root: DataRoot,
}

impl App {
    pub fn open(config: Config) -> anyhow::Result<Self> {
        let root = config.data_root()?;
        Ok(Self { config, root })
    }

    pub fn warehouse(&self) -> Warehouse {
        self.config.warehouse(&self.root)
    }

    /// A context for one run: a new run id, the system clock and the user.
    pub fn context(&self) -> RunContext {
        let clock = Arc::new(SystemClock);
        let run_id = runner::new_run_id(clock.as_ref());
        RunContext::new(
            self.root.clone(),
            clock,
            run_id,
            self.config.user.id.clone(),
        )
    }
}

/// Marks an error as one in what the user asked for (exit code 2); it adds
/// nothing to the message.
#[derive(Debug)]
pub struct Usage;

impl std::fmt::Display for Usage {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Ok(())
    }
}

/// `.usage()` on a result: its error is the user's.
pub trait UsageExt<T> {
    fn usage(self) -> anyhow::Result<T>;
}

impl<T, E: Into<anyhow::Error>> UsageExt<T> for Result<T, E> {
    fn usage(self) -> anyhow::Result<T> {
        self.map_err(|e| e.into().context(Usage))
    }
}

/// A new error in what the user asked for.
pub fn usage(message: impl std::fmt::Display + Send + Sync + 'static) -> anyhow::Error {
    anyhow::anyhow!("{message}").context(Usage)
}
