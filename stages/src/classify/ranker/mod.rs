//! The employer ranker: every name an email offers as its employer, and a
//! small learned model that picks one. Candidates come from the extract
//! rules (with their weights), the company candidates of `extraction` (a
//! calendar invitation's other side, an ATS sender's display name and
//! tenant, the sender's domain), and spans that name an employer in any
//! language: the parts of a display name ("Acme – Recruiting", "Acme via
//! Willo"), subject segments, names written after "at", "bei", "bij",
//! "chez", "presso", "en" and the like, names with a legal suffix ("Halder
//! Antriebstechnik GmbH"), the sender's, reply-to's or (for the person's own
//! mail) recipient's domain spelled out in the text, and the short lines of
//! a signature. Each candidate is described by [`FEATURES`] (where it came
//! from, whether it matches a correspondent's domain, where and how often it
//! appears, its shape) and scored by a logistic model; the best candidate
//! above the model's threshold is the employer, its score the confidence.
//!
//! The model is data (`model/company_ranker.json`, embedded), trained by
//! [`train`] on the labeled corpora (`learn::ranker` has the recipe, `cargo
//! run --example train_ranker` rebuilds it bit for bit). Training is full
//! batch gradient descent in a fixed order with no randomness, so the same
//! examples give the same bytes.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use super::ClassifyError;

pub mod role;
mod spans;
mod train;

use crate::names::company::{LEGAL_SUFFIXES, normalize_company};
use crate::names::domain::{domain_matches, registrable_domain};
use crate::names::person::looks_like_person;
use spans::{fold_name, prefix};
pub use spans::{language_spans, speaks_of_client};
pub use train::{RankExample, RankTrain, accuracy, decides_right, train, train_with};

/// Where a candidate came from. A candidate found several ways has each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// An extract rule of `rules/default.toml`.
    Rule,
    CalendarCounterpart,
    AtsDisplayName,
    AtsTenantText,
    AtsTenantSlug,
    SenderDomainText,
    SenderDomainGuess,
    /// A part of the sender's display name.
    DisplayPart,
    /// A segment of the subject.
    SubjectPart,
    /// A name after an employer preposition ("at", "bei", "chez", ...).
    AfterPreposition,
    /// A name after an article or a weaker preposition ("der", "de", "in").
    AfterArticle,
    /// A name ending in a legal suffix.
    LegalName,
    /// A correspondent's domain (sender, reply-to, recipient) spelled out.
    DomainInText,
    /// A short line of the signature block.
    Signature,
    /// What the person's own mail names ("the position at X", "bei X").
    OwnWords,
    /// The recipient's domain of the person's own mail, as a guess.
    RecipientDomainGuess,
}

impl Origin {
    const ALL: [Origin; 16] = [
        Origin::Rule,
        Origin::CalendarCounterpart,
        Origin::AtsDisplayName,
        Origin::AtsTenantText,
        Origin::AtsTenantSlug,
        Origin::SenderDomainText,
        Origin::SenderDomainGuess,
        Origin::DisplayPart,
        Origin::SubjectPart,
        Origin::AfterPreposition,
        Origin::AfterArticle,
        Origin::LegalName,
        Origin::DomainInText,
        Origin::Signature,
        Origin::OwnWords,
        Origin::RecipientDomainGuess,
    ];

    fn name(self) -> &'static str {
        match self {
            Origin::Rule => "from:rule",
            Origin::CalendarCounterpart => "from:calendar_counterpart",
            Origin::AtsDisplayName => "from:ats_display_name",
            Origin::AtsTenantText => "from:ats_tenant_in_text",
            Origin::AtsTenantSlug => "from:ats_tenant_slug",
            Origin::SenderDomainText => "from:sender_domain_in_text",
            Origin::SenderDomainGuess => "from:sender_domain_guess",
            Origin::DisplayPart => "from:display_part",
            Origin::SubjectPart => "from:subject_part",
            Origin::AfterPreposition => "from:after_preposition",
            Origin::AfterArticle => "from:after_article",
            Origin::LegalName => "from:legal_name",
            Origin::DomainInText => "from:domain_in_text",
            Origin::Signature => "from:signature",
            Origin::OwnWords => "from:own_words",
            Origin::RecipientDomainGuess => "from:recipient_domain_guess",
        }
    }

    fn bit(self) -> u32 {
        1 << (self as u32)
    }

    /// The origin of an `extraction` candidate by its rule id.
    pub fn of_rule(rule: &str) -> Origin {
        match rule {
            "company:calendar_counterpart" => Origin::CalendarCounterpart,
            "company:ats_display_name" => Origin::AtsDisplayName,
            "company:ats_tenant_in_text" => Origin::AtsTenantText,
            "company:ats_tenant_slug" => Origin::AtsTenantSlug,
            "company:sender_domain_in_text" => Origin::SenderDomainText,
            "company:sender_domain_guess" => Origin::SenderDomainGuess,
            "company:own_words" => Origin::OwnWords,
            "company:recipient_domain_guess" => Origin::RecipientDomainGuess,
            _ => Origin::Rule,
        }
    }
}

/// One employer candidate: its spelling, where it was found, and the
/// highest rule weight behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub value: String,
    /// The rule id of its first finding (the reason the output names).
    pub rule: String,
    origins: u32,
    rule_weight: f32,
}

/// The candidates of one email, one per normalized name, in the order
/// found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pool {
    spans: Vec<Span>,
    index: HashMap<String, usize>,
}

impl Pool {
    /// Adds a candidate (already cleaned); a name already present gains the
    /// origin and keeps the higher weight.
    pub fn add(&mut self, value: &str, origin: Origin, weight: f32, rule: &str) {
        let key = normalize_company(value);
        if key.is_empty() {
            return;
        }
        match self.index.get(&key) {
            Some(&i) => {
                let s = &mut self.spans[i];
                s.origins |= origin.bit();
                s.rule_weight = s.rule_weight.max(weight);
            }
            None => {
                self.index.insert(key, self.spans.len());
                self.spans.push(Span {
                    value: value.to_string(),
                    rule: rule.to_string(),
                    origins: origin.bit(),
                    rule_weight: weight,
                });
            }
        }
    }

    /// The candidates, in the order found.
    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

/// What the features of a candidate look at besides the candidate.
#[derive(Debug, Clone, Copy)]
pub struct SpanContext<'a> {
    pub subject: &'a str,
    pub from_name: &'a str,
    /// The body the rules read (quoted history and injected text cut).
    pub body: &'a str,
    /// The sender's address (the person's, for their own mail).
    pub from_address: &'a str,
    pub reply_to: Option<&'a str>,
    /// The first recipient of the person's own mail.
    pub to: Option<&'a str>,
    /// The sender is a known ATS, job board or recruiting tool.
    pub known_system: bool,
    /// The person wrote it.
    pub outgoing: bool,
    /// An agency's mail, or mail about an agency's client.
    pub agency: bool,
    pub platforms: &'a [String],
}

impl SpanContext<'_> {
    /// The correspondent whose domain can be the employer's: the recipient
    /// of the person's own mail, else the sender.
    fn correspondent(&self) -> Option<&str> {
        if self.outgoing {
            self.to
        } else {
            Some(self.from_address)
        }
    }
}

/// Words that mark a department or a phrase, not a name.
const GENERIC: &[&str] = &[
    "team",
    "recruiting",
    "recruitment",
    "talent",
    "hr",
    "personal",
    "personalabteilung",
    "careers",
    "karriere",
    "jobs",
    "selezione",
    "recrutement",
    "recrutamento",
    "reclutamiento",
    "rh",
    "office",
    "bewerbung",
    "candidature",
    "candidatura",
    "sollicitatie",
    "application",
    "interview",
    "your",
    "ihre",
    "uw",
    "votre",
    "tu",
    "su",
    "la",
    "il",
];

/// The names of the features, in vector order (the model file lists them
/// so that a model and the code that describes candidates must agree).
pub static FEATURES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut v: Vec<String> = vec!["bias".into()];
    v.extend(Origin::ALL.iter().map(|o| o.name().to_string()));
    v.extend(
        [
            "rule_weight",
            "origins",
            "known_system",
            "outgoing",
            "display_part_known_system",
            "subject_part_known_system",
            "domain_in_text_outgoing",
            "matches_correspondent_domain",
            "matches_reply_to_domain",
            "agency",
            "agency_matches_domain",
            "known_system_matches_domain",
            "outgoing_matches_domain",
            "in_subject",
            "in_from_name",
            "body_count",
            "early_in_body",
            "absent_from_body",
            "words_1",
            "words_2",
            "words_3",
            "words_4plus",
            "legal_suffix",
            "looks_like_person",
            "has_digit",
            "lowercase_word",
            "generic_word",
            "all_caps",
            "long",
            "ends_with_dot",
            "noreply_matches_domain",
            "truncated",
            "extends_another",
            "short",
            "possessive",
            "none",
            "none_agency",
            "none_outgoing",
            "none_known_system",
            "none_noreply",
        ]
        .map(String::from),
    );
    v
});

/// The features of `s` among the candidates of `pool` in `ctx`, in
/// [`FEATURES`] order.
pub fn features(s: &Span, pool: &Pool, ctx: &SpanContext<'_>) -> Vec<f32> {
    let b = |x: bool| if x { 1.0 } else { 0.0 };
    let has = |o: Origin| s.origins & o.bit() != 0;
    let mut v = Vec::with_capacity(FEATURES.len());
    v.push(1.0);
    v.extend(Origin::ALL.iter().map(|&o| b(has(o))));
    let value = s.value.as_str();
    let lower = value.to_lowercase();
    let words: Vec<&str> = value.split_whitespace().collect();
    let n_words = words.len();
    let body_lower = prefix(ctx.body, 4000).to_lowercase();
    let body_hits = body_lower.matches(lower.as_str()).count();
    let first_at = body_lower.find(lower.as_str());
    let domain_of = |a: Option<&str>| a.and_then(registrable_domain);
    let matches =
        |a: Option<&str>| domain_of(a).is_some_and(|d| domain_matches(&d, &fold_name(value)));
    let own_domain = matches(ctx.correspondent());
    let last_word = words
        .last()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .unwrap_or_default();
    v.extend([
        s.rule_weight,
        (s.origins.count_ones() as f32 / 3.0).min(1.0),
        b(ctx.known_system),
        b(ctx.outgoing),
        b(has(Origin::DisplayPart) && ctx.known_system),
        b(has(Origin::SubjectPart) && ctx.known_system),
        b(has(Origin::DomainInText) && ctx.outgoing),
        b(own_domain),
        b(matches(ctx.reply_to)),
        b(ctx.agency),
        b(ctx.agency && own_domain),
        b(ctx.known_system && own_domain),
        b(ctx.outgoing && own_domain),
        b(ctx.subject.to_lowercase().contains(lower.as_str())),
        b(ctx.from_name.to_lowercase().contains(lower.as_str())),
        ((1 + body_hits) as f32).ln() / 2.0,
        b(first_at.is_some_and(|i| i < 600)),
        b(first_at.is_none()),
        b(n_words == 1),
        b(n_words == 2),
        b(n_words == 3),
        b(n_words >= 4),
        b(n_words > 1 && LEGAL_SUFFIXES.contains(&last_word.replace('.', "").as_str())),
        b(looks_like_person(value)),
        b(value.chars().any(|c| c.is_ascii_digit())),
        b(words.iter().skip(1).any(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && !matches!(
                    *w,
                    "&" | "und"
                        | "and"
                        | "en"
                        | "et"
                        | "y"
                        | "e"
                        | "de"
                        | "del"
                        | "la"
                        | "van"
                        | "von"
                        | "der"
                        | "den"
                        | "di"
                        | "da"
                        | "du"
                        | "des"
                )
        })),
        b(words.iter().any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            GENERIC.contains(&w.as_str())
        })),
        b(value.len() > 3 && value.chars().all(|c| !c.is_lowercase())),
        b(value.chars().count() > 35),
        b(value.ends_with('.') && !LEGAL_SUFFIXES.contains(&last_word.as_str())),
        b(noreply(ctx) && own_domain),
        b(pool
            .spans()
            .iter()
            .any(|o| starts_with_words(&o.value, value))),
        b(pool
            .spans()
            .iter()
            .any(|o| starts_with_words(value, &o.value))),
        b(value.chars().filter(|c| c.is_alphanumeric()).count() < 4),
        b(value.contains("'s") || value.contains("’s")),
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
    ]);
    v
}

/// `long` begins with the words of `short` and has more ("Eastside Food
/// Alliance" and "Eastside Food").
fn starts_with_words(long: &str, short: &str) -> bool {
    long.len() > short.len()
        && long.starts_with(short)
        && long[short.len()..].starts_with([' ', '.', ','])
}

/// The sender's address is a no-reply or notification address.
fn noreply(ctx: &SpanContext<'_>) -> bool {
    let local = ctx
        .from_address
        .split('@')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    [
        "noreply",
        "no-reply",
        "no_reply",
        "donotreply",
        "do-not-reply",
        "ne-pas-repondre",
        "nepasrepondre",
        "notification",
        "mailer",
        "info",
        "candidature",
        "bewerbung",
    ]
    .iter()
    .any(|w| local.contains(w))
}

/// The features of "no employer named": the choice beside the candidates.
pub fn none_features(ctx: &SpanContext<'_>) -> Vec<f32> {
    let b = |x: bool| if x { 1.0 } else { 0.0 };
    let n = FEATURES.len();
    let mut v = vec![0.0; n];
    let tail = [
        1.0,
        b(ctx.agency),
        b(ctx.outgoing),
        b(ctx.known_system),
        b(noreply(ctx)),
    ];
    v[n - tail.len()..].copy_from_slice(&tail);
    v
}

/// The learned ranker: one weight per feature and the score a candidate
/// needs to be taken.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ranker {
    pub version: String,
    pub features: Vec<String>,
    pub weights: Vec<f32>,
    pub threshold: f32,
    /// An extract rule of this weight or more is sure: its candidate is the
    /// employer whatever the scores.
    pub sure: f32,
}

/// The shipped model.
const SHIPPED: &str = include_str!("../model/company_ranker.json");

impl Ranker {
    /// Reads a model file; its features must be the code's.
    pub fn parse(text: &str, what: &str) -> Result<Ranker, ClassifyError> {
        Ranker::parse_for(text, what, &FEATURES)
    }

    /// Reads a model file whose features must be `features` (the employer's
    /// [`FEATURES`] or the role's [`role::ROLE_FEATURES`]).
    pub fn parse_for(text: &str, what: &str, features: &[String]) -> Result<Ranker, ClassifyError> {
        let bad = |message: String| ClassifyError::Model {
            what: what.to_string(),
            message,
        };
        let r: Ranker = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
        if r.features != features || r.weights.len() != r.features.len() {
            return Err(bad(format!(
                "its {} features are not the code's {}: rebuild it (cargo run --example train_ranker)",
                r.features.len(),
                features.len()
            )));
        }
        Ok(r)
    }

    /// Where `rule_weight` is in this model's features.
    fn rule_weight_index(&self) -> Option<usize> {
        self.features.iter().position(|f| f == "rule_weight")
    }

    /// The model shipped inside the binary.
    pub fn shipped() -> Result<Ranker, ClassifyError> {
        Ranker::parse(SHIPPED, "model/company_ranker.json")
    }

    /// The score of a feature vector, 0..1.
    pub fn score(&self, x: &[f32]) -> f32 {
        let z: f32 = self.weights.iter().zip(x).map(|(w, x)| w * x).sum();
        1.0 / (1.0 + (-z).exp())
    }

    /// The best candidate of `pool` and its score, when it reaches the
    /// threshold.
    pub fn pick<'p>(&self, pool: &'p Pool, ctx: &SpanContext<'_>) -> Option<(&'p Span, f32)> {
        let scored: Vec<(f32, f32)> = pool
            .spans()
            .iter()
            .map(|s| (self.score(&features(s, pool, ctx)), s.rule_weight))
            .collect();
        let i = self.choose(&scored, self.score(&none_features(ctx)))?;
        Some((&pool.spans()[i], scored[i].0))
    }

    /// The chosen candidate of `(score, rule weight)` pairs beside the score
    /// of "none": a sure rule's candidate, else the best score when it
    /// reaches the threshold and outscores "none".
    pub(crate) fn choose(&self, scored: &[(f32, f32)], none: f32) -> Option<usize> {
        let sure = scored
            .iter()
            .enumerate()
            .filter(|(_, (_, w))| *w >= self.sure)
            .max_by(|a, b| a.1.1.total_cmp(&b.1.1).then(b.0.cmp(&a.0)));
        if let Some((i, _)) = sure {
            return Some(i);
        }
        let mut best: Option<(usize, f32)> = None;
        for (i, (p, _)) in scored.iter().enumerate() {
            if best.is_none_or(|(_, b)| *p > b) {
                best = Some((i, *p));
            }
        }
        best.filter(|(_, p)| *p >= self.threshold && *p > none)
            .map(|(i, _)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::spans::split_parts;
    use super::*;

    /// A plain incoming email's context (the role ranker's tests use it too).
    pub(super) fn ctx<'a>(
        subject: &'a str,
        from_name: &'a str,
        from: &'a str,
        body: &'a str,
    ) -> SpanContext<'a> {
        SpanContext {
            subject,
            from_name,
            body,
            from_address: from,
            reply_to: None,
            to: None,
            known_system: false,
            outgoing: false,
            agency: false,
            platforms: &[],
        }
    }

    fn values(pool: &Pool) -> Vec<&str> {
        pool.spans().iter().map(|s| s.value.as_str()).collect()
    }

    #[test]
    fn a_squashed_domain_is_found_as_the_text_writes_it() {
        let mut pool = Pool::default();
        let c = ctx(
            "Je sollicitatie",
            "Ruud Bakhuis",
            "ruud@wolkenveldkoffie.nl",
            "Beste Lotte,\n\nBedankt voor je brief aan Wolkenveld Koffiebranders.\n",
        );
        language_spans(&mut pool, &c);
        assert!(
            values(&pool).contains(&"Wolkenveld Koffiebranders"),
            "{:?}",
            values(&pool)
        );
    }

    #[test]
    fn names_after_prepositions_and_with_legal_suffixes_are_candidates() {
        let mut pool = Pool::default();
        let c = ctx(
            "Ihre Bewerbung",
            "Petra Hirschmann",
            "p.hirschmann@example.org",
            "vielen Dank für Ihr Interesse an der Halder Antriebstechnik GmbH.\nWir freuen uns.",
        );
        language_spans(&mut pool, &c);
        assert!(
            values(&pool).contains(&"Halder Antriebstechnik GmbH"),
            "{:?}",
            values(&pool)
        );
    }

    #[test]
    fn a_display_name_splits_into_parts() {
        assert_eq!(split_parts("Orbitale via Willo"), ["Orbitale", "Willo"]);
        assert_eq!(
            split_parts("Banca Sabauda - Selezione | HR"),
            ["Banca Sabauda", "Selezione", "HR"]
        );
    }

    #[test]
    fn the_pool_merges_one_name_found_twice() {
        let mut pool = Pool::default();
        pool.add("Acme GmbH", Origin::LegalName, 0.0, "a");
        pool.add("ACME", Origin::Rule, 0.7, "b");
        pool.add("Acme", Origin::DisplayPart, 0.0, "c");
        pool.add("Globex", Origin::Signature, 0.0, "d");
        // "Acme GmbH", "ACME" and "Acme" are one name
        assert_eq!(values(&pool), ["Acme GmbH", "Globex"]);
        let acme = &pool.spans()[0];
        assert_eq!(acme.rule, "a");
        assert_eq!(acme.rule_weight, 0.7);
        assert_eq!(acme.origins.count_ones(), 3);
    }

    #[test]
    fn training_learns_to_prefer_the_right_origin_and_is_deterministic() {
        let c = ctx("s", "n", "x@example.org", "");
        let mk = |good: Origin, bad: Origin| {
            let mut pool = Pool::default();
            pool.add("Good Name", good, 0.0, "g");
            pool.add("Bad Name", bad, 0.0, "b");
            RankExample {
                candidates: pool
                    .spans()
                    .iter()
                    .map(|s| (features(s, &pool, &c), s.value == "Good Name"))
                    .collect(),
                names: Vec::new(),
                none: none_features(&c),
                has_employer: true,
            }
        };
        let examples: Vec<RankExample> = (0..20)
            .map(|_| mk(Origin::LegalName, Origin::Signature))
            .collect();
        let cfg = RankTrain {
            iterations: 300,
            ..RankTrain::default()
        };
        let a = train(&examples, &cfg, "t");
        assert_eq!(a, train(&examples, &cfg, "t"));
        assert_eq!(accuracy(&a, &examples), (20, 20));
    }

    #[test]
    fn rule_weight_is_where_the_features_say() {
        let r = Ranker::shipped().unwrap();
        assert_eq!(r.rule_weight_index(), Some(1 + Origin::ALL.len()));
    }

    #[test]
    fn the_shipped_model_has_the_codes_features() {
        let r = Ranker::shipped().unwrap();
        assert_eq!(r.features, *FEATURES);
    }
}
