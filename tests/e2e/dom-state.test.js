// What a student is doing on a screen survives a change of the data behind it: here, another
// tab's answer arriving while the welcome page or the results are open. The screens are components, so only
// their texts change; the elements, what is typed in them, open panels and the focus stay.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, questionBank, answerFor, answerUntil, perfusionistLike } from './support.js';

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

test('a half-typed resume code, its open panel and the focus survive another tab\'s answer', async () => {
  const context = await browser.newContext();
  const [welcome, other] = [await context.newPage(), await context.newPage()];
  const errors = [];
  welcome.on('pageerror', (e) => errors.push(e.message));
  await welcome.goto(server.url);
  await other.goto(server.url);
  // A fresh start offers nothing to carry on from, no results and nothing to start again.
  await welcome.getByRole('link', { name: 'Start the quiz' }).waitFor();
  assert.equal(await welcome.getByRole('button', { name: 'See my results' }).isVisible(), false);
  assert.equal(await welcome.getByRole('button', { name: 'Start again' }).isVisible(), false);
  await welcome.getByText('Have a resume code?').click();
  const input = welcome.getByLabel('Resume code', { exact: true });
  await input.click();
  await welcome.keyboard.type('K7Q2');

  // The other tab starts and answers: the welcome page now offers to carry on.
  await other.getByRole('link', { name: 'Start the quiz' }).click();
  await other.locator(`fieldset[data-question="${bank[0].id}"] input[value="4"]`).check();
  await welcome.getByRole('link', { name: 'Carry on from question 1' }).waitFor();
  await welcome.getByRole('button', { name: 'Start again' }).waitFor({ state: 'visible' });
  assert.equal(await welcome.getByRole('button', { name: 'See my results' }).isVisible(), false, 'not before the last question');
  assert.equal(await input.inputValue(), 'K7Q2', 'what was typed is still there');
  assert.equal(await welcome.locator('details.resume-code').evaluate((d) => d.open), true, 'the panel is still open');
  assert.equal(await welcome.evaluate(() => document.activeElement.id), 'resume-code-input', 'the focus is still in the field');

  // The student goes on typing where they were; the code is wrong, and the quiz says so.
  await welcome.keyboard.type('!');
  await welcome.keyboard.press('Enter');
  const problem = welcome.locator('#resume-code-problem');
  await welcome.waitForFunction(() => document.querySelector('#resume-code-problem').textContent.length > 0);
  const said = await problem.textContent();
  assert.match(said, /^That code /);
  assert.equal(await input.inputValue(), 'K7Q2!');
  // Another answer arrives: the message and the text stay.
  await other.locator('.question .actions button.primary').click();
  await other.locator(`fieldset[data-question="${bank[1].id}"] input[value="2"]`).check();
  await welcome.waitForFunction((id) => JSON.parse(localStorage.getItem('career-quiz:progress')).answers[id] === 2, bank[1].id);
  await welcome.waitForTimeout(200);
  assert.equal(await problem.textContent(), said, 'the message is kept');
  assert.equal(await input.inputValue(), 'K7Q2!');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the comparison form\'s choices, the choice of nation and the focus survive another tab\'s answers on the results', async () => {
  const context = await browser.newContext();
  const results = await context.newPage();
  const errors = [];
  results.on('pageerror', (e) => errors.push(e.message));
  await results.goto(server.url);
  await results.getByRole('link', { name: 'Start the quiz' }).click();
  await answerUntil(results, answerFor(bank, perfusionistLike));
  await results.locator('ol.matches').waitFor();
  // The whole ranking, as the comparison form lists it.
  const ranking = await results.locator('#compare-0 option').evaluateAll((els) => els.map((e) => e.value));
  // The student opens "More", sets up a comparison of their own, says where they live, and stays
  // on the form.
  await results.locator('details.more-results > summary').click();
  await results.getByLabel('Second career').selectOption(ranking[2]);
  await results.getByLabel('Third career (if you like)').selectOption(ranking[4]);
  await results.getByLabel('Where do you live?').selectOption('wales');
  await results.waitForFunction(() => document.querySelector('#share-link').value.endsWith('/wales'));
  const third = results.getByLabel('Third career (if you like)');
  await third.focus();
  const linkBefore = await results.locator('#share-link').inputValue();
  const percentsBefore = await results.locator('ol.matches > li .fit, ul.other-matches .percent').allTextContents();

  // Another tab of the quiz, at the last question, changes twelve answers on its way back.
  const other = await context.newPage();
  await other.goto(`${server.url}#quiz`);
  for (let n = 0; n < 12; n += 1) {
    await other.locator('fieldset[data-question]').waitFor();
    const id = await other.locator('fieldset[data-question]').getAttribute('data-question');
    const checked = await other.evaluate(() => document.querySelector('fieldset input:checked')?.value);
    await other.locator(`fieldset[data-question="${id}"] input[value="${checked === '1' ? '5' : '1'}"]`).check();
    await other.locator('.question .actions button:not(.primary)').click();
    await other.locator(`fieldset[data-question="${id}"]`).waitFor({ state: 'detached' });
  }

  // The results take the new answers in: the share link and the matches follow them...
  await results.getByText('Answers you gave in another tab or window have been added here.').waitFor();
  await results.waitForFunction((before) => document.querySelector('#share-link').value !== before, linkBefore);
  const percentsAfter = await results.locator('ol.matches > li .fit, ul.other-matches .percent').allTextContents();
  assert.notDeepEqual(percentsAfter, percentsBefore, 'the matches moved');
  // ...and what the student set up is as they left it.
  assert.equal(await results.getByLabel('Second career').inputValue(), ranking[2], 'the second choice stays');
  assert.equal(await third.inputValue(), ranking[4], 'the third choice stays');
  assert.equal(await results.getByLabel('Where do you live?').inputValue(), 'wales');
  assert.equal(await results.locator('details.more-results').getAttribute('open'), '', 'the panel stays open');
  assert.equal(await results.evaluate(() => document.activeElement.id), 'compare-2', 'the focus stays on the control in use');
  // The comparison opens with those careers.
  await results.getByRole('button', { name: 'Compare' }).click();
  await results.locator('table.compare').waitFor();
  assert.equal(await results.evaluate(() => location.hash), `#compare/${[ranking[0], ranking[2], ranking[4]].join(',')}`);
  assert.deepEqual(errors, []);
  await context.close();
});
