/**
 * Results events, coalesced: however fast votes come, each poll's released results go out
 * at most four times per second (one snapshot every {@link MIN_RESULTS_INTERVAL_MS}), and
 * always the latest. The limit holds across server processes: the time of the last
 * snapshot is kept on the poll's row.
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
    if (this.closing || this.timers.has(pollId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(pollId);
      const run = this.publish(pollId).catch((error: unknown) => this.onError(error));
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
    }, delayMs);
    this.timers.set(pollId, timer);
  }

  private async publish(pollId: string, force = false): Promise<void> {
    let retryIn = 0;
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
        retryIn = MIN_RESULTS_INTERVAL_MS - (now - last);
        return false;
      }
      const at = new Date(now).toISOString();
      await tx.query('UPDATE polls SET published_seq = $2, published_at = $3 WHERE id = $1', [pollId, row.release_seq, at]);
      const poll = JSON.parse(row.poll) as Poll;
      const results = JSON.parse(row.release) as ReleasedResults;
      await appendEvent(tx, { topic: `poll:${pollId}`, type: 'results', results }, resultsRestricted(poll), at);
      return true;
    });
    if (published) this.afterPublish();
    if (retryIn > 0) this.schedule(pollId, retryIn);
  }

  /** Publishes what is waiting now, then stops. */
  async close(): Promise<void> {
    this.closing = true;
    const waiting = [...this.timers.keys()];
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.running]);
    // Final snapshots go out without waiting for the rate limit: the streams end next.
    for (const pollId of waiting) {
      await this.publish(pollId, true).catch((error: unknown) => this.onError(error));
    }
  }
}
