import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MIN_GROUP_SIZE,
  DEFAULT_MIN_NEW_VOTES,
  getBuiltInLadder,
  initialRelease,
  LOWEST_MIN_GROUP_SIZE,
  protectSegmentedTally,
  protectTally,
  readMinGroupSize,
  readMinNewVotes,
  releaseResults,
  tallySegmentedVotes,
  tallyVotes,
  type ProtectedResult,
  type SegmentedTally,
} from '../../src/ladders/index.js';
import { expectValidationError } from './helpers.js';

const ladder = getBuiltInLadder('continuum')!;
const [low, middle, high] = ladder.rungs.map((rung) => rung.id) as [string, string, string];
const NOW = '2026-03-31T14:00:00.000Z';

function segmentedOf(sizes: Record<string, number>): SegmentedTally {
  const votes = Object.entries(sizes).flatMap(([segment, size]) => Array.from({ length: size }, (_, i) => ({ rungId: [low, middle, high][i % 3]!, segment })));
  return tallySegmentedVotes(ladder, votes, { segments: Object.keys(sizes) });
}

function hiddenSegments(result: ProtectedResult): string[] {
  return Object.entries(result.segments ?? {})
    .filter(([, segment]) => segment.counts === null)
    .map(([id]) => id);
}

describe('settings', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_MIN_GROUP_SIZE).toBe(5);
    expect(LOWEST_MIN_GROUP_SIZE).toBe(3);
    expect(DEFAULT_MIN_NEW_VOTES).toBe(3);
  });

  it('reads the minimum group size', () => {
    expect(readMinGroupSize(undefined)).toBe(5);
    expect(readMinGroupSize(3)).toBe(3);
    expect(readMinGroupSize(1000)).toBe(1000);
    expectValidationError(() => readMinGroupSize(2), 'minGroupSize', 'too-small');
    expectValidationError(() => readMinGroupSize(0), 'minGroupSize', 'too-small');
    expectValidationError(() => readMinGroupSize(1001), 'minGroupSize', 'too-large');
    expectValidationError(() => readMinGroupSize(4.5), 'minGroupSize', 'not-an-integer');
    expectValidationError(() => readMinGroupSize('5', 'settings.minGroupSize'), 'settings.minGroupSize', 'wrong-type');
  });

  it('reads the number of new votes between releases', () => {
    expect(readMinNewVotes(undefined)).toBe(3);
    expect(readMinNewVotes(1)).toBe(1);
    expectValidationError(() => readMinNewVotes(0), 'minNewVotes', 'too-small');
    expectValidationError(() => readMinNewVotes(1001), 'minNewVotes', 'too-large');
    expectValidationError(() => readMinNewVotes(null), 'minNewVotes', 'wrong-type');
  });
});

describe('protectTally', () => {
  it('shows only the total of a small group', () => {
    const result = protectTally(tallyVotes(ladder, [low, high, high, middle]), { minGroupSize: 5 });
    expect(result).toEqual({ ladderId: 'continuum', minGroupSize: 5, total: 4, counts: null });
  });

  it('shows the split from the minimum group size on', () => {
    const tally = tallyVotes(ladder, [low, high, high, middle, middle]);
    const result = protectTally(tally, { minGroupSize: 5 });
    expect(result.counts).toEqual(tally.counts);
    expect(result.counts).not.toBe(tally.counts);
  });

  it('refuses a minimum group size below 3', () => {
    expectValidationError(() => protectTally(tallyVotes(ladder, [low]), { minGroupSize: 1 }), 'minGroupSize', 'too-small');
  });
});

describe('protectSegmentedTally', () => {
  it('shows every split when every segment is large enough', () => {
    const result = protectSegmentedTally(segmentedOf({ staff: 6, patient: 5 }), { minGroupSize: 5 });
    expect(result.total).toBe(11);
    expect(result.counts).toEqual({ [low]: 4, [middle]: 4, [high]: 3 });
    expect(hiddenSegments(result)).toEqual([]);
    expect(result.segments!['patient']).toEqual({ total: 5, counts: { [low]: 2, [middle]: 2, [high]: 1 } });
  });

  it('hides a small segment and the smallest visible one with it (complementary suppression)', () => {
    // patient alone (2) could be read by subtracting staff from the overall split
    const result = protectSegmentedTally(segmentedOf({ staff: 8, patient: 2 }), { minGroupSize: 5 });
    expect(result.counts).not.toBeNull();
    expect(hiddenSegments(result).sort()).toEqual(['patient', 'staff']);
    expect(result.segments!['staff']!.total).toBe(8);
  });

  it('stops hiding once the hidden segments together reach the minimum', () => {
    const result = protectSegmentedTally(segmentedOf({ staff: 9, patient: 2, family: 3, unspecified: 6 }), { minGroupSize: 5 });
    // patient (2) + family (3) = 5 hidden: enough
    expect(hiddenSegments(result).sort()).toEqual(['family', 'patient']);
  });

  it('hides the smallest visible segment, first id on a tie', () => {
    const result = protectSegmentedTally(segmentedOf({ zeta: 6, alpha: 6, small: 1, big: 9 }), { minGroupSize: 5 });
    expect(hiddenSegments(result).sort()).toEqual(['alpha', 'small']);
  });

  it('shows totals only when the whole poll is small', () => {
    const result = protectSegmentedTally(segmentedOf({ staff: 3, patient: 1 }), { minGroupSize: 5 });
    expect(result.counts).toBeNull();
    expect(result.segments).toEqual({ staff: { total: 3, counts: null }, patient: { total: 1, counts: null } });
  });

  it('hides the split of an empty segment without needing to hide anything else', () => {
    const result = protectSegmentedTally(segmentedOf({ staff: 7, patient: 0 }), { minGroupSize: 5 });
    expect(result.segments).toEqual({
      staff: { total: 7, counts: { [low]: 3, [middle]: 2, [high]: 2 } },
      patient: { total: 0, counts: null },
    });
  });

  it('handles no segments at all', () => {
    expect(protectSegmentedTally({ ladderId: 'continuum', segments: {} }, { minGroupSize: 3 })).toEqual({
      ladderId: 'continuum',
      minGroupSize: 3,
      total: 0,
      counts: null,
      segments: {},
    });
  });
});

describe('releaseResults', () => {
  const resultOf = (votes: number) => protectTally(tallyVotes(ladder, Array.from({ length: votes }, () => low)), { minGroupSize: 5 });
  const base = { pollId: 'poll-1', closed: false, minNewVotes: 3, now: NOW };

  it('starts at version 0 with nothing to show', () => {
    expect(initialRelease('poll-1', ladder, 5, NOW)).toEqual({
      pollId: 'poll-1',
      result: { ladderId: 'continuum', minGroupSize: 5, total: 0, counts: null },
      version: 0,
      changeCount: 0,
      final: false,
      releasedAt: NOW,
    });
    expectValidationError(() => initialRelease('poll 1', ladder, 5, NOW), 'pollId');
    expectValidationError(() => initialRelease('poll-1', ladder, 2, NOW), 'minGroupSize');
    expectValidationError(() => initialRelease('poll-1', ladder, 5, 'yesterday'), 'now', 'invalid-date');
  });

  it('keeps version 0 until enough votes came in, then releases version 1', () => {
    const first = releaseResults({ ...base, result: resultOf(2), changeCount: 2 });
    expect(first.version).toBe(0);
    expect(first.result.total).toBe(0);
    const second = releaseResults({ ...base, previous: first, result: resultOf(3), changeCount: 3 });
    expect(second).toMatchObject({ version: 1, changeCount: 3, final: false });
    expect(second.result.total).toBe(3);
  });

  it('returns the previous release unchanged until minNewVotes more changes', () => {
    const v1 = releaseResults({ ...base, previous: initialRelease('poll-1', ladder, 5, NOW), result: resultOf(5), changeCount: 5 });
    expect(v1.version).toBe(1);
    const same = releaseResults({ ...base, previous: v1, result: resultOf(7), changeCount: 7, now: '2026-03-31T14:05:00Z' });
    expect(same).toBe(v1);
    const v2 = releaseResults({ ...base, previous: v1, result: resultOf(8), changeCount: 8, now: '2026-03-31T14:06:00Z' });
    expect(v2).toMatchObject({ version: 2, changeCount: 8, releasedAt: '2026-03-31T14:06:00.000Z' });
  });

  it('releases the final result once when the poll closes', () => {
    const v1 = releaseResults({ ...base, result: resultOf(5), changeCount: 5 });
    const final = releaseResults({ ...base, previous: v1, result: resultOf(6), changeCount: 6, closed: true });
    expect(final).toMatchObject({ version: 2, changeCount: 6, final: true });
    expect(final.result.total).toBe(6);
    expect(releaseResults({ ...base, previous: final, result: resultOf(6), changeCount: 6, closed: true })).toBe(final);
  });

  it('releases a final result even with no votes', () => {
    expect(releaseResults({ ...base, result: resultOf(0), changeCount: 0, closed: true })).toMatchObject({ version: 1, final: true });
  });

  it('refuses inconsistent input', () => {
    const v1 = releaseResults({ ...base, result: resultOf(5), changeCount: 5 });
    expectValidationError(() => releaseResults({ ...base, pollId: 'poll-2', previous: v1, result: resultOf(5), changeCount: 9 }), 'previous.pollId');
    expectValidationError(() => releaseResults({ ...base, previous: v1, result: resultOf(5), changeCount: 4 }), 'changeCount', 'too-small');
    expectValidationError(() => releaseResults({ ...base, result: resultOf(5), changeCount: -1 }), 'changeCount', 'too-small');
    expectValidationError(() => releaseResults({ ...base, result: resultOf(5), changeCount: 5, minNewVotes: 0 }), 'minNewVotes', 'too-small');
    expectValidationError(() => releaseResults({ ...base, result: resultOf(5), changeCount: 5, now: 'soon' }), 'now', 'invalid-date');
  });
});
