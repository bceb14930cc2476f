// The fault matrix: every way a browser can fail the quiz's saved progress, one test each. In each
// the student can finish the quiz, sees a short message where something could not be kept, and
// loses no answer that was saved before the fault. The README's reliability section lists these.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  serve, launch, questionBank, answerFor, answerUntil, currentQuestion, perfusionistLike, root,
  sandboxedHostPage, openPage, moveOn,
} from './support.js';

const KEY = 'career-quiz:progress';
const BACKUP = 'career-quiz:progress-unreadable';
let server;
let browser;
let bank;
let answer;

before(async () => {
  server = await serve({ extra: {
    '/sandboxed.html': sandboxedHostPage('./index.html'),
    // Another app on the same origin that clears all of the site's storage.
    '/other-app.html': '<!doctype html><title>Another app</title><script>localStorage.clear(); document.title = "cleared";</script>',
  } });
  browser = await launch();
  bank = questionBank();
  answer = answerFor(bank, perfusionistLike);
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open({ initScript, url = server.url } = {}) {
  const opened = await openPage(browser, url, { init: initScript });
  if (url === server.url) await opened.page.locator('main h1').first().waitFor();
  return opened;
}

/** Puts `value` under the progress key (or any key) and reloads, as if an earlier visit left it. */
async function seed(page, value, key = KEY) {
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value]);
  await page.reload();
  await page.locator('main h1').first().waitFor();
}

const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const savedAnswers = async (page) => JSON.parse(await stored(page)).answers;

/** From wherever the student is, on to the end of the quiz and the ranked results. */
async function finish(page) {
  const start = page.getByRole('link', { name: /Start the quiz|Carry on from question/ });
  if (await start.count()) await start.click();
  await answerUntil(page, answer);
  // Questions skipped before are offered back: answer them too.
  if (await page.locator('.skipped').count()) {
    await page.locator('.skipped .actions button:not(.primary)').click();
    await answerUntil(page, answer);
  }
  await page.locator('ol.matches').waitFor();
}

const notice = (page, text) => page.locator('.notices').getByText(text);

test('1a. storage unreachable in a sandboxed iframe: the quiz runs in memory and says so', async () => {
  const { context, page, errors } = await open({ url: new URL('sandboxed.html', server.url).href });
  const frame = page.frameLocator('iframe');
  await frame.getByText('This browser is not letting the quiz save your answers').waitFor();
  await frame.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(frame, answer);
  await frame.locator('ol.matches').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('1b. storage disabled by the browser: the quiz runs in memory and says so', async () => {
  const { context, page, errors } = await open({
    initScript: () => Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
    }),
  });
  await notice(page, 'This browser is not letting the quiz save your answers').waitFor();
  await finish(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('2. quota exceeded on write: a message, the quiz goes on, earlier answers stay saved', async () => {
  const { context, page } = await open({
    initScript: () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (window.quotaFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    },
  });
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(page, answer, (n) => n === 3);
  await page.evaluate(() => { window.quotaFull = true; });
  await answerUntil(page, answer, (n) => n === 2);
  await notice(page, 'Your latest answer could not be saved on this device').waitFor();
  await finish(page);
  await page.reload();
  assert.equal(Object.keys(await savedAnswers(page)).length, 3, 'the three answers saved before the fault');
  // A refused write does not stop "Start again" from clearing what is saved.
  await page.evaluate(() => { window.quotaFull = true; });
  await page.getByRole('button', { name: 'Back' }).click(); // the reload resumed at question 4
  await notice(page, 'Your latest answer could not be saved on this device').waitFor();
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Yes, start again' }).click();
  await page.getByRole('link', { name: 'Start the quiz' }).waitFor();
  assert.equal(await stored(page), null);
  await context.close();
});

test('3. a saved value that is not JSON: kept under a backup key, the quiz starts afresh', async () => {
  const { context, page } = await open();
  await seed(page, '{"version":1,"answers":{"int_set_up_mach');
  await notice(page, 'Saved answers on this device could not be read').waitFor();
  assert.equal(await stored(page, BACKUP), '{"version":1,"answers":{"int_set_up_mach');
  await finish(page);
  assert.equal(await stored(page, BACKUP), '{"version":1,"answers":{"int_set_up_mach', 'the backup is never overwritten by the new save');
  await context.close();
});

test('4. valid JSON of the wrong shape: kept under a backup key, the quiz starts afresh', async () => {
  const { context, page } = await open();
  for (const wrong of ['{"version":1,"answers":"lots"}', '[1,2,3]', '{"answers":{}}', '{"version":"1","answers":{}}']) {
    await seed(page, wrong);
    await notice(page, 'Saved answers on this device could not be read').waitFor();
    assert.equal(await stored(page, BACKUP), wrong);
  }
  await finish(page);
  await context.close();
});

test('5. tampered answers: unknown ids and values off the scale are dropped, the rest kept', async () => {
  const { context, page } = await open();
  const [q0, q1, q2, q3] = bank.map((q) => q.id);
  const tampered = JSON.stringify({
    version: 1, current: q3, screen: 'quiz',
    answers: { [q0]: 4, [q1]: 9, [q2]: '3', no_such_question: 2, [q3]: 5 },
  });
  await seed(page, tampered);
  await notice(page, '3 saved answers no longer match the questions and were left out.').waitFor();
  assert.equal(await currentQuestion(page), q3);
  assert.equal(await page.locator('fieldset input:checked').getAttribute('value'), '5');
  assert.equal(await stored(page, BACKUP), tampered, 'the original is kept before it is replaced');
  const kept = await savedAnswers(page);
  assert.deepEqual([kept[q0], kept[q1], kept[q2], kept[q3]], [4, undefined, undefined, 5]);
  await finish(page);
  await context.close();
});

test('6. a save from a newer version is left alone; the quiz runs in memory and says why', async () => {
  const { context, page } = await open();
  const newer = JSON.stringify({ version: 99, answers: { [bank[0].id]: 3 }, future: true });
  await seed(page, newer);
  await notice(page, 'Your saved answers come from a newer version of this quiz').waitFor();
  await finish(page);
  assert.equal(await stored(page), newer, 'untouched after a whole quiz');
  await context.close();
});

test('7. every older saved version migrates forward (one fixture per version)', async () => {
  const { context, page } = await open();
  // Questions asked again under a new id since version 3 (src/progress.rs, RENAMED_IN_3).
  const renamed = { sub_english: 'sub_first_language', con_called_in: 'con_on_call' };
  for (const version of [1, 2, 3, 4]) {
    const fixture = await readFile(join(root, `tests/fixtures/progress/v${version}.json`), 'utf8');
    const before = JSON.parse(fixture);
    await seed(page, fixture.trim());
    await page.locator('fieldset[data-question]').waitFor();
    assert.equal(await currentQuestion(page), before.current, `v${version} resumes where it was`);
    await moveOn(page);
    const after = JSON.parse(await stored(page));
    assert.equal(after.version, 4, `v${version} is written back in today's format (v4)`);
    for (const [id, value] of Object.entries(before.answers)) {
      assert.equal(after.answers[version < 3 ? renamed[id] ?? id : id], value, `v${version} ${id}`);
    }
  }
  await finish(page);
  await context.close();
});

test('8. the question bank changed since the save: the other answers are kept', async () => {
  const { context, page } = await open();
  const [q0, q1] = bank.map((q) => q.id);
  await seed(page, JSON.stringify({
    version: 1, current: 'int_question_since_removed', screen: 'quiz',
    answers: { [q0]: 2, int_question_since_removed: 4, [q1]: 3 },
  }));
  await notice(page, '1 saved answer no longer matches the questions and was left out.').waitFor();
  assert.equal(await currentQuestion(page), bank[2].id, 'resumes at the first unanswered question');
  const kept = await savedAnswers(page);
  assert.deepEqual([kept[q0], kept[q1]], [2, 3]);
  await finish(page);
  await context.close();
});

test('9. two tabs: an answer in one shows in the other, and neither overwrites the other', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.progressWrites = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'career-quiz:progress') window.progressWrites += 1;
      return setItem.call(this, key, value);
    };
  });
  const [a, b] = [await context.newPage(), await context.newPage()];
  await a.goto(server.url);
  await a.getByRole('link', { name: 'Start the quiz' }).click();
  await b.goto(server.url); // resumes where tab a is
  await b.locator('fieldset[data-question]').waitFor();
  const [q0, q1, q2] = bank.map((q) => q.id);
  // Picking an answer moves tab a on by itself; tab b stays where it is, and moves with Next.
  await a.locator(`fieldset[data-question="${q0}"] input[value="2"]`).check();
  await b.locator(`fieldset[data-question="${q0}"] input[value="2"]:checked`).waitFor();
  await notice(b, 'Answers you gave in another tab').waitFor();
  await b.locator('.question .actions button.primary').click();
  await a.locator(`fieldset[data-question="${q1}"]`).waitFor();
  await b.locator(`fieldset[data-question="${q1}"] input[value="5"]`).check();
  await a.locator(`fieldset[data-question="${q1}"] input[value="5"]:checked`).waitFor();
  await a.locator('.question .actions button.primary').click();
  await a.locator(`fieldset[data-question="${q2}"] input[value="1"]`).check();
  await b.waitForFunction(([key, id]) => JSON.parse(localStorage.getItem(key)).answers[id] === 1, [KEY, q2]);
  for (const page of [a, b]) {
    const saved = await savedAnswers(page);
    assert.deepEqual([saved[q0], saved[q1], saved[q2]], [2, 5, 1]);
  }
  // Both tabs have moved on by themselves after their last pick (tab a to the question after q2).
  await a.locator(`fieldset[data-question="${bank[3].id}"]`).waitFor();
  await b.locator(`fieldset[data-question="${q2}"]`).waitFor();
  // Left alone, the tabs stay quiet: no echo of each other's writes.
  const writes = async () => (await a.evaluate(() => window.progressWrites)) + (await b.evaluate(() => window.progressWrites));
  const settled = await writes();
  await a.waitForTimeout(1000);
  assert.equal(await writes(), settled, 'no writes while nobody answers');

  // "Start again" in one tab is not undone by the other.
  await a.getByRole('button', { name: 'Start again' }).click();
  await a.getByRole('button', { name: 'Yes, start again' }).click();
  await b.getByRole('link', { name: 'Start the quiz' }).waitFor();
  await b.waitForTimeout(500);
  assert.equal(await stored(a), null, 'nothing brought back by the other tab');
  await b.getByRole('link', { name: 'Start the quiz' }).click();
  await b.locator(`fieldset[data-question="${q0}"] input[value="4"]`).check();
  await a.getByRole('link', { name: 'Carry on from question 1' }).waitFor();
  assert.deepEqual(await savedAnswers(a), { [q0]: 4 }, 'only the answer given after the fresh start');
  await finish(b);
  await context.close();
});

test('10. a panic shows the error screen with reload and copy; saved answers survive', async () => {
  const { context, page, errors } = await open();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(page, answer, (n) => n === 3);
  await page.goto(new URL('?drill=panic', server.url).href);
  await page.locator('fieldset[data-question] input[value="4"]').check();
  await page.getByRole('alert').getByRole('heading', { name: 'Something went wrong' }).waitFor();
  assert.equal(await page.locator('main').isVisible(), false, 'the broken app is hidden, not half-shown');
  await page.screenshot({ path: join(root, 'tests/e2e/output/crash.png') });
  await page.getByRole('button', { name: 'Copy details' }).click();
  await page.getByRole('button', { name: 'Copied' }).waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /panic drill/);
  await page.getByRole('button', { name: 'Reload the quiz' }).click();
  await page.locator('fieldset[data-question]').waitFor();
  assert.equal(Object.keys(await savedAnswers(page)).length, 3, 'the answers saved before the panic');
  assert.ok(errors.some((e) => e.includes('unreachable')), 'the panic really stopped the wasm');
  // The reload leaves the drill behind, so a link carrying it cannot stop the quiz twice.
  assert.equal(new URL(page.url()).searchParams.has('drill'), false, page.url());
  await page.locator('fieldset[data-question] input[value="4"]').check();
  await page.waitForFunction((key) => Object.keys(JSON.parse(localStorage.getItem(key)).answers).length === 4, KEY);
  assert.equal(await page.locator('#crash').count(), 0, 'no second panic');
  await page.goto(server.url);
  await finish(page);
  await context.close();
});

test('"Clear my data" removes every key the quiz wrote and nothing else', async () => {
  const { context, page } = await open();
  await page.evaluate(() => localStorage.setItem('another-app:setting', 'keep me'));
  await seed(page, 'not a save');
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(page, answer, (n) => n === 2);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).sort()), ['another-app:setting', KEY, BACKUP]);
  await page.getByRole('button', { name: 'Clear my data' }).click();
  await page.getByRole('button', { name: 'No, keep them' }).click();
  assert.equal(Object.keys(await savedAnswers(page)).length, 2);
  await page.getByRole('button', { name: 'Clear my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await notice(page, 'Everything this quiz saved on this device has been deleted').waitFor();
  assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), { 'another-app:setting': 'keep me' });
  await page.getByRole('link', { name: 'Start the quiz' }).waitFor();
  await context.close();
});

test('11. a read that fails at start-up: the save is left alone, the quiz runs in memory and says so', async () => {
  const context = await browser.newContext();
  // The next read of the progress fails once, as a corrupted store or a disk error makes it.
  await context.addInitScript(() => {
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (key) {
      if (key === 'career-quiz:progress' && getItem.call(this, 'test:fail-next-read') === 'yes') {
        this.removeItem('test:fail-next-read');
        throw new DOMException('The database connection is closing.', 'UnknownError');
      }
      return getItem.call(this, key);
    };
  });
  const [a, b] = [await context.newPage(), await context.newPage()];
  await a.goto(server.url);
  await a.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(a, answer, (n) => n === 3);
  await b.goto(server.url); // another tab, at question 4 with the same answers
  await b.locator('fieldset[data-question]').waitFor();
  const before = await stored(a);
  await a.evaluate(() => localStorage.setItem('test:fail-next-read', 'yes'));
  await a.reload();
  await notice(a, 'The answers saved on this device could not be read just now').waitFor();
  assert.equal(await stored(a), before, 'left as it was');
  // In memory: the quiz goes on (at question 1, as the address says), and writes nothing over the save.
  await a.locator('fieldset[data-question]').waitFor();
  await answerUntil(a, answer, (n) => n === 2);
  await a.waitForTimeout(300);
  assert.equal(await stored(a), before, 'not overwritten, not removed');
  assert.equal(await b.locator('fieldset[data-question] input:checked').count(), 0, 'the other tab is where it was');
  assert.equal(await b.getByRole('link', { name: 'Start the quiz' }).count(), 0, 'and was not reset');
  // A reload that reads well carries on from the save.
  await a.reload();
  await a.locator(`fieldset[data-question="${bank[3].id}"]`).waitFor();
  assert.equal(await stored(a), before);
  await context.close();
});

test('12. no room for the backup of a save that cannot be fully read: the save stays where it is', async () => {
  const { context, page } = await open({
    initScript: () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key === 'career-quiz:progress-unreadable') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    },
  });
  // Not JSON (row 3), and answers partly off the scale (row 5).
  const [q0, q1] = bank.map((q) => q.id);
  for (const unreadable of ['{"version":1,"answers":{"int_set_up_mach', JSON.stringify({ version: 1, answers: { [q0]: 4, [q1]: 9 } })]) {
    await page.goto(server.url);
    await seed(page, unreadable);
    await notice(page, 'there is no room to keep a copy of them').waitFor();
    await finish(page);
    assert.equal(await stored(page), unreadable, 'left where it was after a whole quiz');
    assert.equal(await stored(page, BACKUP), null);
  }
  await context.close();
});

test('13. another app on the site clears all storage: open quiz tabs keep their answers and save them again', async () => {
  const context = await browser.newContext();
  const [a, b] = [await context.newPage(), await context.newPage()];
  await a.goto(server.url);
  await a.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(a, answer, (n) => n === 4);
  await b.goto(server.url);
  await b.locator('fieldset[data-question]').waitFor();
  const other = await context.newPage();
  await other.goto(new URL('other-app.html', server.url).href);
  await other.waitForFunction(() => document.title === 'cleared');
  await a.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  assert.equal(Object.keys(await savedAnswers(a)).length, 4, 'saved again, every answer');
  for (const page of [a, b]) {
    assert.equal(await page.getByRole('link', { name: 'Start the quiz' }).count(), 0, 'not reset');
    await page.locator('fieldset[data-question]').waitFor();
  }
  await context.close();
});

test('14. "Start again" with storage full: the answers are kept, the student is told and given a resume code', async () => {
  const { context, page } = await open({
    initScript: () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (window.quotaFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    },
  });
  await finish(page);
  const before = await stored(page);
  await page.evaluate(() => { window.quotaFull = true; });
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Yes, start again' }).click();
  const told = notice(page, 'could not be kept as an earlier attempt');
  await told.waitFor();
  assert.equal(await stored(page), before, 'the answers are still saved');
  assert.equal(await page.locator('ol.matches').count(), 1, 'and still on screen');
  const code = (await told.innerText()).match(/resume code: ([0-9A-Z-]+)/)[1];
  // The code carries them to another device.
  const elsewhere = await open();
  await elsewhere.page.getByText('Have a resume code?').click();
  await elsewhere.page.getByLabel('Resume code').fill(code);
  await elsewhere.page.getByRole('button', { name: 'Use this code' }).click();
  await elsewhere.page.locator('fieldset[data-question]').waitFor();
  assert.deepEqual(await savedAnswers(elsewhere.page), JSON.parse(before).answers);
  await elsewhere.context.close();
  await context.close();
});

test('15. two tabs answering the same question a few milliseconds apart settle on the later answer', async () => {
  const context = await browser.newContext();
  const [a, b] = [await context.newPage(), await context.newPage()];
  await a.goto(server.url);
  await a.getByRole('link', { name: 'Start the quiz' }).click();
  await b.goto(server.url);
  await b.locator('fieldset[data-question]').waitFor();
  const [q0] = bank.map((q) => q.id);
  // Clicks an answer at a moment given by the clock both tabs share; returns when the page
  // handled it: the moment the change reaches the page, as the app stamps the answer (a click
  // can wait a few milliseconds for the page before that, which the app cannot know of).
  const clickAt = (page, at, value) => page.evaluate(([at, value]) => new Promise((resolve) => {
    setTimeout(() => {
      const input = document.querySelector(`fieldset input[value="${value}"]`);
      if (input.checked) return resolve(Date.now()); // no change to handle
      addEventListener('change', () => resolve(Date.now()), { capture: true, once: true });
      input.click();
    }, at - Date.now());
  }), [at, value]);
  let judged = 0;
  for (let round = 0; round < 24; round += 1) {
    const gap = round % 6; // 0–5 ms
    const [first, second] = round % 2 ? [a, b] : [b, a];
    const [early, late] = [1 + (round % 5), 1 + ((round + 2) % 5)];
    const at = Date.now() + 150;
    const [t1, t2] = await Promise.all([clickAt(first, at, early), clickAt(second, at + gap, late)]);
    await a.waitForTimeout(200);
    const answers = await Promise.all([a, b].map((p) => p.locator('fieldset input:checked').getAttribute('value')));
    const saved = (await savedAnswers(a))[q0];
    assert.equal(answers[0], answers[1], `round ${round}: both tabs show the same answer`);
    assert.equal(Number(answers[0]), saved, `round ${round}: and storage holds it`);
    // Which click was later, by the browser's own clock: that answer wins. Clicks less than 2 ms
    // apart may fall either side of a millisecond the app stamps, so only their agreement counts.
    if (Math.abs(t2 - t1) >= 2) {
      judged += 1;
      const full = JSON.parse(await a.evaluate(() => localStorage.getItem('career-quiz:progress')));
      assert.equal(saved, t2 > t1 ? late : early, `round ${round}: the later answer wins (handled at ${t1} and ${t2}; saved at ${full.answered_at[q0]})`);
    }
  }
  assert.ok(judged >= 8, `${judged} rounds had a click 2 ms or more later`);
  await context.close();
});
