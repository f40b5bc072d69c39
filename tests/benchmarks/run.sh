#!/bin/sh
# SIP Codes benchmarks (issue #7): configures a Release build in build-release, builds the
# benchmarks, runs every one and prints one line per figure - name, value, budget, ratio to the
# budget (or to the floor), PASS/FAIL, how it was measured. Exits non-zero when a budget is missed.
#
#   tests/benchmarks/run.sh
#   SIPCODES_BENCH_RUNS=10 tests/benchmarks/run.sh   start-up pairs (default 30)
#   SIPCODES_BENCH_JOBS=4 tests/benchmarks/run.sh    build jobs (default 2)
#
# Everything but start-up runs on Qt's offscreen platform. Start-up runs the bare QLabel floor and
# SIP Codes alike on a private X server (xvfb-run) when there is one, else offscreen too.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${SIPCODES_BENCH_BUILD:-$root/build-release}
jobs=${SIPCODES_BENCH_JOBS:-2}

log=$(mktemp)
if ! { cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DSIPCODES_BUILD_TESTS=ON -DSIPCODES_BENCHMARK_BUDGETS=ON &&
       cmake --build "$build" --target benchmarks --parallel "$jobs"; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    exit 2
fi
rm -f "$log"

# Empty settings, caches and a fixed language, so that no run sees another's or the user's.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/config" "$scratch/data" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
    XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" \
    LANG=en_US.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en QT_LOGGING_RULES='qt.qpa.*=false'
unset QT_QPA_PLATFORM

cpu=$(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)
echo "# machine: ${cpu:-unknown CPU}, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# figure  value unit  budget  ratio  result  how"

bench="$build/tests/benchmarks"
status=0
QT_QPA_PLATFORM=offscreen "$bench/bench_core" || status=1
QT_QPA_PLATFORM=offscreen "$bench/bench_ui" || status=1
if command -v xvfb-run >/dev/null 2>&1; then
    # -noreset: an X server resets itself (and recompiles its keymap, about 15 ms of its CPU here)
    # each time its last client leaves. A desktop's server always has other clients, so it never
    # does that between two program starts; without -noreset each run would also pay for the
    # previous run's reset, which adds the same delay to the floor and to SIP Codes alike and so
    # flatters the ratio.
    xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" "$bench/bench_startup" || status=1
else
    QT_QPA_PLATFORM=offscreen "$bench/bench_startup" || status=1
fi
QT_QPA_PLATFORM=offscreen "$bench/bench_decoder" || status=1

echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
