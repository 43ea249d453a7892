#!/usr/bin/env bash
# Fleet load test (issue 13): USERS synth users of MESSAGES messages each
# through the Airflow DAG (dags/airflow/jobtrack_nightly.py) with the
# LocalExecutor and Airflow's own scheduler, against the same mail run as
# one user. A documented command, not CI.
#
#   bench/fleet.sh [USERS] [MESSAGES]       defaults: 100 2000
#   nice -n 10 bench/fleet.sh 4 200         a quick try
#
# Builds nothing. Settings from the environment:
#   JOBTRACK_BIN      the jobtrack binary [${CARGO_TARGET_DIR:-target}/debug/jobtrack]
#   JOBTRACK_AIRFLOW  the airflow command, Airflow 3.3 (dags/airflow/requirements.txt)
#                     [/var/tmp/jobtrack-airflow-venv/bin/airflow]
#   PARALLELISM       LocalExecutor's task slots [twice the number of cores: a
#                     slot stays taken for up to 5 s after its task ends (the
#                     task supervisor's wait), and at 12 users x 2,000 on 2
#                     busy cores 2 slots took 45 s, 4 took 25-27 s, 8 took 24 s]
#   AIRFLOW_PORT      the API server's port, on 127.0.0.1 [28080]; the log
#                     server takes the next one
#   BENCH_DIR         [/var/tmp/jobtrack-bench]; the work dir is
#                     $BENCH_DIR/fleet-<USERS>x<MESSAGES>, emptied first
#
# Steps:
#   1. a synth mbox per user (seed = the user's number: u001 is seed 1), a
#      fleet config with one [[users]] entry each, and all of the mail in
#      one mbox;
#   2. one user: `jobtrack run --source mbox:all.mbox`, timed;
#   3. the fleet: a fresh AIRFLOW_HOME in the work dir (SQLite), `db
#      migrate`, the pool and the Variables, then scheduler, dag-processor
#      and api-server in the background (each its own process group, all
#      stopped on exit); the DAG unpaused and triggered once, timed from
#      the run's creation to its end (Airflow's own dag_run times);
#   4. a solo run of each user's mbox (its own config, same user id), the
#      reference for the checks;
#   5. checks, each printed: the DAG run and every mapped user task
#      succeeded, on the first try; each user's emails equal the solo run's
#      (count and Message-IDs); no email_id twice in any user's table; the
#      fleet's emails summed equal the one-user run's, Message-ID for
#      Message-ID.
# Prints both times and the scaling efficiency, one-user time / fleet time
# (1.0: the fleet costs no more than the same mail in one run). Exits 1
# naming every check that failed.
set -euo pipefail
users="${1:-100}"
messages="${2:-2000}"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo="$PWD"
bin="${JOBTRACK_BIN:-${CARGO_TARGET_DIR:-target}/debug/jobtrack}"
airflow="${JOBTRACK_AIRFLOW:-/var/tmp/jobtrack-airflow-venv/bin/airflow}"
cores=$(nproc)
parallelism="${PARALLELISM:-$((2 * cores))}"
port="${AIRFLOW_PORT:-28080}"
work="${BENCH_DIR:-/var/tmp/jobtrack-bench}/fleet-${users}x${messages}"

die() { echo "bench/fleet.sh: $*" >&2; exit 1; }
[ -x "$bin" ] || die "no jobtrack binary at $bin (build it, or set JOBTRACK_BIN)"
[ -x "$airflow" ] || die "no airflow at $airflow (set JOBTRACK_AIRFLOW; dags/airflow/requirements.txt)"
[[ "$users" =~ ^[0-9]+$ && "$users" -ge 1 && "$users" -le 999 ]] || die "USERS: 1 to 999"
[[ "$messages" =~ ^[0-9]+$ && "$messages" -ge 1 ]] || die "MESSAGES: a number"
bin="$(realpath "$bin")"
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port is in use (set AIRFLOW_PORT)"
fi

rm -rf "$work"
mkdir -p "$work/mail" "$work/solo" "$work/logs"
cd "$work"    # no jobtrack.toml of the caller's gets read
ids=()
for i in $(seq 1 "$users"); do ids+=("$(printf 'u%03d' "$i")"); done

now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }
# The machine's busy share of all its cores since a /proc/stat sample ($1).
cpu_sample() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat; }
# CPU seconds (user + system) of this script's children that ended: `times`
# runs in this shell (a subshell counts its own children only), then
# `cpu_of` reads what it wrote.
cpu_of() { awk 'END { t = 0; for (i = 1; i <= NF; i++) { split($i, a, "m"); sub(/s$/, "", a[2]); t += a[1] * 60 + a[2] }
    printf "%.1f", t }' logs/times; }
busy_since() {
    local now_s; now_s=$(cpu_sample)
    awk -v a="$1" -v b="$now_s" 'BEGIN { split(a, x, " "); split(b, y, " ");
        printf "%.0f%%", 100 * (y[1] - x[1]) / (y[2] - x[2] + 1e-9) }'
}

echo "fleet load test: $users users x $messages messages; $cores cores; $(uname -m); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jobtrack: $bin ($("$bin" --version))"
echo "airflow:  $airflow ($("$airflow" version 2>/dev/null | tail -1)), LocalExecutor, parallelism $parallelism"
echo "work dir: $work"

# 1. Mail and configs.
start=$(now)
{
    echo '[storage]'
    echo 'data-dir = "fleet-data"'
    for i in $(seq 1 "$users"); do
        u=${ids[$((i - 1))]}
        "$bin" synth --messages "$messages" --seed "$i" --out "mail/$u.mbox" >/dev/null \
            || die "synth for $u failed"
        printf '\n[[users]]\nid = "%s"\n[[users.accounts]]\nname = "home"\nprovider = "mbox"\npath = "mail/%s.mbox"\n' "$u" "$u"
        printf '[user]\nid = "%s"\n[[accounts]]\nname = "home"\nprovider = "mbox"\npath = "%s/mail/%s.mbox"\n' \
            "$u" "$work" "$u" >"solo/$u.toml"
    done
} >fleet.toml
for u in "${ids[@]}"; do
    cat "mail/$u.mbox"
    [ -z "$(tail -c1 "mail/$u.mbox")" ] || echo    # each message ends its line
done >all.mbox
echo "1. mail: $users mboxes of $messages messages, $(( $(stat -c %s all.mbox) / 1000000 )) MB in all ($(secs "$start" "$(now)") s)"
listed=$("$bin" --config fleet.toml users list --format json) || die "users list failed"
n_listed=$(python3 -c 'import json, sys; print(len(json.loads(sys.argv[1])))' "$listed")
[ "$n_listed" = "$users" ] || die "users list names $n_listed users, not $users"

# 2. One user: all the mail in one run.
cpu=$(cpu_sample)
times >logs/times; c0=$(cpu_of)
start=$(now)
"$bin" run --source "mbox:$work/all.mbox" --data-dir "$work/one-user" >logs/one-user.out 2>logs/one-user.log \
    || die "the one-user run failed: $work/logs/one-user.log"
t_one=$(secs "$start" "$(now)")
times >logs/times; c_one=$(secs "$c0" "$(cpu_of)")
echo "2. one user, all $((users * messages)) messages in one run: ${t_one} s, ${c_one} CPU-s (machine busy $(busy_since "$cpu"))"

# 3. The fleet through Airflow.
export AIRFLOW_HOME="$work/airflow"
export AIRFLOW__CORE__EXECUTOR=LocalExecutor
export AIRFLOW__CORE__PARALLELISM="$parallelism"
export AIRFLOW__CORE__LOAD_EXAMPLES=False
export AIRFLOW__CORE__DAGS_FOLDER="$repo/dags/airflow"
# Only the run triggered here: no scheduled (cron) run once unpaused.
export AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE=False
export AIRFLOW__API__HOST=127.0.0.1
export AIRFLOW__API__PORT="$port"
export AIRFLOW__CORE__EXECUTION_API_SERVER_URL="http://127.0.0.1:$port/execution/"
export AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT=$((port + 1))
AIRFLOW__API_AUTH__JWT_SECRET=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
export AIRFLOW__API_AUTH__JWT_SECRET
# A failed task is tried again after 10 s, not 5 minutes (any retry fails a check).
export JOBTRACK_RETRY_DELAY_SECONDS=10
af() { "$airflow" "$@" >>logs/airflow-cli.log 2>&1 || die "airflow $* failed: $work/logs/airflow-cli.log"; }
af db migrate
af pools set jobtrack_gmail 4 "Gmail users read at once"
af variables set jobtrack_binary "$bin"
af variables set jobtrack_config "$work/fleet.toml"
af variables set jobtrack_data_dir "$work/fleet-data"
af dags reserialize
af dags unpause jobtrack_nightly

components=(scheduler dag-processor api-server)
pids=()
# Airflow's processes: the components (each leads a session of its own),
# and whatever they started: their process groups and sessions (task
# supervisors and bash tasks start sessions of their own), their children,
# and every process carrying this variable in its environment (bash tasks,
# jobtrack), so a process whose parent is gone is found too. Airflow's
# processes write their titles over their environment, hence all four.
tag="fleet-$$-$(date +%s%N)"
# airflow_procs PID...: those alive and all they started, one line.
# airflow_procs --cpu PID...: the CPU seconds (user + system) they used, with
# those of their children that ended.
airflow_procs() {
    python3 - "$tag" "$$" "$@" <<'PY'
import os, sys
tag, me, args = b"JOBTRACK_FLEET_BENCH=" + sys.argv[1].encode(), int(sys.argv[2]), sys.argv[3:]
cpu = args[:1] == ["--cpu"]
known = {int(p) for p in args[cpu:]}
procs = {}
for d in os.listdir("/proc"):
    if not d.isdigit() or int(d) in (me, os.getpid()):
        continue
    try:
        stat = open(f"/proc/{d}/stat", "rb").read()
        env = open(f"/proc/{d}/environ", "rb").read()
    except OSError:
        continue
    f = stat[stat.rindex(b")") + 2:].split()
    # state, ppid, pgid, session; utime, stime, cutime, cstime in ticks
    procs[int(d)] = (int(f[1]), int(f[2]), int(f[3]), tag in env, f[0] == b"Z", sum(map(int, f[11:15])))
found = known | {p for p, v in procs.items() if v[3]}
grew = True
while grew:
    grew = False
    for p, (ppid, pgid, sid, *_) in procs.items():
        if p not in found and (ppid in found or pgid in found or sid in found):
            found.add(p)
            grew = True
if cpu:
    print(f"{sum(procs[p][5] for p in found if p in procs) / os.sysconf('SC_CLK_TCK'):.1f}")
else:
    print(" ".join(str(p) for p in sorted(found) if p in procs and not procs[p][4]))
PY
}
stop_airflow() {
    [ ${#pids[@]} -gt 0 ] || return 0
    local p alive round
    # The components first, twice: on the first SIGTERM the scheduler waits
    # for its LocalExecutor's workers, at times for good ("Signal again if
    # you don't want to wait"). Then whatever is left: SIGTERM, SIGKILL.
    for round in 1 2; do
        for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
        for _ in $(seq 1 20); do
            alive=""
            for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
            [ -z "$alive" ] && break 2
            sleep 0.5
        done
    done
    declare -A sent=()
    alive=""
    for _ in $(seq 1 20); do
        alive=$(airflow_procs "${pids[@]}" $alive)
        [ -n "$alive" ] || break
        for p in $alive; do
            [ -n "${sent[$p]:-}" ] || { kill -TERM "$p" 2>/dev/null || true; sent[$p]=1; }
        done
        sleep 0.5
    done
    alive=$(airflow_procs "${pids[@]}" $alive)
    if [ -n "$alive" ]; then
        echo "bench/fleet.sh: SIGKILL to Airflow's processes that outlived SIGTERM: $(ps -o comm= -p "${alive// /,}" | sort | uniq -c | xargs)" >&2
        for p in $alive; do kill -KILL "$p" 2>/dev/null || true; done
        sleep 1
    fi
    stopped="${pids[*]}"
    pids=()
}
trap stop_airflow EXIT
trap 'echo "bench/fleet.sh: interrupted" >&2; exit 130' INT TERM
for c in "${components[@]}"; do
    JOBTRACK_FLEET_BENCH="$tag" setsid "$airflow" "$c" >"logs/$c.log" 2>&1 </dev/null &
    pids+=($!)
    disown $!    # stopped here, not reported by the shell
done
# Ready: the API answers and the scheduler and dag-processor heartbeat.
ready=""
for _ in $(seq 1 180); do
    for i in "${!components[@]}"; do
        kill -0 "${pids[$i]}" 2>/dev/null || die "airflow ${components[$i]} exited: $work/logs/${components[$i]}.log"
    done
    health=$(curl -sf "http://127.0.0.1:$port/api/v2/monitor/health" 2>/dev/null || true)
    if [ -n "$health" ] && python3 -c '
import json, sys
h = json.loads(sys.argv[1])
sys.exit(0 if all(h.get(k, {}).get("status") == "healthy" for k in ("metadatabase", "scheduler", "dag_processor")) else 1)
' "$health"; then
        ready=1
        break
    fi
    sleep 2
done
[ -n "$ready" ] || die "airflow not ready after 6 minutes: $work/logs/"
run_id="fleet-${users}x${messages}-$(date -u +%Y%m%dT%H%M%S)"
cpu=$(cpu_sample)
af dags trigger jobtrack_nightly --run-id "$run_id"
dag_run() {
    python3 - "$AIRFLOW_HOME/airflow.db" "$run_id" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True, timeout=30)
row = db.execute("select state from dag_run where dag_id = 'jobtrack_nightly' and run_id = ?", (sys.argv[2],)).fetchone()
print(row[0] if row else "none")
PY
}
state=""
while :; do
    state=$(dag_run)
    case "$state" in success | failed) break ;; esac
    for i in "${!components[@]}"; do
        kill -0 "${pids[$i]}" 2>/dev/null || die "airflow ${components[$i]} exited during the run: $work/logs/${components[$i]}.log"
    done
    sleep 3
done
busy=$(busy_since "$cpu")
c_fleet=$(airflow_procs --cpu "${pids[@]}")
stop_airflow
left=$(airflow_procs $stopped)
[ -z "$left" ] || die "Airflow's processes $left still running after stopping it"

# What Airflow recorded: the run's times and each task instance.
airflow_report=$(python3 - "$AIRFLOW_HOME/airflow.db" "$run_id" "$users" <<'PY'
import sqlite3, sys
from datetime import datetime
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
run_id, users = sys.argv[2], int(sys.argv[3])
t = lambda s: datetime.fromisoformat(s[:26]) if s else None
state, queued, started, ended = db.execute(
    "select state, queued_at, start_date, end_date from dag_run where run_id = ?", (run_id,)).fetchone()
wall = (t(ended) - t(queued)).total_seconds()
tis = db.execute(
    "select task_id, map_index, state, try_number, start_date, end_date from task_instance where run_id = ?",
    (run_id,)).fetchall()
mapped = [x for x in tis if x[0] == "run_user"]
ok = [x for x in mapped if x[2] == "success"]
retried = [x for x in tis if (x[3] or 0) > 1]
durations = [(t(x[5]) - t(x[4])).total_seconds() for x in ok if x[4] and x[5]]
others = {x[0]: x[2] for x in tis if x[0] != "run_user"}
not_ok = sorted(f"{x[0]}[{x[1]}] {x[2]}" for x in tis if x[2] not in ("success", "skipped"))
print(f"wall={wall:.1f}")
print(f"state={state}")
print(f"mapped={len(mapped)}")
print(f"mapped_ok={len(ok)}")
print(f"retried={len(retried)}")
print(f"task_mean={sum(durations) / max(len(durations), 1):.2f}")
print(f"task_sum={sum(durations):.1f}")
print("others=" + ", ".join(f"{k} {v}" for k, v in sorted(others.items())))
print("not_ok=" + "; ".join(not_ok))
PY
)
get() { sed -n "s/^$1=//p" <<<"$airflow_report"; }
t_fleet=$(get wall)
echo "3. fleet, $users users through Airflow: ${t_fleet} s from trigger to the DAG run's end (machine busy $busy);"
echo "   ${c_fleet} CPU-s from starting Airflow to the run's end (Airflow's processes and the jobtrack runs)"
echo "   run_user tasks: $(get mapped_ok) of $(get mapped) succeeded, $(get task_mean) s each on average (task start to end), $(get task_sum) s in all; $(get others)"

# 4. Solo reference: each user's mbox on its own.
times >logs/times; c0=$(cpu_of)
start=$(now)
for u in "${ids[@]}"; do
    "$bin" --config "solo/$u.toml" --data-dir "$work/solo/$u" run >"solo/$u.out" 2>"solo/$u.log" \
        || die "solo run of $u failed: $work/solo/$u.log"
done
t_solo=$(secs "$start" "$(now)")
times >logs/times
echo "4. solo reference: the $users users one after another, no Airflow: ${t_solo} s, $(secs "$c0" "$(cpu_of)") CPU-s"

# 5. Checks.
failed=()
check() {    # check OK "what"
    if [ "$1" = 1 ]; then echo "   ok    $2"; else echo "   FAIL  $2"; failed+=("$2"); fi
}
q_sum='select count(*) as n, count(*) - count(distinct email_id) as dup, md5(string_agg(provider_message_id, chr(10) order by provider_message_id)) as ids from emails'
q_ids='select provider_message_id from emails order by 1'
sql() { "$bin" "$@" 2>>logs/sql.log | tail -n +2; }
echo "5. checks"
check "$([ "$(get state)" = success ] && echo 1)" "DAG run $run_id: $(get state)"
check "$([ "$(get mapped)" = "$users" ] && [ "$(get mapped_ok)" = "$users" ] && echo 1)" \
    "every mapped user task succeeded: $(get mapped_ok) of $users (run_user)$([ -n "$(get not_ok)" ] && echo "; not: $(get not_ok)")"
check "$([ "$(get retried)" = 0 ] && echo 1)" "every task on its first try: $(get retried) retried"
total=0; bad_solo=(); bad_dup=()
: >fleet-ids.txt
for u in "${ids[@]}"; do
    IFS=, read -r n dup digest < <(sql --config fleet.toml --data-dir "$work/fleet-data" --user "$u" sql --format csv "$q_sum") || true
    IFS=, read -r sn _ sdigest < <(sql --config "solo/$u.toml" --data-dir "$work/solo/$u" sql --format csv "$q_sum") || true
    sql --config fleet.toml --data-dir "$work/fleet-data" --user "$u" sql --format csv "$q_ids" >>fleet-ids.txt
    [ -n "$n" ] && [ "$n" = "$sn" ] && [ "$digest" = "$sdigest" ] || bad_solo+=("$u: fleet ${n:-?}, solo ${sn:-?}")
    [ "${dup:-x}" = 0 ] || bad_dup+=("$u: ${dup:-?}")
    total=$((total + ${n:-0}))
done
check "$([ ${#bad_solo[@]} = 0 ] && echo 1)" \
    "each user's emails = their solo run's (row count and Message-IDs), $users users$([ ${#bad_solo[@]} -gt 0 ] && echo ": differ: ${bad_solo[*]}")"
check "$([ ${#bad_dup[@]} = 0 ] && echo 1)" \
    "no email_id twice in any user's emails (count(*) - count(distinct email_id) = 0)$([ ${#bad_dup[@]} -gt 0 ] && echo ": ${bad_dup[*]}")"
one=$(sql --data-dir "$work/one-user" sql --format csv 'select count(*) from emails')
check "$([ "$total" = "$one" ] && echo 1)" "emails summed over the fleet = the one-user run's: $total and $one"
a=$(sort fleet-ids.txt | sha256sum | cut -c1-16)
b=$(sql --data-dir "$work/one-user" sql --format csv "$q_ids" | sort | sha256sum | cut -c1-16)
check "$([ "$a" = "$b" ] && echo 1)" "the fleet's Message-IDs, all users together = the one-user run's (digest $a, $b)"

echo
python3 - "$users" "$messages" "$t_fleet" "$t_one" "$c_fleet" "$c_one" <<'PY'
import sys
users, messages = int(sys.argv[1]), int(sys.argv[2])
fleet, one, c_fleet, c_one = map(float, sys.argv[3:])
print(f"fleet ({users} users x {messages} messages, Airflow LocalExecutor): {fleet:.1f} s")
print(f"one user (the same {users * messages} messages, one run):   {one:.1f} s")
print(f"scaling efficiency = one-user time / fleet time = {one / fleet:.2f} "
      "(1.0: the fleet costs no more than the same mail in one run)")
print(f"in CPU time: one user {c_one:.1f} CPU-s / fleet {c_fleet:.1f} CPU-s = {c_one / c_fleet:.2f}")
PY
if [ ${#failed[@]} -gt 0 ]; then
    echo "bench/fleet.sh: ${#failed[@]} check(s) failed:" >&2
    printf '  %s\n' "${failed[@]}" >&2
    exit 1
fi
echo "all checks held"
