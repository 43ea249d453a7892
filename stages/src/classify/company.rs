//! Company and role helpers: normalizing company names so that
//! "Acme, Inc." ≈ "ACME Inc" ≈ "Acme", cleaning the company candidates found
//! in display names and subjects ("Acme Recruiting", "Docusign @ icims",
//! "Acme via Indeed"), refusing platforms that are never employers
//! (Greenhouse, Lever, LinkedIn, ...), the registrable domain of a host (via
//! the embedded public suffix list) and a low-confidence company guess from
//! it, and cleaning role titles: requisition ids moved out, gender markers
//! such as "(m/w/d)" removed.

use std::sync::LazyLock;

use regex::Regex;

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
];

/// Freemail and mailbox providers: their domains say nothing about an employer.
const FREEMAIL: &[&str] = &[
    "gmail",
    "googlemail",
    "yahoo",
    "outlook",
    "hotmail",
    "live",
    "msn",
    "icloud",
    "me",
    "aol",
    "proton",
    "protonmail",
    "gmx",
    "web",
    "mail",
    "yandex",
    "zoho",
    "fastmail",
    "example",
    "t-online",
    "orange",
    "free",
    "qq",
    "163",
];

const LEGAL_SUFFIXES: &[&str] = &[
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

fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    if s.len() < suffix.len() {
        return None;
    }
    let cut = s.len() - suffix.len();
    if !s.is_char_boundary(cut) {
        return None;
    }
    let (head, tail) = s.split_at(cut);
    if tail.eq_ignore_ascii_case(suffix) || tail.to_lowercase() == suffix {
        Some(head)
    } else {
        None
    }
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    if s.len() < prefix.len() || !s.is_char_boundary(prefix.len()) {
        return None;
    }
    let (head, tail) = s.split_at(prefix.len());
    if head.to_lowercase() == prefix {
        Some(tail)
    } else {
        None
    }
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
    let trim_chars: &[char] = &[
        ' ', '"', '\'', '“', '”', '„', '‘', '’', '!', '?', '.', ',', ':', ';', '-', '–', '—', '|',
        '(', ')', '*', '¡', '¿', '✈', '\u{fe0f}',
    ];
    for _ in 0..4 {
        let before = s.len();
        s = s.trim_matches(trim_chars).to_string();
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
    let mut s = s.trim_matches(trim_chars).trim();
    // "Quokka Labs has been withdrawn": a subject pattern that ran on into
    // the sentence; the name ends where the verb starts.
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
            s = s[..i].trim_end_matches(trim_chars);
        }
    }
    let words = s.split_whitespace().count();
    if s.is_empty() || s.chars().count() > 60 || words > 7 || !s.chars().any(char::is_alphabetic) {
        return None;
    }
    let lower = s.to_lowercase();
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
    if GENERIC.contains(&lower.as_str())
        || lower.starts_with("next step")
        || is_platform(s, extra_platforms)
    {
        return None;
    }
    // Subject words and job titles are not company names.
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
    ];
    let norm = normalize_company(s);
    let words: Vec<&str> = norm.split_whitespace().collect();
    if words.iter().any(|w| NOT_IN_NAMES.contains(w))
        || words.last().is_some_and(|w| TITLE_NOUNS.contains(w))
    {
        return None;
    }
    Some(s.to_string())
}

/// Last words of job titles: a name ending in one is a title, not an employer.
const TITLE_NOUNS: &[&str] = &[
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

/// The registrable domain ("eTLD+1") of a host or e-mail address:
/// `jobs.acme-robotics.co.uk` → `acme-robotics.co.uk`.
pub fn registrable_domain(host_or_address: &str) -> Option<String> {
    let host = host_or_address
        .rsplit('@')
        .next()
        .unwrap_or(host_or_address)
        .trim()
        .trim_end_matches('.')
        .to_ascii_lowercase();
    if host.is_empty() || host.len() > 253 || !host.contains('.') {
        return None;
    }
    psl::domain_str(&host).map(str::to_string)
}

/// The label of a registrable domain left of its public suffix:
/// `acme-robotics.co.uk` → `acme-robotics`.
pub fn domain_label(registrable: &str) -> Option<&str> {
    let suffix_len = psl::suffix_str(registrable).map(str::len)?;
    let cut = registrable.len().checked_sub(suffix_len + 1)?;
    registrable.get(..cut).filter(|s| !s.is_empty())
}

/// A low-confidence company-name guess from a sender's domain:
/// `careers@acme-robotics.com` → "Acme Robotics". None for freemail,
/// platform and tool domains.
pub fn company_from_domain(address: &str, extra_platforms: &[String]) -> Option<String> {
    let reg = registrable_domain(address)?;
    let label = domain_label(&reg)?;
    if FREEMAIL.contains(&label) || is_platform(label, extra_platforms) {
        return None;
    }
    Some(title_from_slug(label))
}

/// The registrable domain of an address when it can be an employer's own:
/// not a free-mail, platform, job-board or tool domain.
/// `jane@mail.acme-robotics.com` → `acme-robotics.com`; `x@gmail.com` → None.
pub fn employer_domain(address: &str, extra_platforms: &[String]) -> Option<String> {
    let reg = registrable_domain(address)?;
    let label = domain_label(&reg)?;
    if FREEMAIL.contains(&label) || is_platform(label, extra_platforms) {
        return None;
    }
    Some(reg)
}

/// Whether a registrable domain looks like the employer's own name:
/// `acmepay.de` for "Acme Payments GmbH", `acme-robotics.com` for "ACME
/// Robotics", `nordlicht.io` for "Nordlicht Mobility". An ATS, tool or
/// agency domain does not: this keeps one employer's mail from being read
/// as another's.
pub fn domain_matches(domain: &str, company: &str) -> bool {
    let Some(label) = domain_label(domain) else {
        return false;
    };
    let label: String = label.chars().filter(char::is_ascii_alphanumeric).collect();
    let name = squash(company);
    let first = company
        .split_whitespace()
        .find(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "the" | "die" | "der" | "de" | "la" | "le" | "el"
            )
        })
        .map(squash)
        .unwrap_or_default();
    if label.len() < 3 || name.is_empty() {
        return false;
    }
    let common = label
        .chars()
        .zip(name.chars())
        .take_while(|(a, b)| a == b)
        .count();
    name.starts_with(&label)
        || label.starts_with(&name)
        || (first.len() >= 3 && label.starts_with(&first))
        || common >= 5
}

/// "acme-robotics" → "Acme Robotics".
pub fn title_from_slug(slug: &str) -> String {
    slug.split(['-', '_', '.'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().chain(cs).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Letters and digits of `s`, lower-cased: the form slugs are compared in.
pub fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Finds the spelled-out name for a tenant slug in text: with slug
/// "tidepool-games" and text "... at Tidepool Games ..." returns
/// "Tidepool Games"; a legal suffix right after the name is kept
/// ("Hafenblick GmbH").
pub fn name_for_slug(slug: &str, text: &str) -> Option<String> {
    let target = squash(slug);
    if target.len() < 3 {
        return None;
    }
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')' || c == ':')
        .filter(|t| !t.is_empty())
        .collect();
    let first_char = target.chars().next()?;
    for i in 0..tokens.len() {
        let first = tokens[i];
        let mut cs = first.chars();
        // cheap filter before any allocation: capitalized, same first letter
        match cs.next() {
            Some(c0) if c0.is_uppercase() && c0.to_lowercase().next() == Some(first_char) => {}
            _ => continue,
        }
        let mut acc = String::new();
        for j in i..(i + 4).min(tokens.len()) {
            acc.push_str(&squash(tokens[j]));
            if acc == target {
                let mut words: Vec<&str> = tokens[i..=j].to_vec();
                if let Some(next) = tokens.get(j + 1) {
                    let n = next.trim_end_matches(['.', '!', ';']);
                    if LEGAL_SUFFIXES.contains(&n.to_lowercase().as_str()) {
                        words.push(n);
                    }
                }
                let name = words.join(" ");
                return Some(
                    name.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
                        .to_string(),
                );
            }
            if !target.starts_with(acc.as_str()) {
                break;
            }
        }
    }
    None
}

static REQ_PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // "(R28486)", "(JR-104522)", "(REQ-20931)", "(Job ID 2500123)", "(HH-23019)"
        r"(?i)\s*[\(\[]\s*((?:(?:job\s*id|req(?:uisition)?(?:\s*id)?|ref(?:erence)?\.?|id|kennziffer|posting)\s*[:#]?\s*)?#?[A-Z]{0,4}[-_ ]?\d[\w-]{2,})\s*[\)\]]",
        // "- REQ-456", "– Ref. PW-7741", ", Job ID 12345", "Kennziffer 2025-114"
        r"(?i)\s*[-–—,|]?\s*\b((?:job\s*id|req(?:uisition)?(?:\s*id)?|ref(?:erence)?\.?|kennziffer|referencia|posting)\s*[:#]?\s*#?[\w-]*\d[\w-]*)",
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
    Regex::new(r"(?i)\s*[\(\[]?\s*\b(?:[mwfdx]\s*/\s*[mwfdx](?:\s*/\s*[mwfdx])?|all genders|gn\*?)\s*[\)\]]?").ok()
});

/// Splits a role as written into the title and its requisition id:
/// "Software Engineer II (R28486)" → ("Software Engineer II", Some("R28486")),
/// "DevOps Engineer (m/w/d)" → ("DevOps Engineer", None).
pub fn clean_role(raw: &str) -> (Option<String>, Option<String>) {
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
    let trim_chars: &[char] = &[
        ' ', '-', '–', '—', ',', ':', ';', '|', '.', '!', '"', '\'', '“', '”', '*',
    ];
    let mut t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    loop {
        let before = t.len();
        t = t.trim_matches(trim_chars).to_string();
        for tail in [" position", " role", " job", " opening", " vacancy"] {
            if let Some(head) = strip_suffix_ci(&t, tail)
                && head.split_whitespace().count() >= 1
            {
                t = head.to_string();
            }
        }
        for head in ["the ", "a ", "an ", "our ", "your "] {
            if let Some(tail) = strip_prefix_ci(&t, head) {
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
        t = t.trim_end_matches(trim_chars).to_string();
    }
    while t.matches(')').count() > t.matches('(').count() && t.ends_with(')') {
        t.pop();
        t = t.trim_end_matches(trim_chars).to_string();
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
    let t = t.trim_matches(trim_chars).to_string();
    let lower = t.to_lowercase();
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
    // Words that stand where a title would but name none: "Thank you for
    // applying - Job R545765", "This email was intended for ...".
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
    let checked = match APPLICATION_TITLE.as_ref() {
        Some(re) => re.replace_all(&lower, "title").into_owned(),
        None => lower.clone(),
    };
    let words = t.split_whitespace().count();
    let role = if t.is_empty()
        || words > 12
        || t.chars().count() > 100
        || NOT_IN_ROLES.iter().any(|w| checked.contains(w))
        || NOT_ROLES.contains(&lower.as_str())
        || lower.starts_with("this email")
    {
        None
    } else {
        Some(t)
    };
    (role, req)
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
        assert!(looks_like_title("Test Automation Engineer"));
        assert!(!looks_like_title("Keystone Ledger"));
    }

    #[test]
    fn registrable_domains_use_the_public_suffix_list() {
        assert_eq!(
            registrable_domain("careers@jobs.acme-robotics.co.uk").as_deref(),
            Some("acme-robotics.co.uk")
        );
        assert_eq!(domain_label("acme-robotics.co.uk"), Some("acme-robotics"));
        let none: Vec<String> = Vec::new();
        assert_eq!(
            company_from_domain("careers@acme-robotics.com", &none).as_deref(),
            Some("Acme Robotics")
        );
        assert_eq!(company_from_domain("no-reply@greenhouse.io", &none), None);
        assert_eq!(company_from_domain("sam@gmail.com", &none), None);
        assert_eq!(registrable_domain("nodots"), None);
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
    fn slugs_are_found_in_text() {
        assert_eq!(
            name_for_slug("tidepool-games", "Thanks for applying to Tidepool Games!").as_deref(),
            Some("Tidepool Games")
        );
        assert_eq!(
            name_for_slug("hafenblick", "bei der Hafenblick GmbH in Hamburg").as_deref(),
            Some("Hafenblick GmbH")
        );
        assert_eq!(name_for_slug("zz", "Zz top"), None);
    }

    #[test]
    fn employer_domains_are_the_employers_own_and_match_its_name() {
        assert_eq!(
            employer_domain("jane@mail.acme-robotics.com", &[]).as_deref(),
            Some("acme-robotics.com")
        );
        assert_eq!(employer_domain("x@gmail.com", &[]), None);
        assert_eq!(employer_domain("no-reply@greenhouse.io", &[]), None);
        assert!(domain_matches("acmepay.de", "Acme Payments GmbH"));
        assert!(domain_matches("acme-robotics.com", "ACME Robotics"));
        assert!(domain_matches("nordlicht.io", "Nordlicht Mobility"));
        assert!(!domain_matches("greenhouse-mail.io", "Acme Payments"));
        assert!(!domain_matches("hays.de", "Nordlicht Mobility"));
    }
}
