//! Company names: normalizing them so that "Acme, Inc." ≈ "ACME Inc" ≈
//! "Acme", cleaning the candidates found in display names, subjects and
//! bodies ("Acme Recruiting", "Docusign @ icims", "Acme via Indeed"), and
//! refusing what is never the employer: recruiting platforms, job boards and
//! tools (Greenhouse, Lever, LinkedIn, ...), staffing and recruitment
//! agencies, generic words, subject words and job titles.

use std::sync::LazyLock;

use regex::Regex;

use super::role::TITLE_NOUNS;
use super::{strip_prefix_ci, strip_suffix_ci};

/// Names of recruiting platforms, job boards and tools that are never the
/// employer (compared after [`normalize_company`]). The rule files can add
/// more through `platforms = [...]`.
pub const PLATFORMS: &[&str] = &[
    "greenhouse",
    "lever",
    "workday",
    "myworkday",
    "ashby",
    "ashbyhq",
    "icims",
    "smartrecruiters",
    "taleo",
    "oracle taleo",
    "jobvite",
    "workable",
    "bamboohr",
    "breezy",
    "breezy hr",
    "recruitee",
    "teamtailor",
    "linkedin",
    "linkedin jobs",
    "linkedin job alerts",
    "indeed",
    "indeed apply",
    "glassdoor",
    "ziprecruiter",
    "wellfound",
    "angellist",
    "angellist talent",
    "dice",
    "monster",
    "stepstone",
    "infojobs",
    "otta",
    "hired",
    "welcome to the jungle",
    "xing",
    "calendly",
    "goodtime",
    "modernloop",
    "savvycal",
    "google calendar",
    "hackerrank",
    "codesignal",
    "codility",
    "hirevue",
    "coderpad",
    "karat",
    "testgorilla",
    "shl",
    "neogov",
    "governmentjobs",
    "gem",
    "successfactors",
    "sap successfactors",
    "jazzhr",
    "pinpoint",
    "personio",
    "rippling",
    "gmail",
    "outlook",
    // e-signature, assessment, video-interview and meeting tools (not
    // DocuSign or Zoom: both hire too, through iCIMS and Workday)
    "adobe sign",
    "adobe acrobat sign",
    "acrobat sign",
    "adobesign",
    "signhost",
    "hellosign",
    "dropbox sign",
    "pandadoc",
    "yousign",
    "assessfirst",
    "easyrecrue",
    "willo",
    "pymetrics",
    "microsoft bookings",
    "microsoft teams",
    "google meet",
    // job boards and ATSs of the other languages
    "hellowork",
    "cadremploi",
    "apec",
    "tecnoempleo",
    "jobteaser",
    "homerun",
    "softgarden",
    "talentsoft",
    "flatchr",
    "werkzoeken",
    "welcometothejungle",
];

/// Legal-form words that end a company name ("Inc", "GmbH").
pub const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "incorporated",
    "llc",
    "ltd",
    "limited",
    "corp",
    "corporation",
    "co",
    "company",
    "gmbh",
    "ag",
    "kg",
    "se",
    "sa",
    "sas",
    "sarl",
    "sl",
    "srl",
    "spa",
    "bv",
    "nv",
    "ab",
    "as",
    "oy",
    "plc",
    "pty",
    "pte",
    "lp",
    "llp",
    "group",
    "holdings",
];

/// Words that end a display name but are not part of the company name.
const DISPLAY_SUFFIXES: &[&str] = &[
    "recruiting team",
    "recruitment team",
    "recruiting",
    "recruitment",
    "recruiter",
    "careers team",
    "careers",
    "career",
    "hiring team",
    "hiring",
    "talent acquisition team",
    "talent acquisition",
    "talent team",
    "talent",
    "people team",
    "people",
    "hr team",
    "human resources",
    "hr",
    "jobs",
    "job",
    "team",
    "karriere",
    "personalabteilung",
    "recursos humanos",
    "carrières",
    "carrieres",
    "notifications",
    "no-reply",
    "noreply",
];

const DISPLAY_PREFIXES: &[&str] = &[
    "talento ",
    "careers at ",
    "jobs at ",
    "life at ",
    "recruiting at ",
    "team ",
    "the ",
];

/// Names that stand where a company would but name none.
const GENERIC: &[&str] = &[
    "us",
    "our team",
    "the team",
    "our company",
    "the company",
    "your",
    "you",
    "we",
    "alex",
    "hi",
    "hello",
    "dear",
    "candidate",
    "applicant",
    "the employer",
    "employer",
    "this position",
    "the position",
    "the role",
    "this role",
    "hr department",
    "department",
    "no reply",
    "do not reply",
    "noreply",
    "donotreply",
    "support",
    "info",
    "admin",
    "notification",
    "notifications",
    "mailer-daemon",
    "re",
    "fwd",
    "fw",
    "aw",
    "wg",
    "tr",
];

/// Subject words and job titles are not company names.
const NOT_IN_NAMES: &[&str] = &[
    "application",
    "applications",
    "applying",
    "bewerbung",
    "candidatura",
    "candidature",
    "solicitud",
    "postulación",
    "interview",
    "invitation",
    "thank",
    "thanks",
    "update",
    "submitted",
    "received",
    "your",
    "reminder",
    "confirmed",
    "offer",
    "status",
    "entrevista",
    "einladung",
    "posting",
    // calendar and reminder words of invitations' subjects
    "event",
    "canceled",
    "cancelled",
    "updated",
    "confirmado",
    "confirmada",
    "confirmé",
    "confirmée",
    "bestätigt",
    "bevestigd",
    "confermato",
    "confermata",
    "invitación",
    "uitnodiging",
    "invito",
    "erinnerung",
    "herinnering",
    "recordatorio",
    "promemoria",
    "rappel",
];

/// Characters trimmed from both ends of a company candidate.
const TRIM: &[char] = &[
    ' ', '"', '\'', '“', '”', '„', '‘', '’', '!', '?', '.', ',', ':', ';', '-', '–', '—', '|', '(',
    ')', '*', '¡', '¿', '✈', '\u{fe0f}',
];

/// Words of staffing and recruitment agencies' names: an agency is not the
/// employer.
const AGENCY_WORDS: &[&str] = &[
    "staffing",
    "recruitment",
    "recruiting",
    "personnel",
    "personalberatung",
    "personalvermittlung",
    "personalwerk",
    "headhunt",
    "search partners",
    "searchpartners",
    "talentbridge",
    "techtalent",
    "tech-talent",
    "talent partners",
    "consulting",
    "executive search",
    "it-staffing",
    "techpeople",
    "nexotalent",
    "search group",
    "hire partners",
    "talent solutions",
    "recruiters",
    // the same kind of firm in other languages
    "werving",
    "uitzend",
    "detachering",
    "zeitarbeit",
    "arbeitsvermittlung",
    "personaldienstleist",
    "personal gmbh",
    "intérim",
    "interim",
    "travail temporaire",
    "recrutement",
    "reclutamiento",
    "selección de personal",
    "seleccion de personal",
    "selezione del personale",
    "ricerca e selezione",
];

/// Lower-case, punctuation folded to spaces, legal suffixes removed:
/// the form two company names are compared in.
pub fn normalize_company(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    for c in name.chars() {
        if c == '&' {
            folded.push_str(" and ");
        } else if c.is_alphanumeric() {
            folded.extend(c.to_lowercase());
        } else if c == '\'' || c == '’' {
            // "Macy's" → "macys"
        } else {
            folded.push(' ');
        }
    }
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    while words.len() > 1 {
        match words.last() {
            Some(last) if LEGAL_SUFFIXES.contains(last) => {
                words.pop();
            }
            _ => break,
        }
    }
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    words.join(" ")
}

/// Whether two company names denote the same company after normalization;
/// a name also matches its first words when those are at least 4 letters
/// ("Acme" ≈ "Acme Robotics").
pub fn same_company(a: &str, b: &str) -> bool {
    let (na, nb) = (normalize_company(a), normalize_company(b));
    if na.is_empty() || nb.is_empty() {
        return false;
    }
    if na == nb || na.replace(' ', "") == nb.replace(' ', "") {
        return true;
    }
    let (short, long) = if na.len() <= nb.len() {
        (&na, &nb)
    } else {
        (&nb, &na)
    };
    short.len() >= 4 && long.starts_with(short.as_str()) && long[short.len()..].starts_with(' ')
}

/// Whether a name is a recruiting platform, job board or tool.
pub fn is_platform(name: &str, extra: &[String]) -> bool {
    let n = normalize_company(name);
    if n.is_empty() {
        return false;
    }
    PLATFORMS.contains(&n.as_str()) || extra.iter().any(|p| normalize_company(p) == n)
}

static VIA_OR_AT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)\s+(?:@|via|through|at)\s+(?:icims|indeed|linkedin|wellfound|hackerrank|codesignal|codility|hirevue|docusign|greenhouse|lever|workable|smartrecruiters)\b.*$").ok()
});
static PAREN_NAME: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"^[^()]*\(([^()]{2,80})\)\s*$").ok());

/// Cleans a company candidate from a subject, display name or body:
/// trims quotes and punctuation, removes "Recruiting"/"Careers"-style
/// suffixes and "@ icims"/"via Indeed" tails, and refuses empty, overlong,
/// generic and platform names.
pub fn clean_company(raw: &str, extra_platforms: &[String]) -> Option<String> {
    let s = strip_display_words(raw);
    let s = name_before_verb(s.trim_matches(TRIM).trim());
    let words = s.split_whitespace().count();
    if s.is_empty() || s.chars().count() > 60 || words > 7 || !s.chars().any(char::is_alphabetic) {
        return None;
    }
    if is_refused(s, extra_platforms) {
        return None;
    }
    Some(s.to_string())
}

/// The candidate without control characters, "@ icims"/"via Indeed" tails,
/// a person's name around "(Company)", and "Recruiting"/"Careers at"-style
/// words at either end (up to four rounds, as "Team Acme Careers" needs).
fn strip_display_words(raw: &str) -> String {
    let mut s: String = raw
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .to_string();
    if let Some(re) = VIA_OR_AT.as_ref() {
        s = re.replace(&s, "").into_owned();
    }
    // "Priya Raman (Acme Robotics)" → "Acme Robotics"
    if let Some(re) = PAREN_NAME.as_ref()
        && let Some(c) = re.captures(&s)
        && let Some(m) = c.get(1)
    {
        s = m.as_str().to_string();
    }
    for _ in 0..4 {
        let before = s.len();
        s = s.trim_matches(TRIM).to_string();
        for suffix in DISPLAY_SUFFIXES {
            if let Some(head) = strip_suffix_ci(&s, suffix)
                && head.ends_with([' ', '-', '|', ','])
            {
                s = head.trim_end().to_string();
                break;
            }
        }
        for prefix in DISPLAY_PREFIXES {
            if let Some(tail) = strip_prefix_ci(&s, prefix)
                && !tail.trim().is_empty()
            {
                s = tail.trim_start().to_string();
                break;
            }
        }
        // "Acme Robotics - Careers" / "Boréal Énergie - Carrières"
        if let Some((head, tail)) = s.rsplit_once(" - ")
            && DISPLAY_SUFFIXES.contains(&tail.trim().to_lowercase().as_str())
        {
            s = head.to_string();
        }
        if s.len() == before {
            break;
        }
    }
    s
}

/// "Quokka Labs has been withdrawn": a subject pattern that ran on into the
/// sentence; the name ends where the verb starts.
fn name_before_verb(mut s: &str) -> &str {
    for verb in [
        " has been ",
        " have been ",
        " has ",
        " was ",
        " is ",
        " will ",
    ] {
        if let Some(i) = s.find(verb)
            && i > 0
        {
            s = s[..i].trim_end_matches(TRIM);
        }
    }
    s
}

/// Whether a cleaned candidate is a generic word, a platform, or has a
/// subject word in it or a job title's last word at its end.
fn is_refused(s: &str, extra_platforms: &[String]) -> bool {
    let lower = s.to_lowercase();
    if GENERIC.contains(&lower.as_str())
        || lower.starts_with("next step")
        || is_platform(s, extra_platforms)
    {
        return true;
    }
    let norm = normalize_company(s);
    let words: Vec<&str> = norm.split_whitespace().collect();
    words.iter().any(|w| NOT_IN_NAMES.contains(w))
        || words.last().is_some_and(|w| TITLE_NOUNS.contains(w))
}

/// Whether a name is a staffing or recruitment agency's.
pub fn is_agency_name(s: &str) -> bool {
    let l = s.to_lowercase();
    AGENCY_WORDS.iter().any(|w| l.contains(w))
        // "Vertex People", "Harbour People": an agency's name, not an employer's
        || l.ends_with(" people")
        // "Harbourline Talent Ltd" (but "Globex Talent" is an employer's
        // own talent team)
        || l.contains(" talent ltd")
        || l.contains(" talent limited")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_suffixes_and_case_fold_away() {
        assert_eq!(normalize_company("Acme, Inc."), "acme");
        assert_eq!(normalize_company("ACME Inc"), "acme");
        assert_eq!(normalize_company("Maple & Finch"), "maple and finch");
        assert!(same_company("Acme, Inc.", "Acme"));
        assert!(same_company("Acme Robotics", "Acme"));
        assert!(same_company("Lichtwerk GmbH", "Lichtwerk"));
        assert!(!same_company("Acme", "Globex"));
    }

    #[test]
    fn display_names_are_cleaned() {
        let none: Vec<String> = Vec::new();
        assert_eq!(
            clean_company("Acme Recruiting", &none).as_deref(),
            Some("Acme")
        );
        assert_eq!(
            clean_company("Docusign @ icims", &none).as_deref(),
            Some("Docusign")
        );
        assert_eq!(
            clean_company("Northgate Medical Careers @ icims", &none).as_deref(),
            Some("Northgate Medical")
        );
        assert_eq!(
            clean_company("Acme Hiring Team", &none).as_deref(),
            Some("Acme")
        );
        assert_eq!(
            clean_company("Sunridge Solar via Indeed", &none).as_deref(),
            Some("Sunridge Solar")
        );
        assert_eq!(
            clean_company("Priya Raman (Acme Robotics)", &none).as_deref(),
            Some("Acme Robotics")
        );
        assert_eq!(clean_company("LinkedIn", &none), None);
        assert_eq!(clean_company("Greenhouse", &none), None);
        assert_eq!(clean_company("  ", &none), None);
        // a subject pattern that ran on into the sentence
        assert_eq!(
            clean_company("Quokka Labs has been withdrawn", &none).as_deref(),
            Some("Quokka Labs")
        );
        assert_eq!(clean_company("Next steps", &none), None);
    }

    #[test]
    fn agencies_are_recognized_by_their_words() {
        assert!(is_agency_name("Hirewell Consulting"));
        assert!(is_agency_name("Vertex People"));
        assert!(is_agency_name("Harbourline Talent Ltd"));
        assert!(!is_agency_name("Globex Talent"));
        assert!(!is_agency_name("Acme Robotics"));
    }
}
