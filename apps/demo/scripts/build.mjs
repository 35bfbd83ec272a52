#!/usr/bin/env node
// Bundles the demo pages' own scripts (the SDK kiosk page, the voting page, the facilitator
// page and the presenter view, with the SDK code they use) into dist/pages/, and every element
// (with Lit) into dist/elements/ for the plain page, with esbuild. The intranet page needs no
// build: it loads the widgets bundle, served from @partnerkit/widgets.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, splitting: true, format: 'esm', target: 'es2022', minify: true, sourcemap: true, logLevel: 'warning' };

await rm(join(root, 'dist'), { recursive: true, force: true });
// Code splitting keeps what the pages share (and the store engine, loaded on first use) in chunks.
await build({
  ...common,
  entryPoints: ['sdk', 'vote', 'facilitator', 'present'].map((name) => join(root, 'src', `${name}.ts`)),
  outdir: join(root, 'dist', 'pages'),
});
await build({
  ...common,
  entryPoints: [join(root, 'src', 'elements.ts')],
  outdir: join(root, 'dist', 'elements'),
});
console.log('Built apps/demo/dist/pages/ and apps/demo/dist/elements/');
