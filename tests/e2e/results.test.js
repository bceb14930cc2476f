// The results a student keeps: a one-page A4 report from the print stylesheet, with the top
// matches, their reasons, next steps and the date.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, questionBank, answerFor, answerUntil, perfusionistLike, dislikesBloodHospitalsAndShifts,
} from './support.js';

let server;
let browser;
let answer;

before(async () => {
  server = await serve();
  browser = await launch();
  answer = answerFor(questionBank(), perfusionistLike);
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the results show the interest code, and print as one A4 page with the top matches, reasons, next steps and the date', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answerUntil(page, answer);
  await page.locator('ol.matches').waitFor();
  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  await page.getByText(`Results from ${today}.`).waitFor();
  await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
  // The interest code, with what its letters mean.
  assert.match(await page.locator('.interest-code').textContent(),
    /^Your interest code is RIC\. Your answers leaned most towards hands-on work with tools and machines \(R\), then science and solving problems \(I\), then organised work with records and routines \(C\)\./);

  await page.emulateMedia({ media: 'print' });
  const cards = page.locator('ol.matches > li');
  for (let i = 0; i < 3; i += 1) {
    assert.ok(await cards.nth(i).locator('h2').isVisible(), `match ${i + 1} is printed`);
    assert.ok(await cards.nth(i).locator('ul.because li').first().isVisible(), `with its reasons`);
  }
  assert.equal(await cards.nth(3).isVisible(), false, 'three matches, so the report fits a page');
  for (const hidden of ['.site-footer', 'button', '.other-matches']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
  }
  assert.ok(await page.getByRole('heading', { name: 'Next steps' }).isVisible());
  assert.ok(await page.locator('.site-title').isVisible(), 'the quiz it comes from');
  assert.ok(await page.getByText(`Results from ${today}.`).isVisible());

  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `the report takes ${pages} A4 pages`);
  assert.equal(pages, 1, 'one page');
  await context.close();
});

test('a close call among the top matches is said plainly, and only then', async () => {
  const bank = questionBank();
  const outcomes = [];
  for (const [name, student] of Object.entries({ labLover, perfusionistLike, dislikesBloodHospitalsAndShifts, undecided })) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await answerUntil(page, answerFor(bank, student));
    await page.locator('ol.matches').waitFor();
    const percents = (await page.locator('ol.matches > li p.percent, ul.other-matches .percent').allTextContents()).map((t) => parseInt(t, 10));
    const close = percents.filter((p) => percents[0] - p <= 3).length;
    const note = page.locator('.close-call');
    if (close > 1) {
      assert.equal(await note.textContent(), `Your top ${close} matches are within 3 points of each other. That is too close to call: your answers fit them about equally well, so look at all of them.`);
    } else {
      assert.equal(await note.count(), 0, `${name}: ${percents}`);
    }
    outcomes.push(close > 1);
    await context.close();
  }
  // The lab lover's biomedical scientist is well ahead; the anaesthesia associate runs the
  // perfusionist close, as it should; the undecided student has several neck and neck.
  assert.deepEqual(outcomes, [false, true, outcomes[2], true], 'both cases are seen');
});

/** Science at a lab bench, and little else: one career stands out. */
function labLover(section, trait) {
  switch (section) {
    case 'interests': return { investigative: 5, conventional: 4, realistic: 4 }[trait] ?? 1;
    case 'work_styles': return 4;
    case 'subjects': return { biology: 5, chemistry: 5 }[trait] ?? 2;
    default: return { lab_work: 5, long_study: 4, shifts: 4 }[trait] ?? 1;
  }
}

/** Likes a bit of everything, which leaves several careers neck and neck. */
function undecided(section, trait) {
  if (section === 'interests') return { social: 4, investigative: 4, realistic: 4 }[trait] ?? 3;
  return 4;
}
