//! `jobtrack train` and `eval`: retrain the local model, and score what the
//! last run published against a label file.

use std::path::{Path, PathBuf};

use jobtrack_stages::learn::eval::{EvalReport, evaluate_warehouse};
use jobtrack_stages::learn::labels::read_label_file;
use jobtrack_stages::learn::training::retrain;

use crate::app::{App, UsageExt, usage};
use crate::cli::OutFormat;

pub async fn train(app: &App, labels: &[PathBuf], with_llm: bool) -> anyhow::Result<()> {
    if labels.is_empty() && !with_llm {
        return Err(usage(
            "give --labels FILE.jsonl, or drop --no-llm to train on LLM answers",
        ));
    }
    let mut lines = Vec::new();
    for path in labels {
        lines.extend(read_label_file(path).usage()?);
    }
    let ctx = app.context();
    let report = retrain(&ctx, &app.warehouse(), lines, with_llm).await?;
    if report.corrected > 0 {
        println!("Using {} emails you corrected as labels.", report.corrected);
    }
    let (model, sources) = (&report.model, &report.sources);
    println!(
        "Trained model {} on {} emails ({} labeled, {} LLM answers); saved as {}/{} (used from the next run on).",
        model.version,
        model.examples,
        sources.labeled,
        sources.llm,
        app.root.display(),
        model.file
    );
    Ok(())
}

pub fn eval(
    app: &App,
    labels: &Path,
    show_wrong: usize,
    format: OutFormat,
    lang: Option<&str>,
) -> anyhow::Result<()> {
    let lines = read_label_file(labels).usage()?;
    let report = evaluate_warehouse(&app.warehouse(), lines, lang).usage()?;
    if format == OutFormat::Json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_report(&report, show_wrong);
    }
    Ok(())
}

fn print_report(report: &EvalReport, show_wrong: usize) {
    let pct = |x: f64| format!("{:.1}%", 100.0 * x);
    println!(
        "Labeled {} emails, {} found in the warehouse.",
        report.labeled, report.matched
    );
    let a = report.application;
    println!(
        "Application detection: precision {:.3}  recall {:.3}  F1 {:.3}  ({} application emails)",
        a.precision, a.recall, a.f1, a.support
    );
    for (label, s) in &report.per_label {
        println!("  F1 {label:<19} {:.3}  (support {})", s.f1, s.support);
    }
    println!("Four-way macro F1: {:.3}", report.macro_f1);
    println!(
        "Over {} application emails: event {}  company {}  role {}  source {}  posting link {}",
        report.applications,
        pct(report.event_accuracy),
        pct(report.company_accuracy),
        pct(report.role_accuracy),
        pct(report.source_accuracy),
        pct(report.posting_url_accuracy)
    );
    if let (Some(g), Some(status)) = (report.grouping, report.status_accuracy) {
        println!(
            "Grouping of application mail (pairwise): precision {:.3}  recall {:.3}  F1 {:.3}; \
             status right for {} of {} applications",
            g.precision,
            g.recall,
            g.f1,
            pct(status),
            report.labeled_applications
        );
    }
    if let (Some(employer), Some(role), Some(spread)) = (
        report.application_employer_accuracy,
        report.application_role_accuracy,
        report.applications_per_true_application,
    ) {
        println!(
            "As a person sees it: the application's employer right for {}, its role for {}; \
             {spread:.2} applications shown per real one",
            pct(employer),
            pct(role)
        );
    }
    if !report.wrong.is_empty() {
        println!(
            "Wrong ({} rows, first {}):",
            report.wrong.len(),
            show_wrong.min(report.wrong.len())
        );
        for w in report.wrong.iter().take(show_wrong) {
            println!("  {w}");
        }
    }
}
