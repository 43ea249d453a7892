//! Job applications with a lifecycle, plus job alerts and recruiter outreach.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, TimeDelta, Timelike, Utc};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::doc::{Block, Doc};
use super::encode::{base64, slugify, url_encode};
use super::pools::{
    self, AGENCIES, Company, FIRST, LAST, LOCATIONS, Lang, ROLES, ROLES_DE, ROLES_ES,
};
use super::{Ctx, Layout, Mail, Source, SynthLabel, chance, maybe_attachment, one, pick};

/// Most applications kept in flight; beyond that the earliest is emitted early.
const MAX_IN_FLIGHT: usize = 256;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ev {
    /// LinkedIn Easy Apply confirmation before the ATS one.
    BoardApplied,
    Applied,
    Viewed,
    Review,
    Assessment,
    Interview(u8),
    Offer,
    Rejected,
    Withdrawn,
}

impl Ev {
    fn kind(self) -> &'static str {
        match self {
            Ev::BoardApplied | Ev::Applied => "applied",
            Ev::Viewed | Ev::Review => "update",
            Ev::Assessment => "assessment",
            Ev::Interview(_) => "interview",
            Ev::Offer => "offer",
            Ev::Rejected => "rejected",
            Ev::Withdrawn => "withdrawn",
        }
    }
}

struct App {
    key: String,
    co: Company,
    role: String,
    role_w: String,
    req: Option<String>,
    loc: &'static str,
    /// System that sends the company's mail (ATS or company site).
    ats: Source,
    /// How the candidate applied (label source).
    channel: Source,
    lang: Lang,
    posting: Option<String>,
    board_url: Option<String>,
    agency: (&'static str, &'static str),
    recruiter: (&'static str, &'static str),
    plan: Vec<Ev>,
    step: usize,
    confirm_subject: String,
    /// Message-ID of the company-side confirmation, the root of reply threads.
    confirm_id: Option<String>,
    thread: u64,
    interviewed: bool,
    confirm_at: DateTime<Utc>,
}

#[derive(Default)]
pub(crate) struct Tracker {
    pending: BTreeMap<(i64, u64), App>,
    seq: u64,
    current: Option<App>,
    pub started: u64,
}

impl Tracker {
    /// Next application message: a due event of an open application, else a new application.
    pub fn next(&mut self, rng: &mut ChaCha8Rng, ctx: &Ctx) -> (Mail, SynthLabel) {
        let now = ctx.now.timestamp();
        let due = self
            .pending
            .keys()
            .next()
            .copied()
            .filter(|k| k.0 <= now || self.pending.len() >= MAX_IN_FLIGHT);
        let app = match due.and_then(|k| self.pending.remove(&k)) {
            Some(a) => a,
            None => {
                self.started += 1;
                new_app(rng, ctx, self.started)
            }
        };
        let ev = app.plan[app.step];
        let (mail, source, url) = render(rng, &app, ev, ctx);
        let mut app = app;
        if ev == Ev::Applied
            && app.confirm_subject.is_empty()
            && !matches!(
                source,
                Source::LinkedIn | Source::Indeed | Source::Wellfound
            )
        {
            app.confirm_subject = mail.subject.clone();
        }
        let label = SynthLabel {
            message_id: String::new(),
            label: "application".into(),
            event_type: Some(ev.kind().into()),
            company: Some(app.co.name.to_string()),
            company_aliases: app.co.aliases(),
            role: Some(app.role.clone()),
            app_key: Some(app.key.clone()),
            source: Some(source.as_str().into()),
            posting_url: url,
        };
        self.current = Some(app);
        (mail, label)
    }

    /// Record the Message-ID of the message just written and schedule the next event.
    pub fn commit(&mut self, rng: &mut ChaCha8Rng, id: Option<String>, now: DateTime<Utc>) {
        let Some(mut app) = self.current.take() else {
            return;
        };
        if app.plan[app.step] == Ev::Applied
            && !app.confirm_subject.is_empty()
            && app.confirm_id.is_none()
        {
            app.confirm_id = id;
            app.confirm_at = now;
        }
        if matches!(app.plan[app.step], Ev::Interview(_)) {
            app.interviewed = true;
        }
        app.step += 1;
        if app.step < app.plan.len() {
            let gap_secs = match (app.plan[app.step - 1], app.plan[app.step]) {
                (Ev::BoardApplied, _) => rng.random_range(300..4 * 3600),
                (_, Ev::Viewed) | (_, Ev::Review) => rng.random_range(86_400..6 * 86_400),
                (_, Ev::Offer) => rng.random_range(2 * 86_400..10 * 86_400),
                (Ev::Applied, _) => rng.random_range(3 * 86_400..30 * 86_400),
                _ => rng.random_range(2 * 86_400..18 * 86_400),
            };
            self.seq += 1;
            self.pending
                .insert((now.timestamp() + gap_secs, self.seq), app);
        }
    }
}

#[expect(
    clippy::too_many_lines,
    reason = "test-data templates, one arm per kind of mail; the generator is outside the pipeline's 120-line rule (issue 15 notes it)"
)]
fn new_app(rng: &mut ChaCha8Rng, ctx: &Ctx, n: u64) -> App {
    let co = pools::company(rng.random_range(0..pools::company_count()));
    let native = co.lang != Lang::En && co.lang != Lang::Fr && chance(rng, 0.6);
    let role: String = match (co.lang, native) {
        (Lang::De, true) => pick(rng, ROLES_DE).into(),
        (Lang::Es, true) => pick(rng, ROLES_ES).into(),
        _ => pick(rng, ROLES).into(),
    };
    let lang = if native { co.lang } else { Lang::En };
    let r = rng.random_range(0..100);
    let (channel, dual) = if r < 55 {
        (co.ats, false)
    } else if r < 68 {
        (Source::LinkedIn, false)
    } else if r < 80 {
        (co.ats, true)
    } else if r < 88 {
        (Source::Indeed, false)
    } else if r < 93 {
        (Source::Wellfound, false)
    } else {
        (Source::Agency, false)
    };
    let req = if co.ats == Source::Workday || chance(rng, 0.3) {
        Some(match (co.ats, rng.random_range(0..5)) {
            (Source::Workday, _) | (_, 0) => format!("R{}", rng.random_range(10000..999999)),
            (_, 1) => format!("REQ-{}", rng.random_range(100..9999)),
            (_, 2) => format!("JR-{}", rng.random_range(100000..299999)),
            (_, 3) => format!("{}-{}", ctx.now.year(), rng.random_range(1000..9999)),
            _ => format!("{}", rng.random_range(10000..99999)),
        })
    } else {
        None
    };
    let role_w = match &req {
        Some(id) if chance(rng, 0.75) => match rng.random_range(0..4) {
            0 => format!("{role} ({id})"),
            1 => format!("{role} - {id}"),
            2 => format!("{id} {role}"),
            _ => format!("{role} [{id}]"),
        },
        _ => role.clone(),
    };
    let loc = pick(rng, LOCATIONS);
    let posting = posting_url(rng, &co, co.ats, &role, loc.1, req.as_deref());
    let board_url = match (channel, dual) {
        (Source::LinkedIn, _) | (_, true) => Some(format!(
            "https://www.linkedin.com/jobs/view/{}",
            rng.random_range(3_900_000_000u64..4_300_000_000)
        )),
        (Source::Indeed, _) => Some(format!(
            "https://www.indeed.com/viewjob?jk={:016x}",
            rng.random::<u64>()
        )),
        (Source::Wellfound, _) => Some(format!(
            "https://wellfound.com/jobs/{}-{}",
            rng.random_range(2_000_000..3_500_000),
            slugify(&role)
        )),
        _ => None,
    };
    // Lifecycle.
    let mut plan = Vec::new();
    if dual {
        plan.push(Ev::BoardApplied);
    }
    plan.push(Ev::Applied);
    if (channel == Source::LinkedIn || dual) && chance(rng, 0.4) {
        plan.push(Ev::Viewed);
    } else if chance(rng, 0.12) {
        plan.push(Ev::Review);
    }
    let r = rng.random_range(0..100);
    if r < 32 {
        if chance(rng, 0.35) {
            plan.push(Ev::Assessment);
        }
        let rounds = rng.random_range(1..=3u8);
        for k in 0..rounds {
            plan.push(Ev::Interview(k));
        }
        let o = rng.random_range(0..100);
        if o < 28 {
            plan.push(Ev::Offer);
        } else if o < 85 {
            plan.push(Ev::Rejected);
        } else if o < 91 {
            plan.push(Ev::Withdrawn);
        }
    } else if r < 40 {
        plan.push(Ev::Assessment);
        if chance(rng, 0.6) {
            plan.push(Ev::Rejected);
        }
    } else if r < 82 {
        plan.push(Ev::Rejected);
    } else if r < 86 {
        plan.push(Ev::Withdrawn);
    }
    App {
        key: format!("app-{}-{n:05}", ctx.seed),
        co,
        role,
        role_w,
        req,
        loc: loc.0,
        ats: if channel == Source::Agency {
            Source::Agency
        } else {
            co_ats(channel, dual)
        },
        channel,
        lang,
        posting,
        board_url,
        agency: pick(rng, AGENCIES),
        recruiter: (pick(rng, FIRST), pick(rng, LAST)),
        plan,
        step: 0,
        confirm_subject: String::new(),
        confirm_id: None,
        thread: rng.random_range(1_500_000_000_000_000_000u64..1_900_000_000_000_000_000),
        interviewed: false,
        confirm_at: ctx.now,
    }
}

/// The system that sends the company's mail: its ATS, or its own careers address
/// when the candidate applied on a board without an ATS hop.
fn co_ats(channel: Source, dual: bool) -> Source {
    match channel {
        Source::LinkedIn | Source::Indeed | Source::Wellfound if !dual => Source::CompanySite,
        other => other,
    }
}

fn posting_url(
    rng: &mut ChaCha8Rng,
    co: &Company,
    ats: Source,
    role: &str,
    loc_slug: &str,
    req: Option<&str>,
) -> Option<String> {
    let s = &co.slug;
    let role_slug = slugify(role);
    let uuid = format!(
        "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
        rng.random::<u32>(),
        rng.random::<u16>(),
        rng.random::<u16>() & 0xfff,
        (rng.random::<u16>() & 0x3fff) | 0x8000,
        rng.random::<u64>() & 0xffff_ffff_ffff
    );
    Some(match ats {
        Source::Greenhouse => {
            let id = rng.random_range(4_000_000..8_000_000);
            if s.len().is_multiple_of(2) {
                format!("https://boards.greenhouse.io/{s}/jobs/{id}")
            } else {
                format!("https://job-boards.greenhouse.io/{s}/jobs/{id}")
            }
        }
        Source::Lever => format!("https://jobs.lever.co/{s}/{uuid}"),
        Source::Ashby => format!("https://jobs.ashbyhq.com/{s}/{uuid}"),
        Source::Workday => {
            let site = [
                "External",
                "Careers",
                &format!("{}_Careers", co.name.split(' ').next().unwrap_or("Global")),
                "en-US",
            ][s.len() % 3]
                .to_string();
            let id = req.map_or_else(
                || format!("R{}", rng.random_range(10000..99999)),
                str::to_string,
            );
            format!(
                "https://{s}.wd{}.myworkdayjobs.com/en-US/{site}/job/{loc_slug}/{}_{id}",
                co.wd,
                role_slug.split('-').map(cap).collect::<Vec<_>>().join("-")
            )
        }
        Source::Icims => format!(
            "https://careers-{s}.icims.com/jobs/{}/{role_slug}/job",
            rng.random_range(1000..99999)
        ),
        Source::SmartRecruiters => format!(
            "https://jobs.smartrecruiters.com/{}/{}",
            co.name.replace([' ', '&'], ""),
            rng.random_range(743_999_000_000_000u64..744_000_999_999_999)
        ),
        Source::Taleo => format!(
            "https://{s}.taleo.net/careersection/{}/jobdetail.ftl?job={}",
            ["2", "ex", "10000", "external"][s.len() % 4],
            req.map_or_else(
                || rng.random_range(100000..999999).to_string(),
                str::to_string
            )
        ),
        Source::Jobvite => format!(
            "https://jobs.jobvite.com/{s}/job/o{}",
            base64(&rng.random::<u64>().to_le_bytes())[..8].replace(['+', '/'], "x")
        ),
        Source::Workable => format!(
            "https://apply.workable.com/{s}/j/{:010X}",
            rng.random::<u64>() & 0xff_ffff_ffff
        ),
        Source::BambooHr => format!(
            "https://{s}.bamboohr.com/careers/{}",
            rng.random_range(20..400)
        ),
        Source::CompanySite => {
            if chance(rng, 0.5) {
                format!(
                    "https://{}/careers/{}",
                    co.domain,
                    rng.random_range(1000..9999)
                )
            } else {
                format!(
                    "https://careers.{}/jobs/{}-{role_slug}",
                    co.domain,
                    rng.random_range(100..999)
                )
            }
        }
        _ => return None,
    })
}

fn cap(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// The URL as it appears in a body: canonical, with tracking parameters, or wrapped
/// in a click-tracking redirect.
fn link(rng: &mut ChaCha8Rng, url: &str) -> String {
    let tracked = if let Some(id) = url.strip_prefix("https://www.linkedin.com/jobs/view/") {
        format!(
            "https://www.linkedin.com/comm/jobs/view/{id}/?trackingId={}&refId={}&lipi=urn%3Ali%3Apage%3Aemail_jobs_application",
            url_encode(&base64(&rng.random::<u64>().to_le_bytes())),
            url_encode(&base64(&rng.random::<u64>().to_le_bytes()))
        )
    } else {
        let sep = if url.contains('?') { '&' } else { '?' };
        match rng.random_range(0..3) {
            0 => format!(
                "{url}{sep}utm_source=email&utm_medium=notification&utm_campaign=candidate_{}",
                rng.random_range(1..99)
            ),
            1 => format!("{url}{sep}gh_src={:08x}", rng.random::<u32>()),
            _ => format!("{url}{sep}source=LinkedIn&src=email"),
        }
    };
    match rng.random_range(0..10) {
        0..=3 => url.to_string(),
        4..=6 => tracked,
        7 | 8 => format!(
            "https://click.example-mail.com/ls/click?upn={}&u={}",
            base64(&rng.random::<u128>().to_le_bytes()).trim_end_matches('='),
            url_encode(&tracked)
        ),
        _ => format!(
            "https://u{}.ct.sendgrid.example.net/ls/click?upn={}-2B{}&u={}",
            rng.random_range(1_000_000..9_999_999),
            base64(&rng.random::<u64>().to_le_bytes()).trim_end_matches('='),
            rng.random_range(100..999),
            url_encode(url)
        ),
    }
}

fn ats_sender(rng: &mut ChaCha8Rng, co: &Company, ats: Source) -> (Option<String>, String) {
    let n = co.name;
    let s = &co.slug;
    let (name, addr): (Option<String>, String) = match (ats, rng.random_range(0..3)) {
        (Source::Greenhouse, 0) => (Some(n.into()), "no-reply@greenhouse.io".into()),
        (Source::Greenhouse, 1) => (
            Some(format!("{n} Recruiting")),
            "no-reply@us.greenhouse-mail.io".into(),
        ),
        (Source::Greenhouse, _) => (
            Some(format!("{n} Talent Acquisition")),
            format!("recruiting@{}", co.domain),
        ),
        (Source::Lever, 0) => (
            Some(format!("{n} Hiring Team")),
            "no-reply@hire.lever.co".into(),
        ),
        (Source::Lever, _) => (Some(n.into()), "no-reply@hire.lever.co".into()),
        (Source::Ashby, 0) => (Some(n.into()), "no-reply@ashbyhq.com".into()),
        (Source::Ashby, _) => (
            Some(format!("{n} Recruiting")),
            "no-reply@ashbyhq.com".into(),
        ),
        (Source::Workday, 0) => (None, format!("{s}@myworkday.com")),
        (Source::Workday, 1) => (Some(n.into()), format!("{s}@myworkday.com")),
        (Source::Workday, _) => (Some(format!("{n} Careers")), format!("{s}@workdaymail.com")),
        (Source::Icims, 0) => (
            Some(format!("{n} @ icims")),
            format!("{s}+autoreply@talent.icims.com"),
        ),
        (Source::Icims, _) => (
            Some(format!("{n} Talent Acquisition @ icims")),
            format!("{s}+autoreply@talent.icims.com"),
        ),
        (Source::SmartRecruiters, 0) => (
            Some("SmartRecruiters".into()),
            "notification@smartrecruiters.com".into(),
        ),
        (Source::SmartRecruiters, _) => (Some(n.into()), "notification@smartrecruiters.com".into()),
        (Source::Taleo, 0) => (None, "noreply@taleo.net".into()),
        (Source::Taleo, _) => (Some(format!("{n} Careers")), format!("{s}@taleo.net")),
        (Source::Jobvite, 0) => (
            Some(format!("{n} Recruiting")),
            "notification@jobvite.com".into(),
        ),
        (Source::Jobvite, _) => (Some(n.into()), format!("{s}@jobvite.com")),
        (Source::Workable, 0) => (
            Some(format!("{n} Hiring Team")),
            "noreply@workablemail.com".into(),
        ),
        (Source::Workable, _) => (Some(n.into()), format!("{s}@candidates.workablemail.com")),
        (Source::BambooHr, 0) => (
            Some(format!("{n} Careers")),
            "notifications@app.bamboohr.com".into(),
        ),
        (Source::BambooHr, _) => (Some(n.into()), "notifications@app.bamboohr.com".into()),
        (_, 0) => (
            Some(format!("{n} Careers")),
            format!("careers@{}", co.domain),
        ),
        (_, 1) => (
            Some(format!("{n} Talent Team")),
            format!("jobs@{}", co.domain),
        ),
        (_, _) => (Some(n.into()), format!("no-reply@{}", co.domain)),
    };
    (name, addr)
}

fn recruiter_addr(app: &App) -> (String, String) {
    let (f, l) = app.recruiter;
    let name = format!("{f} {l}");
    let local = format!("{}.{}", ascii_lower(f), ascii_lower(l));
    (name, format!("{local}@{}", app.co.domain))
}

pub(crate) fn ascii_lower(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'é' | 'è' => 'e',
            'ü' => 'u',
            'ö' => 'o',
            'ä' => 'a',
            'í' => 'i',
            'ó' => 'o',
            c => c,
        })
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase()
}

fn footer(rng: &mut ChaCha8Rng, src: Source, co: &Company, ctx: &Ctx) -> Vec<String> {
    let y = ctx.now.year();
    let v: Vec<String> = match src {
        Source::Greenhouse => vec![one(rng, ["Powered by Greenhouse", "This message was sent via Greenhouse on behalf of the hiring team. Please do not reply directly to this email."]).into()],
        Source::Lever => vec!["Sent via Lever".into(), format!("© {y} {}", co.legal)],
        Source::Ashby => vec!["Powered by Ashby".into()],
        Source::Workday => vec!["This is a system-generated email. Please do not reply to this message.".into(), format!("© {y} {} | Privacy", co.legal)],
        Source::Icims => vec!["Please do not reply to this email; this mailbox is not monitored.".into(), "Powered by iCIMS".into()],
        Source::SmartRecruiters => vec!["Powered by SmartRecruiters | Privacy Policy".into()],
        Source::Taleo => vec!["*** This is an automated message – please do not reply ***".into(), "Oracle Taleo Enterprise".into()],
        Source::Jobvite => vec!["Powered by Jobvite".into()],
        Source::Workable => vec!["Sent with Workable".into(), format!("{} is using Workable to manage hiring.", co.name)],
        Source::BambooHr => vec!["Powered by BambooHR".into()],
        Source::LinkedIn => vec![
            format!("This email was intended for {}. Learn why we included this.", ctx.user_name),
            "You are receiving job application emails. Unsubscribe · Help".into(),
            format!("© {y} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085. LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn."),
        ],
        Source::Indeed => vec![format!("© {y} Indeed - 6433 Champion Grandview Way, Building 1, Austin, TX 78750"), "Privacy Policy | Terms | Unsubscribe".into()],
        Source::Wellfound => vec!["Wellfound (formerly AngelList Talent) · 415 Mission St, San Francisco, CA".into(), "Manage notification settings".into()],
        Source::Other => vec![],
        _ => vec![format!("© {y} {}{} All rights reserved.", co.legal, if co.legal.ends_with('.') { "" } else { "." }), format!("{} | {}", co.domain, one(rng, ["Privacy Notice", "Candidate Privacy Policy", "Equal Opportunity Employer"]))],
    };
    v
}

fn brand_color(co: &Company) -> &'static str {
    [
        "#0a66c2", "#24a47f", "#5b2be0", "#d93f0b", "#005eb8", "#111111", "#e01e5a", "#0f766e",
    ][co.slug.len() % 8]
}

fn greeting(rng: &mut ChaCha8Rng, ctx: &Ctx) -> String {
    match rng.random_range(0..5) {
        0 => format!("Hi {},", ctx.user_first),
        1 => format!("Dear {},", ctx.user_name),
        2 => format!("Hello {},", ctx.user_first),
        3 => "Dear Candidate,".into(),
        _ => format!("{},", ctx.user_first),
    }
}

fn signoff(rng: &mut ChaCha8Rng, app: &App) -> Vec<String> {
    let (f, l) = app.recruiter;
    let co = app.co.name;
    match rng.random_range(0..5) {
        0 => vec!["Best regards,".into(), format!("The {co} Recruiting Team")],
        1 => vec!["Thanks again,".into(), format!("{co} Talent Acquisition")],
        2 => vec![
            "Warm regards,".into(),
            format!("{f} {l}"),
            format!(
                "{} | {co}",
                one(
                    rng,
                    [
                        "Technical Recruiter",
                        "Talent Partner",
                        "Senior Recruiter",
                        "People Operations"
                    ]
                )
            ),
        ],
        3 => vec!["Sincerely,".into(), format!("{co} Human Resources")],
        _ => vec!["Cheers,".into(), format!("{f} from {co}")],
    }
}

fn date_words(t: DateTime<Utc>) -> String {
    let h = t.hour() % 12;
    format!(
        "{} at {}:{:02} {}",
        t.format("%A, %B %-d, %Y"),
        if h == 0 { 12 } else { h },
        (t.minute() / 15) * 15,
        if t.hour() >= 12 { "PM" } else { "AM" }
    )
}

/// Render one application event. Returns the mail, the label source and the canonical posting URL shown.
#[expect(
    clippy::too_many_lines,
    reason = "test-data templates, one arm per kind of mail; the generator is outside the pipeline's 120-line rule (issue 15 notes it)"
)]
fn render(rng: &mut ChaCha8Rng, app: &App, ev: Ev, ctx: &Ctx) -> (Mail, Source, Option<String>) {
    let co = &app.co;
    let role_w = &app.role_w;
    let mut d = Doc::new(co.name);
    d.accent = brand_color(co);
    d.wrap = chance(rng, 0.3);
    let mut url: Option<String> = None;
    let mut source = app.channel;
    let first = ctx.user_first;

    // Sender: who sends this event.
    let ats_sends = app.channel != Source::Agency;
    let direct = recruiter_addr(app);
    let (mut from_name, mut from_addr) = if app.channel == Source::Agency {
        let (f, l) = app.recruiter;
        (
            Some(format!("{f} {l}")),
            format!("{}@{}", ascii_lower(f), app.agency.1),
        )
    } else {
        ats_sender(rng, co, app.ats)
    };
    let mut threaded = false;
    let mut subject: String;
    let mut ics: Option<String> = None;
    let mut attachment = None;
    let mut layout = Layout::Any;
    let mut footer_src = app.ats;

    if app.channel == Source::Agency
        && matches!(ev, Ev::Applied | Ev::Review | Ev::Rejected | Ev::Withdrawn)
    {
        let (s, th) = agency_content(rng, app, ev, ctx, &mut d);
        return finish(
            rng,
            app,
            ev,
            ctx,
            d,
            s,
            from_name,
            from_addr,
            source,
            None,
            Layout::Text,
            th,
            None,
            None,
            Source::Other,
        );
    }
    match ev {
        Ev::BoardApplied | Ev::Applied
            if ev == Ev::BoardApplied || app.channel == Source::LinkedIn =>
        {
            source = Source::LinkedIn;
            footer_src = Source::LinkedIn;
            from_name = Some("LinkedIn".into());
            from_addr = "jobs-noreply@linkedin.com".into();
            d.brand = "LinkedIn".into();
            d.accent = "#0a66c2";
            subject = match rng.random_range(0..3) {
                0 => format!("{first}, your application was sent to {}", co.name),
                1 => format!("Your application was sent to {}", co.name),
                _ => format!("Your application to {role_w} at {}", co.name),
            };
            d.push(Block::Heading(format!(
                "Your application was sent to {}",
                co.name
            )));
            let u = app.board_url.clone().unwrap_or_default();
            d.push(Block::Cards(vec![(
                role_w.clone(),
                format!("{} · {}", co.name, app.loc),
                link(rng, &u),
                format!("Applied on {}", ctx.now.format("%B %-d, %Y")),
            )]));
            url = app.board_url.clone();
            d.p(one(rng, [
                "Now, take these next steps for more success with your job search",
                "Your profile and resume were shared with the hiring team. We’ll let you know if there are any updates.",
                "Good luck! Keep applying to increase your chances of getting hired.",
            ]));
            d.push(Block::Button("View similar jobs".into(), format!("https://www.linkedin.com/comm/jobs/collections/similar-jobs/?referenceJobId={}", rng.random_range(3_900_000_000u64..4_300_000_000))));
        }
        Ev::Applied | Ev::BoardApplied => {
            let (s, u) = applied_content(rng, app, ctx, &mut d);
            subject = s;
            url = u;
            match app.channel {
                Source::Indeed => {
                    source = Source::Indeed;
                    footer_src = Source::Indeed;
                    from_name = Some("Indeed Apply".into());
                    from_addr = "indeedapply@indeed.com".into();
                    layout = if chance(rng, 0.5) {
                        Layout::Alt
                    } else {
                        Layout::Html
                    };
                }
                Source::Wellfound => {
                    footer_src = Source::Wellfound;
                    from_name = Some("Wellfound".into());
                    from_addr =
                        one(rng, ["team@hi.wellfound.com", "no-reply@wellfound.com"]).into();
                }
                _ => {}
            }
        }
        Ev::Viewed => {
            source = Source::LinkedIn;
            footer_src = Source::LinkedIn;
            from_name = Some("LinkedIn".into());
            from_addr = "jobs-noreply@linkedin.com".into();
            d.brand = "LinkedIn".into();
            subject = match rng.random_range(0..3) {
                0 => format!("Your application was viewed by {}", co.name),
                1 => format!("{first}, your application was viewed by {}", co.name),
                _ => format!("{} viewed your application", co.name),
            };
            d.push(Block::Heading(format!(
                "{} viewed your application",
                co.name
            )));
            d.p(format!(
                "The hiring team at {} viewed your application for {role_w}.",
                co.name
            ));
            let u = app.board_url.clone().unwrap_or_default();
            d.push(Block::Cards(vec![(
                role_w.clone(),
                format!("{} · {}", co.name, app.loc),
                link(rng, &u),
                format!("Applied {} days ago", rng.random_range(1..9)),
            )]));
            url = app.board_url.clone();
            d.p("This doesn’t guarantee a response, but it means your application was seen. Tip: Applicants who message the job poster are more likely to hear back.");
        }
        Ev::Review => {
            subject = match rng.random_range(0..4) {
                0 => format!("Your application for {role_w} is under review"),
                1 => format!("Application status update - {}", co.name),
                2 => format!("An update on your application to {}", co.name),
                _ if !app.confirm_subject.is_empty() => format!("Re: {}", app.confirm_subject),
                _ => format!("Your application to {}", co.name),
            };
            threaded = subject.starts_with("Re:");
            d.p(greeting(rng, ctx));
            d.p(one(rng, [
                "We wanted to give you a quick update: your application is currently under review by the hiring team.",
                "Your application status has changed to: In Review. Our team is carefully reviewing all applications and will be in touch about next steps.",
                "Thank you for your patience. Your application has been forwarded to the hiring manager, who is reviewing candidates this week.",
            ]).to_string());
            d.p(format!("Position: {role_w}"));
            d.push(Block::Sig(signoff(rng, app)));
        }
        Ev::Assessment => {
            let vendor = rng.random_range(0..5);
            let hours = one(rng, [60, 75, 90, 120]);
            match vendor {
                0 => {
                    from_name = Some(format!("{} via HackerRank", co.name));
                    from_addr = "support@hackerrankforwork.com".into();
                    footer_src = Source::Other;
                    subject = one(
                        rng,
                        [
                            format!("{} invites you to take a HackerRank test", co.name),
                            format!("Invitation: {} Online Assessment", co.name),
                            format!("Coding challenge for {role_w} at {}", co.name),
                        ],
                    );
                    d.brand = "HackerRank".into();
                    d.p(format!("Hi {first},"));
                    d.p(format!("You have been invited by {} to take the online coding assessment for the {role_w} position. The test contains 3 questions and must be completed in {hours} minutes.", co.name));
                    d.push(Block::Button(
                        "Start test".into(),
                        format!(
                            "https://www.hackerrank.com/test/{:x}/login?b={}",
                            rng.random::<u64>(),
                            base64(&rng.random::<u64>().to_le_bytes()).trim_end_matches('=')
                        ),
                    ));
                    d.p("The invitation expires in 7 days. Make sure you have a stable internet connection before you begin.");
                }
                1 => {
                    from_name = Some("CodeSignal".into());
                    from_addr = "noreply@codesignal.com".into();
                    footer_src = Source::Other;
                    subject = format!(
                        "{} has invited you to complete a Pre-Screen Assessment",
                        co.name
                    );
                    d.brand = "CodeSignal".into();
                    d.p(format!("Hello {first},"));
                    d.p(format!("{} would like you to complete the General Coding Assessment as part of your application for {role_w}. The assessment takes about {hours} minutes.", co.name));
                    d.push(Block::Button(
                        "Start assessment".into(),
                        format!(
                            "https://app.codesignal.com/invite/{:x}",
                            rng.random::<u64>()
                        ),
                    ));
                }
                2 => {
                    from_name = Some(format!("{} via Codility", co.name));
                    from_addr = "no-reply@codility.com".into();
                    footer_src = Source::Other;
                    subject = format!("{} - coding test invitation", co.name);
                    d.brand = "Codility".into();
                    d.p(format!("Dear {},", ctx.user_name));
                    d.p(format!("{} has invited you to take a Codility coding test for the {role_w} role. Time limit: {hours} minutes.", co.name));
                    d.push(Block::Button(
                        "Go to the test".into(),
                        format!("https://app.codility.com/test/{:X}/", rng.random::<u64>()),
                    ));
                }
                3 => {
                    from_name = Some(co.name.into());
                    from_addr = "interviews@hirevue.com".into();
                    footer_src = Source::Other;
                    subject = format!("{} - On Demand Video Interview Invitation", co.name);
                    d.p(format!("Hi {first},"));
                    d.p(format!("Thank you for your interest in the {role_w} position at {}. The next step is a HireVue on-demand video assessment: you will answer a few questions on camera at a time that suits you.", co.name));
                    d.push(Block::Button(
                        "Begin assessment".into(),
                        format!(
                            "https://app.hirevue.com/interviews/{:x}",
                            rng.random::<u64>()
                        ),
                    ));
                    d.p("Please complete it within 5 days.");
                }
                _ => {
                    subject = one(
                        rng,
                        [
                            format!("Next step: take-home assignment for {role_w}"),
                            format!("{} - technical exercise", co.name),
                            if app.confirm_subject.is_empty() {
                                format!("Take-home exercise - {}", co.name)
                            } else {
                                format!("Re: {}", app.confirm_subject)
                            },
                        ],
                    );
                    threaded = subject.starts_with("Re:");
                    d.p(greeting(rng, ctx));
                    d.p(format!("Thanks again for applying for the {role_w} role. As the next step in our process we would like you to complete a short take-home assignment. It should take no more than {} hours.", rng.random_range(2..5)));
                    d.p("Please find the instructions at the link below and submit your solution within 5 days. Let us know if you need more time.");
                    d.push(Block::Link(
                        "Assignment instructions".into(),
                        format!(
                            "https://{}/take-home/{:x}",
                            app.co.domain,
                            rng.random::<u32>()
                        ),
                    ));
                    d.push(Block::Sig(signoff(rng, app)));
                }
            }
        }
        Ev::Interview(round) => {
            let stage = match round {
                0 => one(
                    rng,
                    [
                        "recruiter phone screen",
                        "introductory call",
                        "phone screen",
                    ],
                ),
                1 => one(
                    rng,
                    [
                        "technical interview",
                        "hiring manager interview",
                        "pair programming session",
                    ],
                ),
                _ => one(
                    rng,
                    ["final round interview", "virtual onsite", "panel interview"],
                ),
            };
            let when = ctx.now + TimeDelta::days(rng.random_range(2..9));
            let when = when
                .with_hour(rng.random_range(14..22))
                .and_then(|w| w.with_minute(one(rng, [0, 15, 30, 45])))
                .and_then(|w| w.with_second(0))
                .unwrap_or(when);
            let (rn, ra) = direct.clone();
            match rng.random_range(0..10) {
                0 | 1 => {
                    from_name = Some("Calendly".into());
                    from_addr = "notifications@calendly.com".into();
                    footer_src = Source::Other;
                    subject = format!(
                        "Confirmed: {} with {rn} on {}",
                        cap(stage),
                        when.format("%A, %B %-d, %Y")
                    );
                    d.brand = "Calendly".into();
                    d.p(format!("Hi {},", ctx.user_name));
                    d.p("A new event has been scheduled.");
                    d.push(Block::Table(vec![
                        ("Event Type".into(), format!("{} - {}", co.name, cap(stage))),
                        ("Invitee".into(), ctx.user_name.into()),
                        ("Invitee Email".into(), ctx.user_addr.into()),
                        (
                            "Event Date/Time".into(),
                            format!("{} (Pacific Time - US & Canada)", date_words(when)),
                        ),
                        (
                            "Location".into(),
                            format!(
                                "https://zoom.us/j/{}",
                                rng.random_range(80_000_000_000u64..99_999_999_999)
                            ),
                        ),
                    ]));
                    d.push(Block::Link(
                        "View event in Calendly".into(),
                        format!("https://calendly.com/events/{:x}", rng.random::<u64>()),
                    ));
                    d.footer
                        .push("Sent from Calendly. Need help? Visit our Help Center.".into());
                }
                2 => {
                    from_name = Some(format!("{} Recruiting", co.name));
                    from_addr =
                        one(rng, ["scheduling@goodtime.io", "no-reply@modernloop.io"]).into();
                    footer_src = Source::Other;
                    subject = format!("Interview Confirmation: {role_w} at {}", co.name);
                    d.p(greeting(rng, ctx));
                    d.p(format!("Your {stage} with {} for the {role_w} position is confirmed. Please find the details below.", co.name));
                    d.push(Block::Table(vec![
                        ("Date".into(), date_words(when)),
                        (
                            "Interviewers".into(),
                            format!("{rn}, {} {}", pick(rng, FIRST), pick(rng, LAST)),
                        ),
                        (
                            "Video link".into(),
                            format!(
                                "https://meet.google.com/{}",
                                one(rng, ["abc-defg-hij", "kqr-zmtw-xpe", "vob-nnsa-cty"])
                            ),
                        ),
                    ]));
                    d.p("Need to reschedule? Reply to this email and we will find another time.");
                }
                3 | 4 => {
                    from_name = Some(format!("{rn} (Google Calendar)"));
                    from_addr = "calendar-notification@google.com".into();
                    footer_src = Source::Other;
                    let end = when + TimeDelta::minutes(45);
                    subject = format!(
                        "Invitation: {} <> {} - {} @ {} ({})",
                        co.name,
                        ctx.user_name,
                        cap(stage),
                        when.format("%a %b %-d, %Y %-I%P - ").to_string()
                            + &end.format("%-I:%M%P (UTC)").to_string(),
                        ctx.user_addr
                    );
                    d.brand = "Google Calendar".into();
                    d.p(format!("{rn} has invited you to an event."));
                    d.push(Block::Table(vec![
                        ("When".into(), date_words(when)),
                        (
                            "Joining info".into(),
                            format!(
                                "meet.google.com/{}",
                                one(rng, ["hwe-qpkx-ort", "gsd-ueye-jrn", "ipb-mfhq-kda"])
                            ),
                        ),
                        (
                            "Guests".into(),
                            format!("{rn} - organizer, {}", ctx.user_addr),
                        ),
                    ]));
                    d.p(format!("Description: {} for the {role_w} role. Looking forward to speaking with you!", cap(stage)));
                    d.footer.push("Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.".into());
                    ics = Some(format!(
                        "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:{}\nDTEND:{}\nORGANIZER;CN={rn}:mailto:{ra}\nATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{}\nSUMMARY:{} <> {} - {}\nUID:{:x}@google.com\nEND:VEVENT\nEND:VCALENDAR\n",
                        when.format("%Y%m%dT%H%M%SZ"),
                        end.format("%Y%m%dT%H%M%SZ"),
                        ctx.user_name,
                        ctx.user_addr,
                        co.name,
                        ctx.user_name,
                        cap(stage),
                        rng.random::<u64>()
                    ));
                }
                5..=7 => {
                    // Recruiter writes personally, replying in the confirmation thread.
                    if app.channel == Source::Agency {
                        let (f, l) = app.recruiter;
                        from_name = Some(format!("{f} {l}"));
                        from_addr = format!("{}@{}", ascii_lower(f), app.agency.1);
                    } else {
                        from_name = Some(rn.clone());
                        from_addr = ra.clone();
                    }
                    threaded = chance(rng, 0.7) && app.confirm_id.is_some();
                    subject = if threaded {
                        format!("Re: {}", app.confirm_subject)
                    } else {
                        one(
                            rng,
                            [
                                format!("{} - Next steps", co.name),
                                format!("Interview invitation - {role_w}"),
                                format!("Let's schedule a call ({})", co.name),
                            ],
                        )
                    };
                    layout = Layout::Text;
                    footer_src = Source::Other;
                    d.p(format!("Hi {first},"));
                    d.p(match if round > 0 { 2 } else { rng.random_range(0..2) } {
                        _ if app.channel == Source::Agency => format!("Good news: {} would like to invite you to a {stage} for the {role_w} role. The hiring manager liked your CV a lot.", co.name),
                        0 => format!("Thanks for your interest in the {role_w} role at {}. We were impressed with your background and would like to invite you to interview with us: a {stage} of about 45 minutes.", co.name),
                        1 => format!("I'm {} on the recruiting team at {}. I'd love to schedule a call to talk about the {role_w} position. The next step is a {stage}.", rn.split(' ').next().unwrap_or(""), co.name),
                        _ => one(rng, [
                            format!("Great news: the team enjoyed the last conversation and would like to move you forward to the {stage} for {role_w}."),
                            format!("Thanks for your time with the team last week. We'd like to invite you to the {stage} for the {role_w} position."),
                        ]),
                    });
                    d.p(one(rng, [
                        "Could you share your availability for next week? Alternatively, feel free to pick a slot that works for you here:",
                        "Please let me know a few times that work for you over the next few days, or book directly using the link below:",
                    ]).to_string());
                    d.push(Block::Link(
                        "Book a time".into(),
                        format!(
                            "https://calendly.com/{}-{}/{}",
                            ascii_lower(app.recruiter.0),
                            ascii_lower(app.recruiter.1),
                            one(rng, ["30min", "phone-screen", "interview"])
                        ),
                    ));
                    d.push(Block::Sig(vec![
                        "Best,".into(),
                        rn.clone(),
                        format!("Recruiting | {}", co.name),
                    ]));
                }
                _ => {
                    subject = one(
                        rng,
                        [
                            format!("Invitation to interview - {role_w}"),
                            format!("{}: schedule your {stage}", co.name),
                            format!("Next steps for your application to {}", co.name),
                        ],
                    );
                    d.p(greeting(rng, ctx));
                    d.p(format!("Congratulations! After reviewing your application for {role_w}, we would like to invite you to the next step in our process: the {stage}. Please use the link below to select a time that works for you."));
                    d.push(Block::Button(
                        "Select interview time".into(),
                        format!(
                            "https://{}.example-scheduling.com/s/{:x}",
                            co.slug,
                            rng.random::<u64>()
                        ),
                    ));
                    d.push(Block::Sig(signoff(rng, app)));
                }
            }
            if app.lang == Lang::De && chance(rng, 0.6) {
                subject_de_interview(&mut d, app, ctx, stage);
                return finish(
                    rng,
                    app,
                    ev,
                    ctx,
                    d,
                    format!("Einladung zum Vorstellungsgespräch – {}", app.role_w),
                    from_name,
                    from_addr,
                    source,
                    url,
                    Layout::Any,
                    false,
                    None,
                    None,
                    footer_src,
                );
            }
        }
        Ev::Offer => {
            let (rn, ra) = direct.clone();
            match rng.random_range(0..3) {
                0 => {
                    from_name = Some(format!("{rn} via Docusign"));
                    from_addr = one(
                        rng,
                        [
                            "dse_NA3@docusign.net",
                            "dse_NA4@docusign.net",
                            "dse@eumail.docusign.net",
                        ],
                    )
                    .into();
                    footer_src = Source::Other;
                    subject = one(
                        rng,
                        [
                            format!(
                                "Complete with Docusign: {} Offer Letter - {}.pdf",
                                co.name, ctx.user_name
                            ),
                            format!("Please DocuSign: {} - Offer of Employment", co.name),
                        ],
                    );
                    d.brand = "Docusign".into();
                    d.accent = "#4c00ff";
                    d.p(format!("{rn} sent you a document to review and sign."));
                    d.push(Block::Button("REVIEW DOCUMENT".into(), format!("https://na3.docusign.net/Signing/EmailStart.aspx?a={:x}-{:x}&etti=24&acct={:x}", rng.random::<u64>(), rng.random::<u32>(), rng.random::<u64>())));
                    d.p(format!("{rn}\n{ra}"));
                    d.p(format!("Hi {first}, we are thrilled to extend an offer for the {role_w} position at {}! Please review and sign your offer letter by {}.", co.name, (ctx.now + TimeDelta::days(5)).format("%B %-d")));
                    d.footer.push("Do Not Share This Email: This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.".into());
                }
                1 => {
                    from_name = Some(rn.clone());
                    from_addr = ra.clone();
                    footer_src = Source::Other;
                    subject = one(
                        rng,
                        [
                            format!("Offer of employment - {role_w}"),
                            format!("Your offer from {}", co.name),
                            format!("{} offer letter", co.name),
                        ],
                    );
                    layout = Layout::Text;
                    d.p(format!("Hi {first},"));
                    d.p(format!("On behalf of everyone at {}, I am delighted to offer you the position of {role_w}, based in {}. {}", co.name, app.loc, one(rng, ["The formal offer letter will follow via DocuSign shortly; here is a summary.", "Here is a summary of the offer; the full letter is in your candidate portal."])));
                    d.push(Block::Table(vec![
                        (
                            "Base salary".into(),
                            format!("${},000 per year", rng.random_range(95..240)),
                        ),
                        (
                            "Start date".into(),
                            (ctx.now + TimeDelta::days(rng.random_range(14..45)))
                                .format("%B %-d, %Y")
                                .to_string(),
                        ),
                        (
                            "Equity".into(),
                            format!(
                                "{} RSUs vesting over 4 years",
                                rng.random_range(2..20) * 500
                            ),
                        ),
                    ]));
                    attachment = maybe_attachment(
                        rng,
                        0.3,
                        &format!("Offer_Letter_{}", ctx.user_name.replace(' ', "_")),
                    );
                    if attachment.is_some() {
                        d.p("I've also attached a PDF copy of the offer letter for your records.");
                    }
                    d.p("Please let me know if you have any questions. We would love to have you on the team!");
                    d.push(Block::Sig(vec!["Best,".into(), rn.clone(), co.name.into()]));
                }
                _ => {
                    subject = one(
                        rng,
                        [
                            format!("Your offer from {}", co.name),
                            format!("Offer for {role_w}"),
                            format!("Congratulations from {}!", co.name),
                        ],
                    );
                    d.p(greeting(rng, ctx));
                    d.p(format!("We are pleased to offer you the {role_w} position at {}! Your offer letter is ready for review in the candidate portal.", co.name));
                    d.p("Please log in to review and accept the offer of employment. The offer is valid for 7 days.");
                    d.push(Block::Sig(signoff(rng, app)));
                }
            }
        }
        Ev::Rejected => {
            let (s, th) = rejected_content(rng, app, ctx, &mut d);
            subject = s;
            threaded = th;
            if app.channel == Source::LinkedIn && !app.interviewed && chance(rng, 0.4) {
                source = Source::LinkedIn;
                footer_src = Source::LinkedIn;
                from_name = Some("LinkedIn".into());
                from_addr = "jobs-noreply@linkedin.com".into();
                threaded = false;
                subject = one(
                    rng,
                    [
                        format!("Your application to {role_w} at {}", co.name),
                        format!("Your update from {}", co.name),
                    ],
                );
                d.brand = "LinkedIn".into();
                d.accent = "#0a66c2";
            } else if !ats_sends || app.interviewed && chance(rng, 0.3) {
                let (rn, ra) = direct.clone();
                if app.channel != Source::Agency {
                    from_name = Some(rn);
                    from_addr = ra;
                }
                layout = Layout::Text;
                footer_src = Source::Other;
            }
        }
        Ev::Withdrawn => {
            subject = one(
                rng,
                [
                    "Your application has been withdrawn".to_string(),
                    format!("Confirmation: application withdrawn - {role_w}"),
                    format!("You withdrew your application to {}", co.name),
                ],
            );
            d.p(greeting(rng, ctx));
            d.p(one(rng, [
                format!("This email confirms that you have withdrawn your application for {role_w} at {}. If this was a mistake, you can apply again from our careers page.", co.name),
                format!("As requested, we have withdrawn your candidacy for the {role_w} position. Thank you for your interest in {}, and best of luck in your search.", co.name),
                format!("We received your request to withdraw from consideration for {role_w}. Your application has been withdrawn and the hiring team has been notified."),
            ]));
            d.push(Block::Sig(signoff(rng, app)));
        }
    }
    let target = match (app.channel, ev) {
        (Source::Agency, _) => None,
        (Source::Indeed | Source::Wellfound, Ev::Applied) => app.board_url.clone(),
        _ => app.posting.clone().or(app.board_url.clone()),
    };
    if url.is_none()
        && matches!(ev, Ev::Applied | Ev::Review | Ev::Withdrawn)
        && let Some(p) = target
        && chance(rng, 0.85)
    {
        d.push(Block::Link(
            one(rng, ["View the job posting", "Job description", "View job"]).into(),
            link(rng, &p),
        ));
        url = Some(p);
    }
    finish(
        rng, app, ev, ctx, d, subject, from_name, from_addr, source, url, layout, threaded, ics,
        attachment, footer_src,
    )
}

/// An agency recruiter writing personally about the application they submitted.
fn agency_content(
    rng: &mut ChaCha8Rng,
    app: &App,
    ev: Ev,
    ctx: &Ctx,
    d: &mut Doc,
) -> (String, bool) {
    let n = app.co.name;
    let rw = &app.role_w;
    let (f, l) = app.recruiter;
    d.wrap = chance(rng, 0.5);
    d.p(one(
        rng,
        [
            format!("Hi {},", ctx.user_first),
            format!("Hey {},", ctx.user_first),
            format!("{},", ctx.user_first),
        ],
    ));
    let re = app.confirm_id.is_some() && chance(rng, 0.6);
    let subject = match ev {
        Ev::Applied => {
            d.p(one(rng, [
                format!("Great speaking with you earlier. As discussed, I've submitted your CV to {n} for the {rw} position in {}.", app.loc),
                format!("Just confirming that your application for the {rw} role at {n} has gone over to the hiring manager today."),
                format!("Thanks for sending over the updated resume. I have put you forward to {n} for {rw}; they are moving quickly on this one."),
            ]));
            d.p("I'll chase them for feedback this week and let you know as soon as I hear anything.");
            one(
                rng,
                [
                    format!("Your application: {rw} ({})", app.agency.0),
                    format!("Submitted: {n} - {rw}"),
                    format!("{rw} at {n} - CV sent"),
                ],
            )
        }
        Ev::Review => {
            d.p(format!("Quick update: {n} are still reviewing profiles for the {rw} role. The hiring manager is back from holiday on Monday, so I expect feedback next week."));
            if re {
                format!("Re: {}", app.confirm_subject)
            } else {
                format!("{n} update")
            }
        }
        Ev::Withdrawn => {
            d.p(format!("As requested, I've let {n} know that you'd like to withdraw from the {rw} process. No problem at all, and congratulations again on the other offer!"));
            if re {
                format!("Re: {}", app.confirm_subject)
            } else {
                format!("Withdrawal - {n} {rw}")
            }
        }
        _ => {
            d.p(format!(
                "Thanks for your patience. I've just heard back from {n} regarding the {rw} role."
            ));
            d.p(one(rng, [
                "Unfortunately they have decided not to move forward with your application. They felt other candidates had more direct experience in their domain.".to_string(),
                "I'm sorry to say they've decided to pursue other candidates at this stage. The feedback was positive on your technical background, though.".to_string(),
                format!("Sadly {n} won't be progressing, as the role has been filled internally."),
            ]));
            d.p("Don't be discouraged, I have a couple of other roles that could be a great fit. Free for a call this week?");
            if re {
                format!("Re: {}", app.confirm_subject)
            } else {
                format!("Feedback from {n}")
            }
        }
    };
    d.push(Block::Sig(vec![
        "Best,".into(),
        format!("{f} {l}"),
        format!(
            "{} | {}",
            one(
                rng,
                [
                    "Senior Consultant",
                    "Recruitment Consultant",
                    "Principal Recruiter"
                ]
            ),
            app.agency.0
        ),
    ]));
    let threaded = subject.starts_with("Re:");
    (subject, threaded)
}

fn subject_de_interview(d: &mut Doc, app: &App, ctx: &Ctx, stage: &str) {
    d.blocks.clear();
    d.p(format!("Hallo {},", ctx.user_first));
    d.p(format!("vielen Dank für Ihre Bewerbung als {} bei der {}. Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne zu einem ersten Kennenlerngespräch ({stage}) einladen.", app.role_w, app.co.legal));
    d.p("Bitte wählen Sie über den folgenden Link einen passenden Termin aus. Wir freuen uns auf das Gespräch!");
    d.push(Block::Link(
        "Termin auswählen".into(),
        format!("https://{}/termine/{}", app.co.domain, app.step),
    ));
    d.push(Block::Sig(vec![
        "Mit freundlichen Grüßen".into(),
        format!("{} {}", app.recruiter.0, app.recruiter.1),
        format!("Talent Acquisition | {}", app.co.legal),
    ]));
}

#[allow(clippy::too_many_arguments)]
fn finish(
    rng: &mut ChaCha8Rng,
    app: &App,
    ev: Ev,
    ctx: &Ctx,
    mut d: Doc,
    subject: String,
    from_name: Option<String>,
    from_addr: String,
    source: Source,
    url: Option<String>,
    layout: Layout,
    threaded: bool,
    ics: Option<String>,
    attachment: Option<super::Attachment>,
    footer_src: Source,
) -> (Mail, Source, Option<String>) {
    let mut subject = subject;
    let extra = footer(rng, footer_src, &app.co, ctx);
    d.footer.extend(extra);
    if threaded && app.confirm_id.is_some() {
        // Quote the first message of the thread.
        d.push(Block::P(format!(
            "On {}, {} wrote:",
            app.confirm_at.format("%a, %b %-d, %Y at %-I:%M %p"),
            app.co.name
        )));
        d.push(Block::Quote(format!(
            "Thank you for applying to {}.\nWe have received your application for {}.",
            app.co.name, app.role_w
        )));
    }
    let html = layout != Layout::Text;
    let mut mail =
        Mail::new(from_name, from_addr, std::mem::take(&mut subject)).body(rng, &d, html);
    mail.layout = layout;
    mail.ics = ics;
    mail.attachment = attachment;
    mail.thread = (threaded || ev == Ev::Applied).then_some(app.thread);
    if threaded && let Some(root) = &app.confirm_id {
        mail.in_reply_to = Some(root.clone());
        mail.references = vec![root.clone()];
    }
    if app.channel == Source::Indeed && ev == Ev::Applied {
        // The text part omits the company; it is only in the HTML.
        mail.text = mail
            .text
            .replace(&format!(" at {}", app.co.name), "")
            .replace(app.co.name, "the employer");
    }
    (mail, source, url)
}

#[expect(
    clippy::too_many_lines,
    reason = "test-data templates, one arm per kind of mail; the generator is outside the pipeline's 120-line rule (issue 15 notes it)"
)]
fn applied_content(
    rng: &mut ChaCha8Rng,
    app: &App,
    ctx: &Ctx,
    d: &mut Doc,
) -> (String, Option<String>) {
    let co = &app.co;
    let n = co.name;
    let rw = &app.role_w;
    let first = ctx.user_first;
    let req = app.req.clone().unwrap_or_else(|| "N/A".into());
    let subject: String;
    if app.lang == Lang::De {
        subject = one(
            rng,
            [
                format!("Ihre Bewerbung als {rw} bei {n}"),
                "Eingangsbestätigung Ihrer Bewerbung".to_string(),
                format!("Vielen Dank für Ihre Bewerbung – {rw}"),
            ],
        );
        d.p(format!("Hallo {first},"));
        d.p(one(rng, [
            format!("vielen Dank für Ihre Bewerbung als {rw} und Ihr Interesse an der {}. Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen.", co.legal),
            format!("herzlichen Dank für Ihre Bewerbung! Hiermit bestätigen wir den Eingang Ihrer Unterlagen für die Position {rw}."),
            format!("wir freuen uns über Ihr Interesse an einer Tätigkeit bei {n}. Ihre Bewerbung als {rw} ist bei uns eingegangen."),
        ]));
        d.p("Wir melden uns so schnell wie möglich mit einer Rückmeldung bei Ihnen. Bis dahin bitten wir Sie um etwas Geduld.");
        d.push(Block::Sig(vec![
            "Mit freundlichen Grüßen".into(),
            format!("Ihr Recruiting-Team der {}", co.legal),
        ]));
    } else if app.lang == Lang::Es {
        subject = one(
            rng,
            [
                format!("Hemos recibido tu candidatura - {rw}"),
                format!("Gracias por tu solicitud en {n}"),
                format!("Confirmación de candidatura: {rw}"),
            ],
        );
        d.p(format!("Hola {first},"));
        d.p(one(rng, [
            format!("¡Gracias por tu interés en {n}! Hemos recibido tu solicitud para el puesto de {rw}."),
            format!("Te confirmamos que hemos recibido correctamente tu candidatura para la posición de {rw} en {}.", co.legal),
            format!("Muchas gracias por postularte a la vacante de {rw}. Tu candidatura ya está en nuestro sistema."),
        ]));
        d.p("Nuestro equipo revisará tu perfil y nos pondremos en contacto contigo si encaja con lo que buscamos.");
        d.push(Block::Sig(vec![
            "Un saludo,".into(),
            format!("El equipo de Talento de {n}"),
        ]));
    } else {
        subject = match (app.channel, app.ats, rng.random_range(0..3)) {
            (Source::Indeed, _, 0) => format!("Indeed Application: {rw}"),
            (Source::Indeed, _, 1) => "Your application has been submitted".to_string(),
            (Source::Indeed, _, _) => format!("Application submitted: {rw}"),
            (Source::Wellfound, _, 0) => format!("Your application to {n} was sent"),
            (Source::Wellfound, _, _) => format!("You applied to {rw} at {n}"),
            (Source::Agency, _, 0) => format!("Your application: {rw} ({})", app.agency.0),
            (Source::Agency, _, _) => format!("Application submitted to {n} - {rw}"),
            (_, Source::Greenhouse, 0) => format!("Thank you for applying to {n}"),
            (_, Source::Greenhouse, 1) => format!("Thank you for your application to {n}"),
            (_, Source::Greenhouse, _) => format!("{n} - Application Received"),
            (_, Source::Lever, 0) => format!("Thank you for your application to {n}"),
            (_, Source::Lever, 1) => format!("Thanks for applying to {n}!"),
            (_, Source::Lever, _) => format!("{n} | {rw} - Application received"),
            (_, Source::Ashby, 0) => format!("Thanks for applying to {n}"),
            (_, Source::Ashby, 1) => format!("Your application to {n}"),
            (_, Source::Ashby, _) => format!("Application received: {rw}"),
            (_, Source::Workday, 0) => format!("Thank you for applying to {n}"),
            (_, Source::Workday, 1) => format!("{n}: Application Received - {rw}"),
            (_, Source::Workday, _) => format!("Application Confirmation - {rw}"),
            (_, Source::Icims, 0) => format!("Thank you for your interest in {n}"),
            (_, Source::Icims, 1) => format!("{n} Application Confirmation - {rw}"),
            (_, Source::Icims, _) => "Your application has been received".to_string(),
            (_, Source::SmartRecruiters, 0) => format!("Your application for {rw} at {n}"),
            (_, Source::SmartRecruiters, 1) => "Thank you for your application".to_string(),
            (_, Source::SmartRecruiters, _) => format!("{n}: Application received"),
            (_, Source::Taleo, 0) => format!("{n} - Application Acknowledgement - {rw}"),
            (_, Source::Taleo, 1) => format!("Thank you for applying - Job {req}"),
            (_, Source::Taleo, _) => "Confirmation of your application".to_string(),
            (_, Source::Jobvite, 0) => format!("Thank you for your interest in {n}!"),
            (_, Source::Jobvite, 1) => format!("Application for {rw}"),
            (_, Source::Jobvite, _) => "We received your application".to_string(),
            (_, Source::Workable, 0) => format!("Thanks for applying to {n}"),
            (_, Source::Workable, 1) => format!("Your application for the {rw} position"),
            (_, Source::Workable, _) => format!("Application received - {rw}"),
            (_, Source::BambooHr, 0) => format!("Thank you for applying at {n}"),
            (_, Source::BambooHr, 1) => format!("Your application to {n}"),
            (_, Source::BambooHr, _) => format!("We received your application for {rw}"),
            (_, _, 0) => format!("Application received - {rw}"),
            (_, _, 1) => format!("Thank you for applying to {n}"),
            (_, _, _) => format!("Your {n} application"),
        };
        if app.channel == Source::Indeed {
            d.brand = "Indeed".into();
            d.accent = "#2557a7";
            d.push(Block::Heading("Application submitted".into()));
            d.push(Block::HtmlOnly(format!("{rw} — {n} — {}", app.loc)));
            d.p(format!(
                "Your application has been submitted. Good luck, {first}!"
            ));
            d.p("You will get an email from the employer if they would like to move forward. Track your applications in My jobs.");
            d.push(Block::Button(
                "Track application".into(),
                "https://www.indeed.com/myjobs?from=ia_confirm".into(),
            ));
            return (subject, None);
        }
        d.p(greeting(rng, ctx));
        d.p(match rng.random_range(0..6) {
            0 => format!("Thank you for applying to the {rw} position at {n}. We have received your application and our team will review it shortly."),
            1 => format!("Thank you for your interest in {n}! We wanted to let you know that we received your application for {rw}."),
            2 => format!("Thanks for applying to {n}! Your application for the {rw} role has been received."),
            3 => format!("Thanks for your application. We’re excited that you’re interested in joining {n} as our next {}.", app.role),
            4 => format!("Thank you for submitting your application for the position of {rw} (Job ID: {req}) in {}.", app.loc),
            _ => format!("We have received your application for {rw}. Thank you for considering a career at {} — we appreciate your interest.", co.legal),
        });
        d.p(one(rng, [
            "Our recruiting team reviews every application carefully. If your qualifications match our needs, a member of our team will reach out to you to discuss next steps.",
            "Due to the high volume of applications, we are not able to respond to every applicant individually, but we will be in touch if your experience is a fit.",
            "Our team is reviewing applications on a rolling basis. If there is a match, we’ll contact you about next steps; otherwise we’ll keep you posted either way.",
            "What happens next? The hiring team will review your resume over the next two weeks and contact you if they would like to learn more.",
        ]));
        if chance(rng, 0.25) {
            d.p("What to expect next:");
            d.push(Block::List(vec![
                "Our recruiting team reviews your profile against the role requirements.".into(),
                "If there is a match, we will contact you to schedule an introductory call.".into(),
                "Either way, we will let you know the outcome by email.".into(),
            ]));
        }
        if app.ats == Source::Workday || app.ats == Source::Taleo || app.ats == Source::Icims {
            d.p("You can check the status of your application at any time by signing in to your candidate home account.");
        }
        if chance(rng, 0.3) {
            d.p(format!("{n} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status."));
        }
        d.push(Block::Sig(signoff(rng, app)));
    }
    (subject, None)
}

fn rejected_content(rng: &mut ChaCha8Rng, app: &App, ctx: &Ctx, d: &mut Doc) -> (String, bool) {
    let n = app.co.name;
    let rw = &app.role_w;
    let same = app.confirm_id.is_some() && chance(rng, 0.55);
    if app.lang == Lang::De {
        d.p(format!("Hallo {},", ctx.user_first));
        d.p(format!(
            "vielen Dank für Ihre Bewerbung als {rw} und das damit verbundene Interesse an der {}.",
            app.co.legal
        ));
        d.p(one(rng, [
            "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
            "Nach sorgfältiger Prüfung haben wir uns für andere Kandidatinnen und Kandidaten entschieden, deren Profil noch besser zu unseren Anforderungen passt.",
            "Leider können wir Ihnen heute keine positive Nachricht geben: Wir haben uns gegen eine weitere Berücksichtigung Ihrer Bewerbung entschieden.",
        ]));
        d.p("Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.");
        d.push(Block::Sig(vec![
            "Mit freundlichen Grüßen".into(),
            format!("Ihr Recruiting-Team der {n}"),
        ]));
        let s = if same {
            app.confirm_subject.clone()
        } else {
            format!("Ihre Bewerbung bei {n}")
        };
        return (s, false);
    }
    if app.lang == Lang::Es {
        d.p(format!("Hola {},", ctx.user_first));
        d.p(format!("Gracias por tu interés en {n} y por el tiempo dedicado a tu candidatura para el puesto de {rw}."));
        d.p(one(rng, [
            "Lamentamos informarte de que hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a nuestras necesidades actuales.",
            "Tras revisar tu candidatura con detenimiento, lamentamos comunicarte que no seguiremos adelante con tu proceso en esta ocasión.",
        ]));
        d.p("Te deseamos mucho éxito en tu búsqueda.");
        d.push(Block::Sig(vec![
            "Un saludo,".into(),
            format!("El equipo de Talento de {n}"),
        ]));
        let s = if same {
            app.confirm_subject.clone()
        } else {
            format!("Tu candidatura en {n}")
        };
        return (s, false);
    }
    let subject = if same {
        if chance(rng, 0.3) {
            format!("Re: {}", app.confirm_subject)
        } else {
            app.confirm_subject.clone()
        }
    } else {
        one(
            rng,
            [
                format!("Update on your application to {n}"),
                format!("Your application to {n}"),
                format!("{n} - {rw}"),
                "Regarding your application".to_string(),
                format!("Following up on your {n} application"),
                format!("Thank you for your interest in {n}"),
            ],
        )
    };
    d.p(greeting(rng, ctx));
    if app.interviewed {
        d.p(one(rng, [
            format!("Thank you for taking the time to speak with our team about the {rw} role. It was a pleasure getting to know you."),
            format!("Thanks again for interviewing with {n} for the {rw} position and for the time you invested in our process."),
        ]));
    } else {
        d.p(one(rng, [
            format!("Thank you for your interest in {n} and for taking the time to apply for the {rw} position."),
            format!("Thanks so much for applying to {n}. We truly appreciate the time and effort you put into your application for {rw}."),
            format!("Thank you for applying for the {rw} role. We have received your application and reviewed it carefully."),
            format!("We appreciate your interest in joining {n} as {rw}."),
        ]));
    }
    d.p(one(rng, [
        "After careful consideration, we regret to inform you that we will not be moving forward with your application at this time.",
        "We received a large number of applications and, unfortunately, we have decided to pursue other candidates whose experience more closely aligns with the requirements of this role.",
        "Unfortunately, you have not been selected to move forward in the process.",
        "We wanted to let you know that we have decided to move forward with other candidates for this position.",
        "While your background is impressive, we are unable to offer you a position at this time.",
        "After reviewing your qualifications, your application is no longer under consideration for this role.",
        "Unfortunately, we won’t be moving forward with your candidacy. This was a difficult decision given the strength of the applicant pool.",
        "We regret to inform you that the position has been filled.",
    ]));
    d.p(one(rng, [
        "We will keep your resume on file and encourage you to apply for future openings that match your skills.",
        "We wish you the very best in your job search and future professional endeavors.",
        "Please don’t let this discourage you from applying to other roles at our company in the future.",
    ]));
    d.push(Block::Sig(signoff(rng, app)));
    let threaded = same && subject.starts_with("Re:");
    (subject, threaded)
}

// ---------------------------------------------------------------- job alerts

#[expect(
    clippy::too_many_lines,
    reason = "test-data templates, one arm per kind of mail; the generator is outside the pipeline's 120-line rule (issue 15 notes it)"
)]
pub(crate) fn job_alert(rng: &mut ChaCha8Rng, _ctx: &Ctx) -> (Mail, SynthLabel) {
    let query = pick(rng, ROLES);
    let loc = pick(rng, LOCATIONS).0;
    let n = rng.random_range(4..14usize);
    let mut cards = Vec::with_capacity(n);
    let kind = rng.random_range(0..10);
    let mut first_job = (String::new(), String::new());
    for i in 0..n {
        let co = pools::company(rng.random_range(0..pools::company_count()));
        let role = if i == 0 {
            query.to_string()
        } else {
            pick(rng, ROLES).to_string()
        };
        if i == 0 {
            first_job = (co.name.to_string(), role.clone());
        }
        let url = match kind {
            0..=4 => format!(
                "https://www.linkedin.com/comm/jobs/view/{}/?trackingId={}&refId={}",
                rng.random_range(3_900_000_000u64..4_300_000_000),
                url_encode(&base64(&rng.random::<u64>().to_le_bytes())),
                url_encode(&base64(&rng.random::<u64>().to_le_bytes()))
            ),
            5..=7 => format!(
                "https://www.indeed.com/rc/clk/dl?jk={:016x}&from=ja&qd={}&rd={}&tk={}",
                rng.random::<u64>(),
                base64(&rng.random::<u64>().to_le_bytes()).trim_end_matches('='),
                base64(&rng.random::<u64>().to_le_bytes()).trim_end_matches('='),
                rng.random::<u32>()
            ),
            _ => format!(
                "https://www.glassdoor.com/partner/jobListing.htm?pos={}&ao={}&jobListingId={}&utm_source=jobalert",
                101 + i,
                rng.random_range(1_100_000..1_200_000),
                rng.random_range(1_009_000_000_000u64..1_009_999_999_999)
            ),
        };
        let sub = format!("{} · {}", co.name, one(rng, [loc, "Remote", "Hybrid", loc]));
        let blurb = one(
            rng,
            [
                "Easy Apply",
                "Actively recruiting",
                "Be an early applicant",
                "3 connections work here",
                "$140K - $185K a year",
                "Responded to 75% or more applications in the past 30 days",
                "Just posted",
                "4.1 ★",
            ],
        );
        cards.push((role, sub, url, blurb.to_string()));
    }
    let (name, addr, subject, src, brand) = match kind {
        0..=4 => (
            "LinkedIn Job Alerts",
            "jobalerts-noreply@linkedin.com",
            match rng.random_range(0..3) {
                0 => format!("“{query}”: {} - {} and more", first_job.0, first_job.1),
                1 => format!("{n} new jobs for “{query}”"),
                _ => format!(
                    "{} at {} and {} more jobs in {loc} for you",
                    first_job.1,
                    first_job.0,
                    n - 1
                ),
            },
            Source::LinkedIn,
            "LinkedIn",
        ),
        5..=7 => (
            "Indeed",
            "donotreply@match.indeed.com",
            match rng.random_range(0..2) {
                0 => format!("{n} new {query} jobs in {loc}"),
                _ => format!("{} at {} and more", first_job.1, first_job.0),
            },
            Source::Indeed,
            "Indeed",
        ),
        _ => (
            "Glassdoor Jobs",
            "noreply@glassdoor.com",
            format!(
                "{} at {} and {} more jobs in {loc}",
                first_job.1,
                first_job.0,
                n - 1
            ),
            Source::Other,
            "Glassdoor",
        ),
    };
    let mut d = Doc::new(brand);
    d.accent = match src {
        Source::LinkedIn => "#0a66c2",
        Source::Indeed => "#2557a7",
        _ => "#0caa41",
    };
    d.preheader = Some(format!("Your job alert for {query} in {loc}"));
    d.push(Block::Heading(format!("Your job alert for {query}")));
    d.p(format!("{n} new jobs match your preferences in {loc}."));
    d.push(Block::Cards(cards));
    d.push(Block::Button(
        "See all jobs".into(),
        "https://www.example-jobs-redirect.com/alerts/all".into(),
    ));
    d.footer = vec![
        format!("You are receiving Job Alert emails for {query}."),
        "Manage job alerts · Unsubscribe · Help".into(),
    ];
    let mut mail = Mail::new(Some(name.into()), addr.into(), subject).body(rng, &d, true);
    mail.headers.push((
        "List-Unsubscribe".into(),
        format!(
            "<https://{}/unsubscribe?e={:x}>",
            addr.split('@').nth(1).unwrap_or("example.com"),
            rng.random::<u64>()
        ),
    ));
    if rng.random_range(0..2) == 0 {
        mail.layout = Layout::Alt;
    }
    let mut label = SynthLabel::plain("job_alert");
    label.source = Some(src.as_str().into());
    (mail, label)
}

// ---------------------------------------------------------- recruiter outreach

#[expect(
    clippy::too_many_lines,
    reason = "test-data templates, one arm per kind of mail; the generator is outside the pipeline's 120-line rule (issue 15 notes it)"
)]
pub(crate) fn outreach(rng: &mut ChaCha8Rng, ctx: &Ctx) -> (Mail, SynthLabel) {
    let co = pools::company(rng.random_range(0..pools::company_count()));
    let role = pick(rng, ROLES);
    let loc = pick(rng, LOCATIONS).0;
    let (f, l) = (pick(rng, FIRST), pick(rng, LAST));
    let first = ctx.user_first;
    let mut label = SynthLabel::plain("recruiter_outreach");
    label.role = Some(role.into());
    let mut d = Doc::new("");
    let mail = if chance(rng, 0.5) {
        // LinkedIn InMail.
        label.source = Some("linkedin".into());
        label.company = Some(co.name.into());
        label.company_aliases = co.aliases();
        let subject = match rng.random_range(0..4) {
            0 => format!("{role} opportunity at {}", co.name),
            1 => format!("Hi {first}, quick question"),
            2 => format!("Exciting {role} role - {loc}"),
            _ => format!("{} is hiring: {role}", co.name),
        };
        d.brand = "LinkedIn".into();
        d.accent = "#0a66c2";
        d.p(format!("Hi {first},"));
        d.p(match rng.random_range(0..3) {
            0 => format!("I came across your profile and was really impressed by your experience. I'm a recruiter at {} and we're hiring a {role} to join our team in {loc}.", co.name),
            1 => format!("I lead talent acquisition at {}. Your background looks like a great fit for a {role} opening we have, and I'd love to tell you more.", co.name),
            _ => format!("Hope you're doing well! {} is growing fast and we're looking for a {role}. Based on your experience, I think you'd be a strong match.", co.name),
        });
        d.p(one(rng, ["Would you be open to a quick 15-minute chat this week?", "Are you open to new opportunities right now? Happy to share the details and compensation range.", "If you're interested, reply here and we can find a time to talk."]));
        d.push(Block::Sig(vec![
            "Best,".into(),
            format!("{f} {l}"),
            format!(
                "{} at {}",
                one(
                    rng,
                    ["Technical Recruiter", "Talent Partner", "Head of Talent"]
                ),
                co.name
            ),
        ]));
        d.push(Block::Button(
            "Reply".into(),
            format!(
                "https://www.linkedin.com/comm/messaging/thread/{:x}/",
                rng.random::<u64>()
            ),
        ));
        d.footer = vec![
            "This is an InMail message from a LinkedIn member.".into(),
            format!(
                "This email was intended for {}. © {} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.",
                ctx.user_name,
                ctx.now.year()
            ),
        ];
        Mail::new(
            Some(format!("{f} {l} via LinkedIn")),
            one(
                rng,
                ["hit-reply@linkedin.com", "inmail-hit-reply@linkedin.com"],
            )
            .into(),
            subject,
        )
        .body(rng, &d, true)
    } else {
        let (agency, domain) = pick(rng, AGENCIES);
        label.source = Some("agency".into());
        let named = chance(rng, 0.5);
        let client = if named {
            label.company = Some(co.name.into());
            label.company_aliases = co.aliases();
            co.name.to_string()
        } else {
            format!(
                "a {} in {loc}",
                one(
                    rng,
                    [
                        "Series B fintech",
                        "well-funded healthtech startup",
                        "global e-commerce brand",
                        "fast-growing SaaS company",
                        "leading logistics company"
                    ]
                )
            )
        };
        let subject = match rng.random_range(0..4) {
            0 => format!("{role} - {loc} - ${}k", rng.random_range(120..220)),
            1 => format!("Confidential opportunity: {role}"),
            2 => format!("{role} role with {client}"),
            _ => format!("Your background + a {role} role"),
        };
        d.wrap = chance(rng, 0.5);
        d.p(format!("Hi {first},"));
        d.p(format!("I hope you're well. My name is {f} and I'm a recruiter at {agency}. I'm working with {client} on a {role} position and your profile stood out to me."));
        d.p(one(rng, [
            "It's a permanent, full-time role with a hybrid setup (2 days in the office), a strong engineering culture and a competitive package with equity.",
            "The team is small, the product is growing quickly and the hiring manager is looking to move fast — interviews could happen next week.",
            "From what I've seen on your profile, you'd be a great match for what they need.",
        ]));
        d.p("Would you be open to a quick call? If now isn't the right time, no worries — feel free to pass this along to anyone who might be interested.");
        d.push(Block::Sig(vec![
            "Kind regards,".into(),
            format!("{f} {l}"),
            format!("Senior Consultant | {agency}"),
            format!(
                "+1 ({}) 555-{:04}",
                rng.random_range(200..989),
                rng.random_range(0..9999)
            ),
        ]));
        let mut m = Mail::new(
            Some(format!("{f} {l}")),
            format!("{}.{}@{domain}", ascii_lower(f), ascii_lower(l)),
            subject,
        )
        .body_p(rng, &d, 0.4);
        m.category = "Category Personal";
        m
    };
    (mail, label)
}
