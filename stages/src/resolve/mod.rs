//! Resolution: turning classified emails into applications and their
//! timelines. The grouping itself is SQL under `sql/` (DataFusion), run by
//! [`crate::SqlStage`]; this module holds what the SQL needs from Rust: the
//! scalar functions it calls ([`udf`]) and the person's corrections
//! ([`corrections`]), applied by the SQL after extraction.

pub mod corrections;
pub mod udf;

/// Settings the resolution SQL reads through `{{ name }}` placeholders;
/// `[resolve]` of the configuration file, defaults in [`Default`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct ResolveOptions {
    /// An application with no mail for this many days is `stalled`.
    pub stalled_days: u32,
    /// An `applied` email this many days after the previous mail of the same
    /// employer and role starts a new application.
    pub window_days: u32,
}

impl Default for ResolveOptions {
    fn default() -> Self {
        Self {
            stalled_days: 21,
            window_days: 180,
        }
    }
}
