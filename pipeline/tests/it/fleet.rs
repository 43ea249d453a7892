//! A fleet: three users in one configuration file on one data root. Each
//! user's tables equal a solo run of the same mailbox; each has their own
//! warehouse and dashboard; `run` without `--user` runs them all, and one
//! user whose mailbox cannot be read does not stop the others.

use std::path::Path;

use crate::cli::{jobtrack, ok};

pub const USERS: [(&str, u64); 3] = [("ann", 11), ("bob", 12), ("cee", 13)];

fn fleet_toml() -> String {
    let mut text = String::from("[storage]\ndata-dir = \"fleet\"\n");
    for (user, _) in USERS {
        text.push_str(&format!(
            "\n[[users]]\nid = \"{user}\"\nname = \"{user} Example\"\n\
             [[users.accounts]]\nname = \"home\"\nprovider = \"mbox\"\npath = \"{user}.mbox\"\n"
        ));
    }
    text
}

/// What a user's warehouse holds, as text, read with `args` naming it.
pub fn tables_of(dir: &Path, args: &[&str]) -> Vec<String> {
    [
        "select count(*) as n, count(distinct user_id) as users, sum(size_bytes) as s from emails",
        "select email_id, user_id, subject, event_type from emails order by email_id",
        "select application_id, user_id, company_name, role_title, current_status, email_count \
         from applications order by application_id",
    ]
    .iter()
    .map(|q| {
        let mut all = vec!["sql", q, "--format", "csv"];
        all.extend_from_slice(args);
        ok(dir, &all)
    })
    .collect()
}

#[test]
fn each_fleet_user_is_a_solo_run_with_their_own_warehouse_and_dashboard() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    for (user, seed) in USERS {
        let seed = seed.to_string();
        let out = format!("{user}.mbox");
        ok(
            home,
            &["synth", "--messages", "300", "--seed", &seed, "--out", &out],
        );
        std::fs::write(
            home.join(format!("solo-{user}.toml")),
            format!(
                "[user]\nid = \"{user}\"\nname = \"{user} Example\"\n[storage]\ndata-dir = \"solo-{user}\"\n\
                 [[accounts]]\nname = \"home\"\nprovider = \"mbox\"\npath = \"{user}.mbox\"\n"
            ),
        )
        .unwrap();
        ok(home, &["run", "--config", &format!("solo-{user}.toml")]);
    }
    std::fs::write(home.join("fleet.toml"), fleet_toml()).unwrap();

    let listed = ok(
        home,
        &[
            "users",
            "list",
            "--config",
            "fleet.toml",
            "--format",
            "json",
        ],
    );
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    let ids: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["ann", "bob", "cee"]);
    assert_eq!(listed[0]["accounts"], serde_json::json!(["home:mbox"]));

    // One user at a time, as Airflow's tasks run them.
    ok(home, &["run", "--config", "fleet.toml", "--user", "ann"]);
    // Then all of them, as `jobtrack run` on a fleet does.
    let said = ok(home, &["run", "--config", "fleet.toml"]);
    assert!(
        said.contains("User bob:") && said.contains("User cee:"),
        "{said}"
    );
    for (user, _) in USERS {
        let fleet = tables_of(home, &["--config", "fleet.toml", "--user", user]);
        assert!(
            fleet[0].lines().nth(1).unwrap().contains(",1,"),
            "{user}: {}",
            fleet[0]
        );
        let solo = tables_of(home, &["--config", &format!("solo-{user}.toml")]);
        assert_eq!(fleet, solo, "{user}");
        let site = home.join(format!("fleet/published/user_id={user}/site/index.html"));
        assert!(site.is_file(), "{}", site.display());
        let data = std::fs::read_to_string(
            home.join(format!("fleet/published/user_id={user}/site/data.js")),
        )
        .unwrap();
        assert!(data.contains(&format!("\"user_id\":\"{user}\"")), "{user}");
        assert!(
            home.join(format!("fleet/published/user_id={user}/warehouse.duckdb"))
                .is_file()
        );
    }
    assert!(!home.join("fleet/site").exists());
    assert!(!home.join("fleet/warehouse.duckdb").exists());

    // Without --user, a command that reads one user's tables names them.
    let out = jobtrack(home, &["sql", "select 1", "--config", "fleet.toml"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("names 3 users (ann, bob, cee): choose one with --user"),
        "{err}"
    );

    // Bob's mailbox goes missing: ann and cee still run; the run says who failed.
    std::fs::rename(home.join("bob.mbox"), home.join("bob.mbox.away")).unwrap();
    let out = jobtrack(home, &["run", "--config", "fleet.toml"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("user bob:") && err.contains("1 of 3 users failed: bob"),
        "{err}"
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(said.matches("Run ").count(), 2, "{said}");
    for user in ["ann", "cee"] {
        assert_eq!(
            tables_of(home, &["--config", "fleet.toml", "--user", user]),
            tables_of(home, &["--config", &format!("solo-{user}.toml")]),
            "{user}"
        );
    }
}

#[test]
fn serving_a_fleet_keeps_each_user_behind_their_own_token() {
    use crate::dashboard::{address, http_call, serve};
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let mut text = String::from("[storage]\ndata-dir = \"fleet\"\n");
    for (user, seed) in [("ann", "21"), ("bob", "22")] {
        ok(
            home,
            &[
                "synth",
                "--messages",
                "150",
                "--seed",
                seed,
                "--out",
                &format!("{user}.mbox"),
            ],
        );
        text.push_str(&format!(
            "\n[[users]]\nid = \"{user}\"\nserve-token-env = \"TOKEN_{}\"\n\
             [[users.accounts]]\nname = \"home\"\nprovider = \"mbox\"\npath = \"{user}.mbox\"\n",
            user.to_uppercase()
        ));
    }
    std::fs::write(home.join("fleet.toml"), text).unwrap();
    ok(home, &["run", "--config", "fleet.toml"]);
    let tokens = [("TOKEN_ANN", "ann-secret-1"), ("TOKEN_BOB", "bob-secret-2")];
    let (_server, line) = serve(home, &["--config", "fleet.toml", "--port", "0"], &tokens);
    assert!(line.contains("2 user(s)"), "{line}");
    let addr = address(&line);
    let call = |path: &str, token: &str| {
        let auth = if token.is_empty() {
            String::new()
        } else {
            format!("Authorization: Bearer {token}\r\n")
        };
        http_call("GET", &addr, path, &addr, &auth, "")
    };
    for (user, token, other) in [
        ("ann", "ann-secret-1", "bob-secret-2"),
        ("bob", "bob-secret-2", "ann-secret-1"),
    ] {
        let (code, _, body) = call(&format!("/u/{user}/applications?limit=500"), token);
        assert_eq!(code, 200, "{user}: {body}");
        let list: serde_json::Value = serde_json::from_str(&body).unwrap();
        let apps = list["applications"].as_array().unwrap();
        assert!(!apps.is_empty());
        assert!(apps.iter().all(|a| a["user_id"] == user), "{user}: {body}");
        assert_eq!(
            call(&format!("/u/{user}/applications"), "").0,
            401,
            "{user} without a token"
        );
        assert_eq!(
            call(&format!("/u/{user}/applications"), other).0,
            401,
            "{user} with another's token"
        );
        let (code, _, page) = call(&format!("/u/{user}/"), token);
        assert_eq!(code, 200, "{user}: {page}");
        assert!(page.contains("app.js"), "{page}");
        let (code, head, _) = call(&format!("/u/{user}"), token);
        assert!(code == 308 || code == 301, "{code} {head}");
        let (code, _, metrics) = call(&format!("/u/{user}/metrics"), token);
        assert_eq!(code, 200);
        assert!(
            metrics.contains(&format!(
                "jobtrack_runs_total{{status=\"succeeded\",user=\"{user}\"}} 1"
            )),
            "{metrics}"
        );
    }
    // Outside the users' paths: a 404 that names nobody.
    let (code, _, body) = call("/", "");
    assert_eq!(code, 404);
    assert!(!body.contains("ann") && !body.contains("bob"), "{body}");
    // One user of the fleet alone, as before.
    let (_one, line) = serve(
        home,
        &["--config", "fleet.toml", "--user", "bob", "--port", "0"],
        &tokens,
    );
    let one = address(&line);
    let (code, _, _) = http_call(
        "GET",
        &one,
        "/applications",
        &one,
        "Authorization: Bearer bob-secret-2\r\n",
        "",
    );
    assert_eq!(code, 200);
    let (code, _, _) = http_call("GET", &one, "/applications", &one, "", "");
    assert_eq!(code, 401, "serve-token-env applies to one user's serve too");
}
