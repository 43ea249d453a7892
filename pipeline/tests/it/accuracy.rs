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

/// Detection precision and recall over the unseen corpus's development
/// part (three mailboxes, the person's addresses as `[user] emails`, as
/// `tools/eval_corpus.py dev` runs it) under `[classify] sensitivity`.
fn dev_detection(sensitivity: &str) -> (f64, f64) {
    let dir = tempfile::tempdir().unwrap();
    let part = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpora/unseen/dev");
    let mut boxes: Vec<_> = std::fs::read_dir(&part)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("labels.jsonl").is_file())
        .collect();
    boxes.sort();
    let (mut emails, mut accounts, mut labels) = (Vec::new(), String::new(), String::new());
    for b in &boxes {
        let person: toml::Table = std::fs::read_to_string(b.join("person.toml"))
            .unwrap()
            .parse()
            .unwrap();
        for e in person["emails"].as_array().unwrap() {
            emails.push(format!("{e}"));
        }
        let name = b.file_name().unwrap().to_str().unwrap();
        accounts.push_str(&format!(
            "[[accounts]]\nname = \"{name}\"\nprovider = \"eml\"\npath = \"{}\"\n\n",
            b.join("mail").display()
        ));
        labels.push_str(&std::fs::read_to_string(b.join("labels.jsonl")).unwrap());
    }
    let cfg = dir.path().join("jobtrack.toml");
    std::fs::write(
        &cfg,
        format!(
            "[user]\nemails = [{}]\n\n[classify]\nsensitivity = \"{sensitivity}\"\n\n{accounts}",
            emails.join(", ")
        ),
    )
    .unwrap();
    let label_file = dir.path().join("labels.jsonl");
    std::fs::write(&label_file, labels).unwrap();
    let cfg = cfg.to_str().unwrap();
    ok(dir.path(), &["run", "--config", cfg]);
    let out = ok(
        dir.path(),
        &[
            "eval",
            "--config",
            cfg,
            "--labels",
            label_file.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    let r: serde_json::Value = serde_json::from_str(&out).unwrap();
    (
        r["application"]["precision"].as_f64().unwrap(),
        r["application"]["recall"].as_f64().unwrap(),
    )
}

#[test]
fn sensitivity_moves_detection_in_the_documented_direction() {
    let (p_hr, r_hr) = dev_detection("high-recall");
    let (p_b, r_b) = dev_detection("balanced");
    let (p_hp, r_hp) = dev_detection("high-precision");
    let said = format!(
        "high-recall {p_hr:.3}/{r_hr:.3}, balanced {p_b:.3}/{r_b:.3}, high-precision {p_hp:.3}/{r_hp:.3}"
    );
    assert!(r_hr >= r_b && r_b >= r_hp && r_hr > r_hp, "recall: {said}");
    assert!(
        p_hr <= p_b && p_b <= p_hp && p_hp > p_hr,
        "precision: {said}"
    );
    eprintln!("dev detection precision/recall: {said}");
}
