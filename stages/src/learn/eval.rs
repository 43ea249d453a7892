//! Measures classification against labels: a label file in the `synth`
//! format (one JSON object per line: `message_id`, `label`, `event_type`,
//! `company`, `company_aliases`, `role`, `source`, `posting_url`) is matched
//! to published emails by Message-ID, and the scores people ask about are
//! computed: application-detection precision / recall / F1, per-label F1 and
//! four-way macro F1, and, over true application mail, the accuracy of event,
//! company, role (the same title once requisition ids and gender markers
//! such as "(m/w/d)" or "H/F" are set aside), source and posting link.
//! Rows it got wrong are listed.

use serde::{Deserialize, Serialize};

use crate::error::{Result, StageError};
use crate::names::company::normalize_company;
use crate::names::role::same_role;

/// One line of a label file.
#[derive(Debug, Clone, Deserialize)]
pub struct LabelLine {
    pub message_id: String,
    pub label: String,
    #[serde(default)]
    pub event_type: Option<String>,
    #[serde(default)]
    pub company: Option<String>,
    #[serde(default)]
    pub company_aliases: Vec<String>,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub posting_url: Option<String>,
    /// Same for every email of one application (grouping is scored with it).
    #[serde(default)]
    pub app_key: Option<String>,
    /// The message's language (ISO 639-1), where the label file says it.
    #[serde(default)]
    pub lang: Option<String>,
}

/// What the pipeline published for one email.
#[derive(Debug, Clone, Default)]
pub struct Predicted {
    pub subject: Option<String>,
    pub label: Option<String>,
    pub event_type: Option<String>,
    pub company: Option<String>,
    pub role: Option<String>,
    pub source: Option<String>,
    pub posting_url: Option<String>,
    /// The application it was grouped into, with that application's status.
    pub application_id: Option<String>,
    pub application_status: Option<String>,
    /// When it was received (ISO 8601), to order an application's timeline.
    pub received_at: Option<String>,
    /// The employer and role of the application it was grouped into.
    pub application_company: Option<String>,
    pub application_role: Option<String>,
}

/// Precision, recall and F1 of one class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub support: usize,
}

fn score(tp: usize, fp: usize, fn_: usize) -> Score {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let precision = ratio(tp, tp + fp);
    let recall = ratio(tp, tp + fn_);
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Score {
        precision,
        recall,
        f1,
        support: tp + fn_,
    }
}

/// The scores of one evaluation.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EvalReport {
    pub labeled: usize,
    pub matched: usize,
    pub application: Score,
    pub per_label: Vec<(String, Score)>,
    pub macro_f1: f64,
    pub applications: usize,
    pub event_accuracy: f64,
    pub company_accuracy: f64,
    pub role_accuracy: f64,
    pub source_accuracy: f64,
    pub posting_url_accuracy: f64,
    /// Pairwise grouping of labeled application mail (labels with `app_key`).
    pub grouping: Option<Score>,
    /// Labeled applications whose published status is right.
    pub status_accuracy: Option<f64>,
    pub labeled_applications: usize,
    /// The application-level view a person sees: for each labeled
    /// application, the published application holding most of its mail names
    /// the right employer / the right role.
    pub application_employer_accuracy: Option<f64>,
    pub application_role_accuracy: Option<f64>,
    /// Published applications per labeled application (1.0 when none is split).
    pub applications_per_true_application: Option<f64>,
    pub wrong: Vec<String>,
}

const LABELS: [&str; 4] = ["application", "recruiter_outreach", "job_alert", "not_job"];

fn company_ok(l: &LabelLine, p: Option<&str>) -> bool {
    match (&l.company, p) {
        (None, None) => true,
        (Some(t), Some(p)) => {
            let p = normalize_company(p);
            !p.is_empty()
                && std::iter::once(t)
                    .chain(&l.company_aliases)
                    .any(|a| normalize_company(a) == p)
        }
        _ => false,
    }
}

fn role_ok(l: &LabelLine, p: Option<&str>) -> bool {
    match (&l.role, p) {
        (None, None) => true,
        (Some(t), Some(p)) => same_role(t, p),
        _ => false,
    }
}

/// Compares `pairs` of labels and what was published for the same email;
/// `labeled` counts every label line, matched or not.
pub fn evaluate(labeled: usize, pairs: &[(LabelLine, Predicted)]) -> EvalReport {
    let label_of = |p: &Predicted| p.label.clone().unwrap_or_else(|| "not_job".into());
    let mut report = EvalReport {
        labeled,
        matched: pairs.len(),
        ..EvalReport::default()
    };
    let count = |class: &str| {
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for (l, p) in pairs {
            match (l.label == class, label_of(p) == class) {
                (true, true) => tp += 1,
                (false, true) => fp += 1,
                (true, false) => fn_ += 1,
                _ => {}
            }
        }
        score(tp, fp, fn_)
    };
    report.application = count("application");
    for class in LABELS {
        let s = count(class);
        report.macro_f1 += s.f1 / LABELS.len() as f64;
        report.per_label.push((class.to_string(), s));
    }
    let apps: Vec<&(LabelLine, Predicted)> = pairs
        .iter()
        .filter(|(l, _)| l.label == "application")
        .collect();
    report.applications = apps.len();
    let pct = |hits: usize| {
        if apps.is_empty() {
            0.0
        } else {
            hits as f64 / apps.len() as f64
        }
    };
    report.event_accuracy = pct(apps
        .iter()
        .filter(|(l, p)| label_of(p) == "application" && l.event_type == p.event_type)
        .count());
    report.company_accuracy = pct(apps
        .iter()
        .filter(|(l, p)| company_ok(l, p.company.as_deref()))
        .count());
    report.role_accuracy = pct(apps
        .iter()
        .filter(|(l, p)| role_ok(l, p.role.as_deref()))
        .count());
    report.source_accuracy = pct(apps.iter().filter(|(l, p)| l.source == p.source).count());
    report.posting_url_accuracy = pct(apps
        .iter()
        .filter(|(l, p)| l.posting_url == p.posting_url)
        .count());
    grouping(&mut report, pairs);
    for (l, p) in pairs {
        let mut what = Vec::new();
        if l.label != label_of(p) {
            what.push(format!("label {} -> {}", l.label, label_of(p)));
        }
        if l.label == "application" {
            if l.event_type != p.event_type {
                what.push(format!("event {:?} -> {:?}", l.event_type, p.event_type));
            }
            if !company_ok(l, p.company.as_deref()) {
                what.push(format!("company {:?} -> {:?}", l.company, p.company));
            }
            if !role_ok(l, p.role.as_deref()) {
                what.push(format!("role {:?} -> {:?}", l.role, p.role));
            }
            if l.source != p.source {
                what.push(format!("source {:?} -> {:?}", l.source, p.source));
            }
            if l.posting_url != p.posting_url {
                what.push(format!("link {:?} -> {:?}", l.posting_url, p.posting_url));
            }
        }
        if !what.is_empty() {
            report.wrong.push(format!(
                "{} {:?}: {}",
                l.message_id,
                p.subject.as_deref().unwrap_or(""),
                what.join("; ")
            ));
        }
    }
    report
}

fn event_rank(e: Option<&str>) -> u8 {
    match e {
        Some("applied") => 1,
        Some("assessment") => 2,
        Some("interview") => 3,
        Some("offer") => 4,
        Some("withdrawn") => 5,
        Some("rejected") => 6,
        _ => 0,
    }
}

/// Pairwise precision / recall / F1 of grouping (two emails of one labeled
/// application should share an application id, two of different ones should
/// not), and the share of labeled applications whose status is right: the
/// true status is the latest labeled event that is more than an update,
/// compared with the status of the application holding the latest email.
fn grouping(report: &mut EvalReport, pairs: &[(LabelLine, Predicted)]) {
    use std::collections::HashMap;
    let apps: Vec<&(LabelLine, Predicted)> = pairs
        .iter()
        .filter(|(l, _)| l.label == "application" && l.app_key.is_some())
        .collect();
    if apps.is_empty() {
        return;
    }
    let c2 = |n: usize| n * n.saturating_sub(1) / 2;
    let mut by_true: HashMap<&str, usize> = HashMap::new();
    let mut by_pred: HashMap<&str, usize> = HashMap::new();
    let mut by_both: HashMap<(&str, &str), usize> = HashMap::new();
    for (l, p) in &apps {
        let t = l.app_key.as_deref().unwrap_or_default();
        *by_true.entry(t).or_default() += 1;
        if let Some(a) = p.application_id.as_deref() {
            *by_pred.entry(a).or_default() += 1;
            *by_both.entry((t, a)).or_default() += 1;
        }
    }
    let tp: usize = by_both.values().map(|&n| c2(n)).sum();
    let true_pairs: usize = by_true.values().map(|&n| c2(n)).sum();
    let pred_pairs: usize = by_pred.values().map(|&n| c2(n)).sum();
    report.grouping = Some(score(tp, pred_pairs - tp, true_pairs - tp));

    // ordered by key, so the rows it prints come in the same order every time
    let mut timelines: std::collections::BTreeMap<&str, Vec<&(LabelLine, Predicted)>> =
        std::collections::BTreeMap::new();
    for pair in &apps {
        timelines
            .entry(pair.0.app_key.as_deref().unwrap_or_default())
            .or_default()
            .push(pair);
    }
    let mut right = 0;
    for (key, mut mail) in timelines {
        mail.sort_by(|a, b| {
            (
                a.1.received_at.as_deref(),
                event_rank(a.0.event_type.as_deref()),
            )
                .cmp(&(
                    b.1.received_at.as_deref(),
                    event_rank(b.0.event_type.as_deref()),
                ))
        });
        let truth = mail
            .iter()
            .rev()
            .find(|(l, _)| event_rank(l.event_type.as_deref()) > 0)
            .and_then(|(l, _)| l.event_type.clone())
            .unwrap_or_else(|| "applied".into());
        let published = mail.last().and_then(|(_, p)| p.application_status.clone());
        if published.as_deref() == Some(truth.as_str()) {
            right += 1;
        } else {
            report.wrong.push(format!(
                "application {key}: status {truth} -> {}",
                published.as_deref().unwrap_or("(no application)")
            ));
        }
        report.labeled_applications += 1;
    }
    report.status_accuracy = Some(right as f64 / report.labeled_applications as f64);
    application_view(report, &apps);
}

/// The application-level view: per labeled application, the published
/// application that holds most of its mail (ties: the smaller id) and how
/// many published applications its mail is spread over.
fn application_view(report: &mut EvalReport, apps: &[&(LabelLine, Predicted)]) {
    use std::collections::{BTreeMap, BTreeSet};
    let mut by_key: BTreeMap<&str, Vec<&(LabelLine, Predicted)>> = BTreeMap::new();
    for pair in apps {
        by_key
            .entry(pair.0.app_key.as_deref().unwrap_or_default())
            .or_default()
            .push(pair);
    }
    let (mut employer, mut role, mut spread) = (0usize, 0usize, 0usize);
    for (key, mail) in &by_key {
        let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
        for (_, p) in mail {
            if let Some(a) = p.application_id.as_deref() {
                *votes.entry(a).or_default() += 1;
            }
        }
        let ids: BTreeSet<&str> = votes.keys().copied().collect();
        spread += ids.len().max(1);
        let best = votes
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(id, _)| *id);
        let held = mail
            .iter()
            .find(|(_, p)| best.is_some() && p.application_id.as_deref() == best);
        let label = &mail[0].0;
        let (company, title) = held
            .map(|(_, p)| {
                (
                    p.application_company.as_deref(),
                    p.application_role.as_deref(),
                )
            })
            .unwrap_or((None, None));
        let company_right = held.is_some() && company_ok(label, company);
        let role_right = held.is_some() && role_ok(label, title);
        employer += usize::from(company_right);
        role += usize::from(role_right);
        if !company_right || !role_right {
            report.wrong.push(format!(
                "application {key}: seen as {:?} / {:?} (true {:?} / {:?}) over {} application(s)",
                company,
                title,
                label.company,
                label.role,
                ids.len()
            ));
        }
    }
    let n = by_key.len().max(1) as f64;
    report.application_employer_accuracy = Some(employer as f64 / n);
    report.application_role_accuracy = Some(role as f64 / n);
    report.applications_per_true_application = Some(spread as f64 / n);
}

/// What the pipeline published for every email of the warehouse, by
/// Message-ID, with the application each was grouped into.
pub fn published(
    warehouse: &crate::publish::Warehouse,
) -> Result<std::collections::HashMap<String, Predicted>> {
    let result = warehouse.query(PUBLISHED_SQL)?;
    let text = crate::publish::warehouse::text_of;
    Ok(result
        .objects()
        .iter()
        .filter_map(|r| {
            Some((
                text(r, "provider_message_id")?,
                Predicted {
                    subject: text(r, "subject"),
                    label: text(r, "label"),
                    event_type: text(r, "event_type"),
                    company: text(r, "company_name"),
                    role: text(r, "role_title"),
                    source: text(r, "source"),
                    posting_url: text(r, "job_posting_url"),
                    application_id: text(r, "application_id"),
                    application_status: text(r, "current_status"),
                    received_at: text(r, "received_at"),
                    application_company: text(r, "application_company"),
                    application_role: text(r, "application_role"),
                },
            ))
        })
        .collect())
}

/// The published emails and the application each belongs to.
const PUBLISHED_SQL: &str = "select e.provider_message_id, e.subject, e.label, e.event_type, \
    e.company_name, e.role_title, e.source, e.job_posting_url, e.application_id, \
    a.current_status, e.received_at, a.company_name as application_company, \
    a.role_title as application_role \
    from emails e left join applications a \
    on a.user_id = e.user_id and a.application_id = e.application_id";

/// Scores the warehouse against `lines`; with `lang`, only the lines of
/// that language count. An error when no labeled Message-ID was published.
pub fn evaluate_warehouse(
    warehouse: &crate::publish::Warehouse,
    lines: Vec<LabelLine>,
    lang: Option<&str>,
) -> Result<EvalReport> {
    let lines: Vec<LabelLine> = lines
        .into_iter()
        .filter(|l| lang.is_none_or(|want| l.lang.as_deref() == Some(want)))
        .collect();
    let published = published(warehouse)?;
    let labeled = lines.len();
    let pairs: Vec<(LabelLine, Predicted)> = lines
        .into_iter()
        .filter_map(|l| {
            let p = published.get(&l.message_id)?.clone();
            Some((l, p))
        })
        .collect();
    if pairs.is_empty() {
        return Err(StageError::Request(format!(
            "none of the {labeled} labeled Message-IDs is in the warehouse: run the pipeline on the labeled mail first"
        )));
    }
    Ok(evaluate(labeled, &pairs))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(id: &str, label: &str, company: Option<&str>) -> LabelLine {
        LabelLine {
            message_id: id.into(),
            label: label.into(),
            event_type: (label == "application").then(|| "applied".into()),
            company: company.map(Into::into),
            company_aliases: vec!["ACME Corp".into()],
            role: None,
            source: None,
            posting_url: None,
            app_key: None,
            lang: None,
        }
    }

    #[test]
    fn scores_detection_and_fields() {
        let pairs = vec![
            (
                line("a", "application", Some("Acme")),
                Predicted {
                    label: Some("application".into()),
                    event_type: Some("applied".into()),
                    company: Some("Acme, Inc.".into()),
                    ..Predicted::default()
                },
            ),
            (
                line("b", "not_job", None),
                Predicted {
                    label: Some("application".into()),
                    ..Predicted::default()
                },
            ),
            (line("c", "job_alert", None), Predicted::default()),
        ];
        let r = evaluate(3, &pairs);
        assert_eq!(r.application.precision, 0.5);
        assert_eq!(r.application.recall, 1.0);
        assert_eq!(r.company_accuracy, 1.0);
        assert_eq!(r.event_accuracy, 1.0);
        assert_eq!(r.wrong.len(), 2);
    }

    #[test]
    fn the_application_view_counts_splits_and_reads_the_main_application() {
        let mail = |id: &str, app: &str, company: &str, role: Option<&str>| {
            let mut l = line(id, "application", Some("Acme"));
            l.role = Some("Data Engineer".into());
            l.app_key = Some("acme--data-engineer".into());
            let p = Predicted {
                label: Some("application".into()),
                event_type: Some("applied".into()),
                application_id: Some(app.into()),
                application_company: Some(company.into()),
                application_role: role.map(Into::into),
                application_status: Some("applied".into()),
                ..Predicted::default()
            };
            (l, p)
        };
        // two of three mails in one application that names the employer and
        // role; the third split off into one without a role
        let pairs = vec![
            mail("a", "app-1", "Acme Inc.", Some("Data Engineer")),
            mail("b", "app-1", "Acme Inc.", Some("Data Engineer")),
            mail("c", "app-2", "Acme", None),
        ];
        let r = evaluate(3, &pairs);
        assert_eq!(r.application_employer_accuracy, Some(1.0));
        assert_eq!(r.application_role_accuracy, Some(1.0));
        assert_eq!(r.applications_per_true_application, Some(2.0));
    }
}
