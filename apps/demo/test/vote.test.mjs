// The voting page people open from the QR code: a ladder poll big and simple on a phone, and
// a form for the code when there is none (or a wrong one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchPage } from '../../../scripts/page-problems.mjs';
import { axeViolations, browser, facilitatorCall, stack, useStackAndBrowser } from '../scripts/test-helpers.mjs';

useStackAndBrowser(async () => {
  await facilitatorCall(stack, 'POST', '/v1/polls', { id: 'W4TCH2', resultsVisibility: 'always', minGroupSize: 3 });
});

const phone = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };

test('on a 320 px phone the poll fits the width: no sideways scrolling', async () => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const { problems, cspViolations } = await watchPage(page);
  await page.goto(new URL('/vote.html?code=W4TCH2', stack.url).href);
  const poll = page.locator('ladder-poll');
  await poll.getByRole('radio').first().waitFor();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0);
  await poll.getByRole('radio', { name: /Suggest and influence/ }).check();
  await poll.getByRole('button', { name: 'Send my answer' }).click();
  await poll.getByRole('status').filter({ hasText: /saved/i }).waitFor();
  assert.equal(await overflow(), 0);
  assert.deepEqual(await cspViolations(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('without a code a form asks for it; a code typed loosely is read as meant', async () => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await page.goto(new URL('/vote.html', stack.url).href);
  await page.getByRole('button', { name: 'Join' }).click();
  assert.equal(await page.locator('#code-error').textContent(), 'Please type the code shown on the screen.');
  await page.getByRole('textbox', { name: 'Poll code' }).fill(' w4t ch2 ');
  await page.getByRole('button', { name: 'Join' }).click();
  await page.waitForURL(/code=W4TCH2/);
  await page.locator('ladder-poll').getByRole('radio').first().waitFor();
  await context.close();
});

test('a code with no poll yet says so and waits; a code that cannot be one brings the form back', async () => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await page.goto(new URL('/vote.html?code=ZZZZZZ', stack.url).href);
  await page.getByText('No poll has the code ZZZZZZ yet.').waitFor();
  // Made now: it shows, and the note goes.
  await facilitatorCall(stack, 'POST', '/v1/polls', { id: 'ZZZZZZ' });
  await page.locator('ladder-poll').getByRole('radio').first().waitFor();
  await page.getByText('No poll has the code ZZZZZZ yet.').waitFor({ state: 'hidden' });
  await page.getByRole('link', { name: 'Join another poll' }).click();
  await page.getByRole('textbox', { name: 'Poll code' }).waitFor();
  await page.goto(new URL('/vote.html?code=%3Cscript%3E', stack.url).href);
  await page.getByText('This code does not look right.').waitFor();
  await context.close();
});

test('the voting page speaks French when asked, and passes an axe check (WCAG 2.2 A and AA)', async () => {
  const context = await browser.newContext({ ...phone, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(new URL('/vote.html?code=W4TCH2', stack.url).href);
  await page.locator('ladder-poll').getByRole('radio').first().waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('link', { name: 'Français' }).click();
  await page.locator('ladder-poll').getByRole('button', { name: 'Envoyer ma réponse' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(new URL('/vote.html', stack.url).href);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
