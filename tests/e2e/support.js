// Shared pieces of the end-to-end tests: a static server for the release build, Debian's
// Chromium driven by playwright-core, the question bank from the `score` command, and axe-core.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves a build (dist/ unless `dir` says otherwise) on a free localhost port, under `prefix`
 * (a sub-path such as '/a/b/'). `extra` maps paths to HTML the tests need beside it. With `spa`,
 * a missing file is answered with index.html and status 200, as many "single-page app" hosts
 * and school web filters do. `headers` are sent with every file.
 */
export async function serve({ extra = {}, prefix = '/', dir = dist, spa = false, headers = {} } = {}) {
  const server = createServer(async (req, res) => {
    const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (extra[full]) {
      res.writeHead(200, { 'content-type': types['.html'] });
      return res.end(extra[full]);
    }
    if (!full.startsWith(prefix)) {
      res.writeHead(404);
      return res.end('not found');
    }
    const path = '/' + full.slice(prefix.length);
    const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403);
      return res.end();
    }
    try {
      const body = await readFile(file);
      // A sandboxed iframe has an opaque origin, so its fetch of the wasm is cross-origin.
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
        ...headers,
      });
      res.end(body);
    } catch {
      if (spa) {
        res.writeHead(200, { 'content-type': types['.html'], ...headers });
        return res.end(await readFile(join(dir, 'index.html')));
      }
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  // A test that fails before closing its server must not keep the test process alive for ever.
  server.unref();
  return { url: `http://127.0.0.1:${server.address().port}${prefix}`, close: () => server.close() };
}

/** A host page that shows the quiz at `src` in an iframe sandboxed without its own origin. */
export const sandboxedHostPage = (src) => `<!doctype html><html lang="en"><title>Host page</title><link rel="icon" href="data:,">
  <iframe title="Career quiz" sandbox="allow-scripts" src="${src}" style="width:100%;height:90vh"></iframe></html>`;

/**
 * A new context and page at `url`, collecting uncaught page errors. `init` runs before the
 * page's own scripts; `options` go to the context.
 */
export async function openPage(browser, url, { init, options = {} } = {}) {
  const context = await browser.newContext(options);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { context, page, errors };
}

export const chromiumOptions = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
};

export async function launch() {
  return chromium.launch(chromiumOptions);
}

/** A browser with a profile on disk: unlike `launch()`'s contexts, not incognito. */
export async function launchWithProfile(dir) {
  return chromium.launchPersistentContext(dir, chromiumOptions);
}

/** The question bank as the `score` command prints it: [{id, section, text, keys}]. */
export function questionBank() {
  const score = join(root, 'target', 'release', 'score');
  return JSON.parse(execFileSync(score, ['--questions'], { encoding: 'utf8' }));
}

/** A student's answer to a question, from a rule on its section and its (first) trait. */
export function answerFor(bank, rule) {
  const byId = Object.fromEntries(bank.map((q) => [q.id, q]));
  return (id) => {
    const q = byId[id];
    const [trait, weight] = Object.entries(q.keys)[0];
    const value = rule(q.section, trait);
    return weight < 0 ? 6 - value : value;
  };
}

export async function currentQuestion(page) {
  return page.locator('fieldset[data-question]').getAttribute('data-question');
}

/** Answers the question on screen and moves on; returns its id. */
export async function answerOne(page, answer) {
  const id = await currentQuestion(page);
  await page.locator(`fieldset[data-question="${id}"] input[value="${answer(id)}"]`).click();
  // Next at once, as a quick student does. The quiz also moves on by itself after a pause; if
  // that comes first, this click, tied to the question just answered, finds nothing and gives up
  // rather than pressing the next question's button.
  const next = page.locator(`section.question:has(fieldset[data-question="${id}"]) .actions button.primary`);
  await next.click({ timeout: 3000 }).catch(() => {});
  return id;
}

/** On from the question on screen: Next when it has an answer, else the quiet Skip link. */
export async function moveOn(page) {
  const next = page.locator('.question .actions button.primary');
  if (await next.isVisible()) await next.click();
  else await page.locator('.question .skip button').click();
}

/**
 * Answers questions until `stop(count)` or the questions end; returns how many it answered.
 * `page` may be a Page or a FrameLocator (the quiz inside an iframe).
 */
export async function answerUntil(page, answer, stop = () => false) {
  let count = 0;
  await page.locator('main h1').first().waitFor();
  while (!stop(count) && (await page.locator('fieldset[data-question]').count()) > 0) {
    const before = await answerOne(page, answer);
    count += 1;
    await page.locator(`fieldset[data-question="${before}"]`).waitFor({ state: 'detached' });
  }
  return count;
}

/** The top five careers in the order the results page ranks them: the summary's cards, then the next. */
export async function rankedCareers(page) {
  await page.locator('ol.matches').waitFor();
  const cards = await page.locator('ol.matches > li').evaluateAll((els) => els.map((e) => e.dataset.career));
  const rest = await page.locator('ul.other-matches a').evaluateAll((els) => els.map((a) => a.getAttribute('href').replace('#career/', '')));
  return [...cards, ...rest].slice(0, 5);
}

let axeSource;

/** axe-core's WCAG 2.x A and AA violations on the page, as short strings. */
export async function axeViolations(page) {
  // Evaluated, not added as a <script>: the page's Content-Security-Policy rightly refuses those.
  await page.evaluate(axeSource ??= await readFile(join(root, 'tests/e2e/node_modules/axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export const perfusionistLike = (section, trait) => {
  switch (section) {
    case 'interests':
      return { realistic: 5, investigative: 5, conventional: 4, social: 3 }[trait] ?? 1;
    case 'work_styles':
      return 5;
    case 'subjects':
      return { biology: 5, chemistry: 5, physics: 4, maths: 4 }[trait] ?? 3;
    default:
      // Theatres, blood, on-call, emergencies and years of study would suit them; shifts, not
      // sure; lab benches, home visits, children, lifting patients and desk work, rather not.
      return { operating_theatre: 5, blood_wounds: 5, on_call: 5, emergencies: 5, long_study: 5, shifts: 3 }[trait] ?? 2;
  }
};

export const dislikesBloodHospitalsAndShifts = (section, trait) => {
  switch (section) {
    case 'interests':
      return ['social', 'artistic', 'enterprising'].includes(trait) ? 4 : 2;
    case 'work_styles':
      return 4;
    case 'subjects':
      return ['first_language', 'health_social_care', 'psychology'].includes(trait) ? 4 : 2;
    default:
      return trait === 'long_study' ? 3 : 1;
  }
};

/**
 * A message of the quiz's catalogue in `lang` (content/messages/LANG.toml): a plain text, or with
 * `form` one form of a counting message. Read with a pattern, not a TOML parser: the catalogue
 * keeps each message on one line.
 */
export async function message(lang, key, form) {
  const text = await readFile(join(root, `content/messages/${lang}.toml`), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${key} = `));
  if (!line) throw new Error(`${lang}.toml has no ${key}`);
  const value = line.slice(key.length + 3);
  if (!form) return JSON.parse(value);
  const found = value.match(new RegExp(`\\b${form} = ("(?:[^"\\\\]|\\\\.)*")`));
  if (!found) throw new Error(`${lang}.toml: ${key} has no ${form} form`);
  return JSON.parse(found[1]);
}
