//! Property-based fuzzing (proptest) of the three parsers that take input
//! nobody here wrote: the MIME → normalize path, the corrections file and
//! the rule file. The property is the same for each: any input gives a
//! value or an error, never a panic (a panic is a finding).
//!
//! - In `cargo test` each target runs a fixed, deterministic set of cases
//!   (proptest's default 256, or `PROPTEST_CASES`), then replays every
//!   saved finding under `fixtures/fuzz/<target>/`.
//! - For a long run, `FUZZ_SECONDS=600 cargo test --workspace --test it fuzz::
//!   -- --test-threads 1` keeps each target going with fresh random seeds
//!   for that many seconds (README, "Fuzzing"). A failure prints the
//!   shrunk input; save it under `fixtures/fuzz/<target>/` with the fix.
//!
//! The MIME inputs are mutations of real-shaped messages (the realworld
//! mbox's, cut at random places, with bytes flipped, inserted and removed)
//! and messages built from MIME's own parts (nested multiparts, boundaries,
//! charsets, transfer encodings, encoded words, dates), so that most cases
//! reach deep into the parser instead of stopping at the first header.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use jobtrack_stages::classify::Classifier;
use jobtrack_stages::classify::rules::RuleSet;
use jobtrack_stages::normalize::parse::{RawInput, normalize};
use jobtrack_stages::resolve::corrections;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

fn fixtures(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target)
}

/// Runs `check` over `strategy`: one deterministic round, or rounds with
/// random seeds for `FUZZ_SECONDS`; then over the saved findings.
fn fuzz<S>(target: &str, strategy: S, check: impl Fn(&[u8]) -> Result<(), TestCaseError>)
where
    S: Strategy<Value = Vec<u8>>,
{
    let seconds = jobtrack_testkit::fuzz_seconds();
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let config = Config {
        failure_persistence: None,
        ..Config::default()
    };
    let mut rounds = 0u64;
    loop {
        let mut runner = if seconds == 0 {
            TestRunner::new_with_rng(
                config.clone(),
                proptest::test_runner::TestRng::deterministic_rng(config.rng_algorithm),
            )
        } else {
            TestRunner::new(config.clone())
        };
        if let Err(e) = runner.run(&strategy, |input| check(&input)) {
            panic!("fuzz target {target}: {e}");
        }
        rounds += 1;
        if Instant::now() >= deadline {
            break;
        }
    }
    if seconds > 0 {
        eprintln!(
            "fuzz target {target}: {rounds} rounds of {} cases in {seconds} s, no panic",
            config.cases
        );
    }
    let dir = fixtures(target);
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            check(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
    }
}

/// Fails the case when `f` panics, with the panic's message.
fn no_panic<T>(f: impl FnOnce() -> T) -> Result<T, TestCaseError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|p| {
        let msg = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| (*s).to_string()))
            .unwrap_or_default();
        TestCaseError::fail(format!("panicked: {msg}"))
    })
}

/// The messages of the realworld mbox, split at their `From ` lines.
fn seeds() -> Vec<Vec<u8>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mbox/realworld.mbox");
    let text = std::fs::read(path).unwrap();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..text.len() {
        if text[i - 1] == b'\n' && text[i..].starts_with(b"From ") {
            out.push(text[start..i].to_vec());
            start = i;
        }
    }
    out.push(text[start..].to_vec());
    out.into_iter()
        .map(|m| match m.iter().position(|&b| b == b'\n') {
            Some(nl) => m[nl + 1..].to_vec(),
            None => m,
        })
        .take(60)
        .collect()
}

/// A seed message with up to eight edits: a byte changed, bytes inserted
/// (MIME's own tokens among them), a range removed, the tail cut.
fn mutated() -> impl Strategy<Value = Vec<u8>> {
    let seeds = seeds();
    let tokens: Vec<&'static [u8]> = vec![
        b"\r\n",
        b"\n\n",
        b"--",
        b"=?",
        b"?=",
        b"=?utf-8?B?",
        b"=?iso-8859-1?Q?",
        b"boundary=\"",
        b"Content-Type: multipart/mixed; boundary=x\n",
        b"Content-Transfer-Encoding: base64\n",
        b"Content-Transfer-Encoding: quoted-printable\n",
        b"charset=",
        b"<html><body><p>",
        b"</td></tr>",
        b"&#x",
        b"=\n",
        b"=C3",
        b"\xff\xfe",
        b"\xc3",
        b"\0",
    ];
    let edit = (
        0u8..4,
        any::<usize>(),
        any::<u8>(),
        0usize..tokens.len(),
        0usize..64,
    );
    (0..seeds.len(), proptest::collection::vec(edit, 0..8)).prop_map(move |(i, edits)| {
        let mut m = seeds[i].clone();
        for (kind, at, byte, token, len) in edits {
            let at = if m.is_empty() { 0 } else { at % (m.len() + 1) };
            match kind {
                0 if at < m.len() => m[at] = byte,
                1 => {
                    let t = tokens[token];
                    m.splice(at..at, t.iter().copied());
                }
                2 => {
                    let end = (at + len).min(m.len());
                    m.drain(at..end);
                }
                _ => m.truncate(at),
            }
        }
        m
    })
}

/// A message built from MIME's parts: headers, then a body that is a
/// leaf or a multipart of up to three parts, up to three levels deep.
fn built() -> impl Strategy<Value = Vec<u8>> {
    let charset = prop_oneof![
        Just("utf-8"),
        Just("iso-8859-1"),
        Just("windows-1252"),
        Just("shift_jis"),
        Just("koi8-r"),
        Just("utf-7"),
        Just("x-unknown"),
        Just(""),
    ];
    let encoding = prop_oneof![
        Just("7bit"),
        Just("8bit"),
        Just("base64"),
        Just("quoted-printable"),
        Just("binary"),
        Just("x-uuencode"),
        Just("bogus"),
    ];
    let mime = prop_oneof![
        Just("text/plain"),
        Just("text/html"),
        Just("application/pdf"),
        Just("message/rfc822"),
        Just("text/calendar"),
        Just("image/png"),
    ];
    let text = proptest::collection::vec(any::<u8>(), 0..200);
    let leaf = (mime, charset, encoding, text).prop_map(|(mime, charset, enc, body)| {
        let mut part = format!(
            "Content-Type: {mime}; charset=\"{charset}\"\r\nContent-Transfer-Encoding: {enc}\r\n\r\n"
        )
        .into_bytes();
        part.extend(body);
        part
    });
    let body = leaf.prop_recursive(3, 12, 3, |inner| {
        (
            proptest::collection::vec(inner, 0..4),
            "[a-zA-Z0-9'()+_,./:=? -]{0,30}",
            any::<bool>(),
        )
            .prop_map(|(parts, boundary, close)| {
                let mut m = format!(
                    "Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\npreamble\r\n"
                )
                .into_bytes();
                for p in parts {
                    m.extend(format!("--{boundary}\r\n").into_bytes());
                    m.extend(p);
                    m.extend(b"\r\n");
                }
                if close {
                    m.extend(format!("--{boundary}--\r\n").into_bytes());
                }
                m
            })
    });
    let subject = prop_oneof![
        "[ -~]{0,60}".prop_map(|s| s),
        "[A-Za-z0-9+/=]{0,40}".prop_map(|s| format!("=?utf-8?B?{s}?=")),
        "[ -~]{0,40}".prop_map(|s| format!("=?iso-8859-1?Q?{s}?= tail")),
    ];
    let date = prop_oneof![
        Just("Mon, 1 Jul 2024 10:00:00 +0000".to_string()),
        Just("31 Feb 2024 25:61:61 -9999".to_string()),
        "[ -~]{0,40}".prop_map(|s| s),
    ];
    let from = "[ -~]{0,50}";
    (subject, date, from, body).prop_map(|(subject, date, from, body)| {
        let mut m = format!(
            "From: {from}\r\nTo: alex@example.net\r\nSubject: {subject}\r\nDate: {date}\r\nMessage-ID: <fuzz@example.net>\r\nMIME-Version: 1.0\r\n"
        )
        .into_bytes();
        m.extend(body);
        m
    })
}

fn parse_mime(bytes: &[u8]) -> Result<(), TestCaseError> {
    let input = RawInput {
        user_id: "u1",
        provider_message_id: "fuzz",
        folder: None,
        envelope_date: None,
        raw: bytes,
        gmail: None,
    };
    if let Ok(n) = no_panic(|| normalize(&input))? {
        prop_assert!(!n.thread_id.is_empty());
    }
    Ok(())
}

#[test]
fn fuzz_mime_to_normalize_never_panics() {
    fuzz(
        "mime",
        prop_oneof![
            mutated(),
            built(),
            proptest::collection::vec(any::<u8>(), 0..400)
        ],
        parse_mime,
    );
}

/// Corrections lines: JSON objects of the file's own fields and values,
/// broken at random, and arbitrary text.
fn correction_lines() -> impl Strategy<Value = Vec<u8>> {
    let key = prop_oneof![
        Just("action"),
        Just("email_id"),
        Just("application_id"),
        Just("field"),
        Just("value"),
        Just("into"),
        Just("created_at"),
        Just("email_ids"),
        Just("id"),
        Just("nope"),
    ];
    let value = prop_oneof![
        Just("\"set\"".to_string()),
        Just("\"merge\"".to_string()),
        Just("\"split\"".to_string()),
        Just("\"not_job\"".to_string()),
        Just("\"company_name\"".to_string()),
        Just("\"label\"".to_string()),
        Just("\"status\"".to_string()),
        Just("\"interview\"".to_string()),
        Just("\"2024-07-01T00:00:00Z\"".to_string()),
        Just("null".to_string()),
        Just("[]".to_string()),
        Just("[\"a\",\"b\"]".to_string()),
        Just("\"e1\"".to_string()),
        Just("\"app-1\"".to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        "[ -~]{0,20}".prop_map(|s| serde_json::to_string(&s).unwrap()),
    ];
    // Most objects carry the two fields every correction needs, so the
    // cases reach the checks of each action.
    let action = proptest::sample::select(vec!["set", "merge", "split", "not_job", "bogus"]);
    let object = (
        any::<bool>(),
        action,
        proptest::collection::vec((key, value), 0..5),
    )
        .prop_map(|(base, action, pairs)| {
            let mut fields: Vec<String> = Vec::new();
            if base {
                fields.push("\"created_at\":\"2024-07-01T00:00:00Z\"".into());
                fields.push(format!("\"action\":\"{action}\""));
            }
            fields.extend(pairs.iter().map(|(k, v)| format!("\"{k}\":{v}")));
            format!("{{{}}}", fields.join(","))
        });
    // Well-formed corrections of every action with any set of its fields,
    // as `jobtrack correct` writes them (some valid, some missing a field
    // their action needs).
    let opt = |values: &'static [&'static str]| {
        proptest::option::of(proptest::sample::select(values).prop_map(str::to_string))
    };
    let written = (
        proptest::sample::select(vec![
            corrections::Action::Set,
            corrections::Action::Merge,
            corrections::Action::Split,
            corrections::Action::NotJob,
        ]),
        opt(&["e1", "e2", ""]),
        opt(&["app-1", "app-2", "e1"]),
        opt(&[
            "label",
            "event_type",
            "company_name",
            "status",
            "role_title",
            "nope",
            "",
        ]),
        opt(&[
            "application",
            "interview",
            "offer",
            "Acme",
            "",
            "not_a_status",
        ]),
        opt(&["app-2", "app-1", ""]),
        proptest::collection::vec(proptest::sample::select(vec!["e1", "e2", ""]), 0..3),
    )
        .prop_map(|(action, email, app, field, value, into, ids)| {
            let mut c = corrections::Correction::new(action, chrono::DateTime::UNIX_EPOCH);
            c.email_id = email;
            c.application_id = app;
            c.field = field;
            c.value = value;
            c.into = into;
            c.email_ids = ids.into_iter().map(str::to_string).collect();
            serde_json::to_string(&c).unwrap()
        });
    let line = prop_oneof![
        6 => written,
        2 => object,
        1 => "[ -~]{0,60}".prop_map(|s| s),
        1 => Just("# a comment".to_string()),
    ];
    (proptest::collection::vec(line, 0..4), any::<usize>(), 0..4).prop_map(
        |(lines, cut, do_cut)| {
            let mut text = lines.join("\n").into_bytes();
            if do_cut == 0 && !text.is_empty() {
                text.truncate(cut % text.len());
            }
            text
        },
    )
}

fn parse_corrections(bytes: &[u8]) -> Result<(), TestCaseError> {
    let text = String::from_utf8_lossy(bytes);
    if let Ok(list) = no_panic(|| corrections::parse(&text, "corrections.jsonl"))? {
        for c in list {
            prop_assert!(c.validate().is_ok());
        }
    }
    Ok(())
}

#[test]
fn fuzz_corrections_file_never_panics() {
    fuzz("corrections", correction_lines(), parse_corrections);
}

/// Rule files: TOML of the rule file's own tables (`sender`, `phrase`,
/// `extract`) and keys, with patterns that are regexes, broken regexes and
/// arbitrary text, ids that repeat or replace a default's.
fn rule_files() -> impl Strategy<Value = Vec<u8>> {
    let pattern = prop_oneof![
        Just(r"\bthank you for applying\b".to_string()),
        Just(
            r"^your application (?:to|for) (?P<role>[^\n]{2,}?) at (?P<company>[^,|]{2,}?)$"
                .to_string()
        ),
        Just("(unclosed".to_string()),
        Just("a{2,1}".to_string()),
        Just(r"\p{Nope}".to_string()),
        Just("(?P<company>x)(?P<company>y)".to_string()),
        Just("(?P<other>.+)".to_string()),
        Just(String::new()),
        "[ -~]{0,30}".prop_map(|s| s),
    ];
    let id = prop_oneof![
        Just("sender:greenhouse".to_string()),
        Just("event:applied:thank_you_for_applying".to_string()),
        Just("company:subject_role_at_company".to_string()),
        "[a-z:_]{0,12}".prop_map(|s| s),
    ];
    let word = |words: &'static [&'static str]| {
        prop_oneof![
            4 => proptest::sample::select(words).prop_map(str::to_string),
            1 => "[a-z_]{0,8}".prop_map(|s| s),
        ]
    };
    let value = |v: String| toml::Value::String(v).to_string();
    let sender = (
        id.clone(),
        word(&["ats", "board", "scheduling", "assessment", "esign", "noise"]),
        proptest::collection::vec(pattern.clone(), 0..3),
        proptest::option::of(word(&["local_part", "plus_prefix", "subdomain"])),
        any::<i8>(),
    )
        .prop_map(move |(id, kind, patterns, from, priority)| {
            let patterns: Vec<String> = patterns.into_iter().map(value).collect();
            let mut t = format!(
                "[[sender]]\nid = {}\nkind = {}\npatterns = [{}]\npriority = {priority}\n",
                value(id),
                value(kind),
                patterns.join(", ")
            );
            if let Some(from) = from {
                t.push_str(&format!("company_from = {}\n", value(from)));
            }
            t
        });
    let phrase = (id.clone(), word(&["applied", "interview", "rejected", "near_miss", "injection", "scam"]), proptest::collection::vec(word(&["subject", "body", "from_name"]), 0..3), proptest::collection::vec(pattern.clone(), 0..3), -10.0f32..10.0)
        .prop_map(move |(id, kind, fields, patterns, weight)| {
            let fields: Vec<String> = fields.into_iter().map(value).collect();
            let patterns: Vec<String> = patterns.into_iter().map(value).collect();
            format!("[[phrase]]\nid = {}\nkind = {}\nfields = [{}]\nweight = {weight}\npatterns = [{}]\n", value(id), value(kind), fields.join(", "), patterns.join(", "))
        });
    let extract = (id, word(&["subject", "body", "from_name", "company", "role"]), pattern, 0.0f32..2.0, proptest::collection::vec("[ -~]{0,12}", 0..2))
        .prop_map(move |(id, field, pattern, weight, senders)| {
            let senders: Vec<String> = senders.into_iter().map(value).collect();
            format!("[[extract]]\nid = {}\nfield = {}\npattern = {}\nweight = {weight}\nsenders = [{}]\n", value(id), value(field), value(pattern), senders.join(", "))
        });
    let table = prop_oneof![
        sender,
        phrase,
        extract,
        "[ -~]{0,40}".prop_map(|s| format!("{s}\n"))
    ];
    let head = prop_oneof![
        Just("version = \"fuzz\"\n".to_string()),
        Just("disable = [\"sender:greenhouse\", \"nope\"]\n".to_string()),
        Just("platforms = [\"Oracle\", \"\"]\n".to_string()),
        Just(String::new()),
    ];
    (head, proptest::collection::vec(table, 0..4)).prop_map(|(head, tables)| {
        let mut text = head;
        for t in tables {
            text.push_str(&t);
        }
        text.into_bytes()
    })
}

fn parse_rules(bytes: &[u8]) -> Result<(), TestCaseError> {
    let text = String::from_utf8_lossy(bytes);
    if let Ok(file) = no_panic(|| RuleSet::parse(&text, "rules.toml"))? {
        // A file that parses is also compiled with the defaults, as a run
        // with `[classify] rules` does.
        let set = RuleSet::defaults().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let rules = set.extend(file);
        let _ = no_panic(|| Classifier::new(&rules, None))?;
    }
    Ok(())
}

#[test]
fn fuzz_rule_file_never_panics() {
    fuzz("rules", rule_files(), parse_rules);
}
