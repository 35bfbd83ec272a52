/**
 * Events of `<parity-checklist>`. Each bubbles and is composed; each fires after the store
 * accepted the action (or at once when there is no store, `storage="none"`).
 */
import type { ParityAnswer } from '@partnerkit/core/parity/answers.js';
import type { ParityFactorId, ParityItemId } from '@partnerkit/core/parity/factors.js';
import type { ParityScore } from '@partnerkit/core/parity/score.js';
import type { ParityAssessment } from '@partnerkit/core/parity/types.js';

/**
 * Detail of `pk-queued` (answers saved on the device while the server cannot be reached) and
 * `pk-sent` (they reached the server): `{ key, kind: 'record' }`. Both are typed in @partnerkit/ui.
 */
export type { PkOutboxDetail } from '@partnerkit/ui';

/** Detail of `pk-change`: one statement was answered. */
export interface PkChangeDetail {
  /** The factor the statement belongs to, such as `numbers`. */
  readonly factor: ParityFactorId;
  /** The statement's stable id, such as `numbers.balance`. */
  readonly item: ParityItemId;
  /** The answer given. */
  readonly answer: ParityAnswer;
}

/** A parity assessment with its score, as computed by @partnerkit/core's `scoreParityAssessment`. */
export interface ScoredParityAssessment extends ParityAssessment {
  /** Scores per factor (weakest first in `weakestFirst`), overall score and suggestions. */
  readonly score: ParityScore;
}

/** Detail of `pk-submit`: the person asked for the summary. */
export interface PkSubmitDetail {
  /** The assessment as saved, with its score. */
  readonly assessment: ScoredParityAssessment;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A statement of a `<parity-checklist>` was answered (and saved). */
    'pk-change': CustomEvent<PkChangeDetail>;
    /** A `<parity-checklist>` was submitted: its scored assessment. */
    'pk-submit': CustomEvent<PkSubmitDetail>;
  }
}
