//! A broken data root as a user meets it: a truncated data file, a garbage
//! Delta log entry, a deleted raw file. Each makes the next run fail naming
//! the file; `jobtrack doctor` finds it, `jobtrack doctor --repair` mends
//! the root, and the run after gives the tables of a clean run.

use std::path::{Path, PathBuf};

use crate::cli::{jobtrack, ok, synth};
use crate::lake::{message_starts, tables};

/// Writes `all.mbox` (the whole mailbox) and `mail.mbox` (its first half,
/// the first night's mail) into `d`.
fn mailboxes(d: &Path) {
    synth(d, 240, 9, "all.mbox");
    let text = std::fs::read(d.join("all.mbox")).unwrap();
    let starts = message_starts(&text);
    std::fs::write(d.join("mail.mbox"), &text[..starts[starts.len() / 2]]).unwrap();
}

fn run(d: &Path) -> std::process::Output {
    jobtrack(
        d,
        &["run", "--source", "mbox:mail.mbox", "--data-dir", "data"],
    )
}

/// The tables of one clean run over the whole mailbox.
fn clean(d: &Path) -> Vec<String> {
    mailboxes(d);
    std::fs::copy(d.join("all.mbox"), d.join("mail.mbox")).unwrap();
    let out = run(d);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    tables(d)
}

/// The Parquet files of `table` for user `me`.
fn parts(d: &Path, table: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(d.join("data").join(table).join("user_id=me"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "parquet"))
        .collect();
    files.sort();
    files
}

/// The first night, `damage`, the second night (which must fail naming
/// what `damage` returns), then doctor, repair and a run: the tables must
/// be a clean run's.
fn broken_then_repaired(damage: impl Fn(&Path) -> String) {
    let reference = tempfile::tempdir().unwrap();
    let want = clean(reference.path());

    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    mailboxes(d);
    let first = run(d);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let ok_before = ok(d, &["doctor", "--data-dir", "data"]);
    assert!(ok_before.contains(": 0 problems."), "{ok_before}");

    let named = damage(d);
    std::fs::copy(d.join("all.mbox"), d.join("mail.mbox")).unwrap();
    let failed = run(d);
    let err = String::from_utf8_lossy(&failed.stderr);
    assert_eq!(failed.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&named),
        "the error does not name {named}: {err}"
    );

    let found = jobtrack(d, &["doctor", "--data-dir", "data"]);
    let report = String::from_utf8_lossy(&found.stdout);
    assert_eq!(found.status.code(), Some(1), "{report}");
    assert!(report.contains(&named), "{report}");

    let repaired = ok(d, &["doctor", "--repair", "--data-dir", "data"]);
    assert!(repaired.contains("repaired:"), "{repaired}");
    assert!(!repaired.contains("not repaired"), "{repaired}");
    let after = run(d);
    assert!(
        after.status.success(),
        "{}",
        String::from_utf8_lossy(&after.stderr)
    );
    assert_eq!(
        tables(d),
        want,
        "the repaired root's tables differ from a clean run's"
    );
    let clean_now = ok(d, &["doctor", "--data-dir", "data"]);
    assert!(clean_now.contains(": 0 problems."), "{clean_now}");
}

#[test]
fn a_truncated_derived_file_is_made_again() {
    broken_then_repaired(|d| {
        let file = parts(d, "int_emails_classified").remove(0);
        let bytes = std::fs::read(&file).unwrap();
        std::fs::write(&file, &bytes[..bytes.len() / 2]).unwrap();
        file.file_name().unwrap().to_string_lossy().into_owned()
    });
}

#[test]
fn a_garbage_log_entry_is_set_aside() {
    broken_then_repaired(|d| {
        let log = d.join("data/applications/_delta_log");
        let mut commits: Vec<PathBuf> = std::fs::read_dir(&log)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        commits.sort();
        let last = commits.pop().unwrap();
        std::fs::write(&last, b"{\"add\": {\"path\": \"part-").unwrap();
        last.file_name().unwrap().to_string_lossy().into_owned()
    });
}

#[test]
fn a_deleted_raw_file_is_read_again_from_the_mailbox() {
    broken_then_repaired(|d| {
        let file = parts(d, "raw_messages").remove(0);
        std::fs::remove_file(&file).unwrap();
        file.file_name().unwrap().to_string_lossy().into_owned()
    });
}
