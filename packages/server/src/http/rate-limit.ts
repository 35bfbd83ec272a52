/**
 * Vote rate limits, per participant and poll, kept in memory only (never stored): at most
 * `max` votes per `windowMs`. A refused vote gets 429 with `Retry-After` in seconds.
 */
import { t } from '@partnerkit/core';
import { HttpError } from './errors.js';

/** How many votes one participant may cast in one poll per window. */
export interface RateLimit {
  /** Votes allowed per window. */
  readonly max: number;
  /** The window, in milliseconds. */
  readonly windowMs: number;
}

/** The default: 10 votes per participant and poll every 10 seconds. */
export const DEFAULT_VOTE_RATE_LIMIT: RateLimit = { max: 10, windowMs: 10_000 };

/** Fixed-window counters by key. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  /**
   * @param limit - what is allowed.
   * @param clock - the current time in milliseconds.
   */
  constructor(
    private readonly limit: RateLimit,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts one attempt for `key`; throws a 429 {@link HttpError} when over the limit. */
  take(key: string): void {
    const now = this.clock();
    this.sweep(now);
    let window = this.windows.get(key);
    if (window === undefined || now - window.start >= this.limit.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= this.limit.max) {
      const seconds = Math.max(1, Math.ceil((window.start + this.limit.windowMs - now) / 1000));
      throw new HttpError(
        429,
        'rate-limited',
        '',
        t(`Too many votes in a short time. Please wait ${seconds} seconds and try again.`, `Trop de votes en peu de temps. Veuillez attendre ${seconds} secondes et réessayer.`),
        { 'Retry-After': String(seconds) },
      );
    }
    window.count += 1;
  }

  /** Forgets finished windows now and then, so memory stays bounded. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.limit.windowMs) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) if (now - window.start >= this.limit.windowMs) this.windows.delete(key);
  }
}
