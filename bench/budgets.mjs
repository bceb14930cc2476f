// Checks a build against the byte budgets in bench/budgets.json; exits 1 when a ceiling is
// exceeded. Usage: node bench/budgets.mjs [DIST]. Run by scripts/test.sh after the release build.
import { readFileSync } from 'node:fs';
import { sizes, firstVisit } from './sizes.mjs';

const dist = process.argv[2] ?? 'dist';
const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'));
const rows = sizes(dist);
const measured = {
  wasm: rows.filter((r) => r.kind === 'wasm').reduce((total, r) => total + r.brotli, 0),
  firstVisit: firstVisit(rows).brotli,
};

let over = false;
for (const [name, bytes] of Object.entries(measured)) {
  const { [name]: ceiling } = budgets.ceiling;
  const { [name]: target } = budgets.target;
  const verdict = bytes > ceiling ? 'OVER THE CEILING' : bytes > target ? 'within the ceiling, above the target' : 'within the target';
  console.log(`${name}: ${bytes} B brotli; ceiling ${ceiling} B, target ${target} B: ${verdict}`);
  over ||= bytes > ceiling;
}
if (over) {
  console.error(`Byte budget exceeded (bench/budgets.json). See what costs the bytes with scripts/bench.sh and the README's "Size" notes.`);
  process.exit(1);
}
