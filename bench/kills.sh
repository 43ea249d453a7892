#!/usr/bin/env bash
# Killed runs lose nothing and leave nothing behind (issue 11's "20
# SIGKILLs"): a run over N synth messages is killed with SIGKILL KILLS times
# at random moments, then run once to the end; its tables must equal an
# uninterrupted run's, and after `jobtrack maintain --retention-days 0` no
# file under the root's tables may be unreferenced by the tables' logs (no
# `#N` staging left-overs, no uncommitted part files).
#
#   bench/kills.sh [N] [KILLS]      defaults: 20000 20
#   PROFILE=release bench/kills.sh
#
# The delays are uniform between 0.2 s and the clean run's duration
# (random, printed). Writes under ${BENCH_DIR:-/var/tmp/jobtrack-bench}.
set -euo pipefail
n="${1:-20000}"
kills="${2:-20}"
source "$(dirname "$0")/common.sh"
bin="$dir/jobtrack"
mbox="$work/synth-$n.mbox"
synth_mbox "$n" 1 "$mbox"
clean="$work/kills-clean-$n"
crashy="$work/kills-crashy-$n"
rm -rf "$clean" "$crashy"

digest() {
    for q in "select count(*), count(distinct email_id) from emails" \
        "select email_id, subject, received_at, event_type from emails order by email_id" \
        "select application_id, company_name, role_title, current_status from applications order by all" \
        "select * from application_events order by all"; do
        "$bin" sql --data-dir "$1" --format csv "$q"
    done | sha256sum | cut -c1-16
}

start=$(date +%s.%N)
"$bin" run --source "mbox:$mbox" --data-dir "$clean" >/dev/null 2>&1
end=$(date +%s.%N)
span=$(python3 -c "print(f'{$end - $start:.2f}')")
echo "clean run: $span s"

killed=0
for i in $(seq 1 "$kills"); do
    delay=$(python3 -c "import random; print(f'{random.uniform(0.2, $span):.2f}')")
    RUST_LOG=error "$bin" run --source "mbox:$mbox" --data-dir "$crashy" >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid"
        killed=$((killed + 1))
        echo "kill $i after $delay s"
    else
        echo "run $i had finished before $delay s"
    fi
    wait "$pid" 2>/dev/null || true
    # A killed holder's lease is free at once on this machine (its pid is gone).
done
"$bin" run --source "mbox:$mbox" --data-dir "$crashy" >/dev/null 2>&1
a=$(digest "$clean")
b=$(digest "$crashy")
echo "killed $killed of $kills runs; tables: clean $a, after the kills $b"
[ "$a" = "$b" ] || { echo "FAIL: the tables differ"; exit 1; }

"$bin" maintain --retention-days 0 --data-dir "$crashy" >/dev/null
python3 - "$crashy" <<'PY'
import json, os, sys
root = sys.argv[1]
bad = []
for table in sorted(os.listdir(root)):
    log = os.path.join(root, table, "_delta_log")
    if not os.path.isdir(log):
        continue
    named = set()
    for name in os.listdir(log):
        if name.endswith(".json") and len(name) == 25:
            for line in open(os.path.join(log, name)):
                action = json.loads(line)
                for kind in ("add", "remove"):
                    if kind in action:
                        named.add(action[kind]["path"])
    # Checkpoints hold the adds and removes of versions before them.
    import glob
    for cp in glob.glob(os.path.join(log, "*.checkpoint.parquet")):
        import pyarrow.parquet as pq
        t = pq.read_table(cp, columns=["add", "remove"]).to_pylist()
        for row in t:
            for kind in ("add", "remove"):
                if row.get(kind):
                    named.add(row[kind]["path"])
    for dirpath, _, files in os.walk(os.path.join(root, table)):
        if "_delta_log" in dirpath:
            continue
        for f in files:
            rel = os.path.relpath(os.path.join(dirpath, f), os.path.join(root, table))
            if rel not in named:
                bad.append(os.path.join(table, rel))
print(f"files under the tables not named by their logs after maintain: {len(bad)}")
for b in bad[:20]:
    print("  ", b)
sys.exit(1 if bad else 0)
PY
