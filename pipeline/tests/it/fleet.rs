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
