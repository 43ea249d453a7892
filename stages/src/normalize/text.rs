//! Text helpers of normalization: cleaning decoded strings, rendering HTML
//! safely, and finding links.

use std::sync::LazyLock;

use regex::Regex;

/// HTML larger than this is cut before it is rendered to text.
pub const MAX_HTML_BYTES: usize = 1 << 20;
/// At most this many links are kept per email.
pub const MAX_LINKS: usize = 200;
const MAX_LINK_LEN: usize = 2048;

/// Removes NUL and other control characters (keeping tab and newline),
/// turns CRLF and CR into LF.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A one-line field (subject, name): controls removed, runs of white space
/// folded to one space, trimmed, cut to `max` characters.
pub fn one_line(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max * 4));
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if c.is_control() {
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    truncate_chars(&out, max).to_string()
}

/// The preview of a body the `emails` mart shows: of its first 2,000
/// characters, each run of white space folded to one space, then the first
/// 280 characters, without spaces at either end. Cut here while the body is
/// in memory, so the mart need not read bodies again.
pub fn snippet(body: &str) -> String {
    let mut folded = String::with_capacity(body.len().min(2000));
    let mut in_space = false;
    for c in body.chars().take(2000) {
        if c.is_whitespace() {
            if !in_space {
                folded.push(' ');
            }
            in_space = true;
        } else {
            folded.push(c);
            in_space = false;
        }
    }
    truncate_chars(&folded, 280).trim_matches(' ').to_string()
}

/// The first `max` characters of `text`.
pub fn truncate_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

/// The first `max` bytes of `text`, cut back to a character boundary.
pub fn truncate_bytes(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Renders HTML to text with mail-parser, after cutting it to
/// [`MAX_HTML_BYTES`], and folds the blank lines it leaves.
pub fn html_to_text(html: &str) -> String {
    let text = mail_parser::decoders::html::html_to_text(truncate_bytes(html, MAX_HTML_BYTES));
    fold_blank_lines(&clean(&text))
}

/// Collapses three or more newlines into two and trims line ends.
pub fn fold_blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.split('\n') {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

static TEXT_LINK: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r#"https?://[^\s<>"'\[\]{}|\\^`]+"#).ok());
static HREF: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r#"(?i)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#).ok());

/// Distinct http(s) links of a text and an HTML body, in order of appearance.
pub fn links(text: &str, html: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |raw: &str| {
        if out.len() >= MAX_LINKS {
            return;
        }
        let link = raw
            .replace("&amp;", "&")
            .trim()
            .trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '*'])
            .to_string();
        let lower = link.to_ascii_lowercase();
        if (lower.starts_with("http://") || lower.starts_with("https://"))
            && link.len() > 10
            && link.len() <= MAX_LINK_LEN
            && !link.chars().any(char::is_control)
            && !out.contains(&link)
        {
            out.push(link);
        }
    };
    if let Some(html) = html
        && let Some(re) = HREF.as_ref()
    {
        for cap in re.captures_iter(truncate_bytes(html, MAX_HTML_BYTES)) {
            if let Some(m) = cap.get(1).or_else(|| cap.get(2)).or_else(|| cap.get(3)) {
                push(m.as_str());
            }
        }
    }
    if let Some(re) = TEXT_LINK.as_ref() {
        for m in re.find_iter(truncate_bytes(text, 4 * MAX_HTML_BYTES)) {
            push(m.as_str());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_fold_white_space_and_keep_280_characters() {
        assert_eq!(
            snippet("  Hi Alex,\n\n   Thanks\tfor applying. "),
            "Hi Alex, Thanks for applying."
        );
        assert_eq!(snippet(""), "");
        let long = "é".repeat(300);
        assert_eq!(snippet(&long).chars().count(), 280);
        // Only the first 2,000 characters are looked at, and the cut comes
        // before the trim, as the SQL it replaces did.
        let late = format!("{}{}", " ".repeat(1999), "x".repeat(10));
        assert_eq!(snippet(&late), "x");
        assert_eq!(snippet(&format!(" {}", "y".repeat(300))), "y".repeat(279));
    }

    #[test]
    fn one_line_folds_space_and_drops_controls() {
        assert_eq!(one_line("  a\r\n\tb\u{0}c  ", 100), "a bc");
        assert_eq!(one_line("ééé", 2), "éé");
    }

    #[test]
    fn links_come_from_href_and_text_once_each() {
        let html =
            r#"<a href="https://jobs.lever.co/acme/1?a=1&amp;b=2">x</a><a href='http://e.com/y'>"#;
        let text = "see https://jobs.lever.co/acme/1?a=1&b=2. and (https://x.org/p)";
        assert_eq!(
            links(text, Some(html)),
            vec![
                "https://jobs.lever.co/acme/1?a=1&b=2",
                "http://e.com/y",
                "https://x.org/p"
            ]
        );
    }

    #[test]
    fn html_is_rendered_and_blank_lines_folded() {
        let text = html_to_text("<p>Hello&nbsp;<b>there</b></p><br><br><br><p>Bye</p>");
        assert!(text.contains("Hello"), "{text}");
        assert!(!text.contains("\n\n\n"), "{text}");
    }
}
