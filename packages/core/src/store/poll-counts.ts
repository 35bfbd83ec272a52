/**
 * Running vote counts for one poll, kept beside the stored votes so a vote costs the same
 * whether the poll holds ten votes or ten thousand. They are derived data: built from the
 * poll's votes whenever needed (after loading, a reset, another tab's change) and never saved.
 */
import type { Ladder, ProtectedResult } from '../ladders/types.js';
import { countedSegment, protectPollResult } from '../polls/results.js';
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
    const segment = countedSegment(vote.segment);
    let counts = this.bySegment.get(segment);
    if (counts === undefined) {
      counts = new Int32Array(this.ladder.rungs.length);
      this.bySegment.set(segment, counts);
    }
    counts[position] = (counts[position] ?? 0) + by;
  }

  /** The poll's result, protected for small groups (see {@link protectPollResult}). */
  protectedResult(poll: Poll): ProtectedResult {
    return protectPollResult(poll, this.ladder, this.bySegment);
  }
}
