// WCAG 2.2 AA as a student meets it: axe-core on every screen in English and in Welsh, in the
// light and dark themes; the whole quiz and a career page by keyboard alone with the focus always
// visible; reflow at 320 CSS pixels (what a 1280-pixel window shows at 400 % zoom) with no
// sideways scrolling; and targets of at least 24 by 24 pixels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, questionBank, answerFor, answerUntil, perfusionistLike, axeViolations, currentQuestion, openPage, message,
} from './support.js';

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

/** Every check, on the screen as it is now, in both themes; returns what failed. */
async function checkScreen(page, name) {
  const failures = [];
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    for (const v of await axeViolations(page)) failures.push(`${name} (${colorScheme}): ${v}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) failures.push(`${name}: ${overflow}px of sideways scrolling at 320 CSS px`);
  const small = await page.evaluate(() => [...document.querySelectorAll('button, summary, select, input:not([type=radio]), label.option, a.language-switch')]
    .filter((e) => e.getClientRects().length > 0)
    .map((e) => ({ e, r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.width < 24 || r.height < 24)
    .map(({ e, r }) => `${e.tagName.toLowerCase()} "${e.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`));
  for (const s of small) failures.push(`${name}: target smaller than 24x24: ${s}`);
  await page.setViewportSize(viewport);
  return failures;
}

async function open(url = server.url, init) {
  const opened = await openPage(browser, url, { init, options: { viewport: { width: 1000, height: 800 } } });
  await opened.page.locator('main h1').first().waitFor();
  return opened;
}

/**
 * Every screen in one language, found by what it is rather than by its words, so the same walk
 * serves English and Welsh.
 */
async function everyScreen(lang) {
  const failures = [];
  const base = `${server.url}?lang=${lang}`;
  const { context, page, errors } = await open(base);
  assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
  await page.locator('details.resume-code summary').click();
  failures.push(...await checkScreen(page, 'welcome'));
  await page.locator('.welcome a.primary').click();
  await answerUntil(page, answer);
  await page.locator('ol.matches').waitFor();
  failures.push(...await checkScreen(page, 'results'));
  for (const panel of ['ol.matches details.why', 'details.send-teacher', 'details.more-results', 'details.advisers']) {
    await page.locator(`${panel} > summary`).first().click();
  }
  failures.push(...await checkScreen(page, 'results, every panel open'));
  // A nation chosen, so that the career page below folds the other nations away.
  await page.locator('#home-choice').selectOption('scotland');
  await page.waitForFunction(() => document.querySelector('#home-choice').value === 'scotland');
  const shareLink = await page.locator('#share-link').inputValue();
  // The question screen, once per section, going through the quiz again.
  await page.getByRole('button', { name: await message(lang, 'change_answers') }).click();
  const checkedSections = new Set();
  for (let step = 0; step < bank.length; step += 1) {
    await page.locator('fieldset[data-question]').waitFor();
    const id = await currentQuestion(page);
    const { section } = bank.find((q) => q.id === id);
    if (!checkedSections.has(section)) {
      checkedSections.add(section);
      failures.push(...await checkScreen(page, `question (${section})`));
    }
    if (checkedSections.size === 4) break;
    await page.locator('.question .actions button.primary').click();
    await page.waitForFunction((q) => !document.querySelector(`fieldset[data-question="${q}"]`), id);
  }
  assert.equal(checkedSections.size, 4, `questions of every section checked: ${[...checkedSections]}`);

  await page.goto(`${base}#career/perfusionist`);
  await page.locator('.career-page').waitFor();
  assert.ok(await page.locator('details.other-regions').count() > 0, 'the other nations are folded');
  await page.locator('details.other-regions summary').first().click();
  failures.push(...await checkScreen(page, 'career page (perfusionist)'));
  await page.goto(`${base}#compare/perfusionist,nurse,dietitian`);
  await page.locator('table.compare').waitFor();
  failures.push(...await checkScreen(page, 'careers side by side'));
  await page.goto(shareLink);
  await page.locator('.results.shared').waitFor();
  failures.push(...await checkScreen(page, 'shared results'));
  await page.goto(`${base}#teacher`);
  await page.locator('#class-codes').fill(`Mia, ${shareLink}\nnot a code\n${shareLink}`);
  await page.locator('#class-list').fill('Mia Jones\nOwen Price');
  await page.locator('.teacher button[type="submit"]').click();
  await page.locator('.class-count').waitFor();
  failures.push(...await checkScreen(page, 'class summary'));
  await page.goto(`${base}#privacy`);
  await page.locator('.privacy-page h1').waitFor();
  failures.push(...await checkScreen(page, 'privacy'));
  await page.goto(`${server.url}careers/${lang === 'en' ? '' : `${lang}/`}perfusionist.html`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), lang, 'the static career page');
  failures.push(...await checkScreen(page, 'static career page'));
  if (lang === 'en') {
    // For web admins, in English only.
    await page.goto(`${server.url}schools.html`);
    await page.frameLocator('#preview iframe').locator('main h1').waitFor();
    failures.push(...await checkScreen(page, 'for schools'));
  }
  assert.deepEqual(errors, []);
  await context.close();

  // Notices: storage refused (with the resume code), and the honest outcomes.
  const refused = await open(base, () => Object.defineProperty(window, 'localStorage', {
    get() { throw new DOMException('denied', 'SecurityError'); },
  }));
  await refused.page.locator('.welcome a.primary').click();
  await answerUntil(refused.page, answer, (n) => n === 2);
  await refused.page.locator('#resume-code').waitFor();
  failures.push(...await checkScreen(refused.page, 'storage notice with resume code'));
  await refused.context.close();

  const few = await open(`${base}#results`);
  await few.page.getByRole('button', { name: await message(lang, 'back_to_questions') }).waitFor();
  failures.push(...await checkScreen(few.page, 'too few answers'));
  await few.context.close();

  // The error screen after a panic.
  const crash = await open(`${base}&drill=panic`);
  await crash.page.locator('.welcome a.primary').click();
  await crash.page.locator('fieldset input').first().check();
  await crash.page.locator('#crash').waitFor();
  failures.push(...await checkScreen(crash.page, 'error screen'));
  await crash.context.close();
  return failures;
}

for (const lang of ['en', 'cy']) {
  test(`axe, reflow at 320 px and target sizes on every screen, light and dark, in ${lang}`, async () => {
    assert.deepEqual(await everyScreen(lang), []);
  });
}

/** The element that has the focus, and whether it shows it. */
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  const style = getComputedStyle(e);
  return {
    tag: e.tagName.toLowerCase(),
    id: e.id,
    text: e.textContent.trim().slice(0, 60),
    visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
  };
});

test('the whole quiz and a career page with the keyboard alone, the focus always visible', async () => {
  const { context, page, errors } = await open();
  const invisible = [];
  const tabTo = async (matches, limit = 40) => {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (!now.visible) invisible.push(now);
      if (matches(now)) return now;
    }
    throw new Error(`never reached the element with Tab; at ${JSON.stringify(await focused(page))}`);
  };
  await tabTo((f) => f.text === 'Start the quiz');
  await page.keyboard.press('Enter');
  let arrowsChecked = false;
  for (let n = 0; n < bank.length; n += 1) {
    await page.locator('fieldset[data-question]').waitFor();
    const id = await currentQuestion(page);
    assert.equal((await focused(page)).id, 'question-heading', `focus on the heading of ${id}`);
    assert.equal(await page.locator('[aria-live="polite"]').first().textContent(), `Question ${n + 1} of ${bank.length}`);
    const value = answer(id);
    await page.keyboard.press('Tab'); // into the radio group, on its first option
    if (!(await focused(page)).visible) invisible.push(await focused(page));
    // Space picks the option in focus and, like a tap, moves on by itself; arrow keys only walk
    // the group, so after them the student moves on with Next.
    if (value === 1 && n + 1 < bank.length) {
      await page.keyboard.press('Space');
      await page.waitForFunction((q) => !document.querySelector(`fieldset[data-question="${q}"]`), id);
      continue;
    }
    if (value === 1) await page.keyboard.press('Space');
    for (let k = 1; k < value; k += 1) await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator(`fieldset[data-question="${id}"] input:checked`).getAttribute('value'), String(value));
    if (value > 1 && !arrowsChecked) {
      arrowsChecked = true;
      await page.waitForTimeout(1000);
      assert.equal(await currentQuestion(page), id, `arrow keys do not move on from ${id}`);
    }
    await tabTo((f) => f.tag === "button" && /^(Next|See my results)$/.test(f.text), 3).catch((e) => { throw new Error(`question ${n} ${id}: ${e.message}`); });
    await page.keyboard.press('Enter');
    if (n + 1 < bank.length) await page.waitForFunction((q) => !document.querySelector(`fieldset[data-question="${q}"]`), id);
  }
  await page.locator('ol.matches').waitFor();
  assert.equal((await focused(page)).tag, 'h1', 'the results take the focus');
  const about = await tabTo((f) => f.tag === 'a' && f.text.startsWith('About:'));
  await page.keyboard.press('Enter');
  await page.locator('.career-page').waitFor();
  const heading = await focused(page);
  assert.equal(heading.tag, 'h1');
  assert.equal(`About: ${heading.text}`, about.text, 'the career page of the match chosen');
  // Its related careers and sources are reachable too.
  await tabTo((f) => f.tag === 'a' && f.text.length > 0 && f.text !== 'Skip to content', 200);
  assert.deepEqual(invisible, [], 'every focused element shows an outline');
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Start again" and "Clear my data" by keyboard alone: the focus moves into the dialog, and back when it closes', async () => {
  const { context, page, errors } = await open();
  await page.locator('.welcome a.primary').click();
  await answerUntil(page, answer, (n) => n === 3);
  const progressKey = 'career-quiz:progress';
  const saved = () => page.evaluate((key) => localStorage.getItem(key), progressKey);
  const before = await saved();
  const tabTo = async (name, limit = 60) => {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      if ((await focused(page)).text === name) return;
    }
    throw new Error(`never reached "${name}" with Tab; at ${JSON.stringify(await focused(page))}`);
  };
  const dialog = page.getByRole('alertdialog');

  // Opened, then cancelled with Enter on its safe choice: the focus goes in, and back.
  await tabTo('Start again');
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  assert.equal((await focused(page)).text, 'No, keep them', 'the dialog takes the focus, on its safe choice');
  assert.ok((await focused(page)).visible);
  assert.match(await dialog.getAttribute('aria-labelledby'), /confirm-text/);
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  assert.equal((await focused(page)).text, 'Start again', 'the focus returns to the button that opened it');
  assert.equal(await saved(), before, 'nothing was cleared');

  // Opened, then closed with Escape.
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal((await focused(page)).text, 'Start again');

  // Confirmed with the keyboard: the answers go, and the welcome page says so.
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await page.keyboard.press('Shift+Tab');
  assert.equal((await focused(page)).text, 'Yes, start again');
  await page.keyboard.press('Enter');
  await page.locator('.welcome a.primary', { hasText: 'Start the quiz' }).waitFor();
  assert.equal(JSON.parse(await saved() ?? '{"answers":{}}').answers?.[bank[0].id], undefined, 'the answers are cleared');

  // "Clear my data": in, out with Escape, back to its button; then confirmed.
  await tabTo('Clear my data');
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  assert.equal((await focused(page)).text, 'No, keep them');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal((await focused(page)).text, 'Clear my data');
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await page.keyboard.press('Shift+Tab');
  assert.equal((await focused(page)).text, 'Yes, delete everything');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await page.getByText('Everything this quiz saved on this device has been deleted.').waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('career-quiz:'))), []);
  assert.deepEqual(errors, []);
  await context.close();
});
