#!/usr/bin/env bash
# Whole-pipeline benchmark on a synth mailbox: the time of every stage of the
# nightly DAG, from its run report, and resolution's share of ingest.
#
#   bench/pipeline.sh [MESSAGES]      default: 200000
#   PROFILE=release bench/pipeline.sh
#
# Writes its mailbox and data dir under ${BENCH_DIR:-/var/tmp/jobtrack-bench}.
set -euo pipefail
n="${1:-200000}"
source "$(dirname "$0")/common.sh"
bin="$dir/jobtrack"
mbox="$work/synth-$n.mbox"
[ -s "$mbox" ] || "$bin" synth --messages "$n" --seed 1 --out "$mbox" >/dev/null
rm -rf "$work/pipeline-$n"
"$bin" run --source "mbox:$mbox" --data-dir "$work/pipeline-$n" >/dev/null 2>"$work/pipeline-log-$n"
report=$(ls -t "$work/pipeline-$n"/runs/*.json | head -1)
python3 - "$report" "$n" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
ms = {s["name"]: s["duration_ms"] for s in r["stages"]}
rows = {s["name"]: s["rows_out"] for s in r["stages"]}
for name, t in ms.items():
    print(f"{name:<24} {t:>9} ms  rows out {rows[name]:>9}")
ingest = ms["raw_messages"] + ms["stg_emails"]
resolve = sum(ms.get(s, 0) for s in ("int_corrections", "int_corrections_pivoted", "int_emails_corrected", "int_application_mail", "int_application_keys",
    "int_application_emails", "application_events", "applications", "users"))
print(f"{sys.argv[2]} messages, {rows.get('int_application_emails', 0)} application emails, "
      f"{rows.get('applications', 0)} applications")
print(f"ingest+normalize {ingest} ms; resolution {resolve} ms = {100 * resolve / max(ingest, 1):.1f}% of ingest")
PY
