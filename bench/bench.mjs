// The benchmark: bytes per file, time to the first question at 4x CPU throttling, answer to next
// question painted, native scoring, and the same figures for a bare Leptos counter (the floor).
// Run through scripts/bench.sh, which builds everything first. Writes BENCHMARKS.md.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { join, extname } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { sizes, firstVisit, table, listFiles } from './sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'tests/e2e/package.json'));
const { chromium } = require('playwright-core');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const THROTTLE = 4;
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };

/** Serves a build from memory, brotli-compressed (q 11) when the browser accepts it. */
async function serveCompressed(dist) {
  const files = Object.fromEntries(listFiles(dist).map((f) => {
    const raw = readFileSync(join(dist, f));
    return [f, { raw, br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }), gzip: gzipSync(raw, { level: 9 }) }];
  }));
  const encodings = new Set();
  const server = createServer((req, res) => {
    const name = new URL(req.url, 'http://x').pathname.slice(1) || 'index.html';
    const file = files[name];
    if (!file) { res.writeHead(404); return res.end(); }
    const accepts = req.headers['accept-encoding'] ?? '';
    const encoding = accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : null;
    encodings.add(encoding ?? 'identity');
    res.writeHead(200, { 'content-type': types[extname(name)] ?? 'application/octet-stream', ...(encoding && { 'content-encoding': encoding }) });
    res.end(encoding ? file[encoding] : file.raw);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, encodings, close: () => server.close() };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.round((s.length - 1) * q)];
  return { runs: s.length, median: at(0.5), min: s[0], max: s[s.length - 1], p10: at(0.1), p90: at(0.9) };
};
const ms = (x) => `${x.toFixed(0)} ms`;
const spread = (st) => `${ms(st.median)} (min ${ms(st.min)}, p90 ${ms(st.p90)}, max ${ms(st.max)}; ${st.runs} runs)`;

async function throttledPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return { context, page };
}

/**
 * Milliseconds from navigation until `selector` is in the page (its event handlers come with it),
 * optionally with progress already saved, as for a student coming back.
 */
async function timeToSelector(browser, url, selector, saved = null) {
  const { context, page } = await throttledPage(browser);
  await context.addInitScript(({ sel, saved }) => {
    if (saved) localStorage.setItem('career-quiz:progress', saved);
    new MutationObserver((_, observer) => {
      if (document.querySelector(sel)) {
        window.benchReady = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, { sel: selector, saved });
  await page.goto(url);
  await page.waitForFunction(() => window.benchReady !== undefined, null, { timeout: 60000 });
  const t = await page.evaluate(() => window.benchReady);
  await context.close();
  return t;
}

async function answerToNextPainted(browser, url) {
  const { context, page } = await throttledPage(browser);
  await page.goto(url);
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await page.locator('fieldset[data-question]').waitFor();
  const times = await page.evaluate(async () => {
    const out = [];
    const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    for (let i = 0; i < 200; i += 1) {
      const fieldset = document.querySelector('fieldset[data-question]');
      if (!fieldset) break;
      const id = fieldset.dataset.question;
      fieldset.querySelectorAll('input')[i % 5].click();
      await painted();
      const start = performance.now();
      document.querySelector('.question .actions button.primary').click();
      await painted();
      const next = document.querySelector('fieldset[data-question]');
      if (next && next.dataset.question === id) throw new Error('the question did not change');
      out.push(performance.now() - start);
    }
    return out;
  });
  await context.close();
  return times;
}

/**
 * Lighthouse's category scores (0–100) for a URL, with the same Chromium and flags: the median of
 * LIGHTHOUSE_RUNS runs (5 unless set), since one run's performance score moves by several points
 * with what else the machine is doing. Also the performance scores' range and the median largest
 * contentful paint and total blocking time. Run without blocking: the servers it measures live in
 * this process.
 */
async function lighthouse(url) {
  const out = join(root, 'target', 'lighthouse.json');
  const runs = [];
  for (let i = 0; i < Number(process.env.LIGHTHOUSE_RUNS ?? 5); i += 1) {
    await promisify(execFile)(join(root, 'bench/node_modules/.bin/lighthouse'), [
      url, '--quiet', '--output=json', `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
    ], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    runs.push({
      ...Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)])),
      lcp: report.audits['largest-contentful-paint'].numericValue,
      tbt: report.audits['total-blocking-time'].numericValue,
    });
  }
  const median = (key) => stats(runs.map((r) => r[key])).median;
  const performance = stats(runs.map((r) => r.performance));
  return {
    performance: performance.median, accessibility: median('accessibility'), 'best-practices': median('best-practices'), seo: median('seo'),
    performanceRange: [performance.min, performance.max], lcp: median('lcp'), tbt: median('tbt'), runs: runs.length,
  };
}

/** CDP's network emulation for "slow 4G": about 1.6 Mbps down, 750 kbps up, 150 ms round trip. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };

/**
 * A first or a repeat visit to the welcome page, as a student meets it: first contentful paint;
 * the start control usable (in the page, shown and painted); the start clicked at once, then
 * question 1 usable; the page's cumulative layout shift; and its total blocking time (each long
 * task's time over 50 ms, to question 1). `network` null: loopback. A repeat visit comes back in
 * the same context once the service worker controls it, so the worker serves what it keeps.
 */
async function visit(browser, url, network, repeat) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const b = (window.bench = { shifts: 0, blocking: 0 });
    const observe = (type, take) => new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, buffered: true });
    observe('paint', (e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; });
    // Shifts until the start is clicked: the page as it loads and as the app takes over.
    observe('layout-shift', (e) => { if (b.clicked === undefined || e.startTime < b.clicked) b.shifts += e.value; });
    observe('longtask', (e) => { if (b.question === undefined) b.blocking += Math.max(0, e.duration - 50); });
    // Our start (a link once the page carries the welcome screen, a button before) or the floor's.
    addEventListener('click', () => { b.clicked ??= performance.now(); }, true);
    new MutationObserver(() => {
      const start = document.querySelector('.welcome .primary');
      if (b.shown === undefined && start && start.getClientRects().length > 0) b.shown = performance.now();
      if (b.clicked !== undefined && b.question === undefined && document.querySelector('fieldset[data-question] input')) b.question = performance.now();
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  const open = async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    return page;
  };
  if (repeat) {
    const first = await open();
    await first.goto(url);
    await first.evaluate(() => navigator.serviceWorker.ready.then(() => new Promise((resolve) => {
      if (navigator.serviceWorker.controller) resolve();
      else navigator.serviceWorker.addEventListener('controllerchange', resolve);
    })));
    await first.close();
  }
  const page = await open();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.bench.shown !== undefined && window.bench.fcp !== undefined, null, { timeout: 60000, polling: 5 });
  // A real click, as a student's: the time is taken in the page as it arrives.
  await page.click('.welcome .primary');
  await page.waitForFunction(() => window.bench.question !== undefined, null, { timeout: 60000, polling: 5 });
  // Shifts and long tasks are reported a moment after they happen.
  await page.waitForTimeout(300);
  const b = await page.evaluate(() => window.bench);
  await context.close();
  return { fcp: b.fcp, usable: Math.max(b.shown, b.fcp), startToQuestion: b.question - b.clicked, cls: b.shifts, tbt: b.blocking };
}

/** Each figure of `visit` over RUNS runs, as stats. */
async function visits(browser, url, network, repeat) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await visit(browser, url, network, repeat));
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, stats(runs.map((r) => r[k]))]));
}

function nativeScoring() {
  const out = execFileSync('cargo', ['run', '--release', '-q', '--example', 'bench_scoring', '5000'], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop());
}

/**
 * `score batch`, one call each (single-threaded, as the command is), over 100,000 students:
 * share links with a name in front and JSON answers, to CSV; and JSON answers to JSON lines,
 * which carry every career with its reasons. 1,000 different students, each a hundred times
 * (nothing is cached, so each costs the same as a new one). Output to /dev/null; medians of
 * BATCH_RUNS runs (3 unless set), one run for JSON lines.
 */
function batchScoring() {
  const dir = join(root, 'target', 'bench-batch');
  mkdirSync(dir, { recursive: true });
  const score = join(root, 'target/release/score');
  const bank = JSON.parse(execFileSync(score, ['--questions'], { encoding: 'utf8' }));
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const distinct = Array.from({ length: 1000 }, (_, n) => JSON.stringify({
    id: `s${n}`, answers: Object.fromEntries(bank.filter(() => random() > 0.1).map((q) => [q.id, 1 + Math.floor(random() * 5)])),
  }));
  const students = 100000;
  const file = (name, lines) => {
    const path = join(dir, name);
    writeFileSync(path, `${Array.from({ length: students }, (_, n) => lines[n % lines.length]).join('\n')}\n`);
    return path;
  };
  writeFileSync(join(dir, 'distinct.jsonl'), `${distinct.join('\n')}\n`);
  const codes = execFileSync(score, ['batch', join(dir, 'distinct.jsonl')], { encoding: 'utf8', maxBuffer: 1 << 30 })
    .trim().split('\n').map((line, n) => `Student ${n}, https://school.example/quiz/#shared/${JSON.parse(line).share_code}`);
  const inputs = { links: file('links.txt', codes), answers: file('answers.jsonl', distinct) };
  const seconds = (args) => {
    const start = process.hrtime.bigint();
    execFileSync(score, ['batch', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    return Number(process.hrtime.bigint() - start) / 1e9;
  };
  const median = (args, runs) => stats(Array.from({ length: runs }, () => seconds(args))).median;
  const runs = Number(process.env.BATCH_RUNS ?? 3);
  const row = (what, input, args, runs) => ({ what, students, inputMB: statSync(input).size / 1e6, seconds: median([...args, input], runs) });
  return [
    row('share links with a name, to CSV', inputs.links, ['--format', 'csv'], runs),
    row('JSON answers, to CSV', inputs.answers, ['--format', 'csv'], runs),
    row('JSON answers, to JSON lines (every career, with reasons)', inputs.answers, [], 1),
  ];
}

function machine() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  let chromiumVersion = '';
  try { chromiumVersion = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim(); } catch { /* reported as empty */ }
  return `${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${chromiumVersion}, Node ${process.version}`;
}

const quizDist = join(root, 'dist');
const floorDist = join(root, 'bench/floor/dist');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const quiz = await serveCompressed(quizDist);
const floor = await serveCompressed(floorDist);

const resumeAtFirstQuestion = JSON.stringify({ version: 1, answers: {}, current: null, screen: 'quiz' });
const welcome = [];
const firstQuestion = [];
const firstQuestionWelsh = [];
const floorReady = [];
for (let i = 0; i < RUNS; i += 1) {
  welcome.push(await timeToSelector(browser, quiz.url, '.welcome a.primary'));
  firstQuestion.push(await timeToSelector(browser, quiz.url, 'fieldset[data-question] input', resumeAtFirstQuestion));
  // Welsh comes as a file fetched after the wasm starts: one more request before the question.
  firstQuestionWelsh.push(await timeToSelector(browser, `${quiz.url}?lang=cy`, 'fieldset[data-question] input', resumeAtFirstQuestion));
  floorReady.push(await timeToSelector(browser, floor.url, 'button'));
}
const answering = await answerToNextPainted(browser, quiz.url);
// The first screen under four conditions; with BENCH_BEFORE (another build's dist), that build
// beside this one, served the same way, in the same run.
const before = process.env.BENCH_BEFORE ? await serveCompressed(process.env.BENCH_BEFORE) : null;
const firstScreen = [];
for (const [label, network, repeat] of [['loopback, first visit', null, false], ['loopback, repeat visit (service worker)', null, true],
  ['slow 4G, first visit', SLOW_4G, false], ['slow 4G, repeat visit (service worker)', SLOW_4G, true]]) {
  firstScreen.push({ label, quiz: await visits(browser, quiz.url, network, repeat), before: before && await visits(browser, before.url, network, repeat) });
}
before?.close();
await browser.close();
const lighthouseQuiz = await lighthouse(quiz.url);
const lighthouseFloor = await lighthouse(floor.url);
quiz.close();
floor.close();
const scoring = nativeScoring();
const batch = batchScoring();

const quizRows = sizes(quizDist);
const floorRows = sizes(floorDist);
const wasmBrotli = (rows) => rows.filter((r) => r.kind === 'wasm').reduce((t, r) => t + r.brotli, 0);
const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: machine(),
  encodingsServed: [...quiz.encodings],
  firstScreen,
  quiz: { firstVisit: firstVisit(quizRows), wasmBrotli: wasmBrotli(quizRows), welcome: stats(welcome), firstQuestion: stats(firstQuestion), firstQuestionWelsh: stats(firstQuestionWelsh), answerToNext: stats(answering) },
  floor: { firstVisit: firstVisit(floorRows), wasmBrotli: wasmBrotli(floorRows), ready: stats(floorReady) },
  scoring,
  batch,
  lighthouse: { quiz: lighthouseQuiz, floor: lighthouseFloor },
};
const lh = (scores) => `performance ${scores.performance} (${scores.performanceRange.join('–')}), accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, SEO ${scores.seo}; LCP ${ms(scores.lcp)}, TBT ${ms(scores.tbt)}`;

const report = `# Benchmarks

Measured ${results.date} on ${results.machine}, by \`scripts/bench.sh\`. Served from localhost
with ${results.encodingsServed.join(', ')} encoding; Chromium's CPU throttled ${THROTTLE}x (CDP
\`Emulation.setCPUThrottlingRate\`). Times are from navigation; each run uses a fresh browser
context with an empty cache.

## Bytes: the quiz

${table(quizRows)}

## Bytes: the floor (a bare Leptos counter, same release profile)

${table(floorRows)}

## Times

| what | quiz | floor |
|---|---|---|
| navigation → first answer option in the page (student resuming at a question) | ${spread(results.quiz.firstQuestion)} | |
| the same in Welsh (\`?lang=cy\`: \`lang/cy.json\` fetched too, ${quizRows.find((r) => r.file === 'lang/cy.json')?.brotli} bytes brotli) | ${spread(results.quiz.firstQuestionWelsh)} | |
| navigation → welcome page's start button in the page (first visit) | ${spread(results.quiz.welcome)} | ${spread(results.floor.ready)} (the counter's button) |
| answer → next question painted, over a whole quiz | ${spread(results.quiz.answerToNext)} | |
| scoring all ${scoring.careers} careers on ${scoring.questions} answers, native (release) | median ${scoring.median_us} µs (p10 ${scoring.p10_us}, p90 ${scoring.p90_us}; ${scoring.runs} runs); the ranking alone, without reasons, ${scoring.ranking_median_us} µs | |

## Bulk scoring (\`score batch\`, one call, single-threaded, output to /dev/null)

| input → output | students | input | time | students a second |
|---|---:|---:|---:|---:|
${batch.map((b) => `| ${b.what} | ${b.students.toLocaleString('en-GB')} | ${b.inputMB.toFixed(1)} MB | ${b.seconds.toFixed(2)} s | ${Math.round(b.students / b.seconds).toLocaleString('en-GB')} |`).join('\n')}

## The first screen: slow 4G and the service worker

CPU throttled ${THROTTLE}x throughout; "slow 4G" is CDP \`Network.emulateNetworkConditions\` at
${(SLOW_4G.downloadThroughput * 8 / 1e6).toFixed(2)} Mbps down, ${(SLOW_4G.uploadThroughput * 8 / 1e3).toFixed(0)} kbps up and ${SLOW_4G.latency} ms of latency. Medians of ${RUNS} runs.
"Usable": the start control in the page, shown and painted. "Start → question 1": the start
clicked the moment it is usable, until question 1's answers are in the page. TBT: each long
task's time over 50 ms, from navigation to question 1.${firstScreen[0].before ? ` "Before": the build in \`${process.env.BENCH_BEFORE}\`, measured beside this one in the same run.` : ''}

| conditions | build | first contentful paint | start usable | start → question 1 | CLS | TBT |
|---|---|---:|---:|---:|---:|---:|
${firstScreen.flatMap(({ label, quiz: q, before: b }) => [[label, 'this', q], ...(b ? [[label, 'before', b]] : [])])
    .map(([label, build, r]) => `| ${label} | ${build} | ${ms(r.fcp.median)} | ${ms(r.usable.median)} | ${ms(r.startToQuestion.median)} | ${r.cls.median.toFixed(3)} | ${ms(r.tbt.median)} |`).join('\n')}

## Lighthouse (npm \`lighthouse\`, its default simulated mobile throttling, same Chromium and flags)

Medians of ${lighthouseQuiz.runs} runs each, the performance scores' range in brackets.

| | scores |
|---|---|
| quiz (welcome page) | ${lh(lighthouseQuiz)} |
| floor | ${lh(lighthouseFloor)} |

## Targets

| target | budget | measured |
|---|---|---|
| first visit, brotli | ≤ 120 KB (122,880 bytes) | ${results.quiz.firstVisit.brotli} bytes |
| wasm, brotli | ≤ 90 KB (92,160 bytes) | ${results.quiz.wasmBrotli} bytes |
| welcome's start usable at ${THROTTLE}x, loopback, first visit | ≤ 250 ms | ${ms(firstScreen[0].quiz.usable.median)} median |
| readable and usable on slow 4G at ${THROTTLE}x, first visit | ≤ 1.5 s | ${ms(firstScreen[2].quiz.usable.median)} median |
| layout shift, first visit, loopback and slow 4G | 0 | ${firstScreen[0].quiz.cls.max.toFixed(3)} and ${firstScreen[2].quiz.cls.max.toFixed(3)} at most |
| first question interactive at ${THROTTLE}x | ≤ 1 s | ${ms(results.quiz.firstQuestion.median)} median |
| \`score batch\`, share links to CSV, one thread | ≥ 100,000 students a second | ${Math.round(batch[0].students / batch[0].seconds).toLocaleString('en-GB')} |
| answer → next question painted at ${THROTTLE}x | ≤ 50 ms median | ${ms(results.quiz.answerToNext.median)} median |
| Lighthouse performance | ≥ 98 | ${lighthouseQuiz.performance} median (${lighthouseQuiz.performanceRange.join('–')}) |
| Lighthouse accessibility | 100 | ${lighthouseQuiz.accessibility} |
`;
writeFileSync(join(root, 'BENCHMARKS.md'), report);
console.log(report);
console.log(JSON.stringify(results));
