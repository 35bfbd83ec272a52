/**
 * What can be computed from a tally (domain.md §1): median and modal rung, share at or above
 * a rung, band totals, the change between two polls of the same group, and the next rung up.
 * These work on raw tallies; show their output only for groups that small-group protection
 * lets through (see protection.ts).
 */
import { fieldPath } from '../shared/fields.js';
import {
  assertSameLadder,
  byRung,
  countsByPosition,
  medianPosition,
  rungPosition,
  sharesByPositionAtOrAbove,
  sum,
} from './positions.js';
import type { Ladder, Rung, Tally } from './types.js';

/** Summary figures of one tally. */
export interface TallyStats {
  /** How many votes. */
  readonly total: number;
  /**
   * The median rung: half the votes are on it or below. With an even number of votes, the
   * lower of the two middle votes. `null` when there are no votes.
   */
  readonly medianRungId: string | null;
  /** The rung(s) with the most votes, lowest first; all of them when tied; `[]` when there are no votes. */
  readonly modalRungIds: readonly string[];
  /** Per rung id, the share of votes (0 to 1) on that rung or higher; all 0 when there are no votes. */
  readonly shareAtOrAbove: Readonly<Record<string, number>>;
}

/** Reads a tally's counts by position after checking it belongs to the ladder. */
function countsOf(ladder: Ladder, tally: Tally, field: string): number[] {
  assertSameLadder(ladder, tally.ladderId, fieldPath(field, 'ladderId'));
  return countsByPosition(ladder, tally.counts);
}

/**
 * Median, modal rungs and share at or above every rung.
 *
 * @throws ValidationError when the tally is for another ladder.
 */
export function tallyStats(ladder: Ladder, tally: Tally): TallyStats {
  const counts = countsOf(ladder, tally, 'tally');
  const total = sum(counts);
  const median = medianPosition(counts, total);
  const most = total > 0 ? Math.max(...counts) : 0;
  return {
    total,
    medianRungId: median < 0 ? null : ladder.rungs[median]!.id,
    modalRungIds: most > 0 ? ladder.rungs.filter((_, position) => counts[position] === most).map((item) => item.id) : [],
    shareAtOrAbove: byRung(ladder, sharesByPositionAtOrAbove(counts, total)),
  };
}

/**
 * The share of votes (0 to 1) on `rungId` or higher, for example "how many say patients share
 * decisions or more". 0 when there are no votes.
 *
 * @throws ValidationError naming `rungId` when the rung is not on the ladder.
 */
export function shareAtOrAbove(ladder: Ladder, tally: Tally, rungId: string): number {
  const position = rungPosition(ladder, rungId, 'rungId');
  const counts = countsOf(ladder, tally, 'tally');
  const total = sum(counts);
  return total > 0 ? sum(counts.slice(position)) / total : 0;
}

/** Votes per band id (e.g. Arnstein's non-participation, tokenism and citizen power); `{}` when the ladder has no bands. */
export function bandTotals(ladder: Ladder, tally: Tally): Readonly<Record<string, number>> {
  const counts = countsOf(ladder, tally, 'tally');
  const totals: Record<string, number> = {};
  for (const item of ladder.bands) {
    totals[item.id] = sum(item.rungs.map((rungId) => counts[rungPosition(ladder, rungId, 'bands')]!));
  }
  return totals;
}

/**
 * The rung just above `rungId`, for the prompt "what would lift you to the next rung?";
 * `undefined` on the top rung.
 *
 * @throws ValidationError naming `rungId` when the rung is not on the ladder.
 */
export function nextRung(ladder: Ladder, rungId: string): Rung | undefined {
  return ladder.rungs[rungPosition(ladder, rungId, 'rungId') + 1];
}

/** How one rung changed between two tallies. */
export interface RungChange {
  /** The rung compared. */
  readonly rungId: string;
  /** Votes on this rung before. */
  readonly before: number;
  /** Votes on this rung after. */
  readonly after: number;
  /** `after - before`, in votes. */
  readonly difference: number;
  /** Share of votes (0 to 1) on this rung before. */
  readonly shareBefore: number;
  /** Share of votes (0 to 1) on this rung after. */
  readonly shareAfter: number;
  /** Change in the share on this rung, in percentage points (-100 to 100). */
  readonly sharePointChange: number;
  /** Change in the share on this rung or higher, in percentage points (-100 to 100). */
  readonly atOrAbovePointChange: number;
}

/** The change between two polls of the same group, for example before and after a workshop. */
export interface TallyComparison {
  /** The ladder both tallies are on. */
  readonly ladderId: string;
  /** One entry per rung, lowest first. */
  readonly rungs: readonly RungChange[];
  /** Votes in the earlier tally. */
  readonly totalBefore: number;
  /** Votes in the later tally. */
  readonly totalAfter: number;
  /** `totalAfter - totalBefore`. */
  readonly totalChange: number;
  /** Median rung of the earlier tally, or `null` when it has no votes. */
  readonly medianBefore: string | null;
  /** Median rung of the later tally, or `null` when it has no votes. */
  readonly medianAfter: string | null;
  /**
   * How many rungs the median moved: positive when it went up, negative when it went down;
   * `null` when either tally has no votes.
   */
  readonly medianShift: number | null;
}

function share(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

/**
 * Compares two tallies of the same ladder, rung by rung.
 *
 * @throws ValidationError naming `before.ladderId` or `after.ladderId` when a tally is for another ladder.
 */
export function compareTallies(ladder: Ladder, before: Tally, after: Tally): TallyComparison {
  const countsBefore = countsOf(ladder, before, 'before');
  const countsAfter = countsOf(ladder, after, 'after');
  const totalBefore = sum(countsBefore);
  const totalAfter = sum(countsAfter);
  const aboveBefore = sharesByPositionAtOrAbove(countsBefore, totalBefore);
  const aboveAfter = sharesByPositionAtOrAbove(countsAfter, totalAfter);
  const medianBefore = medianPosition(countsBefore, totalBefore);
  const medianAfter = medianPosition(countsAfter, totalAfter);
  return {
    ladderId: ladder.id,
    rungs: ladder.rungs.map((item, position) => {
      const b = countsBefore[position]!;
      const a = countsAfter[position]!;
      const shareBefore = share(b, totalBefore);
      const shareAfter = share(a, totalAfter);
      return {
        rungId: item.id,
        before: b,
        after: a,
        difference: a - b,
        shareBefore,
        shareAfter,
        sharePointChange: (shareAfter - shareBefore) * 100,
        atOrAbovePointChange: (aboveAfter[position]! - aboveBefore[position]!) * 100,
      };
    }),
    totalBefore,
    totalAfter,
    totalChange: totalAfter - totalBefore,
    medianBefore: medianBefore < 0 ? null : ladder.rungs[medianBefore]!.id,
    medianAfter: medianAfter < 0 ? null : ladder.rungs[medianAfter]!.id,
    medianShift: medianBefore < 0 || medianAfter < 0 ? null : medianAfter - medianBefore,
  };
}
