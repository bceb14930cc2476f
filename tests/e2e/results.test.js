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
  await page.getByRole('link', { name: 'Start the quiz' }).click();
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
  assert.equal(await cards.count(), 3, 'three matches, so the report fits a page');
  for (let i = 0; i < 3; i += 1) {
    assert.ok(await cards.nth(i).locator('h2').isVisible(), `match ${i + 1} is printed`);
    assert.ok(await cards.nth(i).locator('.reason').isVisible(), `with its reason`);
  }
  for (const hidden of ['.site-footer', 'button', '.other-matches', 'details.advisers', '.interests']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
  }
  assert.ok(await page.getByText('Name ____').isVisible(), 'a line for the name and class');
  // The share link as a QR code drawn on the device (tests/print_qr.rs reads it back), and the
  // code to type in instead.
  const qr = page.locator('.printed-code svg.qr path');
  assert.ok(await page.locator('.printed-code').isVisible(), 'the QR code is printed');
  assert.match(await qr.getAttribute('d'), /^M\d+ \d+h\d+v1h-\d+z/);
  assert.match(await page.locator('.printed-code p').textContent(), /type this code under “Have a resume code\?” at the start of the quiz: [0-9A-Z]{4}(-[0-9A-Z]{1,4}){8,}$/);
  assert.ok(await page.getByRole('heading', { name: 'Your next 3 steps' }).isVisible());
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
    await page.getByRole('link', { name: 'Start the quiz' }).click();
    await answerUntil(page, answerFor(bank, student));
    await page.locator('ol.matches').waitFor();
    // The whole ranking with its matches, as the comparison form lists it: "Nurse (69% match)".
    const percents = (await page.locator('#compare-0 option').allTextContents()).map((t) => parseInt(t.match(/\((\d+)% match\)/)[1], 10));
    const close = percents.filter((p) => percents[0] - p <= 3).length;
    const note = page.locator('.notice.bands');
    const fits = await page.locator('ol.matches .fit').allTextContents();
    if (close > 1) {
      assert.equal(await note.textContent(), 'Your top matches are too close to call, so they are grouped by fit, not ranked: read about each one and see which appeals to you most.');
      assert.deepEqual(fits.slice(0, Math.min(close, 3)), Array(Math.min(close, 3)).fill('Strong fit'), `${name}: ${fits}`);
    } else {
      assert.equal(await note.count(), 0, `${name}: ${percents}`);
      assert.deepEqual(fits, percents.slice(0, 3).map((p) => `${p}% match`));
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
