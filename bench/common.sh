# Sourced by every bench script: from the repository root, builds the
# binaries and examples in the chosen profile and sets
#   dir   the build's folder (jobtrack and examples/ are in it)
#   work  the benchmarks' folder, ${BENCH_DIR:-/var/tmp/jobtrack-bench}
# and defines synth_mbox.
# PROFILE=release builds with --release (a cold release build is long).
# --workspace: building one package alone resolves other features and
# rebuilds DataFusion.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
profile="${PROFILE:-dev}"
target="${CARGO_TARGET_DIR:-target}"
flag=(); [ "$profile" = release ] && flag=(--release)
cargo build -q "${flag[@]}" --workspace --bins --examples
dir="$target/$([ "$profile" = release ] && echo release || echo debug)"
work="${BENCH_DIR:-/var/tmp/jobtrack-bench}"
mkdir -p "$work"

# synth_mbox N SEED FILE: a synth mailbox of N messages with SEED at FILE,
# made once (kept for the next run of any bench).
synth_mbox() {
    [ -s "$3" ] || "$dir/jobtrack" synth --messages "$1" --seed "$2" --out "$3" >/dev/null
}
