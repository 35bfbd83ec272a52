// Builds the static Storybook the way CI does (offline, no telemetry), then opens it in a real
// Chromium: every element in the custom-elements manifest has stories and a Docs page, every
// story renders without an error, and each Docs page shows the element's attributes, events and
// parts from the manifest.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { loadCsf } from 'storybook/internal/csf-tools';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { MERGED_MANIFEST, tagsIn } from '../scripts/manifest.mjs';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(appDir, 'storybook-static');
const require = createRequire(import.meta.url);

/** The Storybook command line, found the way Node finds the package (hoisted or not). */
function storybookBin() {
  const packageFile = require.resolve('storybook/package.json');
  const { bin } = JSON.parse(readFileSync(packageFile, 'utf8'));
  return join(dirname(packageFile), typeof bin === 'string' ? bin : bin.storybook);
}

function run(args) {
  return spawnSync(process.execPath, args, {
    cwd: appDir,
    encoding: 'utf8',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves the built site on a free local port. */
async function serve(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

const components = new Map();

/** The tag a story file's default export names as its `component`, if any. */
function componentOf(importPath) {
  if (!components.has(importPath)) components.set(importPath, readComponent(importPath));
  return components.get(importPath);
}

function readComponent(importPath) {
  const file = join(appDir, importPath);
  if (!file.endsWith('.ts')) return undefined;
  const csf = loadCsf(readFileSync(file, 'utf8'), { fileName: file, makeTitle: (title) => title }).parse();
  const component = csf.meta?.component;
  return typeof component === 'string' ? component.replace(/^['"`]|['"`]$/g, '') : undefined;
}

let build;
let entries = [];
let manifest;
let server;
let browser;

before(async () => {
  const analyse = run([join('scripts', 'manifest.mjs'), '--quiet']);
  const storybook =
    analyse.status === 0 ? run([storybookBin(), 'build', '--quiet', '-o', 'storybook-static']) : { status: null, stdout: '', stderr: '' };
  build = { analyse, storybook };
  if (existsSync(join(outDir, 'index.json'))) {
    entries = Object.values(JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8')).entries);
  }
  if (existsSync(MERGED_MANIFEST)) manifest = JSON.parse(readFileSync(MERGED_MANIFEST, 'utf8'));
  server = await serve(outDir);
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the manifest is generated from the packages and the static site builds', () => {
  const { analyse, storybook } = build;
  assert.equal(analyse.status, 0, `the manifest script failed:\n${analyse.stderr}`);
  const tail = `${storybook.stdout}\n${storybook.stderr}`.split('\n').slice(-60).join('\n');
  assert.equal(storybook.status, 0, `storybook build failed:\n${tail}`);
  assert.ok(existsSync(join(outDir, 'iframe.html')), 'the site has its preview page');
  assert.ok(entries.length > 0, 'index.json lists stories');
});

test('the manifest describes the provider, and what the elements inherit from @partnerkit/ui', () => {
  const provider = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'partnerkit-provider');
  assert.ok(provider, 'the provider is in the merged manifest');
  assert.deepEqual(
    provider.attributes.map((attribute) => attribute.name).sort(),
    ['endpoint', 'kiosk', 'storage', 'theme'],
    'attributes come from `static properties`',
  );
  assert.equal(provider.members.find((member) => member.name === 'client')?.attribute, undefined, '`client` is a property only');
  assert.equal(provider.slots?.length, 1, 'the @slot tag is read');
  for (const element of manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName && d !== provider)) {
    const storage = element.attributes?.find((attribute) => attribute.name === 'storage');
    assert.deepEqual(storage?.inheritedFrom, { name: 'PartnerKitElement', package: '@partnerkit/ui' }, `<${element.tagName}> inherits storage`);
  }
});

test('every element in the manifest has at least one story and a Docs page', () => {
  const tags = tagsIn(manifest);
  assert.ok(tags.length > 0, 'the manifest lists elements');
  const titlesByTag = new Map();
  for (const entry of entries) {
    if (entry.type !== 'story') continue;
    const tag = componentOf(entry.importPath);
    if (tag === undefined) continue;
    titlesByTag.set(tag, [...(titlesByTag.get(tag) ?? []), entry.title]);
  }
  const missing = [];
  for (const tag of tags) {
    const titles = titlesByTag.get(tag);
    if (titles === undefined) {
      missing.push(`<${tag}> has no story (a story file with component: '${tag}')`);
      continue;
    }
    const hasDocs = entries.some((entry) => entry.type === 'docs' && titles.includes(entry.title));
    if (!hasDocs) missing.push(`<${tag}> has no Docs page (tags: ['autodocs'])`);
  }
  assert.deepEqual(missing, []);
});

/**
 * One preview page that switches between entries through Storybook's own channel, as the
 * Storybook UI does: loading the whole preview again for each story would be slow.
 */
async function openPreview() {
  const page = await browser.newPage();
  let problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // A failed request is reported below with its address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text().split('\n')[0]);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url().replace(server.url, '')}`);
  });
  await page.goto(`${server.url}/iframe.html`);
  await page.waitForFunction(() => globalThis.__STORYBOOK_ADDONS_CHANNEL__ !== undefined && globalThis.__STORYBOOK_PREVIEW__?.storyStoreValue !== undefined);

  /** Shows one entry; returns what went wrong while it rendered. */
  async function show(entry) {
    problems = [];
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    const outcome = await page.evaluate(
      ({ storyId, viewMode: mode }) =>
        new Promise((resolve) => {
          const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
          const events = {
            storyRendered: () => ({ ok: true }),
            docsRendered: () => ({ ok: true }),
            storyErrored: (error) => ({ ok: false, error: `${error?.title ?? ''} ${error?.description ?? ''}` }),
            storyThrewException: (error) => ({ ok: false, error: error?.message ?? String(error) }),
            playFunctionThrewException: (error) => ({ ok: false, error: `play: ${error?.message ?? String(error)}` }),
            storyMissing: () => ({ ok: false, error: 'story missing' }),
          };
          const timer = setTimeout(() => finish({ ok: false, error: 'did not finish rendering in 20 s' }), 20_000);
          const handlers = Object.entries(events).map(([name, read]) => [name, (payload) => finish(read(payload))]);
          function finish(result) {
            clearTimeout(timer);
            for (const [name, handler] of handlers) channel.off(name, handler);
            resolve(result);
          }
          for (const [name, handler] of handlers) channel.on(name, handler);
          channel.emit('setCurrentStory', { storyId, viewMode: mode });
        }),
      { storyId: entry.id, viewMode },
    );
    const found = [...problems];
    if (!outcome.ok) found.push(outcome.error.trim());
    return found;
  }
  return { page, show };
}

test('every story renders without an error, with its element defined', async () => {
  const failures = [];
  const { page, show } = await openPreview();
  for (const entry of entries.filter((candidate) => candidate.type === 'story')) {
    const problems = await show(entry);
    const tag = componentOf(entry.importPath);
    if (tag !== undefined) {
      const defined = await page.evaluate((name) => customElements.get(name) !== undefined, tag);
      if (!defined) problems.push(`<${tag}> is not defined on the page`);
    }
    if (problems.length > 0) failures.push(`${entry.importPath} › ${entry.name}: ${problems.join('; ')}`);
  }
  await page.close();
  assert.deepEqual(failures, []);
});

test('each Docs page shows the attributes, events and parts from the manifest', async () => {
  const failures = [];
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  const { page, show } = await openPreview();
  for (const entry of entries.filter((candidate) => candidate.type === 'docs' && candidate.importPath.endsWith('.ts'))) {
    const storyEntry = entries.find((candidate) => candidate.type === 'story' && candidate.title === entry.title);
    const tag = storyEntry && componentOf(storyEntry.importPath);
    const declaration = declarations.find((candidate) => candidate.tagName === tag);
    if (declaration === undefined) continue;
    const problems = await show(entry);
    await page
      .waitForSelector('#storybook-docs .docblock-argstable', { state: 'attached', timeout: 20_000 })
      .catch(() => problems.push('no table of attributes'));
    const text = (await page.textContent('#storybook-docs')) ?? '';
    const expected = [
      ...(declaration.attributes ?? []).map((attribute) => attribute.name),
      ...(declaration.events ?? []).map((event) => event.name),
      ...(declaration.cssParts ?? []).map((part) => part.name),
    ];
    const absent = expected.filter((name) => !text.includes(name));
    if (absent.length > 0) problems.push(`not shown: ${absent.join(', ')}`);
    if (problems.length > 0) failures.push(`${entry.title}: ${problems.join('; ')}`);
  }
  await page.close();
  assert.deepEqual(failures, []);
});
