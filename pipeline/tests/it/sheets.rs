//! The Google Sheets export end to end through the `jobtrack` binary,
//! against the fake Sheets API v4 of `jobtrack_testkit`: `connect --scope
//! sheets` from standard input, a first export that creates a spreadsheet
//! whose cells equal the CSV exports' (through a 429 with `Retry-After` and
//! a 401 that needs a fresh access token), a second export after new mail
//! that updates the same spreadsheet, a third with fewer rows that clears
//! the rows that left, `serve`'s `POST /export/sheets`, the export after a
//! run (`on-run`), and no token in any file, output or log.

use std::path::Path;
use std::process::Output;

use jobtrack_testkit::fake_sheets::{FakeSheets, REFRESH_TOKEN};
use jobtrack_testkit::leaks::{contains, files};

use crate::cli::jobtrack_home;
use crate::dashboard::{address, http_call, serve};

const ACCOUNT: &str = "me@example.org";

fn jobtrack(home: &Path, stdin: Option<&str>, args: &[&str]) -> Output {
    jobtrack_home(home, stdin, args, &[])
}

fn ok(home: &Path, stdin: Option<&str>, args: &[&str]) -> Output {
    let out = jobtrack(home, stdin, args);
    assert!(
        out.status.success(),
        "jobtrack {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// RFC 4180 CSV (the export's: `"` quotes, `""` escapes, CRLF or LF), read
/// here independently of the code under test.
fn csv_cells(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    // As a sheet reads them: no trailing empty cells.
    for r in &mut rows {
        while r.last().is_some_and(String::is_empty) {
            r.pop();
        }
    }
    rows
}

/// The CSV export of `table` (with `filter` flags), as cells.
fn csv_of(home: &Path, common: &[&str], table: &str, filter: &[&str]) -> Vec<Vec<String>> {
    let out = home.join(format!("{table}.csv"));
    let mut args = vec![
        "export",
        "--format",
        "csv",
        "--table",
        table,
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(filter);
    args.extend_from_slice(common);
    ok(home, None, &args);
    csv_cells(&std::fs::read_to_string(&out).unwrap())
}

/// A sheet's title and values.
type Sheet = (String, Vec<Vec<String>>);

/// The one spreadsheet of the fake: its id and each sheet's values.
fn spreadsheet(fake: &FakeSheets) -> (String, Vec<Sheet>) {
    fake.with(|s| {
        assert_eq!(s.spreadsheets.len(), 1, "one spreadsheet, never a second");
        let (id, sheet) = s.spreadsheets.iter().next().unwrap();
        (
            id.clone(),
            sheet
                .sheets
                .iter()
                .map(|sh| (sh.title.clone(), sh.values()))
                .collect(),
        )
    })
}

fn sheet<'a>(sheets: &'a [Sheet], title: &str) -> &'a Vec<Vec<String>> {
    &sheets.iter().find(|(t, _)| t == title).unwrap().1
}

/// The first `n` messages of the bundled sample mailbox.
fn sample_prefix(n: usize) -> Vec<u8> {
    let all = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../samples/sample.mbox"
    ))
    .unwrap();
    let starts: Vec<usize> = (0..all.len())
        .filter(|&i| all[i..].starts_with(b"From ") && (i == 0 || all[i - 1] == b'\n'))
        .collect();
    match starts.get(n) {
        Some(&end) => all[..end].to_vec(),
        None => all,
    }
}

#[test]
fn sheets_export_creates_then_updates_one_spreadsheet_equal_to_the_csv_without_leaking_tokens() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let fake = rt.block_on(FakeSheets::start());
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let data = home.join("data");
    let mbox = home.join("mail.mbox");
    std::fs::write(&mbox, sample_prefix(2)).unwrap();
    let cfg = home.join("jobtrack.toml");
    let config = |on_run: bool| {
        format!(
            r#"[user]
id = "alex"

[[accounts]]
name = "takeout"
provider = "mbox"
path = "{mbox}"

[export.sheets]
account = "{ACCOUNT}"
client-id = "123-sheets.apps.googleusercontent.com"
api-base-url = "{base}"
token-url = "{base}/token"
auth-url = "{base}/auth"
on-run = {on_run}
"#,
            mbox = mbox.display(),
            base = fake.base
        )
    };
    std::fs::write(&cfg, config(false)).unwrap();
    let common = [
        "--config",
        cfg.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
    ];
    let with = |args: &[&str]| -> Vec<String> {
        args.iter()
            .chain(common.iter())
            .map(|s| s.to_string())
            .collect()
    };
    let mut outputs = Vec::new();
    let run = |args: &[&str], stdin: Option<&str>, outputs: &mut Vec<Output>| {
        let args = with(args);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = ok(home, stdin, &args);
        outputs.push(out.clone());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };

    // Before connecting: a clear error naming the command that fixes it.
    run(&["run"], None, &mut outputs);
    let args = with(&["export", "--format", "sheets"]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = jobtrack(home, None, &args);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("jobtrack connect {ACCOUNT} --scope sheets")),
        "{err}"
    );
    assert_eq!(fake.with(|s| s.calls.len()), 0);

    let said = run(
        &[
            "connect",
            ACCOUNT,
            "--scope",
            "sheets",
            "--refresh-token-stdin",
        ],
        Some(&format!("{REFRESH_TOKEN}\n")),
        &mut outputs,
    );
    assert!(said.contains("for the Sheets export"), "{said}");

    // First export: the create is throttled once (429, Retry-After: 1)
    // and the access token dies after the next call (401, refreshed).
    fake.with(|s| {
        s.throttle_next = 1;
        s.expire_tokens_after = Some(1);
    });
    let said = run(&["export", "--format", "sheets"], None, &mut outputs);
    assert!(said.contains("Created the spreadsheet"), "{said}");
    let (id, sheets) = spreadsheet(&fake);
    let apps = csv_of(home, &common, "applications", &[]);
    let events = csv_of(home, &common, "application_events", &[]);
    assert!(apps.len() > 2, "the sample has applications: {apps:?}");
    assert_eq!(sheet(&sheets, "applications"), &apps);
    assert_eq!(sheet(&sheets, "application_events"), &events);
    let (throttled, grants, unauthorized) =
        fake.with(|s| (s.throttled, s.token_grants, s.unauthorized));
    assert_eq!(throttled, 1, "the 429 was met");
    assert!(
        unauthorized >= 1 && grants >= 2,
        "a 401 was met with a fresh token"
    );

    // New mail, a second run and export: the same spreadsheet, its rows
    // those of the new CSV, none twice.
    std::fs::write(&mbox, sample_prefix(usize::MAX)).unwrap();
    run(&["run"], None, &mut outputs);
    let said = run(&["export", "--format", "sheets"], None, &mut outputs);
    assert!(said.contains("Updated the spreadsheet"), "{said}");
    let (id2, sheets) = spreadsheet(&fake);
    assert_eq!(id2, id);
    let apps2 = csv_of(home, &common, "applications", &[]);
    assert!(apps2.len() > apps.len(), "the new mail added applications");
    assert_eq!(sheet(&sheets, "applications"), &apps2);
    assert_eq!(
        sheet(&sheets, "application_events"),
        &csv_of(home, &common, "application_events", &[])
    );

    // Fewer rows (a filter): the rows that left are cleared.
    let said = run(
        &[
            "export",
            "--format",
            "sheets",
            "--table",
            "applications",
            "--status",
            "rejected",
        ],
        None,
        &mut outputs,
    );
    assert!(said.contains("Updated"), "{said}");
    let (_, sheets) = spreadsheet(&fake);
    let rejected = csv_of(home, &common, "applications", &["--status", "rejected"]);
    assert!(rejected.len() < apps2.len());
    assert_eq!(sheet(&sheets, "applications"), &rejected);

    // The dashboard's server exports too, only for a JSON request.
    let (server, line) = serve(
        home,
        &with(&["--port", "0"])
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        &[
            ("HOME", home.to_str().unwrap()),
            ("XDG_CONFIG_HOME", home.join("xdg").to_str().unwrap()),
        ],
    );
    let addr = address(&line);
    let (code, _, body) = http_call("POST", &addr, "/export/sheets", &addr, "", "");
    assert_eq!(code, 403, "a form post is refused: {body}");
    let (code, _, body) = http_call(
        "POST",
        &addr,
        "/export/sheets",
        &addr,
        "Content-Type: application/json\r\n",
        "{}",
    );
    assert_eq!(code, 200, "{body}");
    let answer: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["spreadsheet_id"], id.as_str());
    drop(server);
    let (_, sheets) = spreadsheet(&fake);
    assert_eq!(sheet(&sheets, "applications"), &apps2, "all rows again");

    // on-run: a run that publishes exports after it.
    std::fs::write(&cfg, config(true)).unwrap();
    let before = fake.with(|s| s.calls.len());
    let said = run(&["run"], None, &mut outputs);
    assert!(said.contains("Updated the spreadsheet"), "{said}");
    assert!(fake.with(|s| s.calls.len()) > before);

    assert!(fake.with(|s| s.max_calls_per_minute()) <= 60);
    // No token, refresh or access, in any file, output or log.
    let access: Vec<String> = (1..=fake.with(|s| s.token_grants))
        .map(|n| format!("ya29.fake-sheets-access-{n}"))
        .collect();
    for f in files(home) {
        let bytes = std::fs::read(&f).unwrap();
        assert!(
            !contains(&bytes, REFRESH_TOKEN),
            "refresh token in {}",
            f.display()
        );
        for a in &access {
            assert!(!contains(&bytes, a), "access token in {}", f.display());
        }
    }
    for out in &outputs {
        for text in [&out.stdout, &out.stderr] {
            assert!(!contains(text, REFRESH_TOKEN));
            for a in &access {
                assert!(!contains(text, a));
            }
        }
    }
}
