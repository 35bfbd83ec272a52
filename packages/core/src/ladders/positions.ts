/**
 * Internal helpers that turn a ladder's rung ids into positions (0 = lowest rung) and back.
 * Every computation on tallies goes through them, so unknown rungs are refused in one place.
 */
import { invalid } from '../shared/errors.js';
import { t } from '../shared/text.js';
import type { Ladder } from './types.js';

/** Counts per rung keyed by rung id, as stored in a tally. */
export type Counts = Readonly<Record<string, number>>;

/** Maps each rung id to its position on the ladder (0 = lowest). */
export function rungPositions(ladder: Ladder): Map<string, number> {
  const positions = new Map<string, number>();
  const rungs = ladder.rungs;
  for (let index = 0; index < rungs.length; index++) positions.set(rungs[index]!.id, index);
  return positions;
}

/** The position of a rung on the ladder; a ValidationError naming `field` when it is not there. */
export function rungPosition(ladder: Ladder, rungId: unknown, field: string): number {
  const index = typeof rungId === 'string' ? ladder.rungs.findIndex((item) => item.id === rungId) : -1;
  if (index < 0) throw unknownRung(ladder, field);
  return index;
}

/** The error for a rung id that is not on the ladder. */
export function unknownRung(ladder: Ladder, field: string) {
  return invalid('unknown-value', field, t('This rung is not on the ladder "{ladder}".', 'Cet échelon ne fait pas partie de l’échelle « {ladder} ».'), {
    ladder: ladder.id,
  });
}

/** Refuses a tally (or result) that belongs to another ladder. */
export function assertSameLadder(ladder: Ladder, ladderId: string, field: string): void {
  if (ladderId !== ladder.id) {
    throw invalid('invalid', field, t('These votes are for the ladder "{other}", not "{ladder}".', 'Ces votes portent sur l’échelle « {other} », pas sur « {ladder} ».'), {
      other: ladderId,
      ladder: ladder.id,
    });
  }
}

/** Builds a counts record with every rung of the ladder, in ladder order, from counts by position. */
export function countsRecord(ladder: Ladder, byPosition: ArrayLike<number>): Record<string, number> {
  const counts: Record<string, number> = {};
  const rungs = ladder.rungs;
  for (let index = 0; index < rungs.length; index++) counts[rungs[index]!.id] = byPosition[index] ?? 0;
  return counts;
}

/** Reads a counts record into counts by position; a rung missing from the record counts as zero. */
export function countsByPosition(ladder: Ladder, counts: Counts): number[] {
  return ladder.rungs.map((item) => (Object.prototype.hasOwnProperty.call(counts, item.id) ? (counts[item.id] ?? 0) : 0));
}

/** Sums numbers. */
export function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let index = 0; index < values.length; index++) total += values[index]!;
  return total;
}

/** The position of the lower median vote, or -1 when there are no votes. */
export function medianPosition(counts: readonly number[], total: number): number {
  if (total <= 0) return -1;
  const middle = Math.floor((total - 1) / 2);
  let seen = 0;
  for (let position = 0; position < counts.length; position++) {
    seen += counts[position]!;
    if (seen > middle) return position;
  }
  return -1;
}

/** Share of votes at or above each position (0 to 1), all 0 when there are no votes. */
export function sharesByPositionAtOrAbove(counts: readonly number[], total: number): number[] {
  const shares = new Array<number>(counts.length).fill(0);
  if (total <= 0) return shares;
  let above = 0;
  for (let position = counts.length - 1; position >= 0; position--) {
    above += counts[position]!;
    shares[position] = above / total;
  }
  return shares;
}

/** Builds a record keyed by rung id from values by position. */
export function byRung<T>(ladder: Ladder, values: readonly T[]): Record<string, T> {
  const record: Record<string, T> = {};
  ladder.rungs.forEach((item, position) => {
    record[item.id] = values[position]!;
  });
  return record;
}
