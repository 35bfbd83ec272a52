/** A PostgreSQL server through node-postgres: a pool for queries, one client for LISTEN. */
import pg from 'pg';
import type { Database, Queryable, Row } from './database.js';

/** How many connections the pool opens at most. */
export const POOL_SIZE = 10;

function queryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await target.query<T>(sql, params as unknown[]);
      return result.rows;
    },
  };
}

/** Connects to the PostgreSQL server at `url` (a `postgres://` connection string). */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => {});
  // Fail now, with the server's own message, when the database cannot be reached.
  await pool.query('SELECT 1');
  let listener: pg.Client | undefined;
  const handlers = new Map<string, Set<(payload: string) => void>>();
  let closed = false;
  const direct = queryable(pool);

  /** Opens the LISTEN connection; if it drops, it is opened again and listens again. */
  async function listenerClient(): Promise<pg.Client> {
    if (listener !== undefined) return listener;
    const client = new pg.Client({ connectionString: url });
    const lost = (): void => {
      if (listener !== client) return;
      listener = undefined;
      client.end().catch(() => {});
      reconnectSoon();
    };
    client.on('error', lost);
    client.on('end', lost);
    await client.connect();
    client.on('notification', (message) => {
      for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    listener = client;
    return client;
  }

  /** Tries to listen again in a second, and again after that until it works or the pool closes. */
  function reconnectSoon(): void {
    if (closed) return;
    setTimeout(() => {
      relisten().catch(reconnectSoon);
    }, 1000).unref();
  }

  /** Listens again on every channel after the connection was lost; tells each listener once. */
  async function relisten(): Promise<void> {
    if (closed || handlers.size === 0) return;
    const client = await listenerClient();
    for (const [channel, set] of handlers) {
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      // Notifications may have been missed meanwhile: let listeners look for themselves.
      for (const handler of set) handler('');
    }
  }

  return {
    kind: 'postgres',
    query: direct.query,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, handler) {
      const client = await listenerClient();
      let set = handlers.get(channel);
      if (set === undefined) {
        set = new Set();
        handlers.set(channel, set);
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      }
      set.add(handler);
      return async () => {
        set.delete(handler);
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      await listener?.end().catch(() => {});
      await pool.end();
    },
  };
}
