import { expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { MIN_RESULTS_INTERVAL_MS, ResultsPublisher } from '../src/live/publisher.js';
import { forEachDatabase, freshId, type TestServer } from './support.js';

/** The database, counting the transactions publishers open on it. */
function counting(db: Database): { db: Database; transactions: () => number } {
  let transactions = 0;
  const wrapped: Database = Object.create(db) as Database;
  wrapped.transaction = (work) => {
    transactions += 1;
    return db.transaction(work);
  };
  return { db: wrapped, transactions: () => transactions };
}

/** Keeps releasing new results of `pollId` (as vote batches do) for `ms`, telling `publishers`. */
async function releaseFor(server: TestServer, pollId: string, publishers: readonly ResultsPublisher[], ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await server.db.query('UPDATE polls SET release_seq = release_seq + 1 WHERE id = $1', [pollId]);
    for (const publisher of publishers) publisher.schedule(pollId);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function eventTimes(server: TestServer, pollId: string): Promise<number[]> {
  const rows = await server.db.query<{ created_at: string }>("SELECT created_at FROM events WHERE topic = $1 AND data LIKE '%\"results\"%' ORDER BY id", [`poll:${pollId}`]);
  return rows.map((row) => Date.parse(row.created_at));
}

forEachDatabase('the results publisher', (get) => {
  it('goes to the database only when the pacing allows a snapshot, and ends on the latest release', async () => {
    const server = get();
    const pollId = freshId('paced');
    await server.call('POST', '/v1/polls', { body: { id: pollId }, token: true });
    const { db, transactions } = counting(server.db);
    const publisher = new ResultsPublisher(db, Date.now, () => {}, (error) => {
      throw error;
    });
    await releaseFor(server, pollId, [publisher], 4 * MIN_RESULTS_INTERVAL_MS);
    await publisher.close();
    const times = await eventTimes(server, pollId);
    expect(times.length).toBeGreaterThan(1);
    // Every attempt wrote a snapshot: none locked the poll only to find it was too soon.
    expect(transactions()).toBe(times.length);
    const [row] = await server.db.query<{ release_seq: number; published_seq: number }>('SELECT release_seq, published_seq FROM polls WHERE id = $1', [pollId]);
    expect(row?.published_seq).toBe(row?.release_seq);
  });

  it('keeps snapshots of a poll 250 ms apart across processes: the database decides', async () => {
    const server = get();
    const pollId = freshId('shared');
    await server.call('POST', '/v1/polls', { body: { id: pollId }, token: true });
    const fail = (error: unknown): void => {
      throw error;
    };
    // Two publishers on one database stand for two server processes.
    const publishers = [new ResultsPublisher(server.db, Date.now, () => {}, fail), new ResultsPublisher(server.db, Date.now, () => {}, fail)];
    await releaseFor(server, pollId, publishers, 4 * MIN_RESULTS_INTERVAL_MS);
    const beforeClose = await eventTimes(server, pollId);
    for (const publisher of publishers) await publisher.close();
    expect(beforeClose.length).toBeGreaterThan(1);
    for (let index = 1; index < beforeClose.length; index++) {
      expect(beforeClose[index]! - beforeClose[index - 1]!).toBeGreaterThanOrEqual(MIN_RESULTS_INTERVAL_MS);
    }
    const [row] = await server.db.query<{ release_seq: number; published_seq: number }>('SELECT release_seq, published_seq FROM polls WHERE id = $1', [pollId]);
    expect(row?.published_seq).toBe(row?.release_seq);
  });
});
