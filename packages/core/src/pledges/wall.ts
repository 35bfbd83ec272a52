/** What a pledge wall shows, and which pledges are due a follow-up. */
import { readCalendarDay } from '../shared/clock.js';
import { compareText } from '../shared/text.js';
import type { Pledge } from './types.js';

export { publicPledge, wallListing } from './listing.js';

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
