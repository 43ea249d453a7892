//! Byte-level encoders: base64, quoted-printable, RFC 2047 encoded words,
//! legacy charsets, URL escaping, HTML escaping and mboxrd escaping.

use std::io::{self, Write};

/// Standard base64 with padding, no line breaks.
pub(crate) fn base64(data: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(data)
}

/// Base64 body with 76-character lines, each ending in LF.
pub(crate) fn base64_lines(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 4 / 3 + data.len() / 57 + 4);
    for chunk in data.chunks(57) {
        out.extend_from_slice(base64(chunk).as_bytes());
        out.push(b'\n');
    }
    out
}

/// Quoted-printable body (RFC 2045) with soft breaks at 76 columns; LF line ends.
pub(crate) fn quoted_printable(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + data.len() / 8);
    let hex = b"0123456789ABCDEF";
    for line in data.split(|&b| b == b'\n') {
        let mut col = 0usize;
        for (i, &b) in line.iter().enumerate() {
            let last = i + 1 == line.len();
            let literal =
                (b == b' ' || b == b'\t') && !last || (33..=126).contains(&b) && b != b'=';
            let width = if literal { 1 } else { 3 };
            if col + width > 75 {
                out.extend_from_slice(b"=\n");
                col = 0;
            }
            if literal {
                out.push(b);
            } else {
                out.extend_from_slice(&[b'=', hex[(b >> 4) as usize], hex[(b & 15) as usize]]);
            }
            col += width;
        }
        out.push(b'\n');
    }
    // `split` yields a trailing empty piece for data ending in LF: drop the extra LF.
    if data.ends_with(b"\n") {
        out.pop();
    }
    out
}

/// Character sets the generator can write bodies and headers in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Charset {
    Utf8,
    Latin1,
    Cp1252,
    Ascii,
}

impl Charset {
    pub fn name(self) -> &'static str {
        match self {
            Charset::Utf8 => "UTF-8",
            Charset::Latin1 => "ISO-8859-1",
            Charset::Cp1252 => "windows-1252",
            Charset::Ascii => "us-ascii",
        }
    }
}

fn cp1252_byte(c: char) -> Option<u8> {
    let b = match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        c if (c as u32) < 0x80 || (0xA0..=0xFF).contains(&(c as u32)) => c as u32 as u8,
        _ => return None,
    };
    Some(b)
}

/// Encode `s` in `cs`; `None` when a character is not representable.
pub(crate) fn to_charset(s: &str, cs: Charset) -> Option<Vec<u8>> {
    match cs {
        Charset::Utf8 => Some(s.as_bytes().to_vec()),
        Charset::Ascii => s.is_ascii().then(|| s.as_bytes().to_vec()),
        Charset::Latin1 => s
            .chars()
            .map(|c| u8::try_from(c as u32).ok())
            .collect::<Option<Vec<u8>>>(),
        Charset::Cp1252 => s.chars().map(cp1252_byte).collect(),
    }
}

/// RFC 2047 encoded words for `s`, folded with LF + space between words.
/// `b64` selects B over Q encoding.
pub(crate) fn encoded_words(s: &str, cs: Charset, b64: bool) -> String {
    let cs = if to_charset(s, cs).is_some() && cs != Charset::Ascii {
        cs
    } else {
        Charset::Utf8
    };
    let prefix = format!("=?{}?{}?", cs.name(), if b64 { 'B' } else { 'Q' });
    let mut words: Vec<String> = Vec::new();
    let mut cur: Vec<u8> = Vec::new();
    let mut cur_len = 0usize;
    let budget = 74 - prefix.len() - 2;
    let hex = b"0123456789ABCDEF";
    let mut tmp = [0u8; 4];
    for c in s.chars() {
        let bytes: Vec<u8> = match cs {
            Charset::Utf8 | Charset::Ascii => c.encode_utf8(&mut tmp).as_bytes().to_vec(),
            _ => to_charset(c.encode_utf8(&mut tmp), cs).unwrap_or_default(),
        };
        let add = if b64 {
            (cur.len() + bytes.len()).div_ceil(3) * 4 - cur_len
        } else {
            bytes
                .iter()
                .map(|&b| {
                    if b.is_ascii_alphanumeric() || b == b' ' || b"!*+-/".contains(&b) {
                        1
                    } else {
                        3
                    }
                })
                .sum()
        };
        if cur_len + add > budget && !cur.is_empty() {
            words.push(finish_word(&prefix, &cur, b64, hex));
            cur.clear();
            cur_len = 0;
        }
        cur.extend_from_slice(&bytes);
        cur_len = if b64 {
            cur.len().div_ceil(3) * 4
        } else {
            cur_len + add
        };
    }
    if !cur.is_empty() || words.is_empty() {
        words.push(finish_word(&prefix, &cur, b64, hex));
    }
    words.join("\n ")
}

fn finish_word(prefix: &str, bytes: &[u8], b64: bool, hex: &[u8; 16]) -> String {
    let mut w = String::from(prefix);
    if b64 {
        w.push_str(&base64(bytes));
    } else {
        for &b in bytes {
            if b == b' ' {
                w.push('_');
            } else if b.is_ascii_alphanumeric() || b"!*+-/".contains(&b) {
                w.push(b as char);
            } else {
                w.push('=');
                w.push(hex[(b >> 4) as usize] as char);
                w.push(hex[(b & 15) as usize] as char);
            }
        }
    }
    w.push_str("?=");
    w
}

/// Fold an unstructured ASCII header value at spaces to keep lines under 78 columns.
pub(crate) fn fold(name_len: usize, value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    let mut col = name_len + 2;
    for (i, word) in value.split(' ').enumerate() {
        if i > 0 {
            if col + 1 + word.len() > 78 && col > name_len + 2 {
                out.push_str("\n ");
                col = 1;
            } else {
                out.push(' ');
                col += 1;
            }
        }
        out.push_str(word);
        col += word.len();
    }
    out
}

/// Everything but RFC 3986's unreserved characters (`A-Z a-z 0-9 - _ . ~`).
const NOT_UNRESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Percent-encode everything but RFC 3986 unreserved characters.
pub(crate) fn url_encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, NOT_UNRESERVED).to_string()
}

pub(crate) fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Lowercase ASCII slug with hyphens ("Senior Data Engineer" -> "senior-data-engineer").
pub(crate) fn slugify(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Writes message bytes with mboxrd escaping: any line matching `^>*From ` gets one more `>`.
/// Tracks whether the next byte starts a line so that data may arrive in pieces.
pub(crate) struct MboxrdWriter<'a, W: Write> {
    pub inner: &'a mut W,
    pub at_line_start: bool,
    pub written: u64,
}

impl<W: Write> MboxrdWriter<'_, W> {
    pub fn write_escaped(&mut self, data: &[u8]) -> io::Result<()> {
        let mut rest = data;
        while !rest.is_empty() {
            let end = rest
                .iter()
                .position(|&b| b == b'\n')
                .map_or(rest.len(), |p| p + 1);
            let line = &rest[..end];
            if self.at_line_start {
                let gt = line.iter().take_while(|&&b| b == b'>').count();
                if line[gt..].starts_with(b"From ") {
                    self.inner.write_all(b">")?;
                    self.written += 1;
                }
            }
            self.inner.write_all(line)?;
            self.written += line.len() as u64;
            self.at_line_start = line.ends_with(b"\n");
            rest = &rest[end..];
        }
        Ok(())
    }

    /// Raw bytes that are known not to contain `From ` lines (e.g. base64).
    pub fn write_raw(&mut self, data: &[u8]) -> io::Result<()> {
        self.inner.write_all(data)?;
        self.written += data.len() as u64;
        if let Some(&last) = data.last() {
            self.at_line_start = last == b'\n';
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_known() {
        assert_eq!(base64(b"hello"), "aGVsbG8=");
        assert_eq!(base64(b"hi!"), "aGkh");
        assert_eq!(base64(b"h"), "aA==");
    }

    #[test]
    fn qp_basic() {
        let q = quoted_printable("café = ok \nnext".as_bytes());
        assert_eq!(String::from_utf8(q).unwrap(), "caf=C3=A9 =3D ok=20\nnext\n");
        let long = "x".repeat(200);
        let q = String::from_utf8(quoted_printable(long.as_bytes())).unwrap();
        assert!(q.lines().all(|l| l.len() <= 76));
    }

    #[test]
    fn words_and_charsets() {
        assert_eq!(
            to_charset("“é”", Charset::Cp1252).unwrap(),
            vec![0x93, 0xE9, 0x94]
        );
        assert!(to_charset("“", Charset::Latin1).is_none());
        let w = encoded_words("Grüße aus München", Charset::Latin1, false);
        assert_eq!(w, "=?ISO-8859-1?Q?Gr=FC=DFe_aus_M=FCnchen?=");
        let long = encoded_words(&"Bewerbung für die Stelle ".repeat(6), Charset::Utf8, true);
        assert!(long.lines().all(|l| l.trim().len() <= 76));
    }

    #[test]
    fn mboxrd() {
        let mut v = Vec::new();
        let mut w = MboxrdWriter {
            inner: &mut v,
            at_line_start: true,
            written: 0,
        };
        w.write_escaped(b"a\nFrom me\n>From you\nx From y\n")
            .unwrap();
        assert_eq!(v, b"a\n>From me\n>>From you\nx From y\n");
    }
}
