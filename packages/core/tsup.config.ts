import { defineConfig } from 'tsup';

// One output file per source module (not one bundle), so that with `sideEffects: false` an
// app's bundler keeps only the modules it imports: a page with a ladder poll does not ship
// the parity checklist. Every module is also importable on its own
// (`@partnerkit/core/ladders/catalog.js`), so tsc writes one declaration file per module.
export default defineConfig({
  entry: ['src/**/*.ts'],
  bundle: false,
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
});
