//! Role titles: cleaning a role as written into a title and its
//! requisition id ("Software Engineer II (R28486)"), gender markers such as
//! "(m/w/d)" removed, refusing words that stand where a title would but
//! name none; the form two roles are compared in; and whether a name reads
//! as a job title rather than an employer.

use std::sync::LazyLock;

use regex::Regex;

use super::company::normalize_company;
use super::{strip_prefix_ci, strip_suffix_ci};

/// Last words of job titles: a name ending in one is a title, not an employer.
pub(super) const TITLE_NOUNS: &[&str] = &[
    "engineer",
    "developer",
    "manager",
    "analyst",
    "designer",
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
    "intern",
    "consultant",
    "advocate",
    "writer",
    "recruiter",
    "entwickler",
    "ingeniero",
    "ingénieur",
    "desarrollador",
    "analista",
    "projektleiter",
];

/// Whether a name reads as a job title ("Test Automation Engineer").
pub fn looks_like_title(s: &str) -> bool {
    normalize_company(s)
        .split_whitespace()
        .last()
        .is_some_and(|w| TITLE_NOUNS.contains(&w))
}

/// Characters trimmed from both ends of a role.
const ROLE_TRIM: &[char] = &[
    ' ', '-', '–', '—', ',', ':', ';', '|', '.', '!', '"', '\'', '“', '”', '*',
];

/// Words that make a candidate no role wherever they appear in it.
const NOT_IN_ROLES: &[&str] = &[
    "application",
    "applying",
    "thank",
    "your",
    "bewerbung",
    "candidatura",
    "solicitud",
    "received",
    "submitted",
    "closed",
    "we ",
    "you ",
    "next steps",
    "invitation",
    "coding test",
    "feedback",
    "cv sent",
    "profile sent",
];

/// Words that stand where a title would but name none: "Thank you for
/// applying - Job R545765", "This email was intended for ...".
const NOT_ROLES: &[&str] = &[
    "job",
    "jobs",
    "position",
    "role",
    "opening",
    "vacancy",
    "opportunity",
    "this message",
    "update",
    "status",
    "job n/a",
    "n/a",
];

static REQ_PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // "(R28486)", "(JR-104522)", "(REQ-20931)", "(Job ID 2500123)", "(HH-23019)"
        r"(?i)\s*[\(\[]\s*((?:(?:job\s*id|req(?:uisition)?(?:\s*id)?|r[eé]f(?:[eé]rence)?\.?|id|kennziffer|posting)\s*[:#]?\s*)?#?[A-Z]{0,4}[-_ ]?\d[\w-]{2,})\s*[\)\]]",
        // "- REQ-456", "– Ref. PW-7741", ", Job ID 12345", "Kennziffer 2025-114"
        r"(?i)\s*[-–—,|]?\s*\b((?:job\s*id|req(?:uisition)?(?:\s*id)?|r[eé]f(?:[eé]rence)?\.?|kennziffer|referencia|posting)\s*[:#]?\s*#?[\w-]*\d[\w-]*)",
        // "(Job Number: 2500417)", "(Job No. 4411)"
        r"(?i)\s*[\(\[]\s*((?:job|requisition|vacancy)\s*(?:number|no\.?|nr\.?)\s*[:#]?\s*[\w-]*\d[\w-]*)\s*[\)\]]",
        r"(?i)\s*[-–—,|]?\s*\b((?:REQ|JR|R)-?\d{3,}[\w-]*)\b",
        r"\s*#(\d{3,})\b",
        // "56520 Desarrollador/a Full Stack", "Senior Software Engineer - 31874"
        // (not a year: "2026 Summer Internship" keeps its year)
        r"^\s*(\d{5,}|[013-9]\d{3}|2[1-9]\d{2})\s+",
        r"\s+[-–—]\s+(\d{5,}|[013-9]\d{3}|2[1-9]\d{2})\s*$",
    ]
    .iter()
    .filter_map(|p| Regex::new(p).ok())
    .collect()
});
// "(Job ID: N/A)": a requisition field left empty by the template.
static EMPTY_REQ: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*[\(\[]\s*(?:job\s*id|req(?:uisition)?(?:\s*id)?|ref(?:erence)?)\s*[:#]?\s*(?:n/?a|none|-)\s*[\)\]]").ok()
});
// "Application Security Engineer", "Applications Developer": titles that
// start with the word the NOT_IN_ROLES check looks for.
static APPLICATION_TITLE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"\bapplications? (?:security|support|developer|development|engineer|engineering|architect|analyst|specialist|administrator|consultant|manager|programmer)").ok()
});
static GENDER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*[\(\[]?\s*\b(?:[mwfdxhv]\s*/\s*[mwfdxhv](?:\s*/\s*[mwfdxhv])?|all genders|gn\*?)\s*[\)\]]?").ok()
});

/// Whether two roles as written name the same title: compared after
/// [`clean_role`] (requisition id and gender marker gone, "Konstrukteur
/// (m/w/d)" is "Konstrukteur"), in the form of [`normalize_role`]. A side
/// that cleans to no role is compared as written.
pub fn same_role(a: &str, b: &str) -> bool {
    let form = |s: &str| normalize_role(&clean_role(s).0.unwrap_or_else(|| s.to_string()));
    let (a, b) = (form(a), form(b));
    !a.is_empty() && a == b
}

/// Splits a role as written into the title and its requisition id:
/// "Software Engineer II (R28486)" → ("Software Engineer II", Some("R28486")),
/// "DevOps Engineer (m/w/d)" → ("DevOps Engineer", None).
pub fn clean_role(raw: &str) -> (Option<String>, Option<String>) {
    let (role, req) = split_requisition(raw);
    let t = trim_role(&role);
    let role = if is_no_role(&t) { None } else { Some(t) };
    (role, req)
}

/// The role with its requisition id, gender marker and empty id field
/// blanked out, and the id ("Job ID 12345" → "12345").
fn split_requisition(raw: &str) -> (String, Option<String>) {
    let mut s: String = raw.chars().filter(|c| !c.is_control()).collect();
    let mut req = None;
    for re in REQ_PATTERNS.iter() {
        if let Some(c) = re.captures(&s)
            && let (Some(all), Some(id)) = (c.get(0), c.get(1))
        {
            if req.is_none() {
                let id = id.as_str();
                // keep only the id itself: "Job ID 12345" → "12345"
                let short = id
                    .rsplit(|ch: char| ch.is_whitespace() || ch == ':' || ch == '#')
                    .next()
                    .unwrap_or(id);
                req = Some(short.trim_start_matches('#').to_string());
            }
            let range = all.range();
            s.replace_range(range, " ");
        }
    }
    if let Some(re) = GENDER.as_ref() {
        s = re.replace_all(&s, " ").into_owned();
    }
    if let Some(re) = EMPTY_REQ.as_ref() {
        s = re.replace_all(&s, " ").into_owned();
    }
    (s, req)
}

/// Words before a title that are no part of it: articles and "the post
/// of" in six languages ("poste de comptable" is "comptable",
/// "d'assistante comptable" is "assistante comptable").
const ROLE_HEADS: &[&str] = &[
    "the ",
    "a ",
    "an ",
    "our ",
    "your ",
    "candidature au poste de ",
    "candidature au poste d'",
    "candidature au poste d’",
    "le poste de ",
    "le poste d'",
    "poste de ",
    "poste d'",
    "poste d’",
    "el puesto de ",
    "puesto de ",
    "la posizione di ",
    "posizione di ",
    "die stelle als ",
    "stelle als ",
    "de functie van ",
    "de functie ",
    "functie van ",
];

/// The role with whitespace collapsed, "the"/"position"-style words and
/// unbalanced parentheses trimmed, and cut where a clause starts after the
/// title ("Backend Engineer has been filled").
fn trim_role(role: &str) -> String {
    let mut t = role.split_whitespace().collect::<Vec<_>>().join(" ");
    loop {
        let before = t.len();
        t = t.trim_matches(ROLE_TRIM).to_string();
        for tail in [" position", " role", " job", " opening", " vacancy"] {
            if let Some(head) = strip_suffix_ci(&t, tail)
                && head.split_whitespace().count() >= 1
            {
                t = head.to_string();
            }
        }
        for head in ROLE_HEADS {
            if let Some(tail) = strip_prefix_ci(&t, head)
                && !tail.trim().is_empty()
            {
                t = tail.to_string();
            }
        }
        if t.len() == before {
            break;
        }
    }
    // A leftover "(" without ")" from a cut subject, or a stray ")".
    if t.matches('(').count() > t.matches(')').count()
        && let Some(i) = t.rfind('(')
    {
        t.truncate(i);
        t = t.trim_end_matches(ROLE_TRIM).to_string();
    }
    while t.matches(')').count() > t.matches('(').count() && t.ends_with(')') {
        t.pop();
        t = t.trim_end_matches(ROLE_TRIM).to_string();
    }
    while t.starts_with('(') && t.matches('(').count() > t.matches(')').count() {
        t.remove(0);
    }
    // Cut at a connector that starts a clause after the title.
    for cut in [
        " has been ",
        " has ",
        " have ",
        " is ",
        " was ",
        " will ",
        " y ",
        " und ",
        " et ",
        " and we",
        " and our",
        " and the",
        " and i",
        " at this",
        " with us",
    ] {
        if let Some(i) = t.to_lowercase().find(cut)
            && i > 0
            && t.is_char_boundary(i)
        {
            t.truncate(i);
        }
    }
    t.trim_matches(ROLE_TRIM).to_string()
}

/// Whether a trimmed role is empty, overlong, or words that name no title
/// ("Thank you for applying", "Job N/A", "This email was intended for ...").
fn is_no_role(t: &str) -> bool {
    let lower = t.to_lowercase();
    let checked = match APPLICATION_TITLE.as_ref() {
        Some(re) => re.replace_all(&lower, "title").into_owned(),
        None => lower.clone(),
    };
    let words = t.split_whitespace().count();
    t.is_empty()
        || words > 12
        || t.chars().count() > 100
        || NOT_IN_ROLES.iter().any(|w| checked.contains(w))
        || NOT_ROLES.contains(&lower.as_str())
        || lower.starts_with("this email")
}

/// Role comparison form: lower-case letters and digits separated by single spaces.
pub fn normalize_role(role: &str) -> String {
    let mut out = String::with_capacity(role.len());
    for c in role.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else {
            out.push(' ');
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_that_differ_only_by_a_gender_marker_or_an_id_are_the_same() {
        assert!(same_role(
            "Konstrukteur Kälteanlagen (m/w/d)",
            "Konstrukteur Kälteanlagen"
        ));
        assert!(same_role("Comptable général H/F", "comptable général"));
        assert!(same_role(
            "Comptable Fournisseurs F/H",
            "Comptable Fournisseurs"
        ));
        assert!(same_role("Marketeer (m/v/x)", "Marketeer"));
        assert!(same_role(
            "poste de comptable fournisseurs",
            "Comptable fournisseurs H/F"
        ));
        assert!(same_role(
            "poste d'assistante comptable",
            "Assistante comptable"
        ));
        assert_eq!(
            clean_role("Assistant Comptable (référence 2400871)"),
            (Some("Assistant Comptable".into()), Some("2400871".into()))
        );
        assert!(same_role("Data Scientist JR-1234", "Data Scientist"));
        assert!(!same_role("Frontend Engineer, Growth", "Frontend Engineer"));
        assert!(!same_role("", ""));
    }

    #[test]
    fn roles_lose_requisition_ids_and_gender_markers() {
        assert_eq!(
            clean_role("Software Engineer II (R28486)"),
            (Some("Software Engineer II".into()), Some("R28486".into()))
        );
        assert_eq!(
            clean_role("Technical Program Manager - REQ-456"),
            (
                Some("Technical Program Manager".into()),
                Some("REQ-456".into())
            )
        );
        assert_eq!(
            clean_role("Data Scientist JR-1234"),
            (Some("Data Scientist".into()), Some("JR-1234".into()))
        );
        assert_eq!(
            clean_role("Systems Engineer (Job ID 12345)"),
            (Some("Systems Engineer".into()), Some("12345".into()))
        );
        assert_eq!(
            clean_role("Senior QA Engineer #12345"),
            (Some("Senior QA Engineer".into()), Some("12345".into()))
        );
        assert_eq!(
            clean_role("DevOps Engineer (m/w/d)"),
            (Some("DevOps Engineer".into()), None)
        );
        assert_eq!(
            clean_role("Backend Developer (Go)"),
            (Some("Backend Developer (Go)".into()), None)
        );
        assert_eq!(
            clean_role("56520 Desarrollador/a Full Stack"),
            (
                Some("Desarrollador/a Full Stack".into()),
                Some("56520".into())
            )
        );
        assert_eq!(
            clean_role("Senior Software Engineer - 31874"),
            (
                Some("Senior Software Engineer".into()),
                Some("31874".into())
            )
        );
        assert_eq!(
            clean_role("2026 Summer Internship"),
            (Some("2026 Summer Internship".into()), None)
        );
        assert_eq!(
            clean_role("Full Stack Engineer (Job ID: N/A)"),
            (Some("Full Stack Engineer".into()), None)
        );
        assert_eq!(
            clean_role("Clinical Informatics Specialist (Job Number: 2500417)"),
            (
                Some("Clinical Informatics Specialist".into()),
                Some("2500417".into())
            )
        );
    }

    #[test]
    fn words_that_are_not_titles_are_no_role() {
        assert_eq!(clean_role("Job").0, None);
        assert_eq!(clean_role("Job N/A").0, None);
        assert_eq!(clean_role("This email was intended for Alex Doe").0, None);
        assert_eq!(clean_role("CV sent").0, None);
        assert_eq!(clean_role("Your application").0, None);
        assert_eq!(
            clean_role("Application Security Engineer").0.as_deref(),
            Some("Application Security Engineer")
        );
        assert_eq!(
            clean_role("Applications Developer").0.as_deref(),
            Some("Applications Developer")
        );
    }

    #[test]
    fn titles_are_told_from_names() {
        assert!(looks_like_title("Test Automation Engineer"));
        assert!(!looks_like_title("Keystone Ledger"));
    }
}
