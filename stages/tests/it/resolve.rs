//! Resolution: grouping application mail into applications, the status
//! timeline, stable ids, and corrections, on the hand-written scenarios of
//! `fixtures/resolve/` (made by `tools/fixtures/make_resolve.py`).

use jobtrack_stages::DataRoot;
use jobtrack_stages::ingest::{AccountSource, MailSource};

use crate::support::{self, fixture};

fn both() -> Vec<AccountSource> {
    ["early", "later"]
        .iter()
        .map(|f| AccountSource {
            account: "test".into(),
            source: MailSource::Mbox(fixture(&format!("resolve/{f}.mbox"))),
        })
        .collect()
}

const APPS: &str = "select company_name, role_title, source, cast(application_date as varchar) as applied, \
    current_status, email_count from applications order by company_name, applied";

const MEMBERS: &str = "select a.application_id, e.provider_message_id from int_application_emails a \
    join stg_emails e on a.email_id = e.email_id order by e.provider_message_id";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn application_mail_groups_into_applications_with_their_timeline() {
    let dir = tempfile::tempdir().unwrap();
    let root = DataRoot::local(dir.path()).unwrap();
    support::run_all(&root, both(), "r1").await;
    let apps = support::pretty(&support::query(&root, &["applications"], APPS).await);
    insta::assert_snapshot!("resolved_applications", apps);
    let events = support::pretty(
        &support::query(
            &root,
            &["application_events", "applications"],
            "select a.company_name, a.role_title, e.event_type, cast(e.event_timestamp as varchar) as at \
             from application_events e join applications a on a.application_id = e.application_id \
             order by a.company_name, a.application_date, e.event_timestamp",
        )
        .await,
    );
    insta::assert_snapshot!("resolved_events", events);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn application_ids_survive_reruns_and_new_mail() {
    let dir = tempfile::tempdir().unwrap();
    let root = DataRoot::local(dir.path()).unwrap();
    let early = vec![AccountSource {
        account: "test".into(),
        source: MailSource::Mbox(fixture("resolve/early.mbox")),
    }];
    support::run_all(&root, early.clone(), "r1").await;
    let tables = ["int_application_emails", "stg_emails"];
    let before = support::pretty(&support::query(&root, &tables, MEMBERS).await);
    support::run_all(&root, early, "r2").await;
    assert_eq!(
        before,
        support::pretty(&support::query(&root, &tables, MEMBERS).await),
        "a rerun on the same mail changes nothing"
    );
    let ids_before = support::strings(&root, &tables, MEMBERS).await;
    support::run_all(&root, both(), "r3").await;
    let after = support::query(
        &root,
        &tables,
        "select a.application_id from int_application_emails a join stg_emails e \
         on a.email_id = e.email_id where e.provider_message_id not like '%later%' \
         and e.provider_message_id in ('a1@linkedin.example','a2@greenhouse.example','b1@greenhouse.example',\
         'c1@lever.example','c3@globex.example','d1@workday.example','d2@workday.example') \
         order by e.provider_message_id",
    )
    .await;
    let ids_after: Vec<Option<String>> = {
        let col =
            arrow::compute::cast(after[0].column(0), &arrow::datatypes::DataType::Utf8).unwrap();
        let col = col
            .as_any()
            .downcast_ref::<arrow::array::StringArray>()
            .unwrap();
        col.iter().map(|v| v.map(str::to_string)).collect()
    };
    assert_eq!(
        ids_before, ids_after,
        "new mail keeps every existing application_id"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn corrections_apply_on_every_run() {
    use jobtrack_stages::resolve::corrections::{self, Action, Correction};
    let dir = tempfile::tempdir().unwrap();
    let root = DataRoot::local(dir.path()).unwrap();
    support::run_all(&root, both(), "r1").await;
    let id_of = |company: &'static str, role: &'static str| {
        let root = root.clone();
        async move {
            support::strings(
                &root,
                &["applications"],
                &format!(
                    "select application_id from applications where company_name = '{company}' \
                     and role_title like '{role}%' order by application_date limit 1"
                ),
            )
            .await[0]
                .clone()
                .unwrap()
        }
    };
    let designer = id_of("Acme", "Product").await;
    let data_eng = id_of("Acme", "Senior Data").await;
    let globex_interview = support::strings(
        &root,
        &["stg_emails"],
        "select email_id from stg_emails where provider_message_id = 'c3@globex.example'",
    )
    .await[0]
        .clone()
        .unwrap();
    let at = |s: &str| s.parse().unwrap();
    let base = Correction::new(Action::Set, at("2026-01-02T00:00:00Z"));
    let ctx = support::context(&root, "correct");
    let added = corrections::append(
        &ctx,
        &[
            Correction {
                application_id: Some(data_eng.clone()),
                field: Some("role_title".into()),
                value: Some("Senior Data Engineer (Platform)".into()),
                ..base.clone()
            },
            Correction {
                action: Action::Merge,
                application_id: Some(designer.clone()),
                into: Some(data_eng.clone()),
                created_at: at("2026-01-03T00:00:00Z"),
                ..base.clone()
            },
            Correction {
                action: Action::NotJob,
                email_id: Some(globex_interview.clone()),
                ..base.clone()
            },
        ],
    )
    .await
    .unwrap();
    assert_eq!(added, 3);
    support::run_all(&root, both(), "r2").await;
    let apps = support::pretty(&support::query(&root, &["applications"], APPS).await);
    insta::assert_snapshot!("corrected_applications", apps);
    let label = support::strings(
        &root,
        &["emails"],
        &format!(
            "select label || '/' || extractor from emails where email_id = '{globex_interview}'"
        ),
    )
    .await;
    assert_eq!(label, vec![Some("not_job/correction".to_string())]);
    // Importing the same corrections again adds nothing.
    let again = corrections::load(&ctx).await.unwrap();
    assert_eq!(corrections::append(&ctx, &again).await.unwrap(), 0);
}

/// Every view of `sql/views/` on the warehouse of the two scenarios, one
/// snapshot: their golden test (a changed line of a view changes it; the
/// scenarios need no review, so review_queue is empty and its filter is
/// what the snapshot holds).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn warehouse_views_answer_the_usual_questions() {
    use jobtrack_stages::publish::Warehouse;

    let dir = tempfile::tempdir().unwrap();
    let root = DataRoot::local(dir.path()).unwrap();
    support::run_all(&root, both(), "r1").await;
    let warehouse = Warehouse::new(dir.path().join("warehouse.duckdb"));
    let mut out = String::new();
    for (name, _) in jobtrack_stages::tables::views() {
        let result = warehouse
            .query(&format!("SELECT * FROM \"{name}\""))
            .unwrap_or_else(|e| panic!("view {name}: {e}"));
        out.push_str(&format!("== {name}\n{}\n", result.columns.join(" | ")));
        for row in &result.rows {
            let cells: Vec<String> = row.iter().map(ToString::to_string).collect();
            out.push_str(&format!("{}\n", cells.join(" | ")));
        }
    }
    insta::assert_snapshot!("warehouse_views", out);
}
