//! Extraction: the employer, role, requisition id, location and date of
//! application and outreach mail, then its posting link, source and
//! application date. The extract rules' captures come first (a title on the
//! company side swaps with the role); then the company candidates the rules
//! do not weigh, with the confidences of `[company]` in `rules/weights.toml`:
//! the other side of a calendar invitation, an ATS sender's display name,
//! the ATS tenant (`acme@myworkday.com`) spelled as in the text, and, for an
//! unknown sender, its or the reply-to's domain. The highest weight wins
//! per field. Platforms, job boards, tools and agencies are never the
//! employer; an agency's domain makes the source `agency`.

use chrono::{DateTime, NaiveDate, Utc};
use regex::Captures;

use super::evidence::Evidence;
use super::ranker::role::{RoleOrigin, RolePool, role_spans};
use super::ranker::{Origin, Pool, Ranker, SpanContext, language_spans};
use super::rules::{CompanyFrom, Compiled, ExtractRule, Field, SenderKind, SenderRule};
use super::weights::CompanyWeights;
use super::{EmailInput, EventType, Label};
use crate::names::company::{clean_company, is_agency_name, is_platform};
use crate::names::domain::{
    company_from_domain, domain_label, name_for_slug, registrable_domain, title_from_slug,
};
use crate::names::links::Posting;
use crate::names::person::looks_like_person;
use crate::names::role::{clean_role, looks_like_title, normalize_role};

/// A value found for a field, how sure, and by which rule.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Candidate {
    pub value: String,
    pub weight: f32,
    pub rule: String,
}

/// What extraction found in one email.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Fields {
    pub company: Option<Candidate>,
    pub role: Option<Candidate>,
    pub location: Option<Candidate>,
    /// The application date as written.
    pub date: Option<Candidate>,
    pub requisition: Option<String>,
    /// The sender's domain or its name is a staffing or recruitment agency's.
    pub agency: bool,
    /// Every employer candidate, for the ranker.
    pub pool: Pool,
    /// Every role candidate of the extract rules, for the role ranker.
    pub roles: RolePool,
}

impl Fields {
    /// Why: `source:agency`, then the rules of the company and the role.
    pub fn reasons(&self) -> impl Iterator<Item = String> + '_ {
        let agency = self.agency.then(|| "source:agency".to_string());
        let rules = [&self.company, &self.role]
            .into_iter()
            .flatten()
            .map(|c| c.rule.clone());
        agency.into_iter().chain(rules)
    }
}

/// Offers an employer candidate: to the rules' pick and to the ranker's pool.
fn offer_company(f: &mut Fields, value: String, weight: f32, rule: &str) {
    f.pool.add(&value, Origin::of_rule(rule), weight, rule);
    offer(&mut f.company, value, weight, rule);
}

/// Keeps the better candidate: `value` replaces what `slot` holds only with
/// a higher weight.
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

/// The fields of an application or outreach mail: the extract rules'
/// captures, the other company candidates, no role equal to the employer,
/// and a requisition id from the subject where no rule found one.
pub(super) fn fields(
    c: &Compiled,
    w: &CompanyWeights,
    e: &EmailInput<'_>,
    ev: &Evidence<'_>,
    ranker: Option<&Ranker>,
    role_ranker: Option<&Ranker>,
) -> Fields {
    let subject = e.subject.unwrap_or("");
    let mut f = rule_captures(c, e, ev);
    company_candidates(c, w, e, ev, &mut f);
    if let Some(ranker) = ranker {
        let ctx = rank_context(c, e, ev, &mut f);
        f.company = ranker.pick(&f.pool, &ctx).map(|(s, p)| Candidate {
            value: s.value.clone(),
            weight: p,
            rule: s.rule.clone(),
        });
    }
    if let Some(role_ranker) = role_ranker {
        let ctx = role_context(c, e, ev);
        role_spans(&mut f.roles, &ctx);
        let employer = f.company.as_ref().map(|x| x.value.as_str());
        f.role = role_ranker
            .pick_role(&f.roles, &ctx, employer)
            .map(|(s, p)| Candidate {
                value: s.value.clone(),
                weight: p,
                rule: s.rule.clone(),
            });
    }
    // "Application status update - Pennine Energy": a subject pattern
    // that reads the employer as the title. A role equal to the employer
    // is no role.
    if let (Some(r), Some(co)) = (&f.role, &f.company)
        && normalize_role(&r.value) == normalize_role(&co.value)
    {
        f.role = None;
    }
    if f.requisition.is_none() {
        f.requisition = clean_role(subject).1;
    }
    f
}

/// What the ranker's features look at for incoming mail.
pub(super) fn span_context<'a>(
    c: &'a Compiled,
    e: &EmailInput<'a>,
    ev: &'a Evidence<'_>,
) -> SpanContext<'a> {
    SpanContext {
        agency: super::ranker::speaks_of_client(&ev.body),
        ..role_context(c, e, ev)
    }
}

/// What the role ranker's features look at: [`span_context`] without
/// reading whether the text speaks of an agency's client (no role feature
/// does, and it is a search of the whole body).
fn role_context<'a>(c: &'a Compiled, e: &EmailInput<'a>, ev: &'a Evidence<'_>) -> SpanContext<'a> {
    SpanContext {
        subject: e.subject.unwrap_or(""),
        from_name: e.from_name.unwrap_or(""),
        body: ev.body.as_str(),
        from_address: e.from_address.unwrap_or(""),
        reply_to: if ev.reply_platform { None } else { e.reply_to },
        to: None,
        known_system: matches!(
            ev.sender_kind(),
            Some(
                SenderKind::Ats
                    | SenderKind::JobBoard
                    | SenderKind::Scheduling
                    | SenderKind::Assessment
                    | SenderKind::Esign
            )
        ),
        outgoing: false,
        agency: false,
        platforms: &c.platforms,
    }
}

/// Every employer candidate of an incoming email, as the ranker sees them
/// (for training), and whether it is an agency's mail.
pub(super) fn company_pool(
    c: &Compiled,
    w: &CompanyWeights,
    e: &EmailInput<'_>,
    ev: &Evidence<'_>,
) -> (Pool, bool) {
    let mut f = rule_captures(c, e, ev);
    company_candidates(c, w, e, ev, &mut f);
    let agency = rank_context(c, e, ev, &mut f).agency;
    (f.pool, agency)
}

/// Every role candidate of an incoming email and the context the role
/// ranker scores them in, with the employer `ranker` picks (for training).
pub(super) fn role_pool<'a>(
    c: &'a Compiled,
    w: &CompanyWeights,
    e: &EmailInput<'a>,
    ev: &'a Evidence<'_>,
    ranker: Option<&Ranker>,
) -> (RolePool, SpanContext<'a>, Option<String>) {
    let mut f = fields(c, w, e, ev, ranker, None);
    let ctx = role_context(c, e, ev);
    role_spans(&mut f.roles, &ctx);
    (f.roles, ctx, f.company.map(|x| x.value))
}

/// Adds the language spans to the pool of `f` and returns the context the
/// ranker scores them in (an agency's mail when extraction or the text
/// says so).
fn rank_context<'a>(
    c: &'a Compiled,
    e: &EmailInput<'a>,
    ev: &'a Evidence<'_>,
    f: &mut Fields,
) -> SpanContext<'a> {
    let mut ctx = span_context(c, e, ev);
    ctx.agency |= f.agency;
    language_spans(&mut f.pool, &ctx);
    ctx
}

/// What the extract rules capture in the subject, the display name and the
/// cleaned body (rules limited to some senders only for those).
fn rule_captures(c: &Compiled, e: &EmailInput<'_>, ev: &Evidence<'_>) -> Fields {
    let mut f = Fields::default();
    let sender_tags: Vec<&str> = ev
        .sender
        .map(|s| {
            let mut v = vec![s.id.as_str()];
            if let Some(src) = &s.source {
                v.push(src.as_str());
            }
            v
        })
        .unwrap_or_default();
    for (field, text) in [
        (Field::Subject, e.subject.unwrap_or("")),
        (Field::FromName, e.from_name.unwrap_or("")),
        (Field::Body, e.body_text),
    ] {
        if text.is_empty() {
            continue;
        }
        let text = if field == Field::Body {
            // extraction reads the cleaned body (no injected text)
            ev.body.as_str()
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
            take_captures(&mut f, &caps, rule, field, &c.platforms);
        }
    }
    f
}

/// Offers one rule's captures: company (cleaned; no agency, and no person
/// from a display name), role and its requisition id, location, date.
fn take_captures(
    f: &mut Fields,
    caps: &Captures<'_>,
    rule: &ExtractRule,
    field: Field,
    platforms: &[String],
) {
    // Agencies write "Submitted: Keystone Ledger - Test Automation
    // Engineer" as often as the other way round: the side that reads as a
    // title is the role.
    let (mut company_m, mut role_m) = (caps.name("company"), caps.name("role"));
    if let (Some(co), Some(ro)) = (company_m, role_m)
        && looks_like_title(co.as_str())
        && !looks_like_title(ro.as_str())
    {
        (company_m, role_m) = (Some(ro), Some(co));
    }
    if let Some(m) = company_m
        && let Some(name) = clean_company(m.as_str(), platforms)
        && !is_agency_name(&name)
        && !(field == Field::FromName && looks_like_person(&name))
    {
        offer_company(f, name, rule.weight, &rule.id);
    }
    if let Some(m) = role_m {
        let (r, req) = clean_role(m.as_str());
        if let Some(r) = r
            && !is_platform(&r, platforms)
        {
            f.roles.add(&r, RoleOrigin::Rule, rule.weight, &rule.id);
            offer(&mut f.role, r, rule.weight, &rule.id);
        }
        if f.requisition.is_none() {
            f.requisition = req;
        }
    }
    if let Some(m) = caps.name("location") {
        let l = m.as_str().trim().to_string();
        if !l.is_empty() {
            offer(&mut f.location, l, rule.weight, &rule.id);
        }
    }
    if let Some(m) = caps.name("date") {
        offer(&mut f.date, m.as_str().to_string(), rule.weight, &rule.id);
    }
}

/// The company candidates outside the extract rules: a calendar
/// invitation's other side, an ATS sender's display name, the ATS tenant,
/// and an unknown sender's domain.
fn company_candidates(
    c: &Compiled,
    w: &CompanyWeights,
    e: &EmailInput<'_>,
    ev: &Evidence<'_>,
    f: &mut Fields,
) {
    let subject = e.subject.unwrap_or("");
    let from_name = e.from_name.unwrap_or("");
    // Calendar invitations name both sides: "Invitation: Outpost
    // Labs <> Alex Doe - Phone screen @ ... (alex.doe@example.net)".
    if let Some(name) = calendar_counterpart(subject)
        && let Some(name) = clean_company(name, &c.platforms)
        && !is_agency_name(&name)
    {
        offer_company(
            f,
            name,
            w.calendar_counterpart,
            "company:calendar_counterpart",
        );
    }
    // the display name of an ATS sender is usually the employer
    if matches!(ev.sender_kind(), Some(SenderKind::Ats))
        && ![" - ", " | ", " – ", "(", " via ", "@"]
            .iter()
            .any(|sep| from_name.contains(sep))
        && let Some(name) = clean_company(from_name, &c.platforms)
        && !looks_like_person(&name)
        && !is_agency_name(&name)
    {
        offer_company(f, name, w.ats_display_name, "company:ats_display_name");
    }
    if let Some(s) = ev.sender {
        ats_tenant(c, w, e, s, &ev.body, f);
    } else {
        sender_domain(c, w, e, ev, f);
    }
}

/// The ATS tenant (`acme@myworkday.com`, `acme+autoreply@talent.icims.com`,
/// `no-reply@acme.teamtailor-mail.com`): spelled as in the subject, display
/// name or body, else title-cased from the slug at low confidence.
fn ats_tenant(
    c: &Compiled,
    w: &CompanyWeights,
    e: &EmailInput<'_>,
    sender: &SenderRule,
    body: &str,
    f: &mut Fields,
) {
    let (subject, from_name) = (e.subject.unwrap_or(""), e.from_name.unwrap_or(""));
    let addr = e.from_address.unwrap_or("");
    let Some(how) = sender.company_from else {
        return;
    };
    let Some((local, domain)) = addr.rsplit_once('@') else {
        return;
    };
    let slug = match how {
        CompanyFrom::LocalPart => Some(local),
        CompanyFrom::PlusPrefix => local.split('+').next(),
        CompanyFrom::Subdomain => domain.split('.').next(),
    };
    let Some(slug) = slug.filter(|x| x.len() >= w.min_tenant_slug && !x.contains("reply")) else {
        return;
    };
    let found = name_for_slug(slug, subject)
        .or_else(|| name_for_slug(slug, from_name))
        .or_else(|| name_for_slug(slug, body));
    match found.and_then(|n| clean_company(&n, &c.platforms)) {
        Some(n) => offer_company(f, n, w.ats_tenant_in_text, "company:ats_tenant_in_text"),
        None => offer_company(
            f,
            title_from_slug(slug),
            w.ats_tenant_slug,
            "company:ats_tenant_slug",
        ),
    }
}

/// An unknown sender's domain, then the reply-to's (unless a known
/// system's): the name spelled as in the text, else a guess from the
/// domain, both at low confidence. An agency's domain or name stops the
/// search and marks the mail an agency's.
fn sender_domain(
    c: &Compiled,
    w: &CompanyWeights,
    e: &EmailInput<'_>,
    ev: &Evidence<'_>,
    f: &mut Fields,
) {
    let (subject, from_name) = (e.subject.unwrap_or(""), e.from_name.unwrap_or(""));
    let addr = e.from_address.unwrap_or("");
    let domain_sources = [
        Some(addr),
        if ev.reply_platform { None } else { e.reply_to },
    ];
    for (i, a) in domain_sources.into_iter().flatten().enumerate() {
        let Some(reg) = registrable_domain(a) else {
            continue;
        };
        let Some(label_part) = domain_label(&reg) else {
            continue;
        };
        if is_agency_name(label_part) || is_agency_name(from_name) {
            f.agency = true;
            break;
        }
        let Some(guess) = company_from_domain(a, &c.platforms) else {
            continue;
        };
        let less = if i == 0 { 0.0 } else { w.reply_to_less };
        let found = name_for_slug(label_part, subject)
            .or_else(|| name_for_slug(label_part, &ev.body))
            .or_else(|| name_for_slug(label_part, from_name));
        match found.and_then(|n| clean_company(&n, &c.platforms)) {
            // the domain's name written out is an agency's
            // ("Harbourline Talent Ltd"): not the employer
            Some(n) if is_agency_name(&n) => {
                f.agency = true;
                break;
            }
            Some(n) => offer_company(
                f,
                n,
                w.sender_domain_in_text - less,
                "company:sender_domain_in_text",
            ),
            None => offer_company(
                f,
                guess,
                w.sender_domain_guess - less,
                "company:sender_domain_guess",
            ),
        }
    }
}

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

/// The source of an application mail: an ATS's or job board's own, else
/// the posting link's board, else `agency` for an agency's mail, else the
/// company's site (a careers link, or an unknown sender with a company
/// domain). Other labels have none.
pub(super) fn source(
    label: Label,
    sender: Option<&SenderRule>,
    posting: Option<&Posting>,
    agency: bool,
    addr: &str,
    platforms: &[String],
) -> Option<String> {
    if label != Label::Application {
        return None;
    }
    match sender {
        Some(s) if matches!(s.kind, SenderKind::Ats | SenderKind::JobBoard) => s.source.clone(),
        _ => match posting {
            Some(p) if p.source != "company_site" => Some(p.source.to_string()),
            _ if agency => Some("agency".to_string()),
            Some(p) => Some(p.source.to_string()),
            None if sender.is_none()
                && addr
                    .rsplit_once('@')
                    .and_then(|(_, d)| company_from_domain(d, platforms))
                    .is_some() =>
            {
                Some("company_site".to_string())
            }
            None => None,
        },
    }
}

/// The application date: a date the rules captured, else the receipt of a
/// confirmation (event `applied`).
pub(super) fn applied_at(
    date: Option<&Candidate>,
    event: Option<EventType>,
    received_at: Option<DateTime<Utc>>,
) -> Option<DateTime<Utc>> {
    date.and_then(|d| parse_date(&d.value))
        .or(if event == Some(EventType::Applied) {
            received_at
        } else {
            None
        })
}

/// A date as mail writes it ("May 3, 2025", "2025-05-03", "3 May 2025"),
/// at midnight UTC.
fn parse_date(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    let formats = ["%B %d, %Y", "%b %d, %Y", "%Y-%m-%d", "%d %B %Y", "%d %b %Y"];
    formats
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|dt| dt.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::evidence;
    use crate::classify::rules::RuleSet;
    use crate::classify::weights::Weights;

    fn email<'a>(
        from_name: &'a str,
        from: &'a str,
        subject: &'a str,
        body: &'a str,
    ) -> EmailInput<'a> {
        EmailInput {
            subject: Some(subject),
            from_name: Some(from_name),
            from_address: Some(from),
            reply_to: None,
            body_text: body,
            links: &[],
            has_list_unsubscribe: false,
            received_at: None,
        }
    }

    fn extract(e: &EmailInput<'_>) -> Fields {
        let w = Weights::defaults().unwrap();
        let c = Compiled::new(&RuleSet::defaults().unwrap()).unwrap();
        let ev = evidence::gather(&c, &w.evidence, e, &mut evidence::Buffers::default());
        fields(&c, &w.company, e, &ev, None, None)
    }

    #[test]
    fn a_calendar_invitation_names_the_side_that_is_not_the_invitee() {
        assert_eq!(
            calendar_counterpart(
                "Invitation: Outpost Labs <> Alex Doe - Phone screen @ Mon May 26, 2025 (alex.doe@example.net)"
            ),
            Some("Outpost Labs")
        );
        assert_eq!(
            calendar_counterpart(
                "Updated invitation: Jordan Quist <> Brisa Marina @ Tue (jordan.quist@example.org)"
            ),
            Some("Brisa Marina")
        );
        assert_eq!(calendar_counterpart("Lunch with Sam"), None);
    }

    #[test]
    fn the_higher_weight_wins_and_the_first_of_equals_stays() {
        let mut slot = None;
        offer(&mut slot, "A".into(), 0.5, "a");
        offer(&mut slot, "B".into(), 0.5, "b");
        assert_eq!(slot.as_ref().unwrap().value, "A");
        offer(&mut slot, "C".into(), 0.6, "c");
        assert_eq!(slot.as_ref().unwrap().rule, "c");
    }

    #[test]
    fn an_ats_tenant_is_spelled_as_in_the_text_else_read_from_its_slug() {
        let w = Weights::defaults().unwrap().company;
        let c = Compiled::new(&RuleSet::defaults().unwrap()).unwrap();
        let workday = c.senders.iter().find(|s| s.id == "sender:workday").unwrap();
        let e = email(
            "Workday",
            "tidepoolgames@myworkday.com",
            "Your application",
            "",
        );
        let mut f = Fields::default();
        ats_tenant(
            &c,
            &w,
            &e,
            workday,
            "Greetings from Tidepool Games.",
            &mut f,
        );
        let co = f.company.unwrap();
        assert_eq!(co.value, "Tidepool Games");
        assert_eq!(co.weight, w.ats_tenant_in_text);
        assert_eq!(co.rule, "company:ats_tenant_in_text");
        let mut f = Fields::default();
        ats_tenant(&c, &w, &e, workday, "Greetings.", &mut f);
        let co = f.company.unwrap();
        assert_eq!(co.value, "Tidepoolgames");
        assert_eq!(co.weight, w.ats_tenant_slug);
        // a no-reply local part names no tenant
        let e = email("Workday", "noreply@myworkday.com", "Your application", "");
        let mut f = Fields::default();
        ats_tenant(&c, &w, &e, workday, "Greetings.", &mut f);
        assert_eq!(f.company, None);
    }

    #[test]
    fn an_agency_domain_is_no_employer_and_marks_the_mail() {
        let f = extract(&email(
            "Noah Reyes",
            "noah@hirewellconsulting.net",
            "Quick chat?",
            "Hi Alex, a client of ours is hiring.",
        ));
        assert!(f.agency);
        assert_eq!(f.company, None);
        assert_eq!(f.reasons().collect::<Vec<_>>(), ["source:agency"]);
    }

    #[test]
    fn a_company_domain_is_a_low_confidence_guess() {
        let w = Weights::defaults().unwrap().company;
        let f = extract(&email(
            "Maya Chen",
            "maya@brightfield-labs.io",
            "Quick question",
            "Hi Alex, could we talk on Thursday?",
        ));
        let co = f.company.unwrap();
        assert_eq!(co.value, "Brightfield Labs");
        assert_eq!(co.weight, w.sender_domain_guess);
    }

    #[test]
    fn sources_prefer_the_sender_then_the_posting_then_the_agency() {
        let c = Compiled::new(&RuleSet::defaults().unwrap()).unwrap();
        let lever = c.senders.iter().find(|s| s.id == "sender:lever").unwrap();
        let board = Posting {
            url: "https://jobs.lever.co/acme/0123456789".into(),
            posting_id: None,
            source: "lever",
        };
        let site = Posting {
            source: "company_site",
            ..board.clone()
        };
        let app = Label::Application;
        let none: &[String] = &[];
        assert_eq!(
            source(app, Some(lever), None, true, "", none).as_deref(),
            Some("lever")
        );
        assert_eq!(
            source(app, None, Some(&board), true, "", none).as_deref(),
            Some("lever")
        );
        assert_eq!(
            source(app, None, Some(&site), true, "", none).as_deref(),
            Some("agency")
        );
        assert_eq!(
            source(app, None, None, false, "jobs@acme-robotics.com", none).as_deref(),
            Some("company_site")
        );
        assert_eq!(source(app, None, None, false, "sam@gmail.com", none), None);
        assert_eq!(
            source(Label::JobAlert, Some(lever), None, false, "", none),
            None
        );
    }

    #[test]
    fn dates_are_read_else_a_confirmation_is_dated_by_its_receipt() {
        let written = Candidate {
            value: " May 3, 2025 ".into(),
            weight: 0.5,
            rule: "r".into(),
        };
        let received = "2025-06-01T10:00:00Z".parse::<DateTime<Utc>>().unwrap();
        let at = applied_at(Some(&written), None, Some(received)).unwrap();
        assert_eq!(at.to_rfc3339(), "2025-05-03T00:00:00+00:00");
        assert_eq!(
            applied_at(None, Some(EventType::Applied), Some(received)),
            Some(received)
        );
        assert_eq!(
            applied_at(None, Some(EventType::Interview), Some(received)),
            None
        );
        assert_eq!(
            parse_date("03 May 2025").unwrap().to_rfc3339(),
            "2025-05-03T00:00:00+00:00"
        );
        assert_eq!(parse_date("someday"), None);
    }
}
