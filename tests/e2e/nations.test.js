// Pay and routes for the student's own nation, as a student meets them: the choice on the results,
// kept with the answers and carried by the share link; the career page's own nation first with the
// others folded; the Welsh quiz and a school's `region` option as defaults the student can change;
// and the page's contents and source links moving within the page, not to another screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, questionBank, answerFor, answerUntil, perfusionistLike } from './support.js';

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

const progressKey = 'career-quiz:progress';
const saved = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), progressKey);
const payLines = (page) => page.locator('ol.matches .card-pay').allTextContents();

async function finished(url = server.url) {
  const opened = await openPage(browser, url);
  await opened.page.locator('.welcome a.primary').click();
  await answerUntil(opened.page, answerFor(bank, perfusionistLike));
  await opened.page.locator('ol.matches').waitFor();
  return opened;
}

test('the student says where they live: the cards give that nation\'s pay, it is kept, and the share link carries it', async () => {
  const { context, page, errors } = await finished();
  const choice = page.getByLabel('Where do you live?');
  assert.equal(await choice.inputValue(), '', 'no nation is assumed in English');
  const everyNation = await payLines(page);
  assert.ok(everyNation.length > 0, 'some top careers have pay');

  await choice.focus();
  await choice.selectOption('scotland');
  await page.waitForFunction(() => [...document.querySelectorAll('.card-pay')].some((p) => p.textContent.startsWith('Pay (Scotland)')));
  const scottish = await payLines(page);
  assert.ok(scottish.every((line) => /^Pay \((Scotland|Across the UK)\): /.test(line)), scottish.join('\n'));
  assert.ok(scottish.some((line) => /NHS Band \d.*\(2026\/27\)/.test(line)), scottish.join('\n'));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'home-choice', 'the focus stays on the choice after the redraw');
  assert.equal((await saved(page)).home, 'scotland', 'kept with the answers');
  const link = await page.locator('#share-link').inputValue();
  assert.match(link, /#shared\/[^/]+\/scotland$/);

  await page.reload();
  await page.locator('ol.matches').waitFor();
  assert.equal(await page.getByLabel('Where do you live?').inputValue(), 'scotland', 'a reload keeps it');

  // "I would rather not say" goes back to every nation.
  await page.getByLabel('Where do you live?').selectOption('');
  await page.waitForFunction(() => !document.querySelector('.card-pay')?.textContent.startsWith('Pay (Scotland)'));
  assert.equal((await saved(page)).home, undefined, 'no nation is kept');
  assert.deepEqual(await payLines(page), everyNation);
  assert.deepEqual(errors, []);
  await context.close();

  // Another device opens the link: the same nation's pay, and no choice to change it.
  const other = await openPage(browser, link);
  await other.page.locator('.results.shared').waitFor();
  assert.deepEqual(await payLines(other.page), scottish);
  assert.equal(await other.page.locator('#home-choice').count(), 0);
  assert.equal(await other.page.evaluate((key) => localStorage.getItem(key), progressKey), null, 'nothing is saved on that device');
  await other.context.close();
});

test('a career page puts the student\'s nation first and folds the others, and an open panel stays open when the choice changes', async () => {
  const { context, page, errors } = await openPage(browser, `${server.url}#career/occupational_therapist`);
  await page.locator('.career-page').waitFor();
  // No nation chosen: every nation is open, none folded.
  assert.equal(await page.locator('details.other-regions').count(), 0);

  await page.getByLabel('Where do you live?').focus();
  await page.getByLabel('Where do you live?').selectOption('wales');
  await page.locator('details.other-regions').first().waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'home-choice', 'the focus stays on the choice');
  const pay = await page.locator('section.region').evaluateAll((s) => s.map((e) => [e.dataset.region, !!e.closest('details.other-regions'), e.checkVisibility()]));
  const open = pay.filter(([, folded]) => !folded).map(([r]) => r);
  assert.ok(open.length > 0 && open.every((r) => r === 'wales' || r === 'uk'), `only Wales and the UK open: ${open}`);
  assert.ok(pay.some(([r, folded, visible]) => r === 'scotland' && folded && !visible), 'Scotland is folded away');

  // The student opens "Other nations" under the pay, then changes their nation: the panel stays open.
  const firstFold = page.locator('details.other-regions').first();
  await firstFold.locator('summary').click();
  assert.equal(await firstFold.evaluate((d) => d.open), true);
  await page.getByLabel('Where do you live?').focus();
  await page.getByLabel('Where do you live?').selectOption('england');
  await page.waitForFunction(() => document.querySelector('section.region[data-region="england"]') && !document.querySelector('section.region[data-region="england"]').closest('details'));
  assert.equal(await page.locator('details.other-regions').first().evaluate((d) => d.open), true, 'the open panel is open after the redraw');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'home-choice');

  // The contents and a source number move within the page; the screen's address stays.
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Sources' }).click();
  await page.waitForFunction(() => document.querySelector('#sources').getBoundingClientRect().top < window.innerHeight);
  assert.equal(await page.evaluate(() => location.hash), '#career/occupational_therapist');
  const reference = page.locator('.refs a').first();
  const target = await reference.getAttribute('href');
  await reference.click();
  await page.waitForFunction((id) => document.activeElement === document.querySelector(id), target);
  const [top, height] = await page.evaluate((id) => [document.querySelector(id).getBoundingClientRect().top, innerHeight], target);
  assert.ok(top > -2 && top < height, `the source ${target} is on screen (${top} of ${height})`);
  assert.equal(await page.evaluate(() => location.hash), '#career/occupational_therapist');
  assert.ok(await page.locator('.career-page').isVisible(), 'still the career page');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Welsh quiz starts from Wales, a school\'s region option from its nation, and the student\'s own choice wins', async () => {
  const welsh = await finished(`${server.url}?lang=cy`);
  assert.equal(await welsh.page.locator('#home-choice').inputValue(), 'wales', 'Welsh: Wales unless the student says otherwise');
  const lines = await payLines(welsh.page);
  assert.ok(lines.length > 0 && lines.every((l) => /^Cyflog \((Cymru|Ledled y DU)\): /.test(l)), lines.join('\n'));
  assert.equal((await saved(welsh.page)).home, undefined, 'a default is not the student\'s choice, so nothing is kept');
  // "I would rather not say" is a choice too, and beats the default after a reload.
  await welsh.page.locator('#home-choice').selectOption('');
  await welsh.page.waitForFunction(() => !document.querySelector('details.other-regions') && document.querySelector('#home-choice').value === '');
  await welsh.page.reload();
  await welsh.page.locator('ol.matches').waitFor();
  assert.equal(await welsh.page.locator('#home-choice').inputValue(), '', 'every nation, as the student asked');
  await welsh.context.close();

  const school = await finished(`${server.url}?region=scotland`);
  assert.equal(await school.page.locator('#home-choice').inputValue(), 'scotland');
  assert.ok((await payLines(school.page)).every((l) => /^Pay \((Scotland|Across the UK)\): /.test(l)));
  await school.page.locator('#home-choice').selectOption('northern_ireland');
  await school.page.waitForFunction(() => document.querySelector('.card-pay')?.textContent.startsWith('Pay (Northern Ireland)'));
  await school.page.reload();
  await school.page.locator('ol.matches').waitFor();
  assert.equal(await school.page.locator('#home-choice').inputValue(), 'northern_ireland', 'the student\'s choice beats the school\'s');
  await school.context.close();

  // A region the quiz does not know is ignored with a warning, and the quiz works.
  const bad = await openPage(browser, `${server.url}?region=mars`);
  const warnings = [];
  bad.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await bad.page.reload();
  await bad.page.locator('.welcome a.primary').waitFor();
  assert.ok(warnings.some((w) => /region/.test(w)), warnings.join('\n'));
  assert.deepEqual(bad.errors, []);
  await bad.context.close();
});

test('printed results give the next steps for the student\'s nation, without the choice itself', async () => {
  const { context, page } = await finished();
  await page.locator('#home-choice').selectOption('wales');
  await page.waitForFunction(() => document.querySelector('.card-pay')?.textContent.startsWith('Pay ('));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#home-form').isVisible(), false, 'the form is not printed');
  assert.ok(await page.locator('.steps li').filter({ hasText: 'Read about the job on Careers Wales' }).isVisible(), 'the nation\'s careers service');
  await context.close();
});
