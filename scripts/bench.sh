#!/usr/bin/env bash
# Builds the release and the floor (a bare Leptos counter), then measures bytes and times and
# writes BENCHMARKS.md. BENCH_RUNS sets the runs per timing (default 15).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-browser
source scripts/env.sh
if ! cmp -s bench/package-lock.json bench/node_modules/.installed-lock.json 2>/dev/null; then
  # Lighthouse, pinned (12.x: 13 needs Node 22).
  (cd bench && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.installed-lock.json)
fi
trunk build --release
cargo build --release --locked --bin score
(cd bench/floor && CARGO_TARGET_DIR="$PWD/../../target/floor" trunk build --release)
node bench/bench.mjs
