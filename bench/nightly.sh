#!/usr/bin/env bash
# What a nightly run costs once a history is stored: nothing new, and a
# night's new mail, against a fresh run of that same new mail alone.
#
#   bench/nightly.sh [HISTORY] [NEW]      defaults: 200000 1000
#   PROFILE=release bench/nightly.sh
#
# Steps, each `jobtrack run` on an mbox source (every core), timed:
#   1. history: a fresh run of HISTORY synth messages (seed 1);
#   2. nothing new: the same run again (the mbox unchanged);
#   3. new mail: NEW synth messages (seed 2) appended to that mbox, run again;
#   4. fresh NEW: the NEW messages alone into an empty data root;
#   5. check: a fresh run of history + new in one mbox; its applications
#      digest must equal step 3's (nothing lost or doubled by increments).
# Prints each time, which stages each run skipped, and the two ratios the
# README keeps: step 2 in seconds, step 3 over step 4.
#
# Writes under ${BENCH_DIR:-/var/tmp/jobtrack-bench}.
set -euo pipefail
n="${1:-200000}"
new="${2:-1000}"
source "$(dirname "$0")/common.sh"
bin="$dir/jobtrack"
history="$work/synth-$n.mbox"
fresh_new="$work/synth-new-$new.mbox"
synth_mbox "$n" 1 "$history"
synth_mbox "$new" 2 "$fresh_new"
growing="$work/nightly-$n.mbox"
cp "$history" "$growing"
data="$work/nightly-$n"
rm -rf "$data" "$work/nightly-new-$new" "$work/nightly-check-$n"

# Runs jobtrack on mbox $1 into data root $2; prints its wall time in seconds.
timed_run() {
    local start end
    start=$(date +%s.%N)
    "$bin" run --source "mbox:$1" --data-dir "$2" >"$2.out" 2>"$2.log"
    end=$(date +%s.%N)
    python3 -c "print(f'{$end - $start:.2f}')"
}

digest() {
    "$bin" sql --data-dir "$1" --format csv "select * from applications order by all" 2>/dev/null \
        | sha256sum | cut -c1-16
}

skipped() {
    local report
    report=$(ls -t "$1"/runs/*/*.json | head -1)
    python3 - "$report" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
names = [x["name"] for x in r["stages"] if x["status"] == "skipped"]
line = f"{len(names)} of {len(r['stages'])} stages skipped"
print(line + (" (" + ", ".join(names) + ")" if names else ""))
PY
}

cat "$history" "$fresh_new" >/dev/null
t_history=$(timed_run "$growing" "$data")
echo "1. history, $n messages, fresh:       ${t_history} s; $(skipped "$data")"
t_none=$(timed_run "$growing" "$data")
echo "2. nothing new:                      ${t_none} s; $(skipped "$data")"
cat "$fresh_new" >>"$growing"
t_new=$(timed_run "$growing" "$data")
echo "3. $new new over the history:        ${t_new} s; $(skipped "$data")"
t_alone=$(timed_run "$fresh_new" "$work/nightly-new-$new")
echo "4. the same $new alone, fresh:       ${t_alone} s"
timed_run "$growing" "$work/nightly-check-$n" >/dev/null
a=$(digest "$data")
b=$(digest "$work/nightly-check-$n")
if [ "$a" = "$b" ]; then
    echo "5. applications after increments = a fresh run of all the mail (digest $a)"
else
    echo "5. MISMATCH: applications after increments $a, fresh run of all the mail $b" >&2
    exit 1
fi
python3 -c "print(f'nothing new: {$t_none:.2f} s (target <= 1 s); $new new: {$t_new / $t_alone:.2f}x a fresh run of them (target <= 3x)')"
