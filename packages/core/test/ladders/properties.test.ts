import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_LADDERS,
  initialRelease,
  mergeTallies,
  protectSegmentedTally,
  releaseResults,
  tallySegmentedVotes,
  tallyVotes,
  type Ladder,
  type ProtectedResult,
  type ReleasedResults,
  type SegmentedTally,
  type Tally,
} from '../../src/ladders/index.js';

const ladderArb = fc.constantFrom(...BUILT_IN_LADDERS);

/** A ladder with a list of votes (rung ids) on it. */
const votesOn = (ladder: Ladder, maxLength = 60) =>
  fc.array(fc.constantFrom(...ladder.rungs.map((rung) => rung.id)), { maxLength });

/** A ladder and a few vote lists on it. */
const ladderWithVoteLists = (lists: number) =>
  ladderArb.chain((ladder) => fc.tuple(fc.constant(ladder), fc.array(votesOn(ladder), { minLength: lists, maxLength: lists })));

const SEGMENT_IDS = ['staff', 'patient', 'family', 'unspecified', 'board'] as const;

/** A segmented tally with small segments, so groups near the minimum size are common. */
const segmentedArb = ladderArb.chain((ladder) =>
  fc
    .dictionary(
      fc.constantFrom(...SEGMENT_IDS),
      fc.array(fc.nat({ max: 4 }), { minLength: ladder.rungs.length, maxLength: ladder.rungs.length }),
      { maxKeys: SEGMENT_IDS.length },
    )
    .map((bySegment): [Ladder, SegmentedTally] => {
      const segments: Record<string, Tally> = {};
      for (const [segment, counts] of Object.entries(bySegment)) {
        segments[segment] = { ladderId: ladder.id, counts: Object.fromEntries(ladder.rungs.map((rung, i) => [rung.id, counts[i]!])) };
      }
      return [ladder, { ladderId: ladder.id, segments }];
    }),
);

const sumOf = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

/**
 * Checks that no count for a group below `k` can be read from a protected result: not directly
 * and not by subtracting the visible segments from the overall split.
 */
function expectNoSmallGroupExposed(ladder: Ladder, result: ProtectedResult, k: number): void {
  if (result.total < k) expect(result.counts).toBeNull();
  if (result.counts !== null) expect(result.total).toBeGreaterThanOrEqual(k);
  const segments = Object.values(result.segments ?? {});
  expect(result.total).toBe(sumOf(segments.map((segment) => segment.total)));
  for (const segment of segments) {
    if (segment.counts !== null) {
      expect(segment.total).toBeGreaterThanOrEqual(k);
      expect(sumOf(Object.values(segment.counts))).toBe(segment.total);
    }
  }
  if (result.counts === null) {
    for (const segment of segments) expect(segment.counts).toBeNull();
    return;
  }
  const remainder = ladder.rungs.map((rung) => {
    let left = result.counts![rung.id]!;
    for (const segment of segments) if (segment.counts !== null) left -= segment.counts[rung.id]!;
    return left;
  });
  for (const left of remainder) expect(left).toBeGreaterThanOrEqual(0);
  const hidden = sumOf(remainder);
  expect(hidden === 0 || hidden >= k).toBe(true);
}

describe('properties of tallies', () => {
  it('merging is commutative', () => {
    fc.assert(
      fc.property(ladderWithVoteLists(2), ([ladder, [a, b]]) => {
        const ta = tallyVotes(ladder, a!);
        const tb = tallyVotes(ladder, b!);
        expect(mergeTallies(ladder, [ta, tb])).toEqual(mergeTallies(ladder, [tb, ta]));
      }),
    );
  });

  it('merging is associative', () => {
    fc.assert(
      fc.property(ladderWithVoteLists(3), ([ladder, [a, b, c]]) => {
        const [ta, tb, tc] = [a!, b!, c!].map((votes) => tallyVotes(ladder, votes)) as [Tally, Tally, Tally];
        const left = mergeTallies(ladder, [mergeTallies(ladder, [ta, tb]), tc]);
        const right = mergeTallies(ladder, [ta, mergeTallies(ladder, [tb, tc])]);
        expect(left).toEqual(right);
        expect(left).toEqual(mergeTallies(ladder, [ta, tb, tc]));
      }),
    );
  });

  it('merging the tallies of two vote lists equals the tally of both lists together', () => {
    fc.assert(
      fc.property(ladderWithVoteLists(2), ([ladder, [a, b]]) => {
        expect(mergeTallies(ladder, [tallyVotes(ladder, a!), tallyVotes(ladder, b!)])).toEqual(tallyVotes(ladder, [...a!, ...b!]));
      }),
    );
  });
});

describe('properties of small-group protection', () => {
  it('never exposes a count for a group below the minimum size', () => {
    fc.assert(
      fc.property(segmentedArb, fc.integer({ min: 3, max: 10 }), ([ladder, segmented], k) => {
        const result = protectSegmentedTally(segmented, { minGroupSize: k });
        expectNoSmallGroupExposed(ladder, result, k);
        // and a released result carries the same guarantee
        const released = releaseResults({ pollId: 'poll', result, changeCount: result.total, closed: true, minNewVotes: 3, now: '2026-01-01T00:00:00Z' });
        expectNoSmallGroupExposed(ladder, released.result, k);
      }),
      { numRuns: 500 },
    );
  });

  it('shows the split of every segment when all are large enough', () => {
    fc.assert(
      fc.property(segmentedArb, fc.integer({ min: 3, max: 10 }), ([, segmented], k) => {
        const totals = Object.values(segmented.segments).map((tally) => sumOf(Object.values(tally.counts)));
        fc.pre(totals.every((total) => total >= k));
        const result = protectSegmentedTally(segmented, { minGroupSize: k });
        for (const segment of Object.values(result.segments ?? {})) expect(segment.counts).not.toBeNull();
      }),
    );
  });
});

/** One thing that happens in a live poll: a new vote, or a voter changing their answer. */
type PollEvent = { readonly kind: 'vote'; readonly rung: number; readonly segment: string } | { readonly kind: 'change'; readonly voter: number; readonly rung: number };

const eventArb: fc.Arbitrary<PollEvent> = fc.oneof(
  fc.record({ kind: fc.constant('vote' as const), rung: fc.nat({ max: 19 }), segment: fc.constantFrom('staff', 'patient') }),
  fc.record({ kind: fc.constant('change' as const), voter: fc.nat(), rung: fc.nat({ max: 19 }) }),
);

describe('properties of release gating', () => {
  it('releases a new version only after minNewVotes changes, unless it is the final one', () => {
    fc.assert(
      fc.property(
        ladderArb,
        fc.array(eventArb, { maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 3, max: 6 }),
        fc.boolean(),
        (ladder, events, minNewVotes, k, closeAtEnd) => {
          const rungs = ladder.rungs.map((rung) => rung.id);
          const ballots: { rungId: string; segment: string }[] = [];
          let changeCount = 0;
          let current: ReleasedResults = initialRelease('poll', ladder, k, '2026-01-01T00:00:00Z');
          const history: ReleasedResults[] = [current];
          const release = (closed: boolean) => {
            const result = protectSegmentedTally(tallySegmentedVotes(ladder, ballots), { minGroupSize: k });
            const next = releaseResults({ pollId: 'poll', previous: current, result, changeCount, closed, minNewVotes, now: '2026-01-01T00:00:00Z' });
            if (next !== current) history.push(next);
            current = next;
          };
          for (const event of events) {
            if (event.kind === 'vote') {
              ballots.push({ rungId: rungs[event.rung % rungs.length]!, segment: event.segment });
            } else {
              if (ballots.length === 0) continue;
              ballots[event.voter % ballots.length]!.rungId = rungs[event.rung % rungs.length]!;
            }
            changeCount++;
            release(false);
          }
          if (closeAtEnd) release(true);

          for (let i = 1; i < history.length; i++) {
            const before = history[i - 1]!;
            const after = history[i]!;
            expect(after.version).toBe(before.version + 1);
            if (!after.final) expect(after.changeCount - before.changeCount).toBeGreaterThanOrEqual(minNewVotes);
            expectNoSmallGroupExposed(ladder, after.result, k);
          }
          for (const released of history.slice(0, -1)) expect(released.final).toBe(false);
          expect(current.final).toBe(closeAtEnd);
          if (closeAtEnd) expect(current.changeCount).toBe(changeCount);
        },
      ),
      { numRuns: 300 },
    );
  });
});
