/**
 * Results events, coalesced: however fast votes come, each poll's released results go out
 * at most four times per second (one snapshot every {@link MIN_RESULTS_INTERVAL_MS}), and
 * always the latest. The limit holds across server processes: the time of the last
 * snapshot is kept on the poll's row, and that row (read under `FOR UPDATE`) decides.
 *
 * Each process also remembers, in memory, when a poll may next publish. A vote batch that
 * releases results right after a snapshot then just sets a timer for the rest of the 250 ms,
 * instead of locking the poll's row only to learn that it is too soon (which made vote
 * batches on that poll wait for the lock). The memory only ever delays an attempt; the
 * database check stays the authority (another process may have published meanwhile).
 *
 * Results of a hidden poll that has not been revealed go out as restricted events: only
 * facilitators' streams receive them.
 */
import type { Poll, ReleasedResults } from '@partnerkit/core';
import type { Database } from '../db/database.js';
import { appendEvent } from './event-log.js';

/** The shortest time between two results events of one poll. */
export const MIN_RESULTS_INTERVAL_MS = 250;

/** True when only facilitators may see the poll's results. */
export function resultsRestricted(poll: Poll): boolean {
  return poll.resultsVisibility === 'hidden' && !poll.revealed;
}

interface PublishRow extends Record<string, unknown> {
  poll: string;
  release: string;
  release_seq: number;
  published_seq: number;
  published_at: string | null;
}

/** Publishes results events for polls whose released results changed. */
export class ResultsPublisher {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per poll, the earliest time (ms) a snapshot may go out, as far as this process knows. */
  private readonly notBefore = new Map<string, number>();
  /** Polls being published now; `true` when their results changed again meanwhile. */
  private readonly publishing = new Map<string, boolean>();
  /** Polls that changed while closing, waiting for their final snapshot. */
  private readonly leftOver = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  private closing = false;

  /**
   * @param db - the database.
   * @param clock - the current time in milliseconds (real time: it paces the events).
   * @param afterPublish - called after an event was written (to hand it to streams).
   * @param onError - hears errors.
   */
  constructor(
    private readonly db: Database,
    private readonly clock: () => number,
    private readonly afterPublish: () => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Says that `pollId`'s results changed; an event follows within the rate limit. */
  schedule(pollId: string, delayMs = 0): void {
    if (this.publishing.has(pollId)) {
      // Scheduled again once this attempt ends, when the pacing is known.
      this.publishing.set(pollId, true);
      return;
    }
    if (this.closing || this.timers.has(pollId)) return;
    const wait = this.waitFor(pollId);
    const timer = setTimeout(() => {
      this.timers.delete(pollId);
      // Timers may fire a millisecond early by the wall clock: then wait the rest here.
      if (this.waitFor(pollId) > 0) this.schedule(pollId);
      else this.start(pollId);
    }, Math.max(delayMs, wait));
    this.timers.set(pollId, timer);
  }

  /** Runs one publishing attempt for `pollId`, then follows up on changes made meanwhile. */
  private start(pollId: string): void {
    this.publishing.set(pollId, false);
    const run = this.publish(pollId)
      .catch((error: unknown) => this.onError(error))
      .finally(() => {
        const changedMeanwhile = this.publishing.get(pollId) === true;
        this.publishing.delete(pollId);
        this.running.delete(run);
        if (!changedMeanwhile) return;
        if (this.closing) this.leftOver.add(pollId);
        else this.schedule(pollId);
      });
    this.running.add(run);
  }

  /** Milliseconds before this process may try to publish `pollId` again (0: now). */
  private waitFor(pollId: string): number {
    const notBefore = this.notBefore.get(pollId);
    if (notBefore === undefined) return 0;
    const wait = notBefore - this.clock();
    if (wait > 0) return wait;
    // Passed: forget it, so the map holds only polls published in the last 250 ms.
    this.notBefore.delete(pollId);
    return 0;
  }

  private async publish(pollId: string, force = false): Promise<void> {
    let retryIn = 0;
    // Remembered only once the transaction has committed.
    let nextAllowed: number | undefined;
    const published = await this.db.transaction(async (tx) => {
      const rows = await tx.query<PublishRow>(
        'SELECT poll, release, release_seq, published_seq, published_at FROM polls WHERE id = $1 FOR UPDATE',
        [pollId],
      );
      const row = rows[0];
      if (row === undefined || row.published_seq >= row.release_seq) return false;
      const now = this.clock();
      const last = row.published_at === null ? 0 : Date.parse(row.published_at);
      if (!force && now - last < MIN_RESULTS_INTERVAL_MS) {
        // Published a moment ago (by another process, or a clock step): remember when to try.
        retryIn = MIN_RESULTS_INTERVAL_MS - (now - last);
        nextAllowed = last + MIN_RESULTS_INTERVAL_MS;
        return false;
      }
      nextAllowed = now + MIN_RESULTS_INTERVAL_MS;
      const at = new Date(now).toISOString();
      await tx.query('UPDATE polls SET published_seq = $2, published_at = $3 WHERE id = $1', [pollId, row.release_seq, at]);
      const poll = JSON.parse(row.poll) as Poll;
      const results = JSON.parse(row.release) as ReleasedResults;
      await appendEvent(tx, { topic: `poll:${pollId}`, type: 'results', results }, resultsRestricted(poll), at);
      return true;
    });
    if (nextAllowed !== undefined) this.notBefore.set(pollId, nextAllowed);
    if (published) this.afterPublish();
    // While this attempt runs, `schedule` only marks the poll: it is scheduled again after.
    if (retryIn > 0) this.schedule(pollId, retryIn);
  }

  /** Publishes what is waiting now, then stops. */
  async close(): Promise<void> {
    this.closing = true;
    const waiting = [...this.timers.keys()];
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.notBefore.clear();
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
    // Final snapshots go out without waiting for the rate limit: the streams end next.
    for (const pollId of new Set([...waiting, ...this.leftOver])) {
      await this.publish(pollId, true).catch((error: unknown) => this.onError(error));
    }
  }
}
