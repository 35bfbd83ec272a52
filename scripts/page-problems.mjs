// What end-to-end tests watch on every page: uncaught errors, console errors and
// Content-Security-Policy violations. A page that works must leave all three empty.

/**
 * Starts watching `page` (call before `page.goto`). `problems` fills with error messages as
 * they happen; `cspViolations()` reads the violations the page has seen so far.
 */
export async function watchPage(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  // These two functions run inside the page.
  await page.addInitScript(() => {
    const seen = [];
    globalThis.cspViolations = seen;
    globalThis.document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return { problems, cspViolations: () => page.evaluate(() => globalThis.cspViolations) };
}
