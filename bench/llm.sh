#!/usr/bin/env bash
# LLM routing benchmark on a synth mailbox, against a fake OpenAI-compatible
# server (bench/fake_llm.py): the share of messages sent, the mean prompt
# size (characters / 4), the calls a second run makes (0: the cache), and
# whether any prompt carried the user's own address, name or phone.
#
#   bench/llm.sh [MESSAGES]           default: 100000
#
# Builds through bench/common.sh (PROFILE=release for a release build); writes under
# ${BENCH_DIR:-/var/tmp/jobtrack-bench}.
set -euo pipefail
n="${1:-100000}"
source "$(dirname "$0")/common.sh"
bin="$dir/jobtrack"
work="$work/llm-$n"
rm -rf "$work" && mkdir -p "$work"
port="${PORT:-18$(( RANDOM % 900 + 100 ))}"
"$bin" synth --messages "$n" --seed 11 --out "$work/synth.mbox" --labels "$work/labels.jsonl" >/dev/null
python3 bench/fake_llm.py "$port" "$work/prompts.jsonl" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1
cat >"$work/jobtrack.toml" <<TOML
[user]
id = "alex"
emails = ["alex.doe@example.net"]
name = "Alex Doe"
phones = ["+1 415 555 0134"]

[storage]
data-dir = "$work/data"

[llm]
base-url = "http://127.0.0.1:$port/v1"
model = "fake-model"
concurrency = 8
max-calls = 100000
max-tokens = 100000000

[[accounts]]
name = "synth"
provider = "mbox"
path = "synth.mbox"
TOML
stats() { curl -s "http://127.0.0.1:$port/stats"; }
for run in 1 2; do
    start=$(date +%s.%N)
    "$bin" run --config "$work/jobtrack.toml" >"$work/run-$run.txt" 2>"$work/log-$run.txt"
    end=$(date +%s.%N)
    s=$(stats)
    echo "run $run: $(awk -v s="$start" -v e="$end" 'BEGIN{printf "%.1f s", e-s}'), server totals so far: $s"
done
python3 - "$n" "$work" <<'PY'
import json, sys, glob, os
n, work = int(sys.argv[1]), sys.argv[2]
reports = sorted(glob.glob(os.path.join(work, "data/runs/*.json")))
for i, path in enumerate(reports, 1):
    r = json.load(open(path))
    d = next(s for s in r["stages"] if s["name"] == "int_emails_llm")["details"]
    sent = d.get("llm_prompts_to_send", 0)
    mean = d.get("llm_prompt_tokens_estimated", 0) / sent if sent else 0
    print(f"run {i}: candidates {d.get('llm_candidates')} ({100*d.get('llm_candidates',0)/n:.2f}% of {n}), "
          f"sent {sent} ({100*sent/n:.2f}%), calls {d.get('llm_calls')}, cache hits {d.get('llm_cache_hits')}, "
          f"mean prompt {mean:.0f} tokens, tokens in/out {d.get('llm_tokens_in')}/{d.get('llm_tokens_out')}, "
          f"ok {d.get('llm_ok')} invalid {d.get('llm_invalid')} ungrounded {d.get('llm_ungrounded')} "
          f"budget {d.get('llm_budget')} failed {d.get('llm_failed')}")
prompts = [json.loads(l) for l in open(os.path.join(work, "prompts.jsonl"))]
leaks = [p for p in prompts if any(x in p.lower() for x in ["alex.doe@example.net", "alex doe", "555 0134", "555-0134"])]
print(f"prompts received by the server: {len(prompts)}, containing the user's address, name or phone: {len(leaks)}")
PY
