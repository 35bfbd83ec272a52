/**
 * Small-group protection: the only way poll results reach a screen (domain.md, "Privacy
 * rules"). Two rules:
 *
 * 1. A group smaller than the minimum group size `k` shows its total only, never its split
 *    across rungs ({@link protectTally}, {@link protectSegmentedTally}).
 * 2. Live results change only in steps of several votes, so nobody can learn a colleague's
 *    answer by looking before and after they vote ({@link releaseResults}).
 */
import { invalid } from '../shared/errors.js';
import { compareText, t } from '../shared/text.js';
import { readDate, readId, readInteger } from '../shared/validate.js';
import { tallyTotal } from './tally.js';
import type { Ladder, ProtectedResult, ProtectedSegment, ReleasedResults, SegmentedTally, Tally } from './types.js';

/** The minimum group size used when none is set: groups of fewer than 5 show totals only. */
export const DEFAULT_MIN_GROUP_SIZE = 5;
/** The lowest minimum group size anyone may set. */
export const LOWEST_MIN_GROUP_SIZE = 3;
/** The highest minimum group size anyone may set. */
export const HIGHEST_MIN_GROUP_SIZE = 1000;
/** New votes (or changed votes) needed before a fresh live result is released, when none is set. */
export const DEFAULT_MIN_NEW_VOTES = 3;
/** The highest number of new votes anyone may require between releases. */
export const HIGHEST_MIN_NEW_VOTES = 1000;

/**
 * Reads a minimum group size: a whole number from 3 to 1000. Missing (`undefined`) gives
 * {@link DEFAULT_MIN_GROUP_SIZE}.
 *
 * @throws ValidationError naming `field` (for example below 3).
 */
export function readMinGroupSize(value: unknown, field = 'minGroupSize'): number {
  if (value === undefined) return DEFAULT_MIN_GROUP_SIZE;
  return readInteger(value, field, { min: LOWEST_MIN_GROUP_SIZE, max: HIGHEST_MIN_GROUP_SIZE });
}

/**
 * Reads how many new votes are needed between two releases: a whole number from 1 to 1000.
 * Missing (`undefined`) gives {@link DEFAULT_MIN_NEW_VOTES}.
 *
 * @throws ValidationError naming `field`.
 */
export function readMinNewVotes(value: unknown, field = 'minNewVotes'): number {
  if (value === undefined) return DEFAULT_MIN_NEW_VOTES;
  return readInteger(value, field, { min: 1, max: HIGHEST_MIN_NEW_VOTES });
}

/** Options for {@link protectTally} and {@link protectSegmentedTally}. */
export interface ProtectionOptions {
  /** The smallest group whose split may be shown (3 to 1000). */
  readonly minGroupSize: number;
}

/** Counts per rung shown only for a group of at least `k` votes. */
function visibleCounts(counts: Readonly<Record<string, number>>, total: number, k: number) {
  return total >= k ? { ...counts } : null;
}

/**
 * Makes a tally safe to show: when it holds fewer than `minGroupSize` votes, only the total
 * is shown (`counts: null`).
 *
 * @throws ValidationError naming `minGroupSize` when it is not a whole number from 3 to 1000.
 */
export function protectTally(tally: Tally, options: ProtectionOptions): ProtectedResult {
  const k = readMinGroupSize(options.minGroupSize);
  const total = tallyTotal(tally);
  return { ladderId: tally.ladderId, minGroupSize: k, total, counts: visibleCounts(tally.counts, total, k) };
}

/**
 * Makes a segmented tally safe to show.
 *
 * With `k` the minimum group size:
 * - The overall result shows its split only when it holds at least `k` votes. When it holds
 *   fewer, every segment shows its total only.
 * - A segment shows its split only when it holds at least `k` votes (an empty segment shows
 *   nothing but its total of 0).
 * - Complementary suppression: the segments whose split is hidden must together hold either
 *   no votes or at least `k` votes. Otherwise anyone could subtract the visible segments from
 *   the overall split and read the small group's answers. While the hidden segments hold
 *   between 1 and `k - 1` votes, the smallest visible segment is hidden too (ties: the first
 *   segment id in alphabetical order).
 *
 * So every split on screen, and the remainder left after subtracting the visible segments
 * from the overall split, covers either nobody or at least `k` people.
 *
 * @throws ValidationError naming `minGroupSize` when it is not a whole number from 3 to 1000.
 */
export function protectSegmentedTally(segmented: SegmentedTally, options: ProtectionOptions): ProtectedResult {
  const k = readMinGroupSize(options.minGroupSize);
  const entries = Object.entries(segmented.segments).map(([segment, tally]) => ({
    segment,
    counts: tally.counts,
    total: tallyTotal(tally),
  }));
  const overall: Record<string, number> = {};
  let total = 0;
  for (const entry of entries) {
    total += entry.total;
    for (const [rungId, count] of Object.entries(entry.counts)) overall[rungId] = (overall[rungId] ?? 0) + count;
  }
  const hidden = new Set<string>();
  if (total < k) {
    for (const entry of entries) hidden.add(entry.segment);
  } else {
    let hiddenTotal = 0;
    for (const entry of entries) {
      if (entry.total < k) {
        hidden.add(entry.segment);
        hiddenTotal += entry.total;
      }
    }
    const visibleBySize = entries
      .filter((entry) => !hidden.has(entry.segment))
      .sort((a, b) => a.total - b.total || compareText(a.segment, b.segment));
    for (const entry of visibleBySize) {
      if (hiddenTotal === 0 || hiddenTotal >= k) break;
      hidden.add(entry.segment);
      hiddenTotal += entry.total;
    }
  }
  const segments: Record<string, ProtectedSegment> = {};
  for (const entry of entries) {
    segments[entry.segment] = {
      total: entry.total,
      counts: hidden.has(entry.segment) ? null : { ...entry.counts },
    };
  }
  return { ladderId: segmented.ladderId, minGroupSize: k, total, counts: total >= k ? overall : null, segments };
}

/**
 * The release before anything is shown: version 0, no votes, no split. Store it with a new
 * poll and pass it as `previous` to {@link releaseResults}.
 *
 * @throws ValidationError naming `pollId`, `minGroupSize` or `now`.
 */
export function initialRelease(pollId: string, ladder: Ladder, minGroupSize: number, now: string): ReleasedResults {
  return emptyRelease(readId(pollId, 'pollId'), ladder.id, readMinGroupSize(minGroupSize), readDate(now, 'now'));
}

function emptyRelease(pollId: string, ladderId: string, minGroupSize: number, now: string): ReleasedResults {
  return {
    pollId,
    result: { ladderId, minGroupSize, total: 0, counts: null },
    version: 0,
    changeCount: 0,
    final: false,
    releasedAt: now,
  };
}

/** What {@link releaseResults} needs. */
export interface ReleaseInput {
  /** The poll whose results are released. */
  readonly pollId: string;
  /** The last release; leave it out before the first one (as if {@link initialRelease}). */
  readonly previous?: ReleasedResults | undefined;
  /** The current protected result (from {@link protectTally} or {@link protectSegmentedTally}). */
  readonly result: ProtectedResult;
  /** How many votes were cast or changed in the poll so far (never goes down). */
  readonly changeCount: number;
  /** True once the poll is closed. */
  readonly closed: boolean;
  /** New or changed votes needed before a fresh result is released (1 to 1000). */
  readonly minNewVotes: number;
  /** The time of this call, ISO 8601. */
  readonly now: string;
}

/**
 * Decides which result people may see now, so that nobody learns a single vote by comparing
 * what they see before and after a colleague votes.
 *
 * - While the poll is open, a fresh result is released only when at least `minNewVotes`
 *   votes were cast or changed since the last release; otherwise `previous` comes back
 *   unchanged (the very same object).
 * - When the poll is closed, its final result is released once (`final: true`), whatever
 *   the number of new votes; later calls return that release unchanged.
 * - Each release has the next version number; version 0 means nothing released yet.
 *
 * @throws ValidationError for a bad `pollId`, `minNewVotes`, `changeCount` or `now`, a
 * `previous` release of another poll, or a `changeCount` lower than the previous one.
 */
export function releaseResults(input: ReleaseInput): ReleasedResults {
  const pollId = readId(input.pollId, 'pollId');
  const minNewVotes = readMinNewVotes(input.minNewVotes);
  const changeCount = readInteger(input.changeCount, 'changeCount', { min: 0 });
  const now = readDate(input.now, 'now');
  const previous = input.previous ?? emptyRelease(pollId, input.result.ladderId, input.result.minGroupSize, now);
  if (previous.pollId !== pollId) {
    throw invalid('invalid', 'previous.pollId', t('The previous release belongs to another poll.', 'La publication précédente appartient à un autre sondage.'));
  }
  if (changeCount < previous.changeCount) {
    throw invalid('too-small', 'changeCount', t('This should be at least {min}: votes already counted cannot disappear.', 'Ceci devrait valoir au moins {min} : les votes déjà comptés ne peuvent pas disparaître.'), {
      min: previous.changeCount,
    });
  }
  if (input.closed) {
    if (previous.final && previous.changeCount === changeCount) return previous;
  } else if (changeCount - previous.changeCount < minNewVotes) {
    return previous;
  }
  return {
    pollId,
    result: input.result,
    version: previous.version + 1,
    changeCount,
    final: input.closed,
    releasedAt: now,
  };
}

/**
 * The release after a closed poll opens again: its final result stops being final and is
 * released again, unchanged, as a live result (next version, released `now`). Later votes
 * follow the usual release rules. A release that is not final comes back unchanged.
 *
 * @throws ValidationError naming `now` when it is not a date-time.
 */
export function reopenRelease(previous: ReleasedResults, now: string): ReleasedResults {
  if (!previous.final) return previous;
  return { ...previous, version: previous.version + 1, final: false, releasedAt: readDate(now, 'now') };
}
