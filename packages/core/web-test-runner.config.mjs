// Browser tests for @partnerkit/core (the browser store and participant id), run in Chromium.
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { resultsFileReporter } from '../../scripts/reporters/wtr.mjs';

export default {
  files: 'test-browser/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  reporters: [defaultReporter(), resultsFileReporter()],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: chromiumLaunchOptions })],
};
