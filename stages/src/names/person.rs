//! People's names: whether a display name such as "Priya Raman" is a
//! person's rather than a company's, by its shape (two or three capitalized
//! words) and a list of common first names kept as data
//! (`names/first_names.txt`, one lower-case name a line).

use std::collections::HashSet;
use std::sync::LazyLock;

/// The embedded first-names list.
pub(crate) const FIRST_NAMES_TXT: &str = include_str!("first_names.txt");

/// The first names of [`FIRST_NAMES_TXT`]: its lines but blank ones and
/// `#` comments.
pub(crate) static FIRST_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    FIRST_NAMES_TXT
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Whether a name reads as a person's: two or three words, each
/// capitalized, the first a common first name ("Maria Lopez", not
/// "Maria Health Systems Inc").
pub fn looks_like_person(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 || words.len() > 3 {
        return false;
    }
    let first = words[0].to_lowercase();
    FIRST_NAMES.contains(first.as_str())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_are_lower_case_words() {
        assert!(FIRST_NAMES.len() > 100);
        for n in FIRST_NAMES.iter() {
            assert_eq!(*n, n.to_lowercase(), "{n:?} is not lower-case");
            assert!(!n.contains(char::is_whitespace), "{n:?} is not one word");
        }
    }

    #[test]
    fn people_are_told_from_companies() {
        assert!(looks_like_person("Alex Doe"));
        assert!(looks_like_person("María José Pérez"));
        assert!(!looks_like_person("Alex"));
        assert!(!looks_like_person("alex doe"));
        assert!(!looks_like_person("Outpost Labs"));
        assert!(!looks_like_person("Maria Health Systems Inc"));
    }
}
