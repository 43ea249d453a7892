//! Accuracy floors of the whole pipeline (no LLM) on our two labeled
//! corpora, measured with `jobtrack run` and `jobtrack eval --format json`
//! as a user measures them: a change that makes extraction or grouping worse
//! than these floors fails here. The floors sit a little under what was
//! measured (README, "Measuring the classifier").

use std::path::Path;

use crate::cli::ok;

fn eval(corpus: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../stages/tests/fixtures/eml")
        .join(corpus);
    let source = format!("eml:{}", fixtures.display());
    ok(
        dir.path(),
        &["run", "--source", &source, "--data-dir", "data"],
    );
    let labels = fixtures.join("labels.jsonl");
    let out = ok(
        dir.path(),
        &[
            "eval",
            "--labels",
            &labels.display().to_string(),
            "--data-dir",
            "data",
            "--format",
            "json",
        ],
    );
    serde_json::from_str(&out).unwrap()
}

fn at_least(report: &serde_json::Value, pointer: &str, floor: f64) {
    let v = report.pointer(pointer).and_then(|v| v.as_f64());
    assert!(
        v.is_some_and(|v| v >= floor),
        "{pointer} = {v:?}, below {floor}; wrong rows: {:#}",
        report["wrong"]
    );
}

#[test]
fn the_labeled_corpus_stays_above_its_floors() {
    let r = eval("labeled");
    assert_eq!(
        r["matched"], r["labeled"],
        "every labeled email is published"
    );
    at_least(&r, "/application/f1", 0.98);
    at_least(&r, "/macro_f1", 0.97);
    at_least(&r, "/event_accuracy", 0.96);
    at_least(&r, "/company_accuracy", 0.94);
    at_least(&r, "/role_accuracy", 0.85);
    at_least(&r, "/grouping/f1", 0.95);
    at_least(&r, "/status_accuracy", 0.93);
}

#[test]
fn the_blind_written_corpus_stays_above_its_floors() {
    let r = eval("blind");
    assert_eq!(
        r["matched"], r["labeled"],
        "every labeled email is published"
    );
    at_least(&r, "/application/f1", 0.95);
    at_least(&r, "/macro_f1", 0.93);
    at_least(&r, "/event_accuracy", 0.92);
    at_least(&r, "/company_accuracy", 0.9);
    at_least(&r, "/role_accuracy", 0.8);
    at_least(&r, "/grouping/f1", 0.9);
    at_least(&r, "/status_accuracy", 0.9);
}
