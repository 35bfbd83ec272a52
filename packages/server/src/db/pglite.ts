/**
 * PGlite: PostgreSQL compiled to WebAssembly, running inside this process. With a data
 * directory the data lives in files there; without one it lives in memory (for tests).
 *
 * Durability (checked against PGlite 0.5): in Node, PGlite writes straight to the files of
 * the data directory through Node's file system calls as PostgreSQL writes them, so a
 * committed transaction's write-ahead log is in the operating system's hands before the
 * commit returns: killing the process (even `kill -9`) loses nothing acknowledged.
 * `relaxedDurability` only matters for browser file systems and stays off here. PGlite
 * starts PostgreSQL with fsync off and Node's file system layer has no fsync, so an
 * operating-system crash or power cut may lose the last moments of writes: use a PostgreSQL
 * server (`DATABASE_URL`) where that matters.
 *
 * A stale PostgreSQL lock (`postmaster.pid`) left by a crash is cleared by PGlite itself at
 * start; {@link lockDataDirectory} keeps a second process out of a directory in use.
 */
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable, Row } from './database.js';
import { lockDataDirectory } from './lock.js';

function queryable(target: Pick<PGlite, 'query'>): Queryable {
  return {
    async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await target.query<T>(sql, params as unknown[]);
      return result.rows;
    },
  };
}

/** Options of {@link openPglite}. */
export interface PgliteOptions {
  /** Start from this dump of a data directory (made with PGlite's `dumpDataDir`) when it is new. */
  readonly loadDataDir?: Blob | undefined;
}

/** Opens PGlite in `dataDir` (locked for this process), or in memory when it is undefined. */
export async function openPglite(dataDir?: string, options: PgliteOptions = {}): Promise<Database> {
  const unlock = dataDir === undefined ? () => {} : lockDataDirectory(dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create({
      ...(dataDir !== undefined && { dataDir }),
      ...(options.loadDataDir !== undefined && { loadDataDir: options.loadDataDir }),
      relaxedDurability: false,
    });
  } catch (error) {
    unlock();
    throw error;
  }
  const direct = queryable(db);
  let closed = false;
  return {
    kind: 'pglite',
    query: direct.query,
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    async listen(channel, listener) {
      const stop = await db.listen(channel, listener);
      return async () => {
        if (!closed) await stop();
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}
