/**
 * A poll's protected result from its raw counts: the one rule every store (memory, browser,
 * server) uses to decide which segments a result lists before small-group protection.
 */
import { protectSegmentedTally, protectTally, UNSPECIFIED_SEGMENT } from '../ladders/index.js';
import type { Ladder, ProtectedResult, Tally } from '../ladders/types.js';
import { SEGMENTS, type Poll } from './types.js';

/**
 * Raw vote counts of one poll per segment: for each segment id (`staff`, `patient`, or
 * `unspecified` for voters who did not say), the votes per rung position of the ladder.
 */
export type SegmentCounts = ReadonlyMap<string, ArrayLike<number>>;

function tallyOf(ladder: Ladder, byPosition: ArrayLike<number> | undefined): Tally {
  const counts: Record<string, number> = {};
  ladder.rungs.forEach((rung, index) => {
    counts[rung.id] = byPosition?.[index] ?? 0;
  });
  return { ladderId: ladder.id, counts };
}

/**
 * The poll's result, protected for small groups. When the poll does not ask for segments,
 * every vote is counted together. When it does, the result is split by segment: staff and
 * patient are always listed, any other segment (such as `unspecified`) only when it holds
 * votes.
 */
export function protectPollResult(poll: Poll, ladder: Ladder, counts: SegmentCounts): ProtectedResult {
  const options = { minGroupSize: poll.minGroupSize };
  if (!poll.askSegment) {
    const all = new Array<number>(ladder.rungs.length).fill(0);
    for (const byPosition of counts.values()) for (let index = 0; index < all.length; index++) all[index]! += byPosition[index] ?? 0;
    return protectTally(tallyOf(ladder, all), options);
  }
  const segments: Record<string, Tally> = {};
  for (const segment of SEGMENTS) segments[segment] = tallyOf(ladder, counts.get(segment));
  for (const [segment, byPosition] of counts) {
    if ((SEGMENTS as readonly string[]).includes(segment)) continue;
    let total = 0;
    for (let index = 0; index < ladder.rungs.length; index++) total += byPosition[index] ?? 0;
    if (total > 0) segments[segment] = tallyOf(ladder, byPosition);
  }
  return protectSegmentedTally({ ladderId: ladder.id, segments }, options);
}

/** The segment id under which a vote is counted: its segment, or `unspecified`. */
export function countedSegment(segment: string | undefined): string {
  return segment ?? UNSPECIFIED_SEGMENT;
}
