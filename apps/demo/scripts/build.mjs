#!/usr/bin/env node
// Bundles the demo page's script (and the SDK it uses) into dist/main.js, and every element
// (with Lit) into dist/elements/ for the plain page, with esbuild.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'src', 'main.ts')],
  outfile: join(root, 'dist', 'main.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
});
// The elements load the store engine on first use: code splitting keeps it in its own chunk.
await build({
  entryPoints: [join(root, 'src', 'elements.ts')],
  outdir: join(root, 'dist', 'elements'),
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
});
console.log('Built apps/demo/dist/main.js and apps/demo/dist/elements/');
