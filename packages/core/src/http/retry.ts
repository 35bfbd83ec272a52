/**
 * When to try again: exponential backoff with full jitter, the server's `Retry-After`, and
 * which answers are worth another try.
 */
import type { HttpStoreOptions } from './options.js';

/** Retry timing in milliseconds, with defaults filled in. */
export interface RetryTiming {
  /** The longest first wait. */
  readonly firstDelayMs: number;
  /** The longest wait, however many tries failed. */
  readonly maxDelayMs: number;
}

/** The default timing: first wait up to 1 second, never more than 30 seconds. */
export const DEFAULT_RETRY_TIMING: RetryTiming = Object.freeze({ firstDelayMs: 1000, maxDelayMs: 30_000 });

/** The longest `Retry-After` taken into account (a day): a larger one is read as a day. */
export const MAX_RETRY_AFTER_MS = 86_400_000;

function delayOption(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** The timing from the store's `retry` option; missing or unusable numbers take the defaults. */
export function retryTiming(option: HttpStoreOptions['retry']): RetryTiming {
  const raw = (typeof option === 'object' && option !== null ? option : {}) as { firstDelayMs?: unknown; maxDelayMs?: unknown };
  const firstDelayMs = delayOption(raw.firstDelayMs, DEFAULT_RETRY_TIMING.firstDelayMs);
  const maxDelayMs = Math.max(firstDelayMs, delayOption(raw.maxDelayMs, DEFAULT_RETRY_TIMING.maxDelayMs));
  return { firstDelayMs, maxDelayMs };
}

/**
 * How long to wait before try number `attempt + 1`, after `attempt` failed tries (1 or
 * more): a random time between 0 and `firstDelayMs × 2^(attempt − 1)`, capped at
 * `maxDelayMs` ("full jitter", so many devices coming back at once do not all knock together).
 */
export function backoffDelay(attempt: number, timing: RetryTiming, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempt, 1) - 1, 40);
  const ceiling = Math.min(timing.maxDelayMs, timing.firstDelayMs * 2 ** exponent);
  return Math.floor(random() * ceiling);
}

/**
 * Reads a `Retry-After` header, in seconds or as an HTTP date, as milliseconds from `nowMs`;
 * `undefined` when there is none or it cannot be read.
 */
export function retryAfterMs(header: string | null | undefined, nowMs: number): number | undefined {
  if (typeof header !== 'string') return undefined;
  const text = header.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - nowMs), MAX_RETRY_AFTER_MS);
}

/** True for answers that may work later: 408, 425, 429 and every 5xx. */
export function isTemporaryStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}
