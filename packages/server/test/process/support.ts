/**
 * Helpers for the process tests: they start the built command (dist/cli.js) as real child
 * processes, talk to it over HTTP and read its event stream with a raw HTTP client, the way a
 * browser's EventSource would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The server package's folder. */
export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built command the tests start. */
export const cliPath = join(packageDir, 'dist', 'cli.js');
/** The facilitator token every test server gets (from the environment, as in production). */
export const FACILITATOR_TOKEN = 'process-test-facilitator-token-7f3a9c';
/** The PostgreSQL URL for this run, or undefined when there is none. */
export const databaseUrl = process.env['DATABASE_URL'] || undefined;
/** A database the server can keep its data in. */
export type Backend = 'pglite' | 'postgresql';
/** The databases to test on: PGlite always, PostgreSQL too when DATABASE_URL is set. */
export const backends: readonly Backend[] = databaseUrl ? ['pglite', 'postgresql'] : ['pglite'];

/** A rung id of the default (`participation`) ladder, read from the built core package. */
export async function ladderRungs(): Promise<string[]> {
  const core = await import('@partnerkit/core');
  const ladder = core.getBuiltInLadder('participation');
  if (!ladder) throw new Error('The participation ladder is missing from @partnerkit/core.');
  return ladder.rungs.map((rung) => rung.id);
}

/** A fresh random id with a readable prefix. */
export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A temporary folder, removed by {@link cleanUp}. */
export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'pk-process-'));
  folders.push(folder);
  return folder;
}

/** How a server process ended. */
export interface Exit {
  /** The exit code, or null when a signal ended it. */
  readonly code: number | null;
  /** The signal that ended it, if any. */
  readonly signal: NodeJS.Signals | null;
}

/** A running server process. */
export interface ServerProcess {
  /** Base URL, e.g. http://127.0.0.1:41234 (from the line the server prints). */
  readonly url: string;
  /** The child process. */
  readonly child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves when the process has ended. */
  readonly exited: Promise<Exit>;
}

/** Where the server keeps its data: a PGlite folder or a PostgreSQL URL. */
export type Storage = { readonly dataDir: string } | { readonly databaseUrl: string };

const started: ChildProcess[] = [];
const folders: string[] = [];
const LISTENING = /PartnerKit server listening on (http:\/\/\S+)/;

/** Starts dist/cli.js on a free port and resolves once it prints that it is listening. */
export async function startServer(storage: Storage, extraArgs: readonly string[] = []): Promise<ServerProcess> {
  const spawned = await spawnServer(storage, extraArgs);
  const url = await spawned.listening;
  return { url, child: spawned.child, output: spawned.output, exited: spawned.exited };
}

/** Starts dist/cli.js without waiting: for tests that expect it to refuse to start. */
export async function spawnServer(
  storage: Storage,
  extraArgs: readonly string[] = [],
): Promise<{ child: ChildProcess; output: () => string; exited: Promise<Exit>; listening: Promise<string> }> {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: build the server first (npx tsup).`);
  const port = await freePort();
  const storageArgs = 'dataDir' in storage ? ['--data-dir', storage.dataDir] : ['--database-url', storage.databaseUrl];
  const env: NodeJS.ProcessEnv = { ...process.env, PARTNERKIT_FACILITATOR_TOKEN: FACILITATOR_TOKEN };
  delete env['DATABASE_URL'];
  delete env['PARTNERKIT_DATA_DIR'];
  const child = spawn(process.execPath, [cliPath, '--port', String(port), '--host', '127.0.0.1', ...storageArgs, ...extraArgs], {
    cwd: packageDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let text = '';
  const output = () => text;
  const exited = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not say it was listening within 30 s:\n${text}`)), 30_000);
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const match = LISTENING.exec(text);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    void exited.then((exit) => {
      clearTimeout(timer);
      reject(new Error(`The server ended (code ${exit.code}, signal ${exit.signal}) before listening:\n${text}`));
    });
  });
  listening.catch(() => undefined);
  return { child, output, exited, listening };
}

/** Kills every server still running and removes temporary folders. */
export async function cleanUp(): Promise<void> {
  await Promise.all(
    started.splice(0).map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const ended = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await ended;
    }),
  );
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** An HTTP answer: status, headers and the body read as JSON (or undefined). */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

/** Options for {@link call}. */
export interface CallOptions {
  readonly body?: unknown;
  /** Sends the facilitator's bearer token. */
  readonly facilitator?: boolean;
  /** Idempotency key for a write; a fresh one when omitted. */
  readonly idempotencyKey?: string;
}

/** Calls the server's JSON API. Writes always carry an Idempotency-Key. */
export async function call(base: string, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.facilitator) headers['authorization'] = `Bearer ${FACILITATOR_TOKEN}`;
  if (method !== 'GET' && method !== 'HEAD') headers['idempotency-key'] = options.idempotencyKey ?? randomUUID();
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body };
}

/** Creates an open poll (as the facilitator) and checks that it worked. */
export async function createPoll(base: string, settings: Record<string, unknown>): Promise<void> {
  const answer = await call(base, 'POST', '/v1/polls', { body: settings, facilitator: true });
  if (answer.status !== 200 && answer.status !== 201) {
    throw new Error(`Creating poll ${String(settings['id'])} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
}

/** Casts (or replaces) a participant's vote; resolves to the answer. */
export function castVote(base: string, pollId: string, participantId: string, rung: string): Promise<Answer> {
  return call(base, 'PUT', `/v1/polls/${encodeURIComponent(pollId)}/votes/${encodeURIComponent(participantId)}`, {
    body: { rung },
  });
}

/** The rung id inside a "your own vote" answer, whichever way the vote is wrapped. */
export function rungOf(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record['rungId'] === 'string') return record['rungId'];
  if (typeof record['rung'] === 'string') return record['rung'];
  return rungOf(record['vote']);
}

/** The released total inside a results answer or event, whichever way it is wrapped. */
export function totalOf(body: unknown): number | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  const result = record['result'];
  if (result && typeof result === 'object' && typeof (result as Record<string, unknown>)['total'] === 'number') {
    return (result as Record<string, number>)['total'];
  }
  return totalOf(record['results']);
}

/** One server-sent event. */
export interface StreamEvent {
  readonly id: string | undefined;
  readonly event: string;
  readonly data: unknown;
}

/** An open event stream read with a raw HTTP client. */
export interface EventStream {
  /** The HTTP status of the stream's answer. */
  readonly status: number;
  /** Every event received so far, in order. */
  readonly events: StreamEvent[];
  /** How many comment lines (heartbeats) arrived. */
  comments(): number;
  /** True once the server ended the stream (or the connection broke). */
  ended(): boolean;
  /** Resolves when the stream ends. */
  readonly closed: Promise<void>;
  /** Resolves with the first event (already received or to come) that matches. */
  waitFor(match: (event: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  /** Closes the connection from this side. */
  close(): void;
}

/** Opens `GET /v1/events?topics=…`, optionally resuming after `lastEventId`. */
export function openStream(base: string, topics: readonly string[], lastEventId?: string): Promise<EventStream> {
  const url = `${base}/v1/events?topics=${encodeURIComponent(topics.join(','))}`;
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
  return new Promise((resolve, reject) => {
    const request = get(url, { headers, agent: false }, (response: IncomingMessage) => {
      const events: StreamEvent[] = [];
      const waiters = new Set<() => void>();
      let comments = 0;
      let isEnded = false;
      let buffer = '';
      let resolveClosed: () => void = () => undefined;
      const closed = new Promise<void>((done) => {
        resolveClosed = done;
      });
      const finish = () => {
        if (isEnded) return;
        isEnded = true;
        resolveClosed();
        for (const wake of waiters) wake();
      };
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk.replace(/\r\n?/g, '\n');
        let end = buffer.indexOf('\n\n');
        while (end !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const parsed = parseBlock(block);
          comments += parsed.comments;
          if (parsed.event) events.push(parsed.event);
          end = buffer.indexOf('\n\n');
        }
        for (const wake of waiters) wake();
      });
      response.on('end', finish);
      response.on('close', finish);
      response.on('error', finish);
      resolve({
        status: response.statusCode ?? 0,
        events,
        comments: () => comments,
        ended: () => isEnded,
        closed,
        waitFor(match, timeoutMs = 15_000) {
          return new Promise((found, fail) => {
            const check = () => {
              const event = events.find(match);
              if (event) {
                cleanup();
                found(event);
              } else if (isEnded) {
                cleanup();
                fail(new Error(`The stream ended before the expected event. Received: ${JSON.stringify(events)}`));
              }
            };
            const timer = setTimeout(() => {
              cleanup();
              fail(new Error(`The expected event did not arrive within ${timeoutMs} ms. Received: ${JSON.stringify(events)}`));
            }, timeoutMs);
            const cleanup = () => {
              clearTimeout(timer);
              waiters.delete(check);
            };
            waiters.add(check);
            check();
          });
        },
        close() {
          request.destroy();
          finish();
        },
      });
    });
    request.on('error', reject);
  });
}

function parseBlock(block: string): { event?: StreamEvent; comments: number } {
  let id: string | undefined;
  let event = 'message';
  const data: string[] = [];
  let comments = 0;
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) {
      comments += 1;
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (name === 'id') id = value;
    else if (name === 'event') event = value;
    else if (name === 'data') data.push(value);
  }
  if (data.length === 0) return { comments };
  const text = data.join('\n');
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  return { event: { id, event, data: parsed }, comments };
}

/** A database of its own inside the PostgreSQL of DATABASE_URL, dropped by `drop()`. */
export async function freshDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `pk_process_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch {
    // No right to create databases: share the given one (every id in these tests is random).
    await admin.end();
    return { url: baseUrl, drop: async () => undefined };
  }
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Storage for one test: a new PGlite folder, or a new PostgreSQL database. */
export async function freshStorage(backend: Backend): Promise<{ storage: Storage; drop: () => Promise<void> }> {
  if (backend === 'postgresql') {
    if (!databaseUrl) throw new Error('PostgreSQL tests need DATABASE_URL.');
    const database = await freshDatabase(databaseUrl);
    return { storage: { databaseUrl: database.url }, drop: database.drop };
  }
  return { storage: { dataDir: join(tempFolder(), 'data') }, drop: async () => undefined };
}
