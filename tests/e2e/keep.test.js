// Results a student keeps and shares, and a teacher's class summary, as they are used: the chart
// and its table, the share link opened on another device (without touching that device's own
// answers), the JSON and CSV downloads, and three students' links pasted into the class summary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
  root, serve, launch, openPage, questionBank, answerFor, answerUntil, rankedCareers, perfusionistLike,
  dislikesBloodHospitalsAndShifts, axeViolations,
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

const progressKey = 'career-quiz:progress';

/** A student who has finished the quiz with `rule`'s answers, on the results screen. */
async function finished(rule, options = {}) {
  const opened = await openPage(browser, server.url, { options });
  await opened.page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(opened.page, answerFor(bank, rule));
  await opened.page.locator('ol.matches').waitFor();
  return opened;
}

/** The `score` command's view of a set of answers: its ranking and its share code. */
function scored(rule) {
  const answers = Object.fromEntries(bank.map((q) => [q.id, answerFor(bank, rule)(q.id)]));
  const out = execFileSync(join(root, 'target/release/score'), ['-'], { input: JSON.stringify({ answers }), encoding: 'utf8' });
  return JSON.parse(out);
}

/** The chart's table (for screen readers) and the numbers drawn beside the chart's bars. */
async function chartNumbers(page) {
  const chart = page.locator('.profile-chart').first();
  assert.equal(await chart.locator('svg').getAttribute('aria-hidden'), 'true', 'the picture is hidden from screen readers');
  const table = await chart.locator('table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
  const drawn = await chart.locator('svg text.value').allTextContents();
  return { table, drawn };
}

test('the chart of the student beside a career is also a table, with the same numbers, on the results and the career page', async () => {
  const { context, page, errors } = await finished(perfusionistLike);
  const top = (await rankedCareers(page))[0];
  await page.locator('details.more-results > summary').click();
  assert.match(await page.locator('.profile-chart h2').textContent(), /^Your answers beside /);
  const { table, drawn } = await chartNumbers(page);
  assert.equal(table.length, 12, 'six interest areas and six work styles');
  assert.deepEqual(table.map((r) => r[0]).slice(0, 6), [
    'Hands-on work with tools and machines', 'Science and solving problems', 'Creative work',
    'Helping and teaching people', 'Leading and persuading', 'Organised work with records and routines',
  ]);
  assert.deepEqual(drawn, table.flatMap((r) => [r[1], r[2]]), 'the bars are labelled with the table\'s numbers');
  // This student answered 5 to every work style, and 1 to creative work.
  assert.ok(table.slice(6).every((r) => r[1] === '100'), JSON.stringify(table));
  assert.equal(table[2][1], '0');
  // The table is read in the page's order by a screen reader: its caption names the career.
  assert.match(await page.locator('.profile-chart caption').textContent(), /Your answers and the profile of .+, from 0 to 100/);

  await page.locator(`ol.matches > li[data-career="${top}"] h2 a`).click();
  await page.locator('.career-page .profile-chart').waitFor();
  const onPage = await chartNumbers(page);
  assert.deepEqual(onPage.table, table, 'the career page shows the same comparison');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the share link shows the same results on another device, and leaves that device\'s own answers alone', async () => {
  const student = await finished(perfusionistLike, { permissions: ['clipboard-read', 'clipboard-write'] });
  const ranking = await rankedCareers(student.page);
  const link = await student.page.locator('#share-link').inputValue();
  assert.ok(link.startsWith(`${server.url}#shared/`), link);
  await student.page.locator('details.advisers > summary').click();
  await student.page.getByRole('button', { name: 'Copy link' }).click();
  await student.page.getByText('Link copied.').waitFor();
  assert.equal(await student.page.evaluate(() => navigator.clipboard.readText()), link);
  await student.context.close();

  // The adviser's browser has a student of its own half-way through the quiz.
  const adviser = await openPage(browser, server.url);
  await adviser.page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(adviser.page, answerFor(bank, dislikesBloodHospitalsAndShifts), (n) => n === 7);
  const ownSave = await adviser.page.evaluate((key) => localStorage.getItem(key), progressKey);
  const ownQuestion = await adviser.page.locator('fieldset[data-question]').getAttribute('data-question');

  await adviser.page.goto(link);
  await adviser.page.getByRole('heading', { name: 'Their top matches' }).waitFor();
  assert.deepEqual(await rankedCareers(adviser.page), ranking, 'the same careers in the same order');
  assert.match(await adviser.page.locator('main').innerText(), /Your own answers on this device have not been changed/);
  assert.equal(await adviser.page.locator('#share-link, a[download]').count(), 0, 'nothing to re-share or download from someone else\'s results');
  await adviser.page.reload();
  await adviser.page.getByRole('heading', { name: 'Their top matches' }).waitFor();
  assert.deepEqual(await rankedCareers(adviser.page), ranking, 'a reload shows them again');
  assert.equal(await adviser.page.evaluate((key) => localStorage.getItem(key), progressKey), ownSave, 'the own save is untouched');

  await adviser.page.getByRole('button', { name: 'Go to my own quiz' }).click();
  await adviser.page.locator(`fieldset[data-question="${ownQuestion}"]`).waitFor();
  assert.equal(await adviser.page.evaluate(() => location.hash), '#quiz');
  assert.equal(await adviser.page.evaluate((key) => localStorage.getItem(key), progressKey), ownSave);

  // A link cut short or changed on the way gets a message, and the own quiz carries on.
  const code = link.split('#shared/')[1];
  for (const [broken, message] of [
    [code.slice(0, -5), /too short or too long/],
    [code.slice(0, -1) + (code.endsWith('Z') ? 'Y' : 'Z'), /has a mistake in it/],
    [code.replace(/^./, '!'), /a character that resume codes never use/],
  ]) {
    await adviser.page.goto(`${server.url}#shared/${broken}`);
    await adviser.page.reload();
    const notice = adviser.page.locator('.notices .notice', { hasText: 'This shared link cannot show results.' });
    await notice.waitFor();
    assert.match(await notice.textContent(), message);
    await adviser.page.locator(`fieldset[data-question="${ownQuestion}"], .welcome`).first().waitFor();
    assert.equal(await adviser.page.evaluate((key) => localStorage.getItem(key), progressKey), ownSave);
  }
  assert.deepEqual(adviser.errors, []);
  await adviser.context.close();
});

test('the answers and matches download as JSON and CSV that match the screen', async () => {
  const { context, page, errors } = await finished(perfusionistLike);
  const ranking = await rankedCareers(page);
  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));

  await page.locator('details.advisers > summary').click();
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download as JSON' }).click()]);
  assert.equal(jsonDownload.suggestedFilename(), `career-quiz-${today}.json`);
  const json = JSON.parse(await readFile(await jsonDownload.path(), 'utf8'));
  assert.equal(json.format, 'career-quiz-results');
  assert.equal(json.date, today);
  assert.deepEqual(json.matches.slice(0, 5).map((m) => m.career), ranking);
  assert.equal(Object.keys(json.answers).length, bank.length);
  assert.equal(json.answers[bank[0].id], answerFor(bank, perfusionistLike)(bank[0].id));
  assert.equal(json.interest_code, 'RIC');
  assert.equal(`${server.url}#shared/${json.share_code}`, await page.locator('#share-link').inputValue());

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download as CSV' }).click()]);
  assert.equal(csvDownload.suggestedFilename(), `career-quiz-${today}.csv`);
  const lines = (await readFile(await csvDownload.path(), 'utf8')).trimEnd().split('\r\n');
  assert.equal(lines[0], 'record,rank,id,text,value');
  const matchLines = lines.filter((l) => l.startsWith('match,'));
  assert.deepEqual(matchLines.slice(0, 5).map((l) => l.split(',')[2]), ranking);
  assert.equal(lines.filter((l) => l.startsWith('answer,')).length, bank.length);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a teacher pastes three students\' links and codes, and gets the class summary and its CSV, in the browser', async () => {
  const students = [perfusionistLike, dislikesBloodHospitalsAndShifts, (section) => (section === 'interests' ? 3 : 2)]
    .map(scored);
  const topCounts = {};
  for (const s of students) topCounts[s.results[0].career] = (topCounts[s.results[0].career] ?? 0) + 1;

  const { context, page, errors } = await openPage(browser, `${server.url}#teacher`);
  await page.getByRole('heading', { name: 'Class summary' }).waitFor();
  // Nothing leaves the browser: no request at all while the summary is made and downloaded.
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  // Two as links, one as a bare code with its hyphens, then a line that is no code at all.
  const pasted = [
    `${server.url}#shared/${students[0].share_code}`,
    `https://another-school.example/quiz/#shared/${students[1].share_code}`,
    students[2].share_code,
    'no code, sorry!',
  ].join('\n');
  await page.getByLabel('One student on each line').fill(pasted);
  await page.getByRole('button', { name: 'Make the summary' }).click();
  await page.getByText('Students counted: 3.').waitFor();
  assert.match(await page.locator('.class-rejected').textContent(), /Line 4: That code has a character that resume codes never use/);
  const shown = Object.fromEntries(await page.locator('table.class-top tbody tr').evaluateAll((rows) =>
    rows.map((r) => [r.dataset.career, Number(r.cells[1].textContent)])));
  for (const [career, count] of Object.entries(topCounts)) assert.equal(shown[career], count, `${career} is the top match of ${count}`);
  assert.equal(Object.values(shown).reduce((a, b) => a + b, 0), 3, 'every student has one top match');
  const averages = await page.locator('table.class-averages tbody tr').count();
  assert.ok(averages >= 18, `an average for every trait (${averages})`);
  assert.deepEqual(await axeViolations(page), []);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the summary as CSV' }).click()]);
  assert.equal(download.suggestedFilename(), 'class-summary.csv');
  const csv = (await readFile(await download.path(), 'utf8')).trimEnd().split('\r\n');
  assert.equal(csv[0], 'record,id,name,value');
  assert.ok(csv.includes('class,students,Students,3'), csv.slice(0, 5).join(' | '));
  for (const [career, count] of Object.entries(topCounts)) {
    assert.ok(csv.some((l) => l.startsWith(`top_match,${career},`) && l.endsWith(`,${count}`)), `${career} in the CSV`);
  }

  // The same links from a file, added to what is in the box: counted once each.
  await page.getByLabel('Or choose a text file of links or codes').setInputFiles({
    name: 'class.txt', mimeType: 'text/plain', buffer: Buffer.from(students.map((s) => s.share_code).join('\n')),
  });
  await page.getByText('Lines that were a student already counted, so they were counted once: 3.').waitFor();
  assert.match(await page.locator('.class-count').textContent(), /Students counted: 3\./);
  assert.deepEqual(requests.filter((url) => !url.startsWith('data:')), [], 'no request left the page');
  // The teacher's page keeps nothing: no save was written.
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), progressKey), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a large or binary file on the class summary gets one plain message, at once; many bad lines are listed up to 20', async () => {
  const { context, page, errors } = await openPage(browser, `${server.url}#teacher`);
  await page.getByRole('heading', { name: 'Class summary' }).waitFor();
  const file = page.getByLabel('Or choose a text file of links or codes');
  const png = await readFile(new URL('../../assets/icons/icon-192.png', import.meta.url));
  const refused = {
    'a picture': { name: 'class.png', mimeType: 'image/png', buffer: png },
    'a 5 MB file': { name: 'class.txt', mimeType: 'text/plain', buffer: Buffer.alloc(5 << 20, 'not a code\n') },
    'a file with a NUL': { name: 'class.txt', mimeType: 'text/plain', buffer: Buffer.from('ABC\0DEF\n') },
  };
  for (const [what, upload] of Object.entries(refused)) {
    const started = Date.now();
    await file.setInputFiles(upload);
    await page.getByRole('alert').getByText('That file could not be read').waitFor({ timeout: 5000 });
    assert.ok(Date.now() - started < 5000, `${what}: answered in ${Date.now() - started} ms`);
    assert.equal(await page.locator('.class-rejected li').count(), 0, `${what}: no "Line N" errors`);
    await page.getByLabel('One student on each line').fill('');
  }
  // 200 lines that are no codes: the first 20 named, the rest counted.
  await page.getByLabel('One student on each line').fill(Array.from({ length: 200 }, (_, n) => `no code ${n}`).join('\n'));
  await page.getByRole('button', { name: 'Make the summary' }).click();
  await page.getByText('More lines that could not be read, not listed here: 180.').waitFor();
  assert.equal(await page.locator('.class-rejected li').count(), 20);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a student compares careers side by side from the results, and the comparison has an address of its own', async () => {
  const { context, page, errors } = await finished(perfusionistLike);
  const ranking = await rankedCareers(page);
  // Two careers are chosen already (the top two); one the same as another is refused.
  await page.locator('details.more-results > summary').click();
  await page.getByLabel('Second career').selectOption(ranking[0]);
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.getByText('Choose two or three different careers.').waitFor();
  await page.getByLabel('Second career').selectOption(ranking[1]);
  await page.getByLabel('Third career (if you like)').selectOption('nurse');
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.getByRole('heading', { name: 'Careers side by side' }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), `#compare/${ranking[0]},${ranking[1]},nurse`);
  const columns = await page.locator('table.compare thead th').allTextContents();
  assert.equal(columns.length, 3);
  const rows = await page.locator('table.compare tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.cells[0].textContent, ...[...tr.cells].slice(1).map((c) => c.textContent)]));
  const row = (name) => rows.find((r) => r[0] === name);
  for (const name of ['Your match', 'Training', 'Years of study after school', 'Pay', 'Hours', 'Working in operating theatres', 'Being on call for emergencies']) {
    assert.ok(row(name)?.length === 4, `a row "${name}" with a cell per career: ${JSON.stringify(row(name))}`);
  }
  // The match row agrees with the results.
  const percents = await page.evaluate(() => [...document.querySelectorAll('table.compare tbody tr:first-child td')].map((td) => td.textContent));
  assert.ok(percents.every((p) => /^\d{1,3}% match$/.test(p)), percents.join());
  // Nurse: its NHS band in every nation with a table, each with its year, and the US median.
  assert.match(row('Pay')[3], /NHS Band 5.*\(2026\/27\)/);
  assert.match(row('Pay')[3], /May 2025/);

  // The address opens it again after a reload, and a career's name leads to its page.
  await page.reload();
  await page.getByRole('heading', { name: 'Careers side by side' }).waitFor();
  await page.locator('table.compare thead').getByRole('link', { name: 'Nurse', exact: true }).click();
  await page.locator('article.career[data-career="nurse"]').waitFor();
  await page.goBack();
  await page.getByRole('heading', { name: 'Careers side by side' }).waitFor();
  await page.getByRole('button', { name: 'Back to my results' }).click();
  await page.locator('ol.matches').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a retake keeps the earlier answers on the device, and the student sets them beside the new ones', async () => {
  const { context, page, errors } = await finished(perfusionistLike);
  const firstTop = (await rankedCareers(page))[0];
  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  assert.equal(await page.locator('.attempts').count(), 0, 'no earlier attempts yet');
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Yes, start again' }).click();
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(page, answerFor(bank, dislikesBloodHospitalsAndShifts));
  await page.locator('ol.matches').waitFor();
  const nowRanking = await rankedCareers(page);
  const history = page.locator('.attempts');
  assert.match(await history.textContent(), new RegExp(`${today}: .+ came first, with a \\d+% match\\.`));
  await history.getByRole('link', { name: 'Set it beside now' }).click();
  await page.getByRole('heading', { name: 'Then and now' }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), '#attempt/1');
  const rows = await page.locator('table.then-now tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.dataset.career, ...[...tr.cells].slice(1).map((c) => c.textContent)]));
  assert.deepEqual(rows.slice(0, 5).map((r) => r[0]), nowRanking, 'today\'s top five first, in order');
  const perfusionist = rows.find((r) => r[0] === firstTop);
  assert.ok(perfusionist, 'the earlier top match is listed');
  const [then, now] = [perfusionist[1], perfusionist[2]].map((t) => parseInt(t, 10));
  assert.ok(then > now, `${firstTop} fell: ${then} then, ${now} now`);
  assert.equal(perfusionist[3], `down ${then - now}`);
  assert.match(await page.locator('.interest-codes').textContent(), /^Your interest code was RIC\. Now it is [A-Z]{3}\.$/);
  await page.reload();
  await page.getByRole('heading', { name: 'Then and now' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);

  // "Clear my data" takes the earlier attempts too.
  await page.getByRole('button', { name: 'Clear my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.getByRole('link', { name: 'Start the quiz' }).waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  await page.goto(`${server.url}#attempt/1`);
  await page.getByText('That earlier attempt is no longer on this device.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
