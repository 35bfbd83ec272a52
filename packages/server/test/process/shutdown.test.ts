/**
 * The command as a real process: `--help`, and a graceful stop on SIGTERM or SIGINT (stop
 * accepting, finish writes, end event streams, close the database, exit 0 within 10 s).
 * Runs on PGlite, and on PostgreSQL too when DATABASE_URL is set.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import {
  backends,
  call,
  castVote,
  cleanUp,
  cliPath,
  createPoll,
  freshStorage,
  ladderRungs,
  newId,
  openStream,
  rungOf,
  startServer,
  type Answer,
} from './support.js';

afterEach(cleanUp);

describe('partnerkit-server --help', () => {
  it('lists the flags and exits 0 without starting', () => {
    const run = spawnSync(process.execPath, [cliPath, '--help'], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(0);
    for (const flag of ['--port', '--host', '--data-dir', '--database-url', '--allowed-origins', '--retention-days']) {
      expect(run.stdout).toContain(flag);
    }
    // The facilitator token comes from the environment only: a flag would show in `ps`.
    expect(run.stdout).toContain('PARTNERKIT_FACILITATOR_TOKEN');
    expect(run.stdout).not.toContain('listening');
  });
});

describe.each(backends)('graceful stop (%s)', (backend) => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: ends event streams, finishes writes and exits 0 within 10 s`, async () => {
      const { storage, drop } = await freshStorage(backend);
      try {
        const rungs = await ladderRungs();
        const server = await startServer(storage);
        const pollId = newId('poll');
        await createPoll(server.url, { id: pollId, resultsVisibility: 'always', minNewVotes: 1 });
        const stream = await openStream(server.url, [`poll:${pollId}`]);
        expect(stream.status).toBe(200);

        // Writes in flight when the signal arrives: each either finishes (200) or is refused,
        // and every one answered 200 must be there after a restart.
        // The first is answered before the signal; the other twenty are on their way.
        const participants = Array.from({ length: 21 }, (_, index) => `stop-${index}`);
        const send = (index: number) =>
          castVote(server.url, pollId, participants[index] ?? '', rungs[index % rungs.length] ?? 'x').catch((): Answer | undefined => undefined);
        const first = await send(0);
        expect(first?.status).toBe(200);
        const votes = [Promise.resolve(first), ...participants.slice(1).map((_, index) => send(index + 1))];
        await new Promise((resolve) => setTimeout(resolve, 5));
        const signalledAt = Date.now();
        server.child.kill(signal);
        const exit = await server.exited;
        const took = Date.now() - signalledAt;
        const answers = await Promise.all(votes);

        expect(exit).toEqual({ code: 0, signal: null });
        expect(took).toBeLessThan(10_000);
        await stream.closed;
        expect(stream.ended()).toBe(true);
        // Answered in full, or turned away because the server is stopping (or the connection closed).
        for (const answer of answers) if (answer) expect([200, 503]).toContain(answer.status);

        const again = await startServer(storage);
        const poll = await call(again.url, 'GET', `/v1/polls/${pollId}`);
        expect(poll.status).toBe(200);
        for (const [index, answer] of answers.entries()) {
          if (answer?.status !== 200) continue;
          const own = await call(again.url, 'GET', `/v1/polls/${pollId}/votes/${participants[index]}`);
          expect(own.status).toBe(200);
          expect(rungOf(own.body)).toBe(rungs[index % rungs.length]);
        }
        again.child.kill('SIGTERM');
        expect(await again.exited).toEqual({ code: 0, signal: null });
      } finally {
        await cleanUp();
        await drop();
      }
    }, 90_000);
  }
});
