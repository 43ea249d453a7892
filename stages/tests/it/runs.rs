//! Idempotency across runs: overlapping mailboxes, a missing input, and the
//! emails mart snapshot of the bundled sample.

use jobtrack_stages::DataRoot;
use jobtrack_stages::ingest::{AccountSource, MailSource};
use jobtrack_testkit::services_required;

use crate::support::{self, fixture};

fn sample() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../samples/sample.mbox")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_overlapping_mailbox_adds_only_the_new_messages() {
    let dir = tempfile::tempdir().unwrap();
    let root = DataRoot::local(dir.path()).unwrap();
    // Two mailboxes that share the sample's messages.
    let both = dir.path().join("both.mbox");
    let mut bytes = std::fs::read(sample()).unwrap();
    bytes.extend(std::fs::read(fixture("mbox/realworld.mbox")).unwrap());
    std::fs::write(&both, bytes).unwrap();
    support::run_all(&root, support::mbox(sample()), "r1").await;
    let first = support::count(&root, "raw_messages").await;
    assert_eq!(first, 12);
    let reports = support::run_all(&root, support::mbox(both), "r2").await;
    let raw = support::report(&reports, "raw_messages");
    assert_eq!((raw.rows_out, raw.duplicates), (300, 12));
    assert_eq!(support::count(&root, "stg_emails").await, 312);
    assert_eq!(support::count(&root, "emails").await, 312);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_grown_mbox_is_read_from_where_the_last_run_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let root = DataRoot::local(dir.path()).unwrap();
    let mbox = dir.path().join("grows.mbox");
    std::fs::copy(sample(), &mbox).unwrap();
    let first = support::ingest(&root, support::mbox(mbox.clone()), "r1")
        .await
        .unwrap();
    assert_eq!((first.rows_in, first.rows_out), (12, 12));
    // Mail added at the end: only it is read.
    let mut bytes = std::fs::read(&mbox).unwrap();
    bytes.extend(std::fs::read(fixture("mbox/realworld.mbox")).unwrap());
    std::fs::write(&mbox, &bytes).unwrap();
    let second = support::ingest(&root, support::mbox(mbox.clone()), "r2")
        .await
        .unwrap();
    assert_eq!(
        (second.rows_in, second.rows_out, second.duplicates),
        (300, 300, 0)
    );
    // The same as reading the grown file whole into an empty root.
    let whole = DataRoot::memory();
    support::ingest(&whole, support::mbox(mbox.clone()), "w")
        .await
        .unwrap();
    let ids = "select email_id, source_ref, content_hash from raw_messages order by email_id";
    assert_eq!(
        support::pretty(&support::query(&root, &["raw_messages"], ids).await),
        support::pretty(&support::query(&whole, &["raw_messages"], ids).await)
    );
    // Nothing new: nothing read.
    let third = support::ingest(&root, support::mbox(mbox.clone()), "r3")
        .await
        .unwrap();
    assert_eq!((third.rows_in, third.files_written), (0, 0));
    // A file changed before the mark is read whole; what is stored is
    // recognised and skipped.
    bytes[200] = if bytes[200] == b'x' { b'y' } else { b'x' };
    std::fs::write(&mbox, &bytes).unwrap();
    let fourth = support::ingest(&root, support::mbox(mbox), "r4")
        .await
        .unwrap();
    assert_eq!((fourth.rows_in, fourth.duplicates), (312, 312));
}

#[tokio::test]
async fn a_missing_mailbox_is_an_error_naming_it() {
    let root = DataRoot::memory();
    let ctx = support::context(&root, "r1");
    let stage = jobtrack_stages::ingest::RawMessages {
        sources: vec![AccountSource {
            account: "a".into(),
            source: MailSource::Mbox("/no/such/file.mbox".into()),
        }],
        options: Default::default(),
        normalize: false,
    };
    let err = jobtrack_stages::Stage::run(&stage, &ctx).await.unwrap_err();
    assert_eq!(err.domain(), jobtrack_stages::Domain::User);
    assert!(err.to_string().contains("/no/such/file.mbox"), "{err}");
}

#[tokio::test]
async fn maildir_and_eml_folders_are_read_with_their_folders() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("Maildir");
    for sub in ["cur", "new", "tmp", ".Jobs/cur", ".Jobs/new"] {
        std::fs::create_dir_all(md.join(sub)).unwrap();
    }
    std::fs::write(
        md.join("cur/1736150400.M1.host:2,S"),
        "Subject: inbox one\nMessage-ID: <a@x>\n\nhi\n",
    )
    .unwrap();
    std::fs::write(
        md.join("new/1736150500.M2.host"),
        "Subject: inbox two\nMessage-ID: <b@x>\n\nhi\n",
    )
    .unwrap();
    std::fs::write(
        md.join(".Jobs/cur/1736150600.M3.host:2,S"),
        "Subject: job\nMessage-ID: <c@x>\n\nhi\n",
    )
    .unwrap();
    std::fs::write(
        md.join("tmp/1736150700.M4.host"),
        "Subject: in delivery\n\nhi\n",
    )
    .unwrap();
    let eml = dir.path().join("eml");
    std::fs::create_dir_all(eml.join("sub")).unwrap();
    std::fs::write(
        eml.join("sub/one.eml"),
        "Subject: eml one\nMessage-ID: <d@x>\n\nhi\n",
    )
    .unwrap();
    std::fs::write(
        eml.join("two.EML"),
        "Subject: eml two\nMessage-ID: <a@x>\n\nsame id as the maildir\n",
    )
    .unwrap();
    std::fs::write(eml.join("notes.txt"), "not mail").unwrap();

    let root = DataRoot::local(&dir.path().join("data")).unwrap();
    let sources = vec![
        AccountSource {
            account: "md".into(),
            source: MailSource::Maildir(md),
        },
        AccountSource {
            account: "files".into(),
            source: MailSource::Eml(eml),
        },
    ];
    let reports = support::run_all(&root, sources, "r1").await;
    let raw = support::report(&reports, "raw_messages");
    assert_eq!((raw.rows_out, raw.duplicates), (4, 1));
    let got = support::pretty(
        &support::query(
            &root,
            &["stg_emails"],
            "select account, source, subject, labels, received_at, date_source from stg_emails order by subject",
        )
        .await,
    );
    insta::assert_snapshot!(got);

    // Again: the Maildir's stored messages are not read, even after a
    // client moved one to cur/ and flagged it; a new delivery is.
    let maildir = |root: &DataRoot| {
        let source = MailSource::Maildir(dir.path().join("Maildir"));
        let root = root.clone();
        async move {
            support::ingest(
                &root,
                vec![AccountSource {
                    account: "md".into(),
                    source,
                }],
                "again",
            )
            .await
            .unwrap()
        }
    };
    assert_eq!(maildir(&root).await.rows_in, 0);
    let md = dir.path().join("Maildir");
    std::fs::rename(
        md.join("new/1736150500.M2.host"),
        md.join("cur/1736150500.M2.host:2,S"),
    )
    .unwrap();
    assert_eq!(maildir(&root).await.rows_in, 0);
    std::fs::write(
        md.join("new/1736150800.M5.host"),
        "Subject: new one\nMessage-ID: <e@x>\n\nhi\n",
    )
    .unwrap();
    let new = maildir(&root).await;
    assert_eq!((new.rows_in, new.rows_out), (1, 1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sample_mailbox_publishes_these_emails() {
    let dir = tempfile::tempdir().unwrap();
    let root = DataRoot::local(dir.path()).unwrap();
    support::run_all(&root, support::mbox(sample()), "r1").await;
    let wh = jobtrack_stages::publish::Warehouse::new(dir.path().join("warehouse.duckdb"));
    let result = wh
        .query("select subject, from_address, received_at, label, event_type, company_name, role_title, source from emails order by received_at")
        .unwrap();
    let lines: Vec<String> = result
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|v| v.to_string())
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_warehouse_opens_read_only_in_python_duckdb() {
    let probe = std::process::Command::new("python3")
        .args(["-c", "import duckdb; print(duckdb.__version__)"])
        .output();
    let version = match probe {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).trim().to_string(),
        _ => {
            assert!(
                !services_required(),
                "python3 with duckdb is required (JOBTRACK_REQUIRE_SERVICES=1)"
            );
            eprintln!("SKIPPED: python3 with the duckdb package is not installed");
            return;
        }
    };
    let dir = tempfile::tempdir().unwrap();
    let root = DataRoot::local(dir.path()).unwrap();
    support::run_all(&root, support::mbox(sample()), "r1").await;
    let script = "import duckdb, sys\n\
        con = duckdb.connect(sys.argv[1], read_only=True)\n\
        print(con.execute('select count(*), count(distinct email_id), min(received_at) from emails').fetchone())\n";
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            script,
            dir.path().join("warehouse.duckdb").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "python duckdb {version}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.starts_with("(12, 12, datetime.datetime(2025, 1, 6"),
        "{stdout}"
    );
}

/// Classification is deterministic on unchanged input, and a changed rule
/// file reclassifies every email.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn classification_is_stable_and_a_changed_rule_file_reclassifies() {
    use jobtrack_stages::Stage;
    use jobtrack_stages::classify::{Classifier, default_model};

    let dir = tempfile::tempdir().unwrap();
    let root = DataRoot::local(dir.path()).unwrap();
    support::run_all(&root, support::mbox(fixture("mbox/realworld.mbox")), "r1").await;
    let sql = "select * from int_emails_classified order by email_id";
    let first = support::pretty(&support::query(&root, &["int_emails_classified"], sql).await);
    support::run_all(&root, support::mbox(fixture("mbox/realworld.mbox")), "r2").await;
    assert_eq!(
        first,
        support::pretty(&support::query(&root, &["int_emails_classified"], sql).await)
    );

    // A user rule file that disables the Greenhouse sender rule.
    let rules_file = dir.path().join("rules.toml");
    std::fs::write(&rules_file, "disable = [\"sender:greenhouse\"]\n").unwrap();
    let rules = Classifier::load_rules(Some(&rules_file)).unwrap();
    let changed = Classifier::new(&rules, Some(&default_model().unwrap())).unwrap();
    let stage = jobtrack_stages::classify::stage::IntEmailsClassified {
        classifier: std::sync::Arc::new(changed),
    };
    let report = stage.run(&support::context(&root, "r3")).await.unwrap();
    assert_eq!(report.rows_in, 300, "every email is classified again");
    assert_eq!(report.rows_out, 300);
    assert!(
        report.warnings.iter().any(|w| w.contains("reprocessing")),
        "{report:?}"
    );
    let versions = support::strings(
        &root,
        &["int_emails_classified"],
        "select distinct classifier_version from int_emails_classified",
    )
    .await;
    assert_eq!(versions.len(), 1, "old and new rows never mix");
    let after = support::pretty(&support::query(&root, &["int_emails_classified"], sql).await);
    assert_ne!(first, after);
}

/// When the stage before rewrites its table (normalize's code changed),
/// classification redoes its outputs instead of adding a second row per
/// email, and every later table keeps one row per email.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rewritten_input_is_classified_again_not_twice() {
    let dir = tempfile::tempdir().unwrap();
    let root = DataRoot::local(dir.path()).unwrap();
    support::run_all(&root, support::mbox(fixture("mbox/realworld.mbox")), "r1").await;
    let mut manifest = root.manifest("stg_emails", "tester").await.unwrap();
    manifest.code_version = "an older parser".into();
    root.commit(&mut manifest).await.unwrap();

    let reports =
        support::run_all(&root, support::mbox(fixture("mbox/realworld.mbox")), "r2").await;
    let report = |name: &str| &reports.iter().find(|(n, _)| n == name).unwrap().1;
    assert_eq!(report("stg_emails").rows_out, 300, "normalize parsed again");
    let classified = report("int_emails_classified");
    assert_eq!(classified.rows_out, 300);
    assert!(
        classified
            .warnings
            .iter()
            .any(|w| w.contains("stg_emails was rewritten")),
        "{classified:?}"
    );
    let distinct = support::strings(
        &root,
        &["int_emails_classified"],
        "select cast(count(distinct email_id) as varchar) from int_emails_classified",
    )
    .await;
    assert_eq!(distinct, [Some("300".to_string())]);
    assert_eq!(support::count(&root, "int_emails_classified").await, 300);
    assert_eq!(support::count(&root, "emails").await, 300);
}

/// Ingest normalizes each checkpoint while its bytes are in memory and hands
/// the files to `stg_emails`: the same table, row for row, as ingest alone
/// followed by normalize's own run, and normalize then has nothing left. A
/// second run adds nothing to either.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn normalizing_while_ingesting_gives_the_table_normalize_gives() {
    use jobtrack_stages::Stage;
    let sql = "select * from stg_emails order by email_id";
    let mailbox = || support::mbox(fixture("mbox/realworld.mbox"));

    let apart_dir = tempfile::tempdir().unwrap();
    let apart = DataRoot::local(apart_dir.path()).unwrap();
    support::ingest(&apart, mailbox(), "a1").await.unwrap();
    let parsed = jobtrack_stages::normalize::StgEmails
        .run(&support::context(&apart, "a1"))
        .await
        .unwrap();
    assert_eq!(parsed.rows_out, 300);

    let dir = tempfile::tempdir().unwrap();
    let root = DataRoot::local(dir.path()).unwrap();
    let reports = support::run_all(&root, mailbox(), "r1").await;
    let raw = support::report(&reports, "raw_messages");
    assert_eq!(
        raw.details.get(jobtrack_stages::ingest::NORMALIZED),
        Some(&300)
    );
    let stg = support::report(&reports, "stg_emails");
    assert_eq!((stg.rows_in, stg.rows_out), (300, 300));
    assert_eq!(
        stg.details.get(jobtrack_stages::incremental::HANDED),
        Some(&300),
        "all parsed while ingesting"
    );
    assert_eq!(
        support::pretty(&support::query(&root, &["stg_emails"], sql).await),
        support::pretty(&support::query(&apart, &["stg_emails"], sql).await)
    );

    let again = support::run_all(&root, mailbox(), "r2").await;
    assert_eq!(support::report(&again, "raw_messages").rows_out, 0);
    assert_eq!(support::report(&again, "stg_emails").rows_out, 0);
    assert_eq!(support::count(&root, "stg_emails").await, 300);
    assert_eq!(support::count(&root, "emails").await, 300);
}
