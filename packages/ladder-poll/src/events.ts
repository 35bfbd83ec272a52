/**
 * The events `<ladder-poll>` fires, besides `pk-error`, `pk-queued` and `pk-sent` (typed in
 * @partnerkit/ui, whose details are re-exported here). Each bubbles and is composed, so a page
 * can listen on the element or any ancestor.
 */
import type { ReleasedResults } from '@partnerkit/core/ladders/types.js';

/**
 * Detail of `pk-queued` (an answer saved on the device while the server cannot be reached)
 * and `pk-sent` (that answer reached the server): `{ key, kind: 'vote' }`.
 */
export type { PkOutboxDetail } from '@partnerkit/ui';

/** Detail of `pk-vote`: fired after the store accepted a vote (or at once without a store). */
export interface PkVoteDetail {
  /** The poll id. */
  readonly poll: string;
  /** The ladder id. */
  readonly ladder: string;
  /** The chosen rung's stable id. */
  readonly rung: string;
}

/** Detail of `pk-results`: fired when the element shows a newer release of results. */
export interface PkResultsDetail {
  /** The poll id. */
  readonly poll: string;
  /** The released results, already protected for small groups. */
  readonly results: ReleasedResults;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A person's vote in a `<ladder-poll>` was accepted. */
    'pk-vote': CustomEvent<PkVoteDetail>;
    /** A `<ladder-poll>` shows newer released results. */
    'pk-results': CustomEvent<PkResultsDetail>;
  }
}
