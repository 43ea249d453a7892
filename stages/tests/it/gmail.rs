//! The Gmail API source against the fake Gmail of `jobtrack_testkit::fake_gmail`:
//! failures on one call in ten, incremental runs through history.list, an
//! expired history id, a killed run, the quota, and tokens kept secret.

use std::time::Duration;

use jobtrack_stages::ingest::gmail::{GmailOptions, GmailSource, RetryPolicy};
use jobtrack_stages::ingest::oauth::{
    Grant, LoopbackRedirect, OAuthClient, Pkce, TokenKey, TokenStore, new_state,
};
use jobtrack_stages::ingest::{AccountSource, MailSource};
use jobtrack_stages::{DataRoot, StageError, StageReport};
use jobtrack_testkit::fake_gmail::{AUTH_CODE, FakeGmail, REFRESH_TOKEN};
use jobtrack_testkit::leaks::{contains, files};
use secrecy::{ExposeSecret, SecretString};

use crate::support::{self, logs};

const ACCOUNT: &str = "work";

fn gmail(
    fake: &FakeGmail,
    root: &DataRoot,
    key: &TokenKey,
    options: GmailOptions,
) -> Vec<AccountSource> {
    vec![AccountSource {
        account: ACCOUNT.into(),
        source: MailSource::Gmail(Box::new(GmailSource {
            oauth: OAuthClient {
                client_id: "123-fake.apps.googleusercontent.com".into(),
                client_secret: Some(SecretString::from("GOCSPX-fake-client-secret".to_owned())),
                auth_url: format!("{}/auth", fake.base),
                token_url: format!("{}/token", fake.base),
            },
            tokens: TokenStore::new(root.clone(), key.clone()),
            query: None,
            api_base_url: fake.base.clone(),
            options,
        })),
    }]
}

fn fast() -> GmailOptions {
    GmailOptions {
        page_size: 50,
        retry: RetryPolicy {
            base: Duration::from_millis(1),
            max: Duration::from_millis(20),
            attempts: 12,
        },
        ..GmailOptions::default()
    }
}

async fn connected(root: &DataRoot) -> TokenKey {
    let key = TokenKey::generate().unwrap();
    TokenStore::new(root.clone(), key.clone())
        .save(
            "tester",
            ACCOUNT,
            &SecretString::from(REFRESH_TOKEN.to_owned()),
        )
        .await
        .unwrap();
    key
}

fn detail(r: &StageReport, k: &str) -> u64 {
    r.details.get(k).copied().unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_import_with_one_call_in_ten_failing_gets_every_message_once_then_only_new_ones() {
    logs::capture();
    let fake = FakeGmail::start(300, 0.10).await;
    fake.with(|s| s.expire_tokens_every = Some(5));
    let dir = tempfile::tempdir().unwrap();
    let root = DataRoot::local(dir.path()).unwrap();
    let key = connected(&root).await;

    let reports = support::run_all(&root, gmail(&fake, &root, &key, fast()), "r1").await;
    let raw = support::report(&reports, "raw_messages");
    assert_eq!(raw.rows_out, 300);
    assert_eq!(support::count(&root, "raw_messages").await, 300);
    assert_eq!(support::count(&root, "stg_emails").await, 300);
    let (gets, max_gets, failures, pages, units, window, grants, max_batch) = fake.with(|s| {
        (
            s.gets.len(),
            s.gets.values().copied().max().unwrap(),
            s.injected_failures,
            s.list_calls,
            s.total_units(),
            s.max_units_per_minute(),
            s.token_grants,
            s.max_batch,
        )
    });
    // Every message fetched successfully exactly once, in spite of failures.
    assert_eq!((gets, max_gets), (300, 1));
    assert!(failures >= 20, "failures were injected: {failures}");
    assert!(detail(raw, "gmail_retries") > 0);
    assert!(
        grants >= 2,
        "expired access tokens were refreshed: {grants}"
    );
    assert!(max_batch <= 50, "{max_batch}");
    // Quota: every minute under 15,000; about 5 units per message plus the
    // listing (7 pages at 5 and the profile at 1), retries on top.
    assert!(window < 15_000, "{window}");
    let listing = pages * 5 + 1;
    let per_message = (units - listing) as f64 / 300.0;
    eprintln!(
        "gmail full import: {units} units ({per_message:.2}/message beyond {listing} for listing), {} calls, {failures} injected failures, {} retries, {grants} token grants",
        detail(raw, "gmail_calls"),
        detail(raw, "gmail_retries")
    );
    assert!(per_message <= 7.0, "{per_message} units per message");

    // The Gmail id reaches the mart, so the dashboard links back to the mail.
    let linked = support::strings(
        &root,
        &["emails"],
        "select count(distinct gmail_message_id) from emails",
    )
    .await;
    assert_eq!(linked, vec![Some("300".to_string())]);
    // Gmail's thread and labels reach stg_emails; the id stays as source_ref.
    let labels = support::strings(
        &root,
        &["stg_emails"],
        "select array_to_string(labels, ',') from stg_emails limit 1",
    )
    .await;
    assert_eq!(labels, vec![Some("INBOX".to_string())]);
    let threads = support::strings(
        &root,
        &["stg_emails"],
        "select count(distinct thread_id) from stg_emails",
    )
    .await;
    assert_eq!(threads, vec![Some("150".to_string())]);

    // Ten new messages: history.list finds them, nothing is listed again.
    fake.with(|s| {
        s.add(10, Some("Label_7"));
        s.gets.clear();
        s.list_calls = 0;
        s.history_calls = 0;
    });
    let reports = support::run_all(&root, gmail(&fake, &root, &key, fast()), "r2").await;
    let raw = support::report(&reports, "raw_messages");
    assert_eq!((raw.rows_out, detail(raw, "gmail_fetched")), (10, 10));
    let (gets, lists, histories) = fake.with(|s| (s.gets.len(), s.list_calls, s.history_calls));
    assert_eq!((gets, lists), (10, 0));
    assert!(histories >= 3, "paged through history: {histories}");
    assert_eq!(support::count(&root, "raw_messages").await, 310);
    assert_eq!(support::count(&root, "stg_emails").await, 310);

    // The history id expires: a full listing, and only the new mail fetched.
    fake.with(|s| {
        s.add(5, None);
        s.min_history = s.history_id;
        s.gets.clear();
        s.list_calls = 0;
    });
    let report = support::ingest(&root, gmail(&fake, &root, &key, fast()), "r3")
        .await
        .unwrap();
    assert_eq!((report.rows_out, report.duplicates), (5, 0));
    let (gets, lists) = fake.with(|s| (s.gets.len(), s.list_calls));
    assert_eq!(gets, 5);
    assert!(lists >= 7, "listed everything again: {lists}");
    assert_eq!(support::count(&root, "raw_messages").await, 315);
    let distinct = support::strings(
        &root,
        &["raw_messages"],
        "select count(distinct source_ref) from raw_messages",
    )
    .await;
    assert_eq!(distinct, vec![Some("315".to_string())]);

    // No token in plain text under the data root or in the logs.
    let mut secrets: Vec<String> = fake.with(|s| s.issued_tokens.clone());
    secrets.push(REFRESH_TOKEN.to_string());
    secrets.push("GOCSPX-fake-client-secret".to_string());
    let all = files(dir.path());
    assert!(all.iter().any(|p| p.to_string_lossy().ends_with(".token")));
    for f in &all {
        let bytes = std::fs::read(f).unwrap();
        for s in &secrets {
            assert!(!contains(&bytes, s), "{} holds a secret", f.display());
        }
    }
    let text = logs::text();
    assert!(text.contains("Gmail import done"), "logs were captured");
    for s in &secrets {
        assert!(!text.contains(s.as_str()), "the logs show a secret");
    }
    let shown = format!("{:?} {:?}", gmail(&fake, &root, &key, fast()), reports);
    for s in &secrets {
        assert!(!shown.contains(s.as_str()), "Debug shows a secret: {shown}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_killed_mid_import_resumes_and_ends_with_the_tables_of_a_clean_run() {
    let fake = FakeGmail::start(240, 0.10).await;
    // The clean run.
    let clean_dir = tempfile::tempdir().unwrap();
    let clean = DataRoot::local(clean_dir.path()).unwrap();
    let key = connected(&clean).await;
    support::run_all(&clean, gmail(&fake, &clean, &key, fast()), "c1").await;

    // The killed run: the fourth list page fails for good.
    let dir = tempfile::tempdir().unwrap();
    let root = DataRoot::local(dir.path()).unwrap();
    let key = connected(&root).await;
    fake.with(|s| {
        s.gets.clear();
        s.list_calls = 0;
        s.kill_after_lists = Some(3);
    });
    let err = support::ingest(&root, gmail(&fake, &root, &key, fast()), "k1")
        .await
        .unwrap_err();
    assert!(err.to_string().contains("killed"), "{err}");
    let stored = support::count(&root, "raw_messages").await;
    assert_eq!(stored, 150, "three pages of 50 were committed");

    // The rerun goes on from the fourth page and fetches nothing twice.
    fake.with(|s| {
        s.kill_after_lists = None;
        s.list_calls = 0;
    });
    support::run_all(&root, gmail(&fake, &root, &key, fast()), "k2").await;
    let (max_gets, gets, lists) = fake.with(|s| {
        (
            s.gets.values().copied().max().unwrap(),
            s.gets.len(),
            s.list_calls,
        )
    });
    assert_eq!((gets, max_gets), (240, 1));
    assert_eq!(lists, 2, "only the pages after the last checkpoint");

    for sql in [
        "select email_id, source_ref, gmail_thread_id, content_hash, envelope_date from raw_messages order by email_id",
        "select email_id, thread_id, subject, array_to_string(labels, ',') from stg_emails order by email_id",
    ] {
        let table = if sql.contains("raw_messages") {
            "raw_messages"
        } else {
            "stg_emails"
        };
        let a = support::pretty(&support::query(&clean, &[table], sql).await);
        let b = support::pretty(&support::query(&root, &[table], sql).await);
        assert_eq!(a, b, "{table} differs from the clean run");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_limiter_keeps_a_tight_budget_in_every_minute() {
    // 600 units a minute: 60 may go at once, then 9 a second. 40 messages
    // cost about 206 units, so the import must take about 16 seconds.
    let fake = FakeGmail::start(40, 0.0).await;
    let root = DataRoot::memory();
    let key = connected(&root).await;
    let options = GmailOptions {
        units_per_minute: 600,
        ..fast()
    };
    let started = std::time::Instant::now();
    let report = support::ingest(&root, gmail(&fake, &root, &key, options), "q1")
        .await
        .unwrap();
    let took = started.elapsed();
    assert_eq!(report.rows_out, 40);
    let (window, units) = fake.with(|s| (s.max_units_per_minute(), s.total_units()));
    eprintln!("tight budget: {units} units in {took:?}, worst minute {window}");
    assert!(window <= 600, "{window}");
    // Without failures: exactly 5 a message, plus one list page and the profile.
    assert_eq!(units, 40 * 5 + 5 + 1);
    assert!(took >= Duration::from_secs(12), "{took:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_api_that_accepts_and_never_answers_fails_within_the_timeout() {
    let fake = FakeGmail::start(5, 0.0).await;
    // Takes every connection and never writes a byte.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let silent_base = format!("http://{}", silent.local_addr().unwrap());
    let held = tokio::spawn(async move {
        let mut open = Vec::new();
        while let Ok((socket, _)) = silent.accept().await {
            open.push(socket);
        }
    });
    let root = DataRoot::memory();
    let key = connected(&root).await;
    let mut sources = gmail(&fake, &root, &key, fast());
    let options = GmailOptions {
        request_timeout: Duration::from_millis(300),
        retry: RetryPolicy {
            attempts: 2,
            ..fast().retry
        },
        ..fast()
    };
    if let MailSource::Gmail(g) = &mut sources[0].source {
        g.api_base_url = silent_base;
        g.options = options;
    }
    let started = std::time::Instant::now();
    let err = tokio::time::timeout(
        Duration::from_secs(30),
        support::ingest(&root, sources, "silent"),
    )
    .await
    .expect("the import hung on a server that never answers")
    .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    let msg = err.to_string();
    assert!(matches!(err, StageError::Remote { .. }), "{err:?}");
    assert!(msg.contains("no answer within 0.3 s"), "{msg}");
    assert!(msg.contains("gave up after 2 attempts"), "{msg}");
    held.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_grant_says_to_connect_again() {
    let fake = FakeGmail::start(5, 0.0).await;
    fake.with(|s| s.revoked = true);
    let root = DataRoot::memory();
    let key = connected(&root).await;
    let err = support::ingest(&root, gmail(&fake, &root, &key, fast()), "x1")
        .await
        .unwrap_err();
    assert!(matches!(err, StageError::Reauthorize { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains("jobtrack connect work"), "{msg}");
    assert!(!msg.contains(REFRESH_TOKEN));
    assert_eq!(err.domain(), jobtrack_stages::Domain::User);

    // An account that was never connected says the same.
    let other = DataRoot::memory();
    let err = support::ingest(&other, gmail(&fake, &other, &key, fast()), "x2")
        .await
        .unwrap_err();
    assert!(err.to_string().contains("jobtrack connect work"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_query_limits_the_import() {
    let fake = FakeGmail::start(20, 0.0).await;
    fake.with(|s| s.add(7, Some("Label_jobs")));
    let root = DataRoot::memory();
    let key = connected(&root).await;
    let mut sources = gmail(&fake, &root, &key, fast());
    if let MailSource::Gmail(g) = &mut sources[0].source {
        g.query = Some("label:Label_jobs".into());
    }
    let report = support::ingest(&root, sources.clone(), "q1").await.unwrap();
    assert_eq!(report.rows_out, 7);
    // Later runs keep to the query: new mail outside it is not imported,
    // and the listing stops at the first page with nothing new.
    fake.with(|s| {
        s.add(3, Some("Label_jobs"));
        s.add(30, None);
        s.list_calls = 0;
        s.history_calls = 0;
    });
    let report = support::ingest(&root, sources, "q2").await.unwrap();
    assert_eq!(report.rows_out, 3);
    assert_eq!(fake.with(|s| (s.list_calls, s.history_calls)), (1, 0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_installed_app_flow_exchanges_a_loopback_code_with_pkce() {
    let fake = FakeGmail::start(0, 0.0).await;
    let client = OAuthClient {
        client_id: "123-fake.apps.googleusercontent.com".into(),
        client_secret: Some(SecretString::from("GOCSPX-fake-client-secret".to_owned())),
        auth_url: "https://accounts.google.com/o/oauth2/v2/auth".into(),
        token_url: format!("{}/token", fake.base),
    };
    let pkce = Pkce::new().unwrap();
    let state = new_state().unwrap();
    let redirect = LoopbackRedirect::bind().await.unwrap();
    assert!(redirect.redirect_uri.starts_with("http://127.0.0.1:"));
    let consent = client
        .authorize_url(&redirect.redirect_uri, &pkce, &state, Grant::Gmail)
        .unwrap();
    let url = url::Url::parse(&consent).unwrap();
    let q: std::collections::HashMap<String, String> = url.query_pairs().into_owned().collect();
    assert_eq!(q["scope"], "https://www.googleapis.com/auth/gmail.readonly");
    assert_eq!(q["code_challenge_method"], "S256");
    assert_eq!(q["access_type"], "offline");
    assert_eq!(q["prompt"], "consent");
    assert_eq!(q["response_type"], "code");
    assert_eq!(q["client_id"], "123-fake.apps.googleusercontent.com");
    assert_eq!(q["state"], state);
    assert!(!consent.contains(pkce.verifier.expose_secret()));
    fake.with(|s| {
        s.consent_challenge = Some(q["code_challenge"].clone());
        s.consent_redirect = Some(q["redirect_uri"].clone());
    });

    // The "browser": a stray request, a forged state, then Google's redirect.
    let back = redirect.redirect_uri.clone();
    let good_state = q["state"].clone();
    let browser = tokio::spawn(async move {
        let http = reqwest::Client::new();
        let favicon = http.get(format!("{back}favicon.ico")).send().await.unwrap();
        assert_eq!(favicon.status(), 404);
        let forged = http
            .get(format!("{back}?code=evil&state=forged"))
            .send()
            .await
            .unwrap();
        assert_eq!(forged.status(), 400);
        let ok = http
            .get(format!(
                "{back}?code={AUTH_CODE}&state={good_state}&scope=x"
            ))
            .send()
            .await
            .unwrap();
        assert_eq!(ok.status(), 200);
    });
    let code = redirect.code("work", &state).await.unwrap();
    browser.await.unwrap();
    let refresh = client
        .exchange_code("work", &code, &pkce, &redirect.redirect_uri)
        .await
        .unwrap();
    assert_eq!(refresh.expose_secret(), REFRESH_TOKEN);
    assert_eq!(
        fake.with(|s| s.token_client_ids.clone()),
        vec!["123-fake.apps.googleusercontent.com".to_string()]
    );

    // Another verifier does not pass the PKCE check.
    let other = Pkce::new().unwrap();
    let err = client
        .exchange_code("work", &code, &other, &redirect.redirect_uri)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("jobtrack connect work"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_silent_connection_does_not_keep_the_loopback_redirect_from_being_read() {
    let redirect = LoopbackRedirect::bind().await.unwrap();
    let state = new_state().unwrap();
    let back = redirect.redirect_uri.clone();
    let addr = back
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let good_state = state.clone();
    let browser = tokio::spawn(async move {
        // A connection that never sends a byte (a browser's preconnect),
        // held open for the whole test, then the real redirect.
        let silent = tokio::net::TcpStream::connect(&addr).await.unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
        let answer = reqwest::Client::new()
            .get(format!("{back}?code=the-code&state={good_state}"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 200);
        silent
    });
    let code = tokio::time::timeout(Duration::from_secs(10), redirect.code(ACCOUNT, &state))
        .await
        .expect("a silent connection kept the redirect from being read")
        .unwrap();
    assert_eq!(code.expose_secret(), "the-code");
    drop(browser.await.unwrap());
}

fn with_query(mut sources: Vec<AccountSource>, query: &str) -> Vec<AccountSource> {
    if let MailSource::Gmail(g) = &mut sources[0].source {
        g.query = Some(query.into());
    }
    sources
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_query_runs_fetch_each_message_once_repeats_and_oversized_ones_included() {
    use jobtrack_stages::Stage;
    let fake = FakeGmail::start(20, 0.0).await;
    // Five job mails, a second copy of the first (same Message-ID) and one
    // over the size cap.
    fake.with(|s| {
        s.add(5, Some("Label_jobs"));
        s.add_copy_of(20, Some("Label_jobs"));
        s.add(1, Some("Label_jobs"));
        if let Some(m) = s.messages.last_mut() {
            m.raw.extend(std::iter::repeat_n(b'x', 5000));
        }
    });
    let root = DataRoot::memory();
    let key = connected(&root).await;
    let sources = with_query(gmail(&fake, &root, &key, fast()), "label:Label_jobs");
    let ingest = |run: &'static str| {
        let stage = jobtrack_stages::ingest::RawMessages {
            sources: sources.clone(),
            options: jobtrack_stages::ingest::IngestOptions {
                max_message_bytes: 2000,
                ..Default::default()
            },
            normalize: false,
        };
        let ctx = support::context(&root, run);
        async move { stage.run(&ctx).await.unwrap() }
    };
    let first = ingest("q1").await;
    assert_eq!(
        (first.rows_out, first.duplicates, first.dead_letters),
        (5, 1, 1)
    );
    // Nothing new: one list page, all of it seen, no message downloaded.
    fake.with(|s| s.list_calls = 0);
    assert_eq!(ingest("q2").await.rows_out, 0);
    assert_eq!(fake.with(|s| s.list_calls), 1);
    // Two new ones: only they are downloaded.
    fake.with(|s| s.add(2, Some("Label_jobs")));
    assert_eq!(ingest("q3").await.rows_out, 2);
    let (gets, max_gets) = fake.with(|s| (s.gets.len(), s.gets.values().copied().max().unwrap()));
    assert_eq!(
        (gets, max_gets),
        (9, 1),
        "each message fetched once in three runs"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interrupted_query_listing_is_finished_by_the_next_run() {
    let fake = FakeGmail::start(10, 0.0).await;
    fake.with(|s| s.add(7, Some("Label_jobs")));
    let root = DataRoot::memory();
    let key = connected(&root).await;
    let options = GmailOptions {
        page_size: 5,
        ..fast()
    };
    let sources = with_query(gmail(&fake, &root, &key, options), "label:Label_jobs");
    support::ingest(&root, sources.clone(), "q1").await.unwrap();
    assert_eq!(support::count(&root, "raw_messages").await, 7);

    // Twelve new job mails; the run is killed after its first page.
    fake.with(|s| {
        s.add(12, Some("Label_jobs"));
        s.list_calls = 0;
        s.kill_after_lists = Some(1);
    });
    let err = support::ingest(&root, sources.clone(), "q2")
        .await
        .unwrap_err();
    assert!(err.to_string().contains("killed"), "{err}");
    assert_eq!(support::count(&root, "raw_messages").await, 12);

    // The next run finishes the listing: every new mail, none twice.
    fake.with(|s| {
        s.kill_after_lists = None;
    });
    let report = support::ingest(&root, sources, "q3").await.unwrap();
    assert_eq!(report.rows_out, 7);
    assert_eq!(support::count(&root, "raw_messages").await, 19);
    assert_eq!(fake.with(|s| s.gets.values().copied().max().unwrap()), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn history_asks_for_500_records_and_leaves_out_spam_and_trash() {
    for include in [false, true] {
        let fake = FakeGmail::start(10, 0.0).await;
        fake.with(|s| s.add(2, Some("SPAM")));
        let root = DataRoot::memory();
        let key = connected(&root).await;
        let options = GmailOptions {
            include_spam_trash: include,
            ..fast()
        };
        let first = support::ingest(&root, gmail(&fake, &root, &key, options), "h1")
            .await
            .unwrap();
        assert_eq!(first.rows_out, if include { 12 } else { 10 });
        fake.with(|s| {
            s.add(3, None);
            s.add(2, Some("SPAM"));
            s.add(1, Some("TRASH"));
        });
        let later = support::ingest(&root, gmail(&fake, &root, &key, options), "h2")
            .await
            .unwrap();
        assert_eq!(
            later.rows_out,
            if include { 6 } else { 3 },
            "include {include}"
        );
        let asked = fake.with(|s| s.history_max_results.clone());
        assert!(
            !asked.is_empty() && asked.iter().all(|m| *m == Some(500)),
            "{asked:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_401_inside_a_batch_and_a_failing_token_endpoint_are_retried() {
    let fake = FakeGmail::start(30, 0.0).await;
    // The first token request meets a front end answering 503 twice, and
    // three parts of a batch find the access token expired.
    fake.with(|s| {
        s.token_unavailable = 2;
        s.batch_parts_unauthorized = 3;
    });
    let root = DataRoot::memory();
    let key = connected(&root).await;
    let report = support::ingest(&root, gmail(&fake, &root, &key, fast()), "t1")
        .await
        .unwrap();
    assert_eq!(report.rows_out, 30);
    let (grants, gets) = fake.with(|s| (s.token_grants, s.gets.len()));
    assert!(grants >= 2, "a fresh token after the 401s: {grants}");
    assert_eq!(gets, 30);
    // The mailbox's own address is kept for redaction.
    let manifest = root.manifest("raw_messages", "tester").await.unwrap();
    assert_eq!(
        manifest
            .checkpoints
            .get("gmail:work:address")
            .map(String::as_str),
        Some("me@example.org")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dry_run_lists_and_counts_but_downloads_nothing() {
    let fake = FakeGmail::start(30, 0.0).await;
    let root = DataRoot::memory();
    let key = connected(&root).await;
    let report = support::dry_ingest(&root, gmail(&fake, &root, &key, fast()), "d1")
        .await
        .unwrap();
    assert_eq!(detail(&report, "gmail_would_fetch"), 30);
    assert_eq!(fake.with(|s| (s.batch_calls, s.gets.len())), (0, 0));
}

/// With `[user]` empty, the Gmail profile's address is redacted from what
/// the LLM is sent, though the mail was sent to another of the person's
/// addresses (so the address most mail was sent to does not cover it).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_no_identity_configured_the_gmail_profile_address_is_not_sent_to_the_llm() {
    const PROFILE: &str = "jordan.profile@example.org";
    let fake = FakeGmail::start(0, 0.0).await;
    let rejection = std::fs::read_to_string(support::fixture(
        "llm/01-injection-rejection-asks-for-offer.eml",
    ))
    .unwrap()
    .replacen(
        "Hi Alex,\n\n",
        &format!("Hi Alex,\n\nPlease confirm your contact address, {PROFILE}, by replying.\n\n"),
        1,
    );
    assert!(rejection.contains(PROFILE));
    fake.with(|s| {
        s.profile_address = PROFILE.into();
        s.add_raw(rejection.into_bytes());
    });
    let llm = jobtrack_testkit::fake_llm::FakeLlm::start(
        jobtrack_testkit::fake_llm::Behaviour::Answer,
        vec![],
    )
    .await;
    let mut settings = crate::llm::settings(&llm.base_url);
    settings.user = jobtrack_stages::llm::UserIdentity::default();
    let root = DataRoot::memory();
    let key = connected(&root).await;
    let sources = gmail(&fake, &root, &key, fast());
    support::run_all_with(&root, sources, "r1", Some(settings)).await;
    let prompts = llm.prompts();
    assert_eq!(prompts.len(), 1, "the email was not routed to the LLM");
    assert!(
        prompts[0].contains("Please confirm your contact address"),
        "{}",
        prompts[0]
    );
    assert!(!prompts[0].contains(PROFILE), "{}", prompts[0]);
    assert!(!prompts[0].contains("jordan.profile%40"), "{}", prompts[0]);
}
