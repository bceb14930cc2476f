#!/usr/bin/env bash
# Sets up what is missing, builds the quiz and serves it on http://127.0.0.1:${PORT:-8080}/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
exec trunk serve --release --address 127.0.0.1 --port "${PORT:-8080}"
