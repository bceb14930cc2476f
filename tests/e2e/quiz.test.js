// The quiz as a student meets it, in headless Chromium against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  serve, launch, questionBank, answerFor, answerUntil, currentQuestion, rankedCareers, axeViolations,
  perfusionistLike, dislikesBloodHospitalsAndShifts, root,
} from './support.js';

let server;
let browser;
let bank;
const shots = join(root, 'tests/e2e/output');

before(async () => {
  server = await serve();
  browser = await launch();
  bank = questionBank();
  await mkdir(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function freshPage(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(server.url);
  return { page, context, errors };
}

test('a perfusionist-like student reloads halfway, resumes, and sees perfusionist in the top 3 with reasons', async () => {
  const { page, context, errors } = await freshPage();
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  assert.deepEqual(await axeViolations(page), [], 'question screen');
  const answer = answerFor(bank, perfusionistLike);
  const half = Math.floor(bank.length / 2);
  assert.equal(await answerUntil(page, answer, (n) => n === half), half);

  const before = await currentQuestion(page);
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('career-quiz:progress')));
  assert.equal(saved.version, 4);
  assert.equal(Object.keys(saved.answers).length, half);
  // Each answer with the time it was given, so two tabs agree on the newest.
  assert.deepEqual(Object.keys(saved.answered_at), Object.keys(saved.answers));
  assert.ok(Object.values(saved.answered_at).every((t) => Math.abs(Date.now() - t) < 600000), JSON.stringify(saved.answered_at));

  await page.reload();
  await page.locator('fieldset[data-question]').waitFor();
  assert.equal(await currentQuestion(page), before, 'resumes at the same question');
  await page.getByRole('button', { name: 'Back' }).click();
  const previous = await currentQuestion(page);
  const checked = await page.locator(`fieldset[data-question="${previous}"] input:checked`).getAttribute('value');
  assert.equal(Number(checked), answer(previous), 'the earlier answer survived the reload');
  await page.locator('.question .actions button.primary').click();

  await answerUntil(page, answer);
  const ranked = await rankedCareers(page);
  assert.ok(ranked.slice(0, 3).includes('perfusionist'), `top 3: ${ranked.slice(0, 3)}`);
  const card = page.locator('ol.matches > li[data-career="perfusionist"]');
  assert.match(await card.locator('.fit').innerText(), /^(\d{1,3}% match|Strong fit|Good fit|Worth a look)$/);
  await card.locator('details.why > summary').click();
  const reasons = await card.locator('.because li').allInnerTexts();
  assert.ok(reasons.length >= 1 && reasons.every((r) => r.includes('You chose “')), reasons.join('\n'));
  assert.deepEqual(await axeViolations(page), [], 'results');
  await page.screenshot({ path: join(root, 'docs/results.png'), fullPage: false });

  // Results survive a reload too.
  await page.reload();
  assert.deepEqual((await rankedCareers(page)).slice(0, 3), ranked.slice(0, 3));

  // The career page.
  await card.locator('h2 a').click();
  await page.locator('article.career h1').waitFor();
  // The page's text is fetched after the title is drawn.
  await page.locator('article.career .career-page').waitFor();
  const article = await page.locator('article.career').innerText();
  for (const part of ['What the work is', 'Where you would work', 'How to get there', '29-2031.00', 'University of Bristol']) {
    assert.ok(article.includes(part), `career page shows ${part}`);
  }
  assert.deepEqual(await axeViolations(page), [], 'career page');
  await page.screenshot({ path: join(shots, 'career-desktop.png'), fullPage: true });
  assert.match(await page.locator('footer').innerText(), /O\*NET 29\.3 Database.*CC BY 4\.0/s);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a student who dislikes blood, hospitals and shift work does not get perfusionist in the top 5', async () => {
  const { page, context } = await freshPage({ width: 360, height: 740 });
  assert.deepEqual(await axeViolations(page), [], 'welcome');
  await page.screenshot({ path: join(shots, 'welcome-phone.png'), fullPage: true });
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await page.screenshot({ path: join(shots, 'question-phone.png'), fullPage: true });
  await answerUntil(page, answerFor(bank, dislikesBloodHospitalsAndShifts));
  const ranked = await rankedCareers(page);
  assert.ok(!ranked.slice(0, 5).includes('perfusionist'), `top 5: ${ranked.slice(0, 5)}`);
  await page.screenshot({ path: join(shots, 'results-phone.png'), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 360 px (overflow ${overflow}px)`);
  await context.close();
});

test('every question can be skipped, and too few answers get an honest message', async () => {
  const { page, context } = await freshPage();
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  for (let i = 0; i < bank.length; i += 1) {
    const id = await currentQuestion(page);
    await page.getByRole('button', { name: i + 1 === bank.length ? 'See my results' : 'Skip' }).click();
    if (i + 1 < bank.length) {
      await page.waitForFunction((q) => !document.querySelector(`fieldset[data-question="${q}"]`), id);
    }
  }
  // Every one skipped, so every one is offered back; the student goes on anyway.
  await page.getByRole('heading', { name: `You skipped ${bank.length} questions` }).waitFor();
  await page.getByRole('button', { name: 'See my results anyway' }).click();
  await page.getByRole('heading', { name: 'A few more answers, please' }).waitFor();
  assert.match(await page.locator('main').innerText(), /You have answered 0 questions/);
  await page.getByRole('button', { name: 'Back to the questions' }).click();
  assert.equal(await currentQuestion(page), bank[0].id);
  await context.close();
});

test('the same answer to everything gets an honest message, not a ranking', async () => {
  const { page, context } = await freshPage();
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(page, () => 4);
  await page.getByRole('heading', { name: 'Your answers were nearly all the same' }).waitFor();
  assert.equal(await page.locator('ol.matches').count(), 0);
  await context.close();
});

test('the quiz can be answered with the keyboard alone', async () => {
  const { page, context } = await freshPage();
  await page.getByRole('link', { name: 'Start the quiz' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('fieldset[data-question]').waitFor();
  const first = await currentQuestion(page);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'question-heading', 'focus moves to the question');
  await page.keyboard.press('Tab'); // the first option
  await page.keyboard.press('ArrowDown'); // the second
  await page.keyboard.press('ArrowDown'); // the third
  assert.equal(await page.locator(`fieldset[data-question="${first}"] input:checked`).getAttribute('value'), '3');
  await page.keyboard.press('Tab'); // Back
  await page.keyboard.press('Tab'); // Next
  await page.keyboard.press('Enter');
  await page.waitForFunction((q) => !document.querySelector(`fieldset[data-question="${q}"]`), first);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'question-heading');
  await context.close();
});

test('"Start again" asks first, then clears the answers', async () => {
  const { page, context } = await freshPage();
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(page, answerFor(bank, perfusionistLike), (n) => n === 3);
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'No, keep them' }).click();
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('career-quiz:progress')));
  assert.equal(Object.keys(saved.answers).length, 3, 'kept after "No"');
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Yes, start again' }).click();
  await page.getByRole('link', { name: 'Start the quiz' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('career-quiz:progress')), null, 'cleared after "Yes"');
  await page.reload();
  await page.getByRole('link', { name: 'Start the quiz' }).waitFor();

  // From the welcome page too: it shows the fresh start at once.
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(page, answerFor(bank, perfusionistLike), (n) => n === 2);
  await page.reload();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'Carry on from question 1' }).waitFor();
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Yes, start again' }).click();
  await page.getByRole('link', { name: 'Start the quiz' }).waitFor();
  await context.close();
});

test('the release build works unchanged under a deep sub-path', async () => {
  const deep = await serve({ prefix: '/some/deep/path/' });
  const context = await browser.newContext();
  const page = await context.newPage();
  const failed = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.goto(deep.url);
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await page.locator('fieldset[data-question] input[value="5"]').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#progress-text', { hasText: 'Question 2 of' }).waitFor();
  assert.deepEqual(failed, []);
  await context.close();
  deep.close();
});
