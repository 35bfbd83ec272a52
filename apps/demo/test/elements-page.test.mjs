// The plain HTML page: one script tag, the four elements, the server's strict
// Content-Security-Policy, and a real Chromium doing what a person would.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { watchPage } from '../../../scripts/page-problems.mjs';
import { startDemoServer } from '../server.mjs';

let server;
let browser;

before(async () => {
  server = await startDemoServer({ port: 0 });
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the plain page and collects errors and CSP violations. */
async function openPlainPage(context) {
  const page = await context.newPage();
  const { problems, cspViolations } = await watchPage(page);
  await page.goto(new URL('/elements.html', server.url).href);
  await page.getByRole('radio').first().waitFor();
  return { page, problems, cspViolations };
}

test('the page has nothing but one script tag to load the elements', async () => {
  const html = await (await fetch(new URL('/elements.html', server.url))).text();
  assert.equal(html.match(/<script/g)?.length, 1);
  assert.doesNotMatch(html, /<link|<style|style=/);
});

test('every element works on the plain page under a strict CSP, and data survives a reload', async () => {
  const context = await browser.newContext();
  const { page, problems, cspViolations } = await openPlainPage(context);

  const poll = page.locator('ladder-poll');
  for (let i = 0; i < 3; i += 1) {
    await poll.getByRole('radio', { name: /Share decisions/ }).check();
    await poll.getByRole('button', { name: 'Send my answer' }).click();
    await poll.getByRole('status').filter({ hasText: 'your answer is saved' }).waitFor();
  }
  await poll.getByRole('listitem').filter({ hasText: /Share decisions\s*3 answers, 100%/ }).waitFor();

  const checklist = page.locator('parity-checklist');
  await checklist.getByRole('radio', { name: 'Fully' }).first().check();
  await checklist.getByRole('status').filter({ hasText: 'Answer saved' }).waitFor();

  const card = page.locator('pledge-card');
  await card.getByRole('textbox').first().fill('Ask a patient partner to co-chair <b>our</b> next meeting');
  await card.getByRole('button', { name: 'Make my pledge' }).click();
  const wall = page.locator('pledge-wall');
  await wall.getByText('Ask a patient partner to co-chair <b>our</b> next meeting').waitFor();
  assert.equal(await wall.locator('b').count(), 0, 'typed markup stays text');

  await page.reload();
  await page.locator('pledge-wall').getByText('Ask a patient partner to co-chair').waitFor();
  assert.equal(await page.locator('parity-checklist').getByRole('radio', { name: 'Fully' }).first().isChecked(), true);

  assert.deepEqual(await cspViolations(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the elements speak French when the page is in French', async () => {
  const context = await browser.newContext();
  const { page } = await openPlainPage(context);
  await page.evaluate(() => document.documentElement.setAttribute('lang', 'fr'));
  await page.locator('ladder-poll').getByRole('button', { name: 'Envoyer ma réponse' }).waitFor();
  await page.locator('pledge-card').getByRole('button', { name: 'Prendre mon engagement' }).waitFor();
  await page.locator('parity-checklist').getByRole('radio', { name: 'Tout à fait' }).first().waitFor();
  await context.close();
});
