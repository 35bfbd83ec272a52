// The build output (issue 6): the one-file bundle needs no other request and carries Lit's
// production build; the autoloader loads only the chunks of the tags on the page, including
// tags added later and tags inside open shadow roots; dist/index.d.ts types the bundle.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_TAG, DIST, EVERY_ELEMENT, ORIGIN, launchBrowser, openPage, pageHtml, useEveryElement, waitForTags } from './support/browser.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('partnerkit.js is one file with Lit’s production build', async () => {
  const bundle = await readFile(join(DIST, 'partnerkit.js'), 'utf8');
  // No static import of another file and no dynamic import left: everything is inlined.
  assert.doesNotMatch(bundle, /\bimport\s*\(|\bfrom\s*["']|\bimport\s*["']/);
  assert.doesNotMatch(bundle, /Lit is in dev mode/);
  for (const tag of ['ladder-poll', 'parity-checklist', 'pledge-card', 'pledge-wall', 'partnerkit-provider']) {
    assert.ok(bundle.includes(`"${tag}"`), `the bundle registers <${tag}>`);
  }
});

test('one script tag and one request: every element works, lazy parts included', async () => {
  const context = await browser.newContext();
  const { page, report } = await openPage(context, { html: pageHtml({ head: BUNDLE_TAG, body: EVERY_ELEMENT }) });
  await waitForTags(page);
  await useEveryElement(page);
  const loaded = report.requests.filter((url) => !url.endsWith('.map'));
  assert.deepEqual(loaded, [`${ORIGIN}/`, `${ORIGIN}/partnerkit/partnerkit.js`]);
  assert.deepEqual(report.errors, []);
  await context.close();
});

test('the autoloader loads only the chunks of the tags on the page, then those added later', async () => {
  const context = await browser.newContext();
  const body = '<partnerkit-provider storage="memory"><pledge-card wall="w"></pledge-card></partnerkit-provider>';
  const { page, report } = await openPage(context, { html: pageHtml({ head: '<script type="module" src="/partnerkit/autoloader.js"></script>', body }) });
  await waitForTags(page, ['partnerkit-provider', 'pledge-card']);
  const card = page.locator('pledge-card');
  await card.locator('textarea').fill('Share the agenda with patient partners a week ahead');
  await card.getByRole('button', { name: 'Make my pledge' }).click();
  await card.getByRole('button', { name: 'Make another pledge' }).waitFor();

  const chunks = () => report.requests.filter((url) => url.includes('/chunks/')).map((url) => url.split('/chunks/')[1]);
  assert.equal(await page.evaluate(() => globalThis.customElements.get('ladder-poll')), undefined);
  assert.equal(await page.evaluate(() => globalThis.customElements.get('parity-checklist')), undefined);
  assert.ok(chunks().some((name) => name.startsWith('pledge-card-')));
  assert.ok(!chunks().some((name) => name.startsWith('ladder-poll-') || name.startsWith('parity-checklist-')), chunks().join(', '));

  // A tag added after the page loaded.
  await page.evaluate(() => {
    const poll = globalThis.document.createElement('ladder-poll');
    poll.setAttribute('storage', 'memory');
    poll.setAttribute('poll', 'added-later');
    globalThis.document.body.append(poll);
  });
  await waitForTags(page, ['ladder-poll']);
  await page.locator('ladder-poll').getByRole('radio').first().waitFor();
  assert.ok(chunks().some((name) => name.startsWith('ladder-poll-')));

  // A tag inside the open shadow root of some other component of the page, added later too.
  await page.evaluate(() => {
    const host = globalThis.document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    globalThis.document.body.append(host);
    const checklist = globalThis.document.createElement('parity-checklist');
    checklist.setAttribute('storage', 'memory');
    shadow.append(checklist);
  });
  await waitForTags(page, ['parity-checklist']);
  await page.locator('parity-checklist').getByRole('radio', { name: 'Fully' }).first().waitFor();
  assert.deepEqual(report.errors, []);
  await context.close();
});

test('the autoloader finds tags that are already inside an open shadow root when it starts', async () => {
  const context = await browser.newContext();
  // The host is built by the page's own script, which runs before the autoloader.
  const host = `const host = document.querySelector('#host'); const root = host.attachShadow({ mode: 'open' });
    const poll = document.createElement('ladder-poll'); poll.setAttribute('storage', 'memory'); poll.setAttribute('poll', 'in-shadow'); root.append(poll);`;
  const { page, report } = await openPage(context, {
    html: pageHtml({ head: '<script type="module" src="/host.js"></script><script type="module" src="/partnerkit/autoloader.js"></script>', body: '<div id="host"></div>' }),
    files: { '/host.js': { body: host } },
  });
  await waitForTags(page, ['ladder-poll']);
  await page.locator('ladder-poll').getByRole('radio').first().waitFor();
  assert.equal(await page.evaluate(() => globalThis.customElements.get('pledge-card')), undefined);
  assert.deepEqual(report.errors, []);
  await context.close();
});

test('dist/index.d.ts types the bundle: classes, tag names and event details', async () => {
  assert.ok((await readdir(DIST)).includes('index.d.ts'));
  const folder = await mkdtemp(join(tmpdir(), 'partnerkit-types-'));
  try {
    const consumer = join(folder, 'consumer.ts');
    await writeFile(
      consumer,
      `import { LadderPoll, PledgeWall, VERSION, type PkPledgeDetail } from ${JSON.stringify(join(DIST, 'index.js'))};
const poll: LadderPoll = document.createElement('ladder-poll');
const wall: PledgeWall = document.createElement('pledge-wall');
document.querySelector('pledge-card')?.addEventListener('pk-pledge', (event) => {
  const detail: PkPledgeDetail = event.detail;
  console.log(detail.pledge.text);
});
const version: string = VERSION;
// @ts-expect-error a <pledge-wall> is not a <ladder-poll>
const wrong: LadderPoll = document.createElement('pledge-wall');
export { poll, wall, version, wrong };
`,
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const args = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom,dom.iterable', consumer];
    const run = spawnSync(process.execPath, [tsc, ...args], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
