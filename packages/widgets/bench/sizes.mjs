// Sizes, minified then gzipped at level 9: each element with and without Lit (measured by
// @partnerkit/ui's size benchmark functions, so both tables agree), the one-file bundle, the
// autoloader, and the reference Shoelace radio group with its radios.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { BASE_ENTRY, ENTRIES, gzipSize, measureBundle, measureEntry, singleTagEntry } from '../../ui/bench/sizes.mjs';
import { prepareModulesPlugin, sharedOptions } from '../scripts/build.mjs';
import { AUTOLOADER_PATH, packageDir, repoRoot, shoelaceEntry } from './bundles.mjs';

/**
 * Each element's first load, with and without Lit, as a page that imports its define module
 * gets it; the last row is the shared base (`@partnerkit/ui` and its provider) every element
 * includes.
 */
export async function measureElements() {
  const rows = [];
  for (const { label, entry, tags } of ENTRIES) {
    rows.push(await measureEntry(label, entry, {}));
    if (tags.length > 1) {
      for (const tag of tags) {
        const single = singleTagEntry(entry, tag);
        if (single) rows.push(await measureEntry(`<${tag}> alone`, single, {}));
      }
    }
  }
  rows.push(await measureEntry('shared base (@partnerkit/ui with <partnerkit-provider>)', BASE_ENTRY, {}));
  return rows.map((row) => ({
    element: row.element,
    withoutLit: row.withoutLit.firstLoadGzip,
    withLit: row.withLit.firstLoadGzip,
    ...(row.beyondBase === undefined ? {} : { beyondBase: row.beyondBase.firstLoadGzip }),
    loadedLater: row.withoutLit.lazyGzip,
    biggestWithoutLit: row.withoutLit.biggest,
  }));
}

/** The one-file bundle's gzipped size. */
export function measureBundleText(text) {
  return { minified: Buffer.byteLength(text), gzip: gzipSize(Buffer.from(text)) };
}

/**
 * What the one-file bundle is made of: the same entry and options as scripts/build.mjs, built
 * again with a metafile, its minified bytes grouped by package and by module. Gzip does not
 * split by module, so each group's gzip figure is its share of the minified bytes applied to
 * the gzipped total (an estimate, marked as such).
 */
export async function bundleComposition(gzipTotal) {
  const result = await build({
    absWorkingDir: packageDir,
    ...sharedOptions,
    entryPoints: [join(packageDir, 'src', 'index.ts')],
    splitting: false,
    plugins: [prepareModulesPlugin({ inlineImports: true })],
    write: false,
    outdir: join(packageDir, 'bench-results', '.bundle'),
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((entry) => entry.entryPoint !== undefined);
  const minifiedTotal = output.bytes;
  const groups = new Map();
  const modules = [];
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = moduleName(input);
    modules.push({ name, minified: bytesInOutput });
    const group = groupName(name);
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
  }
  const estimate = (bytes) => Math.round((bytes / minifiedTotal) * gzipTotal);
  return {
    minified: minifiedTotal,
    byGroup: [...groups]
      .sort((a, b) => b[1] - a[1])
      .map(([name, minified]) => ({ name, minified, gzipEstimate: estimate(minified) })),
    biggestModules: modules
      .sort((a, b) => b.minified - a.minified)
      .slice(0, 12)
      .map((module) => ({ ...module, gzipEstimate: estimate(module.minified) })),
  };
}

/**
 * The autoloader as built in dist/: its entry and the chunks it imports statically (what every
 * page loads), then for each tag the chunk it imports when the tag appears, with that chunk's
 * own static imports not already loaded. Returns `undefined` when dist/autoloader.js is missing.
 */
export function measureAutoloader() {
  if (!existsSync(AUTOLOADER_PATH)) return undefined;
  const dist = dirname(AUTOLOADER_PATH);
  const staticClosure = (file, seen) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
      staticClosure(join(dirname(file), match[1]), seen);
    }
  };
  const gzipOf = (files) => [...files].reduce((total, file) => total + gzipSize(readFileSync(file)), 0);
  const entryFiles = new Set();
  staticClosure(AUTOLOADER_PATH, entryFiles);
  const entryText = readFileSync(AUTOLOADER_PATH, 'utf8');
  const perTag = [];
  for (const match of entryText.matchAll(/"([a-z]+(?:-[a-z]+)+)"\s*:\s*\(\)\s*=>\s*import\("(\.\/[^"]+\.js)"\)/g)) {
    const [, tag, chunk] = match;
    const files = new Set();
    staticClosure(join(dist, chunk), files);
    const extra = [...files].filter((file) => !entryFiles.has(file));
    perTag.push({ tag, chunkGzip: gzipOf(extra), firstLoadGzip: gzipOf(entryFiles) + gzipOf(extra) });
  }
  return { entryGzip: gzipOf(entryFiles), entryFiles: entryFiles.size, perTag };
}

/** Shoelace's radio group and radio, with and without Lit (same measuring as our elements). */
export async function measureShoelace() {
  const withLit = await measureBundle(shoelaceEntry(), { includeLit: true });
  const withoutLit = await measureBundle(shoelaceEntry(), { includeLit: false });
  return { withLit: withLit.firstLoadGzip, withoutLit: withoutLit.firstLoadGzip };
}

/** Lit alone, the same way (for scale). */
export async function measureLit() {
  return (await measureBundle({ contents: "export * from 'lit';", resolveDir: packageDir }, { includeLit: true })).firstLoadGzip;
}

function moduleName(input) {
  return input.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '').replace(/^packages\//, '');
}

/** The package a module comes from: lit (with lit-html, lit-element, @lit/*), core, ui, an element. */
function groupName(name) {
  if (/^(lit|lit-html|lit-element|@lit)\//.test(name) || name.startsWith('@lit/')) return 'Lit';
  if (name.startsWith('@partnerkit/')) return name.split('/')[1];
  return name.split('/')[0];
}

export { repoRoot };
