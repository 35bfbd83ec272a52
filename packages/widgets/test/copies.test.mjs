// Two copies on one page (issue 6): two intranet teams each paste the script tag, from two
// URLs and two versions. The page must go on working, with one clear console warning.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle } from '../scripts/build.mjs';
import {
  BUNDLE_TAG,
  EVERY_ELEMENT,
  STRICT_CSP,
  STRICT_CSP_DUPLICATES,
  TAGS,
  launchBrowser,
  openPage,
  pageHtml,
  useEveryElement,
  waitForTags,
} from './support/browser.mjs';

/** The version the second copy claims. */
const OTHER_VERSION = '0.0.9-team-b';

let browser;
let folder;
let otherCopy;
let firstVersion;

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'partnerkit-copies-'));
  otherCopy = await readFile(await buildBundle({ outfile: join(folder, 'partnerkit.js'), version: OTHER_VERSION }), 'utf8');
  firstVersion = JSON.parse(await readFile(new URL('../../ui/package.json', import.meta.url), 'utf8')).version;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** A page with the normal bundle first and the other version's copy second. */
function twoCopies(csp) {
  const head = `${BUNDLE_TAG}<script type="module" src="/team-b/partnerkit.js"></script>`;
  return { html: pageHtml({ head, body: EVERY_ELEMENT }), csp, files: { '/team-b/partnerkit.js': { body: otherCopy } } };
}

/** Waits until the second copy has run (its warning is printed while it registers). */
async function waitForSecondCopy(page, report) {
  await waitForTags(page);
  await page.waitForFunction(() => globalThis.litHtmlVersions?.length === 2);
  return report.console.filter((message) => message.type === 'warning');
}

test('the second copy really claims another version', () => {
  assert.notEqual(firstVersion, OTHER_VERSION);
  assert.ok(otherCopy.includes(JSON.stringify(OTHER_VERSION)));
});

test('two copies, two versions: no uncaught error, one clear warning, and the elements work', async () => {
  const context = await browser.newContext();
  const { page, report } = await openPage(context, twoCopies(undefined));
  const warnings = await waitForSecondCopy(page, report);
  await useEveryElement(page);
  assert.deepEqual(report.errors, []);
  assert.equal(warnings.length, 1, warnings.map((warning) => warning.text).join('\n'));
  const [warning] = warnings;
  assert.match(warning.text, new RegExp(`PartnerKit ${OTHER_VERSION.replaceAll('.', '\\.')}`));
  assert.match(warning.text, new RegExp(`PartnerKit ${firstVersion.replaceAll('.', '\\.')}`));
  for (const tag of TAGS) assert.ok(warning.text.includes(`<${tag}>`), `the warning names <${tag}>`);
  // The page keeps the first copy's classes.
  assert.deepEqual(await page.evaluate((tags) => tags.map((tag) => globalThis.customElements.get(tag).partnerkitVersion), TAGS), TAGS.map(() => firstVersion));
  await context.close();
});

test("two copies under the strict policy with 'allow-duplicates': same result and no violation", async () => {
  const context = await browser.newContext();
  const { page, report } = await openPage(context, twoCopies(STRICT_CSP_DUPLICATES));
  const warnings = await waitForSecondCopy(page, report);
  await useEveryElement(page);
  assert.deepEqual(report.errors, []);
  assert.equal(warnings.length, 1);
  assert.deepEqual(await report.violations(), []);
  await context.close();
});

test("without 'allow-duplicates' the browser refuses the second copy, and the first keeps working", async () => {
  const context = await browser.newContext();
  const { page, report } = await openPage(context, twoCopies(STRICT_CSP));
  await waitForTags(page);
  await page.waitForFunction(() => globalThis.__pkViolations.length > 0);
  await useEveryElement(page);
  assert.match((await report.violations()).join('\n'), /trusted-types/);
  assert.equal(report.errors.length, 1, 'the second copy stops when Lit cannot create its policy');
  await context.close();
});

test('the same version loaded twice (autoloader and bundle) registers once and warns nothing', async () => {
  const context = await browser.newContext();
  // The autoloader runs first and asks for its chunks; the bundle registers meanwhile.
  const head = `<script type="module" src="/partnerkit/autoloader.js"></script>${BUNDLE_TAG}`;
  const { page, report } = await openPage(context, { html: pageHtml({ head, body: EVERY_ELEMENT }), csp: STRICT_CSP_DUPLICATES });
  await waitForTags(page);
  await page.waitForFunction(() => globalThis.litHtmlVersions?.length === 2);
  await useEveryElement(page);
  assert.deepEqual(report.errors, []);
  assert.deepEqual(report.console.filter((message) => message.type === 'warning' || message.type === 'error'), []);
  assert.deepEqual(await report.violations(), []);
  await context.close();
});
