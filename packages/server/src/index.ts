/**
 * `@partnerkit/server`: the PartnerKit reference server. A hospital runs it inside its own
 * network so ladder polls, pledge walls and partnering records are live across browsers
 * without any hosted service. Data lives in embedded PGlite (a data directory) or in a
 * PostgreSQL server; @partnerkit/core validates every request and computes every result.
 *
 * @packageDocumentation
 */
export {
  createServer,
  CLOSE_GRACE_MS,
  DEFAULT_HEARTBEAT_MS,
  DEFAULT_MAX_BODY_BYTES,
  PURGE_INTERVAL_MS,
  type ListenOptions,
  type PartnerKitServer,
  type ServerOptions,
} from './server.js';
export { silentLogger, type Logger } from './context.js';
export { DEFAULT_VOTE_RATE_LIMIT, type RateLimit } from './http/rate-limit.js';
export { type ErrorBody, type ServerErrorCode } from './http/errors.js';
export { DEFAULT_RETENTION_DAYS, type PurgeReport } from './services/retention.js';
export { DataDirectoryLockedError } from './db/lock.js';
export { openApiDocument, OPERATIONS, type Access, type Operation } from './openapi.js';
export { MIGRATIONS, type Migration } from './db/migrations.js';
