// The presenter view: the question, the join code in huge letters, a QR code of the voting
// address that a phone can read, live results, and hidden results kept hidden.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchPage } from '../../../scripts/page-problems.mjs';
import { axeViolations, browser, facilitatorCall, readQrCode, stack, useStackAndBrowser } from '../scripts/test-helpers.mjs';
import { voteThroughApi } from '../scripts/live-helpers.mjs';

useStackAndBrowser(async () => {
  await facilitatorCall(stack, 'POST', '/v1/polls', { id: 'K7QPM3', question: 'Where is the falls team on the ladder?', resultsVisibility: 'always', minGroupSize: 3 });
  await facilitatorCall(stack, 'POST', '/v1/polls', { id: 'HQDDEN', resultsVisibility: 'hidden', minGroupSize: 3 });
});

const presenterUrl = (code) => new URL(`/present.html?code=${code}`, stack.url).href;

/** Votes through the API as a new participant. */
const vote = (pollId, rung) => voteThroughApi(stack, pollId, `p_${crypto.randomUUID().replaceAll('-', '')}`, rung);

test('the presenter view shows the question, the join code and a QR code of the voting address', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const { problems, cspViolations } = await watchPage(page);
  await page.goto(presenterUrl('K7QPM3'));
  await page.getByRole('heading', { level: 1, name: 'Where is the falls team on the ladder?' }).waitFor();
  assert.equal(await page.locator('#join-code').textContent(), 'K7QPM3');
  const votingUrl = new URL('/vote.html?code=K7QPM3', stack.url).href;
  assert.equal(await page.locator('#vote-url').textContent(), votingUrl);
  const fontSize = await page.locator('#join-code').evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
  assert.ok(fontSize >= 48, `the code is huge (${fontSize}px)`);

  const qr = page.getByRole('img', { name: /QR code that opens the voting page/ });
  assert.match(await qr.getAttribute('aria-label'), new RegExp(votingUrl.replaceAll('.', '\\.').replaceAll('?', '\\?')));
  assert.equal(await readQrCode(qr, context), votingUrl);
  await page.getByRole('status').filter({ hasText: 'No answers yet.' }).waitFor();
  assert.deepEqual(await cspViolations(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('results appear live, large, as people vote', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const { problems } = await watchPage(page);
  await page.goto(presenterUrl('K7QPM3'));
  await page.getByRole('status').filter({ hasText: 'No answers yet.' }).waitFor();
  for (const rung of ['share-decisions', 'share-decisions', 'asked-limited-influence']) await vote('K7QPM3', rung);
  await page.getByRole('status').filter({ hasText: /^3 answers$/ }).waitFor();
  const row = page.getByRole('listitem').filter({ hasText: 'Share decisions' });
  assert.match(await row.textContent(), /2 answers, 67%/);
  const width = await row.locator('.bar-fill').evaluate((node) => node.getBoundingClientRect().width / node.parentElement.getBoundingClientRect().width);
  assert.ok(Math.abs(width - 0.67) < 0.02, `the bar is two thirds long (${width})`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('hidden results stay hidden for the room until the facilitator reveals them', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(presenterUrl('HQDDEN'));
  await page.getByRole('status').filter({ hasText: 'Results are hidden until you reveal them.' }).waitFor();
  for (const rung of ['asked-limited-influence', 'asked-limited-influence', 'asked-limited-influence']) await vote('HQDDEN', rung);
  assert.equal(await page.locator('#bars li').count(), 0);
  await facilitatorCall(stack, 'POST', '/v1/polls/HQDDEN/reveal');
  await page.getByRole('status').filter({ hasText: /^3 answers$/ }).waitFor();
  assert.match(await page.getByRole('listitem').filter({ hasText: 'Asked, with little influence' }).textContent(), /3 answers, 100%/);
  await context.close();
});

test('a wrong or unknown code asks for the code again', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(presenterUrl('NOPE42'));
  await page.getByText('There is no poll with the code NOPE42.').waitFor();
  await page.goto(presenterUrl('<b>'));
  await page.getByText('This code does not look right.').waitFor();
  await context.close();
});

test('the presenter view passes an axe check (WCAG 2.2 A and AA)', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(presenterUrl('K7QPM3'));
  await page.getByRole('listitem').first().waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(`${presenterUrl('HQDDEN')}&lang=fr`);
  await page.getByRole('heading', { name: 'Répondez sur votre téléphone' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(new URL('/present.html', stack.url).href);
  await page.getByRole('button', { name: 'Show this poll' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
