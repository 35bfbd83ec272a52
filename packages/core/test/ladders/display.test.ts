import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PARTICIPATION_LADDER, protectTally, tallyVotes, viewResult, wholePercents } from '../../src/ladders/index.js';

const rungs = PARTICIPATION_LADDER.rungs.map((rung) => rung.id);

describe('wholePercents', () => {
  it('rounds so the parts add up to 100', () => {
    expect(wholePercents([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholePercents([2, 1])).toEqual([67, 33]);
    expect(wholePercents([0, 0])).toEqual([0, 0]);
  });

  it('always sums to 100 and stays within one point of the exact share (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 1, maxLength: 10 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        const percents = wholePercents(counts);
        expect(percents.reduce((a, b) => a + b, 0)).toBe(total === 0 ? 0 : 100);
        percents.forEach((percent, i) => {
          if (total > 0) expect(Math.abs(percent - ((counts[i] ?? 0) * 100) / total)).toBeLessThan(1);
        });
      }),
    );
  });
});

describe('viewResult', () => {
  it('shows only the total for a small group', () => {
    const result = protectTally(tallyVotes(PARTICIPATION_LADDER, [rungs[0]!, rungs[1]!]), { minGroupSize: 5 });
    expect(viewResult(PARTICIPATION_LADDER, result)).toEqual({ total: 2, visible: false, rows: [], medianRungId: null, modalRungIds: [] });
  });

  it('gives a row per rung with counts, shares, percentages and the median', () => {
    const votes = [rungs[2]!, rungs[2]!, rungs[2]!, rungs[3]!, rungs[5]!];
    const view = viewResult(PARTICIPATION_LADDER, protectTally(tallyVotes(PARTICIPATION_LADDER, votes), { minGroupSize: 5 }));
    expect(view.visible).toBe(true);
    expect(view.rows.map((row) => row.count)).toEqual([0, 0, 3, 1, 0, 1]);
    expect(view.rows.map((row) => row.percent)).toEqual([0, 0, 60, 20, 0, 20]);
    expect(view.rows[2]?.share).toBeCloseTo(0.6);
    expect(view.medianRungId).toBe(rungs[2]);
    expect(view.modalRungIds).toEqual([rungs[2]]);
  });
});
