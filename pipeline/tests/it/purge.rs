//! `jobtrack purge` forgets on request: one account's mail, then mail from
//! before a date, then the whole user, each time leaving no file under the
//! data root (Parquet and the DuckDB warehouse read back, not only searched
//! as bytes) that holds a purged email's Message-ID or subject, keeping the
//! rest, and never importing the purged mail again.

use std::path::Path;

use jobtrack_testkit::leaks::files_containing;

use crate::cli::jobtrack_home;

/// One message of the sample mailbox, and what would give it away.
pub struct Mail {
    pub text: String,
    pub message_id: String,
    pub subject: String,
    /// The longest line of its text body that is neither a link nor an
    /// address (links and addresses are kept as fields).
    pub sentence: String,
}

/// The bundled sample mailbox, message by message.
pub fn sample_mails() -> Vec<Mail> {
    let sample = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../samples/sample.mbox"
    ))
    .unwrap();
    let mut texts: Vec<String> = Vec::new();
    for line in sample.split_inclusive('\n') {
        if line.starts_with("From ") || texts.is_empty() {
            texts.push(String::new());
        }
        texts.last_mut().unwrap().push_str(line);
    }
    texts
        .into_iter()
        .map(|text| {
            let body_start = text.find('\n').unwrap() + 1;
            let parsed = mail_parser::MessageParser::default()
                .parse(&text.as_bytes()[body_start..])
                .unwrap();
            let body = parsed.body_text(0).unwrap_or_default().into_owned();
            let sentence = body
                .lines()
                .map(str::trim)
                .filter(|l| !l.contains("://") && !l.contains('@'))
                .max_by_key(|l| l.len())
                .unwrap_or_default()
                .to_string();
            Mail {
                message_id: parsed.message_id().unwrap().to_string(),
                subject: parsed.subject().unwrap_or_default().to_string(),
                sentence,
                text,
            }
        })
        .collect()
}

/// The strings that give `gone` away and that no message of `kept` shares.
fn needles(gone: &[&Mail], kept: &[&Mail]) -> Vec<String> {
    let mut out = Vec::new();
    for m in gone {
        let candidates = [
            m.message_id.clone(),
            m.message_id.replace('@', "%40"),
            m.subject.clone(),
            m.sentence.clone(),
        ];
        for c in candidates {
            if c.len() >= 8
                && !kept
                    .iter()
                    .any(|k| k.text.contains(&c) || k.subject.contains(&c))
            {
                out.push(c);
            }
        }
    }
    out
}

pub fn jobtrack(home: &Path, args: &[&str]) -> String {
    let mut all = vec!["--config", "jobtrack.toml"];
    all.extend_from_slice(args);
    let out = jobtrack_home(home, None, &all, &[]);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "jobtrack {args:?}: {stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

pub fn count(home: &Path, sql: &str) -> i64 {
    let out = jobtrack(home, &["sql", sql, "--format", "csv"]);
    out.lines().nth(1).unwrap().trim().parse().unwrap()
}

fn assert_forgotten(data: &Path, needles: &[String]) {
    assert!(!needles.is_empty());
    for n in needles {
        let found = files_containing(data, n);
        assert!(found.is_empty(), "{n:?} is still in {found:?}");
    }
}

#[test]
fn purge_forgets_an_account_then_old_mail_then_the_user_and_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let mails = sample_mails();
    assert_eq!(mails.len(), 12);
    let (work, private) = mails.split_at(6);
    let write = |name: &str, part: &[Mail]| {
        let text: String = part.iter().map(|m| m.text.as_str()).collect();
        std::fs::write(home.join(name), text).unwrap();
    };
    write("work.mbox", work);
    write("home.mbox", private);
    std::fs::write(
        home.join("jobtrack.toml"),
        "[user]\nid = \"alex\"\n[storage]\ndata-dir = \"data\"\n\
         [[accounts]]\nname = \"work\"\nprovider = \"mbox\"\npath = \"work.mbox\"\n\
         [[accounts]]\nname = \"home\"\nprovider = \"mbox\"\npath = \"home.mbox\"\n",
    )
    .unwrap();
    let data = home.join("data");
    jobtrack(home, &["run"]);
    assert_eq!(count(home, "select count(*) from emails"), 12);
    // A correction of a work email: it goes with the email.
    let work_email = jobtrack(
        home,
        &[
            "sql",
            "select email_id from emails where account = 'work' limit 1",
            "--format",
            "csv",
        ],
    );
    let work_email = work_email.lines().nth(1).unwrap().trim().to_string();
    jobtrack(
        home,
        &[
            "correct",
            "email",
            &work_email,
            "company_name",
            "Purgeable Corp",
        ],
    );
    jobtrack(home, &["run"]);

    let all: Vec<&Mail> = mails.iter().collect();
    let home_mail: Vec<&Mail> = private.iter().collect();
    let gone: Vec<&Mail> = work.iter().collect();
    let mut work_needles = needles(&gone, &home_mail);
    work_needles.push("Purgeable Corp".into());
    // The checker finds each of them before the purge.
    for n in &work_needles {
        assert!(
            !files_containing(&data, n).is_empty(),
            "{n:?} is nowhere to begin with"
        );
    }

    let said = jobtrack(home, &["purge", "--user", "alex", "--account", "work"]);
    assert!(said.contains("Purged 6 email(s) of user alex."), "{said}");
    assert!(said.contains("1 correction(s) dropped"), "{said}");
    assert_forgotten(&data, &work_needles);
    assert_eq!(count(home, "select count(*) from emails"), 6);
    assert_eq!(
        count(home, "select count(*) from emails where account = 'work'"),
        0
    );
    // The work mailbox still has the mail: the next run does not bring it back.
    jobtrack(home, &["run"]);
    assert_eq!(count(home, "select count(*) from emails"), 6);
    assert_forgotten(&data, &work_needles);
    let kept_subject = &private[5].subject;
    assert!(
        !files_containing(&data, kept_subject).is_empty(),
        "{kept_subject} was kept"
    );

    // Before 15 January: the bank, newsletter and personal mail of home.
    let said = jobtrack(home, &["purge", "--user", "alex", "--before", "2025-01-15"]);
    assert!(said.contains("Purged 3 email(s)"), "{said}");
    let (old, new): (Vec<&Mail>, Vec<&Mail>) = home_mail.iter().partition(|m| {
        ["bank-1@", "wb-1@", "pers-1@"]
            .iter()
            .any(|p| m.message_id.starts_with(p))
    });
    assert_eq!(old.len(), 3);
    assert_forgotten(&data, &needles(&old, &new));
    assert_eq!(count(home, "select count(*) from emails"), 3);

    let said = jobtrack(home, &["purge", "--user", "alex"]);
    assert!(said.contains("Purged 3 email(s) of user alex."), "{said}");
    assert_forgotten(&data, &needles(&all, &[]));
    assert_eq!(count(home, "select count(*) from emails"), 0);
    assert_eq!(count(home, "select count(*) from applications"), 0);
}
