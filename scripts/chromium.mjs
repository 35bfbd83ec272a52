// Where the browser tests find Chromium, and how they start it. One place for every
// @web/test-runner config and every Playwright script in the repo.
import { existsSync } from 'node:fs';

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's package. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** True when that Chromium is installed. */
export function hasChromium() {
  return existsSync(chromiumPath);
}

/**
 * Launch options for Playwright. The background-networking flags keep Chromium from calling
 * home, which a closed hospital or CI network refuses.
 */
export const chromiumLaunchOptions = {
  executablePath: chromiumPath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
