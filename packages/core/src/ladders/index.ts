/**
 * Ladders: how much say do patients have? Built-in and custom ladders, vote tallies and
 * their statistics, and the small-group protection every result goes through before it is
 * shown (domain.md §1 and "Privacy rules").
 *
 * @module ladders
 */
export type { Band, Ladder, ProtectedResult, ProtectedSegment, ReleasedResults, Rung, SegmentedTally, Tally } from './types.js';
export {
  ARNSTEIN_LADDER,
  BUILT_IN_LADDERS,
  CO_PRODUCTION_LADDER,
  CONTINUUM_LADDER,
  DEFAULT_LADDER_ID,
  getBuiltInLadder,
  IAP2_LADDER,
  isBuiltInLadderId,
  LADDER_IDS,
  PARTICIPATION_LADDER,
  type BuiltInLadderId,
} from './catalog.js';
export { defineLadder, MAX_RUNGS, MIN_RUNGS, resolveLadder } from './define.js';
export { unknownLadder } from './ids.js';
export { loadLadder } from './load.js';
export { emptyTally, mergeTallies, readTally, tallyTotal, tallyVotes } from './tally.js';
export {
  bandTotals,
  compareTallies,
  nextRung,
  shareAtOrAbove,
  tallyStats,
  type RungChange,
  type TallyComparison,
  type TallyStats,
} from './stats.js';
export {
  combineSegments,
  compareSegments,
  tallySegmentedVotes,
  UNSPECIFIED_SEGMENT,
  type SegmentComparisonOptions,
  type SegmentedTallyOptions,
  type SegmentedVote,
  type SegmentGap,
  type SegmentSummary,
} from './segments.js';
export {
  DEFAULT_MIN_GROUP_SIZE,
  DEFAULT_MIN_NEW_VOTES,
  HIGHEST_MIN_GROUP_SIZE,
  HIGHEST_MIN_NEW_VOTES,
  initialRelease,
  LOWEST_MIN_GROUP_SIZE,
  protectSegmentedTally,
  protectTally,
  readMinGroupSize,
  readMinNewVotes,
  releaseResults,
  reopenRelease,
  type ProtectionOptions,
  type ReleaseInput,
} from './protection.js';
export { viewResult, wholePercents, type ResultRow, type ResultView } from './display.js';
export { resultToCsv, tallyToCsv } from './export.js';
