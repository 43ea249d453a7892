//! Turns one raw message into one `stg_emails` row with mail-parser, or says
//! why it cannot.

use chrono::{DateTime, Utc};
use mail_parser::{Address, HeaderValue, Message, MessageParser, PartType};

use super::text;
use crate::dead_letter::DeadKind;
use crate::ids;

/// At most this many characters of body text are kept.
pub const MAX_BODY_CHARS: usize = 100_000;
const MAX_SUBJECT_CHARS: usize = 2_000;
const MAX_NAME_CHARS: usize = 500;
const MAX_ADDRESSES: usize = 100;
const MAX_REFERENCES: usize = 100;

/// The raw fields a message is normalized from.
#[derive(Debug, Clone, Copy)]
pub struct RawInput<'a> {
    pub user_id: &'a str,
    pub provider_message_id: &'a str,
    pub folder: Option<&'a str>,
    pub envelope_date: Option<DateTime<Utc>>,
    pub raw: &'a [u8],
    /// What the Gmail API said of the message, when it came that way.
    pub gmail: Option<GmailMeta<'a>>,
}

/// Gmail's own thread id (decimal, as in `X-GM-THRID`) and label ids.
#[derive(Debug, Clone, Copy)]
pub struct GmailMeta<'a> {
    pub thread_id: Option<&'a str>,
    pub labels: &'a [String],
}

/// The normalized fields of one email.
#[derive(Debug, Clone, PartialEq)]
pub struct Normalized {
    pub thread_id: String,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    pub labels: Vec<String>,
    pub subject: Option<String>,
    pub from_name: Option<String>,
    pub from_address: Option<String>,
    pub reply_to_address: Option<String>,
    pub to_addresses: Vec<String>,
    pub cc_addresses: Vec<String>,
    pub received_at: Option<DateTime<Utc>>,
    pub date_source: &'static str,
    pub list_id: Option<String>,
    pub has_list_unsubscribe: bool,
    pub body_text: String,
    pub body_source: &'static str,
    pub body_truncated: bool,
    pub links: Vec<String>,
    pub attachment_count: i32,
}

/// Why a message could not be normalized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub kind: DeadKind,
    pub reason: String,
}

fn texts(value: &HeaderValue<'_>) -> Vec<String> {
    match value {
        HeaderValue::Text(t) => vec![t.to_string()],
        HeaderValue::TextList(list) => list.iter().map(ToString::to_string).collect(),
        _ => Vec::new(),
    }
}

fn addresses(addr: Option<&Address<'_>>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if let Some(addr) = addr {
        for a in addr.iter() {
            if let Some(address) = a.address() {
                let address = text::one_line(address, 320).to_lowercase();
                if !address.is_empty() && !out.contains(&address) {
                    out.push(address);
                }
            }
            if out.len() >= MAX_ADDRESSES {
                break;
            }
        }
    }
    out
}

fn to_utc(dt: &mail_parser::DateTime) -> Option<DateTime<Utc>> {
    if !dt.is_valid() || !(1971..=2100).contains(&dt.year) {
        return None;
    }
    DateTime::from_timestamp(dt.to_timestamp(), 0)
}

/// Splits `X-Gmail-Labels` (comma-separated, quoted where a label has a comma).
pub fn gmail_labels(raw: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in raw.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => {
                out.push(std::mem::take(&mut cur));
            }
            c => cur.push(c),
        }
    }
    out.push(cur);
    out.into_iter()
        .map(|l| text::one_line(&l, 200))
        .filter(|l| !l.is_empty())
        .collect()
}

/// Whether the message uses bare CR line ends (old Mac mail): its head has
/// more CRs not followed by LF than LFs. mail-parser reads only LF as a line
/// end.
fn is_cr_only(raw: &[u8]) -> bool {
    let head = &raw[..raw.len().min(8192)];
    let lf = memchr::memchr_iter(b'\n', head).count();
    let bare_cr = memchr::memchr_iter(b'\r', head)
        .filter(|&i| head.get(i + 1) != Some(&b'\n'))
        .count();
    bare_cr > lf
}

/// Turns bare CRs into LFs, leaving CRLF alone.
fn cr_to_lf(raw: &[u8]) -> Vec<u8> {
    raw.iter()
        .enumerate()
        .map(|(i, &b)| {
            if b == b'\r' && raw.get(i + 1) != Some(&b'\n') {
                b'\n'
            } else {
                b
            }
        })
        .collect()
}

/// When the message was received, and where that came from: its Date
/// header, else its newest Received header, else the envelope's date.
fn received(
    msg: &Message<'_>,
    envelope_date: Option<DateTime<Utc>>,
) -> (Option<DateTime<Utc>>, &'static str) {
    if let Some(d) = msg.date().and_then(to_utc) {
        (Some(d), "header")
    } else if let Some(d) = msg
        .received()
        .and_then(|r| r.date.as_ref())
        .and_then(to_utc)
    {
        (Some(d), "received")
    } else if let Some(d) = envelope_date {
        (Some(d), "envelope")
    } else {
        (None, "none")
    }
}

/// The text body: the plain parts, or the HTML rendered to text when the
/// message has no plain part; with where it came from (plain, html, none).
fn body_text(msg: &Message<'_>) -> (String, &'static str) {
    let mut body = String::new();
    let mut body_source = "none";
    for &id in &msg.text_body {
        let Some(part) = msg.parts.get(id as usize) else {
            continue;
        };
        let piece = match &part.body {
            PartType::Text(t) => {
                if body_source != "html" {
                    body_source = "plain";
                }
                text::fold_blank_lines(&text::clean(t))
            }
            PartType::Html(h) => {
                if body_source == "none" {
                    body_source = "html";
                }
                text::html_to_text(h)
            }
            _ => continue,
        };
        if !body.is_empty() {
            body.push('\n');
        }
        body.push_str(&piece);
        if body.len() > MAX_BODY_CHARS * 4 {
            break;
        }
    }
    (body, body_source)
}

/// The message's labels: Gmail's (from the header or the API), else the
/// folder it was read from.
fn labels(msg: &Message<'_>, input: &RawInput<'_>) -> Vec<String> {
    match msg.header_raw("X-Gmail-Labels") {
        Some(raw) => gmail_labels(raw),
        None if input.gmail.is_some_and(|g| !g.labels.is_empty()) => {
            input.gmail.map(|g| g.labels.to_vec()).unwrap_or_default()
        }
        None => input
            .folder
            .map(|f| vec![f.to_string()])
            .unwrap_or_default(),
    }
}

/// Normalizes one message.
pub fn normalize(input: &RawInput<'_>) -> Result<Normalized, Rejected> {
    let parser = MessageParser::new();
    let fixed;
    let raw = if is_cr_only(input.raw) {
        fixed = cr_to_lf(input.raw);
        fixed.as_slice()
    } else {
        input.raw
    };
    let Some(msg) = parser.parse(raw) else {
        return Err(Rejected {
            kind: DeadKind::NoHeaders,
            reason: "no RFC 5322 header found".into(),
        });
    };
    let has_core = msg.from().is_some()
        || msg.to().is_some()
        || msg.subject().is_some()
        || msg.date().is_some()
        || msg.message_id().is_some();
    if !has_core {
        return Err(Rejected {
            kind: DeadKind::NoHeaders,
            reason: "none of From, To, Subject, Date or Message-ID is present".into(),
        });
    }

    let subject = msg
        .subject()
        .map(|s| text::one_line(s, MAX_SUBJECT_CHARS))
        .filter(|s| !s.is_empty());
    let from = msg.from().and_then(Address::first);
    let from_name = from
        .and_then(|a| a.name())
        .map(|n| text::one_line(n, MAX_NAME_CHARS))
        .filter(|n| !n.is_empty());
    let from_address = from
        .and_then(|a| a.address())
        .map(|a| text::one_line(a, 320).to_lowercase())
        .filter(|a| !a.is_empty());
    let reply_to_address = addresses(msg.reply_to()).into_iter().next();

    let in_reply_to = texts(msg.in_reply_to())
        .into_iter()
        .find_map(|id| ids::clean_message_id(&id));
    let references: Vec<String> = texts(msg.references())
        .into_iter()
        .filter_map(|id| ids::clean_message_id(&id))
        .take(MAX_REFERENCES)
        .collect();
    let gm_thread = msg
        .header_raw("X-GM-THRID")
        .or_else(|| input.gmail.and_then(|g| g.thread_id))
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.len() <= 64 && t.bytes().all(|b| b.is_ascii_digit()));
    let thread_root = match (gm_thread, references.first(), &in_reply_to) {
        (Some(gm), _, _) => format!("gmail:{gm}"),
        (None, Some(first), _) => first.clone(),
        (None, None, Some(parent)) => parent.clone(),
        (None, None, None) => input.provider_message_id.to_string(),
    };
    let thread_id = ids::key_hex(ids::key128(&[input.user_id, &thread_root]));

    let labels = labels(&msg, input);

    let (received_at, date_source) = received(&msg, input.envelope_date);

    let list_id = msg
        .header_raw("List-Id")
        .map(|l| text::one_line(l, 300))
        .filter(|l| !l.is_empty());
    let has_list_unsubscribe = msg.header_raw("List-Unsubscribe").is_some();

    let (mut body, body_source) = body_text(&msg);
    let html: Option<String> =
        msg.html_body
            .iter()
            .find_map(|&id| match &msg.parts.get(id as usize)?.body {
                PartType::Html(h) => {
                    Some(text::truncate_bytes(h, text::MAX_HTML_BYTES).to_string())
                }
                _ => None,
            });
    let truncated = body.chars().nth(MAX_BODY_CHARS).is_some();
    if truncated {
        body = text::truncate_chars(&body, MAX_BODY_CHARS).to_string();
    }
    let links = text::links(&body, html.as_deref());

    Ok(Normalized {
        thread_id,
        in_reply_to,
        references,
        labels,
        subject,
        from_name,
        from_address,
        reply_to_address,
        to_addresses: addresses(msg.to()),
        cc_addresses: addresses(msg.cc()),
        received_at,
        date_source,
        list_id,
        has_list_unsubscribe,
        body_text: body,
        body_source,
        body_truncated: truncated,
        links,
        attachment_count: i32::try_from(msg.attachment_count()).unwrap_or(i32::MAX),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(raw: &[u8]) -> RawInput<'_> {
        RawInput {
            user_id: "u",
            provider_message_id: "m@x",
            folder: None,
            envelope_date: None,
            raw,
            gmail: None,
        }
    }

    #[test]
    fn decodes_subject_sender_and_html_only_body() {
        let raw = b"From: =?UTF-8?Q?Ren=C3=A9e?= <Jobs@Acme.COM>\r\nSubject: =?UTF-8?B?VGhhbmsgeW91IGZvciBhcHBseWluZw==?=\r\nDate: Mon, 6 Jan 2025 08:00:00 +0100\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hi <a href=\"https://boards.greenhouse.io/acme/jobs/1\">job</a></p>";
        let n = normalize(&input(raw)).unwrap();
        assert_eq!(n.subject.as_deref(), Some("Thank you for applying"));
        assert_eq!(n.from_name.as_deref(), Some("Renée"));
        assert_eq!(n.from_address.as_deref(), Some("jobs@acme.com"));
        assert_eq!(n.body_source, "html");
        assert!(n.body_text.contains("Hi"));
        assert_eq!(n.links, vec!["https://boards.greenhouse.io/acme/jobs/1"]);
        assert_eq!(
            n.received_at.unwrap().to_rfc3339(),
            "2025-01-06T07:00:00+00:00"
        );
        assert_eq!(n.date_source, "header");
    }

    #[test]
    fn a_broken_date_falls_back_to_the_envelope() {
        let raw = b"Subject: hi\r\nDate: yesterday-ish\r\n\r\nbody";
        let env = DateTime::from_timestamp(1_736_150_400, 0);
        let n = normalize(&RawInput {
            envelope_date: env,
            ..input(raw)
        })
        .unwrap();
        assert_eq!(n.received_at, env);
        assert_eq!(n.date_source, "envelope");
    }

    #[test]
    fn bare_cr_line_ends_are_read_as_line_ends() {
        let n = normalize(&input(b"Subject: old mac\rFrom: a@b.c\r\rbody\r\n")).unwrap();
        assert_eq!(n.subject.as_deref(), Some("old mac"));
        assert_eq!(n.from_address.as_deref(), Some("a@b.c"));
    }

    #[test]
    fn garbage_without_headers_is_rejected() {
        let err = normalize(&input(b"\x00\xff\x13garbage\n\nmore")).unwrap_err();
        assert_eq!(err.kind, DeadKind::NoHeaders);
    }

    #[test]
    fn replies_share_the_thread_of_their_first_reference() {
        let a = normalize(&input(b"Subject: a\r\nMessage-ID: <root@x>\r\n\r\nhi")).unwrap();
        let b = normalize(&RawInput {
            provider_message_id: "reply@x",
            ..input(b"Subject: Re: a\r\nReferences: <root@x>\r\nIn-Reply-To: <root@x>\r\n\r\nhi")
        })
        .unwrap();
        let root = normalize(&RawInput {
            provider_message_id: "root@x",
            ..input(b"Subject: a\r\n\r\nhi")
        })
        .unwrap();
        assert_eq!(b.thread_id, root.thread_id);
        assert_eq!(b.references, vec!["root@x"]);
        assert_ne!(a.thread_id, b.thread_id, "a's id is m@x, not root@x");
    }

    #[test]
    fn gmail_labels_split_on_commas_outside_quotes() {
        assert_eq!(
            gmail_labels(r#"Inbox,"Jobs, 2025",Category Updates"#),
            vec!["Inbox", "Jobs, 2025", "Category Updates"]
        );
    }
}
