//! A private Dovecot IMAP server for one test: a generated configuration in
//! a temporary folder (static user database, a passwd file with one test
//! user, Maildirs under the folder), listening on 127.0.0.1 on a free port,
//! plain login allowed. Needs the `dovecot` binary (Debian: dovecot-imapd);
//! the server stops when the guard is dropped.
//!
//! [`start_with_xoauth2`] also accepts AUTHENTICATE XOAUTH2: Dovecot's
//! `oauth2` passdb asks a token introspection endpoint (RFC 7662, GET with
//! the token in the URL) whether the bearer token is active and whose it is.
//! [`Introspection`] is that endpoint, a small HTTP server on 127.0.0.1 that
//! knows one access token.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

pub const USER: &str = "tester";
pub const PASSWORD: &str = "imap-pass-s3cret";
/// The one access token the introspection endpoint calls active.
pub const ACCESS_TOKEN: &str = "ya29.dovecot-xoauth2-access-SECRET";
/// A folder the server marks SPECIAL-USE `\All`, named as a German Gmail
/// names its "All Mail".
pub const ALL_MAIL: &str = "Alle Nachrichten";

/// A token introspection endpoint for Dovecot's oauth2 passdb:
/// `GET /introspect?token=T` answers `{"active": true, "username": USER}`
/// for [`ACCESS_TOKEN`] and `{"active": false}` for anything else.
pub struct Introspection {
    pub url: String,
    /// Requests answered, and how many of them named the right token.
    pub requests: Arc<AtomicU64>,
    pub accepted: Arc<AtomicU64>,
}

impl Introspection {
    pub fn start() -> Self {
        let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).unwrap();
        let url = format!(
            "http://{}/introspect?token=",
            listener.local_addr().unwrap()
        );
        let requests = Arc::new(AtomicU64::new(0));
        let accepted = Arc::new(AtomicU64::new(0));
        let (r, a) = (requests.clone(), accepted.clone());
        std::thread::spawn(move || {
            for sock in listener.incoming() {
                let Ok(mut sock) = sock else { return };
                let mut reader = BufReader::new(sock.try_clone().unwrap());
                let mut line = String::new();
                if reader.read_line(&mut line).is_err() {
                    continue;
                }
                // The headers, up to the blank line.
                loop {
                    let mut h = String::new();
                    if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
                        break;
                    }
                }
                let target = line.split_whitespace().nth(1).unwrap_or("/");
                let url = url::Url::parse(&format!("http://x{target}")).unwrap();
                let token = url
                    .query_pairs()
                    .find(|(k, _)| k == "token")
                    .map(|(_, v)| v.into_owned())
                    .unwrap_or_default();
                r.fetch_add(1, Ordering::SeqCst);
                let body = if url.path() == "/introspect" && token == ACCESS_TOKEN {
                    a.fetch_add(1, Ordering::SeqCst);
                    serde_json::json!({"active": true, "username": USER, "scope": "mail"})
                } else {
                    serde_json::json!({"active": false})
                }
                .to_string();
                let _ = write!(
                    sock,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = sock.flush();
            }
        });
        Self {
            url,
            requests,
            accepted,
        }
    }
}

pub struct Dovecot {
    child: Child,
    pub port: u16,
    pub dir: tempfile::TempDir,
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn binary() -> Option<&'static str> {
    ["/usr/sbin/dovecot", "/usr/local/sbin/dovecot"]
        .into_iter()
        .find(|p| Path::new(p).exists())
}

/// Starts a Dovecot, or `None` when it is not installed.
pub fn start() -> Option<Dovecot> {
    start_inner(None, None)
}

/// Starts a Dovecot that also takes AUTHENTICATE XOAUTH2, checking tokens
/// with the introspection endpoint at `introspection_url` (the token is
/// appended), or `None` when Dovecot is not installed.
pub fn start_with_xoauth2(introspection_url: &str) -> Option<Dovecot> {
    start_inner(Some(introspection_url), None)
}

/// Starts a Dovecot that offers STARTTLS on its port, with the server
/// certificate `ca` issued for 127.0.0.1.
pub fn start_with_starttls(ca: &TestCa) -> Option<Dovecot> {
    start_inner(None, Some(ca))
}

/// A CA of its own and a server certificate it issued for 127.0.0.1 and
/// localhost, written by the `openssl` command into a temporary folder.
pub struct TestCa {
    pub dir: tempfile::TempDir,
}

impl TestCa {
    /// None when there is no `openssl` command.
    pub fn new() -> Option<Self> {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let openssl = |args: &[&str]| {
            Command::new("openssl")
                .args(args)
                .current_dir(d)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
        };
        let ec = [
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
        ];
        let ca = [
            &["req", "-x509"][..],
            &ec,
            &["-keyout", "ca.key", "-out", "ca.pem", "-days", "2"],
            &["-subj", "/CN=jobtrack test CA"],
        ]
        .concat();
        match openssl(&ca) {
            Ok(status) => assert!(status.success(), "openssl could not make the test CA"),
            Err(_) => return None,
        }
        let csr = [
            &["req"][..],
            &ec,
            &[
                "-keyout",
                "server.key",
                "-out",
                "server.csr",
                "-subj",
                "/CN=localhost",
            ],
        ]
        .concat();
        assert!(openssl(&csr).unwrap().success());
        std::fs::write(
            d.join("server.ext"),
            "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
        )
        .unwrap();
        let sign = [
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.pem",
            "-days",
            "2",
            "-extfile",
            "server.ext",
        ];
        assert!(openssl(&sign).unwrap().success());
        for f in ["server.pem", "server.key", "ca.pem"] {
            std::fs::set_permissions(d.join(f), std::fs::Permissions::from_mode(0o644)).unwrap();
        }
        std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755)).unwrap();
        Some(Self { dir })
    }

    /// The CA's certificate, for an account's `ca-file`.
    pub fn ca_file(&self) -> std::path::PathBuf {
        self.dir.path().join("ca.pem")
    }
}

fn start_inner(introspection_url: Option<&str>, tls: Option<&TestCa>) -> Option<Dovecot> {
    let bin = binary()?;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755)).unwrap();
    let uid = std::fs::metadata(d).unwrap().uid();
    let (login_user, internal_user, mail_uid, mail_gid) = if uid == 0 {
        // As root Dovecot drops privileges: logins as dovenull, mail as nobody.
        ("dovenull".to_string(), "dovecot".to_string(), 65534, 65534)
    } else {
        let out = Command::new("id").arg("-un").output().unwrap();
        let me = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let gid = std::fs::metadata(d).unwrap().gid();
        (me.clone(), me, uid, gid)
    };
    let mail = d.join("mail");
    std::fs::create_dir_all(&mail).unwrap();
    std::fs::create_dir_all(d.join("run")).unwrap();
    if uid == 0 {
        std::os::unix::fs::chown(&mail, Some(mail_uid), Some(mail_gid)).unwrap();
    }
    let passwd = d.join("passwd");
    std::fs::write(&passwd, format!("{USER}:{{PLAIN}}{PASSWORD}::::::\n")).unwrap();
    std::fs::set_permissions(&passwd, std::fs::Permissions::from_mode(0o644)).unwrap();
    let port = jobtrack_testkit::free_port();
    let dp = d.display();
    let (mechanisms, oauth2_passdb) = match introspection_url {
        None => ("plain login", String::new()),
        Some(url) => {
            let ext = d.join("dovecot-oauth2.conf.ext");
            std::fs::write(
                &ext,
                format!(
                    "introspection_mode = get\nintrospection_url = {url}\nforce_introspection = yes\nusername_attribute = username\nactive_attribute = active\nactive_value = true\ntimeout_msecs = 10000\n"
                ),
            )
            .unwrap();
            std::fs::set_permissions(&ext, std::fs::Permissions::from_mode(0o644)).unwrap();
            (
                "plain login xoauth2",
                format!(
                    "passdb {{\n  driver = oauth2\n  mechanisms = xoauth2\n  args = {}\n}}\n",
                    ext.display()
                ),
            )
        }
    };
    let ssl = match tls {
        None => "ssl = no".to_string(),
        Some(ca) => {
            let c = ca.dir.path().display();
            format!("ssl = yes\nssl_cert = <{c}/server.pem\nssl_key = <{c}/server.key")
        }
    };
    let conf = format!(
        r#"base_dir = {dp}/run
instance_name = jobtrack-test-{port}
state_dir = {dp}/run/state
listen = 127.0.0.1
protocols = imap
{ssl}
disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
log_path = {dp}/dovecot.log
default_login_user = {login_user}
default_internal_user = {internal_user}
default_internal_group = {internal_user}
mail_location = maildir:{dp}/mail/%u
namespace inbox {{
  inbox = yes
  separator = /
  mailbox "{ALL_MAIL}" {{
    special_use = \All
  }}
}}
{oauth2_passdb}passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {dp}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={dp}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
"#
    );
    let conf_path = d.join("dovecot.conf");
    std::fs::write(&conf_path, conf).unwrap();
    let child = Command::new(bin)
        .arg("-F")
        .arg("-c")
        .arg(&conf_path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let server = Dovecot { child, port, dir };
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "dovecot did not listen on {port}: {}",
            std::fs::read_to_string(server.dir.path().join("dovecot.log")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Some(server)
}
