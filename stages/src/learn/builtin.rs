//! The built-in model's recipe: which mail it is trained on, how that mail is
//! read, and with which settings, so that anyone can rebuild
//! `stages/src/classify/model/default_model.bin` bit for bit from the
//! repository (`cargo run --example train_default`).
//!
//! The training set is, in this order:
//! 1. the hand-written labeled corpus ([`LABELED_CORPUS`]): every `.eml`
//!    file in path order, paired with its line of `labels.jsonl` by
//!    Message-ID;
//! 2. a synthetic mailbox ([`jobtrack_synth::write_mailbox`]) of
//!    [`Recipe::synth_messages`] messages with seed [`Recipe::synth_seed`],
//!    paired with its labels by position (the n-th label is the n-th message).
//!
//! Each message goes through the pipeline's own code, as `jobtrack run` reads
//! it: the mbox reader of ingest (for the synth mailbox), the Message-ID
//! ingest would store, and [`crate::normalize::parse::normalize`], whose
//! fields become the `stg_emails` row the classifier reads. A message the
//! normalizer rejects is left out (the pipeline dead-letters it). The
//! examples are then handed to [`Model::train_with`] with [`Recipe::config`].
//!
//! Nothing here reads a clock, iterates a hash map or depends on threads; the
//! synth generator is seeded, and training is deterministic given the
//! examples in order. The same [`Recipe`] therefore gives the same bytes, which
//! the integration test `default_model_rebuilds_bit_for_bit` checks against
//! the shipped file.
//!
//! Never part of the shipped training set: the blind-written corpus (a
//! regression corpus with accuracy floors), `corpora/unseen/` (dev is the
//! evaluation set, test is run once) and synth seeds the README and
//! benchmarks measure on (1, 3, 7, 11, 23, 42). [`Recipe::blind`],
//! [`Recipe::unseen_dev`] and [`Recipe::leave_out`] add the blind corpus and
//! the development mailboxes for experiments (a model trained without one
//! development mailbox is measured on it); the README's "The built-in
//! model" has what they measured and why the shipped recipe leaves them out.
//! [`read_labeled_folder`] and [`unseen_dev_mailboxes`] are also how the
//! employer ranker's recipe reads its mail.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::classify::{EventType, Label, Model, OwnedEmail, TrainConfig, TrainingExample};
use crate::error::{Result, StageError};
use crate::ids;
use crate::ingest::mbox::MboxReader;
use crate::normalize::parse::{RawInput, normalize};
use jobtrack_synth::{SynthLabel, SynthOptions, write_mailbox};

use super::eval::LabelLine;
use super::labels::read_label_file;

/// The labeled corpus, relative to the repository root.
pub const LABELED_CORPUS: &str = "stages/tests/fixtures/eml/labeled";
/// The blind-written corpus, relative to the repository root.
pub const BLIND_CORPUS: &str = "stages/tests/fixtures/eml/blind";
/// The unseen corpus's development part, relative to the repository root.
pub const UNSEEN_DEV: &str = "corpora/unseen/dev";
/// The shipped model file, relative to the repository root.
pub const MODEL_FILE: &str = "stages/src/classify/model/default_model.bin";

/// The user id the normalizer is given (it only enters thread ids, which the
/// model does not read).
const USER_ID: &str = "builtin-model";

/// What the built-in model is trained on and how.
#[derive(Debug, Clone, PartialEq)]
pub struct Recipe {
    /// Include the labeled corpus.
    pub labeled: bool,
    /// Include the blind-written corpus.
    pub blind: bool,
    /// Include the unseen corpus's development mailboxes.
    pub unseen_dev: bool,
    /// Development mailboxes left out (by name), for leave-one-out experiments.
    pub leave_out: Vec<String>,
    /// Messages of the synth mailbox (0: none).
    pub synth_messages: u64,
    /// Seed of the synth mailbox.
    pub synth_seed: u64,
    /// Training settings.
    pub config: TrainConfig,
}

impl Default for Recipe {
    /// The recipe of the shipped `default_model.bin`.
    fn default() -> Self {
        Recipe {
            labeled: true,
            blind: false,
            unseen_dev: false,
            leave_out: Vec::new(),
            synth_messages: 0,
            synth_seed: 2025,
            config: TrainConfig::default(),
        }
    }
}

/// One training email and what it is.
#[derive(Debug, Clone)]
pub struct LabeledEmail {
    pub email: OwnedEmail,
    pub label: Label,
    pub event_type: Option<EventType>,
}

/// The examples of a [`Recipe`], in training order, and where they came from.
#[derive(Debug, Clone, Default)]
pub struct TrainingSet {
    pub emails: Vec<LabeledEmail>,
    /// Examples from the labeled corpus.
    pub from_labeled: usize,
    /// Examples from the blind-written corpus.
    pub from_blind: usize,
    /// Examples from the unseen corpus's development mailboxes.
    pub from_unseen_dev: usize,
    /// Examples from the synth mailbox.
    pub from_synth: usize,
    /// Synth messages the normalizer rejected (left out).
    pub rejected: usize,
}

impl TrainingSet {
    /// Examples per label, in [`Label::ALL`] order.
    pub fn by_label(&self) -> [usize; 4] {
        let mut n = [0; 4];
        for e in &self.emails {
            n[e.label.index()] += 1;
        }
        n
    }
}

fn parse_label(line_label: &str, event: Option<&str>, what: &str) -> Result<LabeledEmail> {
    let label = Label::parse(line_label).ok_or_else(|| {
        StageError::Request(format!(
            "label {line_label:?} of {what} is not one of application, recruiter_outreach, job_alert, not_job"
        ))
    })?;
    let event_type = match event {
        Some(e) => Some(EventType::parse(e).ok_or_else(|| {
            StageError::Request(format!("event_type {e:?} of {what} is not an event type"))
        })?),
        None => None,
    };
    Ok(LabeledEmail {
        email: OwnedEmail::default(),
        label,
        event_type,
    })
}

/// The email `jobtrack run` would classify for these raw bytes, with the
/// Message-ID ingest would store; `None` when the normalizer rejects it.
fn read_message(
    raw: &[u8],
    envelope_date: Option<chrono::DateTime<chrono::Utc>>,
) -> Option<(String, OwnedEmail)> {
    read_message_to(raw, envelope_date).map(|(pmid, email, _)| (pmid, email))
}

/// [`read_message`] with the message's first recipient.
fn read_message_to(
    raw: &[u8],
    envelope_date: Option<chrono::DateTime<chrono::Utc>>,
) -> Option<(String, OwnedEmail, Option<String>)> {
    let header_id = crate::ingest::header_message_id(raw);
    let pmid = ids::provider_message_id(raw, header_id.as_deref());
    let n = normalize(&RawInput {
        user_id: USER_ID,
        provider_message_id: &pmid,
        folder: None,
        envelope_date,
        raw,
        gmail: None,
    })
    .ok()?;
    let to = n.to_addresses.first().cloned();
    let email = OwnedEmail {
        subject: n.subject,
        from_name: n.from_name,
        from_address: n.from_address,
        reply_to: n.reply_to_address,
        body_text: n.body_text,
        links: n.links,
        has_list_unsubscribe: n.has_list_unsubscribe,
        received_at: n.received_at,
    };
    Some((pmid, email, to))
}

/// One labeled message of a folder, read as `jobtrack run` reads it.
#[derive(Debug, Clone)]
pub struct LabeledMessage {
    pub email: OwnedEmail,
    /// The message's first recipient.
    pub to: Option<String>,
    pub line: LabelLine,
    /// The file, relative to the folder (for error messages).
    pub file: String,
}

/// Every `.eml` file under `mail` in path order (the order ingest reads
/// them), each paired with its line of `labels` by Message-ID. A file
/// without a label, a label without a file, or a file the normalizer
/// rejects is an error: the corpora are ours and must be whole.
pub fn read_labeled_folder(mail: &Path, labels: &Path) -> Result<Vec<LabeledMessage>> {
    let lines: Vec<LabelLine> = read_label_file(labels)?;
    let by_id: HashMap<&str, &LabelLine> =
        lines.iter().map(|l| (l.message_id.as_str(), l)).collect();
    let mut out = Vec::with_capacity(lines.len());
    for (path, rel) in crate::ingest::list_eml(mail)? {
        let raw = std::fs::read(&path).map_err(|source| StageError::Input {
            path: path.clone(),
            source,
        })?;
        let bad = |reason: String| StageError::BadSource {
            path: path.clone(),
            kind: "eml",
            reason,
        };
        let (pmid, email, to) = read_message_to(&raw, None)
            .ok_or_else(|| bad("the normalizer rejects this message".into()))?;
        let line = by_id.get(pmid.as_str()).ok_or_else(|| {
            bad(format!(
                "no line of {} has Message-ID {pmid}",
                labels.display()
            ))
        })?;
        out.push(LabeledMessage {
            email,
            to,
            line: (*line).clone(),
            file: rel,
        });
    }
    if out.len() != lines.len() {
        return Err(StageError::BadSource {
            path: mail.to_path_buf(),
            kind: "eml",
            reason: format!(
                "{} lines in {} but {} messages matched them",
                lines.len(),
                labels.display(),
                out.len()
            ),
        });
    }
    Ok(out)
}

/// A mailbox of the unseen corpus's development part.
#[derive(Debug, Clone)]
pub struct DevMailbox {
    /// The folder's name (`danielle-whitaker`).
    pub name: String,
    /// `corpora/unseen/dev/<name>`: `mail/`, `labels.jsonl`, `person.toml`.
    pub dir: PathBuf,
    /// The person's addresses (`person.toml` `emails`), which mark their own mail.
    pub emails: Vec<String>,
}

impl DevMailbox {
    /// Its messages' folder.
    pub fn mail(&self) -> PathBuf {
        self.dir.join("mail")
    }

    /// Its label file.
    pub fn labels(&self) -> PathBuf {
        self.dir.join("labels.jsonl")
    }
}

/// The mailboxes of [`UNSEEN_DEV`] under `repo_root`, by name.
pub fn unseen_dev_mailboxes(repo_root: &Path) -> Result<Vec<DevMailbox>> {
    let dev = repo_root.join(UNSEEN_DEV);
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&dev)
        .map_err(|source| StageError::Input {
            path: dev.clone(),
            source,
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("labels.jsonl").exists())
        .collect();
    dirs.sort();
    #[derive(serde::Deserialize)]
    struct Person {
        #[serde(default)]
        emails: Vec<String>,
    }
    dirs.into_iter()
        .map(|dir| {
            let person_file = dir.join("person.toml");
            let text =
                std::fs::read_to_string(&person_file).map_err(|source| StageError::Input {
                    path: person_file.clone(),
                    source,
                })?;
            let person: Person = toml::from_str(&text).map_err(|e| StageError::BadSource {
                path: person_file.clone(),
                kind: "toml",
                reason: e.to_string(),
            })?;
            let name = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            Ok(DevMailbox {
                name,
                dir,
                emails: person.emails,
            })
        })
        .collect()
}

/// The training examples of a labeled folder.
fn labeled_examples(mail: &Path, labels: &Path) -> Result<Vec<LabeledEmail>> {
    read_labeled_folder(mail, labels)?
        .into_iter()
        .map(|m| {
            let mut ex = parse_label(&m.line.label, m.line.event_type.as_deref(), &m.file)?;
            ex.email = m.email;
            Ok(ex)
        })
        .collect()
}

/// The synth mailbox of `messages` messages and `seed`, read back through
/// ingest's mbox reader and the normalizer, paired with its labels by
/// position. Returns the examples and the number of rejected messages.
fn synth_mailbox(messages: u64, seed: u64) -> Result<(Vec<LabeledEmail>, usize)> {
    let opts = SynthOptions {
        messages,
        seed,
        ..SynthOptions::default()
    };
    let synth_err = |reason: String| StageError::BadSource {
        path: PathBuf::from(format!("synth:seed={seed},messages={messages}")),
        kind: "mbox",
        reason,
    };
    let (mut mbox, mut labels) = (Vec::new(), Vec::new());
    write_mailbox(&opts, &mut mbox, Some(&mut labels)).map_err(|e| synth_err(e.to_string()))?;
    let labels = std::str::from_utf8(&labels).map_err(|e| synth_err(e.to_string()))?;
    let mut label_lines = labels.lines().filter(|l| !l.trim().is_empty());
    // ingest's default cap: larger messages are left out, as ingest does
    let cap = crate::ingest::IngestOptions::default().max_message_bytes;
    let variant = crate::ingest::mbox::detect_variant(mbox.as_slice())
        .map_err(|e| synth_err(e.to_string()))?;
    let mut reader = MboxReader::new(mbox.as_slice(), cap, variant);
    let (mut out, mut rejected) = (Vec::new(), 0);
    let mut n = 0usize;
    while let Some(m) = reader
        .next_message()
        .map_err(|e| synth_err(e.to_string()))?
        .map_err(synth_err)?
    {
        n += 1;
        let line = label_lines
            .next()
            .ok_or_else(|| synth_err(format!("message {n} has no label")))?;
        let label: SynthLabel =
            serde_json::from_str(line).map_err(|e| synth_err(format!("label {n}: {e}")))?;
        if m.oversized.is_some() {
            rejected += 1;
            continue;
        }
        let Some((pmid, email)) = read_message(&m.bytes, m.envelope_date) else {
            rejected += 1;
            continue;
        };
        if !label.message_id.is_empty() && label.message_id != pmid {
            return Err(synth_err(format!(
                "message {n} has Message-ID {pmid}, its label {}",
                label.message_id
            )));
        }
        let mut ex = parse_label(
            &label.label,
            label.event_type.as_deref(),
            &format!("synth message {n}"),
        )?;
        ex.email = email;
        out.push(ex);
    }
    if label_lines.next().is_some() {
        return Err(synth_err(format!("more labels than the {n} messages")));
    }
    Ok((out, rejected))
}

/// The training set of `recipe`, read from the repository at `repo_root`.
pub fn training_set(repo_root: &Path, recipe: &Recipe) -> Result<TrainingSet> {
    let mut set = TrainingSet::default();
    if recipe.labeled {
        let dir = repo_root.join(LABELED_CORPUS);
        set.emails = labeled_examples(&dir, &dir.join("labels.jsonl"))?;
        set.from_labeled = set.emails.len();
    }
    if recipe.blind {
        let dir = repo_root.join(BLIND_CORPUS);
        let blind = labeled_examples(&dir, &dir.join("labels.jsonl"))?;
        set.from_blind = blind.len();
        set.emails.extend(blind);
    }
    if recipe.unseen_dev {
        for b in unseen_dev_mailboxes(repo_root)? {
            if recipe.leave_out.contains(&b.name) {
                continue;
            }
            let dev = labeled_examples(&b.mail(), &b.labels())?;
            set.from_unseen_dev += dev.len();
            set.emails.extend(dev);
        }
    }
    if recipe.synth_messages > 0 {
        let (synth, rejected) = synth_mailbox(recipe.synth_messages, recipe.synth_seed)?;
        set.from_synth = synth.len();
        set.rejected = rejected;
        set.emails.extend(synth);
    }
    Ok(set)
}

/// Trains the model of `recipe` on the repository at `repo_root`.
pub fn train(repo_root: &Path, recipe: &Recipe) -> Result<(Model, TrainingSet)> {
    let set = training_set(repo_root, recipe)?;
    if set.emails.is_empty() {
        return Err(StageError::Request(
            "the recipe selects no training mail".into(),
        ));
    }
    let examples: Vec<TrainingExample<'_>> = set
        .emails
        .iter()
        .map(|e| TrainingExample {
            email: e.email.as_input(),
            label: e.label,
            event_type: e.event_type,
        })
        .collect();
    let model = Model::train_with(&examples, &recipe.config);
    drop(examples);
    Ok((model, set))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_synth_mailbox_reads_back_deterministically_with_its_labels() {
        let (a, rejected) = synth_mailbox(400, 5).unwrap();
        let (b, _) = synth_mailbox(400, 5).unwrap();
        assert_eq!(a.len() + rejected, 400);
        assert_eq!(a.len(), b.len());
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(
                (&x.email, x.label, x.event_type),
                (&y.email, y.label, y.event_type)
            );
        }
        assert!(a.iter().any(|e| e.label == Label::Application));
        assert!(
            a.iter()
                .filter(|e| e.label == Label::Application)
                .all(|e| e.event_type.is_some())
        );
        assert!(
            a.iter()
                .all(|e| !e.email.body_text.is_empty() || e.email.subject.is_some())
        );
    }

    #[test]
    fn a_bad_label_is_an_error() {
        assert!(parse_label("job", None, "x").is_err());
        assert!(parse_label("application", Some("hired"), "x").is_err());
        assert!(parse_label("application", Some("offer"), "x").is_ok());
    }
}
