//! Domains and slugs: the registrable domain of a host or address (via the
//! embedded public suffix list) and its label, a low-confidence company
//! guess from a sender's domain (never for freemail, platform or tool
//! domains), and finding the spelled-out name of a tenant slug
//! (`tidepool-games`) in text ("Tidepool Games").

use super::company::{LEGAL_SUFFIXES, is_platform};

/// Freemail and mailbox providers: their domains say nothing about an employer.
const FREEMAIL: &[&str] = &[
    "gmail",
    "googlemail",
    "yahoo",
    "outlook",
    "hotmail",
    "live",
    "msn",
    "icloud",
    "me",
    "aol",
    "proton",
    "protonmail",
    "gmx",
    "web",
    "mail",
    "yandex",
    "zoho",
    "fastmail",
    "example",
    "t-online",
    "orange",
    "free",
    "qq",
    "163",
    // European mailbox providers
    "laposte",
    "sfr",
    "wanadoo",
    "bbox",
    "neuf",
    "libero",
    "virgilio",
    "tiscali",
    "alice",
    "fastwebnet",
    "ziggo",
    "kpnmail",
    "kpnplanet",
    "hetnet",
    "chello",
    "xs4all",
    "telenet",
    "skynet",
    "freenet",
    "arcor",
    "posteo",
    "ymail",
    "rocketmail",
    "btinternet",
    "virginmedia",
    "talktalk",
    "seznam",
    "wp",
    "interia",
    "onet",
    "bluewin",
    "hispeed",
    "terra",
    "ono",
];

/// The registrable domain ("eTLD+1") of a host or e-mail address:
/// `jobs.acme-robotics.co.uk` → `acme-robotics.co.uk`.
pub fn registrable_domain(host_or_address: &str) -> Option<String> {
    let host = host_or_address
        .rsplit('@')
        .next()
        .unwrap_or(host_or_address)
        .trim()
        .trim_end_matches('.')
        .to_ascii_lowercase();
    if host.is_empty() || host.len() > 253 || !host.contains('.') {
        return None;
    }
    psl::domain_str(&host).map(str::to_string)
}

/// The label of a registrable domain left of its public suffix:
/// `acme-robotics.co.uk` → `acme-robotics`.
pub fn domain_label(registrable: &str) -> Option<&str> {
    let suffix_len = psl::suffix_str(registrable).map(str::len)?;
    let cut = registrable.len().checked_sub(suffix_len + 1)?;
    registrable.get(..cut).filter(|s| !s.is_empty())
}

/// A low-confidence company-name guess from a sender's domain:
/// `careers@acme-robotics.com` → "Acme Robotics". None for freemail,
/// platform and tool domains.
pub fn company_from_domain(address: &str, extra_platforms: &[String]) -> Option<String> {
    let reg = registrable_domain(address)?;
    let label = domain_label(&reg)?;
    if FREEMAIL.contains(&label) || is_platform(label, extra_platforms) {
        return None;
    }
    Some(title_from_slug(label))
}

/// The registrable domain of an address when it can be an employer's own:
/// not a free-mail, platform, job-board or tool domain.
/// `jane@mail.acme-robotics.com` → `acme-robotics.com`; `x@gmail.com` → None.
pub fn employer_domain(address: &str, extra_platforms: &[String]) -> Option<String> {
    let reg = registrable_domain(address)?;
    let label = domain_label(&reg)?;
    if FREEMAIL.contains(&label) || is_platform(label, extra_platforms) {
        return None;
    }
    Some(reg)
}

/// Whether a registrable domain looks like the employer's own name:
/// `acmepay.de` for "Acme Payments GmbH", `acme-robotics.com` for "ACME
/// Robotics", `nordlicht.io` for "Nordlicht Mobility". An ATS, tool or
/// agency domain does not: this keeps one employer's mail from being read
/// as another's.
pub fn domain_matches(domain: &str, company: &str) -> bool {
    let Some(label) = domain_label(domain) else {
        return false;
    };
    let label: String = label.chars().filter(char::is_ascii_alphanumeric).collect();
    let name = squash(company);
    let first = company
        .split_whitespace()
        .find(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "the" | "die" | "der" | "de" | "la" | "le" | "el"
            )
        })
        .map(squash)
        .unwrap_or_default();
    if label.len() < 3 || name.is_empty() {
        return false;
    }
    let common = label
        .chars()
        .zip(name.chars())
        .take_while(|(a, b)| a == b)
        .count();
    name.starts_with(&label)
        || label.starts_with(&name)
        || (first.len() >= 3 && label.starts_with(&first))
        || common >= 5
}

/// "acme-robotics" → "Acme Robotics".
pub fn title_from_slug(slug: &str) -> String {
    slug.split(['-', '_', '.'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().chain(cs).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Letters and digits of `s`, lower-cased: the form slugs are compared in.
pub fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Finds the spelled-out name for a tenant slug in text: with slug
/// "tidepool-games" and text "... at Tidepool Games ..." returns
/// "Tidepool Games"; a legal suffix right after the name is kept
/// ("Hafenblick GmbH").
pub fn name_for_slug(slug: &str, text: &str) -> Option<String> {
    let target = squash(slug);
    if target.len() < 3 {
        return None;
    }
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')' || c == ':')
        .filter(|t| !t.is_empty())
        .collect();
    let first_char = target.chars().next()?;
    for i in 0..tokens.len() {
        let first = tokens[i];
        let mut cs = first.chars();
        // cheap filter before any allocation: capitalized, same first letter
        match cs.next() {
            Some(c0) if c0.is_uppercase() && c0.to_lowercase().next() == Some(first_char) => {}
            _ => continue,
        }
        let mut acc = String::new();
        for j in i..(i + 4).min(tokens.len()) {
            acc.push_str(&squash(tokens[j]));
            if acc == target {
                let mut words: Vec<&str> = tokens[i..=j].to_vec();
                if let Some(next) = tokens.get(j + 1) {
                    let n = next.trim_end_matches(['.', '!', ';']);
                    if LEGAL_SUFFIXES.contains(&n.to_lowercase().as_str()) {
                        words.push(n);
                    }
                }
                let name = words.join(" ");
                return Some(
                    name.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
                        .to_string(),
                );
            }
            if !target.starts_with(acc.as_str()) {
                break;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registrable_domains_use_the_public_suffix_list() {
        assert_eq!(
            registrable_domain("careers@jobs.acme-robotics.co.uk").as_deref(),
            Some("acme-robotics.co.uk")
        );
        assert_eq!(domain_label("acme-robotics.co.uk"), Some("acme-robotics"));
        let none: Vec<String> = Vec::new();
        assert_eq!(
            company_from_domain("careers@acme-robotics.com", &none).as_deref(),
            Some("Acme Robotics")
        );
        assert_eq!(company_from_domain("no-reply@greenhouse.io", &none), None);
        assert_eq!(company_from_domain("sam@gmail.com", &none), None);
        assert_eq!(registrable_domain("nodots"), None);
    }

    #[test]
    fn slugs_are_found_in_text() {
        assert_eq!(
            name_for_slug("tidepool-games", "Thanks for applying to Tidepool Games!").as_deref(),
            Some("Tidepool Games")
        );
        assert_eq!(
            name_for_slug("hafenblick", "bei der Hafenblick GmbH in Hamburg").as_deref(),
            Some("Hafenblick GmbH")
        );
        assert_eq!(name_for_slug("zz", "Zz top"), None);
    }

    #[test]
    fn employer_domains_are_the_employers_own_and_match_its_name() {
        assert_eq!(
            employer_domain("jane@mail.acme-robotics.com", &[]).as_deref(),
            Some("acme-robotics.com")
        );
        assert_eq!(employer_domain("x@gmail.com", &[]), None);
        assert_eq!(employer_domain("no-reply@greenhouse.io", &[]), None);
        assert!(domain_matches("acmepay.de", "Acme Payments GmbH"));
        assert!(domain_matches("acme-robotics.com", "ACME Robotics"));
        assert!(domain_matches("nordlicht.io", "Nordlicht Mobility"));
        assert!(!domain_matches("greenhouse-mail.io", "Acme Payments"));
        assert!(!domain_matches("hays.de", "Nordlicht Mobility"));
    }
}
