//! Tests for the synthetic mailbox generator.

use super::*;
use std::collections::BTreeSet;

fn run(messages: u64, seed: u64) -> (Vec<u8>, Vec<SynthLabel>, SynthSummary) {
    let opts = SynthOptions {
        messages,
        seed,
        ..SynthOptions::default()
    };
    let mut mbox = Vec::new();
    let mut labels = Vec::new();
    let summary = write_mailbox(&opts, &mut mbox, Some(&mut labels)).unwrap();
    let labels = String::from_utf8(labels)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<SynthLabel>(l).unwrap())
        .collect();
    (mbox, labels, summary)
}

/// Split an mbox into messages (without the From_ line).
fn split(mbox: &[u8]) -> Vec<&[u8]> {
    let mut starts = Vec::new();
    let mut at_start = true;
    for (i, w) in mbox.windows(5).enumerate() {
        if at_start && w == b"From " {
            starts.push(i);
        }
        at_start = mbox[i] == b'\n';
    }
    let mut out = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(mbox.len());
        let msg = &mbox[s..end];
        let nl = msg.iter().position(|&b| b == b'\n').unwrap();
        out.push(&msg[nl + 1..]);
    }
    out
}

fn header_message_id(msg: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(msg);
    let head = text.split("\n\n").next().unwrap_or("");
    head.lines()
        .find(|l| l.to_ascii_lowercase().starts_with("message-id:"))
        .map(|l| {
            l[11..]
                .trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_string()
        })
}

#[test]
fn deterministic() {
    let a = run(400, 7);
    let b = run(400, 7);
    assert!(a.0 == b.0, "mbox differs");
    assert_eq!(a.1, b.1);
    let c = run(400, 8);
    assert!(a.0 != c.0);
}

#[test]
fn labels_match_messages() {
    let (mbox, labels, summary) = run(3000, 1);
    let msgs = split(&mbox);
    assert_eq!(labels.len(), 3000);
    assert_eq!(
        msgs.len(),
        3000,
        "From_ lines must equal message count (mboxrd escaping)"
    );
    assert_eq!(summary.messages, 3000);
    assert_eq!(summary.bytes, mbox.len() as u64);
    let mut ids = BTreeSet::new();
    let mut missing = 0;
    for (m, l) in msgs.iter().zip(&labels) {
        match header_message_id(m) {
            Some(id) => {
                assert_eq!(id, l.message_id);
                assert!(ids.insert(id), "duplicate id");
            }
            None => {
                assert_eq!(l.message_id, "");
                assert_eq!(l.label, "not_job");
                missing += 1;
            }
        }
        if l.label == "application" {
            assert!(l.company.is_some() && l.app_key.is_some() && l.event_type.is_some());
        }
    }
    assert!(missing > 0 && missing < 60, "missing ids: {missing}");
}

#[test]
fn label_mix() {
    let (_, labels, summary) = run(5000, 3);
    let frac = |k: &str| labels.iter().filter(|l| l.label == k).count() as f64 / 5000.0;
    eprintln!("{:?}", summary.by_label);
    assert!((0.90..0.96).contains(&frac("not_job")));
    assert!((0.03..0.06).contains(&frac("application")));
    assert!((0.009..0.022).contains(&frac("job_alert")));
    assert!((0.005..0.016).contains(&frac("recruiter_outreach")));
    // Every event type shows up, and applications have several messages.
    let kinds: BTreeSet<_> = labels.iter().filter_map(|l| l.event_type.clone()).collect();
    for k in [
        "applied",
        "assessment",
        "interview",
        "offer",
        "rejected",
        "withdrawn",
        "update",
    ] {
        assert!(kinds.contains(k), "missing event {k}");
    }
    let keys: BTreeSet<_> = labels.iter().filter_map(|l| l.app_key.clone()).collect();
    assert_eq!(keys.len() as u64, summary.applications);
}

#[test]
fn mboxrd_escaping() {
    let (mbox, labels, _) = run(2000, 11);
    assert_eq!(split(&mbox).len(), labels.len());
    let text = String::from_utf8_lossy(&mbox);
    assert!(text.contains("\n>From "), "escaping never exercised");
    assert!(
        text.contains("\n>>From "),
        "nested escaping never exercised"
    );
    // No message line (other than From_ separators after a blank line) starts with "From ".
    let mut prev_blank = true;
    for line in text.lines() {
        if line.starts_with("From ") {
            assert!(prev_blank, "unescaped From line: {line}");
        }
        prev_blank = line.is_empty();
    }
}

#[test]
fn mean_size() {
    let (mbox, _, s) = run(2000, 5);
    let mean = mbox.len() as f64 / 2000.0;
    eprintln!(
        "mean message size: {:.1} KB, applications {}",
        mean / 1024.0,
        s.applications
    );
    assert!((5.0 * 1024.0..40.0 * 1024.0).contains(&mean), "mean {mean}");
}

#[test]
fn all_sources_appear() {
    let (_, labels, _) = run(20_000, 42);
    let got: BTreeSet<_> = labels
        .iter()
        .filter(|l| l.label == "application")
        .filter_map(|l| l.source.clone())
        .collect();
    for s in [
        "greenhouse",
        "lever",
        "workday",
        "ashby",
        "icims",
        "smartrecruiters",
        "taleo",
        "jobvite",
        "workable",
        "bamboohr",
        "linkedin",
        "indeed",
        "wellfound",
        "company_site",
        "agency",
    ] {
        assert!(got.contains(s), "missing source {s}: {got:?}");
    }
    // Never name an ATS or board as the employer.
    for l in &labels {
        if let Some(c) = &l.company {
            for bad in [
                "Greenhouse",
                "Lever",
                "Workday",
                "LinkedIn",
                "Indeed",
                "Workable",
            ] {
                assert!(!c.contains(bad), "{c}");
            }
        }
    }
}

#[test]
fn streams_20k_to_sink() {
    let opts = SynthOptions {
        messages: 20_000,
        ..SynthOptions::default()
    };
    let t = std::time::Instant::now();
    let s = write_mailbox(&opts, std::io::sink(), None::<std::io::Sink>).unwrap();
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "20k messages: {:.0} msg/s, {:.1} MB/s, {:.1} MB total, mean {:.1} KB, {:?}, apps {}",
        20_000.0 / secs,
        s.bytes as f64 / 1e6 / secs,
        s.bytes as f64 / 1e6,
        s.bytes as f64 / 20_000.0 / 1024.0,
        s.by_label,
        s.applications
    );
    assert_eq!(s.messages, 20_000);
}

#[test]
fn write_sample_file() {
    let opts = SynthOptions {
        messages: 300,
        ..SynthOptions::default()
    };
    let mbox = std::fs::File::create("/tmp/synth-300.mbox").unwrap();
    let labels = std::fs::File::create("/tmp/synth-300.labels.jsonl").unwrap();
    let s = write_mailbox(&opts, mbox, Some(labels)).unwrap();
    assert_eq!(s.messages, 300);
}
