/**
 * Today's calendar day, apart from `clock.js` so that a page that only needs the date does not
 * load the readers `clock.js` uses for untrusted days.
 */
import type { Clock } from './clock.js';

/** Today's UTC calendar day, `YYYY-MM-DD`, by `clock` (the system clock by default). */
export function today(clock: Clock = () => new Date()): string {
  return clock().toISOString().slice(0, 10);
}
