//! The hostile mailbox: the run finishes, keeps every valid message, records
//! the rest as dead letters, and never panics.

use jobtrack_stages::DataRoot;

use crate::support::{self, hostile_mbox};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_mailbox_keeps_every_valid_message_and_dead_letters_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let mbox = dir.path().join("hostile.mbox");
    let expect = hostile_mbox::write_hostile_mbox(&mbox).unwrap();
    let root = DataRoot::local(&dir.path().join("data")).unwrap();
    let reports = support::run_all(&root, support::mbox(mbox.clone()), "r1").await;
    let raw = support::report(&reports, "raw_messages");
    let stg = support::report(&reports, "stg_emails");
    assert_eq!(raw.duplicates as usize, expect.duplicates, "{raw:?}");
    assert_eq!(stg.rows_out as usize, expect.valid, "{stg:?}");
    assert_eq!(
        (raw.dead_letters + stg.dead_letters) as usize,
        expect.dead_letters,
        "raw {raw:?} stg {stg:?}"
    );
    assert_eq!(
        support::count(&root, "dead_letter").await as usize,
        expect.dead_letters
    );
    assert_eq!(support::count(&root, "emails").await as usize, expect.valid);

    let subjects: Vec<String> =
        support::strings(&root, &["stg_emails"], "select subject from stg_emails")
            .await
            .into_iter()
            .flatten()
            .collect();
    for want in &expect.subjects {
        let want = if want.len() > 2000 {
            &want[..100]
        } else {
            want.as_str()
        };
        assert!(
            subjects.iter().any(|s| s.starts_with(want)),
            "subject {want:?} is missing"
        );
    }
    // The first copy of a repeated Message-ID is the one kept.
    assert!(
        subjects
            .iter()
            .any(|s| s == "Thank you for applying to Acme Robotics")
    );

    // A rerun records nothing new.
    let again = support::run_all(&root, support::mbox(mbox), "r2").await;
    let raw = support::report(&again, "raw_messages");
    assert_eq!((raw.rows_out, raw.dead_letters), (0, 0));
    assert_eq!(
        support::count(&root, "dead_letter").await as usize,
        expect.dead_letters
    );
}
