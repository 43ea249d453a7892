//! The ids every table is keyed on.
//!
//! `provider_message_id` is the Message-ID header without angle brackets, or,
//! for a message without a usable one, `jobtrack-` and 32 hex digits of the
//! sha256 of its bytes. `email_id` hashes it together with the user, so the
//! same message seen twice (a rerun, an overlapping export, a second account)
//! has one id.

use sha2::{Digest, Sha256};

/// sha256 of `bytes`, hex.
pub fn content_hash(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Cleans a Message-ID as found in a header: brackets and surrounding space
/// removed; `None` when nothing usable is left.
pub fn clean_message_id(raw: &str) -> Option<String> {
    let trimmed = raw
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim();
    let usable = !trimmed.is_empty()
        && trimmed.len() <= 995
        && !trimmed.chars().any(|c| c.is_whitespace() || c.is_control());
    usable.then(|| trimmed.to_string())
}

/// The provider message id of a message with header id `header_id`.
pub fn provider_message_id(raw: &[u8], header_id: Option<&str>) -> String {
    match header_id.and_then(clean_message_id) {
        Some(id) => id,
        None => format!("jobtrack-{}", &content_hash(raw)[..32]),
    }
}

/// The first 16 bytes of sha256 over the NUL-separated `parts`.
pub fn key128(parts: &[&str]) -> u128 {
    let mut h = Sha256::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h.update([0u8]);
        }
        h.update(p.as_bytes());
    }
    let digest = h.finalize();
    let mut first = [0u8; 16];
    first.copy_from_slice(&digest[..16]);
    u128::from_be_bytes(first)
}

/// 32 hex digits of a 128-bit key.
pub fn key_hex(key: u128) -> String {
    format!("{key:032x}")
}

/// Parses 32 hex digits back into a key.
pub fn parse_key(hex: &str) -> Option<u128> {
    u128::from_str_radix(hex, 16).ok()
}

/// The stable id of a user's email.
pub fn email_key(user_id: &str, provider_message_id: &str) -> u128 {
    key128(&[user_id, provider_message_id])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_lose_their_brackets() {
        assert_eq!(clean_message_id(" <a.b@c> ").as_deref(), Some("a.b@c"));
        assert_eq!(clean_message_id("<>"), None);
        assert_eq!(clean_message_id("has space@x"), None);
    }

    #[test]
    fn a_message_without_id_is_named_by_its_bytes() {
        let a = provider_message_id(b"Subject: x\n\nbody", None);
        assert!(a.starts_with("jobtrack-"));
        assert_eq!(a, provider_message_id(b"Subject: x\n\nbody", Some("  ")));
        assert_ne!(a, provider_message_id(b"Subject: y\n\nbody", None));
    }

    #[test]
    fn keys_round_trip_through_hex() {
        let k = email_key("u", "m@x");
        assert_eq!(parse_key(&key_hex(k)), Some(k));
        assert_ne!(email_key("u", "m@x"), email_key("v", "m@x"));
    }
}
