//! The label of an email: four scores from the evidence (application,
//! recruiter outreach, job alert, not-job), the rules' probabilities
//! (their softmax) and whether the rules are confident, and the label that
//! follows, blended with the model's probabilities where the rules are not
//! confident. The numbers are `[label]` and `[model]` in
//! `rules/weights.toml`.

use super::event::EventEvidence;
use super::evidence::Evidence;
use super::rules::{PhraseKind, SenderKind};
use super::weights::{LabelWeights, ModelWeights};
use super::{EventType, Label};

/// The four label scores and what the event decision needs of them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Scores {
    /// By [`Label::index`].
    pub by_label: [f32; 4],
    /// The sender is an ATS or a job board.
    pub platform_sender: bool,
    /// "Your application" evidence, capped at `label.app-ref-cap`.
    pub app_ref: f32,
}

/// What the rules alone say.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct RulesVerdict {
    /// Label probabilities, by [`Label::index`].
    pub p: [f32; 4],
    /// The best-scoring label.
    pub top: Label,
    /// The top label leads by `label.confident-lead` and a known sender or
    /// a strong phrase supports it.
    pub confident: bool,
}

/// The decided label.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct LabelDecision {
    pub label: Label,
    /// Its probability.
    pub p: f32,
    /// The model's probabilities were blended in.
    pub blended: bool,
}

/// The four label scores: each label's sender base plus its evidence.
pub(super) fn scores(
    ev: &Evidence<'_>,
    events: &EventEvidence,
    has_list_unsubscribe: bool,
    w: &LabelWeights,
) -> Scores {
    let s = |k: PhraseKind| ev.of(k);
    let sender_kind = ev.sender_kind();
    let platform_sender = matches!(
        sender_kind,
        Some(SenderKind::Ats) | Some(SenderKind::JobBoard)
    );
    let near = s(PhraseKind::NearMiss)
        * if platform_sender {
            w.near_miss_platform
        } else {
            1.0
        };
    let ctx = s(PhraseKind::JobContext).min(w.job_context_cap);
    let app_ref = s(PhraseKind::AppRef).min(w.app_ref_cap);
    let [b_app, b_out, b_alert, b_not] = sender_base(sender_kind, w);
    let account = s(PhraseKind::Account);
    let scam = s(PhraseKind::Scam);
    let s_app = b_app + events.max.min(w.event_cap) + ctx + app_ref
        - w.app_near_miss * near
        - scam
        - w.app_account * account;
    let unsubscribe = if has_list_unsubscribe {
        w.alert_list_unsubscribe
    } else {
        0.0
    };
    let s_alert = b_alert + s(PhraseKind::Alert) + unsubscribe - app_ref;
    let mentions_application = if app_ref > 0.0 {
        w.outreach_app_ref
    } else {
        0.0
    };
    let applied_rejected = (events.of(EventType::Applied) + events.of(EventType::Rejected))
        .min(w.outreach_applied_rejected_cap);
    let s_out = b_out + s(PhraseKind::Outreach) + w.outreach_job_context * ctx
        - mentions_application
        - w.outreach_applied_rejected * applied_rejected;
    // Bulk mail (List-Unsubscribe) from a sender that is not a recruiting
    // system is a newsletter far more often than one's own application.
    let bulk = if has_list_unsubscribe && sender_kind.is_none() {
        w.not_job_bulk
    } else {
        0.0
    };
    let s_not = w.not_job_base + b_not + near + scam + account + bulk;
    Scores {
        by_label: [s_app, s_out, s_alert, s_not],
        platform_sender,
        app_ref,
    }
}

/// The sender's base score for each label, by [`Label::index`].
fn sender_base(kind: Option<SenderKind>, w: &LabelWeights) -> [f32; 4] {
    let (mut b_app, mut b_alert, mut b_out, mut b_not) = (0f32, 0f32, 0f32, 0f32);
    match kind {
        Some(SenderKind::Ats) => b_app = w.ats,
        Some(SenderKind::JobBoard) => b_app = w.job_board,
        Some(SenderKind::Scheduling) | Some(SenderKind::Assessment) | Some(SenderKind::Esign) => {
            b_app = w.tool
        }
        Some(SenderKind::Alerts) => b_alert = w.alerts,
        Some(SenderKind::Outreach) => b_out = w.outreach,
        Some(SenderKind::Noise) => b_not = w.noise,
        None => {}
    }
    [b_app, b_out, b_alert, b_not]
}

/// The rules' own verdict: probabilities, top label, confidence.
/// `supported`: a known sender or a strong phrase backs the evidence.
pub(super) fn verdict(scores: &Scores, supported: bool, w: &LabelWeights) -> RulesVerdict {
    let by_label = scores.by_label;
    let p = softmax4(by_label, w.softmax_temperature);
    let mut order = [0usize, 1, 2, 3];
    order.sort_by(|a, b| by_label[*b].total_cmp(&by_label[*a]));
    let margin = by_label[order[0]] - by_label[order[1]];
    RulesVerdict {
        p,
        top: Label::ALL[order[0]],
        confident: margin >= w.confident_lead && supported,
    }
}

/// The label: the rules' top label, or, where the rules are not confident
/// and the model ran, the best of the blend `(1 - model.weight) × rules +
/// model.weight × model`.
#[cfg(test)]
pub(super) fn decide(
    v: &RulesVerdict,
    model: Option<&[f32; 4]>,
    w: &ModelWeights,
) -> LabelDecision {
    decide_with(v, model, w, 1.0)
}

/// [`decide`] with not-job's probability multiplied by `not_job_factor`
/// before the best label is taken ([`super::Sensitivity`]): under 1 more
/// mail is job mail, over 1 less. At 1 it is [`decide`] exactly.
pub(super) fn decide_with(
    v: &RulesVerdict,
    model: Option<&[f32; 4]>,
    w: &ModelWeights,
    not_job_factor: f32,
) -> LabelDecision {
    if not_job_factor == 1.0 {
        return decide_plain(v, model, w);
    }
    let blended = blend(v, model, w);
    let raw = blended.unwrap_or(v.p);
    let mut p = raw;
    p[Label::NotJob.index()] *= not_job_factor;
    let i = argmax(&p);
    LabelDecision {
        label: Label::ALL[i],
        p: raw[i],
        blended: blended.is_some(),
    }
}

/// Whether the job / not-job decision sits near the line: it would come
/// out the other way with not-job's factor halved or doubled (the
/// probabilities [`decide_with`] decides on). The dashboard's review queue
/// lists such mail.
pub(super) fn near_line(
    v: &RulesVerdict,
    model: Option<&[f32; 4]>,
    w: &ModelWeights,
    not_job_factor: f32,
) -> bool {
    let raw = blend(v, model, w).unwrap_or(v.p);
    let not_job = |factor: f32| {
        let mut p = raw;
        p[Label::NotJob.index()] *= factor;
        argmax(&p) == Label::NotJob.index()
    };
    not_job(not_job_factor * 0.5) != not_job(not_job_factor * 2.0)
}

/// The blend `(1 - model.weight) × rules + model.weight × model`, where the
/// rules are not confident and the model ran; else none.
fn blend(v: &RulesVerdict, model: Option<&[f32; 4]>, w: &ModelWeights) -> Option<[f32; 4]> {
    match (model, v.confident) {
        (Some(pm), false) => Some(std::array::from_fn(|k| {
            (1.0 - w.weight) * v.p[k] + w.weight * pm[k]
        })),
        _ => None,
    }
}

fn decide_plain(v: &RulesVerdict, model: Option<&[f32; 4]>, w: &ModelWeights) -> LabelDecision {
    match blend(v, model, w) {
        Some(p) => {
            let i = argmax(&p);
            LabelDecision {
                label: Label::ALL[i],
                p: p[i],
                blended: true,
            }
        }
        None => LabelDecision {
            label: v.top,
            p: v.p[v.top.index()],
            blended: false,
        },
    }
}

fn softmax4(xs: [f32; 4], temp: f32) -> [f32; 4] {
    let max = xs.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut e = [0f32; 4];
    let mut sum = 0.0;
    for (i, x) in xs.iter().enumerate() {
        e[i] = ((x - max) / temp).exp();
        sum += e[i];
    }
    e.map(|v| v / sum)
}

/// The index of the largest value (the first of equals).
pub(super) fn argmax(xs: &[f32]) -> usize {
    let mut best = 0;
    for (i, x) in xs.iter().enumerate() {
        if *x > xs[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::rules::{Compiled, RuleSet};
    use crate::classify::weights::Weights;
    use crate::classify::{EmailInput, event, evidence};

    fn scores_of(from: &str, subject: &str, body: &str, unsubscribe: bool) -> Scores {
        let w = Weights::defaults().unwrap();
        let c = Compiled::new(&RuleSet::defaults().unwrap()).unwrap();
        let e = EmailInput {
            subject: Some(subject),
            from_name: None,
            from_address: Some(from),
            reply_to: None,
            body_text: body,
            links: &[],
            has_list_unsubscribe: unsubscribe,
            received_at: None,
        };
        let ev = evidence::gather(&c, &w.evidence, &e, &mut evidence::Buffers::default());
        let events = event::evidence(&ev, &w.event);
        scores(&ev, &events, unsubscribe, &w.label)
    }

    #[test]
    fn a_close_call_is_near_the_line_and_a_clear_one_is_not() {
        let w = Weights::defaults().unwrap().model;
        let verdict = |p: [f32; 4]| RulesVerdict {
            p,
            top: Label::ALL[argmax(&p)],
            confident: false,
        };
        // Not-job 0.45 against application 0.40: halved it loses, doubled
        // it wins.
        assert!(near_line(&verdict([0.40, 0.1, 0.05, 0.45]), None, &w, 1.0));
        assert!(!near_line(
            &verdict([0.05, 0.02, 0.03, 0.90]),
            None,
            &w,
            1.0
        ));
        assert!(!near_line(
            &verdict([0.90, 0.02, 0.03, 0.05]),
            None,
            &w,
            1.0
        ));
    }

    #[test]
    fn senders_set_the_base_of_their_label() {
        let w = Weights::defaults().unwrap().label;
        assert_eq!(
            sender_base(Some(SenderKind::Ats), &w),
            [w.ats, 0.0, 0.0, 0.0]
        );
        assert_eq!(
            sender_base(Some(SenderKind::Alerts), &w),
            [0.0, 0.0, w.alerts, 0.0]
        );
        assert_eq!(sender_base(None, &w), [0.0; 4]);
        let s = scores_of("no-reply@greenhouse.io", "Hello", "Hello", false);
        assert!(s.platform_sender);
        assert_eq!(s.by_label[Label::Application.index()], w.ats);
        assert_eq!(s.by_label[Label::NotJob.index()], w.not_job_base);
    }

    #[test]
    fn bulk_mail_from_an_unknown_sender_leans_to_not_job() {
        let w = Weights::defaults().unwrap().label;
        let s = scores_of("news@example.org", "Hello", "Hello", true);
        assert_eq!(
            s.by_label[Label::NotJob.index()],
            w.not_job_base + w.not_job_bulk
        );
        assert_eq!(
            s.by_label[Label::JobAlert.index()],
            w.alert_list_unsubscribe
        );
    }

    #[test]
    fn confidence_needs_a_lead_and_support() {
        let w = Weights::defaults().unwrap();
        let clear = Scores {
            by_label: [8.0, 0.0, 0.0, 3.0],
            platform_sender: true,
            app_ref: 0.0,
        };
        let v = verdict(&clear, true, &w.label);
        assert_eq!(v.top, Label::Application);
        assert!(v.confident);
        assert!(!verdict(&clear, false, &w.label).confident);
        let near = Scores {
            by_label: [4.0, 0.0, 0.0, 3.0],
            ..clear
        };
        assert!(!verdict(&near, true, &w.label).confident);
        // ties go to the earlier label
        let tie = Scores {
            by_label: [1.0, 2.0, 2.0, 0.0],
            ..clear
        };
        assert_eq!(verdict(&tie, true, &w.label).top, Label::RecruiterOutreach);
    }

    #[test]
    fn the_model_is_blended_in_only_where_the_rules_are_unsure() {
        let w = Weights::defaults().unwrap();
        let unsure = verdict(
            &Scores {
                by_label: [3.5, 0.0, 0.0, 3.0],
                platform_sender: false,
                app_ref: 0.0,
            },
            false,
            &w.label,
        );
        assert_eq!(decide(&unsure, None, &w.model).label, Label::Application);
        let says_not_job = [0.0, 0.0, 0.0, 1.0];
        let d = decide(&unsure, Some(&says_not_job), &w.model);
        assert_eq!((d.label, d.blended), (Label::NotJob, true));
        let sure = RulesVerdict {
            confident: true,
            ..unsure
        };
        let d = decide(&sure, Some(&says_not_job), &w.model);
        assert_eq!((d.label, d.blended), (Label::Application, false));
    }

    #[test]
    fn softmax_sums_to_one_and_argmax_takes_the_first_of_equals() {
        let p = softmax4([1.0, 2.0, 3.0, 4.0], 1.5);
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert!(p[3] > p[2] && p[2] > p[1]);
        assert_eq!(argmax(&[0.1, 0.4, 0.4, 0.1]), 1);
    }

    #[test]
    fn sensitivity_moves_unsure_mail_across_the_line_and_balanced_changes_nothing() {
        let w = Weights::defaults().unwrap();
        let v = RulesVerdict {
            p: [0.42, 0.0, 0.0, 0.58],
            top: Label::NotJob,
            confident: false,
        };
        assert_eq!(
            decide_with(&v, None, &w.model, 1.0),
            decide(&v, None, &w.model)
        );
        assert_eq!(decide_with(&v, None, &w.model, 1.0).label, Label::NotJob);
        let recall = decide_with(&v, None, &w.model, 0.5);
        assert_eq!(recall.label, Label::Application);
        assert!(
            (recall.p - 0.42).abs() < 1e-6,
            "the label's own probability"
        );
        let sure = RulesVerdict {
            p: [0.6, 0.0, 0.0, 0.4],
            top: Label::Application,
            confident: false,
        };
        assert_eq!(decide_with(&sure, None, &w.model, 2.0).label, Label::NotJob);
        assert_eq!(
            decide_with(&sure, None, &w.model, 1.2).label,
            Label::Application
        );
    }
}
