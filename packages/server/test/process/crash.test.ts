/**
 * kill -9 while votes stream in, then restart on the same data: every vote that was answered
 * 200 is there, and the released total counts them. On PGlite this also checks that the lock
 * a killed process leaves behind is recovered at start. Runs on PGlite, and on PostgreSQL too
 * when DATABASE_URL is set.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { backends, call, castVote, cleanUp, createPoll, freshStorage, ladderRungs, newId, rungOf, startServer, totalOf } from './support.js';

afterEach(cleanUp);

describe.each(backends)('kill -9 loses no acknowledged vote (%s)', (backend) => {
  it('every vote answered 200 before the kill is there after a restart', async () => {
    const { storage, drop } = await freshStorage(backend);
    try {
      const rungs = await ladderRungs();
      const server = await startServer(storage);
      const pollId = newId('poll');
      await createPoll(server.url, { id: pollId, resultsVisibility: 'always', minNewVotes: 1 });

      // Sixteen voters at a time, each a new participant, until the process is killed.
      const acknowledged = new Map<string, string>();
      let sent = 0;
      let killed = false;
      const voter = async (lane: number) => {
        for (let round = 0; !killed; round += 1) {
          const participant = `p${lane}-${round}`;
          const rung = rungs[(lane + round) % rungs.length] ?? 'x';
          sent += 1;
          try {
            const answer = await castVote(server.url, pollId, participant, rung);
            if (answer.status === 200) acknowledged.set(participant, rung);
            else if (!killed) throw new Error(`A vote was answered ${answer.status}: ${JSON.stringify(answer.body)}`);
          } catch (error) {
            if (!killed) throw error;
          }
        }
      };
      const lanes = Array.from({ length: 16 }, (_, lane) => voter(lane));
      const started = Date.now();
      while (acknowledged.size < 300 && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 10));
      killed = true;
      server.child.kill('SIGKILL');
      expect((await server.exited).signal).toBe('SIGKILL');
      await Promise.all(lanes);
      expect(acknowledged.size).toBeGreaterThanOrEqual(50);

      // The same data folder or database, a new process (on PGlite: over a stale lock).
      const again = await startServer(storage);
      for (const [participant, rung] of acknowledged) {
        const own = await call(again.url, 'GET', `/v1/polls/${pollId}/votes/${participant}`);
        expect(own.status, `vote of ${participant}`).toBe(200);
        expect(rungOf(own.body), `vote of ${participant}`).toBe(rung);
      }
      const results = await call(again.url, 'GET', `/v1/polls/${pollId}/results`, { facilitator: true });
      expect(results.status).toBe(200);
      const total = totalOf(results.body);
      expect(total).toBeGreaterThanOrEqual(acknowledged.size);
      expect(total).toBeLessThanOrEqual(sent);

      // And it keeps working after the crash.
      const after = await castVote(again.url, pollId, 'after-crash', rungs[0] ?? 'x');
      expect(after.status).toBe(200);
      expect(totalOf(after.body)).toBe((total ?? 0) + 1);
    } finally {
      await cleanUp();
      await drop();
    }
  }, 120_000);
});
