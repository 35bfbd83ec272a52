/** Who may see a poll's results, and when. */
import type { Poll } from './types.js';

/** What we know about the person looking at a poll. */
export interface Viewer {
  /** They have voted in this poll. */
  readonly hasVoted: boolean;
  /** They run the poll (a facilitator always sees the results). */
  readonly isFacilitator: boolean;
}

/**
 * Whether this person may see the poll's results now:
 * - `after-vote`: once they have voted, or once the poll is closed;
 * - `always`: at any time;
 * - `hidden`: only after the facilitator reveals them.
 * A facilitator always may. Results are protected for small groups in every case.
 */
export function canSeeResults(poll: Poll, viewer: Viewer): boolean {
  if (viewer.isFacilitator) return true;
  switch (poll.resultsVisibility) {
    case 'always':
      return true;
    case 'after-vote':
      return viewer.hasVoted || poll.status === 'closed';
    case 'hidden':
      return poll.revealed;
    default:
      return false;
  }
}
