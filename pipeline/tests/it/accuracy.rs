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

/// Runs the corpus and checks each (JSON pointer, floor) of its report.
fn stays_above(corpus: &str, floors: &[(&str, f64)]) {
    let r = eval(corpus);
    assert_eq!(
        r["matched"], r["labeled"],
        "every labeled email is published"
    );
    for &(pointer, floor) in floors {
        let v = r.pointer(pointer).and_then(|v| v.as_f64());
        assert!(
            v.is_some_and(|v| v >= floor),
            "{corpus}: {pointer} = {v:?}, below {floor}; wrong rows: {:#}",
            r["wrong"]
        );
    }
}

#[test]
fn the_labeled_corpus_stays_above_its_floors() {
    stays_above(
        "labeled",
        &[
            ("/application/f1", 0.98),
            ("/macro_f1", 0.97),
            ("/event_accuracy", 0.96),
            ("/company_accuracy", 0.94),
            ("/role_accuracy", 0.85),
            ("/grouping/f1", 0.95),
            ("/status_accuracy", 0.93),
        ],
    );
}

#[test]
fn the_blind_written_corpus_stays_above_its_floors() {
    stays_above(
        "blind",
        &[
            ("/application/f1", 0.95),
            ("/macro_f1", 0.93),
            ("/event_accuracy", 0.92),
            ("/company_accuracy", 0.9),
            ("/role_accuracy", 0.8),
            ("/grouping/f1", 0.9),
            ("/status_accuracy", 0.9),
        ],
    );
}
