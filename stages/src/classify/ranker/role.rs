//! The role ranker: every span an email offers as the title of the job it
//! is about, and a small learned model that picks one, as the employer
//! ranker does for the employer. Candidates come from the extract rules'
//! role captures (with their weights), the segments of the subject, the
//! words after a phrase that introduces a title in any of six languages
//! ("for the X position", "als X", "op de functie X", "au poste de X",
//! "para el puesto de X", "per la posizione di X"), field labels ("Position:
//! X", "Stelle: X", "Poste : X") and short lines of the body that end in a
//! title's word (a job board's card: "Performance Marketing Specialist").
//! Each candidate is described by [`ROLE_FEATURES`] (where it was found,
//! whether it ends in a title's word in any of the languages, where and how
//! often it appears, its shape, whether it holds the employer's name or a
//! person's) and scored by the same logistic model as the employer's; the
//! best candidate above the threshold is the role, and "no role named" is a
//! choice beside them (then the application's role shows).
//!
//! The model is data (`model/role_ranker.json`, embedded), trained by
//! [`super::train_with`] on the labeled corpora (`learn::role_ranker` has
//! the recipe; `cargo run --example train_ranker -- --role` rebuilds it bit
//! for bit).

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::spans::{prefix, split_parts};
use super::{ClassifyError, Ranker, SpanContext};
use crate::names::person::looks_like_person;
use crate::names::role::{clean_role, normalize_role};

/// Where a role candidate came from; one found several ways has each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleOrigin {
    /// An extract rule's `role` capture.
    Rule,
    /// A segment of the subject.
    SubjectPart,
    /// The words after a phrase that introduces a title.
    Phrase,
    /// A field label's value ("Position: X").
    FieldLabel,
    /// A short line of the body that ends in a title's word.
    TitleLine,
}

impl RoleOrigin {
    const ALL: [RoleOrigin; 5] = [
        RoleOrigin::Rule,
        RoleOrigin::SubjectPart,
        RoleOrigin::Phrase,
        RoleOrigin::FieldLabel,
        RoleOrigin::TitleLine,
    ];

    fn name(self) -> &'static str {
        match self {
            RoleOrigin::Rule => "from:rule",
            RoleOrigin::SubjectPart => "from:subject_part",
            RoleOrigin::Phrase => "from:phrase",
            RoleOrigin::FieldLabel => "from:field_label",
            RoleOrigin::TitleLine => "from:title_line",
        }
    }

    fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// One role candidate: the title (cleaned), where it was found, the
/// highest rule weight behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleSpan {
    pub value: String,
    pub rule: String,
    origins: u32,
    rule_weight: f32,
}

/// The role candidates of one email, one per title, in the order found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RolePool {
    spans: Vec<RoleSpan>,
    index: HashMap<String, usize>,
}

impl RolePool {
    /// Adds a title as written: cleaned ([`clean_role`]); a title already
    /// present gains the origin and keeps the higher weight.
    pub fn add(&mut self, raw: &str, origin: RoleOrigin, weight: f32, rule: &str) {
        let Some(value) = clean_role(raw).0 else {
            return;
        };
        let words = value.split_whitespace().count();
        if words == 0 || words > 10 || value.chars().count() > 90 {
            return;
        }
        let key = normalize_role(&value);
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
                self.spans.push(RoleSpan {
                    value,
                    rule: rule.to_string(),
                    origins: origin.bit(),
                    rule_weight: weight,
                });
            }
        }
    }

    pub fn spans(&self) -> &[RoleSpan] {
        &self.spans
    }
}

/// The last words of titles in six languages, matched as a word's ending
/// so that German and Dutch compounds count ("Entwicklungsingenieur",
/// "Campagnemarketeer").
const TITLE_ENDINGS: &[&str] = &[
    // English
    "engineer",
    "developer",
    "manager",
    "analyst",
    "designer",
    "researcher",
    "scientist",
    "specialist",
    "administrator",
    "architect",
    "programmer",
    "accountant",
    "supervisor",
    "coordinator",
    "director",
    "lead",
    "head",
    "intern",
    "internship",
    "trainee",
    "consultant",
    "advisor",
    "adviser",
    "officer",
    "associate",
    "assistant",
    "representative",
    "technician",
    "controller",
    "planner",
    "buyer",
    "recruiter",
    "writer",
    "editor",
    "nurse",
    "teacher",
    "operator",
    "clerk",
    "marketer",
    "strategist",
    "owner",
    "master",
    "executive",
    "agent",
    // German
    "ingenieur",
    "konstrukteur",
    "entwickler",
    "berater",
    "leiter",
    "referent",
    "sachbearbeiter",
    "techniker",
    "kaufmann",
    "kauffrau",
    "planer",
    "praktikant",
    "werkstudent",
    "assistenz",
    "fachkraft",
    "mitarbeiter",
    "disponent",
    // Dutch
    "marketeer",
    "medewerker",
    "adviseur",
    "beheerder",
    "ontwikkelaar",
    "stagiair",
    "coördinator",
    "teamleider",
    // French
    "comptable",
    "assistante",
    "ingénieur",
    "développeur",
    "développeuse",
    "technicien",
    "technicienne",
    "conseiller",
    "conseillère",
    "gestionnaire",
    "coordinateur",
    "coordinatrice",
    "directeur",
    "directrice",
    "chargé",
    "chargée",
    "responsable",
    "stagiaire",
    "chef",
    "contrôleur",
    "acheteur",
    // Spanish
    "desarrollador",
    "desarrolladora",
    "programador",
    "programadora",
    "analista",
    "diseñador",
    "diseñadora",
    "contable",
    "técnico",
    "técnica",
    "consultor",
    "consultora",
    "ingeniero",
    "ingeniera",
    "gestor",
    "gestora",
    "coordinador",
    "coordinadora",
    "jefe",
    "directora",
    "becario",
    "auxiliar",
    // Italian
    "sviluppatore",
    "sviluppatrice",
    "progettista",
    "responsabile",
    "addetto",
    "addetta",
    "impiegato",
    "impiegata",
    "tecnico",
    "consulente",
    "ingegnere",
    "commerciale",
    "stagista",
];

/// Whether a word (any case) ends like a title's word; a word written
/// for two genders counts by either ("Desarrollador/a", "Kaufmann/-frau").
fn title_word(w: &str) -> bool {
    w.split('/').any(|part| {
        let p = part
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        p.chars().count() >= 3 && TITLE_ENDINGS.iter().any(|t| p.ends_with(t))
    })
}

/// Whether the clause word at `i` of `words` is part of a title: "in" of
/// "Engineer in Test" or "Engineer in Training".
fn title_in(words: &[&str], i: usize) -> bool {
    words[i].eq_ignore_ascii_case("in")
        && words.get(i + 1).is_some_and(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.eq_ignore_ascii_case("test") || w.eq_ignore_ascii_case("training")
        })
}

/// Whether a word after the first starts a clause or a place.
fn has_clause_word(words: &[&str]) -> bool {
    (1..words.len())
        .any(|i| CLAUSE_WORDS.contains(&words[i].to_lowercase().as_str()) && !title_in(words, i))
}

/// Words inside a span that start a clause or a place after a title.
const CLAUSE_WORDS: &[&str] = &[
    "in", "at", "bei", "bij", "chez", "presso", "à", "a", "en", "for", "für", "voor", "pour",
    "para", "per", "with", "mit", "met", "avec", "con", "we", "wir", "wij", "nous", "i", "ich",
    "ik", "je", "yo", "io", "our", "unser", "unsere", "onze", "notre", "nuestro", "nostro", "has",
    "have", "hat", "heeft", "a été", "ha", "is", "ist", "est", "es", "è", "was", "beworben",
    "retenu", "the", "der", "die", "das", "het", "le", "el", "il", "lo",
];

/// Words that describe a mail or a step, never a title.
const STEP_WORDS: &[&str] = &[
    "application",
    "bewerbung",
    "sollicitatie",
    "candidature",
    "candidatura",
    "solicitud",
    "interview",
    "gespräch",
    "gesprek",
    "entretien",
    "entrevista",
    "colloquio",
    "assessment",
    "test",
    "invitation",
    "einladung",
    "uitnodiging",
    "convocation",
    "invitación",
    "invito",
    "status",
    "update",
    "feedback",
    "offer",
    "angebot",
    "aanbod",
    "offre",
    "oferta",
    "offerta",
    "contract",
    "vertrag",
    "contrat",
    "contrato",
    "contratto",
    "thank",
    "danke",
    "bedankt",
    "merci",
    "gracias",
    "grazie",
    "confirmation",
    "bestätigung",
    "bevestiging",
    "confirmación",
    "conferma",
];

/// A phrase that introduces a title; the title is the text after it, cut
/// at the end of the clause by [`cut_title`].
static PHRASE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        // an ASCII word boundary: every phrase starts with an ASCII letter,
        // and the Unicode one keeps the regex off its fast engine
        r"(?i)(?-u:\b)(?:",
        // English
        r"for the (?:position|role|post|job) of|for the|for our|for a|for an|",
        r"position of|role of|post of|position:|as an?|as our|the (?:position|role|post)|",
        // German
        r"(?:stelle|position|tätigkeit) als|stelle|als|",
        // Dutch
        r"(?:op|voor) de (?:functie|vacature|positie)(?: van)?|functie van|functie|vacature|",
        // French
        r"(?:pour|au|du) (?:poste|post) (?:de|d'|d’)|(?:pour|au|du) poste|poste (?:de|d'|d’)|poste|offre|",
        // Spanish
        r"(?:para|en) (?:el|la) (?:puesto|posición|vacante|oferta) (?:de)?|puesto de|(?:la )?vacante (?:de)?|en la oferta|oferta|",
        // Italian
        r"per (?:la|il) (?:posizione|ruolo|profilo) (?:di)?|posizione di|(?:il )?ruolo di|posizione|profilo di|come",
        r")\s+[«“„\x22'‘]?\s*",
    ))
    .ok()
});

/// A field label and its value on one line ("Position: Data Analyst").
static FIELD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?im)^[ \t*•\-]*(?:position|role|job title|job|title|vacancy|",
        r"stelle|stellenbezeichnung|stellentitel|jobtitel|",
        r"functie|functietitel|vacature|",
        r"poste|intitulé du poste|intitulé|offre|",
        r"puesto|cargo|vacante|oferta|",
        r"posizione|ruolo|profilo|offerta)\s*[:：]\s*(.{2,100})$"
    ))
    .ok()
});

/// Where a title ends inside the text after a phrase: at punctuation that
/// ends a clause, a closing quote, or a word that starts a clause or a
/// place; at most eight words.
fn cut_title(s: &str) -> String {
    let mut end = s.len();
    for stop in [
        ". ", ".\n", ", ", ",\n", ";", "!", "?", "\n", "»", "”", "\"", " - ", " – ", " — ", " | ",
        "<", "http",
    ] {
        if let Some(i) = s.find(stop) {
            end = end.min(i);
        }
    }
    let all: Vec<&str> = s[..end].split_whitespace().collect();
    let mut words = Vec::new();
    for (i, w) in all.iter().enumerate() {
        let lower = w.to_lowercase();
        if i > 0 && CLAUSE_WORDS.contains(&lower.as_str()) && !title_in(&all, i) {
            break;
        }
        words.push(*w);
        if words.len() == 8 {
            break;
        }
    }
    words
        .join(" ")
        .trim_end_matches(['.', ',', ':', ')', '\''])
        .to_string()
}

/// The reply and forward prefixes of a subject.
fn strip_reply(subject: &str) -> &str {
    let mut s = subject.trim();
    loop {
        let lower = s.to_lowercase();
        let Some(p) = [
            "re:", "aw:", "fw:", "fwd:", "wg:", "tr:", "rv:", "r:", "antw:", "sv:", "rif:",
        ]
        .iter()
        .find(|p| lower.starts_with(*p)) else {
            return s;
        };
        s = s[p.len()..].trim_start();
    }
}

/// Adds the role spans of an email to `pool`: subject segments, the words
/// after a title's phrase in the subject and the body, field labels, and
/// short body lines that end in a title's word.
pub fn role_spans(pool: &mut RolePool, ctx: &SpanContext<'_>) {
    let subject = strip_reply(ctx.subject);
    for part in split_parts(subject) {
        pool.add(part, RoleOrigin::SubjectPart, 0.0, "role:subject_part");
    }
    let body = prefix(ctx.body, 3000);
    if let Some(re) = PHRASE.as_ref() {
        for text in [subject, body] {
            // the title is the text after the phrase (no capture groups:
            // the regex stays on its fast engine)
            for m in re.find_iter(text).take(40) {
                let after = prefix(&text[m.end()..], 101);
                // a title starts with a capital or holds a title's word:
                // "et postuler", "été pourvu" are none
                let t = cut_title(after);
                if t.starts_with(char::is_uppercase) || t.split_whitespace().any(title_word) {
                    pool.add(&t, RoleOrigin::Phrase, 0.0, "role:phrase");
                }
            }
        }
    }
    if let Some(re) = FIELD.as_ref() {
        for c in re.captures_iter(body).take(20) {
            if let Some(m) = c.get(1) {
                pool.add(
                    &cut_title(m.as_str()),
                    RoleOrigin::FieldLabel,
                    0.0,
                    "role:field",
                );
            }
        }
    }
    for line in prefix(ctx.body, 1500).lines().take(40) {
        let t = line.trim();
        let words: Vec<&str> = t.split_whitespace().collect();
        if (1..=7).contains(&words.len())
            && words.iter().rev().take(2).any(|w| title_word(w))
            && !t.ends_with(['.', ',', ':', '!', '?'])
        {
            pool.add(t, RoleOrigin::TitleLine, 0.0, "role:title_line");
        }
    }
}

/// The names of the role features, in vector order.
pub static ROLE_FEATURES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut v: Vec<String> = vec!["bias".into()];
    v.extend(RoleOrigin::ALL.iter().map(|o| o.name().to_string()));
    v.extend(
        [
            "rule_weight",
            "origins",
            "known_system",
            "outgoing",
            "in_subject",
            "is_subject",
            "body_count",
            "early_in_body",
            "absent_from_body",
            "words_1",
            "words_2",
            "words_3",
            "words_4plus",
            "title_word_last",
            "title_word_any",
            "title_word_none",
            "starts_lowercase",
            "clause_word",
            "step_word",
            "holds_employer",
            "is_employer",
            "looks_like_person",
            "in_from_name",
            "has_digit",
            "long",
            "all_caps",
            "has_comma",
            "extends_another",
            "extended_by_another",
            "none",
            "none_outgoing",
            "none_known_system",
            "none_no_title_word",
        ]
        .map(String::from),
    );
    v
});

/// The texts the features compare candidates with, lowercased once per
/// email.
struct Lowered {
    body: String,
    subject: String,
    from_name: String,
    employer: Option<String>,
}

impl Lowered {
    fn new(ctx: &SpanContext<'_>, employer: Option<&str>) -> Lowered {
        Lowered {
            body: prefix(ctx.body, 4000).to_lowercase(),
            subject: strip_reply(ctx.subject).to_lowercase(),
            from_name: ctx.from_name.to_lowercase(),
            employer: employer.map(str::to_lowercase).filter(|e| !e.is_empty()),
        }
    }
}

/// The features of role candidate `s` among `pool`, with the email's
/// employer (as picked) when there is one, in [`ROLE_FEATURES`] order.
fn role_features(s: &RoleSpan, pool: &RolePool, ctx: &SpanContext<'_>, low: &Lowered) -> Vec<f32> {
    let b = |x: bool| if x { 1.0 } else { 0.0 };
    let has = |o: RoleOrigin| s.origins & o.bit() != 0;
    let mut v = Vec::with_capacity(ROLE_FEATURES.len());
    v.push(1.0);
    v.extend(RoleOrigin::ALL.iter().map(|&o| b(has(o))));
    let value = s.value.as_str();
    let lower = value.to_lowercase();
    let words: Vec<&str> = value.split_whitespace().collect();
    let n = words.len();
    let hits = low.body.matches(lower.as_str()).count();
    let first_at = low.body.find(lower.as_str());
    let subject = &low.subject;
    let employer = low.employer.as_deref();
    let last_is_title = words
        .iter()
        .rev()
        .find(|w| !w.starts_with('('))
        .is_some_and(|w| title_word(w));
    let any_title = words.iter().any(|w| title_word(w));
    v.extend([
        s.rule_weight,
        (s.origins.count_ones() as f32 / 3.0).min(1.0),
        b(ctx.known_system),
        b(ctx.outgoing),
        b(subject.contains(lower.as_str())),
        b(normalize_role(subject) == normalize_role(value)),
        ((1 + hits) as f32).ln() / 2.0,
        b(first_at.is_some_and(|i| i < 600)),
        b(first_at.is_none()),
        b(n == 1),
        b(n == 2),
        b(n == 3),
        b(n >= 4),
        b(last_is_title),
        b(any_title),
        b(!any_title),
        b(value.chars().next().is_some_and(char::is_lowercase)),
        b(has_clause_word(&words)),
        b(words.iter().any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            STEP_WORDS.iter().any(|s| w.starts_with(s))
        })),
        b(employer.is_some_and(|e| lower.contains(e) && lower != e)),
        b(employer.is_some_and(|e| lower == e)),
        b(looks_like_person(value)),
        b(low.from_name.contains(lower.as_str())),
        b(value.chars().any(|c| c.is_ascii_digit())),
        b(value.chars().count() > 45),
        b(value.chars().count() > 3 && value.chars().all(|c| !c.is_lowercase())),
        b(value.contains(',')),
        b(pool
            .spans()
            .iter()
            .any(|o| o.value.len() < value.len() && lower.starts_with(&o.value.to_lowercase()))),
        b(pool
            .spans()
            .iter()
            .any(|o| o.value.len() > value.len() && o.value.to_lowercase().starts_with(&lower))),
        0.0,
        0.0,
        0.0,
        0.0,
    ]);
    v
}

/// The features of "no role named", beside the candidates.
pub fn role_none_features(pool: &RolePool, ctx: &SpanContext<'_>) -> Vec<f32> {
    let b = |x: bool| if x { 1.0 } else { 0.0 };
    let n = ROLE_FEATURES.len();
    let mut v = vec![0.0; n];
    let no_title = !pool
        .spans()
        .iter()
        .any(|s| s.value.split_whitespace().any(title_word));
    let tail = [1.0, b(ctx.outgoing), b(ctx.known_system), b(no_title)];
    v[n - tail.len()..].copy_from_slice(&tail);
    v
}

/// The shipped role model.
const SHIPPED: &str = include_str!("../model/role_ranker.json");

impl Ranker {
    /// The role ranker shipped inside the binary.
    pub fn shipped_role() -> Result<Ranker, ClassifyError> {
        Ranker::parse_for(SHIPPED, "model/role_ranker.json", &ROLE_FEATURES)
    }

    /// The best role candidate of `pool` and its score, when it reaches the
    /// threshold and outscores "no role" (a sure rule's capture wins).
    pub fn pick_role<'p>(
        &self,
        pool: &'p RolePool,
        ctx: &SpanContext<'_>,
        employer: Option<&str>,
    ) -> Option<(&'p RoleSpan, f32)> {
        let low = Lowered::new(ctx, employer);
        let scored: Vec<(f32, f32)> = pool
            .spans()
            .iter()
            .map(|s| {
                (
                    self.score(&role_features(s, pool, ctx, &low)),
                    s.rule_weight,
                )
            })
            .collect();
        let i = self.choose(&scored, self.score(&role_none_features(pool, ctx)))?;
        Some((&pool.spans()[i], scored[i].0))
    }
}

/// Every role candidate with its features, then "no role" with an empty
/// name (for training).
pub fn role_choices(
    pool: &RolePool,
    ctx: &SpanContext<'_>,
    employer: Option<&str>,
) -> Vec<(String, Vec<f32>)> {
    let low = Lowered::new(ctx, employer);
    pool.spans()
        .iter()
        .map(|s| (s.value.clone(), role_features(s, pool, ctx, &low)))
        .chain(std::iter::once((
            String::new(),
            role_none_features(pool, ctx),
        )))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx<'a>(subject: &'a str, body: &'a str) -> SpanContext<'a> {
        super::super::tests::ctx(subject, "", "jobs@example.org", body)
    }

    fn values(pool: &RolePool) -> Vec<&str> {
        pool.spans().iter().map(|s| s.value.as_str()).collect()
    }

    #[test]
    fn titles_after_phrases_in_six_languages_are_candidates() {
        for (body, want) in [
            (
                "je sollicitatie op de functie Medior Campagnemarketeer (R-10482). We",
                "Medior Campagnemarketeer",
            ),
            (
                "Tu candidatura para el puesto de Desarrollador/a Frontend Angular ha sido vista",
                "Desarrollador/a Frontend Angular",
            ),
            (
                "votre candidature au poste de Comptable fournisseurs H/F chez Actiplus.",
                "Comptable fournisseurs",
            ),
            (
                "vielen Dank für Ihre Bewerbung als Konstrukteur Kälteanlagen (m/w/d) bei uns.",
                "Konstrukteur Kälteanlagen",
            ),
            (
                "la ringraziamo per la candidatura per la posizione di UX Researcher, Torino",
                "UX Researcher",
            ),
            (
                "Thanks for applying for the Senior UX Researcher role at Kestrel.",
                "Senior UX Researcher",
            ),
        ] {
            let mut pool = RolePool::default();
            role_spans(&mut pool, &ctx("Hello", body));
            assert!(values(&pool).contains(&want), "{want}: {:?}", values(&pool));
        }
    }

    #[test]
    fn subject_parts_field_labels_and_title_lines_are_candidates() {
        let mut pool = RolePool::default();
        role_spans(
            &mut pool,
            &ctx(
                "Re: Uitnodiging – Brand Marketeer | Fietsbaas",
                "Your application was sent to Tripfolk\n\nPerformance Marketing Specialist\nTripfolk · Amsterdam\n\nPosition: Growth Analyst\n",
            ),
        );
        let v = values(&pool);
        for want in [
            "Brand Marketeer",
            "Performance Marketing Specialist",
            "Growth Analyst",
        ] {
            assert!(v.contains(&want), "{want}: {v:?}");
        }
    }

    #[test]
    fn title_words_match_compounds_and_not_short_words() {
        assert!(title_word("Entwicklungsingenieur"));
        assert!(title_word("Campagnemarketeer,"));
        assert!(!title_word("the"));
        assert!(!title_word("Hello"));
        assert!(title_word("Desarrollador/a"));
        assert_eq!(
            cut_title("Software Development Engineer in Test at Acme"),
            "Software Development Engineer in Test"
        );
        assert_eq!(
            cut_title("Konstrukteur Sondermaschinenbau in unserer Abteilung"),
            "Konstrukteur Sondermaschinenbau"
        );
    }

    #[test]
    fn the_shipped_role_model_has_the_codes_features() {
        let r = Ranker::shipped_role().unwrap();
        assert_eq!(r.features, *ROLE_FEATURES);
    }
}
