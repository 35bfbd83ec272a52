// The hospital intranet page (/ and /fr/): one script tag, the four elements talking to the
// server through the demo server, the strict policy, and an accessibility audit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchPage } from '../../../scripts/page-problems.mjs';
import { axeViolations, browser, stack, useStackAndBrowser } from '../scripts/test-helpers.mjs';

useStackAndBrowser();

test('the page loads PartnerKit with one script tag, the way an intranet developer pastes it', async () => {
  for (const path of ['/', '/fr/']) {
    const html = await (await fetch(new URL(path, stack.url))).text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.deepEqual(scripts, ['<script type="module" src="/partnerkit/partnerkit.js">'], path);
    assert.doesNotMatch(html, /<style|style=/, path);
    assert.match(html, /<partnerkit-provider endpoint="\/">/, path);
    for (const tag of ['ladder-poll', 'parity-checklist', 'pledge-card', 'pledge-wall']) assert.match(html, new RegExp(`<${tag}\\b`), `${path} ${tag}`);
  }
});

test('the elements work on the page under the strict policy, saving to the server', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { problems, cspViolations } = await watchPage(page);
  await page.goto(stack.url);
  assert.match(await page.title(), /Riverside General Hospital/);
  const poll = page.locator('ladder-poll');
  await poll.getByRole('radio', { name: /Share decisions/ }).check();
  await poll.getByRole('button', { name: 'Send my answer' }).click();
  await poll.getByRole('status').filter({ hasText: /saved/i }).waitFor();

  const card = page.locator('pledge-card');
  await card.getByRole('textbox').first().fill('Invite a patient partner to our <b>next</b> huddle');
  await card.getByRole('button', { name: 'Make my pledge' }).click();
  const wall = page.locator('pledge-wall');
  await wall.getByText('Invite a patient partner to our <b>next</b> huddle').waitFor();
  const pledges = await (await fetch(new URL('/v1/pledges?wall=riverside-pledges', stack.apiUrl))).json();
  assert.equal(pledges.some((pledge) => pledge.text === 'Invite a patient partner to our <b>next</b> huddle'), true, 'the pledge is on the server');

  await page.locator('parity-checklist').getByRole('radio', { name: 'Fully' }).first().check();
  await page.locator('parity-checklist').getByRole('status').filter({ hasText: 'Answer saved' }).waitFor();
  // With a server each person keeps their own answers: the shared id, then the person's id.
  const participantId = await page.evaluate(() => globalThis.document.querySelector('parity-checklist').client.participantId);
  const assessment = await fetch(new URL(`/v1/assessments/quality-council-parity.${participantId}`, stack.apiUrl), { headers: { Authorization: `Bearer ${stack.token}` } });
  assert.equal(assessment.status, 200, 'the checklist is saved on the server');

  // After a reload the page reads back this browser's answers from the server.
  await page.reload();
  await page.locator('ladder-poll').getByRole('radio', { name: /Share decisions/, checked: true }).waitFor();
  assert.equal(await page.locator('parity-checklist').getByRole('radio', { name: 'Fully' }).first().isChecked(), true);

  assert.deepEqual(await cspViolations(), []);
  // The checklist's first read finds no saved assessment: the server answers 404, which
  // Chromium logs as a console error for any 4xx answer. Anything else is a problem.
  assert.deepEqual(
    problems.filter((problem) => problem !== 'Failed to load resource: the server responded with a status of 404 (Not Found)'),
    [],
  );
  await context.close();
});

test('the French page speaks French, elements included, and links back to English', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { cspViolations } = await watchPage(page);
  await page.goto(stack.url);
  await page.getByRole('link', { name: 'Français' }).click();
  await page.waitForURL(/\/fr\/$/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  await page.locator('ladder-poll').getByRole('button', { name: 'Envoyer ma réponse' }).waitFor();
  await page.locator('pledge-card').getByRole('button', { name: 'Prendre mon engagement' }).waitFor();
  assert.ok(await page.getByRole('link', { name: 'English' }).isVisible());
  assert.deepEqual(await cspViolations(), []);
  await context.close();
});

test('the intranet page passes an axe check (WCAG 2.2 A and AA), in English and French', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  for (const path of ['/', '/fr/']) {
    await page.goto(new URL(path, stack.url).href);
    await page.locator('ladder-poll').getByRole('radio').first().waitFor();
    await page.locator('pledge-wall[state="empty"], pledge-wall[state="list"]').waitFor();
    assert.deepEqual(await axeViolations(page), [], path);
  }
  await context.close();
});
