#!/usr/bin/env bash
# Does the share of mail sent to the LLM fall after `jobtrack train` learns
# from the LLM's answers? On a synth mailbox plus the labeled fixtures, with an
# oracle fake server (bench/fake_llm.py answering the synth truth):
#   run 1: built-in model; how many are routed
#   train on the fixture labels only (--no-llm), run 2: routed
#   train on the fixture labels + the LLM's checked answers, run 3: routed
#
#   bench/llm_learning.sh [MESSAGES]    default: 20000
set -euo pipefail
n="${1:-20000}"
source "$(dirname "$0")/common.sh"
bin="$dir/jobtrack"
work="$work/llm-learning-$n"
rm -rf "$work" && mkdir -p "$work"
port="${PORT:-19$(( RANDOM % 900 + 100 ))}"
"$bin" synth --messages "$n" --seed 23 --out "$work/synth.mbox" --labels "$work/labels.jsonl" >/dev/null
fixtures="$PWD/stages/tests/fixtures/eml/labeled"
cat >"$work/jobtrack.toml" <<TOML
[user]
id = "alex"
emails = ["alex.doe@example.net"]
name = "Alex Doe"

[storage]
data-dir = "$work/data"

[llm]
base-url = "http://127.0.0.1:$port/v1"
model = "oracle"
concurrency = 8
max-calls = 100000
max-tokens = 100000000

[[accounts]]
name = "synth"
provider = "mbox"
path = "synth.mbox"

[[accounts]]
name = "fixtures"
provider = "eml"
path = "$fixtures"
TOML
# The truth by subject as prompts show it: ingest once without the LLM.
"$bin" run --config "$work/jobtrack.toml" --dag dags/ingest.toml >/dev/null 2>&1
python3 - "$work" <<'PY'
import duckdb, json, re, sys
work = sys.argv[1]
c = duckdb.connect()
rows = c.sql(f"""
  select s.subject, l.label, l.event_type, l.company, l.role
  from read_parquet('{work}/data/stg_emails/**/*.parquet') s
  join read_json_auto('{work}/labels.jsonl') l on l.message_id = s.provider_message_id
""").fetchall()
with open(f"{work}/truth.jsonl", "w") as f:
    for subject, label, event, company, role in rows:
        s = re.sub(r"(?i)</?\s*email\s*>", "", subject or "")
        for w in ["Alex Doe", "Alex", "Doe"]:
            s = re.sub(rf"(?i)\b{w}\b", "[me]", s)
        f.write(json.dumps({"subject": s, "label": label, "event_type": event, "company": company, "role": role}) + "\n")
PY
python3 bench/fake_llm.py "$port" "$work/prompts.jsonl" "$work/truth.jsonl" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1
routed() {
    python3 - "$work" <<'PY'
import json, glob, os, sys
r = json.load(open(sorted(glob.glob(os.path.join(sys.argv[1], "data/runs/*.json")))[-1]))
d = next(s for s in r["stages"] if s["name"] == "int_emails_llm")["details"]
print(f"routed {d['llm_candidates']}, new calls {d['llm_calls']}, cache hits {d['llm_cache_hits']}, ok {d['llm_ok']}, ungrounded {d['llm_ungrounded']}")
PY
}
"$bin" run --config "$work/jobtrack.toml" >/dev/null 2>&1
echo "run 1 (built-in model):              $(routed)"
"$bin" train --config "$work/jobtrack.toml" --labels "$fixtures/labels.jsonl" --no-llm
"$bin" run --config "$work/jobtrack.toml" >/dev/null 2>&1
echo "run 2 (trained on fixture labels):   $(routed)"
"$bin" train --config "$work/jobtrack.toml" --labels "$fixtures/labels.jsonl"
"$bin" run --config "$work/jobtrack.toml" >/dev/null 2>&1
echo "run 3 (fixture labels + LLM answers): $(routed)"
