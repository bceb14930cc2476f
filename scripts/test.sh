#!/usr/bin/env bash
# Sets up what is missing and runs every test: native (cargo test) and end to end (headless
# Chromium against the release build).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-browser
source scripts/env.sh

echo "== format and lints"
cargo fmt --check
cargo clippy --release --locked --all-targets -- -D warnings
cargo clippy --release --locked --features web --target wasm32-unknown-unknown --bin career-quiz -- -D warnings
# The same binary run natively at build time draws the first screen (src/app/prerender.rs).
cargo clippy --locked --features prerender --bin career-quiz -- -D warnings

echo "== Welsh proofing (spelling and mutations)"
"$TOOLS/welsh-proof/bin/python" scripts/welsh-proof.py

echo "== native tests"
cargo test --release --locked

echo "== release build"
cargo build --release --locked --bin score
trunk build --release

echo "== byte budgets"
node bench/budgets.mjs dist

echo "== end-to-end tests ($(chromium --version 2>/dev/null))"
(cd tests/e2e && npm test)
