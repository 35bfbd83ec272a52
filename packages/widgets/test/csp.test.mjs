// Strict Content-Security-Policy with Trusted Types (issue 6): every element works from the
// one-file bundle and from the autoloader, and the page never reports a policy violation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BUNDLE_TAG, EVERY_ELEMENT, STRICT_CSP, launchBrowser, openPage, pageHtml, useEveryElement, waitForTags } from './support/browser.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Opens a strict-CSP page, uses every element, and returns what the page reported. */
async function useUnderStrictCsp(head) {
  const context = await browser.newContext();
  const { page, report } = await openPage(context, { html: pageHtml({ head, body: EVERY_ELEMENT }), csp: STRICT_CSP });
  await waitForTags(page);
  await useEveryElement(page, { pledge: 'Ask patients <b>before</b> we decide' });
  const violations = await report.violations();
  return { context, page, report, violations };
}

test('the one-file bundle: every element works under the strict policy, with no violation', async () => {
  const { context, page, report, violations } = await useUnderStrictCsp(BUNDLE_TAG);
  assert.deepEqual(violations, []);
  assert.deepEqual(report.errors, []);
  assert.deepEqual(report.console.filter((message) => message.type === 'error' || message.type === 'warning'), []);
  // Trusted Types are really enforced here: a plain string into a script sink is refused.
  const refused = await page.evaluate(() => {
    try {
      globalThis.document.createElement('script').text = 'globalThis.__pkRan = true';
      return false;
    } catch (error) {
      return error instanceof TypeError;
    }
  });
  assert.equal(refused, true, 'the page enforces Trusted Types');
  assert.equal(await page.evaluate(() => 'lit-html' in globalThis), false);
  await context.close();
});

test('the autoloader: its chunks load and every element works under the strict policy, with no violation', async () => {
  const { context, report, violations } = await useUnderStrictCsp('<script type="module" src="/partnerkit/autoloader.js"></script>');
  assert.deepEqual(violations, []);
  assert.deepEqual(report.errors, []);
  assert.deepEqual(report.console.filter((message) => message.type === 'error' || message.type === 'warning'), []);
  assert.ok(report.requests.some((url) => url.includes('/partnerkit/chunks/')), 'the chunks came from the same origin');
  await context.close();
});

test('the check itself works: an inline script and a style attribute on the same page are reported', async () => {
  const context = await browser.newContext();
  const html = pageHtml({ head: `${BUNDLE_TAG}<script>globalThis.inline = true</script>`, body: `${EVERY_ELEMENT}<p style="color: red">Old markup</p>` });
  const { page, report } = await openPage(context, { html, csp: STRICT_CSP });
  await waitForTags(page);
  await page.waitForFunction(() => globalThis.__pkViolations.length >= 2);
  const violations = (await report.violations()).join('\n');
  assert.match(violations, /script-src-elem inline/);
  assert.match(violations, /style-src-attr inline/);
  assert.equal(await page.evaluate(() => globalThis.inline), undefined);
  await context.close();
});
