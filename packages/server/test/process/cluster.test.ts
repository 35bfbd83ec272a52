/**
 * Several server processes on one database.
 * - PGlite: one data folder belongs to one process; a second one is refused with a clear
 *   message and the first keeps working.
 * - PostgreSQL (when DATABASE_URL is set): two processes share the database and deliver each
 *   other's updates on their event streams (LISTEN/NOTIFY); an event id from one resumes on
 *   the other.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  backends,
  call,
  castVote,
  cleanUp,
  createPoll,
  freshStorage,
  ladderRungs,
  newId,
  openStream,
  spawnServer,
  startServer,
  totalOf,
  type StreamEvent,
} from './support.js';

afterEach(cleanUp);

const isResultsWithTotal = (pollId: string, total: number) => (event: StreamEvent) =>
  event.event === 'results' && (event.data as { topic?: string }).topic === `poll:${pollId}` && totalOf(event.data) === total;

describe('one data folder, one process (pglite)', () => {
  it('a second process on the same data folder is refused and the first keeps working', async () => {
    const { storage } = await freshStorage('pglite');
    const rungs = await ladderRungs();
    const first = await startServer(storage);
    const pollId = newId('poll');
    await createPoll(first.url, { id: pollId, resultsVisibility: 'always', minNewVotes: 1 });

    const second = await spawnServer(storage);
    await expect(second.listening).rejects.toThrow();
    const exit = await second.exited;
    expect(exit.code).not.toBe(0);
    expect(second.output()).toMatch(/data|folder|director|lock|use/i);

    const vote = await castVote(first.url, pollId, 'still-here', rungs[0] ?? 'x');
    expect(vote.status).toBe(200);
    expect(totalOf(vote.body)).toBe(1);
  }, 90_000);
});

describe.each(backends.filter((backend) => backend === 'postgresql'))('two processes on one database (%s)', (backend) => {
  it('two processes deliver each other’s updates, and resume across processes', async () => {
    const { storage, drop } = await freshStorage(backend);
    try {
      const rungs = await ladderRungs();
      const [first, second] = await Promise.all([startServer(storage), startServer(storage)]);
      const pollId = newId('poll');
      const wallId = newId('wall');
      const topics = [`poll:${pollId}`, `wall:${wallId}`];
      const onFirst = await openStream(first.url, topics);
      const onSecond = await openStream(second.url, topics);
      expect([onFirst.status, onSecond.status]).toEqual([200, 200]);

      // A poll made and voted on through the first process reaches the second's stream.
      await createPoll(first.url, { id: pollId, resultsVisibility: 'always', minNewVotes: 1 });
      expect((await castVote(first.url, pollId, 'voter-a', rungs[0] ?? 'x')).status).toBe(200);
      const seen = await onSecond.waitFor(isResultsWithTotal(pollId, 1));
      expect(seen.id).toMatch(/\S/);

      // And the other way round: a pledge made through the second reaches the first.
      const pledge = await call(second.url, 'POST', '/v1/pledges', { body: { wallId, text: 'I will ask patients first.' } });
      expect([200, 201]).toContain(pledge.status);
      const pledgeEvent = await onFirst.waitFor((event) => event.event === 'pledge');
      expect((pledgeEvent.data as { pledge?: { text?: string } }).pledge?.text).toBe('I will ask patients first.');

      // A vote through the second process reaches both streams with the same event id.
      expect((await castVote(second.url, pollId, 'voter-b', rungs[1] ?? 'x')).status).toBe(200);
      const onA = await onFirst.waitFor(isResultsWithTotal(pollId, 2));
      const onB = await onSecond.waitFor(isResultsWithTotal(pollId, 2));
      expect(onA.id).toBe(onB.id);

      // Resume on the second process from an id the first one gave: the events after it, once each.
      const resumeFrom = onFirst.events.find(isResultsWithTotal(pollId, 1))?.id;
      expect(resumeFrom).toBeDefined();
      const resumed = await openStream(second.url, topics, resumeFrom);
      await resumed.waitFor(isResultsWithTotal(pollId, 2));
      const ids = resumed.events.map((event) => event.id);
      expect(ids).not.toContain(resumeFrom);
      expect(new Set(ids).size).toBe(ids.length);
      const firstIds = onFirst.events.map((event) => event.id);
      const after = firstIds.slice(firstIds.indexOf(resumeFrom) + 1);
      expect(ids.slice(0, after.length)).toEqual(after);

      for (const stream of [onFirst, onSecond, resumed]) stream.close();
    } finally {
      await cleanUp();
      await drop();
    }
  }, 90_000);
});
