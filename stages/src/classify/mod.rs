//! Classification and extraction core: decides whether one normalized email
//! is application mail, recruiter outreach, a job alert or not about jobs,
//! which event an application mail reports, and extracts the employer, role,
//! requisition id, location, posting link and id, source and application
//! date. Rules are data (`rules/default.toml`), compiled once into regex
//! sets; a small hashed logistic-regression model (`model.rs`) decides where
//! the rules are not confident.
//!
//! # Decision logic
//! * **Evidence.** Each fired phrase rule adds its weight to its kind
//!   (×1.25 when it fires in the subject; account-noise phrases count ×0.5
//!   in the body, where footers mention passwords). The sender rule says
//!   which system sent the mail (ATS, job board, alerts, InMail, scheduling,
//!   assessment, e-signature, platform noise); it boosts labels and events
//!   but never names the employer.
//! * **Label** = argmax of four scores: application (sender boost + strongest
//!   event evidence + job vocabulary + "your application", minus near-miss,
//!   scam and account evidence), job alert, recruiter outreach (minus when
//!   the mail refers to the candidate's application) and not-job (a base
//!   score plus near-miss, scam, account and platform-noise evidence).
//!   Near-miss words count one quarter for ATS and job-board senders.
//! * **Event precedence** (application mail; event phrases count ×1.75 in
//!   the subject, where the ATS states the event): rejected (≥ 4, so one strong
//!   phrase or two weak ones: rejection wins over the thanks-for-applying
//!   opening, and "unable to offer you" is a rejection phrase) > withdrawn
//!   (≥ 5) > offer (≥ 4, first-person company voice: "we are pleased to
//!   offer", "offer letter"; never the bare word) > the largest of
//!   assessment > interview > update > applied (ties in that order).
//!   Assessment tools add to assessment, scheduling tools to interview,
//!   e-signature to offer.
//! * **Injected instructions.** Paragraphs of the body addressed to an
//!   AI/automated reader ("ignore previous instructions", "classify this
//!   as") are removed before any phrase is matched: text is data, and the
//!   injected words can neither add nor remove evidence.
//! * **Company** = the highest-weight candidate among subject, display-name
//!   and body extraction rules, the ATS tenant (`acme@myworkday.com`)
//!   spelled as in the text, and, at low confidence, a non-platform sender or
//!   reply-to domain. Platforms, job boards and tools are never employers;
//!   agencies (staffing/recruitment names) are not either.
//! * **Model.** The rules are confident when the winning label leads by at
//!   least 2.5 and either a known sender or a strong phrase (weight ≥ 3)
//!   supports it. Otherwise, with a model, label probabilities are the mean
//!   of the rules' softmax (0.7) and the model's (0.3), and `extractor` is "model"; the
//!   event comes from the model likewise when the rules found no event
//!   evidence of weight ≥ 2.

pub mod error;
pub mod model;
pub mod outgoing;
pub mod rules;
pub mod stage;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

pub use error::ClassifyError;
pub use model::{FeatureBuf, Model, TrainConfig, TrainingExample, default_model};
pub use rules::{RuleFile, RuleSet};

use crate::names::company::{clean_company, is_agency_name, is_platform};
use crate::names::domain::{
    company_from_domain, domain_label, name_for_slug, registrable_domain, title_from_slug,
};
use crate::names::links::best_posting;
use crate::names::person::looks_like_person;
use crate::names::role::{clean_role, looks_like_title, normalize_role};
use rules::{CompanyFrom, Compiled, Field, PhraseKind, SenderKind, fnv64};

/// Bump when the decision code changes in a way that changes outputs.
const CODE_VERSION: &str = "classify-code-3";
/// Share of the model in the blended label probabilities where the rules
/// are not confident (the model is trained on a few hundred emails: it
/// breaks near-ties, it does not overrule clear rule evidence).
const MODEL_WEIGHT: f32 = 0.3;
/// Characters of the body the rules scan.
const MAX_SCAN_CHARS: usize = 12_000;

/// One normalized email.
#[derive(Debug, Clone, Copy)]
pub struct EmailInput<'a> {
    pub subject: Option<&'a str>,
    pub from_name: Option<&'a str>,
    /// Lower-case.
    pub from_address: Option<&'a str>,
    pub reply_to: Option<&'a str>,
    pub body_text: &'a str,
    pub links: &'a [String],
    pub has_list_unsubscribe: bool,
    pub received_at: Option<DateTime<Utc>>,
}

/// An owned email, for tests, tools and the eval harness.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OwnedEmail {
    pub subject: Option<String>,
    pub from_name: Option<String>,
    pub from_address: Option<String>,
    pub reply_to: Option<String>,
    pub body_text: String,
    pub links: Vec<String>,
    pub has_list_unsubscribe: bool,
    pub received_at: Option<DateTime<Utc>>,
}

impl From<&EmailInput<'_>> for OwnedEmail {
    fn from(e: &EmailInput<'_>) -> Self {
        Self {
            subject: e.subject.map(str::to_string),
            from_name: e.from_name.map(str::to_string),
            from_address: e.from_address.map(str::to_string),
            reply_to: e.reply_to.map(str::to_string),
            body_text: e.body_text.to_string(),
            links: e.links.to_vec(),
            has_list_unsubscribe: e.has_list_unsubscribe,
            received_at: e.received_at,
        }
    }
}

impl OwnedEmail {
    /// Borrows it as an [`EmailInput`].
    pub fn as_input(&self) -> EmailInput<'_> {
        EmailInput {
            subject: self.subject.as_deref(),
            from_name: self.from_name.as_deref(),
            from_address: self.from_address.as_deref(),
            reply_to: self.reply_to.as_deref(),
            body_text: &self.body_text,
            links: &self.links,
            has_list_unsubscribe: self.has_list_unsubscribe,
            received_at: self.received_at,
        }
    }
}

/// What an email is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    Application,
    RecruiterOutreach,
    JobAlert,
    NotJob,
}

impl Label {
    /// In model order.
    pub const ALL: [Label; 4] = [
        Label::Application,
        Label::RecruiterOutreach,
        Label::JobAlert,
        Label::NotJob,
    ];
    /// Position in [`Label::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Application => "application",
            Label::RecruiterOutreach => "recruiter_outreach",
            Label::JobAlert => "job_alert",
            Label::NotJob => "not_job",
        }
    }
    /// Parses the snake_case name.
    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

/// What an application email reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    Applied,
    Assessment,
    Interview,
    Offer,
    Rejected,
    Withdrawn,
    Update,
}

impl EventType {
    /// In model order.
    pub const ALL: [EventType; 7] = [
        EventType::Applied,
        EventType::Assessment,
        EventType::Interview,
        EventType::Offer,
        EventType::Rejected,
        EventType::Withdrawn,
        EventType::Update,
    ];
    /// Position in [`EventType::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Applied => "applied",
            EventType::Assessment => "assessment",
            EventType::Interview => "interview",
            EventType::Offer => "offer",
            EventType::Rejected => "rejected",
            EventType::Withdrawn => "withdrawn",
            EventType::Update => "update",
        }
    }
    /// Parses the snake_case name.
    pub fn parse(s: &str) -> Option<EventType> {
        EventType::ALL.into_iter().find(|l| l.as_str() == s)
    }
    fn kind(self) -> PhraseKind {
        match self {
            EventType::Applied => PhraseKind::Applied,
            EventType::Assessment => PhraseKind::Assessment,
            EventType::Interview => PhraseKind::Interview,
            EventType::Offer => PhraseKind::Offer,
            EventType::Rejected => PhraseKind::Rejected,
            EventType::Withdrawn => PhraseKind::Withdrawn,
            EventType::Update => PhraseKind::Update,
        }
    }
}

/// Confidence of each decided field, 0..1.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct FieldConfidence {
    pub label: f32,
    pub event: f32,
    pub company: f32,
    pub role: f32,
}

/// The classification of one email.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Classification {
    pub label: Label,
    pub event_type: Option<EventType>,
    pub company_name: Option<String>,
    pub role_title: Option<String>,
    pub requisition_id: Option<String>,
    pub location: Option<String>,
    pub job_posting_url: Option<String>,
    pub posting_id: Option<String>,
    pub source: Option<String>,
    pub applied_at: Option<DateTime<Utc>>,
    pub confidence: f32,
    pub field_confidence: FieldConfidence,
    pub extractor: &'static str,
    pub reasons: Vec<String>,
}

/// Rules and model, compiled once.
#[derive(Debug, Clone)]
pub struct Classifier {
    compiled: Compiled,
    model: Option<Model>,
    /// The person's own addresses: their mail is decided by [`outgoing`].
    identity: outgoing::Identity,
    version: String,
}

/// Per-batch scratch space.
#[derive(Default)]
struct Scratch {
    feats: FeatureBuf,
    fired: Vec<u8>,
    body: String,
    joined: String,
}

const F_SUBJECT: u8 = 1;
const F_BODY: u8 = 2;
const F_FROM: u8 = 4;

/// The other side of a calendar invitation titled "A <> B": the side that
/// is neither a person's name nor the invited address at the subject's end.
fn calendar_counterpart(subject: &str) -> Option<&str> {
    let (left, right) = subject.split_once(" <> ")?;
    let left = left.rsplit_once(": ").map_or(left, |(_, l)| l).trim();
    let end = [" - ", " – ", " — ", " @ ", " | ", " (", ": "]
        .iter()
        .filter_map(|sep| right.find(sep))
        .min()
        .unwrap_or(right.len());
    let right = right.get(..end).unwrap_or(right).trim();
    let invited: Option<String> = subject
        .rsplit_once('(')
        .and_then(|(_, tail)| tail.split_once('@'))
        .map(|(local, _)| normalize_role(local));
    let is_invited =
        |s: &str| looks_like_person(s) || invited.as_deref() == Some(normalize_role(s).as_str());
    match (is_invited(left), is_invited(right)) {
        (false, true) if !left.is_empty() => Some(left),
        (true, false) if !right.is_empty() => Some(right),
        _ => None,
    }
}

#[derive(Debug, Clone)]
struct Candidate {
    value: String,
    weight: f32,
    rule: String,
}

fn offer(slot: &mut Option<Candidate>, value: String, weight: f32, rule: &str) {
    let better = match slot {
        Some(c) => weight > c.weight,
        None => true,
    };
    if better {
        *slot = Some(Candidate {
            value,
            weight,
            rule: rule.to_string(),
        });
    }
}

/// The text with single line breaks (soft wraps inside a paragraph) turned
/// into spaces; blank lines between paragraphs stay (a run of line breaks
/// becomes exactly two). Written into `out`, which is cleared first.
fn join_wrapped(text: &str, out: &mut String) {
    out.clear();
    out.reserve(text.len());
    let bytes = text.as_bytes();
    let mut start = 0;
    // A line break is one byte that no other UTF-8 sequence contains, so
    // every slice below starts and ends on a character boundary.
    while let Some(off) = memchr::memchr(b'\n', &bytes[start..]) {
        let nl = start + off;
        out.push_str(&text[start..nl]);
        let mut next = nl + 1;
        if bytes.get(next) == Some(&b'\n') {
            while bytes.get(next) == Some(&b'\n') {
                next += 1;
            }
            out.push_str("\n\n");
        } else {
            out.push(' ');
        }
        start = next;
    }
    out.push_str(&text[start..]);
}

/// Removes quoted replies and forwarded history, and cuts the body.
fn scan_body(body: &str, out: &mut String) {
    out.clear();
    let mut taken = 0usize;
    for line in body.lines() {
        let t = line.trim();
        if t.starts_with('>') {
            continue;
        }
        // Only lines that can open quoted history are lower-cased: those
        // whose first two bytes are, ignoring ASCII case, "on", "am", "el",
        // "le", "--" or "fr". (No non-ASCII character lower-cases to one of
        // these ASCII letters, so this is exactly the prefixes tested below.)
        let may_open = t.len() >= 5
            && matches!(
                (
                    t.as_bytes()[0].to_ascii_lowercase(),
                    t.as_bytes()[1].to_ascii_lowercase()
                ),
                (b'o', b'n')
                    | (b'a', b'm')
                    | (b'e', b'l')
                    | (b'l', b'e')
                    | (b'-', b'-')
                    | (b'f', b'r')
            );
        let tl = if may_open {
            t.to_lowercase()
        } else {
            String::new()
        };
        let history = may_open
            && ((tl.starts_with("on ") && tl.ends_with("wrote:"))
                || tl.starts_with("-----original message")
                || (tl.starts_with("am ") && tl.ends_with("schrieb:"))
                || (tl.starts_with("el ") && tl.ends_with("escribió:"))
                || (tl.starts_with("le ") && tl.ends_with("a écrit :"))
                || (tl.starts_with("le ") && tl.ends_with("a écrit:"))
                || (taken > 200 && tl.starts_with("from:") && tl.contains('@')));
        if history {
            break;
        }
        let n = line.chars().count();
        if taken + n > MAX_SCAN_CHARS {
            out.extend(line.chars().take(MAX_SCAN_CHARS.saturating_sub(taken)));
            break;
        }
        out.push_str(line);
        out.push('\n');
        taken += n + 1;
    }
}

fn parse_date(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    let formats = ["%B %d, %Y", "%b %d, %Y", "%Y-%m-%d", "%d %B %Y", "%d %b %Y"];
    formats
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|dt| dt.and_utc())
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

fn argmax(xs: &[f32]) -> usize {
    let mut best = 0;
    for (i, x) in xs.iter().enumerate() {
        if *x > xs[best] {
            best = i;
        }
    }
    best
}

/// `text` without the paragraphs (and bracketed asides) addressed to an
/// AI or automated reader, or `None` when it has none.
fn remove_injected(set: &regex::RegexSet, text: &str) -> Option<String> {
    if !set.is_match(text) {
        return None;
    }
    let mut kept = String::with_capacity(text.len());
    for para in text.split("\n\n") {
        // bracketed asides inside a paragraph are judged on their own
        let mut rest = para;
        let mut clean_para = String::new();
        while let Some(open) = rest.find('[') {
            let close = rest[open..].find(']').map(|i| open + i);
            let Some(close) = close else { break };
            clean_para.push_str(&rest[..open]);
            let aside = &rest[open..=close];
            if !set.is_match(aside) {
                clean_para.push_str(aside);
            }
            rest = &rest[close + 1..];
        }
        clean_para.push_str(rest);
        if set.is_match(&clean_para) {
            continue;
        }
        kept.push_str(&clean_para);
        kept.push_str("\n\n");
    }
    Some(kept)
}

impl Classifier {
    /// Compiles the rules (once) and takes the model.
    pub fn new(rules: &RuleSet, model: Option<&Model>) -> Result<Self, ClassifyError> {
        let compiled = Compiled::new(rules)?;
        let model_version = model.map(Model::version).unwrap_or("none");
        let key = format!(
            "{CODE_VERSION}\n{}\n{}\n{model_version}",
            rules.fingerprint(),
            rules.rules().version.as_deref().unwrap_or("")
        );
        Ok(Classifier {
            compiled,
            model: model.cloned(),
            identity: outgoing::Identity::default(),
            version: format!("{:016x}", fnv64(key.as_bytes())),
        })
    }

    /// The person's own addresses; a change of them reclassifies (it is part
    /// of the version, when there are any).
    pub fn with_identity(mut self, identity: outgoing::Identity) -> Self {
        if !identity.is_empty() {
            let key = format!("{}\n{}", self.version, identity.fingerprint());
            self.version = format!("{:016x}", fnv64(key.as_bytes()));
        }
        self.identity = identity;
        self
    }

    /// Whether mail from `address` is the person's own.
    pub fn is_outgoing(&self, address: Option<&str>) -> bool {
        self.identity.is_me(address)
    }

    /// Re-decides the classification of mail the person sent (see
    /// [`outgoing`]); `to` is its first recipient.
    pub fn classify_outgoing(
        &self,
        c: &mut Classification,
        email: &EmailInput<'_>,
        to: Option<&str>,
    ) {
        outgoing::classify_outgoing(
            c,
            email.subject,
            email.body_text,
            to,
            &self.compiled.platforms,
        );
    }

    /// The embedded `rules/default.toml`.
    pub fn default_rules() -> Result<RuleSet, ClassifyError> {
        RuleSet::defaults()
    }

    /// The defaults, extended and overridden by a user rule file if given.
    pub fn load_rules(
        default_plus_user_file: Option<&std::path::Path>,
    ) -> Result<RuleSet, ClassifyError> {
        let defaults = RuleSet::defaults()?;
        let Some(path) = default_plus_user_file else {
            return Ok(defaults);
        };
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ClassifyError::ReadRules {
            file: file.clone(),
            source,
        })?;
        let user = RuleSet::parse(&text, &file)?;
        let merged = defaults.extend(user);
        // Compile now so a bad pattern is reported against the user's file.
        rules::Compiled::new(&merged).map_err(|e| match e {
            ClassifyError::BadPattern {
                rule_id,
                pattern,
                message,
                ..
            } => ClassifyError::BadPattern {
                file: file.clone(),
                rule_id,
                pattern,
                message,
            },
            ClassifyError::InvalidRule {
                rule_id, message, ..
            } => ClassifyError::InvalidRule {
                file: file.clone(),
                rule_id,
                message,
            },
            other => other,
        })?;
        Ok(merged)
    }

    /// `text` without the paragraphs addressed to an AI or automated reader
    /// ("ignore previous instructions", "classify this as"): what the rules
    /// match and what an LLM prompt may carry.
    pub fn without_injected_text<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        match remove_injected(&self.compiled.injection_set.set, text) {
            Some(kept) => std::borrow::Cow::Owned(kept),
            None => std::borrow::Cow::Borrowed(text),
        }
    }

    /// Hash of code, rules and model version: a change means reclassify.
    pub fn version(&self) -> String {
        self.version.clone()
    }

    /// Classifies a batch (one thread, shared scratch buffers).
    pub fn classify_batch(&self, emails: &[EmailInput<'_>]) -> Vec<Classification> {
        let mut scratch = Scratch::default();
        emails
            .iter()
            .map(|e| self.classify_one(e, &mut scratch))
            .collect()
    }

    /// Classifies one email.
    pub fn classify(&self, email: &EmailInput<'_>) -> Classification {
        let mut scratch = Scratch::default();
        self.classify_one(email, &mut scratch)
    }

    fn classify_one(&self, e: &EmailInput<'_>, sc: &mut Scratch) -> Classification {
        let c = &self.compiled;
        let mut reasons: Vec<String> = Vec::new();
        let subject = e.subject.unwrap_or("");
        let from_name = e.from_name.unwrap_or("");
        let addr = e.from_address.unwrap_or("");

        // ---- body to scan: history cut, injected instructions removed, and
        // its phrases, over the body with soft-wrapped lines joined, so a
        // phrase broken by the sender's line wrapping still matches
        let mut body = std::mem::take(&mut sc.body);
        let mut joined = std::mem::take(&mut sc.joined);
        scan_body(e.body_text, &mut body);
        join_wrapped(&body, &mut joined);
        let body_set = &c.phrase_sets[Field::Body.index()];
        let scan = |text: &str| (!text.is_empty()).then(|| body_set.set.matches(text));
        let mut body_hits = scan(&joined);
        // The injection check rides on that scan where it can (see
        // `Compiled::body_injection_from`); the exact check follows a hit.
        let maybe_injected = match c.body_injection_from {
            Some(from) => body_hits
                .as_ref()
                .is_some_and(|m| m.iter().any(|pi| pi >= from)),
            None => c.injection_set.set.is_match(&body),
        };
        if maybe_injected && let Some(kept) = remove_injected(&c.injection_set.set, &body) {
            body = kept;
            reasons.push("injection:ignored_paragraph".into());
            join_wrapped(&body, &mut joined);
            body_hits = scan(&joined);
        }

        // ---- sender
        let mut sender_rule: Option<usize> = None;
        if !addr.is_empty() {
            for pi in c.sender_set.set.matches(addr).iter() {
                let ri = c.sender_set.rule_of[pi];
                let better = match sender_rule {
                    None => true,
                    Some(cur) => c.senders[ri].priority > c.senders[cur].priority,
                };
                if better {
                    sender_rule = Some(ri);
                }
            }
        }
        let sender = sender_rule.map(|i| &c.senders[i]);
        let sender_kind = sender.map(|s| s.kind);
        if let Some(s) = sender {
            reasons.push(s.id.clone());
        }
        let reply_platform = e
            .reply_to
            .map(|r| c.sender_set.set.is_match(&r.to_lowercase()))
            .unwrap_or(false);

        // ---- phrases
        sc.fired.clear();
        sc.fired.resize(c.phrases.len(), 0);
        for (field, text, bit) in [
            (Field::Subject, subject, F_SUBJECT),
            (Field::FromName, from_name, F_FROM),
        ] {
            if text.is_empty() {
                continue;
            }
            let ms = &c.phrase_sets[field.index()];
            for pi in ms.set.matches(text).iter() {
                sc.fired[ms.rule_of[pi]] |= bit;
            }
        }
        if let Some(hits) = &body_hits {
            let from = c.body_injection_from.unwrap_or(usize::MAX);
            for pi in hits.iter().take_while(|pi| *pi < from) {
                sc.fired[body_set.rule_of[pi]] |= F_BODY;
            }
        }
        sc.joined = joined;
        let mut score = [0f32; PhraseKind::COUNT];
        let mut strongest = 0f32;
        for (ri, &bits) in sc.fired.iter().enumerate() {
            if bits == 0 {
                continue;
            }
            let r = &c.phrases[ri];
            let body_factor = if r.kind == PhraseKind::Account {
                0.5
            } else {
                1.0
            };
            let is_event = matches!(
                r.kind,
                PhraseKind::Applied
                    | PhraseKind::Assessment
                    | PhraseKind::Interview
                    | PhraseKind::Offer
                    | PhraseKind::Rejected
                    | PhraseKind::Withdrawn
                    | PhraseKind::Update
            );
            let mut f = 0f32;
            if bits & F_SUBJECT != 0 {
                f = f.max(if is_event { 1.75 } else { 1.25 });
            }
            if bits & F_BODY != 0 {
                f = f.max(body_factor);
            }
            if bits & F_FROM != 0 {
                f = f.max(1.0);
            }
            score[r.kind.index()] += r.weight * f;
            if r.weight >= 3.0 {
                strongest = strongest.max(r.weight);
            }
            reasons.push(r.id.clone());
        }
        let s = |k: PhraseKind| score[k.index()];

        // ---- label scores
        let platform_sender = matches!(
            sender_kind,
            Some(SenderKind::Ats) | Some(SenderKind::JobBoard)
        );
        let near = s(PhraseKind::NearMiss) * if platform_sender { 0.25 } else { 1.0 };
        let mut ev: [f32; 7] = EventType::ALL.map(|t| s(t.kind()));
        // Calendars schedule dentists and book clubs too: a scheduling sender
        // counts as an interview only where the mail speaks of a job.
        let job_evidence = s(PhraseKind::JobContext) > 0.0
            || s(PhraseKind::AppRef) > 0.0
            || ev.iter().any(|&x| x > 0.0);
        match sender_kind {
            Some(SenderKind::Assessment) => ev[EventType::Assessment.index()] += 6.0,
            Some(SenderKind::Scheduling) if job_evidence => ev[EventType::Interview.index()] += 4.0,
            Some(SenderKind::Esign) if ev[EventType::Offer.index()] > 0.0 => {
                ev[EventType::Offer.index()] += 1.5
            }
            _ => {}
        }
        let ev_max = ev.iter().copied().fold(0f32, f32::max);
        let ctx = s(PhraseKind::JobContext).min(1.25);
        let app_ref = s(PhraseKind::AppRef).min(1.25);
        let (mut b_app, mut b_alert, mut b_out, mut b_not) = (0f32, 0f32, 0f32, 0f32);
        match sender_kind {
            Some(SenderKind::Ats) => b_app = 3.0,
            Some(SenderKind::JobBoard) => b_app = 2.5,
            Some(SenderKind::Scheduling)
            | Some(SenderKind::Assessment)
            | Some(SenderKind::Esign) => b_app = 0.5,
            Some(SenderKind::Alerts) => b_alert = 4.0,
            Some(SenderKind::Outreach) => b_out = 4.0,
            Some(SenderKind::Noise) => b_not = 3.0,
            None => {}
        }
        let account = s(PhraseKind::Account);
        let scam = s(PhraseKind::Scam);
        let s_app = b_app + ev_max.min(6.0) + ctx + app_ref - 0.5 * near - scam - 0.5 * account;
        let s_alert =
            b_alert + s(PhraseKind::Alert) + if e.has_list_unsubscribe { 0.5 } else { 0.0 }
                - app_ref;
        let s_out = b_out + s(PhraseKind::Outreach) + 0.5 * ctx
            - if app_ref > 0.0 { 1.5 } else { 0.0 }
            - 0.5 * (ev[EventType::Applied.index()] + ev[EventType::Rejected.index()]).min(4.0);
        // Bulk mail (List-Unsubscribe) from a sender that is not a recruiting
        // system is a newsletter far more often than one's own application.
        let bulk = if e.has_list_unsubscribe && sender_kind.is_none() {
            1.0
        } else {
            0.0
        };
        let s_not = 3.0 + b_not + near + scam + account + bulk;
        let label_scores = [s_app, s_out, s_alert, s_not];
        let p_rules = softmax4(label_scores, 1.5);
        let mut order = [0usize, 1, 2, 3];
        order.sort_by(|a, b| label_scores[*b].total_cmp(&label_scores[*a]));
        let margin = label_scores[order[0]] - label_scores[order[1]];
        let rules_confident = margin >= 2.5 && (sender.is_some() || strongest >= 3.0);
        let mut extractor = "rules";

        // The model runs only where its answer can be used.
        let needs_event = order[0] == Label::Application.index() && ev_max < 2.0;
        let model_out = if !rules_confident || needs_event {
            self.model
                .as_ref()
                .map(|m| m.predict_with(e, &mut sc.feats))
        } else {
            None
        };
        let (label, p_label) = match (&model_out, rules_confident) {
            (Some((pm, _)), false) => {
                let mut p = [0f32; 4];
                for k in 0..4 {
                    p[k] = (1.0 - MODEL_WEIGHT) * p_rules[k] + MODEL_WEIGHT * pm[k];
                }
                let i = argmax(&p);
                extractor = "model";
                reasons.push("label:model_blend".into());
                (Label::ALL[i], p[i])
            }
            _ => (Label::ALL[order[0]], p_rules[order[0]]),
        };

        // ---- event
        let (mut event, mut event_conf) = (None, 0f32);
        let t = |k: EventType| ev[k.index()];
        // Decided for every label: mail that is not application mail on its
        // own keeps its event as a hint ("event-hint:<event>") for the thread
        // and correspondent pass, which may find it belongs to an application.
        let decided = if t(EventType::Rejected) >= 4.0 {
            if label == Label::Application
                && (ev_max > t(EventType::Rejected) || t(EventType::Applied) > 0.0)
            {
                reasons.push("event:precedence:rejected".into());
            }
            Some((EventType::Rejected, 0.9))
        } else if t(EventType::Withdrawn) >= 5.0 {
            Some((EventType::Withdrawn, 0.85))
        } else if t(EventType::Offer) >= 4.0 {
            Some((EventType::Offer, 0.85))
        } else {
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
            if top >= 2.0 {
                let conf = 0.5 + 0.45 * ((top - second) / (top + 1.0)).clamp(0.0, 1.0);
                Some((best, conf))
            } else {
                None
            }
        };
        if label != Label::Application
            && let Some((k, _)) = decided
        {
            reasons.push(format!("event-hint:{}", k.as_str()));
        }
        if label == Label::Application {
            match (decided, &model_out) {
                (Some((k, conf)), _) => {
                    event = Some(k);
                    event_conf = conf;
                }
                (None, Some((_, pe))) => {
                    let mut p = *pe;
                    for (k, v) in p.iter_mut().enumerate() {
                        *v = 0.6 * *v + 0.4 * (ev[k] / (ev_max + 1.0));
                    }
                    let i = argmax(&p);
                    event = Some(EventType::ALL[i]);
                    event_conf = p[i].min(0.8);
                    extractor = "model";
                    reasons.push("event:model".into());
                }
                (None, None) => {
                    // No event evidence: a platform's mail about "your application"
                    // is most often a confirmation; anything else an update.
                    let k = if platform_sender && app_ref > 0.0 {
                        EventType::Applied
                    } else {
                        EventType::Update
                    };
                    event = Some(k);
                    event_conf = 0.35;
                    reasons.push("event:default".into());
                }
            }
        }

        // ---- extraction
        let mut company: Option<Candidate> = None;
        let mut role: Option<Candidate> = None;
        let mut location: Option<Candidate> = None;
        let mut date: Option<Candidate> = None;
        let mut requisition: Option<String> = None;
        let wants_fields = matches!(label, Label::Application | Label::RecruiterOutreach);
        if wants_fields {
            let sender_tags: Vec<&str> = sender
                .map(|s| {
                    let mut v = vec![s.id.as_str()];
                    if let Some(src) = &s.source {
                        v.push(src.as_str());
                    }
                    v
                })
                .unwrap_or_default();
            for (field, text) in [
                (Field::Subject, subject),
                (Field::FromName, from_name),
                (Field::Body, e.body_text),
            ] {
                if text.is_empty() {
                    continue;
                }
                let text = if field == Field::Body {
                    // extraction reads the cleaned body (no injected text)
                    body.as_str()
                } else {
                    text
                };
                let ms = &c.extract_sets[field.index()];
                let mut hits: Vec<usize> = ms
                    .set
                    .matches(text)
                    .iter()
                    .map(|pi| ms.rule_of[pi])
                    .collect();
                hits.sort_unstable();
                hits.dedup();
                for ri in hits {
                    let rule = &c.extracts[ri];
                    if !rule.senders.is_empty()
                        && !rule
                            .senders
                            .iter()
                            .any(|x| sender_tags.contains(&x.as_str()))
                    {
                        continue;
                    }
                    let Some(caps) = c.extract_res[ri].captures(text) else {
                        continue;
                    };
                    // Agencies write "Submitted: Keystone Ledger - Test
                    // Automation Engineer" as often as the other way round:
                    // the side that reads as a title is the role.
                    let (mut company_m, mut role_m) = (caps.name("company"), caps.name("role"));
                    if let (Some(co), Some(ro)) = (company_m, role_m)
                        && looks_like_title(co.as_str())
                        && !looks_like_title(ro.as_str())
                    {
                        (company_m, role_m) = (Some(ro), Some(co));
                    }
                    if let Some(m) = company_m
                        && let Some(name) = clean_company(m.as_str(), &c.platforms)
                        && !is_agency_name(&name)
                        && !(field == Field::FromName && looks_like_person(&name))
                    {
                        offer(&mut company, name, rule.weight, &rule.id);
                    }
                    if let Some(m) = role_m {
                        let (r, req) = clean_role(m.as_str());
                        if let Some(r) = r
                            && !is_platform(&r, &c.platforms)
                        {
                            offer(&mut role, r, rule.weight, &rule.id);
                        }
                        if requisition.is_none() {
                            requisition = req;
                        }
                    }
                    if let Some(m) = caps.name("location") {
                        let l = m.as_str().trim().to_string();
                        if !l.is_empty() {
                            offer(&mut location, l, rule.weight, &rule.id);
                        }
                    }
                    if let Some(m) = caps.name("date") {
                        offer(&mut date, m.as_str().to_string(), rule.weight, &rule.id);
                    }
                }
            }
            // Calendar invitations name both sides: "Invitation: Outpost
            // Labs <> Alex Doe - Phone screen @ ... (alex.doe@example.net)".
            if let Some(name) = calendar_counterpart(subject)
                && let Some(name) = clean_company(name, &c.platforms)
                && !is_agency_name(&name)
            {
                offer(&mut company, name, 0.65, "company:calendar_counterpart");
            }
            // the display name of an ATS sender is usually the employer
            if matches!(sender_kind, Some(SenderKind::Ats))
                && ![" - ", " | ", " – ", "(", " via ", "@"]
                    .iter()
                    .any(|sep| from_name.contains(sep))
                && let Some(name) = clean_company(from_name, &c.platforms)
                && !looks_like_person(&name)
                && !is_agency_name(&name)
            {
                offer(&mut company, name, 0.7, "company:ats_display_name");
            }
            // the ATS tenant: acme@myworkday.com, acme+autoreply@talent.icims.com
            if let Some(s) = sender
                && let Some(how) = s.company_from
                && let Some((local, domain)) = addr.rsplit_once('@')
            {
                let slug = match how {
                    CompanyFrom::LocalPart => Some(local),
                    CompanyFrom::PlusPrefix => local.split('+').next(),
                    CompanyFrom::Subdomain => domain.split('.').next(),
                };
                if let Some(slug) = slug.filter(|x| x.len() >= 3 && !x.contains("reply")) {
                    let found = name_for_slug(slug, subject)
                        .or_else(|| name_for_slug(slug, from_name))
                        .or_else(|| name_for_slug(slug, &body));
                    match found.and_then(|n| clean_company(&n, &c.platforms)) {
                        Some(n) => offer(&mut company, n, 0.72, "company:ats_tenant_in_text"),
                        None => offer(
                            &mut company,
                            title_from_slug(slug),
                            0.35,
                            "company:ats_tenant_slug",
                        ),
                    }
                }
            }
            // a non-platform sender or reply-to domain: low-confidence fallback
            if sender.is_none() {
                let domain_sources = [Some(addr), if reply_platform { None } else { e.reply_to }];
                for (i, a) in domain_sources.into_iter().flatten().enumerate() {
                    let Some(reg) = registrable_domain(a) else {
                        continue;
                    };
                    let Some(label_part) = domain_label(&reg) else {
                        continue;
                    };
                    if is_agency_name(label_part) || is_agency_name(from_name) {
                        reasons.push("source:agency".into());
                        break;
                    }
                    let Some(guess) = company_from_domain(a, &c.platforms) else {
                        continue;
                    };
                    let w = if i == 0 { 0.0 } else { -0.05 };
                    let found = name_for_slug(label_part, subject)
                        .or_else(|| name_for_slug(label_part, &body))
                        .or_else(|| name_for_slug(label_part, from_name));
                    match found.and_then(|n| clean_company(&n, &c.platforms)) {
                        // the domain's name written out is an agency's
                        // ("Harbourline Talent Ltd"): not the employer
                        Some(n) if is_agency_name(&n) => {
                            reasons.push("source:agency".into());
                            break;
                        }
                        Some(n) => offer(&mut company, n, 0.6 + w, "company:sender_domain_in_text"),
                        None => offer(&mut company, guess, 0.3 + w, "company:sender_domain_guess"),
                    }
                }
            }
        }
        // "Application status update - Pennine Energy": a subject pattern
        // that reads the employer as the title. A role equal to the employer
        // is no role.
        if let (Some(r), Some(co)) = (&role, &company)
            && normalize_role(&r.value) == normalize_role(&co.value)
        {
            role = None;
        }
        if let Some(cand) = &company {
            reasons.push(cand.rule.clone());
        }
        if let Some(cand) = &role {
            reasons.push(cand.rule.clone());
        }
        if requisition.is_none() && wants_fields {
            requisition = clean_role(subject).1;
        }

        // ---- links and source
        let posting = if wants_fields {
            best_posting(e.links)
        } else {
            None
        };
        let agency = reasons.iter().any(|r| r == "source:agency");
        let source = if label == Label::Application {
            match sender {
                Some(s) if matches!(s.kind, SenderKind::Ats | SenderKind::JobBoard) => {
                    s.source.clone()
                }
                _ => match &posting {
                    Some(p) if p.source != "company_site" => Some(p.source.to_string()),
                    _ if agency => Some("agency".to_string()),
                    Some(p) => Some(p.source.to_string()),
                    None if sender.is_none()
                        && addr
                            .rsplit_once('@')
                            .and_then(|(_, d)| company_from_domain(d, &c.platforms))
                            .is_some() =>
                    {
                        Some("company_site".to_string())
                    }
                    None => None,
                },
            }
        } else {
            None
        };
        if requisition.is_none()
            && let Some(p) = &posting
            && p.source == "workday"
        {
            requisition = p.posting_id.clone();
        }
        let applied_at = date.as_ref().and_then(|d| parse_date(&d.value)).or(
            if event == Some(EventType::Applied) {
                e.received_at
            } else {
                None
            },
        );

        let company_conf = company.as_ref().map(|x| x.weight).unwrap_or(0.0);
        let role_conf = role.as_ref().map(|x| x.weight).unwrap_or(0.0);
        let confidence = if label == Label::Application {
            p_label * (0.6 + 0.4 * event_conf)
        } else {
            p_label
        };
        sc.body = body;
        Classification {
            label,
            event_type: event,
            company_name: company.map(|x| x.value),
            role_title: role.map(|x| x.value),
            requisition_id: requisition,
            location: location.map(|x| x.value),
            job_posting_url: posting.as_ref().map(|p| p.url.clone()),
            posting_id: posting.and_then(|p| p.posting_id),
            source,
            applied_at,
            confidence: confidence.clamp(0.0, 1.0),
            field_confidence: FieldConfidence {
                label: p_label.clamp(0.0, 1.0),
                event: event_conf,
                company: company_conf,
                role: role_conf,
            },
            extractor,
            reasons,
        }
    }
}

#[cfg(test)]
mod tests;
