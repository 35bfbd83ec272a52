/**
 * Reading requests and writing answers: JSON bodies, the write path with its idempotency
 * key, and JSON answers.
 */
import { t } from '@partnerkit/core';
import type { Context } from 'hono';
import type { Queryable } from '../db/database.js';
import { HttpError } from './errors.js';
import { readIdempotencyKey, requestFingerprint, runOnce } from './idempotency.js';
import type { AppEnv, RouteDeps } from './types.js';

/** A JSON answer. */
export function jsonAnswer(body: string, status: number, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers } });
}

/** Parses a request body's text as JSON; an empty body reads as `undefined`. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'not-json', '', t('The request body is not valid JSON.', 'Le corps de la requête n’est pas du JSON valide.'));
  }
}

/** A write request as read: its idempotency key, parsed body and fingerprint. */
export interface WriteRequest {
  /** The `Idempotency-Key`. */
  readonly key: string;
  /** The parsed JSON body (`undefined` when empty). */
  readonly body: unknown;
  /** The digest a retry must match. */
  readonly fingerprint: string;
}

/** Reads a write request's key and body; throws 400 for a missing key or bad JSON. */
export async function readWrite(c: Context<AppEnv>): Promise<WriteRequest> {
  const key = readIdempotencyKey(c.req.header('Idempotency-Key'));
  const text = await c.req.text();
  return { key, body: parseJsonBody(text), fingerprint: requestFingerprint(c.req.method, c.req.path, text) };
}

/** The header that marks a replayed answer. */
export function replayHeaders(replayed: boolean): Record<string, string> {
  return replayed ? { 'Idempotent-Replayed': 'true' } : {};
}

/** What a write does inside its transaction: the status and value to answer. */
export interface WriteOutcome {
  /** The HTTP status (200 or 201). */
  readonly status: number;
  /** The value to answer, as JSON. */
  readonly value: unknown;
  /** Runs after the commit (for example to send events). */
  readonly after?: () => void;
}

/**
 * The one path for every write: reads the idempotency key and the JSON body, runs `work`
 * once per key in a transaction, answers (or replays the first answer) and then runs the
 * outcome's `after` step.
 */
export async function writeOnce(
  c: Context<AppEnv>,
  deps: RouteDeps,
  work: (tx: Queryable, body: unknown) => Promise<WriteOutcome>,
): Promise<Response> {
  const { key, body, fingerprint } = await readWrite(c);
  const result = await runOnce<() => void>(deps.context.db, key, fingerprint, deps.context.now(), async (tx) => {
    const outcome = await work(tx, body);
    return {
      answer: { status: outcome.status, body: JSON.stringify(outcome.value) },
      ...(outcome.after !== undefined && { extra: outcome.after }),
    };
  });
  result.extra?.();
  return jsonAnswer(result.answer.body, result.answer.status, replayHeaders(result.replayed));
}

/** Answers a value as JSON with status 200. */
export function ok(value: unknown): Response {
  return jsonAnswer(JSON.stringify(value), 200);
}
