//! The event an application mail reports: each event type's evidence (its
//! phrases plus the boosts of assessment, scheduling and e-signature
//! senders), then precedence (rejected > withdrawn > offer at their
//! thresholds, else the largest of assessment > interview > update >
//! applied), else the model's event blended with the rules' evidence, else
//! a default; with its confidence. The numbers are `[event]` and `[model]`
//! in `rules/weights.toml`.

use super::EventType;
use super::evidence::Evidence;
use super::label::argmax;
use super::rules::{PhraseKind, SenderKind};
use super::weights::{EventWeights, ModelWeights};

/// Each event type's evidence, by [`EventType::index`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct EventEvidence {
    pub by_type: [f32; 7],
    /// The largest of `by_type`, 0 if none is positive.
    pub max: f32,
}

impl EventEvidence {
    /// The evidence of one event type.
    pub fn of(&self, t: EventType) -> f32 {
        self.by_type[t.index()]
    }
}

/// The decided event and how it was decided.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct EventDecision {
    pub event: EventType,
    pub confidence: f32,
    /// The model named it.
    pub from_model: bool,
    /// `event:precedence:rejected`, `event:model` or `event:default`.
    pub reason: Option<&'static str>,
}

/// The phrase evidence of each event type plus the sender boosts:
/// assessment tools to assessment, scheduling tools to interview (only where
/// the mail speaks of a job: calendars schedule dentists and book clubs
/// too), e-signature to an offer already in evidence.
pub(super) fn evidence(ev: &Evidence<'_>, w: &EventWeights) -> EventEvidence {
    let mut by_type: [f32; 7] = EventType::ALL.map(|t| ev.of(t.kind()));
    let job_evidence = ev.of(PhraseKind::JobContext) > 0.0
        || ev.of(PhraseKind::AppRef) > 0.0
        || by_type.iter().any(|&x| x > 0.0);
    match ev.sender_kind() {
        Some(SenderKind::Assessment) => {
            by_type[EventType::Assessment.index()] += w.assessment_sender
        }
        Some(SenderKind::Scheduling) if job_evidence => {
            by_type[EventType::Interview.index()] += w.scheduling_sender
        }
        Some(SenderKind::Esign) if by_type[EventType::Offer.index()] > 0.0 => {
            by_type[EventType::Offer.index()] += w.esign_sender
        }
        _ => {}
    }
    let max = by_type.iter().copied().fold(0f32, f32::max);
    EventEvidence { by_type, max }
}

/// The event of an application mail: by precedence where the rules have
/// the evidence, else from the model's probabilities if it ran, else
/// `fallback` (applied for a platform's mail about "your application",
/// update otherwise) at the default confidence.
pub(super) fn decide(
    ee: &EventEvidence,
    model: Option<&[f32; 7]>,
    fallback: EventType,
    w: &EventWeights,
    mw: &ModelWeights,
) -> EventDecision {
    if let Some(d) = by_precedence(ee, w) {
        return d;
    }
    match model {
        Some(pe) => {
            let mut p = *pe;
            for (k, v) in p.iter_mut().enumerate() {
                *v = mw.event_model * *v + mw.event_rules * (ee.by_type[k] / (ee.max + 1.0));
            }
            // An offer closes the application: the model may name it only
            // where the mail has an offer's words. On the unseen dev
            // mailboxes every one of its 11 offers without them was wrong
            // (polite rejections, invitations, confirmations).
            if ee.of(EventType::Offer) <= 0.0 {
                p[EventType::Offer.index()] = f32::NEG_INFINITY;
            }
            let i = argmax(&p);
            EventDecision {
                event: EventType::ALL[i],
                confidence: p[i].min(mw.event_confidence_cap),
                from_model: true,
                reason: Some("event:model"),
            }
        }
        None => EventDecision {
            event: fallback,
            confidence: w.default_confidence,
            from_model: false,
            reason: Some("event:default"),
        },
    }
}

/// Rejected, withdrawn or offer at their thresholds (in that order), else
/// the largest of assessment > interview > update > applied (ties in that
/// order) when it reaches `event.min-evidence`; `None` when the rules
/// have too little evidence. Also the hint kept for mail that is not
/// application mail on its own.
pub(super) fn by_precedence(ee: &EventEvidence, w: &EventWeights) -> Option<EventDecision> {
    let t = |k: EventType| ee.of(k);
    let rules = |event, confidence, reason| EventDecision {
        event,
        confidence,
        from_model: false,
        reason,
    };
    if t(EventType::Rejected) >= w.rejected {
        // rejection wins over a stronger event or a thanks-for-applying opening
        let reason = (ee.max > t(EventType::Rejected) || t(EventType::Applied) > 0.0)
            .then_some("event:precedence:rejected");
        return Some(rules(EventType::Rejected, w.rejected_confidence, reason));
    }
    if t(EventType::Withdrawn) >= w.withdrawn {
        return Some(rules(EventType::Withdrawn, w.withdrawn_confidence, None));
    }
    if t(EventType::Offer) >= w.offer {
        return Some(rules(EventType::Offer, w.offer_confidence, None));
    }
    let cands = [
        EventType::Assessment,
        EventType::Interview,
        EventType::Update,
        EventType::Applied,
    ];
    let mut best = cands[0];
    for k in cands {
        if t(k) > t(best) {
            best = k;
        }
    }
    let top = t(best);
    let second = cands
        .iter()
        .filter(|k| **k != best)
        .map(|k| t(*k))
        .fold(0f32, f32::max);
    if top >= w.min_evidence {
        let lead = ((top - second) / (top + 1.0)).clamp(0.0, 1.0);
        let confidence = w.confidence_base + w.confidence_lead * lead;
        Some(rules(best, confidence, None))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::weights::Weights;

    fn evidence_of(pairs: &[(EventType, f32)]) -> EventEvidence {
        let mut by_type = [0f32; 7];
        for (t, v) in pairs {
            by_type[t.index()] = *v;
        }
        let max = by_type.iter().copied().fold(0f32, f32::max);
        EventEvidence { by_type, max }
    }

    fn decide_rules(pairs: &[(EventType, f32)]) -> EventDecision {
        let w = Weights::defaults().unwrap();
        decide(
            &evidence_of(pairs),
            None,
            EventType::Update,
            &w.event,
            &w.model,
        )
    }

    #[test]
    fn rejection_takes_precedence_over_applied_and_offer() {
        let w = Weights::defaults().unwrap().event;
        let d = decide_rules(&[
            (EventType::Applied, 5.0),
            (EventType::Offer, 5.0),
            (EventType::Rejected, w.rejected),
        ]);
        assert_eq!(d.event, EventType::Rejected);
        assert_eq!(d.confidence, w.rejected_confidence);
        assert_eq!(d.reason, Some("event:precedence:rejected"));
        // alone, a rejection needs no precedence reason
        let d = decide_rules(&[(EventType::Rejected, w.rejected)]);
        assert_eq!((d.event, d.reason), (EventType::Rejected, None));
    }

    #[test]
    fn withdrawn_then_offer_then_the_largest_of_the_rest() {
        let w = Weights::defaults().unwrap().event;
        let d = decide_rules(&[(EventType::Withdrawn, w.withdrawn), (EventType::Offer, 9.0)]);
        assert_eq!(d.event, EventType::Withdrawn);
        let d = decide_rules(&[(EventType::Offer, w.offer), (EventType::Interview, 9.0)]);
        assert_eq!(d.event, EventType::Offer);
        // below its threshold an offer is just evidence, and not a candidate
        let d = decide_rules(&[(EventType::Offer, 3.0), (EventType::Interview, 2.0)]);
        assert_eq!(d.event, EventType::Interview);
        // ties go to the earlier of assessment > interview > update > applied
        let d = decide_rules(&[(EventType::Applied, 3.0), (EventType::Interview, 3.0)]);
        assert_eq!(d.event, EventType::Interview);
        assert_eq!(d.confidence, w.confidence_base);
        let d = decide_rules(&[(EventType::Applied, 3.0)]);
        assert_eq!(d.confidence, w.confidence_base + w.confidence_lead * 0.75);
    }

    #[test]
    fn without_evidence_the_model_or_the_fallback_decides() {
        let w = Weights::defaults().unwrap();
        let weak = evidence_of(&[(EventType::Interview, 1.0)]);
        let d = decide(&weak, None, EventType::Applied, &w.event, &w.model);
        assert_eq!(d.event, EventType::Applied);
        assert_eq!(d.confidence, w.event.default_confidence);
        assert_eq!(d.reason, Some("event:default"));
        let mut pe = [0.05f32; 7];
        pe[EventType::Rejected.index()] = 0.7;
        let d = decide(&weak, Some(&pe), EventType::Applied, &w.event, &w.model);
        assert_eq!(d.event, EventType::Rejected);
        assert!(d.from_model && d.confidence <= w.model.event_confidence_cap);
        assert_eq!(d.reason, Some("event:model"));
    }

    #[test]
    fn the_model_names_an_offer_only_with_an_offers_words() {
        let w = Weights::defaults().unwrap();
        let mut pe = [0.05f32; 7];
        pe[EventType::Offer.index()] = 0.7;
        pe[EventType::Interview.index()] = 0.2;
        let weak = evidence_of(&[(EventType::Interview, 1.0)]);
        let d = decide(&weak, Some(&pe), EventType::Applied, &w.event, &w.model);
        assert_eq!(d.event, EventType::Interview);
        let some_offer = evidence_of(&[(EventType::Offer, 1.0)]);
        let d = decide(
            &some_offer,
            Some(&pe),
            EventType::Applied,
            &w.event,
            &w.model,
        );
        assert_eq!(d.event, EventType::Offer);
    }
}
