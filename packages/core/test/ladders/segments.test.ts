import { describe, expect, it } from 'vitest';
import {
  combineSegments,
  compareSegments,
  getBuiltInLadder,
  protectSegmentedTally,
  tallySegmentedVotes,
  UNSPECIFIED_SEGMENT,
} from '../../src/ladders/index.js';
import { expectValidationError } from './helpers.js';

const ladder = getBuiltInLadder('participation')!;
const ids = ladder.rungs.map((rung) => rung.id);
const vote = (position: number, segment?: string) => (segment === undefined ? { rungId: ids[position]! } : { rungId: ids[position]!, segment });

describe('tallySegmentedVotes', () => {
  it('counts votes per segment, listing every rung', () => {
    const segmented = tallySegmentedVotes(ladder, [vote(0, 'staff'), vote(4, 'patient'), vote(4, 'staff'), vote(2)]);
    expect(Object.keys(segmented.segments)).toEqual(['staff', 'patient', UNSPECIFIED_SEGMENT]);
    expect(segmented.segments['staff']!.counts).toEqual({ [ids[0]!]: 1, [ids[1]!]: 0, [ids[2]!]: 0, [ids[3]!]: 0, [ids[4]!]: 1, [ids[5]!]: 0 });
    expect(segmented.segments[UNSPECIFIED_SEGMENT]!.counts[ids[2]!]).toBe(1);
    expect(combineSegments(ladder, segmented).counts).toEqual({ [ids[0]!]: 1, [ids[1]!]: 0, [ids[2]!]: 1, [ids[3]!]: 0, [ids[4]!]: 2, [ids[5]!]: 0 });
  });

  it('lists the requested segments first, even when empty', () => {
    const segmented = tallySegmentedVotes(ladder, [vote(1, 'patient')], { segments: ['staff', 'patient'] });
    expect(Object.keys(segmented.segments)).toEqual(['staff', 'patient']);
    expect(Object.values(segmented.segments['staff']!.counts).every((count) => count === 0)).toBe(true);
  });

  it('names the vote at fault', () => {
    expectValidationError(() => tallySegmentedVotes(ladder, [vote(1, 'staff'), { rungId: 'nope' }]), 'votes.1.rungId', 'unknown-value');
    expectValidationError(() => tallySegmentedVotes(ladder, [vote(1, '__proto__')]), 'votes.0.segment', 'invalid-id');
    expectValidationError(() => tallySegmentedVotes(ladder, [vote(1, 'constructor')]), 'votes.0.segment', 'invalid-id');
    expectValidationError(() => tallySegmentedVotes(ladder, [], { segments: ['a b'] }), 'segments.0', 'invalid-id');
  });
});

describe('compareSegments', () => {
  // staff: positions 3, 4, 4, 5 (lower median 4); patients: 1, 2, 2, 3, 4 (median 2)
  const segmented = tallySegmentedVotes(ladder, [
    vote(3, 'staff'),
    vote(4, 'staff'),
    vote(4, 'staff'),
    vote(5, 'staff'),
    vote(1, 'patient'),
    vote(2, 'patient'),
    vote(2, 'patient'),
    vote(3, 'patient'),
    vote(4, 'patient'),
  ]);

  it('gives the median gap in rungs and the share gaps in percentage points (staff minus patients)', () => {
    const gap = compareSegments(ladder, segmented);
    expect(gap.first).toMatchObject({ segment: 'staff', total: 4, visible: true, medianRungId: ids[4] });
    expect(gap.second).toMatchObject({ segment: 'patient', total: 5, visible: true, medianRungId: ids[2] });
    expect(gap.medianStepGap).toBe(2);
    // at or above position 4: staff 3/4, patients 1/5 → 75 - 20 = 55 points
    expect(gap.shareAtOrAboveGap![ids[4]!]).toBeCloseTo(55);
    expect(gap.shareAtOrAboveGap![ids[0]!]).toBe(0);
  });

  it('can compare the other way round', () => {
    expect(compareSegments(ladder, segmented, { first: 'patient', second: 'staff' }).medianStepGap).toBe(-2);
  });

  it('gives no gap when a segment is missing', () => {
    const gap = compareSegments(ladder, segmented, { second: 'family' });
    expect(gap.second).toMatchObject({ segment: 'family', total: 0, visible: true, medianRungId: null });
    expect(gap.medianStepGap).toBeNull();
    expect(gap.shareAtOrAboveGap).toBeNull();
  });

  it('works on protected results and gives no gap for a hidden segment', () => {
    const visible = compareSegments(ladder, protectSegmentedTally(segmented, { minGroupSize: 4 }));
    expect(visible.medianStepGap).toBe(2);
    const hidden = compareSegments(ladder, protectSegmentedTally(segmented, { minGroupSize: 5 }));
    expect(hidden.first).toMatchObject({ segment: 'staff', total: 4, visible: false, medianRungId: null, shareAtOrAbove: null });
    expect(hidden.medianStepGap).toBeNull();
    expect(hidden.shareAtOrAboveGap).toBeNull();
  });

  it('refuses votes of another ladder', () => {
    expectValidationError(() => compareSegments(getBuiltInLadder('arnstein')!, segmented), 'ladderId', 'invalid');
  });
});
