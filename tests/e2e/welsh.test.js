// The quiz in Welsh: chosen by the address or by the switch on every screen, remembered, with
// the page's language following; what happens when the Welsh file cannot be had.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, questionBank, answerFor, answerOne, perfusionistLike, openPage, message } from './support.js';

let server;
let browser;
let bank;
let answer;

before(async () => {
  server = await serve();
  browser = await launch();
  bank = questionBank();
  answer = answerFor(bank, perfusionistLike);
});

after(async () => {
  await browser?.close();
  server?.close();
});

const pageLanguage = (page) => page.evaluate(() => document.documentElement.lang);

test('?lang=cy shows the quiz in Welsh, with Welsh plurals and html lang="cy"', async () => {
  const { context, page, errors } = await openPage(browser, `${server.url}?lang=cy`);
  await page.locator('main h1').waitFor();
  assert.equal(await pageLanguage(page), 'cy');
  assert.equal(await page.title(), await message('cy', 'app_title'));
  assert.equal(await page.locator('main h1').textContent(), await message('cy', 'welcome_heading'));
  // The count of questions picks its Welsh plural form by CLDR (50 is "other").
  const form = { 0: 'zero', 1: 'one', 2: 'two', 3: 'few', 6: 'many' }[bank.length] ?? 'other';
  const how = (await message('cy', 'welcome_how', form)).replace('{total}', String(bank.length));
  await page.getByText(how).waitFor();
  assert.equal(await page.locator('.language-switch').textContent(), 'English');
  assert.equal(await page.locator('.language-switch').getAttribute('lang'), 'en');
  await page.locator('.welcome a.primary').click();
  await page.locator('fieldset[data-question]').waitFor();
  const id = await page.locator('fieldset[data-question]').getAttribute('data-question');
  const english = bank.find((q) => q.id === id).text;
  const legend = await page.locator('fieldset[data-question] legend').textContent();
  assert.ok(!legend.includes(english), `the question is in Welsh: ${legend}`);
  assert.equal(await page.locator('[aria-live="polite"]').first().textContent(),
    (await message('cy', 'progress_label')).replace('{n}', '1').replace('{total}', String(bank.length)));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the switch keeps the answers and the place, and the choice is remembered', async () => {
  const { context, page, errors } = await openPage(browser, server.url);
  await page.locator('main h1').waitFor();
  assert.equal(await pageLanguage(page), 'en');
  assert.equal(await page.locator('.language-switch').textContent(), 'Cymraeg');
  await page.locator('.welcome a.primary').click();
  for (let n = 0; n < 3; n += 1) {
    await page.locator('fieldset[data-question]').waitFor();
    const before = await answerOne(page, answer);
    await page.locator(`fieldset[data-question="${before}"]`).waitFor({ state: 'detached' });
  }
  const fourth = await page.locator('fieldset[data-question]').getAttribute('data-question');
  await page.locator('.language-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'cy');
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'cy');
  await page.locator(`fieldset[data-question="${fourth}"]`).waitFor();
  // Back to the first question: its answer survived the switch.
  for (let n = 0; n < 3; n += 1) {
    await page.locator('.question .actions button:not(.primary)').first().click();
  }
  const first = bank[0].id;
  await page.locator(`fieldset[data-question="${first}"]`).waitFor();
  assert.equal(await page.locator(`fieldset[data-question="${first}"] input:checked`).getAttribute('value'), String(answer(first)));

  // A new visit with no language in the address is in Welsh, as picked.
  await page.goto(server.url);
  await page.locator('main h1').waitFor();
  assert.equal(await pageLanguage(page), 'cy');
  // A career page opened from the quiz is the Welsh one.
  await page.goto(`${server.url}#career/nurse`);
  await page.locator('.career-page').waitFor();
  await page.locator('.career-page h2', { hasText: await message('pages.cy', 'career_what') }).waitFor();
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  assert.ok(fetched.some((p) => p.endsWith('/careers/cy/nurse.html')), fetched.join(' '));

  // And back to English, remembered too.
  await page.locator('.language-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.goto(server.url);
  await page.locator('main h1').waitFor();
  assert.equal(await pageLanguage(page), 'en');
  // The save resumes the career page last seen, now in English.
  await page.locator('.career-page h2', { hasText: await message('pages.en', 'career_what') }).waitFor();
  assert.equal(await page.locator('.language-switch').textContent(), 'Cymraeg');
  assert.deepEqual(errors, []);
  await context.close();
});

test('if the Welsh file cannot be had, the quiz runs in English and says why', async () => {
  const context = await browser.newContext();
  await context.route('**/lang/cy.json', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${server.url}?lang=cy`);
  await page.locator('main h1').waitFor();
  assert.equal(await pageLanguage(page), 'en');
  await page.getByText(await message('en', 'language_unavailable')).waitFor();
  assert.equal(await page.locator('main h1').textContent(), await message('en', 'welcome_heading'));
  await context.close();
});

test('after a first visit in Welsh, the quiz opens in Welsh with the network off', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}?lang=cy`);
  await page.locator('main h1').waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(async () => {
    for (const key of await caches.keys()) {
      if (await (await caches.open(key)).match('lang/cy.json')) return true;
    }
    return false;
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await page.reload();
  await page.locator('main h1').waitFor();
  assert.equal(await pageLanguage(page), 'cy');
  assert.equal(await page.locator('main h1').textContent(), await message('cy', 'welcome_heading'));
  await context.close();
});

test('a school\'s tag with data-lang="cy" shows the quiz in Welsh, named in Welsh, and remembers no choice', async () => {
  const school = await serve({ extra: {
    '/ysgol.html': `<!doctype html><html lang="cy"><head><title>Gyrfaoedd yn ein hysgol</title><link rel="icon" href="data:,"></head>
      <body><main><h1>Gyrfaoedd</h1><script src="${server.url}embed.js" data-lang="cy" async></script></main></body></html>`,
  } });
  const { context, page, errors } = await openPage(browser, `${school.url}ysgol.html`);
  assert.equal(await page.locator('iframe').getAttribute('title'), await message('cy', 'app_title'));
  const frame = page.frameLocator('iframe');
  await frame.locator('main h1').waitFor();
  assert.equal(await frame.locator('main h1').textContent(), await message('cy', 'welcome_heading'));
  await frame.locator('.welcome a.primary').click();
  await frame.locator('fieldset[data-question] input').first().check();
  const quiz = page.frames().find((f) => f.url().startsWith(server.url));
  assert.equal(await quiz.evaluate(() => document.documentElement.lang), 'cy');
  await quiz.waitForFunction(() => Object.keys(localStorage).some((k) => k.endsWith(':progress')));
  assert.deepEqual(await quiz.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(':lang'))), [], 'the school\'s language is not the student\'s choice');
  assert.deepEqual(errors, []);
  await context.close();
  school.close();
});
