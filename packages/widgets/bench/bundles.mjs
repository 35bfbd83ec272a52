// The script files the benchmark measures and loads in Chromium: the widgets bundle
// (dist/partnerkit.js, built by scripts/build.mjs), and the reference — Shoelace's radio group
// with its radios, bundled here with Lit by esbuild, minified like ours.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
/** packages/widgets */
export const packageDir = join(here, '..');
/** The monorepo's root. */
export const repoRoot = join(packageDir, '..', '..');

/** The one-file bundle and the autoloader entry, as `npm run build` writes them. */
export const BUNDLE_PATH = join(packageDir, 'dist', 'partnerkit.js');
export const AUTOLOADER_PATH = join(packageDir, 'dist', 'autoloader.js');

/** The define modules of every element: what the one-file bundle registers. */
export const DEFINE_MODULES = [
  'packages/ladder-poll/src/define.ts',
  'packages/parity-checklist/src/define.ts',
  'packages/pledge-card/src/define.ts',
];

/** The reference Lit component: Shoelace 2's radio group and radio, as an app imports them. */
const SHOELACE_MODULES = [
  '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js',
  '@shoelace-style/shoelace/dist/components/radio/radio.js',
];

/** Minified, production (no `development` condition), one file, Lit included. */
const ONE_FILE = {
  absWorkingDir: packageDir,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'silent',
  write: false,
};

/**
 * Waits up to `timeoutMs` for dist/partnerkit.js (another process may be building it) and
 * returns its text; `undefined` when it never came. A file still being written is given a
 * moment to settle (same size twice, half a second apart).
 */
export async function waitForBundle(timeoutMs, log = () => {}) {
  const deadline = Date.now() + timeoutMs;
  let told = false;
  while (Date.now() < deadline) {
    if (existsSync(BUNDLE_PATH)) {
      const size = statSync(BUNDLE_PATH).size;
      await sleep(500);
      if (existsSync(BUNDLE_PATH) && statSync(BUNDLE_PATH).size === size && size > 0) return readFileSync(BUNDLE_PATH, 'utf8');
      continue;
    }
    if (!told) {
      log(`Waiting for ${BUNDLE_PATH} (npm run build -w @partnerkit/widgets)…`);
      told = true;
    }
    await sleep(2000);
  }
  return undefined;
}

/**
 * A stand-in for dist/partnerkit.js made from the three define modules the same way (one
 * minified file, Lit in production mode, dynamic imports inlined). Used only when the real
 * bundle is missing, and said so in the results.
 */
export async function buildStandInBundle() {
  const contents = DEFINE_MODULES.map((path) => `import '${join(repoRoot, path)}';`).join('\n');
  const result = await build({ ...ONE_FILE, stdin: { contents, resolveDir: packageDir, sourcefile: 'stand-in.js', loader: 'js' } });
  return result.outputFiles[0].text;
}

/** Shoelace's radio group and radio with Lit, one minified file (registers `sl-radio-group`, `sl-radio`). */
export async function buildShoelaceBundle() {
  const contents = SHOELACE_MODULES.map((path) => `import '${path}';`).join('\n');
  const result = await build({ ...ONE_FILE, stdin: { contents, resolveDir: packageDir, sourcefile: 'shoelace-radio-group.js', loader: 'js' } });
  return result.outputFiles[0].text;
}

/** A virtual entry importing Shoelace's radio group and radio, for ui's size measuring. */
export function shoelaceEntry() {
  return { contents: SHOELACE_MODULES.map((path) => `import '${path}';`).join('\n'), resolveDir: packageDir };
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
