/**
 * Test support: one suite body runs against PGlite (in memory) always, and against
 * PostgreSQL when DATABASE_URL is set (each run in a fresh schema, dropped afterwards).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { Database } from '../src/db/database.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import { startServer, type PartnerKitServer, type ServerOptions } from '../src/server.js';

/** The facilitator token every test server uses. */
export const TOKEN = 'test-facilitator-token';

/** A server under test, its database and a way to call it. */
export interface TestServer {
  /** The server. */
  readonly server: PartnerKitServer;
  /** Its database, to look inside (the server owns it). */
  readonly db: Database;
  /** Calls the server. */
  call(method: string, path: string, options?: CallOptions): Promise<Answer>;
}

/** Options of {@link TestServer.call}. */
export interface CallOptions {
  /** The body: a value sent as JSON, or raw text. */
  readonly body?: unknown;
  /** Raw body text (wins over `body`). */
  readonly raw?: string;
  /** Send the facilitator token (true), another token (a string) or none (false, the default). */
  readonly token?: boolean | string;
  /** The idempotency key; a fresh one by default on writes; `null` sends none. */
  readonly key?: string | null;
  /** Extra headers. */
  readonly headers?: Record<string, string>;
}

/** An answer, with its JSON body parsed. */
export interface Answer {
  /** The status. */
  readonly status: number;
  /** The headers. */
  readonly headers: Headers;
  /** The parsed JSON body (or the text when not JSON). */
  readonly body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Calls a server's fetch like a client would. */
export async function call(server: Pick<PartnerKitServer, 'fetch'>, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token === true) headers.Authorization = `Bearer ${TOKEN}`;
  else if (typeof options.token === 'string') headers.Authorization = `Bearer ${options.token}`;
  if (WRITES.has(method) && options.key !== null) headers['Idempotency-Key'] = options.key ?? randomUUID();
  const init: RequestInit = { method, headers };
  if (options.raw !== undefined) init.body = options.raw;
  else if (options.body !== undefined) init.body = JSON.stringify(options.body);
  const response = await server.fetch(new Request(`http://test.local${path}`, init));
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, headers: response.headers, body };
}

/** A database the suite can run on. */
interface Engine {
  readonly name: string;
  open(): Promise<{ db: Database; cleanUp: () => Promise<void> }>;
}

let template: Blob | undefined;

const pgliteEngine: Engine = {
  name: 'PGlite',
  async open() {
    // Every server starts from the migrated dump made once by the global setup.
    template ??= new Blob([readFileSync(inject('pgliteTemplate'))]);
    return { db: await openPglite(undefined, { loadDataDir: template }), cleanUp: async () => {} };
  },
};

function postgresEngine(url: string): Engine {
  return {
    name: 'PostgreSQL',
    async open() {
      const schema = `pk_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const scoped = new URL(url);
      scoped.searchParams.set('options', `-c search_path=${schema}`);
      const db = await openPostgres(scoped.toString());
      return {
        db,
        cleanUp: async () => {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await client.end();
        },
      };
    },
  };
}

/** The engines to run on: PGlite, and PostgreSQL when DATABASE_URL is set. */
export function engines(): Engine[] {
  const url = process.env.DATABASE_URL;
  return url === undefined || url === '' ? [pgliteEngine] : [pgliteEngine, postgresEngine(url)];
}

/** Opens a database of `engine` and starts a server on it. */
export async function startTestServer(engine: Engine, options: ServerOptions = {}): Promise<TestServer & { stop(): Promise<void> }> {
  const { db, cleanUp } = await engine.open();
  const server = await startServer(db, { facilitatorToken: TOKEN, voteRateLimit: { max: 1000, windowMs: 1000 }, ...options });
  return {
    server,
    db,
    call: (method, path, callOptions) => call(server, method, path, callOptions),
    async stop() {
      await server.close();
      await cleanUp();
    },
  };
}

/**
 * Runs `body` once per engine, with a server started before the suite and closed after.
 * `get()` returns the running server.
 */
export function forEachDatabase(name: string, body: (get: () => TestServer, engine: Engine) => void, options: ServerOptions = {}): void {
  for (const engine of engines()) {
    describe(`${name} (${engine.name})`, () => {
      let current: (TestServer & { stop(): Promise<void> }) | undefined;
      beforeAll(async () => {
        current = await startTestServer(engine, options);
      });
      afterAll(async () => {
        await current?.stop();
      });
      body(() => {
        if (current === undefined) throw new Error('The test server did not start.');
        return current;
      }, engine);
    });
  }
}

/** A fresh id for a test's own poll, wall or record. */
export function freshId(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** Every row of every table, to check that a refused request changed nothing. */
export async function databaseSnapshot(db: Database): Promise<string> {
  const tables = ['polls', 'votes', 'pledges', 'pledge_joiners', 'records', 'events', 'idempotency_keys', 'audit_log'];
  const parts: string[] = [];
  for (const table of tables) {
    const rows = await db.query(`SELECT * FROM ${table} ORDER BY 1, 2`);
    parts.push(`${table}:${JSON.stringify(rows)}`);
  }
  return parts.join('\n');
}

/** Waits until every released result has gone out as an event (results are sent a little later). */
export async function resultsSent(db: Database): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM polls WHERE published_seq < release_seq');
    if (rows[0]?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('Results were not sent.');
}
