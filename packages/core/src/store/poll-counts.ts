/**
 * Running vote counts for one poll, kept beside the stored votes so a vote costs the same
 * whether the poll holds ten votes or ten thousand. They are derived data: built from the
 * poll's votes whenever needed (after loading, a reset, another tab's change) and never saved.
 */
import { protectSegmentedTally, protectTally, UNSPECIFIED_SEGMENT } from '../ladders/index.js';
import type { Ladder, ProtectedResult, Tally } from '../ladders/types.js';
import { SEGMENTS, type Poll, type Vote } from '../polls/types.js';

/** Votes per rung position, per segment (`unspecified` when the voter did not say). */
export class PollCounts {
  private readonly positions = new Map<string, number>();
  private readonly bySegment = new Map<string, Int32Array>();

  constructor(private readonly ladder: Ladder) {
    ladder.rungs.forEach((rung, index) => this.positions.set(rung.id, index));
    for (const segment of SEGMENTS) this.bySegment.set(segment, new Int32Array(ladder.rungs.length));
  }

  /** Counts built from a poll's votes. */
  static fromVotes(ladder: Ladder, votes: Iterable<Vote>): PollCounts {
    const counts = new PollCounts(ladder);
    for (const vote of votes) counts.add(vote, 1);
    return counts;
  }

  /** Adds (`by` 1) or removes (`by` -1) one vote. A rung off the ladder is ignored. */
  add(vote: Vote, by: 1 | -1): void {
    const position = this.positions.get(vote.rungId);
    if (position === undefined) return;
    const segment = vote.segment ?? UNSPECIFIED_SEGMENT;
    let counts = this.bySegment.get(segment);
    if (counts === undefined) {
      counts = new Int32Array(this.ladder.rungs.length);
      this.bySegment.set(segment, counts);
    }
    counts[position] = (counts[position] ?? 0) + by;
  }

  /**
   * The poll's result, protected for small groups: split by segment when the poll asks for
   * segments (staff and patient always listed, `unspecified` when anyone left it out).
   */
  protectedResult(poll: Poll): ProtectedResult {
    const options = { minGroupSize: poll.minGroupSize };
    if (!poll.askSegment) {
      const all = new Int32Array(this.ladder.rungs.length);
      for (const counts of this.bySegment.values()) for (let index = 0; index < all.length; index++) all[index]! += counts[index]!;
      return protectTally(this.tally(all), options);
    }
    const segments: Record<string, Tally> = {};
    for (const [segment, counts] of this.bySegment) {
      const listed = (SEGMENTS as readonly string[]).includes(segment);
      if (listed || counts.some((count) => count > 0)) segments[segment] = this.tally(counts);
    }
    return protectSegmentedTally({ ladderId: this.ladder.id, segments }, options);
  }

  private tally(byPosition: Int32Array): Tally {
    const counts: Record<string, number> = {};
    this.ladder.rungs.forEach((rung, index) => {
      counts[rung.id] = byPosition[index] ?? 0;
    });
    return { ladderId: this.ladder.id, counts };
  }
}
