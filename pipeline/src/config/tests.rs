//! Tests of the configuration file: defaults, accounts, secrets and errors.

use super::*;

fn write(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("jobtrack.toml");
    std::fs::write(&file, text).unwrap();
    (dir, file)
}

#[test]
fn the_defaults_read_the_sample() {
    let c = Config::load(None).unwrap();
    assert_eq!(c.user.id, "me");
    assert_eq!(c.accounts.len(), 1);
    assert_eq!(c.sources().unwrap()[0].source.kind(), "mbox");
    assert_eq!(c.resolve, ResolveOptions::default());
}

#[test]
fn the_printed_configuration_reads_back_the_same() {
    let (_dir, file) = write(
        "[user]\nid = \"alex\"\n[resolve]\nstalled-days = 30\n\
         [llm]\nbase-url = \"http://127.0.0.1:1/v1\"\nmodel = \"m\"\n\
         [[accounts]]\nname = \"fm\"\nprovider = \"imap\"\nhost = \"h\"\nusername = \"u\"\npassword-env = \"P\"\n\
         [[accounts]]\nname = \"g\"\nprovider = \"gmail\"\nclient-id = \"c\"\n",
    );
    let c = Config::load(Some(&file)).unwrap();
    let text = c.to_toml().unwrap();
    let (_dir2, again) = write(&text);
    let back = Config::load(Some(&again)).unwrap();
    assert_eq!(back.to_toml().unwrap(), text);
    assert_eq!(back.resolve.stalled_days, 30);
    assert_eq!(
        back.resolve.window_days,
        ResolveOptions::default().window_days
    );
    assert!(text.contains("max-prompt-tokens = 500"), "{text}");
    assert!(text.contains("provider = \"imap\""), "{text}");
    let AccountConfig::Imap(imap) = back.account("fm").unwrap() else {
        panic!("not imap");
    };
    assert_eq!(imap.security().unwrap(), ImapTls::Implicit);
    assert_eq!(imap.auth, ImapAuth::Password);
    let AccountConfig::Gmail(gmail) = back.account("g").unwrap() else {
        panic!("not gmail");
    };
    assert_eq!(gmail.api_base_url, GOOGLE_API_BASE);
    assert_eq!(
        gmail.units_per_minute,
        GmailOptions::default().units_per_minute
    );
}

#[test]
fn a_file_overrides_keys_and_replaces_accounts() {
    let (dir, file) = write(
        "[user]\nid = \"alex\"\n[[accounts]]\nname = \"takeout\"\nprovider = \"mbox\"\npath = \"all.mbox\"\n",
    );
    let c = Config::load(Some(&file)).unwrap();
    assert_eq!(c.user.id, "alex");
    assert_eq!(c.storage.data_dir, "./jobtrack-data");
    let AccountConfig::Mbox(mbox) = &c.accounts[0] else {
        panic!("not mbox: {:?}", c.accounts[0]);
    };
    assert_eq!(mbox.path, dir.path().join("all.mbox"));
}

#[test]
fn llm_is_off_by_default_and_configured_with_its_defaults() {
    assert!(
        Config::load(None)
            .unwrap()
            .llm_settings()
            .unwrap()
            .is_none()
    );
    let (_dir, file) = write(
        "[user]\nid = \"alex\"\nemails = [\"alex@example.net\"]\nname = \"Alex Doe\"\n\
         [llm]\nbase-url = \"http://127.0.0.1:11434/v1\"\nmodel = \"qwen2.5:7b\"\n\
         [llm.prices.\"qwen2.5:7b\"]\ninput = 0.1\noutput = 0.2\n",
    );
    let s = Config::load(Some(&file))
        .unwrap()
        .llm_settings()
        .unwrap()
        .unwrap();
    assert_eq!(s.config.model, "qwen2.5:7b");
    assert_eq!(s.config.max_prompt_tokens, 500);
    assert_eq!(s.config.price().output, 0.2);
    assert!(s.api_key.is_none());
    assert_eq!(s.user.name.as_deref(), Some("Alex Doe"));
    std::fs::write(
        &file,
        "[llm]\nbase-url = \"http://x/v1\"\nmodel = \"m\"\napi-key-env = \"JOBTRACK_TEST_NO_SUCH_KEY\"\n",
    )
    .unwrap();
    let err = Config::load(Some(&file))
        .unwrap()
        .llm_settings()
        .unwrap_err();
    assert!(
        err.to_string().contains("JOBTRACK_TEST_NO_SUCH_KEY"),
        "{err}"
    );
    std::fs::write(&file, "[llm]\nconcurrency = 2\n").unwrap();
    let err = Config::load(Some(&file))
        .unwrap()
        .llm_settings()
        .unwrap_err();
    assert!(err.to_string().contains("base-url"), "{err}");
}

#[test]
fn the_resolve_settings_default_to_the_stages_defaults_and_are_checked() {
    assert_eq!(
        Config::load(None).unwrap().resolve,
        ResolveOptions::default()
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("jobtrack.toml");
    std::fs::write(&file, "[resolve]\nrole-similarity = 0.9\n").unwrap();
    let options = Config::load(Some(&file)).unwrap().resolve;
    assert_eq!(options.role_similarity, 0.9);
    std::fs::write(&file, "[resolve]\nrole-similarity = 75\n").unwrap();
    let err = Config::load(Some(&file)).unwrap_err().to_string();
    assert!(err.contains("role-similarity"), "{err}");
}

#[test]
fn unknown_keys_are_refused() {
    let (_dir, file) = write("[user]\nid = \"a\"\ncolour = \"red\"\n");
    let err = Config::load(Some(&file)).unwrap_err().to_string();
    assert!(err.contains("colour"), "{err}");
}

#[test]
fn account_errors_name_the_account() {
    for (text, wanted) in [
        (
            "[[accounts]]\nname = \"x\"\nprovider = \"pop3\"\n",
            "account \"x\": unknown variant `pop3`",
        ),
        (
            "[[accounts]]\nname = \"x\"\nprovider = \"mbox\"\n",
            "account \"x\": missing field `path`",
        ),
        (
            "[[accounts]]\nname = \"x\"\nprovider = \"mbox\"\npath = \"a\"\nhost = \"h\"\n",
            "account \"x\": unknown field `host`",
        ),
        (
            "[[accounts]]\nprovider = \"sample\"\n",
            "account number 1: missing field `name`",
        ),
        (
            "[[accounts]]\nname = \"x\"\nprovider = \"sample\"\n[[accounts]]\nname = \"x\"\nprovider = \"sample\"\n",
            "two accounts are named \"x\"",
        ),
        (
            "[[accounts]]\nname = \"x\"\nprovider = \"imap\"\nhost = \"h\"\nusername = \"u\"\npassword-env = \"P\"\nauth = \"kerberos\"\n",
            "account \"x\": unknown variant `kerberos`",
        ),
    ] {
        let (_dir, file) = write(text);
        let err = Config::load(Some(&file)).unwrap_err().to_string();
        assert!(err.contains(wanted), "{text}: {err}");
    }
}

/// `starttls = true` means port 143 upgraded, allowed for any host; with
/// `tls = true` it is a contradiction; `tls = false` alone stays refused
/// for a host that is not this machine.
#[test]
fn imap_security_is_implicit_tls_starttls_or_off_on_loopback() {
    let account = |extra: &str, host: &str| {
        let (dir, file) = write(&format!(
            "[[accounts]]\nname = \"x\"\nprovider = \"imap\"\nhost = \"{host}\"\nusername = \"u\"\npassword-env = \"P\"\n{extra}"
        ));
        let c = Config::load(Some(&file)).unwrap();
        let AccountConfig::Imap(imap) = c.account("x").unwrap().clone() else {
            panic!("not imap");
        };
        drop(dir);
        imap
    };
    let a = account(
        "starttls = true\nca-file = \"/etc/ssl/my-ca.pem\"\n",
        "imap.example.org",
    );
    assert_eq!(a.security().unwrap(), ImapTls::StartTls);
    assert_eq!(a.ca_file.as_deref(), Some(Path::new("/etc/ssl/my-ca.pem")));
    let err = account("tls = true\nstarttls = true\n", "imap.example.org")
        .security()
        .unwrap_err()
        .to_string();
    assert!(err.contains("choose implicit TLS"), "{err}");
    assert_eq!(
        account("tls = false\n", "127.0.0.1").security().unwrap(),
        ImapTls::Off
    );
    assert_eq!(
        account("", "imap.example.org").security().unwrap(),
        ImapTls::Implicit
    );
}
