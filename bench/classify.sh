#!/usr/bin/env bash
# Classification benchmark on a synth mailbox: emails per second on one
# thread, by wall time and by the thread's CPU time (emails/s/core), for the
# exact code path of the int_emails_classified stage. Ingest, normalize and
# Parquet reading are not timed.
#
#   bench/classify.sh [N]              default N = 20000 messages (seed 1)
#   PROFILE=release bench/classify.sh  build with --release (a cold release build is long)
#   MIN_SECS=10 bench/classify.sh      time at least this long (default 5)
#   PERF=1 bench/classify.sh           also run it under `perf stat -e task-clock`
#
# Writes its mailbox and data dir under ${BENCH_DIR:-/var/tmp/jobtrack-bench}.
set -euo pipefail
n="${1:-20000}"
seed="${SEED:-1}"
source "$(dirname "$0")/common.sh"
mbox="$work/synth-$n-seed$seed.mbox"
data="$work/classify-data-$n-seed$seed"
synth_mbox "$n" "$seed" "$mbox"
if [ ! -d "$data/stg_emails" ]; then
    rm -rf "$data"
    "$dir/jobtrack" run --dag dags/ingest.toml --source "mbox:$mbox" --data-dir "$data" >/dev/null 2>"$work/classify-log-$n"
fi
bench=("$dir/examples/classify_bench" "$data" --min-secs "${MIN_SECS:-5}")
if [ "${PERF:-0}" = 1 ]; then
    perf stat -e task-clock "${bench[@]}"
else
    "${bench[@]}"
fi
