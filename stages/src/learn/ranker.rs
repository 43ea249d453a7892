//! The employer ranker's recipe: which labeled mail it learns from, how that
//! mail is read, and the settings, so that `cargo run --example
//! train_ranker` rebuilds `stages/src/classify/model/company_ranker.json`
//! bit for bit.
//!
//! The training mail, in this order (each folder's `.eml` files in path
//! order, paired with their `labels.jsonl` lines by Message-ID):
//! 1. the labeled corpus (`stages/tests/fixtures/eml/labeled`);
//! 2. the blind-written corpus (`stages/tests/fixtures/eml/blind`);
//! 3. every mailbox of the unseen corpus's development part
//!    (`corpora/unseen/dev/<mailbox>/mail`), whose `person.toml` addresses
//!    mark the person's own mail.
//!
//! Never the unseen corpus's test part. Each message is read as `jobtrack
//! run` reads it (ingest's Message-ID, the normalizer); mail labeled
//! application or recruiter outreach becomes one [`RankExample`]: the
//! candidates [`Classifier::company_candidates`] finds with the shipped rules
//! and model and no ranker, each marked right when it names the labeled
//! employer or one of its aliases (compared as `eval` compares them).
//! Training ([`crate::classify::ranker::train`]) is deterministic.
//!
//! [`cross_validate`] measures the recipe honestly: each group (a corpus,
//! or one unseen mailbox) is scored by a ranker trained on the others.
//!
//! The role ranker ([`Target::Role`], `stages/src/classify/model/
//! role_ranker.json`) learns from the same mail, incoming application and
//! outreach mail only: the candidates [`Classifier::role_candidates`] finds
//! (with the shipped rules, model and employer ranker), each right when it
//! is the labeled role (compared as `eval` compares roles); "no role" is
//! right when no candidate is (the mail does not name its role, and the
//! application's shows).

use std::path::Path;

use crate::classify::ranker::{self, RankExample, RankTrain, Ranker};
use crate::classify::{Classifier, default_model, outgoing::Identity};
use crate::error::{Result, StageError};
use crate::names::company::normalize_company;
use crate::names::role::same_role;

use super::builtin::{BLIND_CORPUS, LABELED_CORPUS, read_labeled_folder, unseen_dev_mailboxes};
use super::eval::LabelLine;

/// The shipped ranker file, relative to the repository root.
pub const RANKER_FILE: &str = "stages/src/classify/model/company_ranker.json";

/// The shipped role ranker file, relative to the repository root.
pub const ROLE_RANKER_FILE: &str = "stages/src/classify/model/role_ranker.json";

/// The version written into the model (part of the classifier's version).
const VERSION: &str = "company-ranker-1";

/// The role model's version.
const ROLE_VERSION: &str = "role-ranker-1";

/// Which ranker a recipe trains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Target {
    /// The employer ranker (`company_ranker.json`).
    #[default]
    Company,
    /// The role ranker (`role_ranker.json`).
    Role,
}

impl Target {
    /// The model file, relative to the repository root.
    pub fn file(self) -> &'static str {
        match self {
            Target::Company => RANKER_FILE,
            Target::Role => ROLE_RANKER_FILE,
        }
    }

    fn version(self) -> &'static str {
        match self {
            Target::Company => VERSION,
            Target::Role => ROLE_VERSION,
        }
    }

    /// The feature names of the target's model.
    pub fn features(self) -> &'static [String] {
        match self {
            Target::Company => &ranker::FEATURES,
            Target::Role => &ranker::role::ROLE_FEATURES,
        }
    }
}

/// The examples of one folder of labeled mail.
#[derive(Debug, Clone)]
pub struct Group {
    pub name: String,
    pub examples: Vec<RankExample>,
    /// Emails whose employer the rules alone (no ranker) get right.
    pub rules_right: usize,
}

fn is_employer(value: &str, line: &LabelLine) -> bool {
    let v = normalize_company(value);
    !v.is_empty()
        && line
            .company
            .iter()
            .chain(&line.company_aliases)
            .any(|a| normalize_company(a) == v)
}

/// The examples of the `.eml` files under `mail`, labeled by `labels`.
fn folder(
    classifier: &Classifier,
    name: &str,
    mail: &Path,
    labels: &Path,
    me: &Identity,
) -> Result<Group> {
    let mut examples = Vec::new();
    let mut rules_right = 0;
    for m in read_labeled_folder(mail, labels)? {
        let line = &m.line;
        if !matches!(line.label.as_str(), "application" | "recruiter_outreach") {
            continue;
        }
        let input = m.email.as_input();
        let to = m.to.as_deref();
        let outgoing = me.is_me(input.from_address);
        let mut found = classifier.company_candidates(&input, to, outgoing);
        let none = found.pop().map(|(_, x)| x).unwrap_or_default();
        let names = found.iter().map(|(v, _)| v.clone()).collect();
        let candidates = found
            .into_iter()
            .map(|(value, x)| {
                let right = is_employer(&value, line);
                (x, right)
            })
            .collect();
        let mut c = classifier.classify(&input);
        if outgoing {
            classifier.classify_outgoing(&mut c, &input, to);
        }
        rules_right += usize::from(match &c.company_name {
            Some(v) => is_employer(v, line),
            None => line.company.is_none(),
        });
        examples.push(RankExample {
            candidates,
            names,
            none,
            has_employer: line.company.is_some(),
        });
    }
    Ok(Group {
        name: name.to_string(),
        examples,
        rules_right,
    })
}

/// The role examples of the `.eml` files under `mail`: incoming
/// application and outreach mail.
fn role_folder(
    classifier: &Classifier,
    name: &str,
    mail: &Path,
    labels: &Path,
    me: &Identity,
) -> Result<Group> {
    let mut examples = Vec::new();
    let mut rules_right = 0;
    for m in read_labeled_folder(mail, labels)? {
        let line = &m.line;
        let input = m.email.as_input();
        if !matches!(line.label.as_str(), "application" | "recruiter_outreach")
            || me.is_me(input.from_address)
        {
            continue;
        }
        let right = |v: &str| line.role.as_deref().is_some_and(|r| same_role(r, v));
        let mut found = classifier.role_candidates(&input);
        let none = found.pop().map(|(_, x)| x).unwrap_or_default();
        let names: Vec<String> = found.iter().map(|(v, _)| v.clone()).collect();
        let named = names.iter().any(|v| right(v));
        let candidates = found
            .into_iter()
            .map(|(value, x)| (x, right(&value)))
            .collect();
        let c = classifier.classify(&input);
        rules_right += usize::from(match &c.role_title {
            Some(v) => right(v),
            None => !named,
        });
        examples.push(RankExample {
            candidates,
            names,
            none,
            has_employer: named,
        });
    }
    Ok(Group {
        name: name.to_string(),
        examples,
        rules_right,
    })
}

/// The training groups of the employer ranker, read from the repository
/// at `repo_root`.
pub fn training_groups(repo_root: &Path) -> Result<Vec<Group>> {
    training_groups_for(repo_root, Target::Company)
}

/// The training groups of `target`'s ranker.
pub fn training_groups_for(repo_root: &Path, target: Target) -> Result<Vec<Group>> {
    let rules = Classifier::default_rules().map_err(|e| StageError::Request(e.to_string()))?;
    let model = default_model().map_err(|e| StageError::Request(e.to_string()))?;
    // the employer ranker learns from the rules' candidates; the role
    // ranker's features see the employer the shipped employer ranker picks
    let employer = match target {
        Target::Company => None,
        Target::Role => Some(Ranker::shipped().map_err(|e| StageError::Request(e.to_string()))?),
    };
    let bare = Classifier::with_parts(&rules, Some(&model), employer)
        .map_err(|e| StageError::Request(e.to_string()))?;
    let read = match target {
        Target::Company => folder,
        Target::Role => role_folder,
    };
    let mut groups = Vec::new();
    for (name, rel) in [("labeled", LABELED_CORPUS), ("blind", BLIND_CORPUS)] {
        let dir = repo_root.join(rel);
        groups.push(read(
            &bare,
            name,
            &dir,
            &dir.join("labels.jsonl"),
            &Identity::default(),
        )?);
    }
    for b in unseen_dev_mailboxes(repo_root)? {
        let me = Identity::new(&b.emails);
        let classifier = bare.clone().with_identity(me.clone());
        groups.push(read(
            &classifier,
            &format!("unseen-dev/{}", b.name),
            &b.mail(),
            &b.labels(),
            &me,
        )?);
    }
    Ok(groups)
}

/// Trains the shipped employer ranker from the repository at `repo_root`.
pub fn train(repo_root: &Path, cfg: &RankTrain) -> Result<(Ranker, Vec<Group>)> {
    train_for(repo_root, cfg, Target::Company)
}

/// Trains `target`'s shipped ranker from the repository at `repo_root`.
pub fn train_for(
    repo_root: &Path,
    cfg: &RankTrain,
    target: Target,
) -> Result<(Ranker, Vec<Group>)> {
    let groups = training_groups_for(repo_root, target)?;
    let all: Vec<RankExample> = groups.iter().flat_map(|g| g.examples.clone()).collect();
    let r = ranker::train_with(&all, cfg, target.version(), target.features());
    Ok((r, groups))
}

/// The model file's bytes: pretty JSON with a final newline.
pub fn to_file_text(r: &Ranker) -> Result<String> {
    let mut s = serde_json::to_string_pretty(r).map_err(|e| StageError::Request(e.to_string()))?;
    s.push('\n');
    Ok(s)
}

/// Leave one group out: for each group, `(name, right, total)` of a ranker
/// trained on the other groups.
pub fn cross_validate(groups: &[Group], cfg: &RankTrain) -> Vec<(String, usize, usize)> {
    cross_validate_for(groups, cfg, Target::Company)
}

/// [`cross_validate`] for `target`'s ranker.
pub fn cross_validate_for(
    groups: &[Group],
    cfg: &RankTrain,
    target: Target,
) -> Vec<(String, usize, usize)> {
    groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let rest: Vec<RankExample> = groups
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .flat_map(|(_, g)| g.examples.clone())
                .collect();
            let r = ranker::train_with(&rest, cfg, target.version(), target.features());
            let (right, total) = ranker::accuracy(&r, &g.examples);
            (g.name.clone(), right, total)
        })
        .collect()
}
