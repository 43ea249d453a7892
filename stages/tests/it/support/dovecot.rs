//! A private Dovecot IMAP server for one test: a generated configuration in
//! a temporary folder (static user database, a passwd file with one test
//! user, Maildirs under the folder), listening on 127.0.0.1 on a free port,
//! plain login allowed. Needs the `dovecot` binary (Debian: dovecot-imapd);
//! the server stops when the guard is dropped.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const USER: &str = "tester";
pub const PASSWORD: &str = "imap-pass-s3cret";

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

fn free_port() -> u16 {
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts a Dovecot, or `None` when it is not installed.
pub fn start() -> Option<Dovecot> {
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
    let port = free_port();
    let dp = d.display();
    let conf = format!(
        r#"base_dir = {dp}/run
instance_name = jobtrack-test-{port}
state_dir = {dp}/run/state
listen = 127.0.0.1
protocols = imap
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = {dp}/dovecot.log
default_login_user = {login_user}
default_internal_user = {internal_user}
default_internal_group = {internal_user}
mail_location = maildir:{dp}/mail/%u
passdb {{
  driver = passwd-file
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
