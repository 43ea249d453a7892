//! Classification and extraction core: decides whether one normalized email
//! is application mail, recruiter outreach, a job alert or not about jobs,
//! which event an application mail reports, and extracts the employer, role,
//! requisition id, location, posting link and id, source and application
//! date. Rules are data (`rules/default.toml`), compiled once into regex
//! sets; so are the weights and thresholds of the decisions
//! (`rules/weights.toml`, named below as `section.key`); a small hashed
//! logistic-regression model ([`model`]) decides where the rules are not
//! confident. The names the decisions use (companies, roles, people,
//! posting links) are [`crate::names`].
//!
//! # Steps
//! [`Classifier::classify`] runs one email through pure steps, each in its
//! own module: `evidence` (the body to scan, the sender rule, the phrases)
//! → `event` evidence → `label` (scores, the rules' verdict, the model
//! blend) → `event` (precedence) → `extraction` (company, role, location,
//! posting, source, dates). `weights` reads `rules/weights.toml`.
//!
//! # Decision logic
//! * **Evidence.** Each fired phrase rule adds its weight to its kind, times
//!   the factor of the field it fired in: `evidence.subject` in the subject
//!   (`evidence.event-in-subject` for event phrases, where the ATS states
//!   the event), `evidence.from-name` in the display name, `evidence.body`
//!   in the body (`evidence.account-in-body` for account-noise phrases:
//!   footers mention passwords). A phrase rule of weight
//!   `evidence.strong-phrase` or more is strong. The rules read the first
//!   `evidence.body-scan-chars` characters of the body, quoted history cut.
//!   The sender rule says which system sent the mail (ATS, job board,
//!   alerts, InMail, scheduling, assessment, e-signature, platform noise);
//!   it boosts labels and events but never names the employer.
//! * **Label** = argmax of four scores: application (sender base
//!   `label.ats`, `label.job-board` or `label.tool`, plus the strongest
//!   event evidence up to `label.event-cap`, job vocabulary and "your
//!   application", minus near-miss, scam and account evidence), job alert
//!   (`label.alerts`), recruiter outreach (`label.outreach`; minus
//!   `label.outreach-app-ref` when the mail refers to the candidate's
//!   application) and not-job (`label.not-job-base` plus near-miss, scam,
//!   account and platform-noise evidence, and `label.not-job-bulk` for
//!   bulk mail from a sender that is not a recruiting system). Near-miss
//!   words count `label.near-miss-platform` for ATS and job-board senders.
//! * **Event precedence** (application mail; event phrases count
//!   `evidence.event-in-subject` in the subject): rejected (at least
//!   `event.rejected`, so one strong phrase or two weak ones: rejection wins
//!   over the thanks-for-applying opening, and "unable to offer you" is a
//!   rejection phrase) > withdrawn (at least `event.withdrawn`) > offer (at
//!   least `event.offer`, first-person company voice: "we are pleased to
//!   offer", "offer letter"; never the bare word) > the largest of
//!   assessment > interview > update > applied (ties in that order) at
//!   `event.min-evidence` or more. Assessment tools add
//!   `event.assessment-sender` to assessment, scheduling tools
//!   `event.scheduling-sender` to interview, e-signature
//!   `event.esign-sender` to offer.
//! * **Injected instructions.** Paragraphs of the body addressed to an
//!   AI/automated reader ("ignore previous instructions", "classify this
//!   as") are removed before any phrase is matched: text is data, and the
//!   injected words can neither add nor remove evidence.
//! * **Company** = the highest-weight candidate among subject, display-name
//!   and body extraction rules, the other side of a calendar invitation
//!   (`company.calendar-counterpart`), an ATS sender's display name
//!   (`company.ats-display-name`), the ATS tenant (`acme@myworkday.com`)
//!   spelled as in the text (`company.ats-tenant-in-text`), and, at low
//!   confidence, a non-platform sender or reply-to domain
//!   (`company.sender-domain-in-text`, `company.sender-domain-guess`).
//!   Platforms, job boards and tools are never employers; agencies
//!   (staffing/recruitment names) are not either. With the employer ranker
//!   ([`ranker`], always on in [`Classifier::new`]) these candidates, and
//!   spans found in any language, are scored by a learned model instead:
//!   a rule of weight 0.8 or more stays sure, else the best-scoring
//!   candidate wins unless "no employer" scores higher. The role is picked
//!   the same way by the role ranker ([`ranker::role`], also on in
//!   [`Classifier::new`]) among the rules' role captures, subject segments,
//!   titles after a phrase in six languages, field labels and title lines.
//! * **Model.** The rules are confident when the winning label leads by at
//!   least `label.confident-lead` and either a known sender or a strong
//!   phrase supports it. Otherwise, with a model, label probabilities are
//!   the blend of the rules' softmax (at `label.softmax-temperature`) and
//!   the model's, the model counting `model.weight` and the rules the rest,
//!   and `extractor` is "model"; the event comes from the model likewise
//!   when the rules found no event evidence of `model.event-below` or more.

pub mod error;
mod event;
mod evidence;
mod extraction;
mod label;
pub mod model;
pub mod outgoing;
pub mod ranker;
pub mod rules;
pub mod stage;
mod weights;

use chrono::{DateTime, Utc};
use serde::Serialize;

pub use error::ClassifyError;
pub use model::{FeatureBuf, Model, TrainConfig, TrainingExample, default_model};
pub use rules::{RuleFile, RuleSet};

use crate::names::links::best_posting;
use rules::{Compiled, PhraseKind, fnv64};
use weights::Weights;

/// Bump when the decision code, `rules/weights.toml` or
/// `names/first_names.txt` changes in a way that changes outputs.
const CODE_VERSION: &str = "classify-code-7";

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

/// The reason that marks mail whose job / not-job decision sits near the
/// line (the dashboard's review queue lists it).
pub const NEAR_THRESHOLD: &str = "label:near_threshold";

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

/// Rules, weights and model, compiled once.
#[derive(Debug, Clone)]
pub struct Classifier {
    compiled: Compiled,
    weights: Weights,
    model: Option<Model>,
    /// Picks the employer among the candidates ([`ranker`]).
    ranker: Option<ranker::Ranker>,
    /// Picks the role among the candidates ([`ranker::role`]); without it
    /// the extract rules' highest-weight capture is the role.
    role_ranker: Option<ranker::Ranker>,
    /// The person's own addresses: their mail is decided by [`outgoing`].
    identity: outgoing::Identity,
    /// How readily mail counts as job mail.
    sensitivity: Sensitivity,
    version: String,
}

/// How readily the classifier calls mail job mail (`[classify]
/// sensitivity`): where the rules' (or the blend's) label is decided,
/// not-job's probability is multiplied by a factor before the best label
/// is taken. `HighRecall` (0.8) tracks more of the mail it is unsure of,
/// missing fewer applications and tracking more that are none;
/// `HighPrecision` (2.0) the other way round; `Balanced` (1.0) is the
/// default. A number sets the factor itself. The SQL second pass (threads,
/// correspondents) is not affected.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Sensitivity {
    #[default]
    Balanced,
    HighRecall,
    HighPrecision,
    /// A factor of one's own (0.05..=20).
    Factor(f32),
}

impl Sensitivity {
    /// Reads `balanced`, `high-recall`, `high-precision` or a factor.
    pub fn parse(s: &str) -> Result<Sensitivity, ClassifyError> {
        let bad = || ClassifyError::Setting {
            setting: "[classify] sensitivity".into(),
            message: format!(
                "{s:?} is not \"balanced\", \"high-recall\", \"high-precision\" or a factor between 0.05 and 20"
            ),
        };
        match s.trim() {
            "balanced" | "" => Ok(Sensitivity::Balanced),
            "high-recall" => Ok(Sensitivity::HighRecall),
            "high-precision" => Ok(Sensitivity::HighPrecision),
            other => match other.parse::<f32>() {
                Ok(f) if (0.05..=20.0).contains(&f) => Ok(Sensitivity::Factor(f)),
                _ => Err(bad()),
            },
        }
    }

    /// The factor not-job's probability is multiplied by.
    pub fn not_job_factor(self) -> f32 {
        match self {
            Sensitivity::Balanced => 1.0,
            Sensitivity::HighRecall => 0.8,
            Sensitivity::HighPrecision => 2.0,
            Sensitivity::Factor(f) => f,
        }
    }
}

/// Per-batch scratch space.
#[derive(Default)]
struct Scratch {
    feats: FeatureBuf,
    evidence: evidence::Buffers,
}

impl Classifier {
    /// Compiles the rules (once), reads the weights and takes the model.
    pub fn new(rules: &RuleSet, model: Option<&Model>) -> Result<Self, ClassifyError> {
        Ok(
            Self::with_parts(rules, model, Some(ranker::Ranker::shipped()?))?
                .with_role_ranker(Some(ranker::Ranker::shipped_role()?)),
        )
    }

    /// The same classifier at another sensitivity; part of the version
    /// when it is not the default.
    pub fn with_sensitivity(mut self, sensitivity: Sensitivity) -> Self {
        let f = sensitivity.not_job_factor();
        if f != 1.0 {
            let key = format!("{}\nsensitivity {f}", self.version);
            self.version = format!("{:016x}", fnv64(key.as_bytes()));
        }
        self.sensitivity = sensitivity;
        self
    }

    /// The same classifier with another role ranker, or none (the rules'
    /// highest-weight role capture is the role); part of the version.
    pub fn with_role_ranker(mut self, role_ranker: Option<ranker::Ranker>) -> Self {
        let v = role_ranker.as_ref().map_or("none", |r| r.version.as_str());
        let key = format!("{}\n{v}", self.version);
        self.version = format!("{:016x}", fnv64(key.as_bytes()));
        self.role_ranker = role_ranker;
        self
    }

    /// Like [`Classifier::new`] with another employer ranker, or none (the
    /// rules' highest-weight candidate is the employer): for training and
    /// experiments.
    pub fn with_parts(
        rules: &RuleSet,
        model: Option<&Model>,
        ranker: Option<ranker::Ranker>,
    ) -> Result<Self, ClassifyError> {
        let compiled = Compiled::new(rules)?;
        let weights = Weights::defaults()?;
        let model_version = model.map(Model::version).unwrap_or("none");
        let ranker_version = ranker.as_ref().map_or("none", |r| r.version.as_str());
        let key = format!(
            "{CODE_VERSION}\n{}\n{}\n{model_version}\n{ranker_version}",
            rules.fingerprint(),
            rules.rules().version.as_deref().unwrap_or("")
        );
        Ok(Classifier {
            compiled,
            weights,
            model: model.cloned(),
            ranker,
            role_ranker: None,
            sensitivity: Sensitivity::Balanced,
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

    /// A copy for one run of the classification stage. It shares the
    /// compiled rule programs (cloning a `regex` regex shares them) and
    /// starts with empty search caches: each regex keeps a lazy-DFA cache
    /// for every thread that has searched with it, up to a few MB per rule
    /// set and some 110 MB in all on a large mailbox, and frees them only
    /// with the regex. The stage drops its copy when it ends, so the SQL
    /// stages that follow do not run on top of those caches.
    pub fn for_one_run(&self) -> Self {
        self.clone()
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
        if c.label == Label::Application
            && let Some(r) = &self.ranker
        {
            let (pool, ctx_body) = self.outgoing_pool(email, to);
            let ctx = self.outgoing_context(email, to, ctx_body);
            match r.pick(&pool, &ctx) {
                Some((s, p)) => {
                    c.company_name = Some(s.value.clone());
                    c.field_confidence.company = p;
                }
                None => {
                    c.company_name = None;
                    c.field_confidence.company = 0.0;
                }
            }
        }
    }

    /// The employer candidates of the person's own mail: the employer their
    /// words name, the recipient's domain, and the spans of [`ranker`].
    fn outgoing_pool<'e>(
        &self,
        email: &EmailInput<'e>,
        to: Option<&str>,
    ) -> (ranker::Pool, &'e str) {
        let platforms = &self.compiled.platforms;
        let own = outgoing::own_text(email.body_text);
        let mut pool = ranker::Pool::default();
        if let Some(n) = outgoing::own_employer(email.subject.unwrap_or(""), own, platforms) {
            pool.add(&n, ranker::Origin::OwnWords, 0.0, "company:own_words");
        }
        if let Some(n) = to.and_then(|t| crate::names::domain::company_from_domain(t, platforms)) {
            pool.add(
                &n,
                ranker::Origin::RecipientDomainGuess,
                0.0,
                "company:recipient_domain_guess",
            );
        }
        let ctx = self.outgoing_context(email, to, own);
        ranker::language_spans(&mut pool, &ctx);
        (pool, own)
    }

    fn outgoing_context<'a>(
        &'a self,
        email: &EmailInput<'a>,
        to: Option<&'a str>,
        own: &'a str,
    ) -> ranker::SpanContext<'a> {
        ranker::SpanContext {
            subject: email.subject.unwrap_or(""),
            from_name: email.from_name.unwrap_or(""),
            body: own,
            from_address: email.from_address.unwrap_or(""),
            reply_to: None,
            to,
            known_system: false,
            outgoing: true,
            agency: false,
            platforms: &self.compiled.platforms,
        }
    }

    /// The employer candidates of one email and their features, as the
    /// ranker sees them, the last "no employer" with an empty name: the
    /// person's own mail when `outgoing` (with its first recipient `to`),
    /// else incoming mail. For training the ranker.
    pub fn company_candidates(
        &self,
        email: &EmailInput<'_>,
        to: Option<&str>,
        outgoing: bool,
    ) -> Vec<(String, Vec<f32>)> {
        if outgoing {
            let (pool, own) = self.outgoing_pool(email, to);
            let ctx = self.outgoing_context(email, to, own);
            return with_none(&pool, &ctx);
        }
        let (c, w) = (&self.compiled, &self.weights);
        let mut buf = evidence::Buffers::default();
        let ev = evidence::gather(c, &w.evidence, email, &mut buf);
        let (pool, agency) = extraction::company_pool(c, &w.company, email, &ev);
        let mut ctx = extraction::span_context(c, email, &ev);
        ctx.agency = agency;
        with_none(&pool, &ctx)
    }

    /// The role candidates of an incoming email and their features, as the
    /// role ranker sees them, the last "no role" with an empty name. For
    /// training the role ranker.
    pub fn role_candidates(&self, email: &EmailInput<'_>) -> Vec<(String, Vec<f32>)> {
        let (c, w) = (&self.compiled, &self.weights);
        let mut buf = evidence::Buffers::default();
        let ev = evidence::gather(c, &w.evidence, email, &mut buf);
        let (pool, ctx, employer) =
            extraction::role_pool(c, &w.company, email, &ev, self.ranker.as_ref());
        ranker::role::role_choices(&pool, &ctx, employer.as_deref())
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
        match evidence::remove_injected(&self.compiled.injection_set.set, text) {
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
        let (c, w) = (&self.compiled, &self.weights);
        let mut ev = evidence::gather(c, &w.evidence, e, &mut sc.evidence);
        let mut reasons = std::mem::take(&mut ev.reasons);
        let events = event::evidence(&ev, &w.event);
        let scores = label::scores(&ev, &events, e.has_list_unsubscribe, &w.label);
        let supported = ev.sender.is_some() || ev.strongest >= w.evidence.strong_phrase;
        let verdict = label::verdict(&scores, supported, &w.label);

        // The model runs only where its answer can be used.
        let needs_event = verdict.top == Label::Application && events.max < w.model.event_below;
        let model_out = if !verdict.confident || needs_event {
            self.model
                .as_ref()
                .map(|m| m.predict_with(e, &mut sc.feats))
        } else {
            None
        };
        let decided = label::decide_with(
            &verdict,
            model_out.as_ref().map(|(pl, _)| pl),
            &w.model,
            self.sensitivity.not_job_factor(),
        );
        let label = decided.label;
        if decided.blended {
            reasons.push("label:model_blend".into());
        }
        if label::near_line(
            &verdict,
            model_out.as_ref().map(|(pl, _)| pl),
            &w.model,
            self.sensitivity.not_job_factor(),
        ) {
            reasons.push(NEAR_THRESHOLD.into());
        }
        let event = (label == Label::Application).then(|| {
            // No event evidence: a platform's mail about "your application"
            // is most often a confirmation; anything else an update.
            let fallback = if scores.platform_sender && scores.app_ref > 0.0 {
                EventType::Applied
            } else {
                EventType::Update
            };
            let pe = model_out.as_ref().map(|(_, pe)| pe);
            event::decide(&events, pe, fallback, &w.event, &w.model)
        });
        if let Some(reason) = event.and_then(|d| d.reason) {
            reasons.push(reason.into());
        }
        // Mail that is not application mail on its own keeps the event its
        // words carry as a hint ("event-hint:<event>") for the thread and
        // correspondent pass, which may find it belongs to an application.
        if label != Label::Application
            && let Some(hint) = event::by_precedence(&events, &w.event)
        {
            reasons.push(format!("event-hint:{}", hint.event.as_str()));
        }
        let from_model = decided.blended || event.is_some_and(|d| d.from_model);
        let (event_type, event_conf) =
            event.map_or((None, 0f32), |d| (Some(d.event), d.confidence));

        let wants_fields = matches!(label, Label::Application | Label::RecruiterOutreach);
        let fields = if wants_fields {
            extraction::fields(
                c,
                &w.company,
                e,
                &ev,
                self.ranker.as_ref(),
                self.role_ranker.as_ref(),
            )
        } else {
            extraction::Fields::default()
        };
        reasons.extend(fields.reasons());
        let posting = if wants_fields {
            best_posting(e.links)
        } else {
            None
        };
        // an agency's mail: extraction's `source:agency` (or a rule of that id)
        let agency = reasons.iter().any(|r| r == "source:agency");
        let addr = e.from_address.unwrap_or("");
        let source = extraction::source(
            label,
            ev.sender,
            posting.as_ref(),
            agency,
            addr,
            &c.platforms,
        );
        let mut requisition = fields.requisition;
        if requisition.is_none()
            && let Some(p) = &posting
            && p.source == "workday"
        {
            requisition = p.posting_id.clone();
        }
        let applied_at = extraction::applied_at(fields.date.as_ref(), event_type, e.received_at);
        sc.evidence.recycle(ev.body);

        let company_conf = fields.company.as_ref().map(|x| x.weight).unwrap_or(0.0);
        let role_conf = fields.role.as_ref().map(|x| x.weight).unwrap_or(0.0);
        let confidence = if label == Label::Application {
            decided.p * (w.event.label_share + w.event.event_share * event_conf)
        } else {
            decided.p
        };
        Classification {
            label,
            event_type,
            company_name: fields.company.map(|x| x.value),
            role_title: fields.role.map(|x| x.value),
            requisition_id: requisition,
            location: fields.location.map(|x| x.value),
            job_posting_url: posting.as_ref().map(|p| p.url.clone()),
            posting_id: posting.and_then(|p| p.posting_id),
            source,
            applied_at,
            confidence: confidence.clamp(0.0, 1.0),
            field_confidence: FieldConfidence {
                label: decided.p.clamp(0.0, 1.0),
                event: event_conf,
                company: company_conf,
                role: role_conf,
            },
            extractor: if from_model { "model" } else { "rules" },
            reasons,
        }
    }
}

/// The candidates' names and features, then "no employer" (an empty name).
fn with_none(pool: &ranker::Pool, ctx: &ranker::SpanContext<'_>) -> Vec<(String, Vec<f32>)> {
    pool.spans()
        .iter()
        .map(|s| (s.value.clone(), ranker::features(s, pool, ctx)))
        .chain(std::iter::once((String::new(), ranker::none_features(ctx))))
        .collect()
}

#[cfg(test)]
mod tests;
