// The built package, as an app installs it: the main entry loads in plain Node.js (no
// browser globals here) and works; the browser entry is a separate file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Core from '../src/index.js';

const packageDir = join(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  exports: Record<string, { types: string; import: string }>;
  sideEffects: boolean;
};

describe('the built package', () => {
  it('declares ESM entry points with types for the main and browser entries, and no side effects', () => {
    expect(manifest.sideEffects).toBe(false);
    for (const entry of ['.', './browser']) {
      const target = manifest.exports[entry];
      expect(target, entry).toBeDefined();
      expect(existsSync(join(packageDir, target!.import)), target!.import).toBe(true);
      expect(existsSync(join(packageDir, target!.types)), target!.types).toBe(true);
    }
  });

  it('runs its main entry in Node without any browser API', async () => {
    expect('window' in globalThis).toBe(false);
    expect('localStorage' in globalThis).toBe(false);
    const core = (await import(join(packageDir, manifest.exports['.']!.import))) as typeof Core;
    const client = core.createClient({ store: new core.MemoryStore() });
    await client.polls.create({ id: 'node-check' });
    const released = await client.polls.vote('node-check', { rung: core.PARTICIPATION_LADDER.rungs[0]!.id });
    expect(released.result.total).toBe(0);
    expect((await client.polls.myVote('node-check'))?.rungId).toBe(core.PARTICIPATION_LADDER.rungs[0]!.id);
  });
});
