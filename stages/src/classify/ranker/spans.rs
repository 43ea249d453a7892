//! The spans that name an employer in any language, added to a [`Pool`]:
//! the parts of a display name and of the subject, names after employer
//! prepositions and after articles, names with a legal suffix, a
//! correspondent's domain as the text spells it, and signature lines; and
//! whether a mail speaks of an agency's client.

use std::sync::LazyLock;

use regex::Regex;

use super::{Origin, Pool, SpanContext};
use crate::names::company::{clean_company, is_agency_name};
use crate::names::domain::{domain_label, name_for_slug, registrable_domain};
use crate::names::person::looks_like_person;
pub(super) use crate::normalize::text::truncate_bytes as prefix;

/// Separators inside display names and subjects.
const PART_SEPARATORS: [&str; 9] = [
    " - ",
    " – ",
    " — ",
    " | ",
    " via ",
    " from ",
    " a través de ",
    " über ",
    ": ",
];

/// A capitalized name: 1-5 words, each capitalized or a joining particle.
const NAME: &str = r"(\p{Lu}[\p{L}\p{N}&'’.\-]*(?:\s+(?:&|und|and|en|et|y|e|de|del|la|van|von|der|den|di|da|du|des|\p{Lu}[\p{L}\p{N}&'’.\-]*)){0,4})";

static AFTER_PREPOSITION: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:\b(?:at|with|join|joining|bei|bij|chez|presso|en|para|für|voor|pour|au sein de|auprès de|nell'|all'|alla|dalla)\s+|@\s*){NAME}"
    ))
    .ok()
});

static AFTER_ARTICLE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:for|per|in|im|di|da|del|de|der|die|das|den|dem|von|van|het|la|le|el|il|of|from)\s+{NAME}"
    ))
    .ok()
});

/// Mail from an agency about a client ("our client", "unser Kunde").
static CLIENT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:our|my|a)\s+client\b|\bunser(?:em|en)?\s+(?:kunde|kunden|mandant)|\beinem?\s+(?:kunden|mandanten)\b|\bonze\s+(?:opdrachtgever|klant)\b|\bnotre\s+client\b|\bnuestro\s+cliente\b|\bil\s+nostro\s+cliente\b|\bun\s+nostro\s+cliente\b|\bnostro\s+cliente\b",
    )
    .ok()
});

/// Whether `text` speaks of an agency's client.
pub fn speaks_of_client(text: &str) -> bool {
    CLIENT
        .as_ref()
        .is_some_and(|r| r.is_match(prefix(text, 3000)))
}

static LEGAL_NAME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(\p{Lu}[\p{L}\p{N}&'’\-]*(?:\s+(?:&|und|and|en|et|y|e|\p{Lu}[\p{L}\p{N}&'’\-]*)){0,3}\s+(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|SE|B\.?V\.?|N\.?V\.?|S\.?L\.?U?|S\.?A\.?S?|SARL|S\.?r\.?l\.?|S\.?p\.?A\.?|Ltd\.?|Inc\.?|LLC|plc|GbR|e\.?\s?V\.?))\b",
    )
    .ok()
});

/// Adds the spans that name an employer in any language (see the module
/// documentation) to `pool`.
pub fn language_spans(pool: &mut Pool, ctx: &SpanContext<'_>) {
    let platforms = ctx.platforms;
    let mut add = |raw: &str, origin: Origin, rule: &str| {
        if let Some(name) = clean_company(raw, platforms)
            && !is_agency_name(&name)
        {
            pool.add(&name, origin, 0.0, rule);
        }
    };
    // the parts of a display name: "Acme GmbH – Recruiting", "Anna via Willo"
    if !ctx.outgoing {
        for part in split_parts(ctx.from_name) {
            if !looks_like_person(part) {
                add(part, Origin::DisplayPart, "company:display_part");
            }
        }
    }
    for part in split_parts(strip_reply(ctx.subject)) {
        if part.split_whitespace().count() <= 5 {
            add(part, Origin::SubjectPart, "company:subject_part");
        }
    }
    let head = prefix(ctx.body, 2500);
    for text in [ctx.subject, head] {
        for (re, origin, rule) in [
            (
                &AFTER_PREPOSITION,
                Origin::AfterPreposition,
                "company:after_preposition",
            ),
            (
                &AFTER_ARTICLE,
                Origin::AfterArticle,
                "company:after_article",
            ),
        ] {
            if let Some(re) = re.as_ref() {
                for caps in re.captures_iter(text).take(12) {
                    if let Some(m) = caps.get(1) {
                        add(m.as_str(), origin, rule);
                    }
                }
            }
        }
        if let Some(re) = LEGAL_NAME.as_ref() {
            for caps in re.captures_iter(text).take(12) {
                if let Some(m) = caps.get(1) {
                    add(m.as_str(), Origin::LegalName, "company:legal_name");
                }
            }
        }
    }
    // a correspondent's domain spelled out: "wolkenveldkoffie.nl" and
    // "Wolkenveld Koffiebranders", "studiodora.it" and "Studio Dora"
    for addr in [ctx.correspondent(), ctx.reply_to].into_iter().flatten() {
        let Some(reg) = registrable_domain(addr) else {
            continue;
        };
        let Some(label) = domain_label(&reg) else {
            continue;
        };
        for text in [ctx.subject, ctx.from_name, head] {
            if let Some(n) = name_for_slug(label, text) {
                add(&n, Origin::DomainInText, "company:domain_in_text");
            }
            for n in names_like_domain(&reg, text) {
                add(&n, Origin::DomainInText, "company:domain_in_text");
            }
        }
    }
    // the signature of mail others write: short lines near the end
    if !ctx.outgoing {
        let lines: Vec<&str> = head.lines().map(str::trim).collect();
        for l in lines.iter().rev().take(10) {
            let words = l.split_whitespace().count();
            if (1..=5).contains(&words)
                && l.chars().next().is_some_and(char::is_uppercase)
                && !l.ends_with([',', '.', '!', '?', ':'])
                && !looks_like_person(l)
            {
                add(l, Origin::Signature, "company:signature");
            }
        }
    }
}

/// Capitalized runs of 1-4 words in `text` (within a sentence) that read
/// as the domain's name: `wolkenveldkoffie.nl` finds "Wolkenveld
/// Koffiebranders" and "Wolkenveld", not "Wolkenveld. Ik".
fn names_like_domain(domain: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let Some(label) = domain_label(domain) else {
        return out;
    };
    let label: String = label.chars().filter(char::is_ascii_alphanumeric).collect();
    let Some(first) = label.chars().next() else {
        return out;
    };
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ':' | ';' | '"'))
        .filter(|w| !w.is_empty())
        .collect();
    let capital = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '&')
    };
    for i in 0..words.len() {
        let starts = words[i].chars().next().is_some_and(|c| {
            c.is_uppercase() && c.to_lowercase().map(fold_ascii).next() == Some(first)
        });
        if !starts {
            continue;
        }
        let mut run = Vec::new();
        for w in &words[i..words.len().min(i + 4)] {
            if !run.is_empty() && !capital(w) {
                break;
            }
            let bare = w.trim_end_matches(['.', ',', '!', '?', '\'', '’']);
            run.push(bare);
            let name = run.join(" ");
            let squashed: String = fold_name(&name)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect();
            let common = squashed
                .chars()
                .zip(label.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let reads_as = squashed.len() >= 4
                && (squashed == label
                    || (squashed.starts_with(&label) && label.len() >= 4)
                    || (label.starts_with(&squashed) && squashed.len() * 5 >= label.len() * 3)
                    || common >= 6);
            if reads_as && !out.contains(&name) {
                out.push(name);
            }
            if bare.len() != w.len() {
                break; // the sentence or the list ends here
            }
        }
        if out.len() >= 4 {
            break;
        }
    }
    out
}

fn fold_ascii(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ß' => 's',
        c => c,
    }
}

/// A name with its accents folded the way domains write them
/// ("Kältetechnik" → "Kaltetechnik"; "ä" as "ae" is `domain_matches`'
/// prefix rule's concern).
pub(super) fn fold_name(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(fold_ascii)
        .collect()
}

pub(super) fn split_parts(s: &str) -> Vec<&str> {
    let mut parts = vec![s];
    for sep in PART_SEPARATORS {
        parts = parts
            .into_iter()
            .flat_map(|p| p.split(sep))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
    }
    parts
}

fn strip_reply(subject: &str) -> &str {
    let mut s = subject.trim();
    loop {
        let lower = s.get(..5).map(str::to_ascii_lowercase).unwrap_or_default();
        let cut = [
            "re:", "aw:", "fw:", "wg:", "tr:", "rv:", "r:", "fwd:", "antw:", "re :",
        ]
        .iter()
        .find(|p| lower.starts_with(**p))
        .map(|p| p.len());
        match cut {
            Some(n) => s = s[n..].trim_start(),
            None => return s,
        }
    }
}
