//! Turns a [`Mail`] into RFC 5322 / MIME bytes and writes it as one mboxrd entry.

use std::io::{self, Write};

use chrono::{DateTime, FixedOffset, Offset, Utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::encode::{
    Charset, MboxrdWriter, base64_lines, encoded_words, fold, quoted_printable, to_charset,
};
use super::pools::TIMEZONES;
use super::{Attachment, Ctx, Layout, Mail, chance};

/// Write one message (From_ line, headers, body, trailing blank line).
/// Returns the Message-ID (without brackets) or `None` when the header is omitted.
#[expect(
    clippy::too_many_lines,
    reason = "test-data templates, one arm per kind of mail; the generator is outside the pipeline's 120-line rule (issue 15 notes it)"
)]
pub(crate) fn emit<W: Write>(
    rng: &mut ChaCha8Rng,
    out: &mut MboxrdWriter<'_, W>,
    mail: &Mail,
    ctx: &Ctx,
) -> io::Result<Option<String>> {
    let domain = mail
        .from_addr
        .rsplit_once('@')
        .map_or("mail.example.com", |(_, d)| d);
    let message_id = (!mail.no_message_id).then(|| {
        format!(
            "synth.{}.{}.{:012x}@{}",
            ctx.seed,
            ctx.index,
            rng.random::<u64>() & 0xffff_ffff_ffff,
            domain
        )
    });

    let mut h = String::with_capacity(2048);
    // Google Takeout puts its own headers first.
    if chance(rng, 0.5) {
        let thrid = mail.thread.unwrap_or_else(|| {
            rng.random_range(1_500_000_000_000_000_000u64..1_900_000_000_000_000_000)
        });
        h.push_str(&format!("X-GM-THRID: {thrid}\n"));
        let mut labels = vec![];
        if chance(rng, 0.8) {
            labels.push("Inbox");
        } else {
            labels.push("Archived");
        }
        if chance(rng, 0.6) {
            labels.push("Opened");
        } else {
            labels.push("Unread");
        }
        if chance(rng, 0.15) {
            labels.push("Important");
        }
        labels.push(mail.category);
        h.push_str(&format!("X-Gmail-Labels: {}\n", labels.join(",")));
    }
    if chance(rng, 0.6) {
        h.push_str(&format!("Delivered-To: {}\n", ctx.user_addr));
        let hop = rng.random_range(10..250u32);
        h.push_str(&format!(
            "Received: from mail-{}.{} (mail-{}.{} [198.51.100.{}])\n        by mx.google.com with ESMTPS id {:x}\n        for <{}>; {}\n",
            hop, domain, hop, domain, hop % 250, rng.random::<u32>(), ctx.user_addr,
            ctx.now.format("%a, %d %b %Y %H:%M:%S +0000 (UTC)")
        ));
        h.push_str(&format!(
            "Return-Path: <bounce-{:x}@{}>\n",
            rng.random::<u32>(),
            domain
        ));
    }
    h.push_str("MIME-Version: 1.0\n");
    if !mail.no_date {
        if mail.bad_date {
            let bad = [
                ctx.now.format("%Y-%m-%d %H:%M:%S").to_string(),
                ctx.now.format("%a, %d %b %Y %H:%M").to_string(),
                ctx.now.format("%d/%m/%Y %I:%M %p").to_string(),
                "Tue, 31 Feb 2025 25:61:00 +0000".to_string(),
                ctx.now.format("%a %b %e %H:%M:%S %Y").to_string(),
            ];
            h.push_str(&format!("Date: {}\n", bad[rng.random_range(0..bad.len())]));
        } else {
            h.push_str(&format!("Date: {}\n", rfc2822(rng, ctx.now)));
        }
    }
    if let Some(id) = &message_id {
        h.push_str(&format!("Message-ID: <{id}>\n"));
    }
    if let Some(irt) = &mail.in_reply_to {
        h.push_str(&format!("In-Reply-To: <{irt}>\n"));
        let refs: Vec<String> = mail.references.iter().map(|r| format!("<{r}>")).collect();
        if !refs.is_empty() {
            h.push_str(&format!("References: {}\n", refs.join("\n ")));
        }
    }
    h.push_str(&format!(
        "Subject: {}\n",
        header_text(rng, "Subject", &mail.subject)
    ));
    h.push_str(&format!(
        "From: {}\n",
        address(rng, mail.from_name.as_deref(), &mail.from_addr)
    ));
    match &mail.to {
        Some(to) => h.push_str(&format!("To: {to}\n")),
        None => {
            let to = match rng.random_range(0..4) {
                0 => ctx.user_addr.to_string(),
                1 => format!("\"{}\" <{}>", ctx.user_name, ctx.user_addr),
                _ => address(rng, Some(ctx.user_name), ctx.user_addr),
            };
            h.push_str(&format!("To: {to}\n"));
        }
    }
    for (k, v) in &mail.headers {
        h.push_str(&format!("{k}: {v}\n"));
    }

    // Body structure.
    let html = mail.html.as_deref();
    let layout = match (mail.layout, html) {
        (_, None) => Layout::Text,
        (Layout::Any, Some(_)) => {
            let r = rng.random_range(0..100);
            if r < 62 {
                Layout::Alt
            } else if r < 82 {
                Layout::Html
            } else {
                Layout::Text
            }
        }
        (l, Some(_)) => l,
    };
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    if layout != Layout::Html {
        parts.push(text_part(rng, "plain", &mail.text, mail.charset));
    }
    if layout != Layout::Text
        && let Some(html) = html
    {
        parts.push(text_part(rng, "html", html, mail.charset));
    }
    if let Some(ics) = &mail.ics {
        parts.push((
            "Content-Type: text/calendar; charset=\"UTF-8\"; method=REQUEST\nContent-Transfer-Encoding: 7bit\n".into(),
            ics.as_bytes().to_vec(),
        ));
    }
    let mut body: Vec<u8> = Vec::with_capacity(4096);
    let inner_ct: String;
    if parts.len() == 1 {
        let (ph, pb) = parts.remove(0);
        inner_ct = ph;
        body.extend_from_slice(&pb);
    } else {
        let b = boundary(rng);
        inner_ct = format!("Content-Type: multipart/alternative; boundary=\"{b}\"\n");
        for (ph, pb) in &parts {
            body.extend_from_slice(format!("\n--{b}\n{ph}\n").as_bytes());
            body.extend_from_slice(pb);
            if !pb.ends_with(b"\n") {
                body.push(b'\n');
            }
        }
        body.extend_from_slice(format!("\n--{b}--\n").as_bytes());
    }

    out.write_raw(
        format!(
            "From {} {}\n",
            envelope(&mail.from_addr),
            ctx.now.format("%a %b %e %H:%M:%S %Y")
        )
        .as_bytes(),
    )?;
    match &mail.attachment {
        None => {
            h.push_str(&inner_ct);
            h.push('\n');
            out.write_escaped(h.as_bytes())?;
            out.write_escaped(&body)?;
        }
        Some(att) => {
            let b = boundary(rng);
            h.push_str(&format!(
                "Content-Type: multipart/mixed; boundary=\"{b}\"\n\n"
            ));
            h.push_str(&format!("--{b}\n{inner_ct}\n"));
            out.write_escaped(h.as_bytes())?;
            out.write_escaped(&body)?;
            let head = format!(
                "\n--{b}\nContent-Type: {}; name=\"{}\"\nContent-Disposition: attachment; filename=\"{}\"\nContent-Transfer-Encoding: base64\n\n",
                att.mime, att.filename, att.filename
            );
            out.write_escaped(head.as_bytes())?;
            write_attachment(out, att, rng.random())?;
            out.write_escaped(format!("--{b}--\n").as_bytes())?;
        }
    }
    if !out.at_line_start {
        out.write_raw(b"\n")?;
    }
    out.write_raw(b"\n")?;
    Ok(message_id)
}

fn envelope(addr: &str) -> &str {
    if addr.contains('@') {
        addr
    } else {
        "MAILER-DAEMON"
    }
}

/// Random bytes (with a file-type magic prefix) streamed as base64 lines.
fn write_attachment<W: Write>(
    out: &mut MboxrdWriter<'_, W>,
    att: &Attachment,
    seed: u64,
) -> io::Result<()> {
    let mut r = ChaCha8Rng::seed_from_u64(seed);
    let mut remaining = att.size;
    let mut first = true;
    let mut buf = vec![0u8; 57 * 512];
    while remaining > 0 {
        let n = remaining.min(buf.len());
        r.fill(&mut buf[..n]);
        if first {
            let m = att.magic.len().min(n);
            buf[..m].copy_from_slice(&att.magic[..m]);
            first = false;
        }
        out.write_raw(&base64_lines(&buf[..n]))?;
        remaining -= n;
    }
    Ok(())
}

fn boundary(rng: &mut ChaCha8Rng) -> String {
    match rng.random_range(0..4) {
        0 => format!(
            "000000000000{:012x}",
            rng.random::<u64>() & 0xffff_ffff_ffff
        ),
        1 => format!(
            "----=_Part_{}_{}.{}",
            rng.random_range(1000..99999u32),
            rng.random_range(100000000..999999999u32),
            rng.random_range(1700000000000u64..1760000000000)
        ),
        2 => format!("b1_{:032x}", rng.random::<u128>()),
        _ => format!("=_{:x}", rng.random::<u64>()),
    }
}

/// RFC 2822 date in a random sender time zone, sometimes with a zone comment.
pub(crate) fn rfc2822(rng: &mut ChaCha8Rng, t: DateTime<Utc>) -> String {
    let (off, name) = TIMEZONES[rng.random_range(0..TIMEZONES.len())];
    let tz = FixedOffset::east_opt(off).unwrap_or(Utc.fix());
    let local = t.with_timezone(&tz);
    let base = if chance(rng, 0.5) {
        local.format("%a, %-d %b %Y %H:%M:%S %z").to_string()
    } else {
        local.format("%a, %d %b %Y %H:%M:%S %z").to_string()
    };
    if !name.is_empty() && chance(rng, 0.3) {
        format!("{base} ({name})")
    } else {
        base
    }
}

/// Unstructured header text: ASCII folded, or RFC 2047 encoded words.
fn header_text(rng: &mut ChaCha8Rng, name: &str, s: &str) -> String {
    if s.is_ascii() {
        if chance(rng, 0.07) {
            encoded_words(s, Charset::Utf8, chance(rng, 0.5))
        } else {
            fold(name.len(), s)
        }
    } else if chance(rng, 0.08) {
        s.to_string()
    } else {
        let cs = if chance(rng, 0.3) && to_charset(s, Charset::Latin1).is_some() {
            Charset::Latin1
        } else {
            Charset::Utf8
        };
        encoded_words(s, cs, cs == Charset::Utf8 && chance(rng, 0.6))
    }
}

/// A mailbox: `Name <addr>`, `"Name, Inc." <addr>`, encoded words, or a bare address.
fn address(rng: &mut ChaCha8Rng, name: Option<&str>, addr: &str) -> String {
    let Some(name) = name else {
        return if chance(rng, 0.3) {
            format!("<{addr}>")
        } else {
            addr.to_string()
        };
    };
    if !name.is_ascii() {
        if chance(rng, 0.06) {
            return format!("{name} <{addr}>");
        }
        let cs = if chance(rng, 0.3) {
            Charset::Latin1
        } else {
            Charset::Utf8
        };
        return format!("{} <{addr}>", encoded_words(name, cs, chance(rng, 0.5)));
    }
    let special = name.chars().any(|c| ",.@()<>:;\"[]".contains(c));
    if special {
        format!("\"{}\" <{addr}>", name.replace('"', "\\\""))
    } else if chance(rng, 0.05) {
        format!(
            "{} <{addr}>",
            encoded_words(name, Charset::Utf8, chance(rng, 0.5))
        )
    } else if chance(rng, 0.25) {
        format!("\"{name}\" <{addr}>")
    } else {
        format!("{name} <{addr}>")
    }
}

/// One text/* part: picks a charset and a transfer encoding, returns (headers, body).
fn text_part(
    rng: &mut ChaCha8Rng,
    sub: &str,
    content: &str,
    pref: Option<Charset>,
) -> (String, Vec<u8>) {
    let ascii = content.is_ascii();
    let wanted = pref.unwrap_or_else(|| {
        let r = rng.random_range(0..100);
        if ascii {
            if r < 12 {
                Charset::Ascii
            } else if r < 85 {
                Charset::Utf8
            } else {
                Charset::Latin1
            }
        } else if r < 68 {
            Charset::Utf8
        } else if r < 84 {
            Charset::Latin1
        } else {
            Charset::Cp1252
        }
    });
    let cs = if to_charset(content, wanted).is_some() {
        wanted
    } else if wanted == Charset::Latin1 && to_charset(content, Charset::Cp1252).is_some() {
        Charset::Cp1252
    } else {
        Charset::Utf8
    };
    let adjusted;
    let content = if sub == "html" && cs != Charset::Utf8 {
        adjusted = content.replacen(
            "charset=utf-8",
            &format!("charset={}", cs.name().to_lowercase()),
            1,
        );
        adjusted.as_str()
    } else {
        content
    };
    let bytes = to_charset(content, cs).unwrap_or_else(|| content.as_bytes().to_vec());
    let r = rng.random_range(0..100);
    let long_lines = bytes.split(|&b| b == b'\n').any(|l| l.len() > 900);
    let cte = if ascii && !long_lines {
        if r < 62 {
            "7bit"
        } else if r < 88 {
            "quoted-printable"
        } else {
            "base64"
        }
    } else if r < 48 {
        "quoted-printable"
    } else if r < 82 || long_lines {
        "base64"
    } else {
        "8bit"
    };
    let body = match cte {
        "quoted-printable" => quoted_printable(&bytes),
        "base64" => base64_lines(&bytes),
        _ => bytes,
    };
    let ct = match rng.random_range(0..4) {
        0 => format!("text/{sub}; charset={}", cs.name().to_lowercase()),
        1 if sub == "plain" => format!("text/{sub}; charset=\"{}\"; format=flowed", cs.name()),
        _ => format!("text/{sub}; charset=\"{}\"", cs.name()),
    };
    let cte_name = if chance(rng, 0.2) {
        cte.to_uppercase()
    } else {
        cte.to_string()
    };
    (
        format!("Content-Type: {ct}\nContent-Transfer-Encoding: {cte_name}\n"),
        body,
    )
}
