/**
 * Votes split by segment, for example staff and patient or family partners, and the gap
 * between two segments' answers (domain.md §1: "the gap between staff and patient answers").
 */
import { invalid } from '../shared/errors.js';
import { t } from '../shared/text.js';
import { isId } from '../shared/ids.js';
import { fieldPath } from '../shared/fields.js';
import {
  assertSameLadder,
  byRung,
  countsByPosition,
  countsRecord,
  medianPosition,
  rungPositions,
  sharesByPositionAtOrAbove,
  sum,
  unknownRung,
  type Counts,
} from './positions.js';
import { mergeTallies } from './tally.js';
import type { Ladder, ProtectedResult, SegmentedTally, Tally } from './types.js';

/** One vote as far as segmented counting is concerned. */
export interface SegmentedVote {
  /** The chosen rung. */
  readonly rungId: string;
  /** The voter's segment (e.g. `staff` or `patient`), when they said. */
  readonly segment?: string | undefined;
}

/** The segment of votes whose voter did not say which segment they belong to. */
export const UNSPECIFIED_SEGMENT = 'unspecified';

/** Options for {@link tallySegmentedVotes}. */
export interface SegmentedTallyOptions {
  /** Segments to list even when nobody in them voted (they come first, in this order). */
  readonly segments?: readonly string[];
}

/** Segment ids that cannot be record keys. */
const RESERVED_SEGMENTS = new Set(['constructor', 'prototype']);

function checkSegment(segment: unknown, field: string): string {
  if (!isId(segment) || RESERVED_SEGMENTS.has(segment)) {
    throw invalid('invalid-id', field, t('This segment is not a valid id.', 'Ce segment n’est pas un identifiant valide.'));
  }
  return segment;
}

/**
 * Counts votes per segment. Votes without a segment go to {@link UNSPECIFIED_SEGMENT}. Each
 * segment's counts list every rung. Segments appear in the order of `options.segments`, then
 * in the order first seen.
 *
 * @throws ValidationError naming `votes.<index>.rungId` (rung not on the ladder) or
 * `votes.<index>.segment` (not a valid id).
 */
export function tallySegmentedVotes(
  ladder: Ladder,
  votes: Iterable<SegmentedVote>,
  options: SegmentedTallyOptions = {},
): SegmentedTally {
  const positions = rungPositions(ladder);
  const size = ladder.rungs.length;
  const bySegment = new Map<string, Int32Array>();
  (options.segments ?? []).forEach((segment, index) => {
    const id = checkSegment(segment, fieldPath('segments', index));
    if (!bySegment.has(id)) bySegment.set(id, new Int32Array(size));
  });
  let index = 0;
  let lastSegment: string | undefined;
  let lastCounts: Int32Array | undefined;
  for (const vote of votes) {
    const position = positions.get(vote.rungId);
    if (position === undefined) throw unknownRung(ladder, fieldPath(fieldPath('votes', index), 'rungId'));
    const segment = vote.segment ?? UNSPECIFIED_SEGMENT;
    let counts = segment === lastSegment ? lastCounts : bySegment.get(segment);
    if (counts === undefined) {
      checkSegment(segment, fieldPath(fieldPath('votes', index), 'segment'));
      counts = new Int32Array(size);
      bySegment.set(segment, counts);
    }
    counts[position]!++;
    lastSegment = segment;
    lastCounts = counts;
    index++;
  }
  const segments: Record<string, Tally> = {};
  for (const [segment, counts] of bySegment) segments[segment] = { ladderId: ladder.id, counts: countsRecord(ladder, counts) };
  return { ladderId: ladder.id, segments };
}

/**
 * All segments added together: the tally of every vote.
 *
 * @throws ValidationError when a segment is for another ladder.
 */
export function combineSegments(ladder: Ladder, segmented: SegmentedTally): Tally {
  return mergeTallies(ladder, Object.values(segmented.segments));
}

/** One segment's side of a {@link SegmentGap}. */
export interface SegmentSummary {
  /** The segment id, e.g. `staff` or `patient`. */
  readonly segment: string;
  /** How many votes the segment holds (0 when absent). */
  readonly total: number;
  /** False when small-group protection hides this segment's split. */
  readonly visible: boolean;
  /** The lower median rung; `null` when hidden or empty. */
  readonly medianRungId: string | null;
  /** Per rung id, share of the segment's votes (0 to 1) at or above it; `null` when hidden. */
  readonly shareAtOrAbove: Readonly<Record<string, number>> | null;
}

/** The gap between two segments' answers, `first` minus `second`. */
export interface SegmentGap {
  /** The ladder the votes were cast on. */
  readonly ladderId: string;
  /** Summary of the first segment. */
  readonly first: SegmentSummary;
  /** Summary of the second segment. */
  readonly second: SegmentSummary;
  /**
   * How many rungs higher the first segment's median is than the second's (negative when
   * lower); `null` when either side is hidden or empty.
   */
  readonly medianStepGap: number | null;
  /**
   * Per rung id, the first segment's share at or above the rung minus the second's, in
   * percentage points (-100 to 100); `null` when either side is hidden or empty.
   */
  readonly shareAtOrAboveGap: Readonly<Record<string, number>> | null;
}

/** Options for {@link compareSegments}. */
export interface SegmentComparisonOptions {
  /** Default `staff`. */
  readonly first?: string;
  /** Default `patient`. */
  readonly second?: string;
}

interface SegmentSide {
  readonly summary: SegmentSummary;
  readonly median: number;
  readonly shares: readonly number[] | null;
}

function sideOf(ladder: Ladder, segment: string, counts: Counts | null, knownTotal: number | undefined): SegmentSide {
  if (counts === null) {
    return { summary: { segment, total: knownTotal ?? 0, visible: false, medianRungId: null, shareAtOrAbove: null }, median: -1, shares: null };
  }
  const byPosition = countsByPosition(ladder, counts);
  const total = sum(byPosition);
  const median = medianPosition(byPosition, total);
  const shares = sharesByPositionAtOrAbove(byPosition, total);
  return {
    summary: {
      segment,
      total,
      visible: true,
      medianRungId: median < 0 ? null : ladder.rungs[median]!.id,
      shareAtOrAbove: byRung(ladder, shares),
    },
    median,
    shares: total > 0 ? shares : null,
  };
}

function isProtected(source: SegmentedTally | ProtectedResult): source is ProtectedResult {
  return 'minGroupSize' in source;
}

function side(ladder: Ladder, source: SegmentedTally | ProtectedResult, segment: string): SegmentSide {
  if (isProtected(source)) {
    const part = source.segments?.[segment];
    if (part === undefined || !Object.prototype.hasOwnProperty.call(source.segments, segment)) return sideOf(ladder, segment, {}, 0);
    return sideOf(ladder, segment, part.counts, part.total);
  }
  const part = Object.prototype.hasOwnProperty.call(source.segments, segment) ? source.segments[segment] : undefined;
  return sideOf(ladder, segment, part?.counts ?? {}, undefined);
}

/**
 * The gap between two segments' answers, by default staff minus patient partners: how many
 * rungs apart their medians are, and how far apart their shares at or above each rung are.
 *
 * Works on raw segmented tallies (for computation) and on protected results (safe to show):
 * a segment whose split is hidden gives `null` gaps. A missing segment counts as empty.
 *
 * @throws ValidationError when the source is for another ladder.
 */
export function compareSegments(
  ladder: Ladder,
  source: SegmentedTally | ProtectedResult,
  options: SegmentComparisonOptions = {},
): SegmentGap {
  assertSameLadder(ladder, source.ladderId, 'ladderId');
  const first = side(ladder, source, options.first ?? 'staff');
  const second = side(ladder, source, options.second ?? 'patient');
  const firstShares = first.shares;
  const secondShares = second.shares;
  const comparable = firstShares !== null && secondShares !== null;
  return {
    ladderId: ladder.id,
    first: first.summary,
    second: second.summary,
    medianStepGap: comparable ? first.median - second.median : null,
    shareAtOrAboveGap: comparable
      ? byRung(ladder, firstShares.map((value, position) => (value - secondShares[position]!) * 100))
      : null,
  };
}
