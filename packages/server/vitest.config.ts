import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', '../../scripts/reporters/vitest.mjs'],
    // Each suite starts its own embedded database, and a PGlite data folder takes a while to
    // create. These are ceilings for a hung test, not speed checks: on a shared, busy machine
    // the data-folder test alone took over 30 s, so leave plenty of room.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
