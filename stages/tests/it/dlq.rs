//! Retrying dead letters: a message normalization gave up on stays a dead
//! letter while it still fails; once its raw bytes parse (here the stored
//! bytes are mended, as a fixed reader would have stored them), a retry
//! moves it to `stg_emails`, takes it out of `dead_letter`, and the next
//! run carries it into the marts. Ingest's own dead letters are named as
//! not retriable.

use std::collections::HashSet;
use std::sync::Arc;

use arrow::array::{Array, AsArray, BinaryArray, RecordBatch};
use jobtrack_stages::DataRoot;
use jobtrack_stages::dlq::retry;

use crate::support::{self, strings};

const GOOD: &str = "From a@b Mon Jan 06 09:00:00 2025
From: Recruiting <jobs@acme.example>
To: me@example.net
Subject: Your application to Acme
Message-ID: <good-1@acme.example>
Date: Mon, 06 Jan 2025 09:00:00 +0000

Thank you for applying to Acme.

";

const JUNK: &str = "From junk@x Mon Jan 06 10:00:00 2025
this line is no header

";

/// Rewrites the stored raw bytes of the junk message into a real one.
async fn mend_raw(root: &DataRoot) {
    for file in root
        .table_files("raw_messages", Some("tester"))
        .await
        .unwrap()
    {
        let batches = root
            .read_file("raw_messages", &file.path, &[], 8192)
            .await
            .unwrap();
        let mut fixed = Vec::new();
        for b in batches {
            let raw = b.column_by_name("raw").unwrap().as_binary::<i32>().clone();
            let values: Vec<Vec<u8>> = (0..raw.len())
                .map(|i| {
                    let v = raw.value(i);
                    if v.starts_with(b"this line is no header") {
                        b"From: Beta HR <hr@beta.example>\r\nSubject: Interview at Beta\r\nMessage-ID: <mended@beta.example>\r\n\r\nWe would like to invite you to an interview.\r\n".to_vec()
                    } else {
                        v.to_vec()
                    }
                })
                .collect();
            let column: BinaryArray = values.iter().map(|v| Some(v.as_slice())).collect();
            let idx = b.schema().index_of("raw").unwrap();
            let mut columns = b.columns().to_vec();
            columns[idx] = Arc::new(column);
            fixed.push(RecordBatch::try_new(b.schema(), columns).unwrap());
        }
        let contract = jobtrack_stages::contract::contract("raw_messages").unwrap();
        // Delta files never change: the mended file is committed in place
        // of the old one, as the ingest stage's own write.
        let new = root
            .replace_file(contract, &file.path, &fixed)
            .await
            .unwrap();
        let mut manifest = root.manifest("raw_messages", "tester").await.unwrap();
        manifest.replace("raw_messages", &file.path, new);
        root.commit(&mut manifest).await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dead_letter_that_parses_now_joins_the_tables() {
    let dir = tempfile::tempdir().unwrap();
    let root = DataRoot::local(dir.path()).unwrap();
    let mbox = dir.path().join("m.mbox");
    std::fs::write(&mbox, format!("{GOOD}{JUNK}")).unwrap();
    support::run_all(&root, support::mbox(mbox.clone()), "r1").await;
    assert_eq!(support::count(&root, "stg_emails").await, 1);
    let dead = strings(
        &root,
        &["dead_letter"],
        "select dead_letter_id from dead_letter",
    )
    .await;
    assert_eq!(dead.len(), 1);
    let id = dead[0].clone().unwrap();

    // Still failing: nothing moves.
    let out = retry(&root, "tester", None).await.unwrap();
    assert!(out.recovered.is_empty());
    assert_eq!(out.still_failing.len(), 1);
    assert!(
        out.still_failing[0].1.contains("header"),
        "{:?}",
        out.still_failing
    );
    assert_eq!(support::count(&root, "dead_letter").await, 1);

    // After the fix: it parses, joins stg_emails, leaves dead_letter.
    mend_raw(&root).await;
    let chosen: HashSet<String> = [id.clone()].into();
    let out = retry(&root, "tester", Some(&chosen)).await.unwrap();
    assert_eq!(out.recovered, [id]);
    assert_eq!(support::count(&root, "stg_emails").await, 2);
    assert_eq!(support::count(&root, "dead_letter").await, 0);
    // A retry again finds nothing to do.
    let again = retry(&root, "tester", None).await.unwrap();
    assert!(again.recovered.is_empty() && again.still_failing.is_empty());
    // The next run carries it to the emails mart; nothing is doubled.
    support::run_all(&root, support::mbox(mbox), "r2").await;
    let subjects = strings(
        &root,
        &["emails"],
        "select subject from emails order by subject",
    )
    .await;
    assert_eq!(
        subjects,
        [
            Some("Interview at Beta".to_string()),
            Some("Your application to Acme".to_string())
        ]
    );
    assert_eq!(support::count(&root, "dead_letter").await, 0);
}
