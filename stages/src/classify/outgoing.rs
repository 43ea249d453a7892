//! The person's own mail. Mail sent from one of the person's addresses
//! (`[user] emails`) is the strongest evidence there is: an application the
//! person sends ("Application for the X position", "Initiativbewerbung",
//! "Candidature spontanée", "sollicitatie", "candidatura", a letter of
//! interest), a follow-up on one, a thank-you note after an interview, or a
//! withdrawal. The rules for incoming mail read it in the wrong
//! voice, so this step decides it instead: the person's wording in English,
//! German, Dutch, French, Spanish, Italian and Portuguese, the role from the
//! subject's "Application for X" shapes, the employer from the recipient's
//! domain or the text. Outgoing mail to a free-mail address that says none
//! of this is not about a job (a note to a friend about the search); replies
//! inside an application's thread are carried by the thread pass
//! (`sql/intermediate/int_emails_in_context.sql`).

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use super::{Classification, EventType, Label};
use crate::names::company::clean_company;
use crate::names::domain::company_from_domain;
use crate::names::role::clean_role;

/// The person's own addresses, lower-case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    addresses: BTreeSet<String>,
}

impl Identity {
    pub fn new<I: IntoIterator<Item = S>, S: AsRef<str>>(addresses: I) -> Self {
        Self {
            addresses: addresses
                .into_iter()
                .map(|a| a.as_ref().trim().to_ascii_lowercase())
                .filter(|a| a.contains('@'))
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.addresses.is_empty()
    }

    /// Whether `address` is one of the person's.
    pub fn is_me(&self, address: Option<&str>) -> bool {
        address.is_some_and(|a| self.addresses.contains(&a.trim().to_ascii_lowercase()))
    }

    /// A stable text of the addresses, for the classifier's version.
    pub fn fingerprint(&self) -> String {
        self.addresses.iter().cloned().collect::<Vec<_>>().join(",")
    }
}

/// The person sends an application (subject or opening lines).
static APPLYING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        \b(?:job\s+)?application\s+(?:for|as)\b | \bapplying\s+(?:for|to)\b | \bspeculative\s+application\b
        | \bI\s+(?:am\s+writing\s+to|would\s+like\s+to|wish\s+to)\s+apply\b | \bplease\s+find\s+(?:attached|enclosed)\s+my\s+(?:cv|resume|résumé|application)\b
        | \bbewerbung\s+(?:als|um|für|auf)\b | \binitiativbewerbung\b | \bbewerbe\s+mich\b | \bbewerbungsunterlagen\b
        | \bsollicitatie\b | \bsolliciteer\b | \bsolliciteren\b
        | \bcandidature\s+(?:spontan[ée]e|au\s+poste|pour)\b | \bpostuler\b | \bma\s+candidature\b | \blettre\s+de\s+motivation\b
        | \bcandidatura\s+(?:espont[áa]nea|spontanea|para|al\s+puesto|per|alla\s+posizione|a\s+vaga|para\s+a\s+vaga)\b
        | \bpostularme\b | \bpostulaci[óo]n\b | \bmi\s+candidatura\b | \bsolicitud\s+de\s+empleo\b
        | \bcandidarmi\b | \bmi\s+candido\b | \bla\s+mia\s+candidatura\b | \bcandidatar-me\b | \bminha\s+candidatura\b
        | \bletter\s+of\s+interest\b | \bexpress(?:ing)?\s+my\s+interest\s+in\b
        ",
    )
    .ok()
});

/// The person thanks someone (in the languages above); with
/// [`INTERVIEW_WORD`] it is a thank-you note after an interview.
static THANKING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        \bthank\s+you\b | \bthanks\s+(?:again\s+)?for\b | \b(?:danke|vielen\s+dank|herzlichen\s+dank)\b | \bbedanken\b
        | \bbedankt\b | \bdank\s+(?:je|u)\s+wel\b | \bmerci\b | \bgracias\b | \bgrazie\b | \bobrigad[oa]\b
        ",
    )
    .ok()
});

/// An interview, in the words a thank-you note names it by: with
/// [`THANKING`], the note the person writes after one, an update of that
/// application. Only the words that mean a
/// job interview: a "Gespräch", "gesprek" or "entretien" alone is any
/// conversation (or, in French, a car's servicing).
static INTERVIEW_WORD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        \binterview(?:s|ed)?\b | \b(?:vorstellungs|bewerbungs|kennenlern)gespr[äa]ch\b | \b(?:erstes|zweites)\s+gespr[äa]ch\b
        | \b(?:sollicitatie|kennismakings)gesprek\b | \b(?:eerste|tweede)\s+gesprek\b
        | \b(?:notre|cet)\s+entretien\b | \bentretien\s+(?:d['’]embauche|de\s+recrutement|t[ée]l[ée]phonique)\b
        | \bentrevista\b | \bcolloquio\b
        ",
    )
    .ok()
});

/// The person withdraws an application.
static WITHDRAWING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        \bwithdraw(?:ing)?\s+(?:my\s+)?(?:application|candidacy)\b
        | \bbewerbung\s+zur[üu]ckziehen\b | \bziehe\s+(?:ich\s+)?meine\s+bewerbung\b | \bmeine\s+bewerbung\s+zur[üu]ck\b
        | \bsollicitatie\s+(?:in\s+)?trekken\b | \btrek\s+(?:ik\s+)?mijn\s+sollicitatie\b
        | \bretirer\s+ma\s+candidature\b | \bretire\s+ma\s+candidature\b
        | \bretirar\s+mi\s+candidatura\b | \bretiro\s+mi\s+candidatura\b
        | \britirare\s+la\s+mia\s+candidatura\b | \britiro\s+la\s+mia\s+candidatura\b
        ",
    )
    .ok()
});

/// The person asks about or follows up on an application.
static FOLLOWING_UP: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        \bmy\s+application\b | \bfollow(?:ing)?[\s-]up\b
        | \bmeine(?:r|n)?\s+bewerbung\b | \bstand\s+meiner\s+bewerbung\b
        | \bmijn\s+sollicitatie\b | \bsuivi\s+de\s+ma\s+candidature\b | \bma\s+candidature\b
        | \bmi\s+candidatura\b | \bla\s+mia\s+candidatura\b | \bminha\s+candidatura\b
        ",
    )
    .ok()
});

/// The role in the subject of an application the person sends.
static ROLE_IN_SUBJECT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        (?:application|applying)\s+(?:for|as)\s+(?:the\s+)?(?:position\s+of\s+|role\s+of\s+)?(?P<a>[^\n,;:()|]{3,80}?)(?:\s+(?:position|role|vacancy|opening|job))?(?:\s+(?:at|with|-|–|\|)\s+.*)?$
        | bewerbung\s+(?:als|um\s+die\s+stelle\s+als|auf\s+die\s+stelle\s+als|für\s+die\s+stelle\s+als)\s+(?P<b>[^\n,;:()|]{3,80}?)(?:\s+(?:bei|-|–|\|)\s+.*)?$
        | sollicitatie\s+(?:voor\s+)?(?:de\s+)?(?:functie\s+(?:van\s+|als\s+)?|vacature\s+)?(?P<c>[^\n,;:()|]{3,80}?)(?:\s+(?:bij|-|–|\|)\s+.*)?$
        | candidature\s+(?:au\s+poste\s+(?:de\s+|d['’])?|pour\s+le\s+poste\s+(?:de\s+|d['’])?)(?P<d>[^\n,;:()|]{3,80}?)(?:\s+(?:chez|-|–|\|)\s+.*)?$
        | candidatura\s+(?:para\s+(?:el\s+puesto\s+de\s+|la\s+vacante\s+de\s+)?|al\s+puesto\s+de\s+|per\s+(?:la\s+posizione\s+di\s+|il\s+ruolo\s+di\s+)?|alla\s+posizione\s+di\s+|para\s+a\s+vaga\s+de\s+)(?P<e>[^\n,;:()|]{3,80}?)(?:\s+(?:en|presso|na|-|–|\|)\s+.*)?$
        ",
    )
    .ok()
});

/// The employer named in the person's own words.
static EMPLOYER_IN_TEXT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \b(?:position|role|vacancy|opening|opportunity)\s+(?:at|with)\s+(?P<a>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})
        | \b(?:bei\s+der|bei|für\s+die)\s+(?P<b>[A-ZÄÖÜ][\w&.'-]*(?:\s+[A-ZÄÖÜ][\w&.'-]*){0,3})
        | \b(?:bij)\s+(?P<c>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})
        | \b(?:chez|au\s+sein\s+de)\s+(?P<d>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})
        | \b(?:en|presso)\s+(?P<e>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})
        ",
    )
    .ok()
});

fn is_match(re: &LazyLock<Option<Regex>>, text: &str) -> bool {
    re.as_ref().is_some_and(|r| r.is_match(text))
}

fn first_capture(re: &LazyLock<Option<Regex>>, text: &str) -> Option<String> {
    let caps = re.as_ref()?.captures(text)?;
    caps.iter()
        .skip(1)
        .flatten()
        .next()
        .map(|m| m.as_str().trim().to_string())
}

/// The opening of a body the person wrote: the text above the quoted
/// history ("On ... wrote:", "Am ... schrieb", lines starting with '>').
pub(super) fn own_text(body: &str) -> &str {
    let mut end = body.len().min(3000);
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let head = &body[..end];
    let mut cut = head.len();
    for marker in [
        "\n>",
        " wrote:",
        " schrieb",
        " schreef",
        " a écrit",
        " escribió",
        " ha scritto",
        " escreveu",
        "-----Original Message-----",
        "-----Ursprüngliche Nachricht-----",
    ] {
        if let Some(i) = head.find(marker) {
            cut = cut.min(i);
        }
    }
    &head[..cut]
}

/// The employer the person's own words name ("the position at X", "bei
/// der X", "chez X").
pub(super) fn own_employer(subject: &str, own: &str, platforms: &[String]) -> Option<String> {
    let text = format!("{subject}\n{own}");
    first_capture(&EMPLOYER_IN_TEXT, &text).and_then(|n| clean_company(&n, platforms))
}

/// Decides mail the person sent. `to` is its first recipient.
pub fn classify_outgoing(
    c: &mut Classification,
    subject: Option<&str>,
    body: &str,
    to: Option<&str>,
    platforms: &[String],
) {
    c.reasons.push("outgoing".into());
    let subject = subject.unwrap_or("");
    let reply = is_reply(subject);
    let own = own_text(body);
    let text = format!("{subject}\n{own}");
    let recipient_employer = to.and_then(|t| company_from_domain(t, platforms));
    let event = if is_match(&WITHDRAWING, &text) {
        Some(EventType::Withdrawn)
    } else if !reply && is_match(&APPLYING, &text) {
        Some(EventType::Applied)
    } else if recipient_employer.is_some()
        && (is_match(&FOLLOWING_UP, &text)
            || (is_match(&THANKING, &text) && is_match(&INTERVIEW_WORD, &text)))
    {
        Some(EventType::Update)
    } else {
        None
    };
    let Some(event) = event else {
        // Not an application of the person's; a note to a free-mail address is
        // personal mail whatever words it uses. Replies stay for the thread pass.
        if recipient_employer.is_none() && !reply && c.label != Label::NotJob {
            c.label = Label::NotJob;
            c.event_type = None;
            c.company_name = None;
            c.role_title = None;
            c.reasons.push("outgoing:personal".into());
        }
        return;
    };
    c.label = Label::Application;
    c.event_type = Some(event);
    c.field_confidence.label = c.field_confidence.label.max(0.9);
    c.field_confidence.event = 0.8;
    c.confidence = c.confidence.max(0.8);
    c.extractor = "rules";
    c.reasons.push(format!("outgoing:{}", event.as_str()));
    if let Some(role) =
        first_capture(&ROLE_IN_SUBJECT, strip_reply(subject)).and_then(|r| clean_role(&r).0)
    {
        c.role_title = Some(role);
        c.field_confidence.role = c.field_confidence.role.max(0.8);
    }
    let named = first_capture(&EMPLOYER_IN_TEXT, &text).and_then(|n| clean_company(&n, platforms));
    // The text's own spelling of the employer wins over the domain's.
    if let Some(name) = named.or(recipient_employer) {
        c.company_name = Some(name);
        c.field_confidence.company = c.field_confidence.company.max(0.8);
    }
    if c.source.is_none() {
        c.source = Some("company_site".into());
    }
}

/// "Re:", "AW:", "Antw:", "RE:", "R:", "RV:", "TR:" and the like.
fn is_reply(subject: &str) -> bool {
    strip_reply(subject).len() != subject.trim_start().len()
}

fn strip_reply(subject: &str) -> &str {
    let mut s = subject.trim_start();
    loop {
        let Some((head, rest)) = s.split_once(':') else {
            return s;
        };
        let h = head.trim().to_ascii_lowercase();
        if matches!(
            h.as_str(),
            "re" | "aw" | "antw" | "r" | "rv" | "tr" | "wg" | "fw" | "fwd" | "sv" | "res" | "ref"
        ) {
            s = rest.trim_start();
        } else {
            return s;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::{Classification, FieldConfidence};

    fn not_job() -> Classification {
        Classification {
            label: Label::NotJob,
            event_type: None,
            company_name: None,
            role_title: None,
            requisition_id: None,
            location: None,
            job_posting_url: None,
            posting_id: None,
            source: None,
            applied_at: None,
            confidence: 0.6,
            field_confidence: FieldConfidence::default(),
            extractor: "rules",
            reasons: vec![],
        }
    }

    /// What the rules decide for mail the person sent, the first pass
    /// having found nothing about a job in it.
    fn sent(subject: &str, body: &str, to: &str) -> Classification {
        let mut c = not_job();
        classify_outgoing(&mut c, Some(subject), body, Some(to), &[]);
        c
    }

    #[test]
    fn a_speculative_application_in_german_names_role_and_employer() {
        let c = sent(
            "Initiativbewerbung als Produktdesignerin",
            "Sehr geehrte Damen und Herren,\nich bewerbe mich initiativ bei der Nordlicht Mobility GmbH.\n",
            "jobs@nordlicht-mobility.de",
        );
        assert_eq!(c.label, Label::Application);
        assert_eq!(c.event_type, Some(EventType::Applied));
        assert!(
            c.company_name
                .as_deref()
                .is_some_and(|n| n.starts_with("Nordlicht")),
            "{:?}",
            c.company_name
        );
    }

    #[test]
    fn an_english_application_takes_the_role_from_the_subject() {
        let c = sent(
            "Application for the Senior Backend Engineer position",
            "Hello Dana,\nplease find attached my resume.\n",
            "dana@quillfeather.io",
        );
        assert_eq!(c.label, Label::Application);
        assert_eq!(c.role_title.as_deref(), Some("Senior Backend Engineer"));
        assert_eq!(c.company_name.as_deref(), Some("Quillfeather"));
    }

    #[test]
    fn a_thank_you_note_after_an_interview_is_an_update() {
        let c = sent(
            "Gracias por la entrevista de hoy",
            "Hola Pablo,\nmuchas gracias por tu tiempo esta mañana.\n",
            "pablo@kuadra.es",
        );
        assert_eq!(c.label, Label::Application);
        assert_eq!(c.event_type, Some(EventType::Update));
        // Thanks without an interview is not about a job; to a friend,
        // with one, it is personal mail.
        for (subject, to) in [
            ("Thank you for dinner", "host@bistro-lumen.com"),
            ("Thank you - interview tips", "sam.friend@gmail.com"),
            (
                "Merci pour l'entretien de ma voiture",
                "atelier@garage-bellecour.fr",
            ),
            ("Danke für das Gespräch", "beratung@sparkasse-essen.de"),
        ] {
            let c = sent(subject, "Thanks again!", to);
            assert_eq!(c.label, Label::NotJob, "{subject}");
        }
    }

    #[test]
    fn a_letter_of_interest_is_an_application() {
        let c = sent(
            "Letter of interest - data and reporting roles",
            "Good morning Ms. Pryor,\nI am writing to express my interest in analyst opportunities.\n",
            "cpryor@decaturmemorial.org",
        );
        assert_eq!(c.label, Label::Application);
        assert_eq!(c.event_type, Some(EventType::Applied));
    }

    #[test]
    fn a_note_to_a_friend_about_the_search_is_not_job() {
        let mut c = not_job();
        c.label = Label::Application;
        classify_outgoing(
            &mut c,
            Some("interview went ok I think"),
            "They said they'd let me know about my application next week.",
            Some("sam.friend@gmail.com"),
            &[],
        );
        assert_eq!(c.label, Label::NotJob);
    }

    #[test]
    fn a_withdrawal_in_french_is_withdrawn() {
        let c = sent(
            "RE: Votre candidature",
            "Bonjour,\nJe souhaite retirer ma candidature, ayant accepté une autre offre.\n\nLe 3 mars, RH a écrit :\n> Merci",
            "rh@boulangerie-dupont.fr",
        );
        assert_eq!(c.event_type, Some(EventType::Withdrawn));
    }

    #[test]
    fn the_person_is_recognised_by_any_of_their_addresses() {
        let me = Identity::new(["Alex@Example.org", "alex.old@mail.de", "not an address"]);
        assert!(me.is_me(Some("alex@example.org")));
        assert!(me.is_me(Some(" ALEX.OLD@mail.de")));
        assert!(!me.is_me(Some("someone@example.org")));
        assert_eq!(me.fingerprint(), "alex.old@mail.de,alex@example.org");
    }
}
