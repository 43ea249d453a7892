//! The scalar functions the resolution SQL calls, registered in the session
//! by the SQL stage before it runs its SELECT ([`crate::SqlStage::query`]):
//! the comparison keys of companies and roles, a fuzzy role similarity, and
//! stable ids. They reuse the classifier's company and role helpers, so the
//! SQL groups by exactly the forms the extractor compares.

use std::collections::BTreeSet;
use std::sync::Arc;

use arrow::array::{Array, ArrayRef, AsArray, Float64Builder, StringBuilder};
use arrow::datatypes::DataType;
use datafusion::error::DataFusionError;
use datafusion::logical_expr::{ColumnarValue, ScalarUDF, Volatility, create_udf};
use datafusion::prelude::SessionContext;

use crate::ids;
use crate::names::company::normalize_company;
use crate::names::domain::{domain_matches, employer_domain};
use crate::names::role::{clean_role, normalize_role};

/// Registers the functions in `session`.
pub fn register(session: &SessionContext) {
    session.register_udf(string_fn("jt_company_key", company_key));
    session.register_udf(string_fn("jt_role_key", role_key));
    session.register_udf(string_fn("jt_id", |s| {
        Some(ids::key_hex(ids::key128(&[s])))
    }));
    session.register_udf(pair_bool_fn("jt_company_similar", company_similar));
    session.register_udf(string_fn("jt_employer_domain", |s| employer_domain(s, &[])));
    session.register_udf(pair_bool_fn("jt_domain_matches", domain_matches));
    session.register_udf(string_fn("jt_role_words", |s| {
        Some(role_words(s).join(" "))
    }));
    session.register_udf(create_udf(
        "jt_role_similarity",
        vec![DataType::Utf8, DataType::Utf8],
        DataType::Float64,
        Volatility::Immutable,
        Arc::new(|args: &[ColumnarValue]| {
            let arrays = ColumnarValue::values_to_arrays(args)?;
            let (a, b) = (utf8(&arrays[0])?, utf8(&arrays[1])?);
            let mut out = Float64Builder::with_capacity(a.len());
            for i in 0..a.len() {
                if a.is_null(i) || b.is_null(i) {
                    out.append_null();
                } else {
                    out.append_value(role_similarity(a.value(i), b.value(i)));
                }
            }
            Ok(ColumnarValue::Array(Arc::new(out.finish()) as ArrayRef))
        }),
    ));
}

/// A two-argument Utf8 → Boolean function; false when either is null.
fn pair_bool_fn(name: &str, f: fn(&str, &str) -> bool) -> ScalarUDF {
    create_udf(
        name,
        vec![DataType::Utf8, DataType::Utf8],
        DataType::Boolean,
        Volatility::Immutable,
        Arc::new(move |args: &[ColumnarValue]| {
            let arrays = ColumnarValue::values_to_arrays(args)?;
            let (a, b) = (utf8(&arrays[0])?, utf8(&arrays[1])?);
            let mut out = arrow::array::BooleanBuilder::with_capacity(a.len());
            for i in 0..a.len() {
                out.append_value(!a.is_null(i) && !b.is_null(i) && f(a.value(i), b.value(i)));
            }
            Ok(ColumnarValue::Array(Arc::new(out.finish()) as ArrayRef))
        }),
    )
}

fn utf8(a: &ArrayRef) -> datafusion::error::Result<&arrow::array::StringArray> {
    a.as_string_opt::<i32>().ok_or_else(|| {
        DataFusionError::Execution(format!("expected a Utf8 argument, got {}", a.data_type()))
    })
}

/// A one-argument Utf8 → Utf8 function; `None` and empty results are null.
fn string_fn(name: &str, f: fn(&str) -> Option<String>) -> ScalarUDF {
    create_udf(
        name,
        vec![DataType::Utf8],
        DataType::Utf8,
        Volatility::Immutable,
        Arc::new(move |args: &[ColumnarValue]| {
            let arrays = ColumnarValue::values_to_arrays(args)?;
            let input = utf8(&arrays[0])?;
            let mut out = StringBuilder::with_capacity(input.len(), input.len() * 16);
            for v in input.iter() {
                out.append_option(v.and_then(f).filter(|s| !s.is_empty()));
            }
            Ok(ColumnarValue::Array(Arc::new(out.finish()) as ArrayRef))
        }),
    )
}

/// The form two employers are compared in: "Acme, Inc." and "ACME" → "acme".
pub fn company_key(name: &str) -> Option<String> {
    let key = normalize_company(name).replace(' ', "");
    (!key.is_empty()).then_some(key)
}

/// Whether two employer names are one employer written two ways: the
/// shorter one's words open the longer one's, its last word possibly cut
/// ("Ridgeline" / "Ridgeline Outdoor", "Harrow Pharma" / "Harrow
/// Pharmaceuticals", "Keystone Mutual" / "Keystone Mutual Insurance"), with
/// letters compared with and without their accents and umlauts spelt out
/// ("Präzisionstechnik" / "Praezisionstechnik", "Maréchal" / "Marechal"),
/// or the shorter one's first word is the initials of the longer one's
/// first words ("KV Maschinenbau" / "Kessler & Voigt Maschinenbau", "CVHS"
/// / "Chattahoochee Valley Health System"). The first word needs four
/// letters, so "Ace" and "Ace Hardware" stay apart; "Northwind Traders" and
/// "Northwind Health" differ. A one-word name opens many ("Capital" and
/// "Capital One"), which is why grouping also needs the same role.
pub fn company_similar(a: &str, b: &str) -> bool {
    let (na, nb) = (normalize_company(a), normalize_company(b));
    [Fold::SpellOut, Fold::Strip]
        .into_iter()
        .any(|f| words_similar(&fold_letters(&na, f), &fold_letters(&nb, f)))
}

fn words_similar(na: &str, nb: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        na.split_whitespace().collect(),
        nb.split_whitespace().collect(),
    );
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    if wa == wb {
        return true;
    }
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    if is_initials_of(&short, &long) {
        return true;
    }
    if short[0].chars().count() < 4 {
        return false;
    }
    let last = short.len() - 1;
    short[..last] == long[..last]
        && short[last].chars().count() >= 4
        && long[last].starts_with(short[last])
}

/// Words left out of initials ("Kessler & Voigt" is KV).
const CONNECTORS: &[&str] = &[
    "and", "und", "et", "en", "y", "e", "of", "de", "der", "die", "das", "la", "le", "el",
];

/// Whether `short`'s first word is the initials of `long`'s first words and
/// its other words are `long`'s words after those. Two letters need a word
/// after them ("KV Maschinenbau"); three to five may stand alone ("CVHS").
fn is_initials_of(short: &[&str], long: &[&str]) -> bool {
    let initials = short[0];
    let n = initials.chars().count();
    if !(2..=5).contains(&n)
        || !initials.chars().all(|c| c.is_alphabetic())
        || (n == 2 && short.len() < 2)
    {
        return false;
    }
    let content: Vec<&str> = long
        .iter()
        .copied()
        .filter(|w| !CONNECTORS.contains(w))
        .collect();
    if content.len() != n + short.len() - 1 {
        return false;
    }
    let firsts: String = content[..n]
        .iter()
        .filter_map(|w| w.chars().next())
        .collect();
    firsts == initials && content[n..] == short[1..]
}

/// How letters with accents and umlauts are compared.
#[derive(Clone, Copy)]
enum Fold {
    /// Umlauts spelt out as German writes them without (ä → ae, ß → ss).
    SpellOut,
    /// Every mark dropped (ä → a, é → e).
    Strip,
}

/// `s` with the Latin letters of the corpus's languages folded. A small
/// table rather than a Unicode-normalization crate: the keys only need the
/// letters employers' names use in Western European languages.
fn fold_letters(s: &str, fold: Fold) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let umlaut = |spelt: &'static str, bare: &'static str| match fold {
            Fold::SpellOut => spelt,
            Fold::Strip => bare,
        };
        let folded = match c {
            'ä' => umlaut("ae", "a"),
            'ö' => umlaut("oe", "o"),
            'ü' => umlaut("ue", "u"),
            'ß' => "ss",
            'à' | 'á' | 'â' | 'ã' | 'å' | 'ā' => "a",
            'æ' => "ae",
            'ç' => "c",
            'è' | 'é' | 'ê' | 'ë' => "e",
            'ì' | 'í' | 'î' | 'ï' => "i",
            'ñ' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ø' => "o",
            'œ' => "oe",
            'ù' | 'ú' | 'û' => "u",
            'ý' | 'ÿ' => "y",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(folded);
    }
    out
}

/// Words that say the same thing in role titles.
const ROLE_SYNONYMS: &[(&str, &str)] = &[
    ("sr", "senior"),
    ("snr", "senior"),
    ("jr", "junior"),
    ("jnr", "junior"),
    ("eng", "engineer"),
    ("engr", "engineer"),
    ("dev", "developer"),
    ("mgr", "manager"),
    ("swe", "software engineer"),
    ("sde", "software engineer"),
    ("ml", "machine learning"),
    ("i", "1"),
    ("ii", "2"),
    ("iii", "3"),
    ("iv", "4"),
];

/// The words of a text normalized like role keys (`jt_role_words`): the
/// grouping SQL pads them with spaces and looks for ` <role key> ` in them.
fn role_words(text: &str) -> Vec<String> {
    normalize_role(text)
        .split_whitespace()
        .flat_map(|w| {
            ROLE_SYNONYMS
                .iter()
                .find(|(from, _)| *from == w)
                .map_or(w, |(_, to)| *to)
                .split(' ')
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The form two roles are compared in: requisition ids and gender markers
/// removed, lower case, common abbreviations spelled out.
pub fn role_key(role: &str) -> Option<String> {
    let cleaned = clean_role(role).0.unwrap_or_else(|| role.to_string());
    let norm = normalize_role(&cleaned);
    let words: Vec<&str> = norm
        .split_whitespace()
        .map(|w| {
            ROLE_SYNONYMS
                .iter()
                .find(|(from, _)| *from == w)
                .map_or(w, |(_, to)| *to)
        })
        .collect();
    let key = words.join(" ");
    (!key.is_empty()).then_some(key)
}

/// How alike two role keys are, 0 to 1: the Dice coefficient of their word
/// sets, raised to 0.9 when every word of a title of two or more words is in
/// the other ("Data Engineer" in "Senior Data Engineer, Platform"), and to
/// 0.8 for a one-word title of five letters or more in the other
/// ("Frontend" in "Frontend Engineer").
/// Different levels ("engineer 2" and "engineer 3") never match.
pub fn role_similarity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    let wa: BTreeSet<&str> = a.split_whitespace().collect();
    let wb: BTreeSet<&str> = b.split_whitespace().collect();
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let level = |w: &BTreeSet<&str>| -> Vec<String> {
        w.iter()
            .filter(|x| {
                x.chars().all(|c| c.is_ascii_digit())
                    || matches!(
                        **x,
                        "senior" | "junior" | "staff" | "principal" | "lead" | "intern"
                    )
            })
            .map(|x| (*x).to_string())
            .collect()
    };
    let (la, lb) = (level(&wa), level(&wb));
    if !la.is_empty() && !lb.is_empty() && la != lb {
        return 0.0;
    }
    let common = wa.intersection(&wb).count() as f64;
    let dice = 2.0 * common / (wa.len() + wb.len()) as f64;
    let (small, large) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    if small.len() >= 2 && small.is_subset(large) {
        return dice.max(0.9);
    }
    // A one-word title cut from a longer one ("Frontend" / "Frontend Engineer").
    if small.len() == 1 && small.is_subset(large) && small.iter().all(|w| w.chars().count() >= 5) {
        return dice.max(0.8);
    }
    dice
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn company_keys_fold_suffixes_case_and_spaces() {
        assert_eq!(company_key("Acme, Inc.").as_deref(), Some("acme"));
        assert_eq!(company_key("ACME").as_deref(), Some("acme"));
        assert_eq!(
            company_key("Maple & Finch GmbH").as_deref(),
            Some("mapleandfinch")
        );
        assert_eq!(company_key(" "), None);
    }

    #[test]
    fn role_keys_drop_requisitions_and_spell_out_abbreviations() {
        assert_eq!(
            role_key("Sr. Software Eng (R12345)").as_deref(),
            Some("senior software engineer")
        );
        assert_eq!(
            role_key("DevOps Engineer (m/w/d)").as_deref(),
            Some("devops engineer")
        );
        assert_eq!(role_key("Engineer II").as_deref(), Some("engineer 2"));
    }

    #[test]
    fn one_employer_written_two_ways_is_similar() {
        assert!(company_similar("Ridgeline", "Ridgeline Outdoor"));
        assert!(company_similar(
            "Harrow Pharma",
            "Harrow Pharmaceuticals, Inc."
        ));
        assert!(company_similar(
            "Keystone Mutual Insurance",
            "Keystone Mutual"
        ));
        assert!(!company_similar("Northwind Traders", "Northwind Health"));
        assert!(!company_similar("Ace", "Ace Hardware"));
        assert!(!company_similar("Acme", "Globex"));
    }

    #[test]
    fn umlauts_accents_and_initials_are_one_employer() {
        assert!(company_similar(
            "Wittmann Praezision",
            "Wittmann Präzisionstechnik GmbH"
        ));
        assert!(company_similar(
            "Boulangeries Marechal",
            "Boulangeries Maréchal"
        ));
        assert!(company_similar(
            "KV Maschinenbau",
            "Kessler & Voigt Maschinenbau GmbH"
        ));
        assert!(company_similar(
            "CVHS",
            "Chattahoochee Valley Health System"
        ));
        // initials need the words after them to agree, and two letters
        // alone are too few
        assert!(!company_similar(
            "KV Maschinenbau",
            "Kessler & Voigt Anlagenbau"
        ));
        assert!(!company_similar("KV", "Kessler Voigt"));
        assert!(!company_similar("CVHS", "Chattahoochee Valley Health"));
    }

    /// What int_application_emails.sql asks of a role-less email:
    /// `strpos(' ' || jt_role_words(text) || ' ', ' ' || role_key || ' ') > 0`.
    fn mentions(text: &str, role_key: &str) -> bool {
        format!(" {} ", role_words(text).join(" ")).contains(&format!(" {role_key} "))
    }

    #[test]
    fn a_text_mentions_a_role_after_normalization() {
        let key = role_key("Senior Data Engineer").unwrap();
        assert!(mentions(
            "Interview for the Sr. Data Engineer role at Acme",
            &key
        ));
        assert!(!mentions("Interview for the Data Engineer role", &key));
    }

    #[test]
    fn similar_roles_match_and_other_levels_do_not() {
        assert!(role_similarity("data engineer", "senior data engineer platform") >= 0.9);
        assert!(role_similarity("software engineer 2", "software engineer 3") < 0.1);
        assert!(role_similarity("product designer", "data engineer") < 0.5);
        assert_eq!(role_similarity("a b", "a b"), 1.0);
        assert!(role_similarity("frontend", "frontend engineer") >= 0.75);
        assert!(role_similarity("dev", "dev ops") < 0.75);
    }
}
