"""jobtrack's nightly run for a fleet of users, as an Airflow 3 DAG.

The configuration file lists the users (`[[users]]`, README "Many users").
Every night this DAG:

1. lists them (`jobtrack users list --format json`);
2. maps one task per user running `jobtrack run --user U` (dynamic task
   mapping). Users with a Gmail account run in the pool `jobtrack_gmail`,
   whose slots cap how many read Gmail at once so the Google Cloud
   project's quota holds; the others run in the default pool. Each task
   retries with exponential backoff; one failing user never blocks the
   others;
3. fans in, whatever became of the users (`trigger_rule="all_done"`), to
   `jobtrack users report`, which builds the fleet's operations tables
   (`runs`, `fleet_users` in `fleet/operations.duckdb`); then `check_users`
   fails the DAG run, naming each user whose run failed and why, so the
   run shows failed in Airflow while every other user's data is in place.

Settings, each a DAG param (given with `--conf` or the trigger form), else
an Airflow Variable, else the default:

- `binary` / Variable `jobtrack_binary`: the jobtrack executable
  (default `jobtrack` on PATH);
- `config` / Variable `jobtrack_config`: the configuration file
  (default `jobtrack.toml`);
- `data_dir` / Variable `jobtrack_data_dir`: the data root, a folder or an
  `s3://` URL shared by every worker (default: the configuration's).

Secrets (IMAP passwords, the token store's key, LLM keys) reach jobtrack
through the workers' environment, never through Airflow's metadata.

The pool must exist before the first run:
`airflow pools set jobtrack_gmail 4 "Gmail users read at once"`.
`JOBTRACK_RETRY_DELAY_SECONDS` (read when the DAG is parsed) sets the first
retry's delay; tests set it low.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from datetime import datetime, timedelta

from airflow.exceptions import AirflowFailException
from airflow.sdk import Param, Variable, dag, get_current_context, task

GMAIL_POOL = "jobtrack_gmail"

RETRY_DELAY = timedelta(seconds=int(os.environ.get("JOBTRACK_RETRY_DELAY_SECONDS", "300")))

DEFAULT_ARGS = {
    "retries": 3,
    "retry_delay": RETRY_DELAY,
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(hours=1),
}


def _setting(name: str, default: str) -> str:
    """A param of this run, else the Variable `jobtrack_<name>`, else `default`."""
    value = get_current_context()["params"].get(name)
    if value:
        return str(value)
    return Variable.get(f"jobtrack_{name}", default=default) or default


def _jobtrack(*args: str) -> list[str]:
    """The command line of `jobtrack ARGS` with this run's settings."""
    command = [_setting("binary", "jobtrack"), "--config", _setting("config", "jobtrack.toml")]
    data_dir = _setting("data_dir", "")
    if data_dir:
        command += ["--data-dir", data_dir]
    return command + list(args)


def _bash(*args: str) -> str:
    return " ".join(shlex.quote(a) for a in _jobtrack(*args))


@dag(
    dag_id="jobtrack_nightly",
    schedule="0 3 * * *",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    params={
        "binary": Param("", type="string", description="jobtrack executable"),
        "config": Param("", type="string", description="configuration file"),
        "data_dir": Param("", type="string", description="data root (folder or s3:// URL)"),
    },
    tags=["jobtrack"],
    doc_md=__doc__,
)
def jobtrack_nightly():
    @task(retries=1)
    def list_users(gmail: bool) -> list[str]:
        """The ids of the users with (or without) a Gmail account."""
        listed = subprocess.run(
            _jobtrack("users", "list", "--format", "json"),
            check=True,
            capture_output=True,
            text=True,
        )
        return [u["id"] for u in json.loads(listed.stdout) if u["gmail"] == gmail]

    @task.bash(pool=GMAIL_POOL, map_index_template="{{ task.op_kwargs['user'] }}")
    def run_gmail_user(user: str) -> str:
        return _bash("run", "--user", user, "--wait", "600")

    @task.bash(map_index_template="{{ task.op_kwargs['user'] }}")
    def run_user(user: str) -> str:
        return _bash("run", "--user", user, "--wait", "600")

    @task(trigger_rule="all_done", retries=1)
    def fleet_report() -> list[str]:
        """Builds the operations tables; returns the users whose last run failed."""
        built = subprocess.run(
            _jobtrack("users", "report", "--format", "json"),
            check=True,
            capture_output=True,
            text=True,
        )
        failed = []
        for user in json.loads(built.stdout):
            print(json.dumps(user))
            if user["last_status"] != "succeeded":
                failed.append(f"{user['user_id']} ({user['last_status']}: {user['last_error']})")
        return failed

    @task(retries=0)
    def check_users(failed: list[str]) -> None:
        """Fails the DAG run, naming them, when any user's run failed."""
        if failed:
            raise AirflowFailException(f"{len(failed)} user(s) failed: " + "; ".join(failed))

    runs = [
        run_gmail_user.expand(user=list_users.override(task_id="list_gmail_users")(True)),
        run_user.expand(user=list_users.override(task_id="list_other_users")(False)),
    ]
    report = fleet_report()
    runs >> report
    check_users(report)


jobtrack_nightly()
