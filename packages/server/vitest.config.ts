import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', '../../scripts/reporters/vitest.mjs'],
    // Each suite starts its own embedded database; give slow machines room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
