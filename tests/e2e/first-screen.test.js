// The first screen before the wasm: index.html carries the welcome page, drawn at build time by
// the app's own components, so a first visit can read it and press Start while the wasm is
// still on its way. Each test holds the wasm back (a route that answers only when told), does
// what a student would in that time, then lets the wasm through and checks that the app took
// over without losing any of it: the same pixels, no layout shift, the click, the typing, the
// open panel and the focus.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, axeViolations, questionBank, currentQuestion } from './support.js';

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * A page at `url` whose wasm is held back until `release()` is called. `init` runs before the
 * page's own scripts (a save, say). Layout shifts are summed from the start, in `window.shifted`.
 */
async function heldBack(url, { init, options = {} } = {}) {
  const context = await browser.newContext(options);
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await context.route('**/*_bg.wasm', async (route) => {
    await released;
    await route.continue();
  });
  await context.addInitScript(() => {
    window.shifted = 0;
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries()) window.shifted += shift.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // Frames drawn without the welcome's heading once it has been drawn: a flash.
    window.flashes = 0;
    let seen = false;
    const frame = () => {
      const heading = document.querySelector('main h1');
      const drawn = heading !== null && heading.getClientRects().length > 0;
      if (seen && !drawn) window.flashes += 1;
      seen ||= drawn;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { context, page, errors, release };
}

/** Whether the app has taken over: the first screen's copies are gone and the app's page is in. */
const appRunning = (page) => page.waitForFunction(() => !document.querySelector('.first-screen') && document.querySelector('body > main'));

/** The boxes of what a student sees on the welcome page, to compare across the takeover. */
const boxes = (page) => page.evaluate(() => [...document.querySelectorAll('header, main h1, main p, main .actions a, main summary, footer p, footer button')]
  .filter((e) => e.getClientRects().length > 0)
  .map((e) => { const r = e.getBoundingClientRect(); return `${e.tagName} ${e.textContent.slice(0, 20)} ${r.x},${r.y} ${r.width}x${r.height}`; }));

for (const [lang, query, heading, start] of [['en', '', 'Could you keep a heart beating?', 'Start the quiz'], ['cy', '?lang=cy', 'Allech chi gadw calon i guro?', 'Dechrau’r cwis']]) {
  test(`${lang}: the welcome page is on screen and usable before any wasm; Start clicked then leads to question 1`, async () => {
    const { context, page, errors, release } = await heldBack(`${server.url}${query}`);
    await page.getByRole('heading', { name: heading }).waitFor();
    assert.equal(await page.locator('#boot').isVisible(), false, 'no loading text over it');
    assert.equal(await page.locator('main').count(), 1, 'one copy in the page: each id once');
    assert.equal(await page.locator('.first-screen').count(), 1, 'the app has not taken over');
    await page.getByRole('link', { name: start }).click();
    // Until the app runs, the page says it is loading rather than seeming to ignore the click.
    await page.locator('#boot').waitFor();
    assert.equal(await page.getByRole('heading', { name: heading }).isVisible(), false);
    release();
    await page.locator('fieldset[data-question]').waitFor();
    assert.equal(await currentQuestion(page), questionBank()[0].id, 'question 1');
    assert.equal(new URL(page.url()).hash, '#quiz');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const [lang, heading, start] of [['en', 'Could you keep a heart beating?', 'Start the quiz'], ['cy', 'Allech chi gadw calon i guro?', 'Dechrau’r cwis']]) {
  for (const [width, height] of [[390, 844], [1280, 800]]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${lang}, ${width} px, ${colorScheme}: the app takes over with the same pixels and no layout shift`, async () => {
        const url = lang === 'en' ? server.url : `${server.url}?lang=${lang}`;
        const { context, page, errors, release } = await heldBack(url, { options: { viewport: { width, height }, colorScheme } });
        await page.getByRole('link', { name: start }).waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        if (width === 390) assert.deepEqual(await axeViolations(page), [], 'axe on the page drawn at build time');
        const before = await page.screenshot();
        const boxesBefore = await boxes(page);
        release();
        await appRunning(page);
        await page.getByRole('heading', { name: heading }).waitFor();
        // Settled: the app's fonts and styles are the page's own, so one frame is enough.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        assert.deepEqual(await boxes(page), boxesBefore, 'every box where it was');
        assert.ok((await page.screenshot()).equals(before), 'the same pixels before and after');
        assert.equal(await page.evaluate(() => window.shifted), 0, 'cumulative layout shift');
        assert.equal(await page.evaluate(() => window.flashes), 0, 'no frame without the screen');
        assert.equal(await page.locator('main').count(), 1, 'one copy of the screen');
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }
}

test('what the student did before the wasm ran is kept: the open panel, the code typed, the focus', async () => {
  const { context, page, release } = await heldBack(server.url);
  await page.getByText('Have a resume code? Carry on where you left off').click();
  await page.getByLabel('Resume code').fill('ABC');
  await page.getByLabel('Resume code').focus();
  release();
  await appRunning(page);
  assert.equal(await page.locator('details.resume-code').evaluate((d) => d.open), true, 'the panel open');
  assert.equal(await page.getByLabel('Resume code').inputValue(), 'ABC', 'the code typed');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'resume-code-input', 'the focus');
  await context.close();
});

test('a button pressed before the wasm ran is pressed again once it runs', async () => {
  const { context, page, release } = await heldBack(server.url);
  await page.getByRole('button', { name: 'Clear my data' }).click();
  release();
  await appRunning(page);
  // Clear my data asks first, and its dialog takes the focus.
  await page.getByRole('alertdialog').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'No, keep them');
  await context.close();
});

test('a resume code typed and sent with Enter before the wasm ran is read once it runs', async () => {
  const { context, page, release } = await heldBack(server.url);
  await page.getByText('Have a resume code? Carry on where you left off').click();
  await page.getByLabel('Resume code').fill('ABC');
  await page.getByLabel('Resume code').press('Enter');
  assert.equal(new URL(page.url()).search, '', 'Enter did not reload the page (and lose the code)');
  release();
  await appRunning(page);
  // The app sent the form again, and says what is wrong with this code.
  await page.getByRole('alert').filter({ hasText: 'That code is too short or too long' }).waitFor();
  await context.close();
});

test('a returning student with a save is not shown the first visit\'s page: the app says "Carry on"', async () => {
  const bank = questionBank();
  const save = JSON.stringify({ version: 1, answers: { [bank[0].id]: 3, [bank[1].id]: 4 }, current: bank[2].id, screen: 'welcome' });
  const { context, page, release } = await heldBack(server.url, { init: `localStorage.setItem('career-quiz:progress', ${JSON.stringify(save)})` });
  await page.locator('#boot').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Start the quiz' }).isVisible(), false, 'nothing that the save contradicts');
  release();
  await page.getByRole('link', { name: 'Carry on from question 3' }).waitFor();
  await context.close();
});

test('an address with a screen, a school\'s options or an iframe: nothing drawn before the app but the loading text', async () => {
  for (const url of [`${server.url}#privacy`, `${server.url}?compact`, `${server.url}?accent=%231d70b8`]) {
    const { context, page, release } = await heldBack(url);
    await page.locator('#boot').waitFor();
    assert.equal(await page.locator('main').count(), 0, url);
    release();
    await page.locator('body > main h1').waitFor();
    await context.close();
  }
  const host = await serve({ extra: { '/host.html': '<!doctype html><html lang="en"><title>Host</title><iframe title="Career quiz" src="/"></iframe></html>' } });
  const { context, page, release } = await heldBack(`${host.url}host.html`);
  const frame = page.frameLocator('iframe');
  await frame.locator('#boot').waitFor();
  assert.equal(await frame.locator('main').count(), 0, 'in an iframe');
  release();
  await frame.locator('body > main h1').waitFor();
  await context.close();
  host.close();
});

test('the wasm is asked for at once, before the first paint; the service worker, manifest and icons only after it', async () => {
  const context = await browser.newContext();
  const requested = [];
  context.on('request', (request) => requested.push({ path: new URL(request.url()).pathname, at: Date.now() }));
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('body > main h1').waitFor();
  // Give the worker time to install and fetch what it keeps.
  await page.evaluate(() => navigator.serviceWorker.ready);
  const paint = await page.evaluate(() => performance.timeOrigin + performance.getEntriesByName('first-contentful-paint')[0].startTime);
  const first = (pattern) => requested.find((r) => pattern.test(r.path));
  assert.ok(first(/_bg\.wasm$/).at < paint, 'the wasm is on its way before the first paint');
  for (const later of [/\/sw\.js$/, /manifest\.webmanifest$/, /\/icons\//, /favicon/]) {
    const found = requested.filter((r) => later.test(r.path));
    for (const r of found) assert.ok(r.at > paint, `${r.path} asked for ${paint - r.at} ms before the first paint`);
  }
  assert.ok(first(/\/sw\.js$/), 'the service worker was registered');
  await context.close();
});
