// A school's page on another origin embeds the quiz with the one-tag kit (embed.js): the iframe
// follows the quiz's height, the completion event reaches the school's page with the top careers
// and no answers, foreign messages are ignored, bad options are ignored with a warning, and the
// plain and sandboxed iframe variants and the For-schools page work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, questionBank, answerFor, answerUntil, perfusionistLike, axeViolations, rankedCareers,
} from './support.js';

let quiz; // the quiz's own server
let deep; // the same build under a deep sub-path
let school; // the school's site: another port, so another origin
let foreign; // a third origin that tries to talk to the school's page
let browser;
let answer;

/** A school's page: its own script records every message it hears. */
const hostPage = (body) => `<!doctype html><html lang="en"><head><title>Careers at our school</title>
<link rel="icon" href="data:,"><script>window.heard = []; addEventListener('message', (e) =>
window.heard.push({ origin: e.origin, data: e.data }));</script></head><body><h1>Careers</h1>${body}</body></html>`;

before(async () => {
  quiz = await serve();
  deep = await serve({ prefix: '/some/deep/path/' });
  foreign = await serve({ extra: {
    '/meddle.html': `<!doctype html><title>meddler</title><script>
      parent.postMessage({ type: 'career-quiz:height', height: 123 }, '*');
      parent.postMessage({ type: 'career-quiz:completed', top: [{ career: 'fake', match: 100 }] }, '*');
    </script>`,
  } });
  school = await serve({ extra: {
    '/careers.html': hostPage(`<script src="${quiz.url}embed.js" data-lang="en" data-accent="#1d70b8"
      data-compact data-storage="st-marys" data-region="wales" data-class="10B" async></script>`),
    '/careers-with-answers.html': hostPage(`<script src="${quiz.url}embed.js" data-share-answers="yes"></script>`),
    '/careers-bad.html': hostPage(`<script src="${quiz.url}embed.js" data-lang="xx" data-accent="javascript:alert(1)"
      data-storage="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" data-compact="maybe" data-colour="red"
      data-constructor="x" data-to-string="y" data-has-own-property="z"></script>`),
    '/careers-pale.html': hostPage(`<script src="${quiz.url}embed.js" data-accent="#ffdd00"></script>`),
    '/careers-meddled.html': hostPage(`<script src="${quiz.url}embed.js"></script>
      <iframe title="Advert" src="${foreign.url}meddle.html"></iframe>`),
    '/careers-other-origin-declared.html': hostPage(`<iframe title="Career quiz"
      src="${quiz.url}?origin=${encodeURIComponent('http://example.invalid')}" style="width:100%;height:40rem"></iframe>`),
    '/careers-deep.html': hostPage(`<script src="${deep.url}embed.js"></script>`),
    // Another origin of the same site, which opens the quiz's results unseen, declaring itself.
    '/peek.html': hostPage(`<script>const frame = document.createElement('iframe'); frame.hidden = true;
      frame.title = 'Career quiz'; frame.src = '${quiz.url}?origin=' + encodeURIComponent(location.origin) + '&answers=yes#results';
      document.body.append(frame);</script>`),
    '/careers-plain.html': hostPage(`<iframe title="Career quiz" src="${quiz.url}?compact=yes" style="width:100%;height:40rem"></iframe>`),
    '/careers-sandboxed.html': hostPage(`
      <iframe title="Career quiz, sandboxed" sandbox="allow-scripts" src="${quiz.url}" style="width:100%;height:40rem"></iframe>`),
    '/careers-sandboxed-same-origin.html': hostPage(`
      <iframe title="Career quiz, sandboxed with its origin" sandbox="allow-scripts allow-same-origin" src="${quiz.url}" style="width:100%;height:40rem"></iframe>`),
  } });
  browser = await launch();
  answer = answerFor(questionBank(), perfusionistLike);
});

after(async () => {
  await browser?.close();
  for (const server of [quiz, deep, school, foreign]) server?.close();
});

/** Opens a school page; collects page errors, dialogs and console warnings from every frame. */
async function openSchoolPage(path) {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(new URL(path, school.url).href);
  const frame = page.frameLocator('iframe').first();
  await frame.locator('main h1').first().waitFor();
  return { context, page, frame, errors, warnings };
}

/** The iframe's height on the school's page, and the height of the quiz inside it. */
async function heights(page) {
  const outer = await page.locator('iframe').first().evaluate((f) => f.getBoundingClientRect().height);
  const inner = await page.frames()[1].evaluate(() => ({
    content: document.documentElement.getBoundingClientRect().height,
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
  }));
  return { outer, ...inner };
}

/** Waits until the iframe is as tall as the quiz inside it, and returns that height. */
async function fitted(page) {
  let last;
  for (let tries = 0; tries < 50; tries += 1) {
    last = await heights(page);
    if (Math.abs(last.outer - Math.ceil(last.content)) <= 1 && !last.scrolls) return last.outer;
    await page.waitForTimeout(100);
  }
  assert.fail(`the iframe never fitted the quiz: ${JSON.stringify(last)}`);
}

const heard = (page, type) => page.evaluate((t) => window.heard.filter((m) => m.data?.type === t), type);

test('one tag on another origin: titled iframe, fitted to the quiz, options applied, completion event without answers', async () => {
  const { context, page, frame, errors } = await openSchoolPage('careers.html');
  const iframe = page.locator('iframe');
  assert.match(await iframe.getAttribute('title'), /Career quiz/);
  assert.notEqual(new URL(await iframe.getAttribute('src')).origin, new URL(school.url).origin);

  const welcome = await fitted(page);
  // Options: compact leaves out the title, not the language switch; the accent colour reaches the buttons.
  assert.equal(await frame.locator('.site-title').isVisible(), false);
  assert.equal(await frame.locator('.language-switch').isVisible(), true, 'the language switch stays');
  const accent = await frame.locator('.welcome .primary').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(accent, 'rgb(29, 112, 184)');

  await frame.getByRole('link', { name: 'Start the quiz' }).click();
  await frame.locator('fieldset[data-question]').waitFor();
  const question = await fitted(page);
  assert.notEqual(question, welcome, 'the iframe height follows the screen');
  await answerUntil(frame, answer);
  await frame.locator('ol.matches').waitFor();
  const results = await fitted(page);
  assert.ok(results > question + 300, `the long results page gets a taller iframe (${question} → ${results})`);

  // The school's nation comes first, until the student says where they live.
  assert.equal(await frame.locator('#home-choice').inputValue(), 'wales', 'data-region sets the nation shown');
  assert.ok((await frame.locator('.card-pay').allTextContents()).every((l) => /^Pay \((Wales|Across the UK)\): /.test(l)));

  // The class tag goes into the share link, for the teacher's register.
  assert.match(await frame.locator('#share-link').inputValue(), /#shared\/[0-9A-Z-]+\/wales\/class=10B$/, 'data-class reaches the share link, after the nation');

  // The storage namespace keeps this school's save apart.
  const keys = await page.frames()[1].evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys, ['career-quiz:st-marys:progress']);

  // The completion event: to this page, from the quiz's origin, top careers, no answers.
  await page.waitForFunction(() => window.heard.some((m) => m.data?.type === 'career-quiz:completed'));
  const [completed, ...again] = await heard(page, 'career-quiz:completed');
  assert.equal(again.length, 0, 'posted once per ranking');
  assert.equal(completed.origin, new URL(quiz.url).origin);
  assert.deepEqual(Object.keys(completed.data).sort(), ['top', 'type']);
  assert.equal(completed.data.top.length, 5);
  assert.equal(completed.data.top[0].career, 'perfusionist');
  for (const entry of completed.data.top) {
    assert.deepEqual(Object.keys(entry).sort(), ['career', 'match', 'title']);
    assert.ok(Number.isInteger(entry.match) && entry.match >= 0 && entry.match <= 100);
  }
  const shown = await rankedCareers(frame);
  assert.deepEqual(completed.data.top.map((t) => t.career), shown.slice(0, 5));
  assert.deepEqual(errors, []);
  await context.close();
});

test('answers go with the completion event only when the school opted in and the student said yes', async () => {
  for (const [choice, withAnswers] of [['Yes, send my answers', true], ['No, only my top careers', false]]) {
    const { context, page, frame, errors } = await openSchoolPage('careers-with-answers.html');
    await frame.getByRole('link', { name: 'Start the quiz' }).click();
    const answered = await answerUntil(frame, answer);
    await frame.getByText('The school website this quiz is on asks for your answers').waitFor();
    await page.waitForTimeout(500);
    assert.deepEqual(await heard(page, 'career-quiz:completed'), [], 'nothing until the student chooses');
    assert.deepEqual(await axeViolations(page.frames()[1]), [], 'the question passes axe');
    await frame.getByRole('button', { name: choice }).click();
    await page.waitForFunction(() => window.heard.some((m) => m.data?.type === 'career-quiz:completed'));
    const [completed, ...again] = await heard(page, 'career-quiz:completed');
    assert.equal(again.length, 0, choice);
    assert.equal(completed.data.top.length, 5, choice);
    assert.equal(completed.data.answers && Object.keys(completed.data.answers).length, withAnswers ? answered : undefined, choice);
    assert.equal(await frame.getByText('The school website this quiz is on asks').count(), 0, 'asked once');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a page of the same site that opens the results unseen hears nothing: only the student reaching them does', async () => {
  const context = await browser.newContext();
  // The student finished the quiz on the quiz's own site earlier.
  const own = await context.newPage();
  await own.goto(quiz.url);
  await own.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(own, answer);
  await own.locator('ol.matches').waitFor();
  const saved = await own.evaluate(() => localStorage.getItem('career-quiz:progress'));
  await own.close();

  const page = await context.newPage();
  await page.goto(new URL('peek.html', school.url).href);
  const frame = page.frameLocator('iframe');
  await frame.locator('ol.matches').waitFor({ state: 'attached' }); // the results are there, from the save
  await page.waitForTimeout(2500);
  assert.deepEqual(await heard(page, 'career-quiz:completed'), [], 'no answers, no top careers');
  assert.equal(await frame.getByText('asks for your answers').count(), 0, 'and no question put to nobody');
  assert.equal(await page.frames()[1].evaluate(() => localStorage.getItem('career-quiz:progress')) !== null, true);
  assert.deepEqual(JSON.parse(await page.frames()[1].evaluate(() => localStorage.getItem('career-quiz:progress'))).answers,
    JSON.parse(saved).answers, 'the answers untouched');
  await context.close();
});

test('the quiz posts only to the origin declared: a page of another origin hears nothing', async () => {
  const { context, page, frame, errors } = await openSchoolPage('careers-other-origin-declared.html');
  await frame.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(frame, answer);
  await frame.locator('ol.matches').waitFor();
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.heard), [], 'neither heights nor the completion event');
  assert.deepEqual(errors, []);
  await context.close();
});

test('messages from a foreign origin are ignored by the embed', async () => {
  const { context, page, frame, errors } = await openSchoolPage('careers-meddled.html');
  const before = await fitted(page);
  // The meddler's messages did arrive at the page...
  await page.waitForFunction(() => window.heard.some((m) => m.data?.height === 123));
  // ...a message from the school's own page does too, and neither moves the quiz's iframe.
  await page.evaluate(() => postMessage({ type: 'career-quiz:height', height: 77 }, '*'));
  await page.waitForTimeout(300);
  assert.equal(await page.locator('iframe').first().evaluate((f) => f.getBoundingClientRect().height), before);
  await frame.getByRole('link', { name: 'Start the quiz' }).click();
  await frame.locator('fieldset[data-question]').waitFor();
  assert.notEqual(await fitted(page), 123);
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad data- options are ignored with a console warning, and the quiz still works', async () => {
  const { context, page, frame, errors, warnings } = await openSchoolPage('careers-bad.html');
  await frame.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(frame, answer, (n) => n === 3);
  await frame.locator('fieldset[data-question]').waitFor();
  const expected = [/unknown option data-colour/, /lang: this language is not available/, /accent .* is not a colour/,
    /storage: use 1 to 32 lowercase letters/, /compact "maybe"/,
    // Names that a plain object has by its prototype are unknown options too, not parameters.
    /unknown option data-constructor/, /unknown option data-to-string/, /unknown option data-has-own-property/];
  for (const pattern of expected) {
    assert.ok(warnings.some((w) => pattern.test(w)), `no warning matching ${pattern} in ${JSON.stringify(warnings)}`);
  }
  const sent = [...new URL(await page.locator('iframe').first().getAttribute('src')).searchParams.keys()];
  assert.deepEqual(sent.sort(), ['accent', 'compact', 'lang', 'origin', 'storage'], 'only known options reach the quiz');
  // Defaults in place: the quiz's own accent, its title bar, and the usual storage key.
  assert.equal(await frame.locator('.site-title').isVisible(), true);
  assert.deepEqual(await page.frames()[1].evaluate(() => Object.keys(localStorage)), ['career-quiz:progress']);
  assert.deepEqual(errors, [], 'no script ran from an attribute, no dialog, no error');
  await context.close();

  const pale = await openSchoolPage('careers-pale.html');
  const colour = await pale.frame.locator('.welcome .primary').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(colour, 'rgb(163, 21, 58)', 'a colour with too little contrast is not used');
  assert.ok(pale.warnings.some((w) => /contrast/.test(w)), JSON.stringify(pale.warnings));
  await pale.context.close();
});

test('the release build under /some/deep/path/ embeds with no change', async () => {
  const { context, page, frame, errors } = await openSchoolPage('careers-deep.html');
  assert.ok((await page.locator('iframe').getAttribute('src')).startsWith(deep.url));
  await frame.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(frame, answer, (n) => n === 2);
  await fitted(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('plain and sandboxed iframes load and are usable', async () => {
  for (const path of ['careers-plain.html', 'careers-sandboxed.html', 'careers-sandboxed-same-origin.html']) {
    const { context, page, frame, errors } = await openSchoolPage(path);
    await frame.getByRole('link', { name: 'Start the quiz' }).click();
    await answerUntil(frame, answer);
    await frame.locator('ol.matches').waitFor();
    if (path === 'careers-sandboxed.html') {
      await frame.getByText('This browser is not letting the quiz save your answers').waitFor();
    } else {
      assert.deepEqual(await page.frames()[1].evaluate(() => Object.keys(localStorage)), ['career-quiz:progress'], path);
    }
    assert.equal((await heard(page, 'career-quiz:completed')).length, 0, `${path}: no origin declared, nothing posted`);
    assert.deepEqual(errors, [], path);
    await context.close();
  }
});

test('the For-schools page makes the tag, previews it live and copies it', async () => {
  const context = await browser.newContext({ colorScheme: 'light' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(quiz.url).origin });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${quiz.url}schools.html`);
  await page.getByRole('heading', { name: "Put the quiz on your school's site" }).waitFor();

  await page.getByLabel('Accent colour for buttons and links').fill('#1d70b8');
  await page.getByLabel('Compact: leave out the quiz\'s title bar').check();
  await page.getByLabel('Storage name (optional)').fill('st-marys');
  const tag = await page.locator('#script-snippet').textContent();
  assert.equal(tag, `<script src="${quiz.url}embed.js" data-accent="#1d70b8" data-compact data-storage="st-marys" async></script>`);
  assert.match(await page.locator('#iframe-snippet').textContent(), /^<iframe src="[^"]+\?accent=%231d70b8&amp;compact=yes&amp;storage=st-marys" title="/);
  await page.getByLabel('Where your students live').selectOption('scotland');
  assert.match(await page.locator('#script-snippet').textContent(), / data-region="scotland" /);
  assert.match(await page.locator('#iframe-snippet').textContent(), /\?region=scotland&amp;accent=/);
  await page.getByLabel('Class tag (optional)').fill('10B');
  assert.match(await page.locator('#script-snippet').textContent(), / data-class="10B" /);
  assert.match(await page.locator('#iframe-snippet').textContent(), /&amp;class=10B&amp;/);
  await page.getByLabel('Class tag (optional)').fill('10 B"><x');
  assert.doesNotMatch(await page.locator('#script-snippet').textContent(), /data-class/, 'a tag that is not one is left out');
  await page.getByLabel('Class tag (optional)').fill('');
  await page.getByLabel('Where your students live').selectOption('');
  assert.doesNotMatch(await page.locator('#script-snippet').textContent(), /data-region/, 'no nation unless the school picks one');

  await page.getByLabel('Accent colour for buttons and links').fill('#ffdd00');
  await page.getByText(/The quiz will keep its own colour: too light/).waitFor();
  assert.doesNotMatch(await page.locator('#script-snippet').textContent(), /data-accent/);
  await page.getByLabel('Accent colour for buttons and links').fill('#1d70b8');

  // The live preview is the quiz itself, embedded by the same tag with the options chosen (it
  // follows the form after a short pause, so wait for the one with them).
  await page.waitForFunction(() => /accent=%231d70b8&compact=&storage=/.test(document.querySelector('#preview iframe')?.src ?? ''));
  const preview = page.frameLocator('#preview iframe');
  await preview.getByRole('link', { name: 'Start the quiz' }).waitFor();
  assert.equal(await preview.locator('.site-title').isVisible(), false);

  await page.getByRole('button', { name: 'Copy the tag' }).click();
  await page.getByText('Copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator('#script-snippet').textContent());

  for (const heading of ['Privacy: what your school needs to know', 'Hosting the quiz yourself', 'Listening for the completion event']) {
    await page.getByRole('heading', { name: heading }).waitFor();
  }
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
