//! The vocabulary of employer, role, person and link names that the
//! classifier, the LLM answer checks (`llm::validate`) and the SQL functions
//! (`resolve::udf`) share: normalizing and cleaning company names and
//! refusing platforms and agencies ([`company`]), registrable domains and
//! tenant slugs ([`domain`]), cleaning role titles and their requisition ids
//! ([`role`]), telling a person's name from a company's ([`person`]), and
//! canonical job-posting links ([`links`]).

pub mod company;
pub mod domain;
pub mod links;
pub mod person;
pub mod role;

/// `s` without `suffix`, compared ignoring case (ASCII, or lower-cased).
fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    if s.len() < suffix.len() {
        return None;
    }
    let cut = s.len() - suffix.len();
    if !s.is_char_boundary(cut) {
        return None;
    }
    let (head, tail) = s.split_at(cut);
    if tail.eq_ignore_ascii_case(suffix) || tail.to_lowercase() == suffix {
        Some(head)
    } else {
        None
    }
}

/// `s` without the lower-case `prefix`, its head compared lower-cased.
fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    if s.len() < prefix.len() || !s.is_char_boundary(prefix.len()) {
        return None;
    }
    let (head, tail) = s.split_at(prefix.len());
    if head.to_lowercase() == prefix {
        Some(tail)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affixes_are_stripped_ignoring_case() {
        assert_eq!(strip_suffix_ci("Acme Careers", " careers"), Some("Acme"));
        assert_eq!(strip_suffix_ci("Acme", "longer than acme"), None);
        assert_eq!(strip_prefix_ci("The Role", "the "), Some("Role"));
        assert_eq!(strip_prefix_ci("Ünïcode", "un"), None);
    }
}
