// End-to-end test of the SDK kiosk page (/sdk.html): a real Chromium votes through the SDK in
// the browser and reads the protected tally, as a person would.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { watchPage } from '../../../scripts/page-problems.mjs';
import { startDemoServer } from '../server.mjs';

let server;
let browser;
let pageUrl;

before(async () => {
  server = await startDemoServer({ port: 0 });
  pageUrl = new URL('/sdk.html', server.url).href;
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { problems } = await watchPage(page);
  await page.goto(pageUrl);
  await page.getByRole('radio').first().waitFor();
  return { page, context, problems };
}

async function vote(page, rungName) {
  await page.getByRole('radio', { name: rungName }).check();
  await page.getByRole('button', { name: 'Vote', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Your vote is saved' }).waitFor();
}

test('votes stay hidden for a small group, then the tally appears and survives a reload', async () => {
  const { page, context, problems } = await openPage();
  assert.equal(await page.getByRole('radio').count(), 6, 'the participation ladder has six rungs');

  await vote(page, /Asked, with little influence/);
  assert.equal(await page.getByRole('table').count(), 0, 'no split is shown for one vote');
  for (let i = 0; i < 2; i += 1) await vote(page, /Asked, with little influence/);
  assert.match(await page.locator('#results-summary').textContent(), /3 votes so far/);

  for (const rung of [/Share decisions/, /Share decisions/, /Share decisions/]) await vote(page, rung);
  const table = page.getByRole('table');
  await table.waitFor();
  const asked = table.getByRole('row', { name: /Asked, with little influence/ });
  assert.match(await asked.textContent(), /3 votes, 50%/);
  assert.match(await page.locator('#next-rung').textContent(), /next rung, “Suggest and influence”/);

  await page.reload();
  await page.getByRole('table').waitFor();
  assert.match(await page.getByRole('row', { name: /Share decisions/ }).textContent(), /3 votes, 50%/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('submitting without a choice explains what to do and keeps focus in the form', async () => {
  const { page, context } = await openPage();
  await page.getByRole('button', { name: 'Vote', exact: true }).click();
  assert.equal(await page.locator('#form-error').textContent(), 'Please choose a rung first.');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'rung');
  await context.close();
});

test('the page switches to French, ladder included', async () => {
  const { page, context } = await openPage();
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('button', { name: 'Voter', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.ok(await page.getByRole('radio', { name: /Partagent les décisions/ }).isVisible());
  await context.close();
});

test('the server sends a strict Content-Security-Policy and the page works under it', async () => {
  const response = await fetch(pageUrl);
  assert.match(response.headers.get('content-security-policy'), /script-src 'self'/);
  const { page, context, problems } = await openPage();
  const violations = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const seen = [];
        document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
        setTimeout(() => resolve(seen), 300);
      }),
  );
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  assert.equal((await fetch(new URL('/../../package.json', server.url))).status, 404);
  await context.close();
});

test('another tab of the same browser sees new results without reloading', async () => {
  const { page: voting, context } = await openPage();
  const watching = await context.newPage();
  await watching.goto(pageUrl);
  await watching.getByRole('radio').first().waitFor();
  await watching.locator('#results-summary').filter({ hasText: 'No votes yet.' }).waitFor();

  for (let i = 0; i < 3; i += 1) await vote(voting, /Suggest and influence/);
  await watching.locator('#results-summary').filter({ hasText: '3 votes so far' }).waitFor();
  await context.close();
});

test('the page passes an axe accessibility check (WCAG 2.2 A and AA) before and after results show', async () => {
  // axe is injected as a script, which the page's own CSP would refuse: this context only.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(pageUrl);
  await page.getByRole('radio').first().waitFor();
  await page.addScriptTag({ path: fileURLToPath(import.meta.resolve('axe-core/axe.min.js')) });
  const audit = () =>
    page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
  assert.deepEqual(await audit(), []);
  for (let i = 0; i < 6; i += 1) await vote(page, /Share decisions/);
  await page.getByRole('table').waitFor();
  assert.deepEqual(await audit(), []);
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('button', { name: 'Voter', exact: true }).waitFor();
  assert.deepEqual(await audit(), []);
  await context.close();
});
