//! The classifier's hand-written tricky cases as data: each `.eml` under
//! `fixtures/eml/cases/` is parsed by normalize, classified by the built-in
//! rules alone (no model, so a retrained model does not move them), and its
//! label, event, fields, their confidences and the reasons are compared
//! with an insta snapshot of the same name. A new case is a new `.eml` file
//! and `cargo insta review`.

use std::fmt::Write as _;

use jobtrack_stages::classify::{Classification, Classifier, EmailInput};
use jobtrack_stages::normalize::parse::{RawInput, normalize};

use crate::support::fixture;

fn summary(c: &Classification) -> String {
    let mut out = String::new();
    let field = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    let _ = writeln!(out, "label: {}", c.label.as_str());
    let _ = writeln!(out, "event: {}", c.event_type.map_or("-", |e| e.as_str()));
    let _ = writeln!(out, "company: {}", field(&c.company_name));
    let _ = writeln!(out, "role: {}", field(&c.role_title));
    let _ = writeln!(out, "location: {}", field(&c.location));
    let _ = writeln!(out, "source: {}", field(&c.source));
    let _ = writeln!(out, "posting: {}", field(&c.job_posting_url));
    let _ = writeln!(out, "posting_id: {}", field(&c.posting_id));
    let f = &c.field_confidence;
    let _ = writeln!(
        out,
        "confidence: label {:.2}, event {:.2}, company {:.2}, role {:.2}",
        f.label, f.event, f.company, f.role
    );
    let _ = writeln!(out, "reasons:");
    for r in &c.reasons {
        let _ = writeln!(out, "  - {r}");
    }
    out
}

#[test]
fn tricky_cases_classify_as_their_snapshots_say() {
    let classifier = Classifier::new(&Classifier::default_rules().unwrap(), None).unwrap();
    let dir = fixture("eml/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 16,
        "{} cases in {}",
        files.len(),
        dir.display()
    );
    for path in files {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let raw = std::fs::read(&path).unwrap();
        let n = normalize(&RawInput {
            user_id: "me",
            provider_message_id: &name,
            folder: None,
            envelope_date: None,
            raw: &raw,
            gmail: None,
        })
        .unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let input = EmailInput {
            subject: n.subject.as_deref(),
            from_name: n.from_name.as_deref(),
            from_address: n.from_address.as_deref(),
            reply_to: n.reply_to_address.as_deref(),
            body_text: &n.body_text,
            links: &n.links,
            has_list_unsubscribe: n.has_list_unsubscribe,
            received_at: n.received_at,
        };
        let c = classifier.classify(&input);
        insta::assert_snapshot!(format!("case_{name}"), summary(&c));
    }
}
