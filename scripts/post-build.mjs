// Trunk's post-build hook (see Trunk.toml). In the staged build it:
// - minifies the wasm-bindgen glue and updates its integrity hash, and minifies the app's own
//   scripts and the service worker (1.5 KB less on a first visit);
// - moves the loader script Trunk inlines into a file of its own, so that the page has no inline
//   script and its Content-Security-Policy needs no per-build hash (a host copies it once);
// - adds the Content-Security-Policy meta tag;
// - writes sw.js, the service worker, with the list of files to precache, each with its
//   integrity hash, and a version that changes whenever any file does.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { precached } from './precache.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk: TRUNK_STAGING_DIR is not set');
const root = fileURLToPath(new URL('..', import.meta.url));

const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// The wasm-bindgen glue, minified with terser (from tests/e2e's pinned npm packages; Trunk's own
// JS minifier breaks this glue), and its integrity hash in index.html made to match.
const terser = join(root, 'tests/e2e/node_modules/terser/main.js');
if (!existsSync(terser)) throw new Error('terser is missing: run scripts/setup.sh');
const { minify } = await import(pathToFileURL(terser).href);
const glues = readdirSync(staging).filter((f) => /^career-quiz-[0-9a-f]+\.js$/.test(f));
if (glues.length !== 1) throw new Error(`expected one wasm-bindgen glue file, found ${glues.length}`);
const gluePath = join(staging, glues[0]);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const glue = readFileSync(gluePath);
const oldIntegrity = `integrity="${sri(glue)}"`;
if (!html.includes(oldIntegrity)) throw new Error(`index.html has no ${oldIntegrity} for ${glues[0]}`);
const minified = (await minify(glue.toString('utf8'), { module: true, compress: { passes: 2 }, format: { comments: false } })).code;
writeFileSync(gluePath, minified);
html = html.replace(oldIntegrity, `integrity="${sri(minified)}"`);
// The app's own scripts are classic scripts: minified without touching their globals
// (`frame.js` gives the For-schools page its contrast check). Not `embed.js` and `schools.js`,
// which a school's web admin may want to read.
const classic = { compress: { passes: 2 }, format: { comments: false } };
const minifyScript = async (text) => (await minify(text, classic)).code;
for (const script of readdirSync(staging).filter((f) => /^(boot|frame|crash|pwa)-[0-9a-f]+\.js$/.test(f))) {
  const path = join(staging, script);
  writeFileSync(path, await minifyScript(readFileSync(path, 'utf8')));
}
// Trunk's inline loader, moved into `start-HASH.js` beside the other scripts, unchanged but minified.
const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) throw new Error(`expected one inline loader script, found ${inline.length}`);
const loader = (await minify(inline[0][1], { module: true, format: { comments: false } })).code;
const loaderName = `start-${createHash('sha256').update(loader).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, loaderName), loader);
html = html.replace(inline[0][0], `<script type="module" src="./${loaderName}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('index.html still has an inline script');

// The policy, as a meta tag (frame-ancestors only works as a header: see README, Security).
const policy = readFileSync(join(root, 'content-security-policy.txt'), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).join('; ');
if (policy.includes('frame-ancestors')) throw new Error('frame-ancestors is ignored in a meta tag');
const marker = '<meta charset="utf-8">';
if (!html.includes(marker)) throw new Error(`index.html has no ${marker} to put the policy after`);
html = html.replace(marker, `${marker}\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);

// The welcome page of a first visit, in each language, drawn by the app's own components run
// natively (src/app/prerender.rs), for the page to show before the wasm has run.
const firstScreenMarker = '<!--first-screen-->';
if (!html.includes(firstScreenMarker)) throw new Error(`index.html has no ${firstScreenMarker}`);
const firstScreens = ['en', 'cy'].map((lang) => {
  const drawn = execFileSync('cargo', ['run', '--locked', '--quiet', '--features', 'prerender', '--bin', 'career-quiz', '--', lang],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  if (!drawn.includes('<main')) throw new Error(`the first screen in ${lang} has no <main>`);
  return `<div id="first-screen-${lang}" class="first-screen" lang="${lang}">${drawn}</div>`;
});
html = html.replace(firstScreenMarker, firstScreens.join('\n  '));
writeFileSync(indexPath, html);

const listStaged = () => readdirSync(staging, { recursive: true })
  .filter((f) => statSync(join(staging, f)).isFile())
  .map((f) => f.split('\\').join('/'))
  .sort();
let allFiles = listStaged();

// The For-schools page is copied as it is: point it at the hashed names Trunk gave the files it
// shares with the quiz.
const hashed = (pattern) => {
  const found = allFiles.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`expected one file matching ${pattern}, found ${found.length}`);
  return found[0];
};
// The static career pages (src/pages.rs), written by the native `pages` command.
execFileSync('cargo', ['run', '--release', '--locked', '--quiet', '--bin', 'pages', '--', staging, hashed(/^style-[0-9a-f]+\.css$/)],
  { cwd: root, stdio: 'inherit' });
allFiles = listStaged();

const schoolsPath = join(staging, 'schools.html');
writeFileSync(schoolsPath, readFileSync(schoolsPath, 'utf8')
  .replace('STYLESHEET', hashed(/^style-[0-9a-f]+\.css$/))
  .replace('FRAME_SCRIPT', hashed(/^frame-[0-9a-f]+\.js$/))
  .replace('FAVICON', hashed(/^favicon-[0-9a-f]+\.svg$/)));

const files = allFiles.filter(precached);
// The version covers every file, so a changed career page is not served from an old cache.
const version = createHash('sha256');
for (const f of allFiles.filter((f) => f !== 'sw.js')) version.update(f).update(readFileSync(join(staging, f)));
// Each precached URL with the integrity hash of its file: the worker keeps nothing else under it.
const entries = [['./', sri(readFileSync(indexPath))], ...files.map((f) => [`./${f}`, sri(readFileSync(join(staging, f)))])];
const worker = readFileSync(join(root, 'assets/sw.template.js'), 'utf8')
  .replace('"VERSION"', JSON.stringify(version.digest('hex').slice(0, 16)))
  .replace('["FILES"]', JSON.stringify(entries));
writeFileSync(join(staging, 'sw.js'), await minifyScript(worker));
console.log(`post-build: loader in ${loaderName}; sw.js precaches ${entries.length} URLs, each checked by its hash`);
