//! Gmail's batch answers: a `multipart/mixed` body whose parts are HTTP
//! answers of their own (`Content-ID: <response-itemN>`), split into
//! [`BatchPart`]s with their status, `Retry-After` and body.

use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::retry::{http_date, parse_retry_after};

/// One inner answer of a batch.
#[derive(Debug)]
pub struct BatchPart {
    /// The index in the request, from `Content-ID: <response-itemN>`.
    pub index: Option<usize>,
    pub status: u16,
    pub retry_after: Option<Duration>,
    pub body: Vec<u8>,
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Splits a header block from what follows it (CRLF or bare LF).
fn split_head(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    if let Some(i) = find(bytes, b"\r\n\r\n") {
        Some((&bytes[..i], &bytes[i + 4..]))
    } else {
        find(bytes, b"\n\n").map(|i| (&bytes[..i], &bytes[i + 2..]))
    }
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.trim().eq_ignore_ascii_case(name).then_some(v.trim())
    })
}

/// Parses a `multipart/mixed` batch answer into its inner HTTP answers;
/// `now` reads a part's `Retry-After` date when the part has no `Date`.
pub fn parse_batch(
    content_type: &str,
    body: &[u8],
    now: DateTime<Utc>,
) -> std::result::Result<Vec<BatchPart>, String> {
    let boundary = content_type
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))
        .map(|b| b.trim_matches('"'))
        .ok_or_else(|| format!("no boundary in content type {content_type:?}"))?;
    let delim = format!("--{boundary}");
    let mut parts = Vec::new();
    let mut rest = body;
    // Skip the preamble.
    let Some(start) = find(rest, delim.as_bytes()) else {
        return Err("no part in the answer".into());
    };
    rest = &rest[start + delim.len()..];
    loop {
        if rest.starts_with(b"--") {
            break;
        }
        let end = find(rest, delim.as_bytes()).unwrap_or(rest.len());
        let part = &rest[..end];
        let part = part
            .strip_prefix(b"\r\n")
            .or_else(|| part.strip_prefix(b"\n"))
            .unwrap_or(part);
        let (outer, inner) = split_head(part).ok_or("a part has no header block")?;
        let outer = String::from_utf8_lossy(outer);
        let index = header(&outer, "Content-ID").and_then(|id| {
            id.trim_matches(|c| c == '<' || c == '>')
                .strip_prefix("response-item")?
                .parse()
                .ok()
        });
        let (head, body) = split_head(inner).unwrap_or((inner, &[]));
        let head = String::from_utf8_lossy(head);
        let status = head
            .lines()
            .next()
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| format!("a part has no HTTP status line: {:?}", head.lines().next()))?;
        let part_now = header(&head, "Date").and_then(http_date).unwrap_or(now);
        let retry_after = header(&head, "Retry-After").and_then(|v| parse_retry_after(v, part_now));
        let mut body = body.to_vec();
        while body.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            body.pop();
        }
        parts.push(BatchPart {
            index,
            status,
            retry_after,
            body,
        });
        if end == rest.len() {
            break;
        }
        rest = &rest[end + delim.len()..];
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batch_answers_are_split_into_parts() {
        let body = "--batch_x\r\nContent-Type: application/http\r\nContent-ID: <response-item1>\r\n\r\nHTTP/1.1 429 Too Many Requests\r\nRetry-After: 2\r\nContent-Type: application/json\r\n\r\n{\"error\":{}}\r\n--batch_x\r\nContent-Type: application/http\r\nContent-ID: <response-item0>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"id\":\"a\"}\r\n--batch_x--\r\n";
        let parts = parse_batch(
            "multipart/mixed; boundary=batch_x",
            body.as_bytes(),
            DateTime::<Utc>::UNIX_EPOCH,
        )
        .unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!((parts[0].index, parts[0].status), (Some(1), 429));
        assert_eq!(parts[0].retry_after, Some(Duration::from_secs(2)));
        assert_eq!((parts[1].index, parts[1].status), (Some(0), 200));
        assert_eq!(parts[1].body, b"{\"id\":\"a\"}");
    }
}
