import { expect, it } from 'vitest';
import { forEachDatabase, freshId } from './support.js';

forEachDatabase('votes arriving together', (get) => {
  it('applies a burst of mixed votes exactly as one at a time would', async () => {
    const open = freshId('burst');
    const other = freshId('burst');
    const closed = freshId('burst');
    for (const id of [open, other, closed]) await get().call('POST', '/v1/polls', { token: true, body: { id, minNewVotes: 1, minGroupSize: 3, askSegment: true } });
    await get().call('POST', `/v1/polls/${closed}/close`, { token: true });
    const requests = [
      ...Array.from({ length: 40 }, (_, i) => ({ poll: open, participant: `p${i}`, body: { rung: i % 2 === 0 ? 'share-decisions' : 'control-decisions', segment: i % 3 === 0 ? 'patient' : 'staff' } })),
      ...Array.from({ length: 10 }, (_, i) => ({ poll: other, participant: `p${i}`, body: { rung: 'told-no-influence' } })),
      // The same participant changing their mind twice in the same moment.
      { poll: open, participant: 'p0', body: { rung: 'control-decisions', segment: 'patient' } },
      { poll: open, participant: 'bad', body: { rung: 'nope' } },
      { poll: closed, participant: 'late', body: { rung: 'share-decisions' } },
      { poll: 'no-such-poll', participant: 'p1', body: { rung: 'share-decisions' } },
    ];
    const answers = await Promise.all(requests.map((request) => get().call('PUT', `/v1/polls/${request.poll}/votes/${request.participant}`, { body: request.body })));
    expect(answers.slice(0, 51).every((answer) => answer.status === 200)).toBe(true);
    expect(answers.slice(51).map((answer) => answer.status)).toEqual([400, 409, 404]);
    const results = await get().call('GET', `/v1/polls/${open}/results`);
    expect(results.body.result.total).toBe(40);
    const rows = await get().db.query<{ rung_id: string; n: number }>('SELECT rung_id, count(*)::int AS n FROM votes WHERE poll_id = $1 GROUP BY rung_id ORDER BY rung_id', [open]);
    const counted = Object.fromEntries(rows.map((row) => [row.rung_id, row.n]));
    expect(results.body.result.counts).toMatchObject(counted);
    // The later of p0's two votes wins, and p0 still counts once.
    expect((await get().call('GET', `/v1/polls/${open}/votes/p0`)).body.vote.rungId).toBe('control-decisions');
    expect((await get().call('GET', `/v1/polls/${other}/results`)).body.result.total).toBe(10);
    expect((await get().call('GET', `/v1/polls/${closed}/results`)).body.result.total).toBe(0);
    // Refused votes keep no idempotency key: nothing is remembered for them.
    const keys = await get().db.query<{ n: number }>("SELECT count(*)::int AS n FROM idempotency_keys WHERE status = 0");
    expect(keys[0]?.n).toBe(0);
  });
});
