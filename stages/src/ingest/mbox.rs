//! A streaming mbox reader (mboxo and mboxrd, as written by Thunderbird,
//! mutt and Google Takeout).
//!
//! The two variants quote a body line starting with `From ` as `>From `;
//! mboxrd also quotes `>From ` as `>>From `, so it can be undone, while
//! mboxo's quoting cannot (a `>From ` line may have been written so).
//! [`detect_variant`] tells them apart by the `>>From ` lines only mboxrd
//! writes; an mboxrd file's quoting is undone, and an mboxo file's (or one
//! with nothing to tell) is kept exactly as read.
//!
//! It reads a line at a time from a buffered reader, so memory holds at most
//! one message, and never more than `max_message_bytes` of it: a larger
//! message is read to its end but kept only as its size, to be recorded as a
//! dead letter. mail-parser's own mbox iterator keeps every message whole, with
//! no cap and no byte offsets, which a multi-gigabyte Takeout export with one
//! runaway message cannot afford.

use std::io::BufRead;

use chrono::{DateTime, NaiveDateTime, Utc};

/// One message found in the mbox.
#[derive(Debug)]
pub struct MboxMessage {
    /// Byte offset of its `From ` line.
    pub offset: u64,
    /// The date on the `From ` line, when it parses.
    pub envelope_date: Option<DateTime<Utc>>,
    /// The message bytes (mboxrd's `>From ` quoting undone, mboxo's kept as
    /// read); empty when oversized.
    pub bytes: Vec<u8>,
    /// The full size when the message was larger than the cap.
    pub oversized: Option<u64>,
}

/// How a file quotes body lines that start with `From `.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// `From ` became `>From `, and an original `>From ` stayed: the
    /// quoting cannot be undone, so lines are kept as read.
    Mboxo,
    /// Every `>*From ` gained one `>`: one is taken off again.
    Mboxrd,
}

/// Reads `input` to its end looking for a line starting with `>>From `,
/// which only mboxrd quoting writes: [`Variant::Mboxrd`] if there is one,
/// else [`Variant::Mboxo`] (for a file without either, both read the same).
pub fn detect_variant(mut input: impl std::io::Read) -> std::io::Result<Variant> {
    const NEEDLE: &[u8] = b"\n>>From ";
    let finder = memchr::memmem::Finder::new(NEEDLE);
    let mut buf = vec![0u8; 1 << 20];
    // The tail of the last chunk, so a line split across reads is found.
    let mut carry = 0;
    loop {
        let n = input.read(&mut buf[carry..])?;
        if n == 0 {
            return Ok(Variant::Mboxo);
        }
        let filled = carry + n;
        if finder.find(&buf[..filled]).is_some() {
            return Ok(Variant::Mboxrd);
        }
        carry = (NEEDLE.len() - 1).min(filled);
        buf.copy_within(filled - carry..filled, 0);
    }
}

/// Reads messages one by one from an mbox stream.
pub struct MboxReader<R> {
    reader: R,
    variant: Variant,
    max_message_bytes: usize,
    offset: u64,
    /// The `From ` line that starts the next message, with its offset.
    pending_from: Option<(u64, Vec<u8>)>,
    started: bool,
    line: Vec<u8>,
}

impl<R: BufRead> MboxReader<R> {
    /// A reader of an mbox of `variant` (see [`detect_variant`]).
    pub fn new(reader: R, max_message_bytes: usize, variant: Variant) -> Self {
        Self {
            reader,
            variant,
            max_message_bytes,
            offset: 0,
            pending_from: None,
            started: false,
            line: Vec::with_capacity(1024),
        }
    }

    /// A reader whose input begins at byte `offset` of the mbox (a file
    /// read from where an earlier run stopped): offsets count from there.
    #[must_use]
    pub fn starting_at(mut self, offset: u64) -> Self {
        self.offset = offset;
        self
    }

    /// Byte offset in the mbox of what was consumed so far.
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// Reads one line into `self.line`, keeping at most `keep` bytes of it
    /// (the rest is consumed and counted). Returns the full line length.
    fn read_line(&mut self, keep: usize) -> std::io::Result<usize> {
        self.line.clear();
        let mut total = 0;
        loop {
            let buf = self.reader.fill_buf()?;
            if buf.is_empty() {
                return Ok(total);
            }
            let (chunk, done) = match memchr::memchr(b'\n', buf) {
                Some(i) => (i + 1, true),
                None => (buf.len(), false),
            };
            let room = keep.saturating_sub(self.line.len());
            self.line.extend_from_slice(&buf[..chunk.min(room)]);
            self.reader.consume(chunk);
            total += chunk;
            self.offset += chunk as u64;
            if done {
                return Ok(total);
            }
        }
    }

    /// The first non-blank content must be a `From ` line; anything else is
    /// not an mbox.
    fn start(&mut self) -> std::io::Result<Result<(), String>> {
        self.started = true;
        loop {
            let at = self.offset;
            let n = self.read_line(4096)?;
            if n == 0 {
                return Ok(Ok(()));
            }
            if self.line.starts_with(b"From ") {
                self.pending_from = Some((at, self.line.clone()));
                return Ok(Ok(()));
            }
            if !self.line.iter().all(u8::is_ascii_whitespace) {
                let shown = String::from_utf8_lossy(&self.line[..self.line.len().min(60)])
                    .trim_end()
                    .to_string();
                return Ok(Err(format!(
                    "the first line is {shown:?}, not an mbox 'From ' line (a single message? use eml:DIR)"
                )));
            }
        }
    }

    /// The next message, `Ok(None)` at the end, or an I/O error. The outer
    /// `Err(String)` of [`Self::next_message`] is "not an mbox".
    pub fn next_message(&mut self) -> std::io::Result<Result<Option<MboxMessage>, String>> {
        if !self.started
            && let Err(reason) = self.start()?
        {
            return Ok(Err(reason));
        }
        let Some((offset, from_line)) = self.pending_from.take() else {
            return Ok(Ok(None));
        };
        let envelope_date = parse_from_line(&from_line);
        let mut bytes = Vec::new();
        let mut size: u64 = 0;
        let cap = self.max_message_bytes;
        loop {
            let at = self.offset;
            let keep = (cap + 1).saturating_sub(bytes.len()).max(5);
            let n = self.read_line(keep)?;
            if n == 0 {
                break;
            }
            if self.line.starts_with(b"From ") {
                self.pending_from = Some((at, self.line.clone()));
                break;
            }
            size += n as u64;
            if size as usize > cap {
                bytes.clear();
                continue;
            }
            // mboxrd: ">From ", ">>From " ... lose one '>'.
            let quoted = self.variant == Variant::Mboxrd && self.line.first() == Some(&b'>') && {
                let rest = self.line.iter().position(|&c| c != b'>').unwrap_or(0);
                self.line[rest..].starts_with(b"From ")
            };
            bytes.extend_from_slice(if quoted { &self.line[1..] } else { &self.line });
        }
        let oversized = (size as usize > cap).then_some(size);
        if oversized.is_none() {
            // The blank line before the next From_ line belongs to the mbox.
            if bytes.ends_with(b"\r\n\r\n") {
                bytes.truncate(bytes.len() - 2);
            } else if bytes.ends_with(b"\n\n") {
                bytes.truncate(bytes.len() - 1);
            }
        }
        Ok(Ok(Some(MboxMessage {
            offset,
            envelope_date,
            bytes,
            oversized,
        })))
    }
}

/// Parses the date of a `From sender date` line: asctime (`Mon Jan  6
/// 08:00:00 2025`) and Takeout's `Sat Jan 04 12:34:56 +0000 2025`.
pub fn parse_from_line(line: &[u8]) -> Option<DateTime<Utc>> {
    let text = std::str::from_utf8(line).ok()?.trim_end();
    let rest = text.strip_prefix("From ")?;
    let (_, date) = rest.split_once(' ')?;
    let words: Vec<&str> = date.split_whitespace().collect();
    let joined = words.join(" ");
    for fmt in ["%a %b %d %H:%M:%S %Y", "%a %b %d %H:%M:%S %z %Y"] {
        if let Ok(dt) = DateTime::parse_from_str(&joined, fmt) {
            return Some(dt.with_timezone(&Utc));
        }
        if let Ok(naive) = NaiveDateTime::parse_from_str(&joined, fmt) {
            return Some(naive.and_utc());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(input: &[u8], cap: usize) -> Vec<MboxMessage> {
        let variant = detect_variant(input).unwrap();
        let mut r = MboxReader::new(std::io::BufReader::with_capacity(7, input), cap, variant);
        let mut out = Vec::new();
        while let Some(m) = r.next_message().unwrap().unwrap() {
            out.push(m);
        }
        out
    }

    #[test]
    fn splits_on_from_lines_and_unquotes() {
        let mbox = b"From a@b Mon Jan  6 08:00:00 2025\nSubject: one\n\n>From here\n>>From there\n\nFrom c@d Sat Jan 04 12:34:56 +0000 2025\nSubject: two\n\nbody\n";
        let msgs = read_all(mbox, 1 << 20);
        assert_eq!(msgs.len(), 2);
        assert_eq!(msgs[0].bytes, b"Subject: one\n\nFrom here\n>From there\n");
        assert_eq!(msgs[1].bytes, b"Subject: two\n\nbody\n");
        assert_eq!(msgs[0].offset, 0);
        assert_eq!(
            msgs[0].envelope_date.unwrap().to_rfc3339(),
            "2025-01-06T08:00:00+00:00"
        );
        assert_eq!(
            msgs[1].envelope_date.unwrap().to_rfc3339(),
            "2025-01-04T12:34:56+00:00"
        );
    }

    #[test]
    fn an_mboxo_file_keeps_its_quoted_lines_as_read() {
        // No ">>From ": nothing says the quoting can be undone.
        let mbox = b"From a@b Mon Jan  6 08:00:00 2025\nSubject: one\n\n>From here\nok\n";
        assert_eq!(detect_variant(&mbox[..]).unwrap(), Variant::Mboxo);
        let msgs = read_all(mbox, 1 << 20);
        assert_eq!(msgs[0].bytes, b"Subject: one\n\n>From here\nok\n");
    }

    #[test]
    fn the_variant_is_found_across_read_boundaries() {
        let mut mbox = b"From a@b x\nSubject: s\n\n".to_vec();
        mbox.extend(std::iter::repeat_n(b'y', (1 << 20) - mbox.len() - 3));
        mbox.extend(b"\n>>From there\n");
        assert_eq!(detect_variant(&mbox[..]).unwrap(), Variant::Mboxrd);
        // A reader that hands out a few bytes at a time.
        let slow = std::io::BufReader::with_capacity(5, &mbox[..]);
        assert_eq!(detect_variant(slow).unwrap(), Variant::Mboxrd);
    }

    #[test]
    fn an_oversized_message_keeps_only_its_size() {
        let mut mbox = b"From a@b Mon Jan  6 08:00:00 2025\nSubject: big\n\n".to_vec();
        mbox.extend(std::iter::repeat_n(b'x', 10_000));
        mbox.extend(b"\nFrom c@d Mon Jan  6 08:00:00 2025\nSubject: small\n\n");
        let msgs = read_all(&mbox, 1000);
        assert_eq!(msgs.len(), 2);
        assert!(msgs[0].bytes.is_empty());
        assert!(msgs[0].oversized.unwrap() > 10_000);
        assert_eq!(msgs[1].oversized, None);
    }

    #[test]
    fn a_file_that_is_not_an_mbox_is_refused() {
        let mut r = MboxReader::new(&b"Subject: hi\n\nbody\n"[..], 100, Variant::Mboxo);
        assert!(r.next_message().unwrap().is_err());
    }

    #[test]
    fn empty_messages_are_returned_empty() {
        let msgs = read_all(b"From a@b x\nFrom c@d y\n\n\nFrom e@f z\nSubject: s\n", 100);
        assert_eq!(msgs.len(), 3);
        assert!(msgs[0].bytes.is_empty());
        assert!(msgs[1].bytes.iter().all(u8::is_ascii_whitespace));
    }
}
