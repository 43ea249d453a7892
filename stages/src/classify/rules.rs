//! Rules as data: the schema of a rule file (`rules/default.toml`, embedded,
//! plus an optional user file that adds rules, replaces rules with the same
//! id or disables them), validation with errors that name the file and the
//! rule, a stable fingerprint of the merged rules, and compilation of every
//! pattern ONCE into one `RegexSet` per scanned column (sender address,
//! display name, subject, body) and a few capture regexes for extraction.
//!
//! Patterns are case-insensitive and Unicode-aware; `\b` in a rule pattern
//! is an ASCII word boundary so that the sets keep running on the lazy DFA
//! for non-ASCII mail.

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
use serde::{Deserialize, Serialize};

use super::error::ClassifyError;

/// The embedded default rules.
pub const DEFAULT_RULES_TOML: &str = include_str!("rules/default.toml");
const DEFAULT_FILE: &str = "<embedded rules/default.toml>";

/// A column of the email a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Subject,
    Body,
    FromName,
}

impl Field {
    pub(crate) const ALL: [Field; 3] = [Field::Subject, Field::Body, Field::FromName];
    pub(crate) fn index(self) -> usize {
        match self {
            Field::Subject => 0,
            Field::Body => 1,
            Field::FromName => 2,
        }
    }
}

/// What kind of system a sender address belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SenderKind {
    /// An applicant tracking system mailing for an employer.
    Ats,
    /// A job board's application channel (LinkedIn Easy Apply, Indeed Apply).
    JobBoard,
    /// Job alerts and recommendation digests.
    Alerts,
    /// Recruiter InMail and sourcing tools.
    Outreach,
    /// Interview scheduling tools.
    Scheduling,
    /// Assessment and video-interview tools.
    Assessment,
    /// E-signature (offer letters, but also leases).
    Esign,
    /// Platform mail that is never about an application (digests, notifications).
    Noise,
}

/// How a sender rule finds the employer in the address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompanyFrom {
    /// `acme@myworkday.com` → "acme"
    LocalPart,
    /// `acme+autoreply@talent.icims.com` → "acme"
    PlusPrefix,
    /// `no-reply@acme.teamtailor-mail.com` → "acme"
    Subdomain,
}

/// A sender rule: address patterns → system kind and source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SenderRule {
    pub id: String,
    pub kind: SenderKind,
    #[serde(default)]
    pub source: Option<String>,
    /// Regexes matched against the lower-case address.
    pub patterns: Vec<String>,
    #[serde(default)]
    pub company_from: Option<CompanyFrom>,
    /// Higher wins when several sender rules match.
    #[serde(default)]
    pub priority: i32,
}

/// What a phrase is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhraseKind {
    Applied,
    Assessment,
    Interview,
    Offer,
    Rejected,
    Withdrawn,
    Update,
    /// Generic recruiting vocabulary (position, role, recruiter, ...).
    JobContext,
    /// Mentions of the candidate's own application ("your application").
    AppRef,
    /// Account and security mail from recruiting systems (codes, verification, reminders).
    Account,
    Alert,
    Outreach,
    /// Non-job "applications", newsletters, promotions, receipts.
    NearMiss,
    /// Job-scam markers (Telegram, gift cards, bank details).
    Scam,
    /// Text addressed to an AI/automated reader; its paragraph is ignored.
    Injection,
}

impl PhraseKind {
    pub(crate) const COUNT: usize = 15;
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// A phrase rule: patterns over some columns, evidence of one kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhraseRule {
    pub id: String,
    pub kind: PhraseKind,
    pub fields: Vec<Field>,
    pub patterns: Vec<String>,
    pub weight: f32,
}

/// An extraction rule: one capture regex over one column with named groups
/// `company`, `role`, `location` and/or `date`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtractRule {
    pub id: String,
    pub field: Field,
    pub pattern: String,
    /// Confidence of what it captures (0..1); the highest wins per target.
    pub weight: f32,
    /// Sender rule ids or sources this rule is limited to (empty = any sender).
    #[serde(default)]
    pub senders: Vec<String>,
}

/// One rule file as written.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    #[serde(default)]
    pub version: Option<String>,
    /// Extra names that are never employers.
    #[serde(default)]
    pub platforms: Vec<String>,
    /// Rule ids (of any kind) to remove from the defaults.
    #[serde(default)]
    pub disable: Vec<String>,
    #[serde(default)]
    pub sender: Vec<SenderRule>,
    #[serde(default)]
    pub phrase: Vec<PhraseRule>,
    #[serde(default)]
    pub extract: Vec<ExtractRule>,
}

/// The merged, validated rules (defaults plus an optional user file).
#[derive(Debug, Clone, PartialEq)]
pub struct RuleSet {
    pub(crate) rules: RuleFile,
    pub(crate) fingerprint: u64,
}

/// 64-bit FNV-1a.
pub(crate) fn fnv64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl RuleSet {
    /// Parses and validates one rule file.
    pub fn parse(text: &str, file: &str) -> Result<RuleFile, ClassifyError> {
        let parsed: RuleFile = toml::from_str(text).map_err(|e| ClassifyError::ParseRules {
            file: file.to_string(),
            message: e.to_string(),
        })?;
        validate(&parsed, file)?;
        Ok(parsed)
    }

    /// The embedded defaults.
    pub fn defaults() -> Result<RuleSet, ClassifyError> {
        let rules = Self::parse(DEFAULT_RULES_TOML, DEFAULT_FILE)?;
        Ok(Self::from_file(rules))
    }

    fn from_file(rules: RuleFile) -> RuleSet {
        let canonical = serde_json::to_vec(&rules).unwrap_or_default();
        RuleSet {
            fingerprint: fnv64(&canonical),
            rules,
        }
    }

    /// Defaults extended by a user file: rules with a new id are added,
    /// rules with an existing id replace the default, `disable` removes ids,
    /// `platforms` are added, `version` is appended.
    pub fn extend(self, user: RuleFile) -> RuleSet {
        let mut r = self.rules;
        let disabled = |id: &str| user.disable.iter().any(|d| d == id);
        r.sender.retain(|x| !disabled(&x.id));
        r.phrase.retain(|x| !disabled(&x.id));
        r.extract.retain(|x| !disabled(&x.id));
        for s in user.sender {
            match r.sender.iter_mut().find(|x| x.id == s.id) {
                Some(slot) => *slot = s,
                None => r.sender.push(s),
            }
        }
        for p in user.phrase {
            match r.phrase.iter_mut().find(|x| x.id == p.id) {
                Some(slot) => *slot = p,
                None => r.phrase.push(p),
            }
        }
        for e in user.extract {
            match r.extract.iter_mut().find(|x| x.id == e.id) {
                Some(slot) => *slot = e,
                None => r.extract.push(e),
            }
        }
        r.platforms.extend(user.platforms);
        r.disable.extend(user.disable);
        if let Some(v) = user.version {
            r.version = Some(format!("{}+{}", r.version.unwrap_or_default(), v));
        }
        Self::from_file(r)
    }

    /// Hex fingerprint of the merged rules: changes with any rule change.
    pub fn fingerprint(&self) -> String {
        format!("{:016x}", self.fingerprint)
    }

    /// The merged rules.
    pub fn rules(&self) -> &RuleFile {
        &self.rules
    }
}

fn validate(f: &RuleFile, file: &str) -> Result<(), ClassifyError> {
    let bad = |id: &str, message: &str| ClassifyError::InvalidRule {
        file: file.to_string(),
        rule_id: id.to_string(),
        message: message.to_string(),
    };
    let mut seen = std::collections::HashSet::new();
    let ids = f
        .sender
        .iter()
        .map(|s| (&s.id, s.patterns.len()))
        .chain(f.phrase.iter().map(|p| (&p.id, p.patterns.len())))
        .chain(
            f.extract
                .iter()
                .map(|e| (&e.id, usize::from(!e.pattern.is_empty()))),
        );
    for (id, n) in ids {
        if id.trim().is_empty() {
            return Err(bad(id, "empty rule id"));
        }
        if !seen.insert(id.clone()) {
            return Err(bad(id, "duplicate rule id in one file"));
        }
        if n == 0 {
            return Err(bad(id, "rule has no patterns"));
        }
    }
    for p in &f.phrase {
        if p.fields.is_empty() {
            return Err(bad(&p.id, "phrase rule has no fields"));
        }
        if !p.weight.is_finite() {
            return Err(bad(&p.id, "weight is not a finite number"));
        }
    }
    for e in &f.extract {
        if !(0.0..=1.0).contains(&e.weight) {
            return Err(bad(&e.id, "extract weight must be within 0..1"));
        }
    }
    Ok(())
}

/// Rewrites a rule pattern for compilation: `\b` → ASCII word boundary.
fn prepare(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('b') => out.push_str("(?-u:\\b)"),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

const SIZE_LIMIT: usize = 128 << 20;

fn check(pattern: &str, id: &str, file: &str) -> Result<String, ClassifyError> {
    let p = prepare(pattern);
    RegexBuilder::new(&p)
        .case_insensitive(true)
        .size_limit(SIZE_LIMIT)
        .build()
        .map_err(|e| ClassifyError::BadPattern {
            file: file.to_string(),
            rule_id: id.to_string(),
            pattern: pattern.to_string(),
            message: e.to_string(),
        })?;
    Ok(p)
}

fn build_set(name: &str, patterns: &[String]) -> Result<RegexSet, ClassifyError> {
    RegexSetBuilder::new(patterns)
        .case_insensitive(true)
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(SIZE_LIMIT)
        .build()
        .map_err(|e| ClassifyError::CompileSet {
            set: name.to_string(),
            message: e.to_string(),
        })
}

/// A compiled set and, for each of its patterns, the rule it belongs to.
#[derive(Debug, Clone)]
pub(crate) struct MappedSet {
    pub set: RegexSet,
    pub rule_of: Vec<usize>,
}

/// Every rule compiled once.
#[derive(Debug, Clone)]
pub(crate) struct Compiled {
    pub senders: Vec<SenderRule>,
    pub sender_set: MappedSet,
    pub phrases: Vec<PhraseRule>,
    /// One set per [`Field`] (by `Field::index`).
    pub phrase_sets: Vec<MappedSet>,
    pub injection_set: MappedSet,
    /// Where the injection patterns start in the body phrase set, when they
    /// ride along in it. A hit there on the wrap-joined body is then a
    /// necessary condition for a hit of `injection_set` on the body, which
    /// saves a second pass over every body. That holds for the default
    /// injection patterns: joining only turns a line break into a space or
    /// shortens a run of line breaks to two, and those patterns meet line
    /// breaks only through `\s*` (a literal space never matches one; `\b`
    /// sees a space and a line break alike). For any other injection
    /// pattern (a user's rule file) this is `None` and the body is checked
    /// on its own.
    pub body_injection_from: Option<usize>,
    pub extracts: Vec<ExtractRule>,
    pub extract_sets: Vec<MappedSet>,
    pub extract_res: Vec<Regex>,
    pub platforms: Vec<String>,
}

impl Compiled {
    pub(crate) fn new(rs: &RuleSet) -> Result<Compiled, ClassifyError> {
        let file = "<merged rules>";
        let r = &rs.rules;
        // Patterns are compiled once, in their sets. Only when a set fails to
        // build is each pattern read so far compiled on its own, in rule
        // order, to name the first bad one (as a per-pattern check would).
        let mut read: Vec<(&str, &str)> = Vec::new();
        let named = |err: ClassifyError, read: &[(&str, &str)]| {
            read.iter()
                .find_map(|(p, id)| check(p, id, file).err())
                .unwrap_or(err)
        };
        let mut sp = Vec::new();
        let mut sm = Vec::new();
        for (i, s) in r.sender.iter().enumerate() {
            for p in &s.patterns {
                read.push((p, &s.id));
                sp.push(prepare(p));
                sm.push(i);
            }
        }
        let sender_set = MappedSet {
            set: build_set("sender", &sp).map_err(|e| named(e, &read))?,
            rule_of: sm,
        };
        let mut per_field: Vec<(Vec<String>, Vec<usize>)> = vec![(Vec::new(), Vec::new()); 3];
        let mut inj = (Vec::new(), Vec::new());
        for (i, p) in r.phrase.iter().enumerate() {
            for pat in &p.patterns {
                read.push((pat, &p.id));
                let prepared = prepare(pat);
                if p.kind == PhraseKind::Injection {
                    inj.0.push(prepared);
                    inj.1.push(i);
                    continue;
                }
                for f in &p.fields {
                    let slot = &mut per_field[f.index()];
                    slot.0.push(prepared.clone());
                    slot.1.push(i);
                }
            }
        }
        let default_injection: Vec<String> = RuleSet::parse(DEFAULT_RULES_TOML, DEFAULT_FILE)?
            .phrase
            .iter()
            .filter(|p| p.kind == PhraseKind::Injection)
            .flat_map(|p| p.patterns.iter().map(|x| prepare(x)))
            .collect();
        let body_injection_from =
            (!inj.0.is_empty() && inj.0.iter().all(|p| default_injection.contains(p))).then(|| {
                let slot = &mut per_field[Field::Body.index()];
                let from = slot.0.len();
                slot.0.extend(inj.0.iter().cloned());
                slot.1.extend(inj.1.iter().copied());
                from
            });
        let mut phrase_sets = Vec::with_capacity(3);
        for (f, (pats, map)) in Field::ALL.iter().zip(per_field) {
            phrase_sets.push(MappedSet {
                set: build_set(&format!("phrase/{f:?}"), &pats).map_err(|e| named(e, &read))?,
                rule_of: map,
            });
        }
        let injection_set = MappedSet {
            set: build_set("injection", &inj.0).map_err(|e| named(e, &read))?,
            rule_of: inj.1,
        };
        let mut ex_fields: Vec<(Vec<String>, Vec<usize>)> = vec![(Vec::new(), Vec::new()); 3];
        let mut extract_res = Vec::with_capacity(r.extract.len());
        for (i, e) in r.extract.iter().enumerate() {
            let p = prepare(&e.pattern);
            // the same settings as `check`, so the same error
            let re = RegexBuilder::new(&p)
                .case_insensitive(true)
                .size_limit(SIZE_LIMIT)
                .build()
                .map_err(|err| ClassifyError::BadPattern {
                    file: file.to_string(),
                    rule_id: e.id.clone(),
                    pattern: e.pattern.clone(),
                    message: err.to_string(),
                })?;
            let names: Vec<&str> = re.capture_names().flatten().collect();
            if !names
                .iter()
                .any(|n| matches!(*n, "company" | "role" | "location" | "date"))
            {
                return Err(ClassifyError::InvalidRule {
                    file: file.to_string(),
                    rule_id: e.id.clone(),
                    message: "extract pattern has no named group company, role, location or date"
                        .into(),
                });
            }
            extract_res.push(re);
            let slot = &mut ex_fields[e.field.index()];
            slot.0.push(p);
            slot.1.push(i);
        }
        let mut extract_sets = Vec::with_capacity(3);
        for (f, (pats, map)) in Field::ALL.iter().zip(ex_fields) {
            extract_sets.push(MappedSet {
                set: build_set(&format!("extract/{f:?}"), &pats)?,
                rule_of: map,
            });
        }
        Ok(Compiled {
            senders: r.sender.clone(),
            sender_set,
            phrases: r.phrase.clone(),
            phrase_sets,
            injection_set,
            body_injection_from,
            extracts: r.extract.clone(),
            extract_sets,
            extract_res,
            platforms: r.platforms.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_parse_and_compile() {
        let rs = RuleSet::defaults().unwrap();
        assert!(rs.rules().phrase.len() > 30);
        Compiled::new(&rs).unwrap();
    }

    #[test]
    fn word_boundaries_become_ascii() {
        assert_eq!(prepare(r"\bleider\b"), r"(?-u:\b)leider(?-u:\b)");
        assert_eq!(prepare(r"a\\b"), r"a\\b");
    }

    #[test]
    fn user_rules_replace_add_and_disable() {
        let rs = RuleSet::defaults().unwrap();
        let before = rs.fingerprint();
        let user = RuleSet::parse(
            r#"
            version = "u1"
            disable = ["near:podcast"]
            [[phrase]]
            id = "event:rejected:custom"
            kind = "rejected"
            fields = ["body"]
            patterns = ["thanks but no thanks"]
            weight = 5.0
            "#,
            "user.toml",
        )
        .unwrap();
        let merged = rs.extend(user);
        assert_ne!(merged.fingerprint(), before);
        assert!(
            merged
                .rules()
                .phrase
                .iter()
                .any(|p| p.id == "event:rejected:custom")
        );
        assert!(!merged.rules().phrase.iter().any(|p| p.id == "near:podcast"));
    }

    #[test]
    fn errors_name_the_file_and_rule() {
        let err = RuleSet::parse(
            r#"
            [[phrase]]
            id = "x:broken"
            kind = "rejected"
            fields = ["body"]
            patterns = ["(unclosed"]
            weight = 1.0
            "#,
            "mine.toml",
        )
        .and_then(|f| Compiled::new(&RuleSet::from_file(f)).map(|_| ()))
        .unwrap_err()
        .to_string();
        assert!(err.contains("x:broken"), "{err}");
        let err = RuleSet::parse("[[phrase]]\nid = \"\"", "mine.toml")
            .unwrap_err()
            .to_string();
        assert!(err.contains("mine.toml"), "{err}");
        let err = RuleSet::parse(
            "[[phrase]]\nid = \"a\"\nkind = \"rejected\"\nfields = [\"body\"]\npatterns = []\nweight = 1.0",
            "mine.toml",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("no patterns"), "{err}");
    }
}
