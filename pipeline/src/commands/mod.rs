//! One file per command, each a short function over the library; `dispatch`
//! matches the command line onto them.

mod connect;
mod correct;
mod dlq;
pub(crate) mod lake;
mod learn;
mod nudge;
mod purge;
mod query;
mod run;
pub(crate) mod sheets;
mod status;
mod synth;
mod users;

use crate::app::{App, UsageExt};
use crate::cli::{Cli, Command};
use crate::config::Fleet;
use crate::{dag, schedule, serve};

/// Reads the configuration, applies the global flags and runs the command.
pub async fn dispatch(cli: Cli) -> anyhow::Result<()> {
    if let Command::Synth {
        messages,
        seed,
        out,
        labels,
    } = &cli.command
    {
        return synth::synth(*messages, *seed, out, labels.as_deref());
    }
    let fleet = Fleet::load(cli.config.as_deref()).usage()?;
    let data_dir = cli.data_dir.as_deref();
    match &cli.command {
        Command::Users { action } => return users::users(&fleet, data_dir, action).await,
        Command::Run {
            dag,
            source,
            dry_run,
            wait,
        } if fleet.is_fleet() && cli.user.is_none() => {
            let dag = dag::Dag::load(dag.as_deref()).usage()?;
            return users::run_each(&fleet, data_dir, &dag, source, *dry_run, wait.duration())
                .await;
        }
        Command::Serve { port, bind, .. } if fleet.is_fleet() && cli.user.is_none() => {
            return serve_fleet(&fleet, data_dir, *bind, *port).await;
        }
        Command::Purge { .. } if cli.user.is_none() => {
            return Err(crate::app::usage(
                "purge forgets one user's mail: name them with --user",
            ));
        }
        _ => {}
    }
    let app = users::open(&fleet, cli.user.as_deref(), data_dir)?;
    if let Command::Config = &cli.command {
        print!("{}", app.config.to_toml()?);
        return Ok(());
    }
    match &cli.command {
        Command::Run {
            dag,
            source,
            dry_run,
            wait,
        } => {
            let dag = dag::Dag::load(dag.as_deref()).usage()?;
            let sources = run::sources(&app.config, source)?;
            run::run_dag(&app, &dag, sources, *dry_run, wait.duration()).await
        }
        Command::Ingest { source, wait } => {
            let dag = dag::Dag::parse(dag::INGEST, "dags/ingest.toml (built in)").usage()?;
            let sources = run::sources(&app.config, source)?;
            run::run_dag(&app, &dag, sources, false, wait.duration()).await
        }
        Command::Schedule { dag } => schedule_command(&app, dag.as_deref()).await,
        Command::Purge {
            account,
            before,
            wait,
        } => {
            purge::purge(
                &app,
                &app.config.user.id,
                account.as_deref(),
                before.as_deref(),
                wait.duration(),
            )
            .await
        }
        Command::Sql { query, format } => query::sql(&app, query, *format),
        Command::Export {
            table,
            format,
            out,
            spreadsheet,
            filter,
        } => {
            query::export_command(
                &app,
                table.as_deref(),
                *format,
                out.as_deref(),
                spreadsheet.as_deref(),
                filter,
            )
            .await
        }
        Command::Correct { action } => correct::correct(&app, action).await,
        Command::Dlq { action } => dlq::dlq(&app, action).await,
        Command::Serve {
            port,
            bind,
            token_env,
        } => serve_command(&app, *bind, *port, token_env.as_deref()).await,
        Command::Status { limit, format } => status::status(&app, *limit, *format).await,
        Command::History { .. }
        | Command::Maintain { .. }
        | Command::Restore { .. }
        | Command::Doctor { .. } => lake::dispatch(&app, &cli.command).await,
        Command::Train { labels, no_llm } => learn::train(&app, labels, !*no_llm).await,
        Command::Eval {
            labels,
            show_wrong,
            format,
            lang,
        } => learn::eval(&app, labels, *show_wrong, *format, lang.as_deref()),
        Command::Connect {
            account,
            refresh_token_stdin,
            no_browser,
            scope,
        } => connect::connect(&app, account, *refresh_token_stdin, *no_browser, *scope).await,
        Command::Synth { .. } | Command::Config | Command::Users { .. } => Ok(()),
    }
}

/// `jobtrack serve`: the dashboard and the API, with the access token
/// `--token-env` names.
async fn serve_command(
    app: &App,
    bind: std::net::IpAddr,
    port: u16,
    token_env: Option<&str>,
) -> anyhow::Result<()> {
    let site = app.root.local_dir().map(|d| d.join(app.config.site_dir()));
    let own = &app.config.user.serve_token_env;
    let token_env = token_env.or((!own.is_empty()).then_some(own.as_str()));
    let token = match token_env {
        Some(name) => Some(secrecy::SecretString::from(
            crate::env::var(name).ok_or_else(|| {
                crate::app::usage(format!("--token-env {name}: the variable is not set"))
            })?,
        )),
        None => None,
    };
    serve::serve(
        app.warehouse(),
        site,
        app.config.user.id.clone(),
        (bind, port),
        token,
        std::sync::Arc::new(crate::app::App {
            config: app.config.clone(),
            root: app.root.clone(),
        }),
    )
    .await
}

/// `jobtrack serve` on a fleet without `--user`: every user who has a
/// warehouse, each under `/u/<id>/` behind their own token.
async fn serve_fleet(
    fleet: &Fleet,
    data_dir: Option<&str>,
    bind: std::net::IpAddr,
    port: u16,
) -> anyhow::Result<()> {
    let mut served = Vec::new();
    for id in fleet.ids() {
        let app = users::open(fleet, Some(&id), data_dir)?;
        let var = &app.config.user.serve_token_env;
        if var.is_empty() {
            return Err(crate::app::usage(format!(
                "serving every user needs each one's token: [[users]] entry {id:?} has no serve-token-env (or pass --user to serve one)"
            )));
        }
        let token = crate::env::var(var).ok_or_else(|| {
            crate::app::usage(format!(
                "user {id}: serve-token-env names {var}, which is not set"
            ))
        })?;
        let warehouse = app.warehouse();
        if !warehouse.path.exists() {
            eprintln!("jobtrack: user {id} has no warehouse yet (run them first); not served");
            continue;
        }
        served.push(serve::Served {
            user_id: id,
            warehouse,
            site: app.root.local_dir().map(|d| d.join(app.config.site_dir())),
            token: secrecy::SecretString::from(token),
            jobtrack: std::sync::Arc::new(app),
        });
    }
    if served.is_empty() {
        return Err(crate::app::usage(
            "no user of the fleet has a warehouse yet: run them first",
        ));
    }
    serve::serve_fleet(served, (bind, port)).await
}

/// `jobtrack schedule`: the DAG on its cron line, after one catch-up run
/// when a scheduled time passed since the user's last run of it.
async fn schedule_command(app: &App, dag: Option<&std::path::Path>) -> anyhow::Result<()> {
    let dag = dag::Dag::load(dag).usage()?;
    let sources = app.config.sources().usage()?;
    let last = jobtrack_stages::report::past_runs(&app.root, Some(&app.config.user.id), usize::MAX)
        .await?
        .into_iter()
        .filter(|r| r.dag == dag.name && !r.dry_run)
        .map(|r| r.started_at)
        .max();
    schedule::run_forever(&dag, last, || {
        run::run_dag(app, &dag, sources.clone(), false, schedule::LEASE_WAIT)
    })
    .await
}
