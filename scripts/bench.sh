#!/usr/bin/env bash
# Builds the release and the floor (a bare Leptos counter), then measures bytes and times and
# writes BENCHMARKS.md. BENCH_RUNS sets the runs per timing (default 15).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-browser
source scripts/env.sh
trunk build --release
(cd bench/floor && CARGO_TARGET_DIR="$PWD/../../target/floor" trunk build --release)
node bench/bench.mjs
