// The class register as a teacher and their students use it: a student on the school's link
// (`?class=10B`) sends their first name and link with "Send to my teacher"; the teacher pastes
// the lines, with names in every form a spreadsheet or a chat gives, and their class list, and
// gets a sortable row per student, the lines merged and not read, who is missing and a link from
// another class marked; the table's CSV; the class page printed on A4 landscape, 30 students to
// a page, with no form on it; in English and in Welsh; and not one request leaves the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { root, serve, launch, openPage, questionBank, answerFor, answerUntil, perfusionistLike, axeViolations, message } from './support.js';

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

/** `count` different students' results from `score batch`: each with its share code and top careers. */
function students(count) {
  const lines = Array.from({ length: count }, (_, n) => {
    let state = n * 2654435761 + 12345;
    const answers = Object.fromEntries(bank.map((q) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return [q.id, (Math.floor(state / 65536) % 5) + 1];
    }));
    return JSON.stringify({ id: `s${n}`, answers });
  });
  const out = execFileSync(join(root, 'target/release/score'), ['batch', '-'], { input: lines.join('\n'), encoding: 'utf8' });
  const scored = out.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(new Set(scored.map((s) => s.share_code)).size, count, 'every student answered differently');
  return scored;
}

const link = (code, tags = '') => `${server.url}#shared/${code}${tags}`;

/** The table's rows as the teacher reads them: each row's cells' text. */
const tableRows = (page) => page.locator('table.class-students tbody tr').evaluateAll((rows) =>
  rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));

test('a student sends their teacher name and link; the register shows named rows, merges, the missing and another class, sorts, downloads, and sends nothing', async () => {
  // The student, on the school's link for class 10B.
  const student = await openPage(browser, `${server.url}?class=10B`, { options: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await student.page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(student.page, answerFor(bank, perfusionistLike));
  await student.page.locator('ol.matches').waitFor();
  const titles = await student.page.locator('ol.matches > li h2').allTextContents();
  await student.page.getByText('Send to my teacher').click();
  const send = student.page.getByRole('button', { name: 'Copy or share the line' });
  await send.click();
  await student.page.getByRole('status').getByText('Type your first name first.').waitFor();
  assert.equal(await student.page.evaluate(() => document.activeElement.id), 'teacher-name', 'the name box takes the focus');
  await student.page.getByLabel('Your first name').fill('Mia');
  await send.click();
  await student.page.getByText('Copied. Paste it where your teacher asked').waitFor();
  const sent = await student.page.evaluate(() => navigator.clipboard.readText());
  assert.match(sent, /^Mia – http:\/\/[^ ]+#shared\/[0-9A-Z-]+\/class=10B\/done=\d{4}-\d\d-\d\dT\d\d:\d\d$/);
  const shareLink = await student.page.locator('#share-link').inputValue();
  assert.match(shareLink, /#shared\/[0-9A-Z-]+\/class=10B$/, 'the share link carries the class, and no time');
  assert.ok(!shareLink.includes('Mia') && !sent.split(' – ')[1].includes('Mia'), 'the name is never in the link');
  assert.deepEqual(student.errors, []);
  await student.context.close();

  // The teacher.
  const [rhys, ffion] = students(2);
  const { context, page, errors } = await openPage(browser, `${server.url}#teacher`);
  await page.getByRole('heading', { name: 'Class summary' }).waitFor();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const pasted = [
    sent,
    `Rhys Evans\t${link(rhys.share_code, '/class=10B')}`,
    `"Hughes, Ffion",${link(ffion.share_code, '/wales/class=10C')}`,
    `Rhys Evans: ${link(rhys.share_code, '/class=10B')}`,
    'Owen – not a link',
  ].join('\n');
  await page.getByLabel('One student on each line').fill(pasted);
  await page.getByLabel('Your class list').fill('Mia Jones\nRhys Evans\nFfion Hughes\nOwen Price\n');
  await page.getByRole('button', { name: 'Make the summary' }).click();
  await page.getByText('Students counted: 3.').waitFor();

  const rows = await tableRows(page);
  assert.deepEqual(rows.map((r) => r[0]), ['Mia', 'Rhys Evans', 'Hughes, Ffion']);
  assert.equal(rows[0][2], titles.join('; '), 'Mia\'s top three, as her results show them');
  assert.equal(rows[1][2], rhys.results.slice(0, 3).map((m) => m.title).join('; '), 'the same careers as score batch');
  assert.deepEqual(rows.map((r) => r[4]), Array(3).fill(`${bank.length}/${bank.length}`));
  assert.match(rows[0][5], /^\d{4}-\d\d-\d\d \d\d:\d\d$/, 'when Mia finished');
  assert.equal(rows[1][5], '', 'a link without a time says none');
  assert.match(rows[1][3], /^[RIASEC]{3}$/, 'an interest code');
  assert.equal(rows[0][1], '10B');
  assert.equal(rows[2][1], '10C (another class)');
  assert.equal(await page.locator('.class-tags').textContent(),
    'The classes these links come from: 10B (2), 10C (1). Links from a class other than 10B are marked.');
  assert.deepEqual(await page.locator('.class-merged li').allTextContents(), ['Line 4 repeats line 2, so it was counted once.']);
  assert.match(await page.locator('.class-rejected').textContent(), /Line 5: /);
  const missing = page.getByRole('region', { name: 'Who is missing' });
  assert.equal(await missing.locator('p').first().textContent(), 'Names on your list with no result: 1 of 4.');
  assert.deepEqual(await missing.locator('li').allTextContents(), ['Owen Price']);
  assert.deepEqual(await axeViolations(page), []);

  // Sorting: by name, then the other way; the button keeps the focus, and the rows move.
  const byName = page.getByRole('button', { name: 'Name', exact: true });
  await byName.click();
  assert.equal(await page.locator('th:has(button.sort)').first().getAttribute('aria-sort'), 'ascending');
  assert.deepEqual((await tableRows(page)).map((r) => r[0]), ['Hughes, Ffion', 'Mia', 'Rhys Evans']);
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('th:has(button.sort)').first().getAttribute('aria-sort'), 'descending');
  assert.deepEqual((await tableRows(page)).map((r) => r[0]), ['Rhys Evans', 'Mia', 'Hughes, Ffion']);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Name');
  await page.getByRole('button', { name: 'Class', exact: true }).click();
  assert.deepEqual((await tableRows(page)).map((r) => r[1]), ['10B', '10B', '10C (another class)']);

  // The table's CSV: the same columns.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the table as CSV' }).click()]);
  assert.equal(download.suggestedFilename(), 'class-register.csv');
  const csv = (await readFile(await download.path(), 'utf8')).trimEnd().split('\r\n');
  assert.equal(csv[0], `Name,Class,Career 1,Career 2,Career 3,Interest code,Answers given (/${bank.length}),Finished`);
  assert.equal(csv.length, 4);
  assert.ok(csv[2].startsWith(`Rhys Evans,10B,${rhys.results[0].title},`), csv[2]);
  assert.ok(csv[3].startsWith('"Hughes, Ffion",10C,'), csv[3]);

  // The teacher types their class: now Ffion's 10C is the one, and the 10B links are marked.
  await page.getByLabel('Your class’s tag').fill('10C');
  await page.getByRole('button', { name: 'Make the summary' }).click();
  await page.locator('td:has-text("10B (another class)")').first().waitFor();
  assert.equal(await page.locator('td:has-text("(another class)")').count(), 2);

  assert.deepEqual(requests.filter((url) => !url.startsWith('data:')), [], 'no request left the page');
  assert.equal(await page.evaluate(() => localStorage.getItem('career-quiz:progress')), null, 'nothing kept');
  assert.deepEqual(errors, []);
  await context.close();
});

/** The PDF's pages and whether each is landscape, from its media boxes. */
function pdfPages(pdf) {
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  return boxes.map(([, w, h]) => ({ width: Number(w), height: Number(h) }));
}

test('the class page prints on A4 landscape, 30 students to a page, with no form on it', async () => {
  const many = students(31);
  const { context, page, errors } = await openPage(browser, `${server.url}#teacher`);
  await page.getByRole('heading', { name: 'Class summary' }).waitFor();
  const named = (list) => list.map((s, n) => `Student ${String(n + 1).padStart(2, '0')}, ${link(s.share_code, '/class=10B')}`).join('\n');
  for (const [count, pages] of [[30, 1], [31, 2]]) {
    await page.getByLabel('One student on each line').fill(named(many.slice(0, count)));
    await page.getByRole('button', { name: 'Make the summary' }).click();
    await page.getByText(`Students counted: ${count}.`).waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['form', 'textarea', 'table.class-top', '.site-header', '.site-footer']) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
    }
    assert.ok(await page.locator('table.class-students').isVisible(), 'the table is printed');
    assert.ok(await page.getByRole('heading', { name: 'Class summary' }).isVisible(), 'under its heading');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const sizes = pdfPages(pdf);
    assert.equal(sizes.length, pages, `${count} students: ${pages} page(s)`);
    for (const size of sizes) {
      // A4 landscape: 297 × 210 mm, 842 × 595 points.
      assert.ok(Math.abs(size.width - 842) < 2 && Math.abs(size.height - 595) < 2, `A4 landscape: ${JSON.stringify(size)}`);
    }
    await page.emulateMedia({ media: 'screen' });
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the register in Welsh: named rows, who is missing and another class, and its page printed', async () => {
  const [a, b, c] = students(3);
  const { context, page, errors } = await openPage(browser, `${server.url}?lang=cy#teacher`);
  await page.getByRole('heading', { name: await message('cy', 'teacher_heading') }).waitFor();
  const requests = [];
  page.on('request', (r) => requests.push(r));
  await page.getByLabel(await message('cy', 'teacher_codes_label')).fill([
    `Mali – ${link(a.share_code, '/class=10B')}`,
    `Owain\t${link(b.share_code, '/class=10B')}`,
    link(c.share_code, '/class=11A'),
  ].join('\n'));
  await page.getByLabel(await message('cy', 'teacher_list_label')).fill('Mali Jones\nOwain Rees\nSiôn Price');
  await page.getByRole('button', { name: await message('cy', 'teacher_summarise') }).click();
  await page.getByText('Myfyrwyr wedi’u cyfrif: 3.').waitFor();
  const rows = await tableRows(page);
  assert.deepEqual(rows.map((r) => r[0]), ['Mali', 'Owain', 'Dim enw (llinell 3)']);
  assert.equal(rows[2][1], '11A (dosbarth arall)');
  const headings = await page.locator('table.class-students thead th').allTextContents();
  assert.deepEqual(headings, ['Enw', 'Dosbarth', 'Y tair gyrfa uchaf', 'Cod diddordebau', 'Atebion a roddwyd', 'Wedi gorffen']);
  const missing = page.getByRole('region', { name: await message('cy', 'class_missing_heading') });
  assert.equal(await missing.locator('p').first().textContent(), 'Enwau ar eich rhestr heb ganlyniad: 1 o 3.');
  assert.deepEqual(await missing.locator('li').allTextContents(), ['Siôn Price']);
  assert.deepEqual(await axeViolations(page), []);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('form').isVisible(), false);
  assert.equal(pdfPages(await page.pdf({ preferCSSPageSize: true })).length, 1);
  // The Welsh file may still be on its way when the teacher starts; nothing else is asked for,
  // and nothing of the students' goes anywhere.
  const asked = requests.filter((r) => !r.url().startsWith('data:'));
  assert.deepEqual(asked.map((r) => r.url()).filter((url) => url !== `${server.url}lang/cy.json`), [], 'no other request');
  assert.ok(asked.every((r) => r.method() === 'GET' && !r.postData()), 'nothing sent');
  assert.deepEqual(errors, []);
  await context.close();
});
