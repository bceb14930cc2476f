// Starting up: the page is never blank while the quiz loads or when it cannot start, a host can
// copy the Content-Security-Policy header once for every build, a bad update is never installed,
// and a broken copy kept by a service worker is cleared away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, questionBank, answerFor, answerUntil, perfusionistLike, root, axeViolations } from './support.js';

let browser;
let server;
let answer;

before(async () => {
  browser = await launch();
  server = await serve();
  answer = answerFor(questionBank(), perfusionistLike);
});
after(async () => {
  await browser?.close();
  server?.close();
});

const failure = (page) => page.getByRole('alert').getByRole('heading', { name: 'The quiz could not start' });

/** Closes a context whose routes may still have requests in flight (the service worker's). */
const closeRouted = async (context) => {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
};

/** A page whose requests matching `pattern` are answered by `respond` (a route handler). */
async function openWith(pattern, respond, url = server.url) {
  const context = await browser.newContext();
  await context.route(pattern, respond);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { context, page, errors };
}

test('a wasm or script that cannot be had or run: a plain message and a reload button, not a blank page', async () => {
  const wasm = (await readdir(join(root, 'dist'))).find((f) => f.endsWith('_bg.wasm'));
  const bytes = await readFile(join(root, 'dist', wasm));
  const index = await readFile(join(root, 'dist/index.html'));
  const faults = {
    'the wasm is missing': ['**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: 'not found' })],
    'the wasm is cut short': ['**/*_bg.wasm', (route) => route.fulfill({ body: bytes.subarray(0, bytes.length >> 1), contentType: 'application/wasm' })],
    'the host sends its index.html for the wasm': ['**/*_bg.wasm', (route) => route.fulfill({ body: index, contentType: 'text/html' })],
    'the request for the wasm is dropped': ['**/*_bg.wasm', (route) => route.abort('connectionreset')],
    'the wasm-bindgen glue is served as text/plain with nosniff': ['**/career-quiz-*.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'text/plain', 'x-content-type-options': 'nosniff' } });
    }],
    'the loader is missing': ['**/start-*.js', (route) => route.fulfill({ status: 404, body: 'not found' })],
  };
  for (const [fault, [pattern, respond]] of Object.entries(faults)) {
    const { context, page } = await openWith(pattern, respond);
    await failure(page).waitFor({ timeout: 5000 }).catch(() => assert.fail(`${fault}: no message`));
    assert.match(await page.getByRole('alert').innerText(), /Answers you saved on this device are kept/, fault);
    assert.equal(await page.getByRole('button', { name: 'Reload the page' }).isVisible(), true, fault);
    assert.equal(await page.locator('.boot-slow').count(), 0, `${fault}: the message replaces the loading text`);
    if (fault === 'the wasm is missing') assert.deepEqual(await axeViolations(page), []);
    await closeRouted(context);
  }
  // In the student's language, as the app would have shown it.
  const { context, page } = await openWith('**/*_bg.wasm', (route) => route.fulfill({ status: 404 }), `${server.url}?lang=cy`);
  await page.getByRole('alert').getByRole('heading', { name: 'Doedd dim modd dechrau’r cwis' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await closeRouted(context);
});

test('every script refused: the static text still says what is happening, and after 8 s what to do', async () => {
  const { context, page } = await openWith('**/*.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'text/plain', 'x-content-type-options': 'nosniff' } });
  });
  await page.getByText('Loading the quiz…').waitFor();
  assert.equal(await page.locator('.boot-slow').isVisible(), false, 'the hint waits');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.boot-slow')).visibility === 'visible', null, { timeout: 12000 });
  assert.match(await page.locator('.boot-slow').innerText(), /check your connection and reload the page/);
  await closeRouted(context);
});

test('a slow wasm: the welcome page at once on a first visit, "Loading the quiz…" with a save, then the quiz takes their place', async () => {
  const slowly = async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  };
  const { context, page, errors } = await openWith('**/*_bg.wasm', slowly);
  await page.getByRole('heading', { name: 'Could you keep a heart beating?' }).waitFor({ timeout: 1000 });
  assert.equal(await page.getByText('Loading the quiz…').isVisible(), false);
  await page.waitForFunction(() => !document.querySelector('.first-screen'), null, { timeout: 15000 });
  assert.equal(await page.locator('#boot').count(), 0, 'no second copy of the screen');
  assert.equal(await page.locator('main').count(), 1, 'no second copy of the screen');
  assert.deepEqual(errors, []);
  await closeRouted(context);

  const returning = await browser.newContext();
  await returning.route('**/*_bg.wasm', slowly);
  const bank = questionBank();
  await returning.addInitScript((save) => localStorage.setItem('career-quiz:progress', save),
    JSON.stringify({ version: 1, answers: { [bank[0].id]: 4 }, current: bank[1].id, screen: 'welcome' }));
  const back = await returning.newPage();
  await back.goto(server.url);
  await back.getByText('Loading the quiz…').waitFor({ timeout: 1000 });
  await back.getByRole('link', { name: 'Carry on from question 2' }).waitFor({ timeout: 15000 });
  assert.equal(await back.locator('#boot').count(), 0, 'no second copy of the screen');
  await closeRouted(returning);
});

test('the Content-Security-Policy sent as a header, copied once from content-security-policy.txt, lets the quiz run', async () => {
  const policy = (await readFile(join(root, 'content-security-policy.txt'), 'utf8'))
    .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).join('; ');
  const strict = await serve({ headers: { 'content-security-policy': `${policy}; frame-ancestors 'self'`, 'x-content-type-options': 'nosniff' } });
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  await page.goto(strict.url);
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(page, answer, (n) => n === 2);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  const html = await readFile(join(root, 'dist/index.html'), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script, so no per-build hash');
  assert.doesNotMatch(policy, /sha256|unsafe-inline/);
  await context.close();
  strict.close();
});

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Deploys "a new build" into `dir` whose wasm is not uploaded yet: its index.html, loader and
 * service worker name a wasm file that is not there, under a new `version`. Returns a function that finishes the upload.
 */
async function deployWithoutWasm(dir, version) {
  const files = await readdir(dir);
  const wasm = files.find((f) => f.endsWith('_bg.wasm'));
  const next = wasm.replace(/-([0-9a-f]+)_bg/, '-0000000000000000_bg');
  let sw = await readFile(join(dir, 'sw.js'), 'utf8');
  for (const name of ['index.html', files.find((f) => /^start-.*\.js$/.test(f))].filter(Boolean)) {
    const before = await readFile(join(dir, name));
    const after = Buffer.from(before.toString('utf8').replaceAll(wasm, next));
    await writeFile(join(dir, name), after);
    sw = sw.replaceAll(sri(before), sri(after));
  }
  assert.ok(sw.includes(version), `sw.js names its version ${version}`);
  await writeFile(join(dir, 'sw.js'), sw.replaceAll(wasm, next).replaceAll(version, `${version.slice(0, 8)}00000000`));
  return () => cp(join(dir, wasm), join(dir, next));
}

/** A page whose service worker has installed and now controls it. */
async function controlledPage(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { context, page, errors };
}

test('an update whose wasm is missing on a host that answers with index.html is never installed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'quiz-spa-'));
  await cp(join(root, 'dist'), dir, { recursive: true });
  const spa = await serve({ dir, spa: true });
  const { context, page, errors } = await controlledPage(spa.url);
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(page, answer, (n) => n === 3);
  const [cacheBefore] = await page.evaluate(() => caches.keys());

  const finishUpload = await deployWithoutWasm(dir, cacheBefore.replace('career-quiz-', ''));
  const installed = () => page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update().catch(() => {});
    // Wait for the new worker to finish trying.
    const incoming = registration.installing;
    if (incoming) await new Promise((resolve) => incoming.addEventListener('statechange', () => incoming.state !== 'installing' && resolve()));
    return { waiting: registration.waiting !== null, caches: await caches.keys() };
  });
  assert.deepEqual(await installed(), { waiting: false, caches: [cacheBefore] }, 'nothing half-kept, no update offered');
  assert.equal(await page.getByRole('button', { name: 'Refresh to update' }).count(), 0);
  // The quiz goes on as it was, and still starts.
  await page.reload();
  await page.locator('fieldset[data-question]').waitFor();

  // Once the upload has finished, the update is offered and works.
  await finishUpload();
  assert.equal((await installed()).waiting, true, 'the whole build installs');
  await page.getByRole('button', { name: 'Refresh to update' }).click();
  await page.waitForFunction((old) => caches.keys().then((keys) => keys.length === 1 && keys[0] !== old), cacheBefore);
  await page.locator('fieldset[data-question]').waitFor();
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('career-quiz:progress')));
  assert.equal(Object.keys(saved.answers).length, 3, 'the answers given before the update');
  assert.deepEqual(errors, []);
  await context.close();
  spa.close();
  await rm(dir, { recursive: true });
});

test('a broken copy kept by a service worker is cleared away: the page reloads once from the network', async () => {
  const { context, page } = await controlledPage(server.url);
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(page, answer, (n) => n === 2);
  // What an older worker did on a host that answers a missing file with its index.html.
  await page.evaluate(async () => {
    const [key] = await caches.keys();
    const cache = await caches.open(key);
    const wasm = (await cache.keys()).find((r) => r.url.endsWith('_bg.wasm'));
    await cache.put(wasm, new Response('<!doctype html><title>Blocked</title>', { headers: { 'content-type': 'text/html' } }));
  });
  const loads = [];
  page.on('load', () => loads.push(Date.now()));
  await page.reload();
  await page.locator('fieldset[data-question]').waitFor({ timeout: 15000 });
  assert.equal(loads.length, 2, 'the broken load, then one reload');
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('career-quiz:progress')));
  assert.equal(Object.keys(saved.answers).length, 2, 'the answers are all there');
  // A fresh worker installs again, with every file whole.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => {
    const [key] = await caches.keys();
    if (!key) return false;
    const cache = await caches.open(key);
    const wasm = (await cache.keys()).find((r) => r.url.endsWith('_bg.wasm'));
    return wasm && (await cache.match(wasm)).headers.get('content-type') === 'application/wasm';
  });
  await context.close();
});
