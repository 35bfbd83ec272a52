// The tsup build every element package shares: one output file per module with lit, @lit/*
// and @partnerkit/* left as imports, so an app's bundler keeps only what it uses and the
// widgets bundle brings one copy of each. Types for the two public entries. The CSS inside
// Lit `css` templates is minified on the way (esbuild leaves the text of template literals).
import { defineConfig } from 'tsup';
import { minifyCssTemplatesPlugin } from './minify-css-templates.mjs';

export default defineConfig({
  entry: ['src/**/*.ts'],
  bundle: false,
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', define: 'src/define.ts' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'browser',
  esbuildPlugins: [minifyCssTemplatesPlugin(/[\\/]src[\\/].+\.ts$/)],
});
