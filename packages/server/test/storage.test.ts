import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, MIGRATIONS } from '../src/db/migrations.js';
import { DataDirectoryLockedError, LOCK_FILE, lockDataDirectory } from '../src/db/lock.js';
import { createServer } from '../src/server.js';
import { call, TOKEN } from './support.js';

const folders: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pk-server-test-'));
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('a PGlite data directory', () => {
  it('keeps data across restarts, migrates once, and refuses a second process', async () => {
    const dataDir = tempDir();
    const first = await createServer({ dataDir, facilitatorToken: TOKEN });
    expect(first.database).toBe('pglite');
    await expect(createServer({ dataDir })).rejects.toBeInstanceOf(DataDirectoryLockedError);
    expect((await call(first, 'POST', '/v1/polls', { token: true, body: { id: 'kept' } })).status).toBe(201);
    expect((await call(first, 'PUT', '/v1/polls/kept/votes/p1', { body: { rung: 'share-decisions' } })).status).toBe(200);
    await first.close();

    const second = await createServer({ dataDir, facilitatorToken: TOKEN });
    const vote = await call(second, 'GET', '/v1/polls/kept/votes/p1');
    expect(vote.body.vote.rungId).toBe('share-decisions');
    await second.close();
  });

  it('takes over a lock left by a process that is gone', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, LOCK_FILE), '999999999\n');
    const release = lockDataDirectory(dataDir);
    expect(readFileSync(join(dataDir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    release();
    release();
  });
});

describe('migrations', () => {
  it('apply once: a second run changes nothing', async () => {
    const { openPglite } = await import('../src/db/pglite.js');
    const db = await openPglite();
    try {
      expect(await applyMigrations(db)).toEqual(MIGRATIONS.map((migration) => migration.version));
      const tables = async () => JSON.stringify(await db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1"));
      const before = await tables();
      expect(await applyMigrations(db)).toEqual([]);
      expect(await tables()).toBe(before);
      const recorded = await db.query<{ version: number }>('SELECT version FROM schema_migrations');
      expect(recorded.map((row) => row.version)).toEqual(MIGRATIONS.map((migration) => migration.version));
    } finally {
      await db.close();
    }
  });
});
