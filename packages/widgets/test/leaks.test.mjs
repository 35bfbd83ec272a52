// No leaks (issue 6): loading the bundle adds nothing to `window` but Lit's own markers, and
// hostile text typed into the fields never becomes markup or runs. These pages have no
// Content-Security-Policy, so markup that slipped through would really run.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { EVERY_ELEMENT, launchBrowser, openPage, pageHtml, useEveryElement, waitForTags } from './support/browser.mjs';
import { XSS_PAYLOADS } from './support/xss-payloads.mjs';

/**
 * What loading the production bundle may add to `window`, and why:
 * - `litHtmlVersions`, `litElementVersions`, `reactiveElementVersions`: Lit's version markers,
 *   arrays each copy of Lit pushes its version into, so tools can see several copies;
 * - `litPropertyMetadata`: Lit 3's shared store of property options for decorators, one per
 *   page, on purpose shared by every copy of Lit.
 * Registered tags live in `customElements`, not on `window`. `litIssuedWarnings` exists only
 * in Lit's development build, which must not be in the bundle.
 */
const ALLOWED_WINDOW_KEYS = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Own keys of `window` now (names and symbols as text). */
function windowKeys(page) {
  return page.evaluate(() => Reflect.ownKeys(globalThis).map(String));
}

test('importing the bundle and using every element adds only Lit’s markers to window', async () => {
  const context = await browser.newContext();
  const { page, report } = await openPage(context, { html: pageHtml({ body: EVERY_ELEMENT }) });
  const before = new Set(await windowKeys(page));
  await page.evaluate(() => import('/partnerkit/partnerkit.js'));
  await waitForTags(page);
  await useEveryElement(page);
  const added = (await windowKeys(page)).filter((key) => !before.has(key)).sort();
  assert.deepEqual(added, ALLOWED_WINDOW_KEYS);
  // Lit runs in production mode: no development warnings, no development-only global.
  assert.equal(await page.evaluate(() => 'litIssuedWarnings' in globalThis), false);
  assert.deepEqual(report.console.filter((message) => /Lit is in dev mode/i.test(message.text)), []);
  assert.deepEqual(report.errors, []);
  await context.close();
});

/**
 * Everything the page shows, through every open shadow root: the tag names used, any
 * attribute that could run script, and the text.
 */
function composedTree(page) {
  return page.evaluate(() => {
    const tags = new Set();
    const risky = [];
    let text = '';
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        tags.add(element.localName);
        for (const attribute of element.attributes) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith('on') || name === 'srcdoc' || /^\s*javascript:/i.test(attribute.value)) risky.push(`${element.localName}[${name}]`);
        }
        if (element.shadowRoot) {
          text += ` ${element.shadowRoot.textContent}`;
          walk(element.shadowRoot);
        }
      }
    };
    walk(globalThis.document);
    return { tags: [...tags].sort(), risky, text };
  });
}

test('hostile text typed into the pledge card and the checklist’s team numbers stays text', async () => {
  const context = await browser.newContext();
  const { page, report } = await openPage(context, {
    html: pageHtml({ head: '<script type="module" src="/partnerkit/partnerkit.js"></script>', body: EVERY_ELEMENT }),
  });
  await waitForTags(page);
  const card = page.locator('pledge-card');
  const wall = page.locator('pledge-wall');
  const checklist = page.locator('parity-checklist');

  /** Makes one pledge with `text`, signed `name`, and checks the finished card shows both. */
  async function pledge(text, name) {
    await card.locator('textarea').fill(text);
    await card.getByRole('checkbox', { name: 'Show my name with my pledge' }).check();
    await card.getByRole('textbox', { name: 'Your name' }).fill(name);
    await card.getByRole('button', { name: 'Make my pledge' }).click();
    await card.getByRole('button', { name: 'Make another pledge' }).waitFor();
    assert.ok((await card.locator('[part="card"]').textContent()).includes(text), `the card shows ${text} as text`);
    await card.getByRole('button', { name: 'Make another pledge' }).click();
    await card.locator('textarea').waitFor();
  }

  // A harmless pledge and team number first: the tags the elements use when they hold data.
  await pledge('Meet the patient council every month', 'Sam');
  await checklist.getByRole('textbox', { name: 'Patient and family partners' }).fill('not a number');
  await checklist.getByRole('textbox', { name: 'Patient and family partners' }).press('Tab');
  await checklist.locator('[aria-invalid="true"]').waitFor();
  const baseline = await composedTree(page);

  for (const payload of XSS_PAYLOADS) {
    await pledge(payload, payload);
    for (const field of ['Patient and family partners', 'Professionals']) {
      const input = checklist.getByRole('textbox', { name: field });
      await input.fill(payload);
      await input.press('Tab');
      assert.equal(await input.inputValue(), payload);
    }
  }
  await wall.getByText(XSS_PAYLOADS.at(-1)).first().waitFor();

  const after = await composedTree(page);
  assert.deepEqual(after.tags, baseline.tags, 'no new kind of element appeared');
  assert.deepEqual(after.risky, [], 'no event handler or javascript: link anywhere');
  for (const payload of XSS_PAYLOADS) assert.ok(after.text.includes(payload), `the wall shows ${payload} as text`);
  assert.equal(await page.evaluate(() => globalThis.__xss), undefined, 'no payload ran');
  assert.deepEqual(report.errors, []);
  await context.close();
});
