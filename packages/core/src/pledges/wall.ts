/** What a pledge wall shows, and which pledges are due a follow-up. */
import { readCalendarDay } from '../shared/clock.js';
import { compareText } from '../shared/text.js';
import type { Pledge } from './types.js';

/**
 * A pledge as a wall may show it: a copy without the name unless its maker consented.
 * Stores already drop names given without consent; this is a second guard.
 */
export function publicPledge(pledge: Pledge): Pledge {
  if (pledge.nameConsent === true) return { ...pledge };
  const { name: _name, ...rest } = pledge;
  return rest;
}

/** Newest first by `createdAt`, then by id so the order never wobbles. */
function newestFirst(a: Pledge, b: Pledge): number {
  return compareText(b.createdAt, a.createdAt) || compareText(a.id, b.id);
}

/** The pledges for a wall, newest first, never with a name its maker did not consent to show. */
export function wallListing(pledges: readonly Pledge[]): Pledge[] {
  return pledges.map(publicPledge).sort(newestFirst);
}

/**
 * Pledges still open (`made` or `in-progress`) whose follow-up day has come, by follow-up
 * day (longest waiting first), then by id. `today` is a `YYYY-MM-DD` day, an ISO date-time
 * or a `Date` (its UTC day is used).
 */
export function pledgesDueForFollowUp(pledges: readonly Pledge[], today: string | Date): Pledge[] {
  const day = readCalendarDay(today, 'today');
  return pledges
    .filter((pledge) => (pledge.status === 'made' || pledge.status === 'in-progress') && pledge.followUpOn <= day)
    .sort((a, b) => compareText(a.followUpOn, b.followUpOn) || compareText(a.id, b.id));
}
