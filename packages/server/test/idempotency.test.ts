import { expect, it } from 'vitest';
import { databaseSnapshot, forEachDatabase, freshId, resultsSent } from './support.js';

const RUNG = 'share-decisions';

forEachDatabase('idempotency keys', (get) => {
  async function newPoll(): Promise<string> {
    const id = freshId('poll');
    await get().call('POST', '/v1/polls', { token: true, body: { id, minNewVotes: 1, minGroupSize: 3 } });
    return id;
  }

  it('applies a retry once and answers it as the first time', async () => {
    const id = await newPoll();
    const first = await get().call('PUT', `/v1/polls/${id}/votes/p1`, { key: `k-${id}`, body: { rung: RUNG } });
    const again = await get().call('PUT', `/v1/polls/${id}/votes/p1`, { key: `k-${id}`, body: { rung: RUNG } });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    const created = await get().call('POST', '/v1/pledges', { key: `pledge-${id}`, body: { wallId: 'w-idem', text: 'Invite a partner.' } });
    const createdAgain = await get().call('POST', '/v1/pledges', { key: `pledge-${id}`, body: { wallId: 'w-idem', text: 'Invite a partner.' } });
    expect(createdAgain.status).toBe(201);
    expect(createdAgain.body).toEqual(created.body);
  });

  it('refuses the same key with another request (422) and changes nothing', async () => {
    const id = await newPoll();
    await get().call('PUT', `/v1/polls/${id}/votes/p1`, { key: `r-${id}`, body: { rung: RUNG } });
    await resultsSent(get().db);
    const before = await databaseSnapshot(get().db);
    const other = await get().call('PUT', `/v1/polls/${id}/votes/p1`, { key: `r-${id}`, body: { rung: 'control-decisions' } });
    expect(other.status).toBe(422);
    expect(other.body.error).toMatchObject({ code: 'idempotency-key-reused', field: 'Idempotency-Key' });
    const otherPath = await get().call('PUT', `/v1/polls/${id}/votes/p2`, { key: `r-${id}`, body: { rung: RUNG } });
    expect(otherPath.status).toBe(422);
    expect(await databaseSnapshot(get().db)).toBe(before);
  });

  it('needs a key on every write', async () => {
    const id = await newPoll();
    const without = await get().call('PUT', `/v1/polls/${id}/votes/p1`, { key: null, body: { rung: RUNG } });
    expect(without.status).toBe(400);
    expect(without.body.error.code).toBe('idempotency-key-required');
    const spaced = await get().call('PUT', `/v1/polls/${id}/votes/p1`, { key: 'has space', body: { rung: RUNG } });
    expect(spaced.status).toBe(400);
    const pledge = await get().call('POST', '/v1/pledges', { key: null, body: { wallId: 'w', text: 'x' } });
    expect(pledge.status).toBe(400);
  });

  it('makes exactly one vote from 50 concurrent submissions with one key', async () => {
    const id = await newPoll();
    const key = `burst-${id}`;
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => get().call('PUT', `/v1/polls/${id}/votes/burst`, { key, body: { rung: RUNG } })),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    expect(answers.filter((answer) => answer.headers.get('Idempotent-Replayed') === null)).toHaveLength(1);
    const rows = await get().db.query<{ n: number }>('SELECT count(*)::int AS n FROM votes WHERE poll_id = $1', [id]);
    expect(rows[0]?.n).toBe(1);
    const results = await get().call('GET', `/v1/polls/${id}/results`);
    expect(results.body).toMatchObject({ changeCount: 1, result: { total: 1 } });
  });

  it('does not keep a refused request: the same key works once the body is right', async () => {
    const id = await newPoll();
    const bad = await get().call('PUT', `/v1/polls/${id}/votes/p3`, { key: `fix-${id}`, body: { rung: 'nope' } });
    expect(bad.status).toBe(400);
    const fixed = await get().call('PUT', `/v1/polls/${id}/votes/p3`, { key: `fix-${id}`, body: { rung: RUNG } });
    expect(fixed.status).toBe(200);
  });
});
