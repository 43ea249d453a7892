//! Deterministic generator of realistic synthetic mailboxes for testing `jobtrack`.
//!
//! [`write_mailbox`] writes an mbox (mboxrd escaping) in which roughly 93% of the
//! messages are ordinary mail (newsletters, receipts, statements, social
//! notifications, personal mail, mailing lists and deliberate near misses such as
//! loan "applications" or interview podcasts), ~4.5% belong to job applications
//! with a lifecycle (confirmation, assessment, interviews, offer or rejection,
//! withdrawal, status updates) sent through every common ATS and job board, ~1.5%
//! are job alerts and ~1% recruiter outreach. Next to the mbox it can write one JSON
//! label per message ([`SynthLabel`]) stating what the pipeline should find.
//! Output is a pure function of [`SynthOptions`] (ChaCha8 seeded RNG, no clocks,
//! no hash-map iteration) and is streamed: memory stays bounded by the small set of
//! applications in flight, whatever the number of messages.

mod apps;
mod doc;
mod encode;
mod mime;
mod noise;
mod pools;

use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use encode::{Charset, MboxrdWriter};

/// What to generate.
#[derive(Debug, Clone)]
pub struct SynthOptions {
    /// Total number of messages to write.
    pub messages: u64,
    pub seed: u64,
    pub user_name: String,
    pub user_address: String,
    /// Date of the first message; messages spread over about one year after it,
    /// roughly increasing in time.
    pub start: DateTime<Utc>,
}

impl Default for SynthOptions {
    fn default() -> Self {
        SynthOptions {
            messages: 1000,
            seed: 42,
            user_name: "Alex Doe".to_string(),
            user_address: "alex.doe@example.net".to_string(),
            start: Utc
                .with_ymd_and_hms(2025, 1, 6, 8, 0, 0)
                .single()
                .unwrap_or(DateTime::<Utc>::UNIX_EPOCH),
        }
    }
}

/// Ground truth for one message, written as one JSON line.
///
/// `message_id` is the Message-ID header value without angle brackets. About 0.5%
/// of the non-job messages carry no Message-ID header at all; their label has
/// `message_id == ""` and the pipeline is expected to derive its own (hash) id.
/// Labels are written in mbox order, so the n-th label belongs to the n-th message.
///
/// `source` is the channel the application went through (the ATS, job board,
/// agency or company site); for a LinkedIn Easy Apply confirmation or a LinkedIn
/// "viewed" notice it is `linkedin` even when the rest of the application came
/// through the company's ATS. `posting_url` is the canonical posting URL when one
/// appears in the message (possibly wrapped in a click tracker or carrying
/// tracking parameters there), else `null`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SynthLabel {
    pub message_id: String,
    /// "application" | "recruiter_outreach" | "job_alert" | "not_job"
    pub label: String,
    /// For applications: "applied"|"assessment"|"interview"|"offer"|"rejected"|"withdrawn"|"update".
    pub event_type: Option<String>,
    /// The employer (never the ATS or job board).
    pub company: Option<String>,
    pub company_aliases: Vec<String>,
    /// Role title as written, requisition id removed.
    pub role: Option<String>,
    /// Same for every message of one application.
    pub app_key: Option<String>,
    pub source: Option<String>,
    pub posting_url: Option<String>,
}

impl SynthLabel {
    pub(crate) fn plain(label: &str) -> SynthLabel {
        SynthLabel {
            message_id: String::new(),
            label: label.to_string(),
            event_type: None,
            company: None,
            company_aliases: Vec::new(),
            role: None,
            app_key: None,
            source: None,
            posting_url: None,
        }
    }
}

/// Totals of one [`write_mailbox`] run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SynthSummary {
    pub messages: u64,
    /// Bytes written to the mbox.
    pub bytes: u64,
    pub by_label: BTreeMap<String, u64>,
    /// Applications whose first message was written.
    pub applications: u64,
}

/// Writes `opts.messages` messages as an mbox (mboxrd escaping, LF line ends) to
/// `mbox`, and one JSON line per message (same order) to `labels` when given.
///
/// Both writers are wrapped in a `BufWriter` here and flushed before returning,
/// so callers may pass a plain `File`.
pub fn write_mailbox<W: Write, L: Write>(
    opts: &SynthOptions,
    mbox: W,
    labels: Option<L>,
) -> io::Result<SynthSummary> {
    let mut rng = ChaCha8Rng::seed_from_u64(opts.seed);
    let mut mbox = BufWriter::with_capacity(256 * 1024, mbox);
    let mut labels = labels.map(|l| BufWriter::with_capacity(64 * 1024, l));
    let mut tracker = apps::Tracker::default();
    let mut summary = SynthSummary::default();
    let n = opts.messages.max(1) as i128;
    const SPAN: i128 = 365 * 86_400;
    let slot = (SPAN / n).max(1) as i64;
    let user_first = opts
        .user_name
        .split_whitespace()
        .next()
        .unwrap_or("there")
        .to_string();
    let mut out = MboxrdWriter {
        inner: &mut mbox,
        at_line_start: true,
        written: 0,
    };
    for i in 0..opts.messages {
        let base = (i128::from(i) * SPAN / n) as i64;
        let jitter = rng.random_range(0..=(slot / 2));
        let ctx = Ctx {
            user_name: &opts.user_name,
            user_first: &user_first,
            user_addr: &opts.user_address,
            now: opts.start + TimeDelta::seconds(base + jitter),
            seed: opts.seed,
            index: i,
        };
        let r: f64 = rng.random();
        let (mut mail, mut label) = if r < 0.045 {
            tracker.next(&mut rng, &ctx)
        } else if r < 0.060 {
            apps::job_alert(&mut rng, &ctx)
        } else if r < 0.070 {
            apps::outreach(&mut rng, &ctx)
        } else {
            noise::not_job(&mut rng, &ctx)
        };
        let d: f64 = rng.random();
        if d < 0.001 {
            mail.no_date = true;
        } else if d < 0.002 {
            mail.bad_date = true;
        }
        let id = mime::emit(&mut rng, &mut out, &mail, &ctx)?;
        if label.label == "application" {
            tracker.commit(&mut rng, id.clone(), ctx.now);
        }
        label.message_id = id.unwrap_or_default();
        if let Some(l) = labels.as_mut() {
            serde_json::to_writer(&mut *l, &label).map_err(io::Error::other)?;
            l.write_all(b"\n")?;
        }
        *summary.by_label.entry(label.label).or_insert(0) += 1;
        summary.messages += 1;
    }
    summary.bytes = out.written;
    summary.applications = tracker.started;
    mbox.flush()?;
    if let Some(l) = labels.as_mut() {
        l.flush()?;
    }
    Ok(summary)
}

/// Per-message context handed to the templates.
pub(crate) struct Ctx<'a> {
    pub user_name: &'a str,
    pub user_first: &'a str,
    pub user_addr: &'a str,
    pub now: DateTime<Utc>,
    pub seed: u64,
    pub index: u64,
}

/// Where an application (or an alert / outreach) came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    Greenhouse,
    Lever,
    Workday,
    Ashby,
    Icims,
    SmartRecruiters,
    Taleo,
    Jobvite,
    Workable,
    BambooHr,
    LinkedIn,
    Indeed,
    Wellfound,
    CompanySite,
    Agency,
    Other,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Greenhouse => "greenhouse",
            Source::Lever => "lever",
            Source::Workday => "workday",
            Source::Ashby => "ashby",
            Source::Icims => "icims",
            Source::SmartRecruiters => "smartrecruiters",
            Source::Taleo => "taleo",
            Source::Jobvite => "jobvite",
            Source::Workable => "workable",
            Source::BambooHr => "bamboohr",
            Source::LinkedIn => "linkedin",
            Source::Indeed => "indeed",
            Source::Wellfound => "wellfound",
            Source::CompanySite => "company_site",
            Source::Agency => "agency",
            Source::Other => "other",
        }
    }
}

/// How to lay out the body when both text and HTML exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Layout {
    Any,
    Text,
    Alt,
    Html,
}

pub(crate) struct Attachment {
    pub filename: String,
    pub mime: &'static str,
    pub size: usize,
    pub magic: &'static [u8],
}

/// A message before MIME encoding.
pub(crate) struct Mail {
    pub from_name: Option<String>,
    pub from_addr: String,
    /// Raw To header; `None` means the user.
    pub to: Option<String>,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    pub ics: Option<String>,
    pub layout: Layout,
    pub charset: Option<Charset>,
    pub headers: Vec<(String, String)>,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    pub thread: Option<u64>,
    /// Gmail category label ("Category Updates", ...).
    pub category: &'static str,
    pub attachment: Option<Attachment>,
    pub no_message_id: bool,
    pub no_date: bool,
    pub bad_date: bool,
}

impl Mail {
    pub fn new(from_name: Option<String>, from_addr: String, subject: String) -> Mail {
        Mail {
            from_name,
            from_addr,
            to: None,
            subject,
            text: String::new(),
            html: None,
            ics: None,
            layout: Layout::Any,
            charset: None,
            headers: Vec::new(),
            in_reply_to: None,
            references: Vec::new(),
            thread: None,
            category: "Category Updates",
            attachment: None,
            no_message_id: false,
            no_date: false,
            bad_date: false,
        }
    }

    /// Fill text (and HTML when `html`) from a document.
    pub fn body(mut self, rng: &mut ChaCha8Rng, d: &doc::Doc, html: bool) -> Mail {
        self.text = d.text();
        self.html = html.then(|| d.html(rng));
        self
    }

    /// Like [`Mail::body`], with an HTML part with probability `p_html`.
    pub fn body_p(self, rng: &mut ChaCha8Rng, d: &doc::Doc, p_html: f64) -> Mail {
        let html = chance(rng, p_html);
        self.body(rng, d, html)
    }
}

pub(crate) fn chance(rng: &mut ChaCha8Rng, p: f64) -> bool {
    rng.random::<f64>() < p
}

/// A uniformly chosen element of a non-empty slice.
pub(crate) fn pick<T: Copy>(rng: &mut ChaCha8Rng, items: &[T]) -> T {
    items[rng.random_range(0..items.len())]
}

/// A uniformly chosen element of a non-empty array, by value.
pub(crate) fn one<T, const N: usize>(rng: &mut ChaCha8Rng, items: [T; N]) -> T {
    let k = rng.random_range(0..N);
    items.into_iter().nth(k).unwrap_or_else(|| unreachable!())
}

/// Occasionally attach a large random file (PDF- or image-like), ~0.5% overall.
pub(crate) fn maybe_attachment(
    rng: &mut ChaCha8Rng,
    p: f64,
    name_hint: &str,
) -> Option<Attachment> {
    if !chance(rng, p) {
        return None;
    }
    // Log-uniform between 50 KB and 2 MB.
    let size = (50_000.0 * 40f64.powf(rng.random::<f64>())) as usize;
    Some(match rng.random_range(0..3) {
        0 => Attachment {
            filename: format!("{name_hint}.pdf"),
            mime: "application/pdf",
            size,
            magic: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        },
        1 => Attachment {
            filename: format!("IMG_{:04}.JPG", rng.random_range(1000..9999)),
            mime: "image/jpeg",
            size,
            magic: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
        },
        _ => Attachment {
            filename: format!("{name_hint}.png"),
            mime: "image/png",
            size,
            magic: b"\x89PNG\r\n\x1a\n",
        },
    })
}

#[cfg(test)]
mod tests;
