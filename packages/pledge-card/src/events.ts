/**
 * Events of `<pledge-card>` and `<pledge-wall>`. All bubble, cross shadow roots, and fire
 * only after the store accepted the action (or at once when the page handles data itself).
 * `pk-error` comes from @partnerkit/ui.
 */
import type { Pledge } from '@partnerkit/core/pledges/types.js';

/**
 * Detail of `pk-queued` (a pledge or a join saved on the device while the server cannot be
 * reached) and `pk-sent` (it reached the server): `{ key, kind: 'pledge' | 'join' }`. Both
 * events are typed in @partnerkit/ui.
 */
export type { PkOutboxDetail } from '@partnerkit/ui';

/** Detail of `pk-pledge`: the pledge as stored (a name only with its maker's consent). */
export interface PkPledgeDetail {
  /** The pledge as stored. */
  readonly pledge: Pledge;
  /**
   * The secret that lets the maker change the pledge later (mark it done, add a reflection).
   * Keep it with the person; it is never shown on a wall. Absent when no store is attached.
   */
  readonly ownerToken?: string;
}

/** Detail of `pk-join`: the pledge someone joined ("I'll do this too"). */
export interface PkJoinDetail {
  /** Id of the pledge joined. */
  readonly pledgeId: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A pledge was made with `<pledge-card>`. */
    'pk-pledge': CustomEvent<PkPledgeDetail>;
    /** Someone joined a pledge on `<pledge-wall>`. */
    'pk-join': CustomEvent<PkJoinDetail>;
  }
}
