//! Resolution: turning classified emails into applications and their
//! timelines. The grouping itself is SQL under `sql/` (DataFusion), run by
//! [`SqlStage`]; this module holds what the SQL needs from Rust: the
//! scalar functions it calls ([`udf`]) and the person's corrections
//! ([`corrections`]), applied by the SQL after extraction.

pub mod corrections;
pub mod sql_stage;
pub mod udf;

pub use sql_stage::SqlStage;

/// Settings the resolution SQL reads through `{{ name }}` placeholders;
/// `[resolve]` of the configuration file, defaults in [`Default`].
#[derive(Debug, Clone, Copy, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct ResolveOptions {
    /// An application with no mail for this many days is `stalled`.
    pub stalled_days: u32,
    /// An `applied` email this many days after the previous mail of the same
    /// employer and role starts a new application.
    pub window_days: u32,
    /// Two roles of one employer whose `jt_role_similarity` is at least this
    /// (0 to 1) are one role; mail naming a role but no employer joins an
    /// application whose role is at least this similar.
    pub role_similarity: f64,
}

impl Default for ResolveOptions {
    fn default() -> Self {
        Self {
            stalled_days: 21,
            window_days: 180,
            role_similarity: 0.75,
        }
    }
}
