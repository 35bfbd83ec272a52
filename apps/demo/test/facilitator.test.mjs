// The facilitator page: the token from the address's fragment, creating a poll with a short
// join code, the list of this browser's polls and the actions on them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchPage } from '../../../scripts/page-problems.mjs';
import { axeViolations, browser, JOIN_CODE, stack, useStackAndBrowser } from '../scripts/test-helpers.mjs';

useStackAndBrowser();

const facilitatorUrl = (token) => new URL(`/facilitator.html${token === undefined ? '' : `#token=${token}`}`, stack.url).href;

/** Creates a poll through the form; resolves with its join code. */
async function createPoll(page, { question, visibility = /After they answer/ } = {}) {
  if (question !== undefined) await page.getByLabel('Question (optional)').fill(question);
  await page.getByRole('radio', { name: visibility }).check();
  await page.getByRole('button', { name: 'Create the poll' }).click();
  const status = page.getByRole('status').filter({ hasText: /is ready/ });
  await status.waitFor();
  return /The poll (\S+) is ready/.exec(await status.textContent())[1];
}

test('without a token the page says how to get one, and offers no poll tools', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { problems, cspViolations } = await watchPage(page);
  await page.goto(facilitatorUrl());
  await page.getByRole('heading', { name: 'You need the facilitator key' }).waitFor();
  assert.match(await page.locator('#no-token').textContent(), /npm start.*#token=/s);
  assert.equal(await page.getByRole('button', { name: 'Create the poll' }).isVisible(), false);
  await page.getByRole('button', { name: 'Use this key' }).click();
  assert.equal(await page.locator('#token-error').textContent(), 'Please paste the key first.');
  assert.deepEqual(await cspViolations(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('with the token a poll gets a six-character join code and shows in the list, which survives a reload', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { problems, cspViolations } = await watchPage(page);
  await page.goto(facilitatorUrl(stack.token));
  await page.getByRole('heading', { name: 'Create a poll' }).waitFor();
  assert.equal(new URL(page.url()).hash, '', 'the token leaves the address bar');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('partnerkit-demo:facilitator-token')), stack.token);

  const code = await createPoll(page, { question: 'Where is our team on the ladder?' });
  assert.match(code, JOIN_CODE);
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(code) }) });
  await item.getByText('Where is our team on the ladder?').waitFor();
  await item.getByText(/Open · Results after answering/).waitFor();
  const poll = await (await fetch(new URL(`/v1/polls/${code}`, stack.apiUrl))).json();
  assert.equal(poll.question, 'Where is our team on the ladder?');
  assert.equal(await item.getByRole('link', { name: 'Presenter view' }).getAttribute('href'), `/present.html?code=${code}&lang=en`);
  assert.deepEqual(JSON.parse(await page.evaluate(() => localStorage.getItem('partnerkit-demo:facilitator-polls'))), [code]);

  await page.reload();
  await page.getByRole('heading', { name: new RegExp(code) }).waitFor();
  assert.deepEqual(await cspViolations(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('close, reopen, reveal and reset go to the server and say what happened', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { problems } = await watchPage(page);
  await page.goto(facilitatorUrl(stack.token));
  const code = await createPoll(page, { visibility: /Only when I reveal them/ });
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(code) }) });
  const serverPoll = async () => (await fetch(new URL(`/v1/polls/${code}`, stack.apiUrl))).json();

  await item.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('status').filter({ hasText: `The poll ${code} is closed.` }).waitFor();
  assert.equal((await serverPoll()).status, 'closed');
  assert.equal(await item.getByRole('button', { name: 'Close' }).isDisabled(), true);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Reopen', 'focus moves to the button that undoes it');

  await item.getByRole('button', { name: 'Reopen' }).click();
  await page.getByRole('status').filter({ hasText: 'is open again' }).waitFor();
  assert.equal((await serverPoll()).status, 'open');

  await item.getByRole('button', { name: 'Reveal the results' }).click();
  await page.getByRole('status').filter({ hasText: 'now shown to everyone' }).waitFor();
  assert.equal((await serverPoll()).revealed, true);
  await item.getByText(/Results revealed/).waitFor();

  page.once('dialog', (dialog) => dialog.accept());
  await item.getByRole('button', { name: 'Remove every answer' }).click();
  await page.getByRole('status').filter({ hasText: 'was removed' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a wrong token is refused with a clear error', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(facilitatorUrl('not-the-right-key'));
  await page.getByRole('button', { name: 'Create the poll' }).click();
  const alert = page.getByRole('alert');
  await alert.filter({ hasText: 'That did not work' }).waitFor();
  assert.match(await alert.textContent(), /key shown by “npm start”/);
  assert.equal(await page.locator('#polls .poll-item').count(), 0);
  await context.close();
});

test('the facilitator page passes an axe check (WCAG 2.2 A and AA), with and without a token', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(facilitatorUrl());
  await page.getByRole('heading', { name: 'You need the facilitator key' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('textbox', { name: 'Facilitator key' }).fill(stack.token);
  await page.getByRole('button', { name: 'Use this key' }).click();
  await createPoll(page);
  await page.locator('.poll-item .poll-actions:not([hidden])').first().waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(new URL('/facilitator.html?lang=fr', stack.url).href);
  await page.getByRole('heading', { name: 'Créer un sondage' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
