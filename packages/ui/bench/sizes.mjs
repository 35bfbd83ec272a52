#!/usr/bin/env node
// Size benchmark: how many bytes each element costs a page. Each element's define entry is
// bundled with @partnerkit/ui and the @partnerkit/core modules it imports (their built files,
// as an app gets them from npm), minified, then gzipped at level 9 — once with Lit left out
// (the page or another library already has it) and once with Lit included. Code split off
// behind dynamic imports (French text, the store's readers…) is reported apart: it loads only
// when needed. Prints a table, writes bench-results/sizes.json, and refreshes the table in the
// root README between the `sizes` markers. Goals are printed beside the figures; nothing here
// fails — read the numbers. Source files (an element's own, measured from src/) get their `css`
// templates minified as the packages' builds do (scripts/minify-css-templates.mjs).
//
// Its measuring pieces are exported for other benchmarks (@partnerkit/widgets' bench/run.mjs);
// the table is made only when this file is run itself.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyCssTemplatesPlugin } from '../../../scripts/minify-css-templates.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');
const repoRoot = join(packageDir, '..', '..');

/** Lit and its family: left out of the "without Lit" figures. */
export const LIT = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*'];

/** 1 KB = 1,024 bytes. */
export const KB = 1024;
export const GOAL_WITHOUT_LIT = 6 * KB;
const GOAL_LADDER_POLL_WITH_LIT = 12 * KB;

/** The define entries to measure. `tags` lists what the entry registers, besides the provider. */
export const ENTRIES = [
  { label: '<ladder-poll>', entry: 'packages/ladder-poll/src/define.ts', tags: ['ladder-poll'], goalWithLit: GOAL_LADDER_POLL_WITH_LIT },
  { label: '<parity-checklist>', entry: 'packages/parity-checklist/src/define.ts', tags: ['parity-checklist'] },
  { label: '<pledge-card> + <pledge-wall>', entry: 'packages/pledge-card/src/define.ts', tags: ['pledge-card', 'pledge-wall'] },
];

/** Bytes after gzip at level 9. */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/**
 * The shared base every element includes: `@partnerkit/ui` (the element base class, the
 * connection to a store, languages, styles) and its provider, as the elements import them.
 */
export const BASE_ENTRY = { contents: "import '@partnerkit/ui/define.js';\nexport * from '@partnerkit/ui';\n", resolveDir: packageDir };

/** Serves virtual entries (`{ contents, resolveDir }`) to esbuild under `pk-entry:<n>`. */
function virtualEntriesPlugin(virtualEntries) {
  return {
    name: 'partnerkit-virtual-entries',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^pk-entry:/ }, ({ path }) => ({ path, namespace: 'pk-entry' }));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'pk-entry' }, ({ path }) => {
        const entry = virtualEntries[Number(path.slice('pk-entry:'.length))];
        return { contents: entry.contents, resolveDir: entry.resolveDir, loader: 'ts' };
      });
    },
  };
}

/**
 * Bundles one entry (a file, or `{ contents, resolveDir }` for a virtual one) with code
 * splitting, and measures what a page loads first and what it loads later. With
 * `beyondBase`, the shared base is bundled beside it as a second entry (as the autoloader
 * serves them) and its first load is left out: what this element adds to a page that already
 * has the base, such as a page with another PartnerKit element.
 */
export async function measureBundle(entry, { includeLit, beyondBase = false }) {
  const virtualEntries = [];
  const entryPointOf = (item) => {
    if (typeof item === 'string') return item;
    virtualEntries.push(item);
    return `pk-entry:${virtualEntries.length - 1}`;
  };
  const entryPoint = entryPointOf(entry);
  const basePoint = beyondBase ? entryPointOf(BASE_ENTRY) : undefined;
  const entryPoints = basePoint === undefined ? [entryPoint] : [entryPoint, basePoint];
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    outdir: join(packageDir, 'bench-results', '.bundle'),
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    external: includeLit ? [] : LIT,
    plugins: [virtualEntriesPlugin(virtualEntries), minifyCssTemplatesPlugin(/[\\/]packages[\\/][^\\/]+[\\/]src[\\/].+\.ts$/)],
  });
  const gzipByPath = new Map(
    result.outputFiles.filter((file) => file.path.endsWith('.js')).map((file) => [relative(repoRoot, file.path), gzipSize(file.contents)]),
  );
  const outputs = result.metafile.outputs;
  // Chunks behind dynamic imports are entry points too: find the outputs of the entries themselves.
  // esbuild names a virtual entry `<namespace>:<path>` in the metafile.
  const metafileName = (point) => (point.startsWith('pk-entry:') ? `pk-entry:${point}` : point);
  const outputOf = (point) => Object.keys(outputs).find((path) => path.endsWith('.js') && outputs[path].entryPoint === metafileName(point));
  /** The output and every chunk it imports statically, transitively. */
  const staticClosure = (start) => {
    const found = new Set();
    const visit = (path) => {
      if (found.has(path)) return;
      found.add(path);
      for (const imported of outputs[path].imports) {
        if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
      }
    };
    visit(start);
    return found;
  };
  const base = basePoint === undefined ? new Set() : staticClosure(outputOf(basePoint));
  const firstLoad = new Set([...staticClosure(outputOf(entryPoint))].filter((path) => !base.has(path)));
  const lazy = [...gzipByPath.keys()].filter((path) => !firstLoad.has(path) && !base.has(path));
  // The biggest source modules in the first load (minified bytes, before gzip).
  const contributions = new Map();
  for (const path of firstLoad) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
      const name = moduleName(input);
      contributions.set(name, (contributions.get(name) ?? 0) + bytesInOutput);
    }
  }
  const biggest = [...contributions]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, minified]) => ({ name, minified }));
  const sum = (paths) => paths.reduce((total, path) => total + (gzipByPath.get(path) ?? 0), 0);
  return {
    firstLoadGzip: sum([...firstLoad]),
    firstLoadFiles: firstLoad.size,
    lazyGzip: sum(lazy),
    lazyChunks: lazy.map((path) => ({ name: chunkName(path, outputs[path]), gzip: gzipByPath.get(path) })).sort((a, b) => b.gzip - a.gzip),
    biggest,
  };
}

/** A short name for a source module: `core/dist/polls/results.js`, `lit-html/lit-html.js`. */
function moduleName(input) {
  return input.replace(/^.*node_modules\//, '').replace(/^packages\//, '');
}

/** A readable name for a lazy chunk: the biggest source module in it, else its file name. */
function chunkName(path, output) {
  const inputs = Object.entries(output.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  return inputs.length > 0 ? moduleName(inputs[0][0]) : path.split('/').pop();
}

/**
 * A tiny entry that registers only `tag`: the define module's imports that this tag needs, and
 * its one `defineElement` call. Returns `undefined` when the define module does not read simply.
 */
export function singleTagEntry(definePath, tag) {
  const source = readFileSync(join(repoRoot, definePath), 'utf8');
  const call = new RegExp(`defineElement\\(\\s*['"]${tag}['"]\\s*,\\s*(\\w+)\\s*\\)`).exec(source);
  if (call === null) return undefined;
  const className = call[1];
  const imports = [];
  for (const match of source.matchAll(/^import\s+(?:\{([^}]*)\}\s+from\s+)?(['"][^'"]+['"]);/gm)) {
    const [, names, specifier] = match;
    if (names === undefined) {
      imports.push(`import ${specifier};`);
      continue;
    }
    const wanted = names
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name === 'defineElement' || name === className);
    if (wanted.length > 0) imports.push(`import { ${wanted.join(', ')} } from ${specifier};`);
  }
  return { contents: `${imports.join('\n')}\ndefineElement('${tag}', ${className});\n`, resolveDir: join(repoRoot, dirname(definePath)) };
}

/**
 * Measures one element entry: its first load without and with Lit, and (for an element, not
 * the base itself) what it adds beyond the shared base, without Lit.
 */
export async function measureEntry(label, entry, goals) {
  const withoutLit = await measureBundle(entry, { includeLit: false });
  const withLit = await measureBundle(entry, { includeLit: true });
  const beyondBase = entry === BASE_ENTRY ? undefined : await measureBundle(entry, { includeLit: false, beyondBase: true });
  return { element: label, withoutLit, withLit, ...(beyondBase === undefined ? {} : { beyondBase }), ...goals };
}

/** True when this file is the script Node runs (not imported by another benchmark). */
function isMain() {
  return process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
}

if (isMain()) await main();

/** Measures every element, prints the table, writes sizes.json and the README table. */
async function main() {
  const rows = [];
  const missing = [];
  for (const { label, entry, tags, goalWithLit } of ENTRIES) {
    if (!existsSync(join(repoRoot, entry))) {
      missing.push(`${label}: ${entry} does not exist yet`);
      continue;
    }
    try {
      rows.push(await measureEntry(label, entry, { goalWithoutLit: GOAL_WITHOUT_LIT, ...(goalWithLit ? { goalWithLit } : {}) }));
      if (tags.length > 1) {
        for (const tag of tags) {
          const single = singleTagEntry(entry, tag);
          if (single) rows.push(await measureEntry(`  <${tag}> alone`, single, { goalWithoutLit: GOAL_WITHOUT_LIT }));
        }
      }
    } catch (error) {
      missing.push(`${label}: did not bundle (${error.message.split('\n')[0]})`);
    }
  }

  // References: the shared base alone, and Lit alone.
  const base = await measureEntry('shared base (@partnerkit/ui with <partnerkit-provider>)', BASE_ENTRY, {});
  const litOnly = await measureBundle({ contents: "export * from 'lit';", resolveDir: packageDir }, { includeLit: true });

  function kb(bytes) {
    return `${(bytes / KB).toFixed(2)} KB`;
  }

  function verdict(bytes, goal) {
    if (goal === undefined) return '';
    return bytes <= goal ? `≤ ${goal / KB} KB, met` : `≤ ${goal / KB} KB, NOT met`;
  }

  const header = ['element', 'without Lit', 'goal', 'beyond the shared base', 'with Lit', 'goal', 'loaded later (gz)'];
  const tableRows = [...rows, base].map((row) => [
    row.element,
    kb(row.withoutLit.firstLoadGzip),
    verdict(row.withoutLit.firstLoadGzip, row.goalWithoutLit),
    row.beyondBase === undefined ? '—' : kb(row.beyondBase.firstLoadGzip),
    kb(row.withLit.firstLoadGzip),
    verdict(row.withLit.firstLoadGzip, row.goalWithLit),
    row.withoutLit.lazyChunks.length === 0 ? '—' : `${kb(row.withoutLit.lazyGzip)} in ${row.withoutLit.lazyChunks.length} chunks`,
  ]);
  tableRows.push(['Lit alone (`lit`)', '—', '', '—', kb(litOnly.firstLoadGzip), '', '—']);

  function plainTable() {
    const widths = header.map((title, i) => Math.max(title.length, ...tableRows.map((row) => row[i].length)));
    const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
    return [line(header), line(widths.map((width) => '-'.repeat(width))), ...tableRows.map(line)].join('\n');
  }

  function markdownTable() {
    // Tags as code, so `<ladder-poll>` reads as written and is not taken for HTML.
    const escape = (cell) => cell.trim().replaceAll('|', '\\|').replace(/<[a-z-]+>/g, (tag) => `\`${tag}\``) || ' ';
    return [
      `| ${header.join(' | ')} |`,
      `| ${header.map(() => '---').join(' | ')} |`,
      ...tableRows.map((row) => `| ${row.map(escape).join(' | ')} |`),
    ].join('\n');
  }

  const note =
    'Minified, then gzipped at level 9; 1 KB = 1,024 bytes. "Without Lit" leaves out lit and @lit/* (the page may already load them). ' +
    'Each figure is what a page loads first: the entry and the chunks it imports. "Beyond the shared base" is what the element adds ' +
    'to a page that already has the shared base (its last row), for example a page with another PartnerKit element: the element and ' +
    'the base bundled together as two entries, as the autoloader serves them. Code behind dynamic imports loads only when needed ' +
    '(last column). Measured by `npm run bench -w @partnerkit/ui`.';

  console.log(plainTable());
  for (const problem of missing) console.log(`Not measured: ${problem}`);
  for (const row of rows) {
    const biggest = row.withoutLit.biggest.map((entry) => `${entry.name} ${kb(entry.minified)}`).join(', ');
    console.log(`${row.element.trim()}, biggest parts without Lit (minified, before gzip): ${biggest}`);
    if (row.withoutLit.lazyChunks.length > 0) {
      console.log(`${row.element.trim()}, loaded later: ${row.withoutLit.lazyChunks.map((chunk) => `${chunk.name} ${kb(chunk.gzip)}`).join(', ')}`);
    }
  }

  const outDir = join(packageDir, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const report = {
    package: '@partnerkit/ui',
    benchmark: 'sizes',
    unit: 'bytes, minified then gzip -9',
    node: process.version,
    date: new Date().toISOString(),
    goals: { withoutLitPerElement: GOAL_WITHOUT_LIT, ladderPollWithLit: GOAL_LADDER_POLL_WITH_LIT },
    results: [...rows, base].map((row) => ({
      ...row,
      element: row.element.trim(),
      ...(row.goalWithoutLit === undefined ? {} : { meetsGoalWithoutLit: row.withoutLit.firstLoadGzip <= row.goalWithoutLit }),
      ...(row.goalWithLit === undefined ? {} : { meetsGoalWithLit: row.withLit.firstLoadGzip <= row.goalWithLit }),
    })),
    lit: { lit: litOnly.firstLoadGzip },
    notMeasured: missing,
  };
  writeFileSync(join(outDir, 'sizes.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Written to ${join('packages', 'ui', 'bench-results', 'sizes.json')}`);

  // The README keeps the latest table between its markers (a "Sizes" section is added if missing).
  const readmePath = join(repoRoot, 'README.md');
  const START = '<!-- sizes:start -->';
  const END = '<!-- sizes:end -->';
  const block = `${START}\n${markdownTable()}\n\n${note}\n${END}`;
  let readme = readFileSync(readmePath, 'utf8');
  if (readme.includes(START) && readme.includes(END)) {
    readme = readme.slice(0, readme.indexOf(START)) + block + readme.slice(readme.indexOf(END) + END.length);
  } else {
    readme = `${readme.trimEnd()}\n\n## Sizes\n\nWhat each element adds to a page.\n\n${block}\n`;
  }
  writeFileSync(readmePath, readme);
  console.log('README.md size table updated');
}
