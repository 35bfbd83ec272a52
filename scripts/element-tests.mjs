// The @web/test-runner setup every element package shares: TypeScript through esbuild,
// Debian's Chromium through Playwright, one browser page at a time (the machine has 2 cores),
// and the project's results file for the test summary.
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin, sendKeysPlugin, setViewportPlugin } from '@web/test-runner-commands/plugins';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumLaunchOptions } from './chromium.mjs';
import { resultsFileReporter } from './reporters/wtr.mjs';

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
      a11ySnapshotPlugin(),
    ],
    reporters: [defaultReporter(), resultsFileReporter()],
    browsers: [playwrightLauncher({ product: 'chromium', launchOptions: chromiumLaunchOptions })],
  };
}
