#!/usr/bin/env bash
# Builds one of the i18n-crate variants (or the floor) with the quiz's release profile and prints
# the size of its optimised wasm: raw, gzip -9 and brotli q11. Not part of CI.
# Usage: bench/i18n-crates/measure.sh DIR CRATE [cargo args]   (DIR: a-leptos_i18n, b-leptos-fluent, ../floor)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../../scripts/env.sh"
dir=$1; name=$2; shift 2
cd "$here/$dir"
export CARGO_TARGET_DIR="$here/../../target/i18n-crates/$name"
cargo build --release --target wasm32-unknown-unknown "$@"
out="$CARGO_TARGET_DIR/measured"
rm -rf "$out" && wasm-bindgen --target web --no-typescript --out-dir "$out" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/$name.wasm"
wasm-opt -Oz "$out/${name}_bg.wasm" -o "$out/opt.wasm"
node -e "
const fs = require('fs'), z = require('zlib'); const b = fs.readFileSync(process.argv[1]);
const br = z.brotliCompressSync(b, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log('$dir $*: wasm raw', b.length, 'gzip', z.gzipSync(b, { level: 9 }).length, 'brotli', br);" "$out/opt.wasm"
