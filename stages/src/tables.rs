//! The one list of the pipeline's tables, [`TABLES`]: each table's name,
//! layer and inputs, and how it is made. Everything else is derived from it:
//! the contract embedded from `schemas/<layer>/<name>.toml`, the SQL
//! embedded from `sql/<layer>/<name>.sql`, the stage registry
//! ([`crate::registry`], which builds a SQL stage for every `Sql` entry and
//! the named Rust stage for every `Rust` one) and every stage's inputs
//! ([`crate::Stage::inputs`]). It is data only and imports no stage, so
//! every module may read it without an import loop.
//!
//! The list is in run order: the registry keeps it, and the runner breaks
//! ties between ready stages by it. The warehouse's views (`sql/views/`),
//! its two publishing stages and the step that drops bodies
//! ([`crate::retention`]) are in it too; they have no contract.
//!
//! The `table!` lines only spell out the paths: `include_str!` takes a
//! literal, so the name and layer are written once and `concat!` makes the
//! paths from them (a path that does not exist fails the build).

/// How a table is made.
#[derive(Debug, Clone, Copy)]
pub enum Made {
    /// By one SELECT of `sql/<layer>/<name>.sql` (DataFusion), run by
    /// [`crate::resolve::SqlStage`].
    Sql(&'static str),
    /// By the Rust stage of the same name ([`crate::registry`] builds it).
    Rust,
    /// By other stages, beside their own table (the dead letters of ingest
    /// and normalize, the LLM's cache).
    Beside,
    /// A DuckDB view of the warehouse, `sql/views/<name>.sql`.
    View(&'static str),
}

/// One entry of [`TABLES`].
#[derive(Debug, Clone, Copy)]
pub struct Table {
    /// The table's name: its stage's name, its files' stem and its
    /// object-store prefix.
    pub name: &'static str,
    /// `raw`, `staging`, `intermediate`, `marts`, `views`, `publish` for
    /// the warehouse and the dashboard, or `maintenance` for a step that
    /// writes no table of its own (dropping bodies).
    pub layer: &'static str,
    /// The tables its stage reads.
    pub inputs: &'static [&'static str],
    /// The contract, `schemas/<layer>/<name>.toml`; none for a view or a
    /// publishing stage.
    pub contract: Option<&'static str>,
    pub made: Made,
}

impl Table {
    /// Whether a stage of this name runs: something a DAG may target.
    pub fn has_stage(&self) -> bool {
        matches!(self.made, Made::Sql(_) | Made::Rust)
    }
}

/// One entry of [`TABLES`], its paths made from its layer and name.
macro_rules! table {
    (sql $layer:ident / $name:ident <- [$($input:ident),* $(,)?]) => {
        Table {
            name: stringify!($name),
            layer: stringify!($layer),
            inputs: &[$(stringify!($input)),*],
            contract: Some(include_str!(concat!(
                "../../schemas/", stringify!($layer), "/", stringify!($name), ".toml"
            ))),
            made: Made::Sql(include_str!(concat!(
                "../../sql/", stringify!($layer), "/", stringify!($name), ".sql"
            ))),
        }
    };
    (rust $layer:ident / $name:ident <- [$($input:ident),* $(,)?]) => {
        Table {
            name: stringify!($name),
            layer: stringify!($layer),
            inputs: &[$(stringify!($input)),*],
            contract: Some(include_str!(concat!(
                "../../schemas/", stringify!($layer), "/", stringify!($name), ".toml"
            ))),
            made: Made::Rust,
        }
    };
    (beside $layer:ident / $name:ident) => {
        Table {
            name: stringify!($name),
            layer: stringify!($layer),
            inputs: &[],
            contract: Some(include_str!(concat!(
                "../../schemas/", stringify!($layer), "/", stringify!($name), ".toml"
            ))),
            made: Made::Beside,
        }
    };
    (view $name:ident) => {
        Table {
            name: stringify!($name),
            layer: "views",
            inputs: &[],
            contract: None,
            made: Made::View(include_str!(concat!("../../sql/views/", stringify!($name), ".sql"))),
        }
    };
    (step $name:ident <- [$($input:ident),* $(,)?]) => {
        Table {
            name: stringify!($name),
            layer: "maintenance",
            inputs: &[$(stringify!($input)),*],
            contract: None,
            made: Made::Rust,
        }
    };
    (publish $name:ident <- [$($input:ident),* $(,)?]) => {
        Table {
            name: stringify!($name),
            layer: "publish",
            inputs: &[$(stringify!($input)),*],
            contract: None,
            made: Made::Rust,
        }
    };
}

/// Every table, view and stage of the pipeline, in run order.
pub const TABLES: &[Table] = &[
    table!(rust raw / raw_messages <- []),
    table!(beside raw / dead_letter),
    table!(rust staging / stg_emails <- [raw_messages]),
    table!(rust intermediate / int_emails_classified <- [stg_emails]),
    table!(rust intermediate / int_corrections <- []),
    table!(rust intermediate / int_emails_llm <- [stg_emails, int_emails_classified]),
    table!(beside intermediate / llm_cache),
    table!(step keep_bodies <- [int_emails_llm]),
    table!(sql intermediate / int_corrections_pivoted <- [int_corrections]),
    table!(sql intermediate / int_emails_corrected
        <- [int_emails_classified, int_emails_llm, int_corrections_pivoted]),
    table!(sql intermediate / int_emails_enriched <- [int_emails_corrected, stg_emails]),
    table!(sql intermediate / int_emails_in_context <- [int_emails_enriched]),
    table!(sql intermediate / int_application_mail <- [int_emails_in_context, stg_emails]),
    table!(sql intermediate / int_application_keys <- [int_application_mail]),
    table!(sql intermediate / int_application_emails <- [int_application_keys, int_corrections]),
    table!(sql marts / application_events <- [int_application_emails]),
    table!(sql marts / applications <- [int_application_emails, int_corrections_pivoted]),
    table!(sql marts / emails
        <- [stg_emails, int_emails_in_context, int_application_emails, applications]),
    table!(sql marts / users <- [stg_emails]),
    table!(publish warehouse <- [emails, applications, application_events, users]),
    table!(view status_funnel),
    table!(view response_by_source),
    table!(view applications_per_week),
    table!(view review_queue),
    table!(view stalled_applications),
    table!(publish site <- [warehouse]),
];

/// The entry named `name`.
pub fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}

/// The inputs of `name`'s stage; none for a name not in the list.
pub fn inputs(name: &str) -> &'static [&'static str] {
    table(name).map_or(&[], |t| t.inputs)
}

/// The warehouse's views, name and DuckDB SELECT, in the order they are made.
pub fn views() -> impl Iterator<Item = (&'static str, &'static str)> {
    TABLES.iter().filter_map(|t| match t.made {
        Made::View(sql) => Some((t.name, sql)),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_inputs_come_earlier_in_the_list() {
        let mut seen = std::collections::HashSet::new();
        for t in TABLES {
            assert!(seen.insert(t.name), "{} is listed twice", t.name);
            for input in t.inputs {
                let made = table(input).unwrap_or_else(|| panic!("{}: no table {input}", t.name));
                assert!(made.has_stage(), "{}: {input} has no stage", t.name);
                assert!(
                    TABLES.iter().position(|x| x.name == *input)
                        < TABLES.iter().position(|x| x.name == t.name),
                    "{}: {input} is listed after it, so the run order breaks",
                    t.name
                );
            }
        }
    }
}
