// Every screen has an address: a direct link or a reload opens it, Back and Forward move between
// screens, and each career also has a static page that works with no script under any sub-path.
// The resume code carries progress that the browser cannot keep.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, questionBank, answerFor, answerUntil, perfusionistLike, axeViolations, currentQuestion,
  openPage, sandboxedHostPage,
} from './support.js';

let server;
let deep;
let browser;
let bank;
let answer;

before(async () => {
  server = await serve({ extra: {
    '/host/sandboxed.html': sandboxedHostPage('/index.html'),
  } });
  deep = await serve({ prefix: '/some/deep/path/' });
  browser = await launch();
  bank = questionBank();
  answer = answerFor(bank, perfusionistLike);
});

after(async () => {
  await browser?.close();
  server?.close();
  deep?.close();
});

const open = (url, options = {}) => openPage(browser, url, { options });

const hash = (page) => page.evaluate(() => location.hash);

test('a direct link opens a career page, which survives a reload and links to related careers; Back goes back', async () => {
  const { context, page, errors } = await open(`${deep.url}#career/perfusionist`);
  const heading = page.locator('article.career h1');
  await heading.waitFor();
  assert.equal(await heading.textContent(), 'Clinical perfusionist');
  await page.getByRole('heading', { name: 'What the work is' }).waitFor();
  await page.getByRole('heading', { name: 'Sources' }).waitFor();

  await page.reload();
  await page.getByRole('heading', { name: 'What the work is' }).waitFor();
  assert.equal(await heading.textContent(), 'Clinical perfusionist');

  // A related career opens inside the quiz, with its own address.
  await page.locator('.career-page ul.related a[data-career="cardiac_physiologist"]').click();
  await page.waitForFunction(() => location.hash === '#career/cardiac_physiologist');
  await page.locator('article.career[data-career="cardiac_physiologist"] .career-page h2').first().waitFor();
  assert.ok(page.url().startsWith(deep.url), 'still inside the quiz, under its sub-path');

  await page.goBack();
  await page.waitForFunction(() => location.hash === '#career/perfusionist');
  await page.locator('article.career[data-career="perfusionist"]').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the quiz, results and career pages each have an address, and Back and Forward move between them', async () => {
  const { context, page, errors } = await open(server.url);
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await page.locator('fieldset[data-question]').waitFor();
  assert.equal(await hash(page), '#quiz');
  await answerUntil(page, answer);
  await page.locator('ol.matches').waitFor();
  assert.equal(await hash(page), '#results');
  await page.locator('ol.matches > li').first().getByRole('link').click();
  await page.locator('article.career .career-page').waitFor();
  assert.match(await hash(page), /^#career\/[a-z_]+$/);
  // The skills that matter, each with what this student answered about it.
  const skills = page.locator('.skills-fit > ul > li');
  assert.equal(await skills.count(), 5);
  const staticList = await page.locator('.career-page ul.skills > li').evaluateAll((els) => els.map((e) => e.dataset.trait));
  assert.deepEqual(await skills.evaluateAll((els) => els.map((e) => e.dataset.trait)), staticList);
  for (const said of await page.locator('.skills-fit li li em').allTextContents()) {
    assert.ok(['Not like me', 'A bit like me', 'Not sure', 'Quite like me', 'Very like me'].includes(said), said);
  }

  await page.goBack();
  await page.locator('ol.matches').waitFor();
  assert.equal(await hash(page), '#results');
  await page.goForward();
  await page.locator('article.career .career-page').waitFor();
  // Opening the results by address works from a fresh tab too, from the saved answers.
  const other = await context.newPage();
  await other.goto(`${server.url}#results`);
  await other.locator('ol.matches > li').first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a career page is a static page too: no script needed, under any sub-path', async () => {
  const { context, page } = await open(`${deep.url}careers/perfusionist.html`, { javaScriptEnabled: false });
  assert.equal(await page.locator('h1').textContent(), 'Clinical perfusionist');
  for (const name of ['What the work is', 'Where you would work', 'Hours', 'How to get there', 'Related careers', 'Sources']) {
    await page.getByRole('heading', { name }).waitFor();
  }
  // Styled by the quiz's stylesheet, with links that stay under the sub-path.
  assert.notEqual(await page.locator('article.card').evaluate((e) => getComputedStyle(e).borderRadius), '0px');
  const related = await page.locator('ul.related a').first().evaluate((a) => a.href);
  assert.ok(related.startsWith(`${deep.url}careers/`) && related.endsWith('.html'), related);
  await page.getByRole('link', { name: /Take the quiz/ }).click();
  await page.waitForURL(deep.url);
  await context.close();

  const withScript = await open(`${deep.url}careers/perfusionist.html`);
  assert.deepEqual(await axeViolations(withScript.page), []);
  await withScript.context.close();
});

test('a career page opened once opens again offline; one never opened says why it cannot', async () => {
  const { context, page } = await open(server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.goto(`${server.url}#career/nurse`);
  await page.locator('.career-page h2').first().waitFor();
  await context.setOffline(true);
  await page.reload();
  await page.locator('article.career[data-career="nurse"] .career-page h2').first().waitFor();
  await page.goto(`${server.url}#career/dietitian`);
  await page.reload();
  await page.getByText('This page has not been saved for use offline yet').waitFor();
  assert.equal(await page.locator('article.career h1').textContent(), 'Dietitian');
  await context.close();
});

test('where progress cannot be kept, a resume code carries it to another browser', async () => {
  // A sandboxed iframe: no storage at all.
  const { context, page, errors } = await open(`${server.url}host/sandboxed.html`);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(frame, answer, (n) => n === 7);
  const place = await currentQuestion(frame);
  const code = await frame.locator('#resume-code').textContent();
  // It changes with every answer, so screen readers are not made to read it out each time.
  assert.equal(await frame.locator('.resume-code-offer').getAttribute('aria-live'), 'off');
  assert.match(code, /^([0-9A-HJKMNP-TV-Z]{4}-){9}[0-9A-HJKMNP-TV-Z]$/);
  assert.deepEqual(errors, []);
  await context.close();

  // Elsewhere: mistakes get a reason, the right code resumes at the same question.
  const other = await open(server.url);
  await other.page.getByText('Have a resume code?').click();
  const input = other.page.getByLabel('Resume code');
  const tryCode = async (text) => {
    await input.fill(text);
    await other.page.getByRole('button', { name: 'Use this code' }).click();
  };
  await tryCode(code.slice(0, 20));
  await other.page.getByText('That code is too short or too long').waitFor();
  const typo = code.replace(/^(.)/, (c) => (c === 'A' ? 'B' : 'A'));
  await tryCode(typo);
  await other.page.getByText('That code has a mistake in it').waitFor();
  await tryCode(`${code.slice(0, -1)}U`);
  await other.page.getByText('That code has a character that resume codes never use').waitFor();
  assert.deepEqual(await axeViolations(other.page), []);

  await tryCode(code.toLowerCase());
  await other.page.locator('fieldset[data-question]').waitFor();
  assert.equal(await currentQuestion(other.page), place);
  const saved = JSON.parse(await other.page.evaluate(() => localStorage.getItem('career-quiz:progress')));
  assert.equal(Object.keys(saved.answers).length, 7);
  for (const [id, value] of Object.entries(saved.answers)) assert.equal(value, answer(id), id);
  assert.deepEqual(other.errors, []);
  await other.context.close();
});
