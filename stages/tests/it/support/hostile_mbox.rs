//! A hostile mailbox for the mbox ingest, and what a correct ingest must make of it.
//!
//! [`write_hostile_mbox`] writes one mbox (about 27 MB) whose entries are each preceded
//! by a proper `From ` separator line. It is meant to break parsers that are too strict,
//! too trusting or too slow, and to catch a reader that stops early:
//!
//! * ordinary, well-formed messages at the start and at the end;
//! * empty entries: a separator followed directly by the next separator, and one holding
//!   only blank/whitespace lines (dead letters);
//! * three chunks of xorshift garbage with `0x00` and `0xFF` bytes and no header
//!   structure, one of them mixed with header-less prose (dead letters);
//! * a 200 KB `X-Junk:` header folded over thousands of lines, and a 200 KB single-line
//!   `Subject:`;
//! * a base64 body with invalid characters, wrong padding and a truncated last quantum;
//! * unknown charsets: `charset=x-unknown-999` (8-bit body), `charset="utf-7"`, and a
//!   subject made of a `=?x-bogus?Q?...?=` encoded word with an ASCII payload;
//! * 400 nested `multipart/mixed` levels (each its own boundary) and 400 nested
//!   `message/rfc822` parts, to catch unbounded recursion;
//! * HTML that breaks renderers: deeply nested tables, 10,000 unclosed `<div>`, a 1 MB
//!   attribute value, malformed entities (`&#99999999999;`), a `<script>` that never
//!   closes and an unterminated `<!--` comment;
//! * NUL bytes in a header value and in the body;
//! * a 20 MB base64 attachment (15 MB of xorshift bytes, wrapped at 76 columns);
//! * three extra copies of the first message's Message-ID with different subjects and
//!   bodies (duplicates: the first copy must be the one kept);
//! * four messages without Message-ID, two of them byte-identical (3 valid + 1 duplicate);
//! * a malformed `Date: yesterday-ish`, a message with no Date, a message whose only
//!   header is `Subject:`, a message with CR-only line endings, and a 5 MB body line
//!   without a newline.
//!
//! Every expectation follows the pipeline's policy: an empty/whitespace chunk or a chunk
//! with no recognizable header is a dead letter; a chunk with at least one of From, To,
//! Subject, Date or Message-ID is a valid message however broken the rest is; a
//! Message-ID seen earlier (or, without Message-ID, identical bytes seen earlier) is a
//! duplicate. The generator checks that no line inside an entry starts with `From `, so
//! the mbox splits unambiguously (mboxo, mboxrd and Python's `mailbox.mbox` agree on the
//! entry count).
//!
//! Spot-check subjects are listed in mbox order. Two of them depend on lenient decoding:
//! the `=?x-bogus?Q?Bogus_charset_subject?=` word decodes to `Bogus charset subject`
//! (best effort, as Python and `mail-parser` do), and the CR-only message's subject
//! assumes bare CR is read as a line break (as Python does; `mail-parser` alone does not).
//!
//! Fully deterministic: std only, a fixed xorshift seed, no clock or OS randomness.

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// What a correct ingest of the hostile mailbox must produce.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HostileExpectation {
    /// messages that are valid RFC 5322 mail and must end up in the normalized table (distinct Message-IDs / distinct bytes)
    pub valid: usize,
    /// entries that must be recorded as dead letters (empty chunks, garbage without any header)
    pub dead_letters: usize,
    /// extra copies of an already-seen Message-ID that must be skipped as duplicates (not stored twice, not dead letters)
    pub duplicates: usize,
    /// the subjects of the valid messages that have a subject, for spot checks
    pub subjects: Vec<String>,
}

const SEED: u64 = 0x9E37_79B9_7F4A_7C15;
/// Raw size of the attachment; its base64 text is 20,000,000 characters plus newlines.
const ATTACHMENT_RAW_BYTES: usize = 15_000_000;
const LONG_LINE_BYTES: usize = 5 * 1024 * 1024;
const HUGE_HEADER_BYTES: usize = 200 * 1024;
const NESTING_DEPTH: usize = 400;
const UNCLOSED_DIVS: usize = 10_000;
const HUGE_ATTRIBUTE_BYTES: usize = 1024 * 1024;
const GARBAGE_BYTES: usize = 4096;

/// Message-ID of the first message; three later entries reuse it.
const FIRST_ID: &str = "ordinary-1.start@hostile.example";

/// Marsaglia's xorshift64: deterministic pseudo-random bytes without any dependency.
struct XorShift64(u64);

impl XorShift64 {
    fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn fill(&mut self, buf: &mut [u8]) {
        for chunk in buf.chunks_mut(8) {
            let v = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&v[..chunk.len()]);
        }
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with `=` padding, 76 characters per line, LF line endings.
fn base64_wrapped(data: &[u8], out: &mut Vec<u8>) {
    out.reserve(data.len() / 3 * 4 + data.len() / 57 + 8);
    for line in data.chunks(57) {
        for group in line.chunks(3) {
            let b0 = group[0];
            let b1 = group.get(1).copied().unwrap_or(0);
            let b2 = group.get(2).copied().unwrap_or(0);
            let n = (u32::from(b0) << 16) | (u32::from(b1) << 8) | u32::from(b2);
            out.push(B64[(n >> 18) as usize & 63]);
            out.push(B64[(n >> 12) as usize & 63]);
            out.push(if group.len() > 1 {
                B64[(n >> 6) as usize & 63]
            } else {
                b'='
            });
            out.push(if group.len() > 2 {
                B64[n as usize & 63]
            } else {
                b'='
            });
        }
        out.push(b'\n');
    }
}

/// Fails if a line of an entry would be taken for an mbox separator.
fn check_no_separator(entry: &[u8]) -> io::Result<()> {
    let starts_line = |i: usize| i == 0 || entry[i - 1] == b'\n';
    let found = entry
        .windows(5)
        .enumerate()
        .any(|(i, w)| w == b"From " && starts_line(i));
    if found {
        return Err(io::Error::other(
            "an entry contains a line starting with `From `",
        ));
    }
    Ok(())
}

struct MboxWriter<W: Write> {
    out: W,
    exp: HostileExpectation,
    seen_ids: HashSet<String>,
    seen_anonymous: HashSet<Vec<u8>>,
    entries: u32,
}

impl<W: Write> MboxWriter<W> {
    fn separator(&mut self, sender: &str) -> io::Result<()> {
        let n = self.entries;
        self.entries += 1;
        writeln!(
            self.out,
            "From {sender} Mon Jan  6 {:02}:{:02}:{:02} 2025",
            8 + n / 3600,
            (n / 60) % 60,
            n % 60
        )
    }

    /// An entry that must become a dead letter, written exactly as given.
    fn dead(&mut self, entry: &[u8]) -> io::Result<()> {
        check_no_separator(entry)?;
        self.separator("MAILER-DAEMON")?;
        self.out.write_all(entry)?;
        self.exp.dead_letters += 1;
        Ok(())
    }

    /// A message; `message_id` and `subject` must be what its headers say.
    fn mail(
        &mut self,
        message_id: Option<&str>,
        subject: Option<&str>,
        raw: &[u8],
    ) -> io::Result<()> {
        check_no_separator(raw)?;
        self.separator("sender@hostile.example")?;
        self.out.write_all(raw)?;
        if !raw.ends_with(b"\n") {
            self.out.write_all(b"\n")?;
        }
        self.out.write_all(b"\n")?;
        let duplicate = match message_id {
            Some(id) => !self.seen_ids.insert(id.to_owned()),
            None => !self.seen_anonymous.insert(raw.to_vec()),
        };
        if duplicate {
            self.exp.duplicates += 1;
        } else {
            self.exp.valid += 1;
            if let Some(s) = subject {
                self.exp.subjects.push(s.to_owned());
            }
        }
        Ok(())
    }

    /// A simple text/plain message with the usual headers.
    fn simple(
        &mut self,
        id: Option<&str>,
        subject: &str,
        extra_headers: &str,
        body: &str,
    ) -> io::Result<()> {
        let raw = simple_message(id, Some(subject), extra_headers, body);
        self.mail(id, Some(subject), &raw)
    }
}

fn simple_message(
    id: Option<&str>,
    subject: Option<&str>,
    extra_headers: &str,
    body: &str,
) -> Vec<u8> {
    let mut s = String::from(
        "Date: Mon, 06 Jan 2025 08:00:00 +0000\n\
         From: Hostile Fixture <fixture@hostile.example>\n\
         To: Alex Morgan <alex.morgan@example.com>\n",
    );
    if let Some(subject) = subject {
        s.push_str(&format!("Subject: {subject}\n"));
    }
    if let Some(id) = id {
        s.push_str(&format!("Message-ID: <{id}>\n"));
    }
    s.push_str("MIME-Version: 1.0\n");
    s.push_str(extra_headers);
    if !extra_headers.contains("Content-Type:") {
        s.push_str("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n");
    }
    s.push('\n');
    s.push_str(body);
    s.into_bytes()
}

fn garbage(rng: &mut XorShift64, prose: bool) -> Vec<u8> {
    let mut g = vec![0u8; GARBAGE_BYTES];
    rng.fill(&mut g);
    // starts with bytes no header name can start with, holds both extremes
    g[0] = 0xFF;
    g[1] = 0x00;
    g[2] = b'\n';
    g[3] = 0xFF;
    if prose {
        let text = b"\nthis is not an email, just some text someone pasted here\n\
                     no header line anywhere - only words and 0xFF/0x00 bytes\n";
        g.extend_from_slice(text);
        let mut more = vec![0u8; 512];
        rng.fill(&mut more);
        g.extend_from_slice(&more);
    }
    // no line may start with "From " (or even 'F'), so the chunk boundary stays put
    for i in 1..g.len() {
        if g[i - 1] == b'\n' && g[i] == b'F' {
            g[i] = 0x00;
        }
    }
    g.push(b'\n');
    g
}

fn nested_multipart() -> Vec<u8> {
    let mut s = String::from(
        "Date: Mon, 06 Jan 2025 08:10:00 +0000\n\
         From: Nesting Doll <nest@hostile.example>\n\
         To: Alex Morgan <alex.morgan@example.com>\n\
         Subject: 400 nested multipart levels\n\
         Message-ID: <nested-multipart@hostile.example>\n\
         MIME-Version: 1.0\n",
    );
    for level in 0..NESTING_DEPTH {
        s.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=\"lvl-{level:03}\"\n\n--lvl-{level:03}\n"
        ));
    }
    s.push_str(
        "Content-Type: text/plain; charset=us-ascii\n\nThe innermost part, 400 levels down.\n",
    );
    for level in (0..NESTING_DEPTH).rev() {
        s.push_str(&format!("--lvl-{level:03}--\n"));
    }
    s.into_bytes()
}

fn nested_rfc822() -> Vec<u8> {
    let mut s = String::from(
        "Date: Mon, 06 Jan 2025 08:11:00 +0000\n\
         From: Forwarder <fwd@hostile.example>\n\
         To: Alex Morgan <alex.morgan@example.com>\n\
         Subject: 400 nested message/rfc822 parts\n\
         Message-ID: <nested-rfc822@hostile.example>\n\
         MIME-Version: 1.0\n\
         Content-Type: message/rfc822\n\n",
    );
    for level in 1..NESTING_DEPTH {
        s.push_str(&format!(
            "Date: Mon, 06 Jan 2025 08:11:00 +0000\n\
             From: Level {level} <level{level}@hostile.example>\n\
             Subject: Fwd: level {level}\n\
             Message-ID: <nested-rfc822-level-{level}@hostile.example>\n\
             MIME-Version: 1.0\n\
             Content-Type: message/rfc822\n\n"
        ));
    }
    s.push_str(
        "From: Innermost <inner@hostile.example>\n\
         Subject: the innermost message\n\
         Content-Type: text/plain; charset=us-ascii\n\n\
         Found me.\n",
    );
    s.into_bytes()
}

fn hostile_html() -> Vec<u8> {
    let mut s = String::from(
        "Date: Mon, 06 Jan 2025 08:12:00 +0000\n\
         From: Renderer Breaker <html@hostile.example>\n\
         To: Alex Morgan <alex.morgan@example.com>\n\
         Subject: HTML that breaks renderers\n\
         Message-ID: <hostile-html@hostile.example>\n\
         MIME-Version: 1.0\n\
         Content-Type: text/html; charset=utf-8\n\
         Content-Transfer-Encoding: 8bit\n\n\
         <html><head><title>hostile</title></head><body>\n\
         <p>Malformed entities: &#99999999999; &#x110000; &#0; &#xD800; &bogus; &amp &lt&gt; &#-1;</p>\n",
    );
    for _ in 0..500 {
        s.push_str("<table><tr><td>\n");
    }
    s.push_str("deep cell\n");
    for i in 0..UNCLOSED_DIVS {
        s.push_str("<div>");
        if i % 20 == 19 {
            s.push('\n');
        }
    }
    s.push_str("\n<a href=\"https://hostile.example/\" title=\"");
    s.push_str(&"x".repeat(HUGE_ATTRIBUTE_BYTES));
    s.push_str("\">huge attribute</a>\n");
    s.push_str("<script>var never = 'closed';\nfunction f() { return '</scr' + 'ipt>'; }\n");
    s.push_str("<!-- this comment is never terminated\n<p>hidden?</p>\n");
    s.into_bytes()
}

fn nul_message() -> Vec<u8> {
    let mut raw = simple_message(
        Some("nul-bytes@hostile.example"),
        Some("NUL bytes in headers and body"),
        "X-Nul: before\0middle\0after\n",
        "Body with NUL\0 bytes\0\0 inside.\n\0\n",
    );
    raw.extend_from_slice(b"trailing line\0\n");
    raw
}

fn big_attachment(rng: &mut XorShift64) -> Vec<u8> {
    let mut raw =
        Vec::with_capacity(ATTACHMENT_RAW_BYTES / 3 * 4 + ATTACHMENT_RAW_BYTES / 57 + 2048);
    raw.extend_from_slice(
        b"Date: Mon, 06 Jan 2025 08:14:00 +0000\n\
          From: Big Sender <big@hostile.example>\n\
          To: Alex Morgan <alex.morgan@example.com>\n\
          Subject: 20 MB base64 attachment\n\
          Message-ID: <big-attachment@hostile.example>\n\
          MIME-Version: 1.0\n\
          Content-Type: multipart/mixed; boundary=\"big-boundary\"\n\n\
          --big-boundary\n\
          Content-Type: text/plain; charset=us-ascii\n\n\
          The attachment is 15,000,000 pseudo-random bytes.\n\
          --big-boundary\n\
          Content-Type: application/octet-stream; name=\"random.bin\"\n\
          Content-Disposition: attachment; filename=\"random.bin\"\n\
          Content-Transfer-Encoding: base64\n\n",
    );
    let mut data = vec![0u8; ATTACHMENT_RAW_BYTES];
    rng.fill(&mut data);
    base64_wrapped(&data, &mut raw);
    raw.extend_from_slice(b"--big-boundary--\n");
    raw
}

fn long_line_message() -> Vec<u8> {
    let mut raw = simple_message(
        Some("long-line@hostile.example"),
        Some("5 MB body line without newline"),
        "",
        "",
    );
    let pattern = b"0123456789abcdefghijklmnopqrstuvwxyz ";
    raw.extend(pattern.iter().copied().cycle().take(LONG_LINE_BYTES));
    raw
}

/// Writes the hostile mbox to `path` and returns what a correct ingest must produce.
pub fn write_hostile_mbox(path: &Path) -> io::Result<HostileExpectation> {
    let mut rng = XorShift64(SEED);
    let mut w = MboxWriter {
        out: BufWriter::with_capacity(1 << 20, File::create(path)?),
        exp: HostileExpectation::default(),
        seen_ids: HashSet::new(),
        seen_anonymous: HashSet::new(),
        entries: 0,
    };

    // --- ordinary messages first: a parser that chokes later must still have these
    w.simple(
        Some(FIRST_ID),
        "Thank you for applying to Acme Robotics",
        "",
        "Hi Alex,\n\nThanks for applying to Acme Robotics. We have received your application\n\
         for Software Engineer II and will review it shortly.\n\nAcme Recruiting\n",
    )?;
    w.simple(
        Some("ordinary-2.start@hostile.example"),
        "Lunch on Thursday?",
        "",
        "Are we still on for lunch on Thursday?\n\n> From what I remember you said noon.\n",
    )?;
    {
        // the RFC 2047 subject decodes to "Café receipt"; the spot check holds the decoded text
        let id = "ordinary-3.start@hostile.example";
        let raw = simple_message(
            Some(id),
            Some("=?UTF-8?B?Q2Fmw6kgcmVjZWlwdA==?="),
            "",
            "Receipt: 1 cappuccino, 3.50 EUR\n",
        );
        w.mail(Some(id), Some("Caf\u{e9} receipt"), &raw)?;
    }

    // --- empty chunk: separator directly followed by the next separator
    w.dead(b"")?;

    // --- binary garbage
    let g = garbage(&mut rng, false);
    w.dead(&g)?;

    // --- 200 KB folded header
    {
        let mut junk = String::with_capacity(HUGE_HEADER_BYTES + 4096);
        junk.push_str("X-Junk: start");
        let mut n = 0u32;
        while junk.len() < HUGE_HEADER_BYTES {
            junk.push_str(&format!(
                "\n\tjunk-{n:06} lorem ipsum dolor sit amet consectetur adipiscing elit"
            ));
            n += 1;
        }
        junk.push('\n');
        let raw = simple_message(
            Some("huge-folded-header@hostile.example"),
            Some("Message with a 200 KB folded X-Junk header"),
            &junk,
            "The X-Junk header above is over 200 KB, folded over thousands of lines.\n",
        );
        w.mail(
            Some("huge-folded-header@hostile.example"),
            Some("Message with a 200 KB folded X-Junk header"),
            &raw,
        )?;
    }

    // --- 200 KB single-line subject
    {
        let mut subject = String::from("Huge subject:");
        let mut n = 0u32;
        while subject.len() < HUGE_HEADER_BYTES {
            subject.push_str(&format!(" word{n}"));
            n += 1;
        }
        subject.push_str(" END");
        w.simple(
            Some("huge-subject@hostile.example"),
            &subject,
            "",
            "The subject of this message is one 200 KB line.\n",
        )?;
    }

    // --- broken base64 body
    w.simple(
        Some("broken-base64@hostile.example"),
        "Broken base64 body",
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n",
        "SGVsbG8gd29ybGQ*!!~~ not base64 at all \u{e9}\u{e9}\n\
         SGVsbG8=gd29y===\n\
         ====\n\
         SGVsbG8gd29ybGQgdHJ1bmNhdGVk\n\
         SGVsbG\n",
    )?;

    // --- unknown charsets
    {
        let id = "unknown-charset@hostile.example";
        let subject = "Body in charset x-unknown-999";
        let mut raw = simple_message(
            Some(id),
            Some(subject),
            "Content-Type: text/plain; charset=x-unknown-999\nContent-Transfer-Encoding: 8bit\n",
            "",
        );
        raw.extend_from_slice(b"caf\xe9 na\xefve \x93quoted\x94 \x80 10 \xff\xfe\n");
        w.mail(Some(id), Some(subject), &raw)?;
    }
    w.simple(
        Some("utf7-body@hostile.example"),
        "Body in UTF-7",
        "Content-Type: text/plain; charset=\"utf-7\"\nContent-Transfer-Encoding: 7bit\n",
        "Hi Mom -+Jjo--!\nA+ImIDkQ.\n+AGEAYgBj-\n",
    )?;
    {
        let id = "bogus-encoded-word@hostile.example";
        let raw = simple_message(
            Some(id),
            Some("=?x-bogus?Q?Bogus_charset_subject?="),
            "",
            "The subject uses an unknown charset.\n",
        );
        w.mail(Some(id), Some("Bogus charset subject"), &raw)?;
    }

    // --- whitespace-only chunk
    w.dead(b"\n\n   \n\t\n\n")?;

    // --- deep nesting
    w.mail(
        Some("nested-multipart@hostile.example"),
        Some("400 nested multipart levels"),
        &nested_multipart(),
    )?;
    w.mail(
        Some("nested-rfc822@hostile.example"),
        Some("400 nested message/rfc822 parts"),
        &nested_rfc822(),
    )?;

    // --- more garbage
    let g = garbage(&mut rng, false);
    w.dead(&g)?;

    // --- renderer-breaking HTML, NUL bytes, huge attachment
    w.mail(
        Some("hostile-html@hostile.example"),
        Some("HTML that breaks renderers"),
        &hostile_html(),
    )?;
    w.mail(
        Some("nul-bytes@hostile.example"),
        Some("NUL bytes in headers and body"),
        &nul_message(),
    )?;
    let big = big_attachment(&mut rng);
    w.mail(
        Some("big-attachment@hostile.example"),
        Some("20 MB base64 attachment"),
        &big,
    )?;
    drop(big);

    // --- three extra copies of the first Message-ID, each with its own subject and body
    for copy in 1..=3 {
        let subject = format!("Duplicate copy {copy} of the first message (must be skipped)");
        let body =
            format!("This is copy {copy}. The first message with this Message-ID must be kept.\n");
        w.simple(Some(FIRST_ID), &subject, "", &body)?;
    }

    // --- four messages without Message-ID, two of them byte-identical
    {
        let a = simple_message(
            None,
            Some("No Message-ID (A, sent twice)"),
            "",
            "Identical bytes, twice.\n",
        );
        w.mail(None, Some("No Message-ID (A, sent twice)"), &a)?;
        w.mail(None, Some("No Message-ID (A, sent twice)"), &a)?;
        let c = simple_message(
            None,
            Some("No Message-ID (C)"),
            "",
            "Different bytes from A.\n",
        );
        w.mail(None, Some("No Message-ID (C)"), &c)?;
        let d = simple_message(
            None,
            Some("No Message-ID (D)"),
            "",
            "Different bytes from A and C.\n",
        );
        w.mail(None, Some("No Message-ID (D)"), &d)?;
    }

    // --- dates
    {
        let id = "malformed-date@hostile.example";
        let raw = b"Date: yesterday-ish\n\
                    From: Time Traveller <time@hostile.example>\n\
                    To: Alex Morgan <alex.morgan@example.com>\n\
                    Subject: Malformed Date header\n\
                    Message-ID: <malformed-date@hostile.example>\n\n\
                    The Date header says yesterday-ish.\n";
        w.mail(Some(id), Some("Malformed Date header"), raw)?;
        let raw = b"From: Timeless <timeless@hostile.example>\n\
                    To: Alex Morgan <alex.morgan@example.com>\n\
                    Subject: No Date header\n\
                    Message-ID: <no-date@hostile.example>\n\n\
                    This message has no Date header.\n";
        w.mail(Some("no-date@hostile.example"), Some("No Date header"), raw)?;
    }

    // --- only a Subject header (no Message-ID either: hashed)
    w.mail(
        None,
        Some("Only a Subject header"),
        b"Subject: Only a Subject header\n\nOne line body.\n",
    )?;

    // --- CR-only line endings (one LF at the very end so the next separator starts a line)
    w.mail(
        Some("cr-only@hostile.example"),
        Some("CR-only line endings"),
        b"Date: Mon, 06 Jan 2025 08:20:00 +0000\r\
          From: Old Mac <oldmac@hostile.example>\r\
          To: Alex Morgan <alex.morgan@example.com>\r\
          Subject: CR-only line endings\r\
          Message-ID: <cr-only@hostile.example>\r\
          \r\
          Every line of this message ends with a bare CR.\r\
          Second line.\r\n",
    )?;

    // --- 5 MB line without newline (the writer adds the final LF before the separator)
    w.mail(
        Some("long-line@hostile.example"),
        Some("5 MB body line without newline"),
        &long_line_message(),
    )?;

    // --- garbage mixed with header-less prose
    let g = garbage(&mut rng, true);
    w.dead(&g)?;

    // --- ordinary messages at the end: a parser that stops early misses these
    w.simple(
        Some("ordinary-1.end@hostile.example"),
        "Your application was viewed by Globex",
        "",
        "Your application for Backend Engineer was viewed by Globex.\n",
    )?;
    w.simple(
        Some("ordinary-2.end@hostile.example"),
        "Re: Lunch on Thursday?",
        "In-Reply-To: <ordinary-2.start@hostile.example>\n",
        "Noon works. See you there.\n",
    )?;
    w.simple(
        Some("ordinary-3.end@hostile.example"),
        "Last message in the hostile mailbox",
        "",
        "If you can read this, the parser made it to the end.\n",
    )?;

    w.out.flush()?;
    Ok(w.exp)
}
