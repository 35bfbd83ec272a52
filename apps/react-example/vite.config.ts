// Vite builds the example with no React plugin: esbuild turns JSX into calls to React 19's
// automatic runtime (`react/jsx-runtime`). `base: './'` lets the built page be served from
// any folder of an intranet.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    target: 'es2022',
    // The end-to-end test serves these files as they are; no source maps to fetch.
    sourcemap: false,
  },
});
