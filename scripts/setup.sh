#!/usr/bin/env bash
# Installs what building and testing the quiz needs, at pinned versions, and only what is missing.
# Usage: scripts/setup.sh [--with-browser]   (the browser is needed by the tests, not to serve)
# Nothing here downloads a prebuilt binary: Rust tools are built by cargo, wasm-opt comes from the
# npm package binaryen, Chromium from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
CYMRAEG_MCP_VERSION=0.1.0
# webpki-roots 1.0.11, which wasm-bindgen-cli's own lock file names, is not on the registry; 1.0.10
# satisfies the same requirement.
WEBPKI_ROOTS_FOR_WASM_BINDGEN=1.0.10
TOOLS="${CAREER_QUIZ_TOOLS:-$HOME/.local/career-quiz-tools}"
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# Trunk runs offline, so the wasm-bindgen it asks for must be the one Cargo.lock builds against.
if ! grep -qx "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  say "Trunk.toml's wasm_bindgen must be $WASM_BINDGEN_VERSION, the version in Cargo.lock" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$("$TOOLS/bin/trunk" --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "building trunk $TRUNK_VERSION (about ten minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features --features rustls --root "$TOOLS"
fi

if [ "$("$TOOLS/bin/wasm-bindgen" --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "building wasm-bindgen-cli $WASM_BINDGEN_VERSION (the version in Cargo.lock)"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # Fetch the crate's source through a throw-away manifest, then build it with its own lock file.
  mkdir -p "$work/fetch/src" && touch "$work/fetch/src/lib.rs"
  printf '[package]\nname = "fetch"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\nwasm-bindgen-cli = "=%s"\n' \
    "$WASM_BINDGEN_VERSION" > "$work/fetch/Cargo.toml"
  (cd "$work/fetch" && cargo fetch -q)
  src=$(find "${CARGO_HOME:-$HOME/.cargo}/registry/src" -maxdepth 2 -type d -name "wasm-bindgen-cli-$WASM_BINDGEN_VERSION" | head -n 1)
  cp -r "$src" "$work/cli"
  (cd "$work/cli" && { grep -q "^name = \"webpki-roots\"" Cargo.lock && cargo update -q -p webpki-roots --precise "$WEBPKI_ROOTS_FOR_WASM_BINDGEN" || true; } \
    && cargo install --path . --locked --root "$TOOLS")
  rm -rf "$work"
fi

# A copy of the lock file marks a finished install; npm's own copy leaves out the root entry.
if ! cmp -s tests/e2e/package-lock.json tests/e2e/node_modules/.installed-lock.json 2>/dev/null; then
  say "installing the npm packages in tests/e2e (wasm-opt, playwright-core, axe-core)"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.installed-lock.json)
fi

# The tests also need Debian's hunspell, and Debian's Python with venv and PyYAML, for the Welsh
# proofing (cymraeg-mcp is pure Python; PyYAML from Debian rather than a compiled wheel).
if [ "${1:-}" = "--with-browser" ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v hunspell >/dev/null || missing+=(hunspell)
  /usr/bin/python3 -c 'import ensurepip, yaml' 2>/dev/null || missing+=(python3-venv python3-yaml)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian's ${missing[*]}"
    sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
    sudo_if_needed apt-get update -q
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  fi
  # Only the parts of cymraeg-mcp the proofing uses (--no-deps: not its MCP server's).
  if ! "$TOOLS/welsh-proof/bin/python" -c "import cymraeg_mcp, yaml; assert cymraeg_mcp.__version__ == '$CYMRAEG_MCP_VERSION'" 2>/dev/null; then
    say "installing cymraeg-mcp $CYMRAEG_MCP_VERSION for the Welsh proofing"
    rm -rf "$TOOLS/welsh-proof"
    /usr/bin/python3 -m venv --system-site-packages "$TOOLS/welsh-proof"
    "$TOOLS/welsh-proof/bin/pip" install -q --no-deps --no-binary :all: "cymraeg-mcp==$CYMRAEG_MCP_VERSION"
  fi
fi
say "ready: trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, $(tests/e2e/node_modules/.bin/wasm-opt --version)"
