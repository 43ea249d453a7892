#!/usr/bin/env bash
# Ingest + normalize benchmark on synth mailboxes: messages per second and
# peak memory (max RSS) for each size, next to the mail-parser-only baseline.
#
#   bench/ingest.sh [SIZES...]        default: 50000 200000
#   PROFILE=release bench/ingest.sh   build with --release (a cold release build is long)
#
# Writes its mailboxes and data dirs under ${BENCH_DIR:-/var/tmp/jobtrack-bench}.
set -euo pipefail
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(50000 200000)
source "$(dirname "$0")/common.sh"
for n in "${sizes[@]}"; do
    mbox="$work/synth-$n.mbox"
    synth_mbox "$n" 1 "$mbox"
    size_mb=$(( $(stat -c %s "$mbox") / 1000000 ))
    "$dir/examples/parse_only" "$mbox"
    rm -rf "$work/data-$n"
    start=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$work/rss-$n" \
        "$dir/jobtrack" run --dag dags/ingest.toml --source "mbox:$mbox" --data-dir "$work/data-$n" >/dev/null 2>"$work/log-$n"
    end=$(date +%s.%N)
    rss_mb=$(( $(cat "$work/rss-$n") / 1024 ))
    awk -v n="$n" -v s="$start" -v e="$end" -v mb="$size_mb" -v rss="$rss_mb" 'BEGIN {
        t = e - s; printf "jobtrack ingest+normalize: %d messages, %d MB in %.1f s: %.0f messages/s, %.1f MB/s, peak RSS %d MB\n", n, mb, t, n / t, mb / t, rss }'
done
