import { describe, expect, it } from 'vitest';
import {
  bandTotals,
  compareTallies,
  emptyTally,
  getBuiltInLadder,
  nextRung,
  shareAtOrAbove,
  tallyStats,
  type Ladder,
  type Tally,
} from '../../src/ladders/index.js';
import { expectValidationError } from './helpers.js';

const participation = getBuiltInLadder('participation')!;
const arnstein = getBuiltInLadder('arnstein')!;
const coProduction = getBuiltInLadder('co-production')!;

/** Builds a tally from counts by position (lowest rung first). */
function tallyOf(ladder: Ladder, counts: readonly number[]): Tally {
  return { ladderId: ladder.id, counts: Object.fromEntries(ladder.rungs.map((rung, index) => [rung.id, counts[index] ?? 0])) };
}

const ids = participation.rungs.map((rung) => rung.id);

describe('tallyStats', () => {
  it('gives no median, no mode and zero shares for an empty tally', () => {
    const stats = tallyStats(participation, emptyTally(participation));
    expect(stats.total).toBe(0);
    expect(stats.medianRungId).toBeNull();
    expect(stats.modalRungIds).toEqual([]);
    expect(Object.values(stats.shareAtOrAbove)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Object.keys(stats.shareAtOrAbove)).toEqual(ids);
  });

  it('finds the median of an odd number of votes', () => {
    // votes at positions 0, 2, 2, 3, 5 → the third vote is on position 2
    const stats = tallyStats(participation, tallyOf(participation, [1, 0, 2, 1, 0, 1]));
    expect(stats.total).toBe(5);
    expect(stats.medianRungId).toBe(ids[2]);
    expect(stats.modalRungIds).toEqual([ids[2]]);
  });

  it('takes the lower median of an even number of votes', () => {
    // votes at positions 1, 1, 4, 4 → the middle votes are 1 and 4; the lower is 1
    const stats = tallyStats(participation, tallyOf(participation, [0, 2, 0, 0, 2, 0]));
    expect(stats.medianRungId).toBe(ids[1]);
    // two votes: positions 0 and 5 → lower median is 0
    expect(tallyStats(participation, tallyOf(participation, [1, 0, 0, 0, 0, 1])).medianRungId).toBe(ids[0]);
  });

  it('lists every tied mode, lowest first', () => {
    expect(tallyStats(participation, tallyOf(participation, [0, 2, 0, 0, 2, 1])).modalRungIds).toEqual([ids[1], ids[4]]);
    expect(tallyStats(participation, tallyOf(participation, [1, 1, 1, 1, 1, 1])).modalRungIds).toEqual(ids);
  });

  it('gives the share at or above every rung', () => {
    const stats = tallyStats(participation, tallyOf(participation, [1, 0, 1, 0, 2, 0]));
    expect(stats.shareAtOrAbove).toEqual({
      [ids[0]!]: 1,
      [ids[1]!]: 0.75,
      [ids[2]!]: 0.75,
      [ids[3]!]: 0.5,
      [ids[4]!]: 0.5,
      [ids[5]!]: 0,
    });
  });

  it('refuses a tally of another ladder', () => {
    expectValidationError(() => tallyStats(participation, emptyTally(arnstein)), 'tally.ladderId', 'invalid');
  });
});

describe('shareAtOrAbove', () => {
  it('gives the share on a rung or higher', () => {
    const tally = tallyOf(participation, [2, 0, 1, 0, 1, 0]);
    expect(shareAtOrAbove(participation, tally, 'share-decisions')).toBe(0.25);
    expect(shareAtOrAbove(participation, tally, 'passive-consumers')).toBe(1);
    expect(shareAtOrAbove(participation, emptyTally(participation), 'share-decisions')).toBe(0);
  });

  it('refuses an unknown rung', () => {
    expectValidationError(() => shareAtOrAbove(participation, emptyTally(participation), 'coercion'), 'rungId', 'unknown-value');
  });
});

describe('bandTotals', () => {
  it('adds the votes of each band', () => {
    expect(bandTotals(arnstein, tallyOf(arnstein, [1, 2, 3, 4, 5, 6, 7, 8]))).toEqual({
      'non-participation': 3,
      tokenism: 12,
      'citizen-power': 21,
    });
    expect(bandTotals(coProduction, tallyOf(coProduction, [0, 1, 0, 0, 2, 0, 3]))).toEqual({
      'doing-to': 1,
      'doing-for': 2,
      'doing-with': 3,
    });
  });

  it('gives an empty record for a ladder without bands', () => {
    expect(bandTotals(participation, tallyOf(participation, [1, 1, 1, 1, 1, 1]))).toEqual({});
  });
});

describe('nextRung', () => {
  it('gives the rung above, and nothing on the top rung', () => {
    expect(nextRung(participation, 'asked-limited-influence')?.id).toBe('suggest-and-influence');
    expect(nextRung(participation, 'control-decisions')).toBeUndefined();
  });

  it('refuses an unknown rung', () => {
    expectValidationError(() => nextRung(participation, 'citizen-control'), 'rungId', 'unknown-value');
  });
});

describe('compareTallies', () => {
  it('compares counts, shares and medians before and after', () => {
    const before = tallyOf(participation, [2, 1, 1, 0, 0, 0]); // median position 0 (lower of 0 and 1)
    const after = tallyOf(participation, [0, 0, 1, 2, 1, 1]); // median position 3
    const comparison = compareTallies(participation, before, after);
    expect(comparison.totalBefore).toBe(4);
    expect(comparison.totalAfter).toBe(5);
    expect(comparison.totalChange).toBe(1);
    expect(comparison.medianBefore).toBe(ids[0]);
    expect(comparison.medianAfter).toBe(ids[3]);
    expect(comparison.medianShift).toBe(3);
    expect(comparison.rungs.map((rung) => rung.rungId)).toEqual(ids);
    const first = comparison.rungs[0]!;
    expect(first).toEqual({
      rungId: ids[0],
      before: 2,
      after: 0,
      difference: -2,
      shareBefore: 0.5,
      shareAfter: 0,
      sharePointChange: -50,
      atOrAbovePointChange: 0,
    });
    const fourth = comparison.rungs[3]!;
    expect(fourth.difference).toBe(2);
    expect(fourth.sharePointChange).toBeCloseTo(40);
    // at or above rung 3: 0% before, 80% after
    expect(fourth.atOrAbovePointChange).toBeCloseTo(80);
  });

  it('gives a negative shift when the median goes down', () => {
    const comparison = compareTallies(participation, tallyOf(participation, [0, 0, 0, 0, 3, 0]), tallyOf(participation, [0, 3, 0, 0, 0, 0]));
    expect(comparison.medianShift).toBe(-3);
  });

  it('gives no median shift when a side is empty', () => {
    const comparison = compareTallies(participation, emptyTally(participation), tallyOf(participation, [1, 0, 0, 0, 0, 0]));
    expect(comparison.medianBefore).toBeNull();
    expect(comparison.medianShift).toBeNull();
    expect(comparison.rungs[0]!.sharePointChange).toBe(100);
  });

  it('refuses tallies of another ladder', () => {
    expectValidationError(() => compareTallies(participation, emptyTally(arnstein), emptyTally(participation)), 'before.ladderId');
    expectValidationError(() => compareTallies(participation, emptyTally(participation), emptyTally(arnstein)), 'after.ladderId');
  });
});
