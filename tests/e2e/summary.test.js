// The results as a 15-year-old meets them: a summary of the top three that fits a phone's first
// screen with Share beside it, the next three steps to tick off, and no doubled punctuation; and
// a quiz that does not drag: picking an answer moves on (unless turned off), keys 1–5, Enter and
// Backspace work, and skipped questions are offered back before the results.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, questionBank, answerFor, currentQuestion, perfusionistLike, dislikesBloodHospitalsAndShifts, axeViolations, message,
} from './support.js';

let server;
let browser;
let bank;

before(async () => {
  server = await serve();
  browser = await launch();
  bank = questionBank();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** A save of answers by `rule`, leaving out the questions `skip` picks, on the results. */
function saved(rule, skip = () => false) {
  const answer = answerFor(bank, rule);
  return savedAnswers(bank.map((q, i) => (skip(i) ? null : answer(q.id))));
}

/** A save of one answer (or `null`) per question, in the bank's order, on the results. */
function savedAnswers(list) {
  const answers = Object.fromEntries(bank.map((q, i) => [q.id, list[i]]).filter(([, a]) => a !== null));
  return JSON.stringify({ version: 4, answers, current: bank[bank.length - 1].id, screen: 'results' });
}

/** A page whose storage holds `save` at the start (only once, so a reload keeps what changed). */
async function withSave(save, options = {}) {
  const context = await browser.newContext(options);
  await context.addInitScript((s) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('career-quiz:progress', s);
      sessionStorage.setItem('seeded', '1');
    }
  }, save);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

// Twenty students' answers, different in kind: the two profiles of the other tests, one leaning
// to each of four interest areas, and fourteen drawn at random (seeded, so a failure repeats).
function variedAnswerSets() {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sets = [['perfusionist-like', saved(perfusionistLike)], ['dislikes blood', saved(dislikesBloodHospitalsAndShifts)]];
  for (const lean of ['social', 'artistic', 'enterprising', 'conventional']) {
    sets.push([`leans ${lean}`, saved((section, trait) => (section === 'interests' ? (trait === lean ? 5 : 2) : 2 + (trait.length % 3)))]);
  }
  for (let n = 0; n < 14; n += 1) sets.push([`random ${n + 1}`, savedAnswers(bank.map(() => 1 + Math.floor(random() * 5)))]);
  return sets;
}

test('the summary: the top three and Share fit a phone’s first screen, in both languages and themes', async () => {
  const sets = [['perfusionist-like', perfusionistLike, () => false], ['dislikes blood', dislikesBloodHospitalsAndShifts, () => false],
    ['a third answered', perfusionistLike, (i) => i % 3 !== 0]];
  for (const lang of ['en', 'cy']) {
    for (const [name, rule, skip] of sets) {
      for (const colorScheme of ['light', 'dark']) {
        for (const width of [390, 1280]) {
          const { context, page, errors } = await withSave(saved(rule, skip), { viewport: { width, height: 844 }, colorScheme });
          await page.goto(`${server.url}?lang=${lang}#results`);
          const cards = page.locator('ol.matches > li');
          await cards.first().waitFor();
          assert.equal(await cards.count(), 3, `${lang} ${name}: three cards`);
          const bottom = await cards.nth(2).evaluate((e) => e.getBoundingClientRect().bottom);
          const share = page.getByRole('button', { name: await message(lang, 'share_button'), exact: true });
          const shareBottom = await share.evaluate((e) => e.getBoundingClientRect().bottom);
          const where = `${lang}, ${name}, ${colorScheme}, ${width} px`;
          assert.ok(bottom <= 844, `${where}: the third card ends at ${bottom} px, past the first screen`);
          assert.ok(shareBottom <= 844, `${where}: Share ends at ${shareBottom} px`);
          assert.equal(await page.locator('.printed-code').isVisible(), false, `${where}: the QR code is only on paper`);
          // Each card: a title, a fit, a line on the job and one reason; the rest behind "Why?".
          for (let i = 0; i < 3; i += 1) {
            const card = cards.nth(i);
            for (const part of ['h2', '.fit', '.summary', 'details.why > summary', ...(i === 0 ? ['.reason'] : [])]) {
              assert.ok(await card.locator(part).isVisible(), `${where}: card ${i + 1} shows ${part}`);
            }
            assert.equal(await card.locator('ul.because').isVisible(), false, `${where}: the other reasons wait behind Why?`);
          }
          const reasons = await cards.locator('.reason').allTextContents();
          assert.equal(new Set(reasons).size, reasons.length, `${where}: each card's reason is its own: ${reasons.join(' | ')}`);
          const based = await page.locator('.based-on').textContent();
          const answered = bank.filter((_, i) => !skip(i)).length;
          assert.ok(based.includes(`${answered} o ${bank.length}`) || based.includes(`${answered} of ${bank.length}`), `${where}: ${based}`);
          if (width === 390 && colorScheme === 'light') {
            for (const panel of ['details.why', 'details.more-results', 'details.advisers']) await page.locator(`${panel} > summary`).first().click();
            const violations = await axeViolations(page);
            await page.emulateMedia({ colorScheme: 'dark' });
            violations.push(...await axeViolations(page));
            assert.deepEqual(violations, [], `${where}: axe, every panel open, light and dark`);
          }
          assert.deepEqual(errors, []);
          await context.close();
        }
      }
    }
  }
});

test('too close to call or too few answers: bands, not percentages, and one sentence on what to do', async () => {
  const { context, page } = await withSave(saved(perfusionistLike, (i) => i % 3 !== 0));
  await page.goto(`${server.url}#results`);
  await page.locator('ol.matches > li').first().waitFor();
  const fits = await page.locator('ol.matches .fit').allTextContents();
  for (const fit of fits) assert.match(fit, /^(Strong fit|Good fit|Worth a look)$/, 'a band, not a percentage');
  assert.equal(await page.locator('ol.matches progress').count(), 0, 'no bars of percentages');
  assert.match(await page.locator('.notice.bands').textContent(), /answer more to sharpen them/);
  await context.close();

  const full = await withSave(saved(dislikesBloodHospitalsAndShifts));
  await full.page.goto(`${server.url}#results`);
  await full.page.locator('ol.matches > li').first().waitFor();
  const percents = await full.page.locator('ol.matches .fit').allTextContents();
  const bands = await full.page.locator('.notice.bands').count();
  if (bands === 0) for (const p of percents) assert.match(p, /^\d+% match$/);
  else for (const p of percents) assert.match(p, /^(Strong fit|Good fit|Worth a look)$/);
  await full.context.close();
});

test('no doubled punctuation anywhere in the results text, for twenty varied answer sets in both languages', async () => {
  for (const lang of ['en', 'cy']) {
    for (const [name, save] of variedAnswerSets()) {
      const { context, page } = await withSave(save);
      await page.goto(`${server.url}?lang=${lang}#results`);
      await page.locator('main h1').waitFor();
      if ((await page.locator('ol.matches').count()) === 0) {
        await context.close();
        continue;
      }
      await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
      const text = await page.locator('main').innerText();
      const doubled = text.match(/.{0,30}(?:[.!?:;,]["”’)]?[.!?:;,]|\.\s+\.).{0,10}/g);
      assert.equal(doubled, null, `${lang}, ${name}: ${doubled?.join(' | ')}`);
      await context.close();
    }
  }
});

test('print is exactly one A4 page for twenty varied answer sets, in both languages', async () => {
  for (const [lang, sets] of [['en', variedAnswerSets()], ['cy', variedAnswerSets().slice(0, 6)]]) {
    for (const [name, save] of sets) {
      const { context, page } = await withSave(save);
      await page.goto(`${server.url}?lang=${lang}#results`);
      await page.locator('main h1').waitFor();
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
      assert.equal(pages, 1, `${lang}, ${name}: ${pages} pages`);
      await context.close();
    }
  }
});

test('the next steps come from the top career and where the student lives, and ticks are kept on the device', async () => {
  const { context, page } = await withSave(saved(perfusionistLike));
  await page.goto(`${server.url}#results`);
  const steps = page.locator('.next-steps');
  await steps.waitFor();
  const top = await page.locator('ol.matches > li h2').first().textContent();
  assert.match(await steps.locator('.steps-intro').textContent(), new RegExp(top));
  assert.equal(await steps.locator('.steps > li').count(), 3);
  assert.equal(await steps.locator('.steps a[href*="careerswales"]').count(), 1, 'all four nations’ services, before a nation is chosen');
  await page.locator('#home-choice').selectOption('wales');
  await page.waitForFunction(() => document.querySelectorAll('.steps li:nth-child(2) a').length === 2);
  assert.match(await steps.locator('.steps > li').nth(1).textContent(), /Careers Wales/);
  await steps.locator('.steps input[type=checkbox]').first().check();
  await page.reload();
  await page.locator('.next-steps').waitFor();
  assert.equal(await page.locator('.steps input[type=checkbox]').first().isChecked(), true, 'the tick is kept');
  assert.equal(await page.locator('.steps input[type=checkbox]').nth(1).isChecked(), false);
  await context.close();
});

test('Share opens the share sheet where there is one, and copies the link where there is not', async () => {
  const { context, page } = await withSave(saved(perfusionistLike));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.goto(`${server.url}#results`);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByText('Link copied.').waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /#shared\//);

  const sheet = await withSave(saved(perfusionistLike));
  await sheet.context.addInitScript(() => {
    window.shared = [];
    navigator.share = async (data) => { window.shared.push(data); };
  });
  await sheet.page.goto(`${server.url}#results`);
  await sheet.page.getByRole('button', { name: 'Share', exact: true }).click();
  await sheet.page.waitForFunction(() => window.shared.length === 1);
  const data = await sheet.page.evaluate(() => window.shared[0]);
  assert.match(data.url, /#shared\//);
  assert.match(data.text, /^My top career matches: /);
  await context.close();
  await sheet.context.close();
});

test('picking an answer moves on after a pause; the switch turns it off and is kept; the last question never submits itself', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}#quiz`);
  const first = await currentQuestion(page);
  await page.locator(`fieldset[data-question="${first}"] input[value="4"]`).check();
  assert.equal(await currentQuestion(page), first, 'the choice stays on screen for a moment');
  await page.locator(`fieldset[data-question="${first}"]`).waitFor({ state: 'detached' });
  assert.equal(await currentQuestion(page), bank[1].id, 'then the next question comes by itself');
  assert.equal(await page.locator('[aria-live="polite"]').first().textContent(), `Question 2 of ${bank.length}`, 'and is announced');
  assert.equal(await page.evaluate((id) => JSON.parse(localStorage.getItem('career-quiz:progress')).answers[id], first), 4, 'the answer is saved');

  // Unanswered, the main button is gone and Skip is a quiet link.
  assert.equal(await page.locator('.question .actions button.primary').isVisible(), false);
  assert.ok(await page.getByRole('button', { name: 'Skip this question' }).isVisible());

  await page.getByLabel('Move on as soon as I pick an answer').uncheck();
  await page.locator('fieldset input[value="2"]').check();
  await page.waitForTimeout(1200);
  assert.equal(await currentQuestion(page), bank[1].id, 'turned off, it stays');
  assert.ok(await page.getByRole('button', { name: 'Next', exact: true }).isVisible(), 'and Next is the main button');
  await page.reload();
  await page.locator('fieldset[data-question]').waitFor();
  assert.equal(await page.getByLabel('Move on as soon as I pick an answer').isChecked(), false, 'the choice is kept on the device');
  await context.close();

  const last = await withSave(JSON.stringify({ version: 4, answers: {}, current: bank[bank.length - 1].id, screen: 'quiz' }));
  await last.page.goto(`${server.url}#quiz`);
  const id = await currentQuestion(last.page);
  assert.equal(id, bank[bank.length - 1].id);
  await last.page.locator('fieldset input[value="3"]').check();
  await last.page.waitForTimeout(1200);
  assert.equal(await currentQuestion(last.page), id, 'the last question waits for See my results');
  await last.context.close();
});

test('keys 1–5 pick an answer, Enter moves on and Backspace goes back, keeping the radio group', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}#quiz`);
  await page.getByLabel('Move on as soon as I pick an answer').uncheck();
  const first = await currentQuestion(page);
  await page.keyboard.press('5');
  assert.equal(await page.locator(`fieldset[data-question="${first}"] input:checked`).getAttribute('value'), '5');
  assert.equal(await page.getByRole('radio').count(), 5, 'still a group of five radio buttons');
  await page.keyboard.press('2');
  assert.equal(await page.locator(`fieldset[data-question="${first}"] input:checked`).getAttribute('value'), '2', 'another key changes it');
  await page.keyboard.press('Enter');
  await page.locator(`fieldset[data-question="${first}"]`).waitFor({ state: 'detached' });
  assert.equal(await currentQuestion(page), bank[1].id);
  await page.keyboard.press('Backspace');
  await page.locator(`fieldset[data-question="${first}"]`).waitFor();
  assert.equal(await page.locator('fieldset input:checked').getAttribute('value'), '2', 'back, with the answer kept');
  // With moving on turned back on, arrow keys walk the group and stay; a tap after them, or a
  // key, moves on.
  await page.getByLabel('Move on as soon as I pick an answer').check();
  await page.locator(`fieldset[data-question="${first}"] input:checked`).focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(1000);
  assert.equal(await currentQuestion(page), first, 'an arrow key does not move on');
  await page.locator(`fieldset[data-question="${first}"] input[value="4"]`).click();
  await page.locator(`fieldset[data-question="${first}"]`).waitFor({ state: 'detached' });
  await page.keyboard.press('Backspace');
  await page.locator(`fieldset[data-question="${first}"]`).waitFor();
  await page.getByLabel('Move on as soon as I pick an answer').check();
  await page.locator('#question-heading').focus();
  await page.keyboard.press('3');
  await page.locator(`fieldset[data-question="${first}"]`).waitFor({ state: 'detached' });
  assert.equal(await currentQuestion(page), bank[1].id);
  await context.close();
});

test('skipped questions are offered back before the results, one tap to each', async () => {
  const skipped = [1, 4, bank.length - 1];
  const answer = answerFor(bank, perfusionistLike);
  const answers = Object.fromEntries(bank.filter((_, i) => !skipped.includes(i)).map((q) => [q.id, answer(q.id)]));
  const { context, page } = await withSave(JSON.stringify({ version: 4, answers, current: bank[bank.length - 1].id, screen: 'quiz' }));
  await page.goto(`${server.url}#quiz`);
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('heading', { name: 'You skipped 3 questions' }).waitFor();
  const offered = await page.locator('.skipped-list button').allTextContents();
  assert.deepEqual(offered.map((t) => Number(t.split('.')[0])), skipped.map((i) => i + 1));
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    assert.deepEqual(await axeViolations(page), [], `the offer, ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.locator('.skipped-list button').nth(1).click();
  assert.equal(await currentQuestion(page), bank[4].id, 'one tap to the question');
  await page.locator('fieldset input[value="4"]').check();
  await page.locator(`fieldset[data-question="${bank[4].id}"]`).waitFor({ state: 'detached' });
  assert.equal(await currentQuestion(page), bank[bank.length - 1].id, 'then on to the next skipped one, past the answered ones');
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('heading', { name: 'You skipped 2 questions' }).waitFor();
  await page.getByRole('button', { name: 'See my results anyway' }).click();
  await page.locator('ol.matches').waitFor();
  assert.match(await page.locator('.based-on').textContent(), new RegExp(`Based on ${bank.length - 2} of ${bank.length} answers`));
  await page.getByRole('button', { name: 'Answer the 2 you skipped' }).click();
  assert.equal(await currentQuestion(page), bank[1].id, 'the results offer them too');
  await context.close();
});

test('a link pasted into a chat shows a title, a description and a picture, from static tags', async () => {
  const html = await (await fetch(server.url)).text();
  const meta = (property) => html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]+)"`))?.[1];
  assert.equal(meta('og:title'), 'Perfusionist and allied-health career quiz');
  assert.ok(meta('og:description')?.length > 40, 'a description');
  assert.equal(meta('twitter:card'), 'summary');
  const image = await fetch(new URL(meta('og:image'), server.url));
  assert.equal(image.status, 200, 'the picture is served');
  assert.equal(image.headers.get('content-type'), 'image/png');
});

test('someone else’s shared results: a one-screen card in the third person, with no steps or Share of their own', async () => {
  const own = await withSave(saved(perfusionistLike));
  await own.page.goto(`${server.url}#results`);
  await own.page.locator('ol.matches > li').first().waitFor();
  const link = await own.page.locator('#share-link').inputValue();
  await own.context.close();

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole('heading', { name: 'Their top matches' }).waitFor();
  const cards = page.locator('ol.matches > li');
  assert.equal(await cards.count(), 3);
  assert.ok(await cards.nth(2).evaluate((e) => e.getBoundingClientRect().bottom) <= 844, 'the three cards fit the first screen');
  await page.evaluate(() => document.querySelectorAll('ol.matches details').forEach((d) => { d.open = true; }));
  const said = await page.locator('ol.matches').innerText();
  assert.match(said, /They chose “/);
  assert.doesNotMatch(said, /You chose|you said/);
  assert.equal(await page.locator('.next-steps').count(), 0, 'their next steps are theirs to see');
  assert.equal(await page.getByRole('button', { name: 'Share', exact: true }).isVisible(), false);
  await context.close();
});
