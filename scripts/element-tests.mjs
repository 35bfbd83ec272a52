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
 * `aria-snapshot`: Playwright's ARIA snapshot (YAML lines such as `- radio "Share decisions"`)
 * of the first element matching `payload.selector`, through shadow roots. It replaces
 * `a11ySnapshot`, which needs `page.accessibility`, gone from current Playwright. In a test:
 * `executeServerCommand('aria-snapshot', { selector: 'ladder-poll' })`.
 */
export const ariaSnapshotPlugin = {
  name: 'partnerkit-aria-snapshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'aria-snapshot') return undefined;
    return session.browser.getPage(session.id).locator(payload.selector).first().ariaSnapshot();
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
