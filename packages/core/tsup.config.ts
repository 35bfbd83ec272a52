import { defineConfig } from 'tsup';

// One output file per source module (not one bundle), so that with `sideEffects: false` an
// app's bundler keeps only the modules it imports: a page with a ladder poll does not ship
// the parity checklist. Type declarations are rolled up per public entry.
export default defineConfig({
  entry: ['src/**/*.ts'],
  bundle: false,
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', browser: 'src/browser.ts' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
});
