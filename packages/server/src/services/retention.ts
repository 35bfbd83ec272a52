/**
 * Retention: pledges and records older than the configured number of days are purged, and
 * the server's own bookkeeping (idempotency keys, the event history kept for resuming
 * streams) after a day and an hour.
 */
import type { Queryable } from '../db/database.js';

/** How long an idempotency key is remembered. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;
/** How long events are kept for streams to resume. */
export const EVENT_RETENTION_MS = 60 * 60 * 1000;
/** How many days pledges and records are kept when nothing is configured. */
export const DEFAULT_RETENTION_DAYS = 365;

/** What a purge removed. */
export interface PurgeReport {
  /** Pledges removed. */
  readonly pledges: number;
  /** Records removed. */
  readonly records: number;
  /** Idempotency keys forgotten. */
  readonly idempotencyKeys: number;
  /** Events dropped from the history. */
  readonly events: number;
}

/** Removes what is older than its retention, as of `now`. */
export async function purgeExpired(db: Queryable, now: Date, retentionDays: number): Promise<PurgeReport> {
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000).toISOString();
  const pledges = await db.query('DELETE FROM pledges WHERE created_at < $1 RETURNING id', [cutoff]);
  const records = await db.query('DELETE FROM records WHERE updated_at < $1 RETURNING id', [cutoff]);
  const keys = await db.query('DELETE FROM idempotency_keys WHERE created_at < $1 RETURNING key', [new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS).toISOString()]);
  const events = await db.query('DELETE FROM events WHERE created_at < $1 RETURNING id', [new Date(now.getTime() - EVENT_RETENTION_MS).toISOString()]);
  return { pledges: pledges.length, records: records.length, idempotencyKeys: keys.length, events: events.length };
}
