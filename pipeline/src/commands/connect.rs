//! `jobtrack connect`: gets a refresh token (consent in a browser, OAuth
//! with PKCE and one scope, or a token on standard input) and stores it
//! encrypted under the data root: Gmail's read-only grant of a gmail
//! account, or with `--scope sheets` the Sheets export's `drive.file` grant.

use jobtrack_stages::ingest::oauth::{self, Grant, LoopbackRedirect, Pkce, TokenStore};
use secrecy::SecretString;

use crate::app::{App, UsageExt, usage};
use crate::cli::ConnectScope;
use crate::config::{self, AccountConfig};

/// `jobtrack connect`: gets a refresh token and stores it encrypted.
pub async fn connect(
    app: &App,
    account: &str,
    from_stdin: bool,
    no_browser: bool,
    scope: ConnectScope,
) -> anyhow::Result<()> {
    let config = &app.config;
    let (grant, client, what) = match scope {
        ConnectScope::Gmail => match config.account(account).usage()? {
            AccountConfig::Gmail(a) => {
                (Grant::Gmail, a.oauth_client(), "read your mail (read-only)")
            }
            other => {
                return Err(usage(format!(
                    "account {account:?} is a {} account: `connect` is for gmail accounts (IMAP reads its password from the variable named by `password-env`)",
                    other.provider()
                )));
            }
        },
        ConnectScope::Sheets => {
            let client = config.sheets_client(Some(account)).map(|(_, c)| c);
            (
                Grant::Sheets,
                client,
                "create and update its own spreadsheets (drive.file: no other file)",
            )
        }
    };
    oauth::check_account(account)?;
    let root = &app.root;
    let token = if from_stdin {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)?;
        let text = text.trim();
        if text.is_empty() || text.contains(char::is_whitespace) {
            return Err(usage("standard input holds no refresh token"));
        }
        SecretString::from(text.to_owned())
    } else {
        let client = client.usage()?;
        let pkce = Pkce::new()?;
        let state = oauth::new_state()?;
        let redirect = LoopbackRedirect::bind().await?;
        let url = client.authorize_url(&redirect.redirect_uri, &pkce, &state, grant)?;
        println!(
            "Open this address in a browser and allow jobtrack, for {account}, to {what}:\n\n  {url}\n\nWaiting for the answer on {} ...",
            redirect.redirect_uri
        );
        if !no_browser {
            // Best effort: the address is printed above for a headless machine.
            if let Err(error) = open::that_detached(url.as_str()) {
                tracing::debug!(%error, "Could not open a browser.");
            }
        }
        let code = tokio::time::timeout(
            std::time::Duration::from_secs(600),
            redirect.code(account, &state),
        )
        .await
        .map_err(|_| usage("no answer from the browser within 10 minutes"))??;
        client
            .exchange_code(account, &code, &pkce, &redirect.redirect_uri)
            .await?
    };
    let key = config::token_key(true).usage()?;
    TokenStore::new(root.clone(), key)
        .for_grant(grant)
        .save(&config.user.id, account, &token)
        .await?;
    let what = if grant == Grant::Sheets {
        " for the Sheets export"
    } else {
        ""
    };
    println!(
        "Connected {account}{what}. Its refresh token is stored encrypted in {}/{}.",
        root.display(),
        TokenStore::path_of(grant, &config.user.id, account)
    );
    Ok(())
}
