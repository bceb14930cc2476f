// Bytes per file of a build: raw, gzip -9 and brotli -q 11, and what a first visit transfers.
// Usage: node bench/sizes.mjs [DIST]   (prints JSON; --table prints a Markdown table)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { precached, notPrecachedBecause } from '../scripts/precache.mjs';

/** Every file under `dir`, as paths relative to it with '/' separators, sorted. */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

export function sizes(dist) {
  const files = listFiles(dist);
  return files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    return {
      file,
      kind: { '.wasm': 'wasm', '.js': 'js', '.html': 'html', '.css': 'css', '.png': 'image', '.svg': 'image' }[extname(file)] ?? 'other',
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
  });
}

/**
 * Everything a first visit fetches: the page, its scripts, wasm, styles, icons, manifest and the
 * service worker, which then fetches every file of the build it precaches for offline use (all
 * but the For-schools page and embed.js, which students never load).
 */
export function firstVisit(rows) {
  const fetched = rows.filter((row) => row.file === 'sw.js' || precached(row.file));
  const sum = (key) => fetched.reduce((total, row) => total + row[key], 0);
  return { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

export function table(rows) {
  const total = firstVisit(rows);
  const note = (file) => (file === 'sw.js' || precached(file) ? '' : ` (${notPrecachedBecause(file)}: not in a first visit)`);
  const line = (r) => `| ${r.file} | ${r.kind}${note(r.file)} | ${r.raw} | ${r.gzip} | ${r.brotli} |`;
  return [
    '| file | kind | raw | gzip -9 | brotli -q 11 |',
    '|---|---|---:|---:|---:|',
    ...rows.map(line),
    `| **first visit** | | ${total.raw} | ${total.gzip} | ${total.brotli} |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
  const rows = sizes(dist);
  console.log(process.argv.includes('--table') ? table(rows) : JSON.stringify({ files: rows, firstVisit: firstVisit(rows) }, null, 1));
}
