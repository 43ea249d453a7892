//! The 300-message real-world-style mbox: every message ingested, subjects
//! decoded as Python's `email` package decodes them, and a rerun adds nothing.

use std::collections::HashMap;

use jobtrack_stages::DataRoot;
use serde::Deserialize;

use crate::support::{self, fixture};

#[derive(Debug, Deserialize)]
struct Expected {
    message_id: Option<String>,
    subject: Option<String>,
    from_address: Option<String>,
}

fn expected() -> Vec<Expected> {
    std::fs::read_to_string(fixture("mbox/realworld.expected.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn realworld_mbox_is_ingested_completely_and_decoded_like_python() {
    let dir = tempfile::tempdir().unwrap();
    let root = DataRoot::local(dir.path()).unwrap();
    let reports =
        support::run_all(&root, support::mbox(fixture("mbox/realworld.mbox")), "r1").await;
    let raw = support::report(&reports, "raw_messages");
    assert_eq!(raw.rows_out, 300, "{raw:?}");
    assert_eq!(raw.dead_letters, 0);
    let stg = support::report(&reports, "stg_emails");
    assert_eq!((stg.rows_out, stg.dead_letters), (300, 0), "{stg:?}");
    assert_eq!(support::count(&root, "emails").await, 300);

    let ids = support::strings(
        &root,
        &["stg_emails"],
        "select provider_message_id from stg_emails order by email_id",
    )
    .await;
    let subjects = support::strings(
        &root,
        &["stg_emails"],
        "select subject from stg_emails order by email_id",
    )
    .await;
    let froms = support::strings(
        &root,
        &["stg_emails"],
        "select from_address from stg_emails order by email_id",
    )
    .await;
    let ours: HashMap<String, (Option<String>, Option<String>)> = ids
        .into_iter()
        .zip(subjects.into_iter().zip(froms))
        .map(|(id, v)| (id.unwrap(), v))
        .collect();
    let mut wrong = Vec::new();
    let mut without_id = Vec::new();
    for e in expected() {
        // Python gives "" for an empty Subject header; we store no subject.
        let want = e.subject.clone().filter(|s| !s.is_empty());
        match &e.message_id {
            Some(id) => {
                let (subject, from) = ours
                    .get(id)
                    .unwrap_or_else(|| panic!("message {id} missing"));
                if subject != &want {
                    wrong.push(format!("{id}: ours {subject:?}, python {want:?}"));
                }
                if from != &e.from_address.as_ref().map(|a| a.to_lowercase()) {
                    wrong.push(format!(
                        "{id}: from ours {from:?}, python {:?}",
                        e.from_address
                    ));
                }
            }
            None => without_id.push(want),
        }
    }
    assert!(
        wrong.is_empty(),
        "{} differences:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    let mut hashed: Vec<Option<String>> = ours
        .iter()
        .filter(|(id, _)| id.starts_with("jobtrack-"))
        .map(|(_, (s, _))| s.clone())
        .collect();
    hashed.sort();
    without_id.sort();
    assert_eq!(
        hashed, without_id,
        "messages without Message-ID keep their subjects"
    );

    // A rerun on the same mailbox adds nothing and changes nothing.
    let before = support::pretty(
        &support::query(&root, &["emails"], "select * from emails order by email_id").await,
    );
    let again = support::run_all(&root, support::mbox(fixture("mbox/realworld.mbox")), "r2").await;
    let raw = support::report(&again, "raw_messages");
    // The file did not change since the mark the first run left: not one
    // message of it is read again.
    assert_eq!((raw.rows_in, raw.rows_out, raw.duplicates), (0, 0, 0));
    assert_eq!(support::report(&again, "stg_emails").rows_in, 0);
    let after = support::pretty(
        &support::query(&root, &["emails"], "select * from emails order by email_id").await,
    );
    assert_eq!(before, after);
}
