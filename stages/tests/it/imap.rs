//! The IMAP source against a real Dovecot started by the test: a few hundred
//! messages in two folders, new mail only on the next run, a UIDVALIDITY
//! change, and a wrong password; and XOAUTH2 against Dovecot's oauth2
//! passdb, with a good and a wrong access token; STARTTLS against a
//! Dovecot with a certificate of a CA the test makes.

use futures::TryStreamExt;
use jobtrack_stages::ingest::imap::{ImapAuth, ImapSource, ImapTls};
use jobtrack_stages::ingest::{AccountSource, MailSource};
use jobtrack_stages::{DataRoot, StageError};
use jobtrack_testkit::services_required;
use secrecy::SecretString;

use crate::support::{self, dovecot};

/// The started server, or `None` after saying the test is skipped; with
/// JOBTRACK_REQUIRE_SERVICES=1 a missing Dovecot fails the test instead.
fn required(started: Option<dovecot::Dovecot>) -> Option<dovecot::Dovecot> {
    if started.is_none() {
        assert!(
            !services_required(),
            "dovecot is required (JOBTRACK_REQUIRE_SERVICES=1): apt-get install dovecot-imapd"
        );
        eprintln!("SKIPPED: dovecot is not installed (apt-get install dovecot-imapd)");
    }
    started
}

fn source(port: u16, password: &str, folders: Option<Vec<String>>) -> Vec<AccountSource> {
    source_with(port, ImapAuth::Password, password, folders)
}

fn source_with(
    port: u16,
    auth: ImapAuth,
    secret: &str,
    folders: Option<Vec<String>>,
) -> Vec<AccountSource> {
    vec![AccountSource {
        account: "mailbox".into(),
        source: MailSource::Imap(Box::new(ImapSource {
            host: "127.0.0.1".into(),
            port,
            tls: ImapTls::Off,
            ca_file: None,
            username: dovecot::USER.into(),
            secret: SecretString::from(secret.to_owned()),
            auth,
            folders,
            timeout: jobtrack_stages::ingest::imap::DEFAULT_TIMEOUT,
        })),
    }]
}

type Session = async_imap::Session<tokio::net::TcpStream>;

async fn login(port: u16) -> Session {
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    let mut client = async_imap::Client::new(tcp);
    client.read_response().await.unwrap().unwrap();
    client
        .login(dovecot::USER, dovecot::PASSWORD)
        .await
        .map_err(|(e, _)| e)
        .unwrap()
}

/// Appends messages `from..to` of `folder` (their Message-IDs depend on both).
async fn load(s: &mut Session, folder: &str, from: usize, to: usize) {
    for k in from..to {
        let msg = format!(
            "From: Recruiter {k} <jobs{k}@company{}.example>\r\nTo: tester@example.org\r\nSubject: Interview invitation {folder} {k}\r\nDate: Tue, 6 Jan 2026 09:{:02}:00 +0000\r\nMessage-ID: <{folder}-{k}@company.example>\r\n\r\nWe would like to invite you to an interview ({k}).\r\n",
            k % 11,
            k % 60
        );
        s.append(folder, None, None, msg.as_bytes()).await.unwrap();
    }
}

async fn uidvalidity(s: &mut Session, folder: &str) -> u32 {
    s.select(folder).await.unwrap().uid_validity.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_folders_are_imported_then_only_new_mail_then_resynced_without_duplicates() {
    let Some(server) = required(dovecot::start()) else {
        return;
    };
    let port = server.port;
    let mut s = login(port).await;
    s.create("Jobs").await.unwrap();
    load(&mut s, "INBOX", 0, 200).await;
    load(&mut s, "Jobs", 0, 100).await;

    let folders = Some(vec!["INBOX".to_string(), "Jobs".to_string()]);
    let root = DataRoot::memory();
    let r = support::ingest(
        &root,
        source(port, dovecot::PASSWORD, folders.clone()),
        "i1",
    )
    .await
    .unwrap();
    assert_eq!((r.rows_out, r.details["imap_fetched"]), (300, 300));
    let per_folder = support::strings(
        &root,
        &["raw_messages"],
        "select folder || ':' || count(*) from raw_messages group by folder order by folder",
    )
    .await;
    assert_eq!(
        per_folder,
        vec![Some("INBOX:200".into()), Some("Jobs:100".into())]
    );

    // New mail: only it is fetched.
    load(&mut s, "INBOX", 200, 207).await;
    load(&mut s, "Jobs", 100, 103).await;
    // A dry run counts it and stores nothing.
    let r = support::dry_ingest(
        &root,
        source(port, dovecot::PASSWORD, folders.clone()),
        "dry",
    )
    .await
    .unwrap();
    assert_eq!((r.rows_out, r.details["imap_would_fetch"]), (0, 10));
    let r = support::ingest(
        &root,
        source(port, dovecot::PASSWORD, folders.clone()),
        "i2",
    )
    .await
    .unwrap();
    assert_eq!(
        (r.rows_out, r.details["imap_fetched"], r.duplicates),
        (10, 10, 0)
    );

    // Nothing new: nothing fetched.
    let r = support::ingest(
        &root,
        source(port, dovecot::PASSWORD, folders.clone()),
        "i3",
    )
    .await
    .unwrap();
    assert_eq!(
        (
            r.rows_out,
            r.details.get("imap_fetched").copied().unwrap_or(0)
        ),
        (0, 0)
    );

    // The folder is deleted and made again: another UIDVALIDITY, the same
    // mail and two new messages. Everything in it is read again; only the
    // new messages are added.
    let before = uidvalidity(&mut s, "Jobs").await;
    s.close().await.unwrap();
    s.delete("Jobs").await.unwrap();
    // Dovecot derives UIDVALIDITY from the clock: make sure it moves.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    s.create("Jobs").await.unwrap();
    load(&mut s, "Jobs", 0, 105).await;
    let after = uidvalidity(&mut s, "Jobs").await;
    assert_ne!(before, after, "UIDVALIDITY changed");
    let r = support::ingest(
        &root,
        source(port, dovecot::PASSWORD, folders.clone()),
        "i4",
    )
    .await
    .unwrap();
    assert_eq!(
        (r.details["imap_fetched"], r.rows_out, r.duplicates),
        (105, 2, 103)
    );
    assert_eq!(support::count(&root, "raw_messages").await, 312);
    let distinct = support::strings(
        &root,
        &["raw_messages"],
        "select count(distinct email_id) from raw_messages",
    )
    .await;
    assert_eq!(distinct, vec![Some("312".to_string())]);

    // The default folders: INBOX (this server has no [Gmail]/All Mail).
    let fresh = DataRoot::memory();
    let r = support::ingest(&fresh, source(port, dovecot::PASSWORD, None), "i5")
        .await
        .unwrap();
    assert_eq!(r.rows_out, 207);

    // A wrong password is a clear error naming the account and the server.
    let err = support::ingest(&fresh, source(port, "wrong-password", None), "i6")
        .await
        .unwrap_err();
    assert!(matches!(err, StageError::ImapAuth { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(
        msg.contains("mailbox") && msg.contains(&format!("127.0.0.1:{port}")),
        "{msg}"
    );
    assert!(
        msg.contains("refused") && msg.contains("password-env"),
        "{msg}"
    );
    assert!(!msg.contains("wrong-password"), "{msg}");
    assert_eq!(err.domain(), jobtrack_stages::Domain::User);

    let _ = s.logout().await;
    let names: Vec<_> = login(port)
        .await
        .list(Some(""), Some("*"))
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert!(names.iter().any(|n| n.name() == "Jobs"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn xoauth2_logs_in_with_an_active_access_token_and_a_wrong_token_is_a_clear_error() {
    let introspection = dovecot::Introspection::start();
    let Some(server) = required(dovecot::start_with_xoauth2(&introspection.url)) else {
        return;
    };
    let port = server.port;
    let mut s = login(port).await;
    load(&mut s, "INBOX", 0, 40).await;
    let _ = s.logout().await;

    // The connector authenticates with XOAUTH2; Dovecot asks the
    // introspection endpoint, which knows the token, and lets it in.
    let root = DataRoot::memory();
    let r = support::ingest(
        &root,
        source_with(port, ImapAuth::XOAuth2, dovecot::ACCESS_TOKEN, None),
        "x1",
    )
    .await
    .unwrap();
    assert_eq!((r.rows_out, r.details["imap_fetched"]), (40, 40));
    use std::sync::atomic::Ordering;
    assert!(introspection.accepted.load(Ordering::SeqCst) >= 1);
    let log = std::fs::read_to_string(server.dir.path().join("dovecot.log")).unwrap();
    assert!(log.contains("method=XOAUTH2"), "{log}");

    // New mail, the same token: only the new mail.
    let mut s = login(port).await;
    load(&mut s, "INBOX", 40, 45).await;
    let _ = s.logout().await;
    let r = support::ingest(
        &root,
        source_with(port, ImapAuth::XOAuth2, dovecot::ACCESS_TOKEN, None),
        "x2",
    )
    .await
    .unwrap();
    assert_eq!((r.rows_out, r.details["imap_fetched"]), (5, 5));

    // A token the endpoint calls inactive: refused, and the error says what
    // to check without showing the token.
    let asked = introspection.requests.load(Ordering::SeqCst);
    let wrong = "ya29.expired-token-SECRET";
    let err = support::ingest(
        &root,
        source_with(port, ImapAuth::XOAuth2, wrong, None),
        "x3",
    )
    .await
    .unwrap_err();
    assert!(matches!(err, StageError::ImapAuth { .. }), "{err:?}");
    assert!(introspection.requests.load(Ordering::SeqCst) > asked);
    let msg = err.to_string();
    assert!(
        msg.contains("mailbox") && msg.contains(&format!("127.0.0.1:{port}")),
        "{msg}"
    );
    assert!(
        msg.contains("access token") && msg.contains("expired"),
        "{msg}"
    );
    assert!(
        !msg.contains(wrong) && !msg.contains(dovecot::ACCESS_TOKEN),
        "{msg}"
    );
    assert_eq!(err.domain(), jobtrack_stages::Domain::User);
    eprintln!("xoauth2 wrong token: {msg}");
    assert_eq!(support::count(&root, "raw_messages").await, 45);
}

/// A server that accepts connections and never says a word: the IMAP
/// account fails within its timeout, naming itself, and the other account
/// of the run is still read.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_silent_server_fails_its_account_within_the_timeout_and_the_rest_is_read() {
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).unwrap();
    let port = listener.local_addr().unwrap().port();
    // Accept and hold every connection, answering nothing.
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for sock in listener.incoming() {
            held.push(sock);
        }
    });
    let silent = || AccountSource {
        account: "silent".into(),
        source: MailSource::Imap(Box::new(ImapSource {
            host: "127.0.0.1".into(),
            port,
            tls: ImapTls::Off,
            ca_file: None,
            username: "me".into(),
            secret: SecretString::from("pw".to_owned()),
            auth: ImapAuth::Password,
            folders: None,
            timeout: std::time::Duration::from_secs(2),
        })),
    };
    let mut sources = vec![silent()];
    sources.extend(support::mbox(support::fixture("mbox/realworld.mbox")));
    let root = DataRoot::memory();
    let started = std::time::Instant::now();
    let report = support::ingest(&root, sources, "s1").await.unwrap();
    assert!(started.elapsed() < std::time::Duration::from_secs(12));
    assert_eq!(report.details["sources_failed"], 1);
    let warning = report.warnings.join("\n");
    assert!(
        warning.contains("silent")
            && warning.contains(&format!("127.0.0.1:{port}"))
            && warning.contains("within 2 s"),
        "{warning}"
    );
    assert!(support::count(&root, "raw_messages").await > 0);

    // Alone, the silent account fails the stage with the same error.
    let started = std::time::Instant::now();
    let err = support::ingest(&DataRoot::memory(), vec![silent()], "s2")
        .await
        .unwrap_err();
    assert!(started.elapsed() < std::time::Duration::from_secs(12));
    assert!(matches!(err, StageError::Imap { .. }), "{err:?}");
}

/// The "All Mail" folder is found by its SPECIAL-USE attribute, not its
/// English name: a localized Gmail calls it "Alle Nachrichten".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_all_mail_folder_is_found_by_its_special_use_attribute() {
    let Some(server) = required(dovecot::start()) else {
        return;
    };
    let port = server.port;
    let mut s = login(port).await;
    s.create(dovecot::ALL_MAIL).await.unwrap();
    load(&mut s, "INBOX", 0, 5).await;
    load(&mut s, dovecot::ALL_MAIL, 0, 8).await;
    let root = DataRoot::memory();
    let r = support::ingest(&root, source(port, dovecot::PASSWORD, None), "a1")
        .await
        .unwrap();
    assert_eq!(r.rows_out, 13);
    let per_folder = support::strings(
        &root,
        &["raw_messages"],
        "select folder || ':' || count(*) from raw_messages group by folder order by folder",
    )
    .await;
    assert_eq!(
        per_folder,
        vec![
            Some(format!("{}:8", dovecot::ALL_MAIL)),
            Some("INBOX:5".into())
        ]
    );
    // Read-only and BODY.PEEK: nothing was marked as seen.
    s.select("INBOX").await.unwrap();
    let seen: Vec<u32> = s.search("SEEN").await.unwrap().into_iter().collect();
    assert!(seen.is_empty(), "{seen:?}");
}

/// The test's own CA and server certificate, or `None` after saying the
/// test is skipped (no `openssl`); required in CI.
fn test_ca() -> Option<dovecot::TestCa> {
    let ca = dovecot::TestCa::new();
    if ca.is_none() {
        assert!(
            !services_required(),
            "openssl is required (JOBTRACK_REQUIRE_SERVICES=1): apt-get install openssl"
        );
        eprintln!("SKIPPED: openssl is not installed");
    }
    ca
}

/// The Dovecot account over STARTTLS on `port`, trusting `ca_file` too.
fn starttls_source(port: u16, ca_file: Option<std::path::PathBuf>) -> Vec<AccountSource> {
    vec![AccountSource {
        account: "mailbox".into(),
        source: MailSource::Imap(Box::new(ImapSource {
            host: "127.0.0.1".into(),
            port,
            tls: ImapTls::StartTls,
            ca_file,
            username: dovecot::USER.into(),
            secret: SecretString::from(dovecot::PASSWORD.to_owned()),
            auth: ImapAuth::Password,
            folders: Some(vec!["INBOX".into()]),
            timeout: std::time::Duration::from_secs(20),
        })),
    }]
}

/// STARTTLS on port 143: the connection is upgraded before the login and
/// the server's certificate is checked, here against the account's
/// `ca-file` (a CA of the test's own, trusted nowhere else); without it the
/// handshake fails, naming the server. A server that does not offer
/// STARTTLS fails the account: the login never goes out in clear text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn starttls_upgrades_before_login_and_checks_the_certificate() {
    let Some(ca) = test_ca() else {
        return;
    };
    let Some(server) = required(dovecot::start_with_starttls(&ca)) else {
        return;
    };
    let mut s = login(server.port).await;
    load(&mut s, "INBOX", 0, 5).await;
    let root = DataRoot::memory();
    let r = support::ingest(
        &root,
        starttls_source(server.port, Some(ca.ca_file())),
        "t1",
    )
    .await
    .unwrap();
    assert_eq!(r.rows_out, 5);

    let err = support::ingest(
        &DataRoot::memory(),
        starttls_source(server.port, None),
        "t2",
    )
    .await
    .unwrap_err()
    .to_string();
    assert!(err.contains("TLS handshake"), "{err}");
    assert!(err.contains(&format!("127.0.0.1:{}", server.port)), "{err}");

    let plain = dovecot::start().unwrap();
    let err = support::ingest(
        &DataRoot::memory(),
        starttls_source(plain.port, Some(ca.ca_file())),
        "t3",
    )
    .await
    .unwrap_err()
    .to_string();
    assert!(err.contains("STARTTLS was refused"), "{err}");
}

/// The system's CA roots are trusted too (a corporate CA installed there):
/// the same STARTTLS server and no `ca-file`, with the test's CA made the
/// system's store through `SSL_CERT_FILE`. The environment is the
/// process's, so the ingest runs in a child process of this test binary
/// that runs only this test, told the server's port.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[expect(
    clippy::disallowed_methods,
    reason = "the child process reads the port its parent gives it"
)]
async fn the_systems_ca_roots_are_trusted() {
    const CHILD: &str = "JT_TEST_STARTTLS_PORT";
    if let Some(port) = std::env::var_os(CHILD) {
        let port: u16 = port.to_str().unwrap().parse().unwrap();
        let source = starttls_source(port, None);
        let r = support::ingest(&DataRoot::memory(), source, "child")
            .await
            .unwrap();
        assert_eq!(r.rows_out, 3);
        return;
    }
    let Some(ca) = test_ca() else {
        return;
    };
    let Some(server) = required(dovecot::start_with_starttls(&ca)) else {
        return;
    };
    let mut s = login(server.port).await;
    load(&mut s, "INBOX", 0, 3).await;
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "imap::the_systems_ca_roots_are_trusted",
            "--nocapture",
        ])
        .env("SSL_CERT_FILE", ca.ca_file())
        .env(CHILD, server.port.to_string())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && text.contains("1 passed"),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A loopback proxy to `upstream` that cuts its first connection once it
/// has passed `cut_after` bytes from the server (mid-FETCH); later
/// connections pass whole. Returns its port.
async fn cutting_proxy(upstream: u16, cut_after: usize) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        let mut first = true;
        while let Ok((client, _)) = listener.accept().await {
            let server = tokio::net::TcpStream::connect(("127.0.0.1", upstream))
                .await
                .unwrap();
            let limit = if first { cut_after } else { usize::MAX };
            first = false;
            let (mut cr, mut cw) = client.into_split();
            let (mut sr, mut sw) = server.into_split();
            let up = tokio::spawn(async move {
                let _ = tokio::io::copy(&mut cr, &mut sw).await;
            });
            tokio::spawn(async move {
                let mut passed = 0usize;
                let mut buf = vec![0u8; 4096];
                loop {
                    let n = match sr.read(&mut buf).await {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    let n = n.min(limit - passed);
                    if cw.write_all(&buf[..n]).await.is_err() {
                        break;
                    }
                    passed += n;
                    if passed >= limit {
                        break;
                    }
                }
                // Dropping both halves closes the client's connection.
                up.abort();
            });
        }
    });
    port
}

/// A session the network drops mid-fetch is connected again and the
/// import goes on from the last checkpoint: every message once, one
/// reconnection in the report.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_dropped_mid_fetch_reconnects_and_stores_every_message_once() {
    let Some(server) = required(dovecot::start()) else {
        return;
    };
    let mut s = login(server.port).await;
    load(&mut s, "INBOX", 0, 450).await;
    let proxy = cutting_proxy(server.port, 60_000).await;
    let root = DataRoot::memory();
    let r = support::ingest(
        &root,
        source(proxy, dovecot::PASSWORD, Some(vec!["INBOX".into()])),
        "d1",
    )
    .await
    .unwrap();
    assert_eq!(
        r.details
            .get(jobtrack_stages::ingest::imap::IMAP_RECONNECTS),
        Some(&1),
        "{r:?}"
    );
    assert_eq!(r.rows_out, 450);
    assert_eq!(support::count(&root, "raw_messages").await, 450);
    let distinct = support::strings(
        &root,
        &["raw_messages"],
        "select cast(count(distinct provider_message_id) as varchar) from raw_messages",
    )
    .await;
    assert_eq!(distinct, [Some("450".to_string())]);
}
