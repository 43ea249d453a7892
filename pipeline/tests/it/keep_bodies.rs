//! `[storage] keep-bodies`: with "none", no file under the data root (the
//! lake's Parquet and the DuckDB warehouse read back, the dashboard, the
//! reports) holds a sentence of any ingested email's body once the run is
//! over, on a fresh run and when the setting changes from "full" on mail
//! already stored; the applications stay as they were.

use std::path::Path;

use jobtrack_testkit::leaks::files_containing;

use crate::purge::{count, jobtrack, sample_mails};

/// A home with the sample mailbox and `keep-bodies = keep`.
fn home_with(home: &Path, keep: &str) {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/../samples/sample.mbox");
    std::fs::copy(sample, home.join("mail.mbox")).unwrap();
    set_keep(home, keep, "");
}

fn set_keep(home: &Path, keep: &str, more: &str) {
    std::fs::write(
        home.join("jobtrack.toml"),
        format!(
            "[user]\nid = \"alex\"\n[storage]\ndata-dir = \"data\"\nkeep-bodies = \"{keep}\"\n\
             {more}[[accounts]]\nname = \"mail\"\nprovider = \"mbox\"\npath = \"mail.mbox\"\n"
        ),
    )
    .unwrap();
}

/// The body sentences found under `data`, with where.
fn bodies_left(data: &Path) -> Vec<(String, Vec<std::path::PathBuf>)> {
    sample_mails()
        .into_iter()
        .filter(|m| m.sentence.len() >= 20)
        .map(|m| {
            let found = files_containing(data, &m.sentence);
            (m.sentence, found)
        })
        .filter(|(_, found)| !found.is_empty())
        .collect()
}

const APPLICATIONS: &str = "select company_name, role_title, current_status \
     from applications order by all";

#[test]
fn keep_bodies_none_leaves_no_body_sentence_under_the_data_root() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    home_with(home, "none");
    let said = jobtrack(home, &["run"]);
    assert!(said.contains("keep_bodies"), "{said}");
    let left = bodies_left(&home.join("data"));
    assert!(left.is_empty(), "bodies kept: {left:?}");
    assert_eq!(count(home, "select count(*) from emails"), 12);
    assert!(count(home, "select count(*) from applications") > 0);
    // A rerun has nothing left to drop and changes nothing.
    let before = jobtrack(home, &["sql", APPLICATIONS, "--format", "csv"]);
    jobtrack(home, &["run"]);
    assert_eq!(
        jobtrack(home, &["sql", APPLICATIONS, "--format", "csv"]),
        before
    );
}

#[test]
fn changing_keep_bodies_to_none_strips_the_mail_already_stored() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    home_with(home, "full");
    jobtrack(home, &["run"]);
    let data = home.join("data");
    // The checker finds every sentence while the bodies are kept.
    let kept = bodies_left(&data);
    let sentences = sample_mails()
        .iter()
        .filter(|m| m.sentence.len() >= 20)
        .count();
    assert!(sentences >= 10, "{sentences}");
    assert_eq!(kept.len(), sentences, "{kept:?}");
    let applications = jobtrack(home, &["sql", APPLICATIONS, "--format", "csv"]);

    // "text": the raw bytes go, the parsed text stays.
    set_keep(home, "text", "");
    jobtrack(home, &["run"]);
    let raw = data.join("raw_messages");
    assert!(
        files_containing(&raw, "Content-Type").is_empty(),
        "raw bytes kept"
    );
    assert_eq!(bodies_left(&data).len(), sentences);

    set_keep(home, "none", "");
    jobtrack(home, &["run"]);
    let left = bodies_left(&data);
    assert!(left.is_empty(), "bodies kept: {left:?}");
    assert_eq!(count(home, "select count(*) from emails"), 12);
    assert_eq!(
        jobtrack(home, &["sql", APPLICATIONS, "--format", "csv"]),
        applications
    );

    // A new rule file would reclassify every email, from emptied bodies:
    // the rows made before stay, and the run report says why.
    std::fs::write(
        home.join("rules.toml"),
        "disable = [\"sender:greenhouse\"]\n",
    )
    .unwrap();
    set_keep(home, "none", "[classify]\nrules-file = \"rules.toml\"\n");
    jobtrack(home, &["run"]);
    let warned =
        jobtrack_testkit::leaks::files_containing(&data.join("runs"), "keeps the rows it made");
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert_eq!(
        jobtrack(home, &["sql", APPLICATIONS, "--format", "csv"]),
        applications
    );
}
