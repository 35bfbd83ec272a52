// The @web/test-runner setup every element package shares: TypeScript through esbuild,
// Debian's Chromium through Playwright, one browser page at a time (the machine has 2 cores),
// and the project's results file for the test summary.
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { sendKeysPlugin, setViewportPlugin } from '@web/test-runner-commands/plugins';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumLaunchOptions } from './chromium.mjs';
import { resultsFileReporter } from './reporters/wtr.mjs';

/**
 * Accessibility-tree snapshots from Playwright, through shadow roots, for the first element
 * matching `payload.selector`. They replace the stock `a11ySnapshot` plugin, which needs
 * `page.accessibility`, gone from current Playwright. Two commands:
 * - `aria-snapshot`: the YAML text (`- radio "Share decisions"`), via `executeServerCommand`;
 * - `a11y-snapshot`: a tree `{ role: 'root', children: [...] }` (nodes with `role`, `name`,
 *   `level`, `checked`…), so `a11ySnapshot()` from @web/test-runner-commands works again.
 */
export const ariaSnapshotPlugin = {
  name: 'partnerkit-aria-snapshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'aria-snapshot' && command !== 'a11y-snapshot') return undefined;
    const locator = session.browser.getPage(session.id).locator(payload?.selector ?? 'body').first();
    if (command === 'aria-snapshot') return locator.ariaSnapshot();
    const children = await locator.ariaSnapshotJSON();
    return { role: 'root', children: Array.isArray(children) ? children : [children] };
  },
};

/** The configuration; `files` defaults to test/**\/*.test.ts. */
export function elementTestConfig({ files = 'test/**/*.test.ts' } = {}) {
  return {
    files,
    nodeResolve: { exportConditions: ['development'] },
    concurrency: 1,
    testFramework: { config: { timeout: 10000 } },
    plugins: [
      esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('../tsconfig.base.json', import.meta.url).pathname }),
      sendKeysPlugin(),
      setViewportPlugin(),
      ariaSnapshotPlugin,
    ],
    reporters: [defaultReporter(), resultsFileReporter()],
    browsers: [playwrightLauncher({ product: 'chromium', launchOptions: chromiumLaunchOptions })],
  };
}
