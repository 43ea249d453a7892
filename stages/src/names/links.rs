//! Links: unwrapping click-tracking redirects (Outlook SafeLinks, urldefense
//! v2/v3, Google, Postmark, SendGrid/Mailchimp-style and any redirect that
//! carries the real URL in a `url=`/`u=`/`redirect=`/`target=`/`q=`
//! parameter or url-encoded in its path), then recognizing the posting URL
//! of each ATS or job board, putting it in canonical form (https, no
//! tracking parameters, LinkedIn `comm/jobs/view/ID` →
//! `www.linkedin.com/jobs/view/ID`, Greenhouse embed → board URL, Indeed
//! redirects → `viewjob?jk=ID`) and extracting the ATS's job id.

use url::Url;

use super::domain::registrable_domain;

/// A posting link found in an email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posting {
    /// Canonical posting URL.
    pub url: String,
    /// The ATS's or board's job id, where the URL carries one.
    pub posting_id: Option<String>,
    /// The source the URL belongs to (`greenhouse`, `lever`, ..., `company_site`).
    pub source: &'static str,
}

const REDIRECT_PARAMS: &[&str] = &[
    "url",
    "u",
    "q",
    "redirect",
    "redirect_url",
    "redirect_uri",
    "redirecturl",
    "target",
    "targeturl",
    "dest",
    "destination",
    "link",
    "r",
    "to",
    "goto",
    "href",
];

/// `%XX` sequences decoded (others left as they are), `%%` read as `%`.
fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(&s.replace("%%", "%"))
        .decode_utf8_lossy()
        .into_owned()
}

fn looks_like_url(s: &str) -> bool {
    let l = s.trim_start().to_ascii_lowercase();
    l.starts_with("http://") || l.starts_with("https://")
}

/// One unwrapping step, or None when `link` is not a recognized redirect.
fn unwrap_once(link: &str) -> Option<String> {
    let parsed = Url::parse(link).ok()?;
    let host = parsed.host_str()?.to_ascii_lowercase();
    // urldefense v3: https://urldefense.com/v3/__<url>__;!!...
    if host.ends_with("urldefense.com") {
        let path_and_more = &link[link.find("/v3/__")? + 6..];
        let end = path_and_more.find("__;").unwrap_or(path_and_more.len());
        let inner = &path_and_more[..end];
        if looks_like_url(inner) {
            return Some(inner.to_string());
        }
    }
    // urldefense v2: ?u=https-3A__host_path&d=...
    if host.ends_with("urldefense.proofpoint.com") {
        for (k, v) in parsed.query_pairs() {
            if k == "u" {
                let inner = v.replace('_', "/").replace('-', "%");
                let decoded = percent_decode(&inner);
                if looks_like_url(&decoded) {
                    return Some(decoded);
                }
            }
        }
    }
    // Any redirect with the target in a query parameter.
    for (k, v) in parsed.query_pairs() {
        let k = k.to_ascii_lowercase();
        if REDIRECT_PARAMS.contains(&k.as_str()) {
            let v = v.replace("%%", "%");
            let cand = if looks_like_url(&v) {
                v.to_string()
            } else {
                percent_decode(&v)
            };
            if looks_like_url(&cand) {
                // Indeed-style double encoding is handled by the next round.
                return Some(percent_decode_if_encoded(&cand));
            }
        }
    }
    // Postmark and similar: the target url-encoded inside a path segment,
    // with or without its scheme (click.pstmrk.it/3s/<host%2Fpath>/...).
    if let Some(segments) = parsed.path_segments() {
        for seg in segments {
            let lower = seg.to_ascii_lowercase();
            if lower.starts_with("http%3a%2f%2f") || lower.starts_with("https%3a%2f%2f") {
                return Some(percent_decode(seg));
            }
            if lower.contains("%2f") && lower.split("%2f").next().is_some_and(|h| h.contains('.')) {
                let decoded = percent_decode(seg);
                let first = decoded.split('/').next().unwrap_or("");
                if first.contains('.') && !first.contains(' ') {
                    return Some(format!("https://{decoded}"));
                }
            }
        }
    }
    None
}

fn percent_decode_if_encoded(s: &str) -> String {
    let l = s.to_ascii_lowercase();
    if l.contains("%3a%2f%2f") || l.starts_with("https%3a") || l.starts_with("http%3a") {
        percent_decode(s)
    } else {
        s.to_string()
    }
}

/// Follows up to five levels of click-tracking redirects and returns the
/// innermost link (the input itself when it is not a redirect).
pub fn unwrap_redirects(link: &str) -> String {
    let mut cur = link.trim().replace("&amp;", "&");
    for _ in 0..5 {
        match unwrap_once(&cur) {
            Some(next) if next != cur => cur = next.replace("&amp;", "&"),
            _ => break,
        }
    }
    cur
}

const TRACKING_PARAMS: &[&str] = &[
    "gh_src",
    "gh_jid",
    "lever-source",
    "lever-origin",
    "lever-via",
    "trk",
    "trkid",
    "trackingid",
    "refid",
    "lipi",
    "midtoken",
    "midsig",
    "from",
    "fro",
    "src",
    "source",
    "ref",
    "referrer",
    "mobile",
    "width",
    "height",
    "bga",
    "needsredirect",
    "jobpipeline",
    "tk",
    "mc_cid",
    "mc_eid",
    "fbclid",
    "gclid",
    "_hsenc",
    "_hsmi",
    "iis",
    "iisn",
    "ccid",
    "sid",
    "campaign",
];

fn is_tracking(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    k.starts_with("utm_") || TRACKING_PARAMS.contains(&k.as_str())
}

fn strip_query(u: &mut Url, keep: &[&str]) {
    let kept: Vec<(String, String)> = u
        .query_pairs()
        .filter(|(k, _)| keep.contains(&k.as_ref()) || (keep.is_empty() && !is_tracking(k)))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        u.set_query(None);
    } else {
        u.query_pairs_mut().clear().extend_pairs(kept);
    }
}

fn finish(mut u: Url) -> String {
    let _ = u.set_scheme("https");
    u.set_fragment(None);
    u.to_string()
}

fn segs(u: &Url) -> Vec<String> {
    u.path_segments()
        .map(|s| s.filter(|p| !p.is_empty()).map(str::to_string).collect())
        .unwrap_or_default()
}

fn leading_id(seg: &str) -> Option<String> {
    let id: String = seg
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    if id.chars().any(|c| c.is_ascii_digit()) && !id.is_empty() {
        Some(id)
    } else {
        None
    }
}

/// Words in a path that mark a careers page of a company's own site.
const CAREER_PATH_WORDS: &[&str] = &[
    "careers",
    "career",
    "jobs",
    "job",
    "postings",
    "posting",
    "positions",
    "openings",
    "vacancies",
    "stellen",
    "stellenangebote",
    "karriere",
    "ofertas",
    "empleos",
    "offres",
    "emplois",
    "vacatures",
];
const NON_POSTING_WORDS: &[&str] = &[
    "unsubscribe",
    "psettings",
    "email-preferences",
    "preferences",
    "login",
    "signin",
    "sign-in",
    "account",
    "userhome",
    "candidate-home",
    "privacy",
    "help",
    "interview-prep",
    "collections",
    "search",
    "alerts",
    "saved",
    "applied",
    "status",
    "portal",
    "schedule",
    "scheduling",
    "assessment",
    "calendar",
    "verify",
    "reset",
    "logo",
    "images",
    "static",
    "assets",
    "blog",
];
/// Hosts whose links are never postings (tools, portals, assets, social).
const NON_POSTING_HOSTS: &[&str] = &[
    "calendly.com",
    "goodtime.io",
    "modernloop.io",
    "savvycal.com",
    "google.com",
    "zoom.us",
    "teams.microsoft.com",
    "hackerrank.com",
    "hackerrankforwork.com",
    "codesignal.com",
    "codility.com",
    "hirevue.com",
    "docusign.net",
    "docusign.com",
    "facebook.com",
    "twitter.com",
    "x.com",
    "instagram.com",
    "youtube.com",
    "github.com",
    "myjobs.indeed.com",
    "example-cdn.net",
];

/// Recognizes a posting link (after unwrapping) and returns its canonical
/// form, job id and source. `None` for portals, tools, help pages and
/// everything that is not a job posting.
pub fn canonical_posting(link: &str) -> Option<Posting> {
    let unwrapped = unwrap_redirects(link);
    let u = Url::parse(&unwrapped).ok()?;
    if u.scheme() != "http" && u.scheme() != "https" {
        return None;
    }
    let host = u.host_str()?.to_ascii_lowercase();
    let s = segs(&u);
    let reg = registrable_domain(&host).unwrap_or_else(|| host.clone());
    // An ATS's or board's domain decides: its posting or nothing.
    match Board::of(&host, &reg) {
        Some(board) => board.posting(u, &host, &s),
        None => company_site_posting(u, &host, &reg, &s),
    }
}

/// The ATSs and job boards whose posting links have a known shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Board {
    Greenhouse,
    /// Lever and Ashby: `jobs.lever.co/<co>/<uuid>`.
    LeverOrAshby,
    Workday,
    SmartRecruiters,
    Workable,
    BambooHr,
    Icims,
    Taleo,
    Jobvite,
    LinkedIn,
    Indeed,
    Wellfound,
    /// Breezy, Recruitee and Teamtailor (source `other`).
    SmallAts,
    GovernmentJobs,
}

impl Board {
    /// The board a link's host and registrable domain belong to.
    fn of(host: &str, reg: &str) -> Option<Board> {
        let board = if reg == "greenhouse.io" {
            Board::Greenhouse
        } else if host == "jobs.lever.co"
            || host == "jobs.eu.lever.co"
            || host == "jobs.ashbyhq.com"
        {
            Board::LeverOrAshby
        } else if reg == "myworkdayjobs.com" || reg == "myworkdaysite.com" {
            Board::Workday
        } else if host == "jobs.smartrecruiters.com" || host == "careers.smartrecruiters.com" {
            Board::SmartRecruiters
        } else if host == "apply.workable.com" || reg == "workable.com" {
            Board::Workable
        } else if reg == "bamboohr.com" {
            Board::BambooHr
        } else if reg == "icims.com" {
            Board::Icims
        } else if reg == "taleo.net" {
            Board::Taleo
        } else if reg == "jobvite.com" {
            Board::Jobvite
        } else if reg == "linkedin.com" {
            Board::LinkedIn
        } else if reg.starts_with("indeed.") {
            Board::Indeed
        } else if reg == "wellfound.com" || reg == "angel.co" {
            Board::Wellfound
        } else if reg == "breezy.hr" || reg == "recruitee.com" || reg == "teamtailor.com" {
            Board::SmallAts
        } else if reg == "governmentjobs.com" {
            Board::GovernmentJobs
        } else {
            return None;
        };
        Some(board)
    }

    /// The posting of a link on this board, `None` when the link is not one.
    fn posting(self, mut u: Url, host: &str, s: &[String]) -> Option<Posting> {
        let seg = |i: usize| s.get(i).map(String::as_str).unwrap_or("");
        // the job id follows the first segment equal to one of `words`
        let after = |words: &[&str]| {
            let i = s.iter().position(|p| words.contains(&p.as_str()))?;
            s.get(i + 1)
        };
        let (posting_id, source) = match self {
            Board::Greenhouse => return greenhouse(u, s),
            Board::LeverOrAshby => return lever_or_ashby(u, host, seg(0), seg(1)),
            Board::Workday => {
                let i = s.iter().position(|p| p == "job")?;
                let last = s.last()?;
                if s.len() <= i + 1 {
                    return None;
                }
                let id = last.rsplit_once('_').map(|(_, id)| id.to_string());
                (id, "workday")
            }
            Board::SmartRecruiters => (Some(leading_id(seg(1))?), "smartrecruiters"),
            Board::Workable => (Some(after(&["j"])?.clone()), "workable"),
            Board::BambooHr => return bamboohr(u, s),
            Board::Icims => (Some(leading_id(after(&["jobs"])?)?), "icims"),
            Board::Taleo => return taleo(u),
            Board::Jobvite => (Some(after(&["job"])?.clone()), "jobvite"),
            Board::LinkedIn => return linkedin(s),
            Board::Indeed => return indeed(&u, host),
            Board::Wellfound => (leading_id(after(&["jobs", "l"])?), "wellfound"),
            Board::SmallAts => {
                if !(seg(0) == "p" || seg(0) == "o" || seg(0) == "jobs") || seg(1).is_empty() {
                    return None;
                }
                let id = if seg(0) == "o" {
                    Some(seg(1).to_string())
                } else {
                    leading_id(seg(1))
                };
                (id, "other")
            }
            Board::GovernmentJobs => (leading_id(after(&["jobs"])?), "other"),
        };
        u.set_query(None);
        Some(Posting {
            url: finish(u),
            posting_id,
            source,
        })
    }
}

/// Greenhouse: an embedded application form (`embed/job_app?for=<co>&token=<id>`)
/// becomes its board URL; `.../<co>/jobs/<id>` loses its query.
fn greenhouse(mut u: Url, s: &[String]) -> Option<Posting> {
    let seg = |i: usize| s.get(i).map(String::as_str).unwrap_or("");
    if seg(0) == "embed" && seg(1) == "job_app" {
        let mut co = None;
        let mut token = None;
        for (k, v) in u.query_pairs() {
            match k.as_ref() {
                "for" => co = Some(v.into_owned()),
                "token" => token = Some(v.into_owned()),
                _ => {}
            }
        }
        let (co, token) = (co?, token?);
        return Some(Posting {
            url: format!("https://boards.greenhouse.io/{co}/jobs/{token}"),
            posting_id: Some(token),
            source: "greenhouse",
        });
    }
    let i = s.iter().position(|p| p == "jobs")?;
    let id = leading_id(s.get(i + 1)?)?;
    strip_query(&mut u, &["__never__"]);
    u.set_path(&format!("/{}/jobs/{id}", s[..i].join("/")));
    Some(Posting {
        url: finish(u),
        posting_id: Some(id),
        source: "greenhouse",
    })
}

/// Lever and Ashby: `jobs.lever.co/<co>/<uuid>`, nothing after the id.
fn lever_or_ashby(mut u: Url, host: &str, co: &str, id: &str) -> Option<Posting> {
    if co.is_empty() || id.len() < 8 {
        return None;
    }
    u.set_query(None);
    u.set_path(&format!("/{co}/{id}"));
    let source = if host.contains("lever") {
        "lever"
    } else {
        "ashby"
    };
    Some(Posting {
        url: finish(u),
        posting_id: Some(id.to_string()),
        source,
    })
}

/// BambooHR: the id after `careers`/`jobs`, or in the `id` parameter.
fn bamboohr(mut u: Url, s: &[String]) -> Option<Posting> {
    let i = s.iter().position(|p| p == "careers" || p == "jobs")?;
    let id = s.get(i + 1).and_then(|x| leading_id(x)).or_else(|| {
        u.query_pairs()
            .find(|(k, _)| k == "id")
            .map(|(_, v)| v.into_owned())
    })?;
    strip_query(&mut u, &["id"]);
    Some(Posting {
        url: finish(u),
        posting_id: Some(id),
        source: "bamboohr",
    })
}

/// Taleo: the id in the `job` parameter, the only one kept.
fn taleo(mut u: Url) -> Option<Posting> {
    let id = u
        .query_pairs()
        .find(|(k, _)| k.eq_ignore_ascii_case("job"))
        .map(|(_, v)| v.into_owned())?;
    strip_query(&mut u, &["job"]);
    Some(Posting {
        url: finish(u),
        posting_id: Some(id),
        source: "taleo",
    })
}

/// LinkedIn: `.../jobs/view/<digits>` → `www.linkedin.com/jobs/view/<digits>`.
fn linkedin(s: &[String]) -> Option<Posting> {
    let i = s.iter().position(|p| p == "view")?;
    if i == 0 || s[i - 1] != "jobs" {
        return None;
    }
    let id: String = s
        .get(i + 1)?
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    if id.is_empty() {
        return None;
    }
    Some(Posting {
        url: format!("https://www.linkedin.com/jobs/view/{id}"),
        posting_id: Some(id),
        source: "linkedin",
    })
}

/// Indeed: the `jk`/`vjk` parameter → `<host>/viewjob?jk=<id>`.
fn indeed(u: &Url, host: &str) -> Option<Posting> {
    let jk = u
        .query_pairs()
        .find(|(k, _)| k == "jk" || k == "vjk")
        .map(|(_, v)| v.into_owned())?;
    Some(Posting {
        url: format!("https://{host}/viewjob?jk={jk}"),
        posting_id: Some(jk),
        source: "indeed",
    })
}

/// A careers page of a company's own site: a careers host or path word and
/// no portal, tool or help-page word; tracking parameters removed.
fn company_site_posting(mut u: Url, host: &str, reg: &str, s: &[String]) -> Option<Posting> {
    if NON_POSTING_HOSTS
        .iter()
        .any(|h| host == *h || host.ends_with(&format!(".{h}")))
        || is_known_platform_domain(reg)
    {
        return None;
    }
    let lower_segs: Vec<String> = s.iter().map(|p| p.to_ascii_lowercase()).collect();
    if lower_segs.iter().any(|p| {
        NON_POSTING_WORDS
            .iter()
            .any(|w| p == w || p.starts_with(&format!("{w}.")))
    }) {
        return None;
    }
    let sub = host.strip_suffix(reg).unwrap_or("");
    let careers_host = [
        "careers.",
        "jobs.",
        "karriere.",
        "career.",
        "carrieres.",
        "empleos.",
        "empleo.",
        "talent.",
        "stellen.",
    ]
    .iter()
    .any(|p| sub.starts_with(p));
    let careers_path = lower_segs
        .iter()
        .take(lower_segs.len().saturating_sub(1))
        .any(|p| CAREER_PATH_WORDS.contains(&p.as_str()));
    if !(careers_path || (careers_host && !s.is_empty())) || s.is_empty() {
        return None;
    }
    strip_query(&mut u, &[]);
    let id = s.last().and_then(|l| {
        l.rsplit(['-', '_'])
            .find(|p| p.chars().all(|c| c.is_ascii_digit()) && p.len() >= 2)
            .map(str::to_string)
            .or_else(|| leading_id(l).filter(|x| x.chars().all(|c| c.is_ascii_digit())))
    });
    Some(Posting {
        url: finish(u),
        posting_id: id,
        source: "company_site",
    })
}

/// Registrable domains of recruiting platforms, boards and tools whose
/// links are not postings unless one of the ATS rules above recognized them.
fn is_known_platform_domain(reg: &str) -> bool {
    const D: &[&str] = &[
        "greenhouse.io",
        "greenhouse-mail.io",
        "lever.co",
        "ashbyhq.com",
        "myworkday.com",
        "workdaymail.com",
        "linkedin.com",
        "indeed.com",
        "glassdoor.com",
        "ziprecruiter.com",
        "dice.com",
        "otta.com",
        "stepstone.de",
        "infojobs.net",
        "welcometothejungle.com",
        "hired.com",
        "hackerrank.com",
        "docusign.net",
        "smartrecruiters.com",
        "workablemail.com",
        "teamtailor-mail.com",
        "coursera.org",
        "amazon.com",
        "uber.com",
    ];
    D.contains(&reg)
}

/// The best posting link of an email: the first link an ATS rule
/// recognizes, else the first company-site careers link.
pub fn best_posting(links: &[String]) -> Option<Posting> {
    let mut fallback = None;
    for l in links.iter().take(200) {
        if let Some(p) = canonical_posting(l) {
            if p.source != "company_site" {
                return Some(p);
            }
            if fallback.is_none() {
                fallback = Some(p);
            }
        }
    }
    fallback
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safelinks_urldefense_postmark_and_indeed_unwrap() {
        assert_eq!(
            unwrap_redirects(
                "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fjobs.lever.co%2Facme%2Fabc-123&data=05"
            ),
            "https://jobs.lever.co/acme/abc-123"
        );
        assert_eq!(
            unwrap_redirects(
                "https://urldefense.com/v3/__https://jobs.ashbyhq.com/acme/8e1c5a3f__;!!Gx7!kP9$"
            ),
            "https://jobs.ashbyhq.com/acme/8e1c5a3f"
        );
        assert_eq!(
            unwrap_redirects(
                "https://click.pstmrk.it/3s/job-boards.greenhouse.io%2Facme%2Fjobs%2F447/Qk9x/p7Hn"
            ),
            "https://job-boards.greenhouse.io/acme/jobs/447"
        );
        assert_eq!(
            unwrap_redirects("https://www.google.com/url?q=https://acme.com/careers/x&sa=D"),
            "https://acme.com/careers/x"
        );
        assert_eq!(
            unwrap_redirects(
                "https://urldefense.proofpoint.com/v2/url?u=https-3A__boards.greenhouse.io_acme_jobs_12&d=DwM"
            ),
            "https://boards.greenhouse.io/acme/jobs/12"
        );
    }

    #[test]
    fn postings_are_canonical() {
        let p = canonical_posting("https://boards.greenhouse.io/acme/jobs/4387215?gh_src=7d1c")
            .unwrap();
        assert_eq!(p.url, "https://boards.greenhouse.io/acme/jobs/4387215");
        assert_eq!(p.posting_id.as_deref(), Some("4387215"));
        let p = canonical_posting("https://boards.greenhouse.io/embed/job_app?for=acme&token=99")
            .unwrap();
        assert_eq!(p.url, "https://boards.greenhouse.io/acme/jobs/99");
        let p = canonical_posting(
            "https://www.linkedin.com/comm/jobs/view/3987654321/?trackingId=Qm9B&trk=x",
        )
        .unwrap();
        assert_eq!(p.url, "https://www.linkedin.com/jobs/view/3987654321");
        assert_eq!(p.source, "linkedin");
        let p = canonical_posting("https://cts.indeed.com/v3/H4?url=https%3A%2F%2Fwww.indeed.com%2Fviewjob%3Fjk%3Da1b2%26from%3Dia&tk=1").unwrap();
        assert_eq!(p.url, "https://www.indeed.com/viewjob?jk=a1b2");
        let p = canonical_posting("https://es.indeed.com/rc/clk/dl?jk=0a1b&from=x").unwrap();
        assert_eq!(p.url, "https://es.indeed.com/viewjob?jk=0a1b");
        let p = canonical_posting(
            "https://careers-acme.icims.com/jobs/48213/analyst/job?mobile=false&width=1140",
        )
        .unwrap();
        assert_eq!(
            p.url,
            "https://careers-acme.icims.com/jobs/48213/analyst/job"
        );
        assert_eq!(p.posting_id.as_deref(), Some("48213"));
        let p = canonical_posting(
            "https://acme.wd5.myworkdayjobs.com/en-US/Ext/job/Austin-TX/Dev-III_JR-104522?source=x",
        )
        .unwrap();
        assert_eq!(p.posting_id.as_deref(), Some("JR-104522"));
        let p = canonical_posting(
            "https://atlas.taleo.net/careersection/2/jobdetail.ftl?job=2500123&lang=en",
        )
        .unwrap();
        assert_eq!(
            p.url,
            "https://atlas.taleo.net/careersection/2/jobdetail.ftl?job=2500123"
        );
        let p =
            canonical_posting("http://www.acme.com/careers/technical-writer?utm_source=x").unwrap();
        assert_eq!(p.url, "https://www.acme.com/careers/technical-writer");
        assert_eq!(p.source, "company_site");
    }

    #[test]
    fn portals_and_tools_are_not_postings() {
        assert!(
            canonical_posting("https://globex.wd5.myworkdayjobs.com/en-US/Globex/userHome")
                .is_none()
        );
        assert!(canonical_posting("https://calendly.com/acme/interview").is_none());
        assert!(
            canonical_posting("https://www.linkedin.com/comm/psettings/email-unsubscribe")
                .is_none()
        );
        assert!(canonical_posting("https://myjobs.indeed.com/applied").is_none());
        assert!(canonical_posting("not a url").is_none());
    }
}
