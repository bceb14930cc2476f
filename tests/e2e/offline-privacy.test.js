// Offline, private and locked down: the service worker, the update flow, the manifest, requests
// to other origins, cookies, and the Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, launchWithProfile, questionBank, answerFor, answerUntil, perfusionistLike, root } from './support.js';

let browser;
let bank;
let answer;

before(async () => {
  browser = await launch();
  bank = questionBank();
  answer = answerFor(bank, perfusionistLike);
});
after(() => browser?.close());

/** A page whose service worker has installed and now controls it. */
async function controlledPage(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { context, page };
}

test('after a first visit the quiz loads and can be completed with the network off', async () => {
  const server = await serve();
  const { context, page } = await controlledPage(server.url);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  server.close(); // and nothing is listening any more either
  await page.reload();
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(page, answer);
  await page.locator('ol.matches > li').first().waitFor();
  await page.locator('ol.matches > li').first().getByRole('link').click();
  await page.locator('article.career h1').waitFor();
  await context.close();
});

test('a new version is offered, not forced, and the answers survive the update', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'quiz-deploy-'));
  await cp(join(root, 'dist'), dir, { recursive: true });
  const server = await serve({ dir });
  const { context, page } = await controlledPage(server.url);
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(page, answer, (n) => n === 3);
  const before = await page.evaluate(() => caches.keys());

  // Deploy a changed build: a new service worker version.
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  // The worker is minified: find its version by the cache it named.
  const version = before[0].replace('career-quiz-', '');
  assert.ok(before.length === 1 && sw.includes(version), `sw.js names its version ${version}`);
  await writeFile(join(dir, 'sw.js'), sw.replaceAll(version, `${version}-next`));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.getByRole('button', { name: 'Refresh to update' }).click();
  await page.waitForFunction((old) => caches.keys().then((keys) => keys.length === 1 && keys[0] !== old[0]), before);
  await page.locator('fieldset[data-question]').waitFor();
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('career-quiz:progress')));
  assert.equal(Object.keys(saved.answers).length, 3, 'the answers given before the update');
  assert.equal(await page.locator('fieldset[data-question]').getAttribute('data-question'), bank[3].id, 'same place');
  await context.close();
  server.close();
  await rm(dir, { recursive: true });
});

test('a web app manifest with icons makes it installable', async () => {
  const server = await serve();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(new URL(href, server.url).href)).json();
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  const sizes = [];
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, new URL(href, server.url)).href);
    assert.equal(response.status(), 200, icon.src);
    assert.equal(response.headers()['content-type'], 'image/png');
    sizes.push(icon.sizes);
  }
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'), sizes.join(' '));
  await context.close();

  // Chromium's own verdict, in a profile on disk (it never offers to install from incognito).
  const profile = await mkdtemp(join(tmpdir(), 'quiz-profile-'));
  const persistent = await launchWithProfile(profile);
  const installPage = await persistent.newPage();
  await installPage.goto(server.url);
  await installPage.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await persistent.newCDPSession(installPage);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  await persistent.close();
  await rm(profile, { recursive: true });
  server.close();
});

test('a whole visit asks no other origin for anything, sets no cookies, and breaks no CSP rule', async () => {
  const server = await serve();
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const requests = [];
  const consoleCsp = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && consoleCsp.push(m.text()));
  await page.goto(server.url);

  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /default-src 'self'/);
  // No inline script, so no hash that would change with every build.
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(policy, /unsafe-inline/);

  await page.getByRole('link', { name: 'Privacy: what this quiz keeps' }).click();
  await page.getByRole('heading', { name: 'Your privacy' }).waitFor();
  assert.match(await page.locator('main').innerText(), /Nothing is sent anywhere/);
  await page.getByRole('button', { name: 'Back to the start' }).click();
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(page, answer);
  for (const career of ['perfusionist', 'nurse']) {
    await page.locator('ol.matches > li').first().waitFor();
    const card = page.locator(`ol.matches > li[data-career="${career}"]`);
    if (await card.count()) await card.locator('h2 a').click();
    else {
      await page.locator('details.more-results > summary').click();
      await page.locator('.other-matches').getByRole('link', { name: /Nurse/ }).click();
    }
    await page.locator('article.career h1').waitFor();
    await page.getByRole('button', { name: 'Back to my results' }).click();
  }
  await page.evaluate(() => navigator.serviceWorker.ready);

  const origin = new URL(server.url).origin;
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
  assert.deepEqual(foreign, [], 'requests to other origins');
  assert.ok(requests.length > 5, `recorded ${requests.length} requests`);
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(consoleCsp, []);
  await context.close();
  server.close();
});
