#!/usr/bin/env bash
# Whole-pipeline benchmark on a synth mailbox: the nightly DAG against the
# mail-parser floor measured in the same run.
#
#   bench/pipeline.sh [MESSAGES]      default: 200000
#   PROFILE=release bench/pipeline.sh
#
# Prints, for the mailbox it runs on:
#   - the parse floor: stages/examples/parse_only (split the mbox and parse
#     every message with mail-parser, one core, nothing else), timed here;
#   - the whole run (`jobtrack run`, every core): wall time, its ratio to the
#     floor, and peak RSS (GNU time's maximum resident set size);
#   - every stage's time and rows from the run report;
#   - the output: row counts of the marts and a digest of the applications
#     table (all its rows and columns in a fixed order, as CSV, SHA-256;
#     every value comes from the mail, none from the run), to compare runs.
#
# Writes its mailbox and data dir under ${BENCH_DIR:-/var/tmp/jobtrack-bench}.
set -euo pipefail
n="${1:-200000}"
source "$(dirname "$0")/common.sh"
bin="$dir/jobtrack"
mbox="$work/synth-$n.mbox"
data="$work/pipeline-$n"
synth_mbox "$n" 1 "$mbox"
[ -x /usr/bin/time ] || { echo "bench/pipeline.sh needs GNU time (apt-get install time)" >&2; exit 2; }

# Warm the page cache once, so neither side pays for the first read.
cat "$mbox" >/dev/null
floor_line=$("$dir/examples/parse_only" "$mbox")
floor=$(sed -E 's/.* in ([0-9.]+) s:.*/\1/' <<<"$floor_line")

rm -rf "$data"
start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$work/pipeline-rss-$n" \
    "$bin" run --source "mbox:$mbox" --data-dir "$data" >/dev/null 2>"$work/pipeline-log-$n"
end=$(date +%s.%N)
rss_kb=$(cat "$work/pipeline-rss-$n")

counts=$("$bin" sql --data-dir "$data" --format csv \
    "select (select count(*) from emails) as emails, (select count(*) from application_events) as events, (select count(*) from applications) as applications" \
    2>/dev/null | tail -1)
digest=$("$bin" sql --data-dir "$data" --format csv \
    "select * from applications order by all" 2>/dev/null | sha256sum | cut -c1-16)

report=$(ls -t "$data"/runs/*/*.json | head -1)
python3 - "$report" "$n" "$floor_line" "$floor" "$start" "$end" "$rss_kb" "$counts" "$digest" <<'PY'
import json, sys
report, n, floor_line, floor, start, end, rss_kb, counts, digest = sys.argv[1:]
r = json.load(open(report))
for s in r["stages"]:
    print(f"{s['name']:<24} {s['duration_ms']:>9} ms  rows out {s['rows_out']:>9}")
wall = float(end) - float(start)
floor = float(floor)
print(floor_line)
print(f"{n} messages: whole run {wall:.1f} s = {wall / floor:.2f}x the parse floor ({floor:.1f} s); "
      f"peak RSS {int(rss_kb) // 1024} MB")
e, ev, a = counts.split(",")
print(f"output: {e} emails, {ev} application events, {a} applications; applications digest {digest}")
PY
