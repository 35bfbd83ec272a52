/**
 * Idempotency keys: every write carries an `Idempotency-Key` header. The first request with
 * a key is applied and its answer kept; a retry with the same key and the same request gets
 * the same answer without applying it again; the same key with another request is refused.
 * The key row is written first in the write's transaction, so concurrent retries wait for
 * the first one and then replay its answer. Refused requests (4xx) keep nothing.
 */
import { createHash } from 'node:crypto';
import { t } from '@partnerkit/core';
import type { Database, Queryable } from '../db/database.js';
import { HttpError } from './errors.js';

/** The longest idempotency key accepted. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** Visible ASCII characters only. */
const KEY_PATTERN = /^[\x21-\x7E]+$/;

/** An answer to keep and replay: status and JSON body text. */
export interface KeptAnswer {
  /** The HTTP status. */
  readonly status: number;
  /** The JSON body, as text. */
  readonly body: string;
}

/** Reads the `Idempotency-Key` header, refusing a missing or malformed one. */
export function readIdempotencyKey(header: string | null | undefined): string {
  if (header === undefined || header === null || header === '') {
    throw new HttpError(
      400,
      'idempotency-key-required',
      'Idempotency-Key',
      t('Please send an Idempotency-Key header with every change, so a retry is not applied twice.', 'Veuillez envoyer un en-tête Idempotency-Key avec chaque modification, pour qu’une nouvelle tentative ne soit pas appliquée deux fois.'),
    );
  }
  if (header.length > MAX_IDEMPOTENCY_KEY_LENGTH || !KEY_PATTERN.test(header)) {
    throw new HttpError(
      400,
      'invalid',
      'Idempotency-Key',
      t(`The Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} visible characters, without spaces.`, `L’Idempotency-Key doit compter de 1 à ${MAX_IDEMPOTENCY_KEY_LENGTH} caractères visibles, sans espace.`),
    );
  }
  return header;
}

/** The error for a key already used with another request (422). */
export function keyReused(): HttpError {
  return new HttpError(
    422,
    'idempotency-key-reused',
    'Idempotency-Key',
    t('This Idempotency-Key was already used for another request. Please use a new key for each change.', 'Cette Idempotency-Key a déjà servi pour une autre requête. Veuillez utiliser une nouvelle clé pour chaque modification.'),
  );
}

/** A short digest of the request (method, path, body) that a retry must match. */
export function requestFingerprint(method: string, path: string, body: string): string {
  return createHash('sha256').update(`${method} ${path}\n`).update(body).digest('base64url').slice(0, 32);
}

interface KeyRow extends Record<string, unknown> {
  fingerprint: string;
  status: number;
  body: string;
}

/** The outcome of {@link runOnce}. */
export interface OnceResult<T> {
  /** The answer (the first one, for a retry). */
  readonly answer: KeptAnswer;
  /** True when this was a retry and nothing was applied. */
  readonly replayed: boolean;
  /** What `work` returned besides the answer, when it ran. */
  readonly extra: T | undefined;
}

/**
 * Runs `work` once per idempotency key, inside a transaction. `work` returns the answer to
 * keep and anything else the caller needs after the commit (`extra`).
 */
export async function runOnce<T>(
  db: Database,
  key: string,
  fingerprint: string,
  now: string,
  work: (tx: Queryable) => Promise<{ answer: KeptAnswer; extra?: T }>,
): Promise<OnceResult<T>> {
  return db.transaction(async (tx) => {
    const claimed = await tx.query(
      'INSERT INTO idempotency_keys (key, fingerprint, created_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING RETURNING key',
      [key, fingerprint, now],
    );
    if (claimed.length === 0) {
      const rows = await tx.query<KeyRow>('SELECT fingerprint, status, body FROM idempotency_keys WHERE key = $1', [key]);
      const row = rows[0];
      if (row === undefined || row.fingerprint !== fingerprint) {
        throw keyReused();
      }
      return { answer: { status: row.status, body: row.body }, replayed: true, extra: undefined };
    }
    const { answer, extra } = await work(tx);
    await tx.query('UPDATE idempotency_keys SET status = $2, body = $3 WHERE key = $1', [key, answer.status, answer.body]);
    return { answer, replayed: false, extra };
  });
}
