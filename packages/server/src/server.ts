/**
 * `createServer(options)`: the PartnerKit server as a library. It opens the database
 * (PGlite in a data directory or in memory, or a PostgreSQL server), applies migrations,
 * starts the live event hub and answers HTTP requests, through `fetch` (no socket, for
 * tests) or on a port with `listen`. `close` shuts it down gracefully.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { systemClock, t, type Clock, type Ladder } from '@partnerkit/core';
import { silentLogger, type Logger, type ServerContext } from './context.js';
import type { Database, DatabaseKind } from './db/database.js';
import { applyMigrations } from './db/migrations.js';
import { openPglite } from './db/pglite.js';
import { openPostgres } from './db/postgres.js';
import { buildApp } from './http/app.js';
import { errorAnswer, HttpError, localeFromHeader } from './http/errors.js';
import { DEFAULT_VOTE_RATE_LIMIT, RateLimiter, type RateLimit } from './http/rate-limit.js';
import { jsonAnswer } from './http/request.js';
import { EventHub } from './live/hub.js';
import { ResultsPublisher } from './live/publisher.js';
import { PeopleService } from './services/people.js';
import { PledgeService } from './services/pledges.js';
import { PollService } from './services/polls.js';
import { RecordService } from './services/records.js';
import { VoteQueue } from './services/votes.js';
import { DEFAULT_RETENTION_DAYS, purgeExpired, type PurgeReport } from './services/retention.js';

/** The longest time between two heartbeats on an event stream, by default. */
export const DEFAULT_HEARTBEAT_MS = 20_000;
/** The largest request body, by default (64 KiB). */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/** How often expired data is purged. */
export const PURGE_INTERVAL_MS = 60 * 60 * 1000;
/** How long `close` waits for requests in progress before cutting them. */
export const CLOSE_GRACE_MS = 8_000;

/** Options of {@link createServer}. Everything is optional. */
export interface ServerOptions {
  /** Keep data with PGlite in this directory. */
  readonly dataDir?: string | undefined;
  /** Keep data in this PostgreSQL database (`postgres://…`); wins over `dataDir`. */
  readonly databaseUrl?: string | undefined;
  /** The bearer token facilitators use. Without it, facilitator actions are refused. */
  readonly facilitatorToken?: string | undefined;
  /** Browser origins allowed to call the server (CORS), such as `https://intranet.example`. */
  readonly allowedOrigins?: readonly string[] | undefined;
  /** Days pledges and records are kept (default 365). */
  readonly retentionDays?: number | undefined;
  /** Where the server reads the time (default: the system clock). */
  readonly clock?: Clock | undefined;
  /** Where log lines go (default: nowhere). */
  readonly logger?: Logger | undefined;
  /** Time between heartbeats on event streams, in milliseconds (default 20 000, at most 25 000). */
  readonly heartbeatMs?: number | undefined;
  /** Votes allowed per participant and poll (default 10 per 10 seconds). */
  readonly voteRateLimit?: RateLimit | undefined;
  /** The largest request body in bytes (default 64 KiB). */
  readonly maxBodyBytes?: number | undefined;
  /** Custom ladders polls may use besides the built-in ones. */
  readonly ladders?: readonly Ladder[] | undefined;
}

/** Where and how to listen. */
export interface ListenOptions {
  /** The port; 0 (the default) picks a free one. */
  readonly port?: number;
  /** The address to listen on (default `127.0.0.1`). */
  readonly host?: string;
}

/** A running server. */
export interface PartnerKitServer {
  /** Which engine holds the data: `pglite` or `postgres`. */
  readonly database: DatabaseKind;
  /**
   * Answers one request without a socket (the Hono application's `fetch`). `env` carries
   * the Node adapter's bindings when it calls; leave it out otherwise.
   */
  fetch(request: Request, env?: unknown): Promise<Response>;
  /** Starts listening; resolves to the server's address. */
  listen(options?: ListenOptions): Promise<{ readonly url: string }>;
  /** Removes data older than its retention now (it also runs hourly). */
  purge(): Promise<PurgeReport>;
  /**
   * Shuts down gracefully: stops accepting connections, lets writes in progress finish,
   * sends the last results, ends event streams and closes the database.
   */
  close(): Promise<void>;
}

async function openDatabase(options: ServerOptions): Promise<Database> {
  if (options.databaseUrl !== undefined && options.databaseUrl !== '') return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir === '' ? undefined : options.dataDir);
}

function checkPositive(value: number | undefined, name: string, max: number): void {
  if (value !== undefined && !(Number.isInteger(value) && value > 0 && value <= max)) {
    throw new RangeError(`${name} must be a whole number from 1 to ${max}.`);
  }
}

function checkOptions(options: ServerOptions): void {
  checkPositive(options.retentionDays, 'retentionDays', 100_000);
  checkPositive(options.heartbeatMs, 'heartbeatMs', 25_000);
  checkPositive(options.maxBodyBytes, 'maxBodyBytes', 16 * 1024 * 1024);
}

/** Starts a PartnerKit server: opens and migrates the database, then answers requests. */
export async function createServer(options: ServerOptions = {}): Promise<PartnerKitServer> {
  checkOptions(options);
  return startServer(await openDatabase(options), options);
}

/**
 * Starts a server on a database already open (the server owns it from now on and closes
 * it). {@link createServer} is the usual way; tests use this to look into the database.
 */
export async function startServer(db: Database, options: ServerOptions = {}): Promise<PartnerKitServer> {
  checkOptions(options);
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? systemClock;
  const retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
  try {
    await applyMigrations(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const report = (message: string) => (error: unknown) => logger.error(message, { error: error instanceof Error ? error.message : String(error) });
  const hub = new EventHub(db, options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS, report('Could not read new events.'));
  const publisher = new ResultsPublisher(db, Date.now, () => hub.poke(), report('Could not send results.'));
  const context: ServerContext = {
    db,
    now: () => clock().toISOString(),
    ladders: options.ladders ?? [],
    hub,
    publisher,
    logger,
  };
  await hub.start();
  const votes = new VoteQueue(context);
  const app = buildApp(
    {
      context,
      polls: new PollService(context),
      votes,
      pledges: new PledgeService(context),
      records: new RecordService(context),
      people: new PeopleService(context),
      facilitatorToken: options.facilitatorToken === '' ? undefined : options.facilitatorToken,
      voteLimiter: new RateLimiter(options.voteRateLimit ?? DEFAULT_VOTE_RATE_LIMIT),
    },
    { allowedOrigins: options.allowedOrigins ?? [], maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES },
  );

  const purge = (): Promise<PurgeReport> => purgeExpired(db, clock(), retentionDays);
  await purge();
  const purgeTimer = setInterval(() => {
    purge().then(
      (done) => logger.info('Purged expired data.', { ...done }),
      report('Could not purge expired data.'),
    );
  }, PURGE_INTERVAL_MS);
  purgeTimer.unref();

  let closing: Promise<void> | undefined;
  let inFlight = 0;
  let idle: (() => void) | undefined;
  let httpServer: Server | undefined;

  async function fetch(request: Request, env?: unknown): Promise<Response> {
    if (closing !== undefined) {
      const answer = errorAnswer(new HttpError(503, 'unavailable', '', t('The server is shutting down. Please try again in a moment.', 'Le serveur s’arrête. Veuillez réessayer dans un instant.')), localeFromHeader(request.headers.get('Accept-Language')));
      return jsonAnswer(JSON.stringify(answer.body), answer.status, { ...answer.headers, 'Retry-After': '5', Connection: 'close' });
    }
    inFlight += 1;
    try {
      return await app.fetch(request, env);
    } finally {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    }
  }

  async function shutDown(): Promise<void> {
    clearInterval(purgeTimer);
    const stopped = httpServer === undefined ? Promise.resolve() : new Promise<void>((resolve) => httpServer?.close(() => resolve()));
    if (inFlight > 0) {
      await Promise.race([new Promise<void>((resolve) => (idle = resolve)), new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref())]);
    }
    await votes.idle();
    await publisher.close();
    await hub.settle();
    await hub.close();
    httpServer?.closeIdleConnections();
    // Streams have ended; whatever connection is still open has nothing left to do.
    setTimeout(() => httpServer?.closeAllConnections(), 1000).unref();
    await stopped;
    await db.close();
    logger.info('PartnerKit server stopped.');
  }

  return {
    database: db.kind,
    fetch,
    purge,
    async listen(listenOptions = {}) {
      if (httpServer !== undefined) throw new Error('This server is already listening.');
      const host = listenOptions.host ?? '127.0.0.1';
      const server = createAdaptorServer({ fetch, hostname: host }) as Server;
      httpServer = server;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(listenOptions.port ?? 0, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      const url = `http://${shownHost}:${address.port}`;
      logger.info('PartnerKit server listening.', { url, database: db.kind });
      return { url };
    },
    close() {
      closing ??= shutDown();
      return closing;
    },
  };
}
