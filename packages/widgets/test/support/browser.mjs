// What the widgets' browser tests share: a Chromium, pages served from an imaginary intranet
// (https://intranet.test) with any headers, the built files from dist/, and a record of what
// went wrong on the page (errors, warnings, Content-Security-Policy violations, requests).
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../../scripts/chromium.mjs';

/** The imaginary intranet every test page comes from. */
export const ORIGIN = 'https://intranet.test';

/** The package's build output. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The strict policy from issue 6: no inline script or style, Trusted Types for Lit only. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** The strict policy, for pages where two copies of Lit may each create their policy. */
export const STRICT_CSP_DUPLICATES = `${STRICT_CSP} 'allow-duplicates'`;

/** Tags the bundle registers. */
export const TAGS = ['partnerkit-provider', 'ladder-poll', 'parity-checklist', 'pledge-card', 'pledge-wall'];

const TYPES = { '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css', '.html': 'text/html' };

/** Starts the project's Chromium. */
export function launchBrowser() {
  return chromium.launch(chromiumLaunchOptions);
}

/** A whole HTML page around `body`, with `head` (script tags, style sheets) in its head. */
export function pageHtml({ head = '', body = '', lang = 'en' }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Intranet page</title>${head}</head><body>${body}</body></html>`;
}

/** The script tag of the one-file bundle, served at /partnerkit/partnerkit.js. */
export const BUNDLE_TAG = '<script type="module" src="/partnerkit/partnerkit.js"></script>';

/** All four elements inside a provider that keeps data in memory, as a page would paste them. */
export const EVERY_ELEMENT = `<main>
  <partnerkit-provider storage="memory">
    <ladder-poll poll="team-meeting" min-group-size="3"></ladder-poll>
    <parity-checklist assessment="team"></parity-checklist>
    <pledge-card wall="team"></pledge-card>
    <pledge-wall wall="team"></pledge-wall>
  </partnerkit-provider>
</main>`;

/**
 * Opens `html` at https://intranet.test/ in a new page of `context`, with the response headers
 * given (for example a Content-Security-Policy). Serves /partnerkit/… from dist/ and any extra
 * `files` (URL path → { body, type }); every other request is refused (no network in tests).
 * @returns the page and what it reported: `errors` (uncaught), `console` ({ type, text }),
 *   `requests` (every URL asked for) and `violations()` (CSP violations seen by the page).
 */
export async function openPage(context, { html, csp, files = {}, waitFor = 'load' }) {
  const page = await context.newPage();
  const report = { errors: [], console: [], requests: [] };
  page.on('pageerror', (error) => report.errors.push(error.message));
  page.on('console', (message) => report.console.push({ type: message.type(), text: message.text() }));
  page.on('request', (request) => report.requests.push(request.url()));
  await page.addInitScript(() => {
    const seen = [];
    Object.defineProperty(globalThis, '__pkViolations', { value: seen, enumerable: false });
    globalThis.document.addEventListener(
      'securitypolicyviolation',
      (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
      true,
    );
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    const headers = csp === undefined ? {} : { 'content-security-policy': csp };
    if (url.pathname === '/') return route.fulfill({ status: 200, headers: { ...headers, 'content-type': 'text/html' }, body: html });
    const extra = files[url.pathname];
    if (extra !== undefined) return route.fulfill({ status: 200, headers: { 'content-type': extra.type ?? 'text/javascript' }, body: extra.body });
    if (url.pathname.startsWith('/partnerkit/')) {
      const path = normalize(join(DIST, url.pathname.slice('/partnerkit/'.length)));
      if (!path.startsWith(DIST)) return route.fulfill({ status: 404, body: '' });
      try {
        const body = await readFile(path);
        return route.fulfill({ status: 200, headers: { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }, body });
      } catch {
        return route.fulfill({ status: 404, body: '' });
      }
    }
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/`, { waitUntil: waitFor });
  report.violations = () => page.evaluate(() => [...globalThis.__pkViolations]);
  return { page, report };
}

/** Waits until every tag in `tags` is registered on the page. */
export async function waitForTags(page, tags = TAGS) {
  await page.waitForFunction((names) => names.every((name) => globalThis.customElements.get(name) !== undefined), tags);
}

/**
 * Uses every element as a person would, and waits for each to show that it worked: answers
 * the poll and sees the results, answers the checklist and opens its summary, makes a pledge
 * and finds it on the wall.
 */
export async function useEveryElement(page, { pledge = 'Invite a patient partner to plan our next project' } = {}) {
  // Without a server the page is a kiosk: each answer is a new person, and three answers
  // reach the smallest group whose results may show.
  const poll = page.locator('ladder-poll');
  for (let answer = 0; answer < 3; answer += 1) {
    await poll.getByRole('radio').first().check();
    await poll.getByRole('button', { name: 'Send my answer' }).click();
    await poll.getByRole('status').filter({ hasText: 'your answer is saved' }).waitFor();
  }
  await poll.getByRole('listitem').filter({ hasText: /3 answers, 100%/ }).waitFor();

  const checklist = page.locator('parity-checklist');
  await checklist.getByRole('radio', { name: 'Fully' }).first().check();
  await checklist.getByRole('status').filter({ hasText: 'Answer saved' }).waitFor();
  await checklist.getByRole('button', { name: 'See the summary' }).click();
  await page.waitForFunction(() => globalThis.document.querySelector('parity-checklist')?.getAttribute('state') === 'summary');

  const card = page.locator('pledge-card');
  await card.locator('textarea').fill(pledge);
  await card.getByRole('button', { name: 'Make my pledge' }).click();
  await card.getByRole('button', { name: 'Make another pledge' }).waitFor();
  await page.locator('pledge-wall').getByText(pledge).waitFor();
}
