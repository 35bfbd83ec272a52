import { defineConfig } from 'tsup';

// One output file per module with lit, @lit/* and @partnerkit/* left as imports: an app's
// bundler keeps only what it uses, and the widgets bundle brings one copy of each.
export default defineConfig({
  entry: ['src/**/*.ts'],
  bundle: false,
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', define: 'src/define.ts' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'browser',
});
