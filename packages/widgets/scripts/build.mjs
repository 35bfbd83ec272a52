#!/usr/bin/env node
// Builds @partnerkit/widgets with esbuild:
// - dist/partnerkit.js: one minified ES module, Lit in production mode and every element, no
//   code splitting (the elements' dynamic imports are inlined), so no other request is needed;
// - dist/autoloader.js and dist/chunks/*.js: a small watcher that loads only the chunks of the
//   tags on the page;
// - dist/index.d.ts: types for `import … from '@partnerkit/widgets'`;
// - dist/jsx.d.ts, through scripts/jsx-types.mjs when that script exists.
// Our packages' built files are prepared on the way in (see prepareModulesPlugin).
// `buildBundle({ outfile, version })` is exported for tests that need a second copy stamped
// with another version.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { minifyCssTemplates } from '../../../scripts/minify-css-templates.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/**
 * Prepares our own packages' built files (`packages/<name>/dist/*.js`) for bundling; line
 * numbers stay as they were, so their source maps still point at the right lines.
 * - The CSS inside Lit `css` templates is minified (scripts/minify-css-templates.mjs; the
 *   packages' own builds do it already, this keeps the bundle right with older builds).
 * - With `inlineImports` (the one-file bundle only), each `import('…')` becomes a static
 *   namespace import and a resolved promise. The module would be in the file anyway; this
 *   spares esbuild's lazy-start wrapper around every module reached by `import()` and lets it
 *   drop more unused code: about 1.2 KB gzipped less; `(await import('…')).name` imports
 *   only that name (still awaited, so the timing stays), about 0.2 KB more. Those modules then
 *   start with the bundle (defining functions and constants, nothing else).
 * @param {{ inlineImports?: boolean }} [options]
 */
export function prepareModulesPlugin({ inlineImports = false } = {}) {
  return {
    name: 'partnerkit-prepare-modules',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].+\.js$/ }, async ({ path }) => {
        const text = await readFile(path, 'utf8');
        const hasCss = text.includes('css`');
        const hasImports = inlineImports && /\bimport\(/.test(text);
        if (!hasCss && !hasImports) return undefined;
        let contents = hasCss ? await minifyCssTemplates(text, path) : text;
        if (hasImports) {
          const namespaces = [];
          // `(await import('…')).name` needs only that name: import just it, so the rest can go.
          contents = contents.replace(/\(await import\(\s*("[^"]+"|'[^']+')\s*\)\)\.([A-Za-z_$][\w$]*)/g, (_, specifier, name) => {
            const local = `__pkImported${namespaces.length}`;
            namespaces.push(`import { ${name} as ${local} } from ${specifier};`);
            return `(await ${local})`;
          });
          contents = contents.replace(/\bimport\(\s*("[^"]+"|'[^']+')\s*\)/g, (_, specifier) => {
            const name = `__pkImported${namespaces.length}`;
            namespaces.push(`import * as ${name} from ${specifier};`);
            return `Promise.resolve(${name})`;
          });
          contents = namespaces.join('') + contents; // on the first line: later lines keep their numbers
        }
        return { contents, loader: 'js' };
      });
    },
  };
}

/** Options every output shares: modern browsers, minified, Lit's production files. */
export const sharedOptions = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  // No `development` condition: esbuild picks Lit's production files (checked below).
  conditions: [],
  metafile: true,
  logLevel: 'warning',
  plugins: [prepareModulesPlugin()],
};

/**
 * Replaces the text of `@partnerkit/ui`'s version module, so a copy of the bundle can claim
 * another version (the guarded define helper compares versions).
 */
function versionPlugin(version) {
  return {
    name: 'partnerkit-version',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /[\\/]ui[\\/](dist|src)[\\/]version\.(js|ts)$/ }, () => ({
        contents: `export const VERSION = ${JSON.stringify(version)};`,
        loader: 'js',
      }));
    },
  };
}

/** Fails the build when any of Lit's development files slipped into an output. */
function assertProductionLit(metafile) {
  const development = Object.keys(metafile.inputs).filter((input) => /[\\/]development[\\/]/.test(input));
  if (development.length > 0) throw new Error(`Lit development files in the bundle: ${development.join(', ')}`);
}

/**
 * Builds the one-file bundle.
 * @param {{ outfile?: string, version?: string }} [options] where to write it, and the version
 *   it claims (default: the version in @partnerkit/ui).
 * @returns {Promise<string>} the path written.
 */
export async function buildBundle({ outfile = join(dist, 'partnerkit.js'), version } = {}) {
  const result = await build({
    ...sharedOptions,
    entryPoints: [join(root, 'src', 'index.ts')],
    outfile,
    splitting: false,
    sourcemap: version === undefined ? 'linked' : false,
    plugins: [...(version === undefined ? [] : [versionPlugin(version)]), prepareModulesPlugin({ inlineImports: true })],
  });
  assertProductionLit(result.metafile);
  const chunks = Object.keys(result.metafile.outputs).filter((output) => output.endsWith('.js'));
  if (chunks.length !== 1) throw new Error(`partnerkit.js must be one file, got ${chunks.join(', ')}`);
  return outfile;
}

/** Builds the autoloader and its chunks into dist/ and dist/chunks/. */
async function buildAutoloader() {
  const result = await build({
    ...sharedOptions,
    entryPoints: [join(root, 'src', 'autoloader.ts')],
    outdir: dist,
    splitting: true,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
  });
  assertProductionLit(result.metafile);
}

/**
 * Writes dist/index.d.ts from its source: every export there has an explicit type, so
 * TypeScript's one-file declaration emit is enough (no full program).
 */
async function writeTypes() {
  for (const name of ['index']) {
    const source = await readFile(join(root, 'src', `${name}.ts`), 'utf8');
    const { outputText, diagnostics } = ts.transpileDeclaration(source, {
      fileName: `${name}.ts`,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    if (diagnostics && diagnostics.length > 0) {
      const messages = diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      throw new Error(`dist/${name}.d.ts: ${messages.join('; ')}`);
    }
    await writeFile(join(dist, `${name}.d.ts`), outputText);
  }
}

/** Runs the JSX typings script, which writes dist/jsx.d.ts from the custom-elements manifests. */
function writeJsxTypes() {
  const script = join(root, 'scripts', 'jsx-types.mjs');
  if (!existsSync(script)) return;
  const run = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('scripts/jsx-types.mjs failed');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  await buildBundle();
  await buildAutoloader();
  await writeTypes();
  writeJsxTypes();
  console.log(`Built ${relative(process.cwd(), dist) || 'dist'}/partnerkit.js, autoloader.js, chunks/ and index.d.ts`);
}
