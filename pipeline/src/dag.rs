//! DAG files (`dags/*.toml`): which targets a run builds and on what cron
//! schedule. No logic lives in them: the runner adds every stage a target
//! depends on and orders them by their inputs.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use anyhow::{Context, bail};
use serde::Deserialize;

use jobtrack_stages::Stage;

/// The DAG `jobtrack run` uses when none is given.
pub const NIGHTLY: &str = include_str!("../../dags/nightly.toml");

/// The DAG `jobtrack ingest` runs: ingest and normalize.
pub const INGEST: &str = include_str!("../../dags/ingest.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Dag {
    pub name: String,
    /// Cron expression (5 fields, UTC).
    pub schedule: String,
    pub targets: Vec<String>,
    /// Run `jobtrack maintain` after a run when the user's tables were last
    /// maintained this many days ago or more (the count starts at the
    /// user's first run).
    #[serde(default)]
    pub maintain_every_days: Option<i64>,
}

impl Dag {
    pub fn parse(text: &str, origin: &str) -> anyhow::Result<Self> {
        let dag: Dag = toml::from_str(text)
            .map_err(|e| anyhow::anyhow!("DAG {origin} is invalid: {}", e.message()))?;
        if dag.targets.is_empty() {
            bail!("DAG {origin} names no targets");
        }
        <croner::Cron as std::str::FromStr>::from_str(&dag.schedule).with_context(|| {
            format!(
                "DAG {origin}: schedule {:?} is not a cron expression",
                dag.schedule
            )
        })?;
        Ok(dag)
    }

    pub fn load(path: Option<&Path>) -> anyhow::Result<Self> {
        match path {
            None => Self::parse(NIGHTLY, "dags/nightly.toml (built in)"),
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .with_context(|| format!("cannot read DAG file {}", p.display()))?;
                Self::parse(&text, &p.display().to_string())
            }
        }
    }
}

/// The stages needed for `targets`, dependencies first. Ties keep the
/// registry's order, so a plan is always the same.
pub fn plan(
    stages: Vec<Box<dyn Stage>>,
    targets: &[String],
) -> anyhow::Result<Vec<Box<dyn Stage>>> {
    let index: HashMap<&str, usize> = stages
        .iter()
        .enumerate()
        .map(|(i, s)| (s.name(), i))
        .collect();
    let mut needed = BTreeSet::new();
    let mut todo: Vec<&str> = Vec::new();
    for t in targets {
        if !index.contains_key(t.as_str()) {
            let known: Vec<&str> = stages.iter().map(|s| s.name()).collect();
            bail!("unknown target {t:?}; targets are: {}", known.join(", "));
        }
        todo.push(t.as_str());
    }
    while let Some(name) = todo.pop() {
        let Some(&i) = index.get(name) else {
            bail!("a stage needs table {name:?}, which no stage produces");
        };
        if needed.insert(i) {
            todo.extend(stages[i].inputs().iter().copied());
        }
    }
    // Kahn's algorithm over the needed stages, lowest registry index first.
    let mut order = Vec::new();
    let mut done: BTreeSet<&str> = BTreeSet::new();
    let mut left: Vec<usize> = needed.into_iter().collect();
    while !left.is_empty() {
        let Some(pos) = left
            .iter()
            .position(|&i| stages[i].inputs().iter().all(|inp| done.contains(inp)))
        else {
            bail!("the stages form a cycle");
        };
        let i = left.remove(pos);
        done.insert(stages[i].name());
        order.push(i);
    }
    let mut slots: Vec<Option<Box<dyn Stage>>> = stages.into_iter().map(Some).collect();
    Ok(order.into_iter().filter_map(|i| slots[i].take()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry() -> Vec<Box<dyn Stage>> {
        jobtrack_stages::registry(&jobtrack_stages::StageConfig {
            sources: vec![],
            ingest: Default::default(),
            resolve: Default::default(),
            warehouse: jobtrack_stages::publish::Warehouse::new("w.duckdb"),
            classifier: std::sync::Arc::new(
                jobtrack_stages::classify::Classifier::new(
                    &jobtrack_stages::classify::Classifier::default_rules().unwrap(),
                    None,
                )
                .unwrap(),
            ),
            llm: None,
            keep_bodies: Default::default(),
        })
    }

    #[test]
    fn the_nightly_dag_runs_every_stage_in_dependency_order() {
        let dag = Dag::load(None).unwrap();
        let names: Vec<_> = plan(registry(), &dag.targets)
            .unwrap()
            .iter()
            .map(|s| s.name())
            .collect();
        assert_eq!(
            names,
            vec![
                "raw_messages",
                "stg_emails",
                "int_emails_classified",
                "int_corrections",
                "int_emails_llm",
                "int_corrections_pivoted",
                "int_emails_corrected",
                "int_emails_enriched",
                "int_emails_in_context",
                "int_application_mail",
                "int_application_keys",
                "int_application_emails",
                "application_events",
                "applications",
                "emails",
                "users",
                "warehouse",
                "site"
            ]
        );
    }

    #[test]
    fn a_target_brings_only_what_it_needs() {
        let names: Vec<_> = plan(registry(), &["raw_messages".to_string()])
            .unwrap()
            .iter()
            .map(|s| s.name())
            .collect();
        assert_eq!(names, vec!["raw_messages"]);
    }

    /// Every target of every DAG file under `dags/` is a stage of the table
    /// list (`jobtrack_stages::tables::TABLES`), so a renamed stage cannot
    /// leave a DAG naming nothing.
    #[test]
    fn every_dag_file_names_stages_of_the_table_list() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../dags");
        let mut files = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "toml") {
                continue;
            }
            files += 1;
            let dag = Dag::load(Some(&path)).unwrap();
            for target in &dag.targets {
                assert!(
                    jobtrack_stages::tables::table(target)
                        .is_some_and(jobtrack_stages::tables::Table::has_stage),
                    "{}: target {target:?} is no stage of the table list",
                    path.display()
                );
            }
        }
        assert!(files >= 2, "the DAG files of {}", dir.display());
    }

    #[test]
    fn unknown_targets_and_bad_schedules_are_refused() {
        assert!(plan(registry(), &["nope".to_string()]).is_err());
        assert!(Dag::parse("name='x'\nschedule='every night'\ntargets=['emails']", "t").is_err());
    }
}
