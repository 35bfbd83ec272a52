// The React example, built with Vite and driven in a real Chromium: React 19 hands the
// elements data as properties (a client, a list of pledges) and its state follows their
// pk-* events. The built files are served as an intranet would serve them, under the strict
// Content-Security-Policy of issue 6, straight from the build folder (page.route, no server).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { watchPage } from '../../../scripts/page-problems.mjs';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const ORIGIN = 'https://intranet.test';
const PAGE = `${ORIGIN}/react/index.html`;
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
const CONTENT_TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

let outDir;
let browser;

before(async () => {
  // A build of its own, so the test never reads a half-written dist/ of another run.
  outDir = await mkdtemp(join(tmpdir(), 'pk-react-example-'));
  await build({ root: appDir, configFile: join(appDir, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

/** Serves the build under /react/ with the strict CSP; anything else is a 404. */
async function serveBuild(context) {
  await context.route(`${ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const relative = normalize(decodeURIComponent(pathname.replace(/^\/react\//, '')));
    if (!pathname.startsWith('/react/') || relative.startsWith('..') || relative.includes(`${sep}..`)) {
      await route.fulfill({ status: 404, body: 'not found' });
      return;
    }
    try {
      const body = await readFile(join(outDir, relative));
      await route.fulfill({
        status: 200,
        headers: { 'content-type': CONTENT_TYPES[extname(relative)] ?? 'application/octet-stream', 'content-security-policy': STRICT_CSP },
        body,
      });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

/** Opens the app; collects page errors, console errors and CSP violations. */
async function openApp() {
  const context = await browser.newContext();
  await serveBuild(context);
  const page = await context.newPage();
  const { problems } = await watchPage(page);
  await page.goto(PAGE);
  await page.getByRole('heading', { name: 'PartnerKit in a React app' }).waitFor();
  await page.locator('ladder-poll').getByRole('radio').first().waitFor();
  return { context, page, problems };
}

/**
 * No CSP violation, no error, and nothing written to this browser's storage: the poll's data
 * went to React's client (memory) and the pledge elements kept nothing (`storage="none"`).
 */
async function assertClean(page, problems) {
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'nothing kept in localStorage');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'no Content-Security-Policy violation');
  assert.deepEqual(problems, [], 'no error in the page or its console');
}

/** The lines of "What React heard", newest first. */
function heardLines(page) {
  return page.locator('aside').getByRole('listitem');
}

test('the poll runs on the client React hands its provider, and React hears each vote and the results', async () => {
  const { context, page, problems } = await openApp();

  // React set `client` as a property (an object), never as a text attribute; config stayed attributes.
  const provider = await page.evaluate(() => {
    const element = document.querySelector('partnerkit-provider');
    const poll = document.querySelector('ladder-poll');
    return {
      clientAttribute: element.getAttribute('client'),
      storage: element.connection.storage,
      sameClient: poll.client === element.client,
      minGroupSize: poll.minGroupSize,
    };
  });
  assert.deepEqual(provider, { clientAttribute: null, storage: 'custom', sameClient: true, minGroupSize: 3 });

  const poll = page.locator('ladder-poll');
  for (let vote = 1; vote <= 3; vote += 1) {
    await poll.getByRole('radio', { name: /Share decisions/ }).check();
    await poll.getByRole('button', { name: 'Send my answer' }).click();
    await page.getByTestId('votes').filter({ hasText: vote === 1 ? '1 vote heard' : `${vote} votes heard` }).waitFor();
  }
  assert.equal(await heardLines(page).filter({ hasText: 'Vote: rung “share-decisions” on poll “react-example”.' }).count(), 3);

  // The element shows three answers; React heard the same release through pk-results.
  await poll.getByRole('listitem').filter({ hasText: /Share decisions\s*3 answers, 100%/ }).waitFor();
  await heardLines(page).filter({ hasText: 'Results shown: 3 answers in all.' }).first().waitFor();

  await assertClean(page, problems);
  await context.close();
});

test('React keeps the pledges: the card tells React, React hands them to the wall, the wall tells React of joins', async () => {
  const { context, page, problems } = await openApp();
  const card = page.locator('pledge-card');
  const wall = page.locator('pledge-wall');

  // An empty pledge: the card shows the problem and React hears pk-error.
  await card.getByRole('button', { name: 'Make my pledge' }).click();
  await heardLines(page).filter({ hasText: /^Problem \(pledge, required\): / }).waitFor();
  assert.equal(await card.getAttribute('state'), 'invalid');

  const first = 'Ask a patient partner to co-chair <b>our</b> next meeting';
  await card.getByRole('textbox').first().fill(first);
  await card.getByRole('button', { name: 'Make my pledge' }).click();
  await page.getByTestId('pledges').filter({ hasText: '1 pledge kept by React' }).waitFor();
  await heardLines(page).filter({ hasText: `Pledge made, now kept by React: “${first}”.` }).waitFor();

  // The wall keeps nothing itself: what it shows is React's list, set as its `pledges` property.
  await wall.getByText(first).waitFor();
  assert.equal(await wall.locator('b').count(), 0, 'typed markup stays text');
  const handed = await page.evaluate(() => {
    const element = document.querySelector('pledge-wall');
    return { attribute: element.getAttribute('pledges'), texts: element.pledges.map((p) => p.text), client: element.client };
  });
  assert.deepEqual(handed, { attribute: null, texts: [first], client: null });

  // Each "I'll do this too" reaches React, whose new list comes back to the wall.
  const join = wall.getByRole('button', { name: 'I’ll do this too' });
  await join.click();
  await heardLines(page).filter({ hasText: 'Someone joined a pledge: 1 person in all.' }).waitFor();
  await wall.getByText('1 person will do this too').waitFor();
  await join.click();
  await heardLines(page).filter({ hasText: 'Someone joined a pledge: 2 people in all.' }).waitFor();
  await wall.getByText('2 people will do this too').waitFor();

  // A second pledge goes on top of the wall.
  const second = 'Invite two patient partners to our safety huddle';
  await card.getByRole('button', { name: 'Make another pledge' }).click();
  await card.getByRole('textbox').first().fill(second);
  await card.getByRole('button', { name: 'Make my pledge' }).click();
  await page.getByTestId('pledges').filter({ hasText: '2 pledges kept by React' }).waitFor();
  await wall.getByText(second).waitFor();
  assert.deepEqual(await wall.getByRole('listitem').locator('p.pledge-text').allTextContents(), [second, first]);

  await assertClean(page, problems);
  await context.close();
});

test('one language switch in React changes the app and the elements inside it', async () => {
  const { context, page, problems } = await openApp();
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'PartnerKit dans une application React' }).waitFor();
  await page.locator('ladder-poll').getByRole('button', { name: 'Envoyer ma réponse' }).waitFor();
  await page.locator('pledge-card').getByRole('button', { name: 'Prendre mon engagement' }).click();
  await heardLines(page).filter({ hasText: /^Problème \(pledge, required\) : / }).waitFor();
  await assertClean(page, problems);
  await context.close();
});
