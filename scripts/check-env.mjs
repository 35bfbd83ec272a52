#!/usr/bin/env node
// Makes sure what `npm test` needs beyond npm packages is here: a Chromium for the browser
// tests. On Debian as root it installs the `chromium` package; otherwise it says what to do.
import { execFileSync } from 'node:child_process';
import { chromiumPath, hasChromium } from './chromium.mjs';

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  console.error(`PartnerKit needs Node.js 20 or newer; this is ${process.version}.`);
  process.exit(1);
}

if (!hasChromium()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = (() => {
    try {
      execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
    console.log('Chromium is missing: installing Debian\'s "chromium" package for the browser tests…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!hasChromium()) {
    console.error(
      [
        `The browser tests need Chromium at ${chromiumPath}, and it is not there.`,
        'Install it, then run the tests again:',
        '  Debian or Ubuntu: sudo apt-get install chromium',
        '  elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its executable.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
console.log(`Chromium for browser tests: ${chromiumPath}`);
