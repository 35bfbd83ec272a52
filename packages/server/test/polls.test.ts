import { describe, expect, it } from 'vitest';
import { forEachDatabase, freshId } from './support.js';

const RUNG = 'share-decisions';
const OTHER = 'control-decisions';

forEachDatabase('polls and votes', (get) => {
  async function newPoll(settings: Record<string, unknown> = {}): Promise<string> {
    const id = freshId('poll');
    const answer = await get().call('POST', '/v1/polls', { token: true, body: { id, ...settings } });
    expect(answer.status).toBe(201);
    return id;
  }
  const vote = (pollId: string, participant: string, body: unknown) => get().call('PUT', `/v1/polls/${pollId}/votes/${participant}`, { body });

  describe('creating and reading', () => {
    it('creates a poll with core defaults and reads it back', async () => {
      const id = freshId('poll');
      const created = await get().call('POST', '/v1/polls', { token: true, body: { id, minGroupSize: 4 } });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ id, ladderId: 'participation', minGroupSize: 4, minNewVotes: 3, status: 'open', revealed: false });
      const read = await get().call('GET', `/v1/polls/${id}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(created.body);
    });

    it('refuses an id in use with 409', async () => {
      const id = await newPoll();
      const again = await get().call('POST', '/v1/polls', { token: true, body: { id } });
      expect(again.status).toBe(409);
      expect(again.body.error).toMatchObject({ code: 'conflict', field: 'id' });
    });

    it('answers 404 for a poll that does not exist', async () => {
      const answer = await get().call('GET', '/v1/polls/nope-404');
      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe('not-found');
    });

    it('needs the facilitator token: 401 without, 403 with a wrong one', async () => {
      const id = freshId('poll');
      const without = await get().call('POST', '/v1/polls', { body: { id } });
      expect(without.status).toBe(401);
      expect(without.headers.get('WWW-Authenticate')).toBe('Bearer');
      expect(without.body.error.code).toBe('unauthorized');
      const wrong = await get().call('POST', '/v1/polls', { body: { id }, token: 'not-the-token' });
      expect(wrong.status).toBe(403);
      expect((await get().call('GET', `/v1/polls/${id}`)).status).toBe(404);
      const action = await get().call('POST', `/v1/polls/${await newPoll()}/close`, {});
      expect(action.status).toBe(401);
    });

    it('refuses bad settings with 400, naming the field, in French when asked', async () => {
      const answer = await get().call('POST', '/v1/polls', { token: true, body: { id: freshId('poll'), minGroupSize: 2 }, headers: { 'Accept-Language': 'fr-CA,fr;q=0.9,en;q=0.5' } });
      expect(answer.status).toBe(400);
      expect(answer.body.error.field).toBe('minGroupSize');
      expect(answer.body.error.code).toBe('too-small');
      expect(answer.body.error.message).toMatch(/au moins|Ceci/);
      const english = await get().call('POST', '/v1/polls', { token: true, body: { id: freshId('poll'), minGroupSize: 2 } });
      expect(english.body.error.message).not.toBe(answer.body.error.message);
      // Both languages come with every error, so a client can show the person's own.
      expect(answer.body.error.messages).toEqual({ en: english.body.error.message, fr: answer.body.error.message });
    });

    it('refuses a body that is not JSON', async () => {
      const answer = await get().call('POST', '/v1/polls', { token: true, raw: '{"id": ' });
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('not-json');
    });
  });

  describe('votes and released results', () => {
    it('releases results every minNewVotes votes and hides small groups', async () => {
      const id = await newPoll({ minNewVotes: 2, minGroupSize: 3 });
      const first = await vote(id, 'a1', { rung: RUNG });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ pollId: id, version: 0 });
      const second = await vote(id, 'a2', { rung: RUNG });
      expect(second.body).toMatchObject({ version: 1, changeCount: 2, result: { total: 2, counts: null } });
      await vote(id, 'a3', { rung: OTHER });
      const fourth = await vote(id, 'a4', { rung: RUNG });
      expect(fourth.body).toMatchObject({ version: 2, changeCount: 4, result: { total: 4 } });
      expect(fourth.body.result.counts[RUNG]).toBe(3);
      expect(fourth.body.result.counts[OTHER]).toBe(1);
      const results = await get().call('GET', `/v1/polls/${id}/results`);
      expect(results.body).toEqual(fourth.body);
    });

    it('counts a participant once between releases, however often they change', async () => {
      const id = await newPoll({ minNewVotes: 3, minGroupSize: 3 });
      await vote(id, 'b1', { rung: RUNG });
      await vote(id, 'b1', { rung: OTHER });
      await vote(id, 'b1', { rung: RUNG });
      const same = await vote(id, 'b2', { rung: RUNG });
      expect(same.body.version).toBe(0);
      const third = await vote(id, 'b3', { rung: RUNG });
      expect(third.body).toMatchObject({ version: 1, changeCount: 3, result: { total: 3 } });
    });

    it('gives a participant their own vote back, and null before voting', async () => {
      const id = await newPoll({ askSegment: true });
      await vote(id, 'c1', { rung: RUNG, segment: 'patient' });
      const own = await get().call('GET', `/v1/polls/${id}/votes/c1`);
      expect(own.body.vote).toMatchObject({ pollId: id, participantId: 'c1', rungId: RUNG, segment: 'patient' });
      const none = await get().call('GET', `/v1/polls/${id}/votes/c2`);
      expect(none.body).toEqual({ vote: null });
    });

    it('refuses a rung off the ladder, a segment the poll does not ask, and unknown fields', async () => {
      const id = await newPoll();
      expect((await vote(id, 'd1', { rung: 'nope' })).body.error).toMatchObject({ code: 'unknown-value', field: 'rung' });
      expect((await vote(id, 'd1', { rung: RUNG, segment: 'staff' })).body.error.field).toBe('segment');
      expect((await vote(id, 'd1', { rung: RUNG, extra: 1 })).body.error).toMatchObject({ code: 'unknown-field', field: 'extra' });
      expect((await vote(id, 'd1', { rung: RUNG, ['__proto__']: 1 })).status).toBe(400);
      expect((await vote(id, 'bad id!', { rung: RUNG })).body.error.field).toBe('participantId');
      expect((await vote('no-such-poll', 'd1', { rung: RUNG })).status).toBe(404);
    });

    it('splits by segment with complementary protection', async () => {
      const id = await newPoll({ askSegment: true, minGroupSize: 3, minNewVotes: 1 });
      for (let i = 0; i < 4; i++) await vote(id, `s${i}`, { rung: RUNG, segment: 'staff' });
      const last = await vote(id, 'p0', { rung: OTHER, segment: 'patient' });
      expect(last.body.result.total).toBe(5);
      expect(last.body.result.segments.patient).toEqual({ total: 1, counts: null });
      // Staff would give the patient's answer away by subtraction: hidden too.
      expect(last.body.result.segments.staff.counts).toBeNull();
    });
  });

  describe('facilitator actions', () => {
    it('closes (final results, no more votes), reopens and resets', async () => {
      const id = await newPoll({ minNewVotes: 5, minGroupSize: 3 });
      for (const participant of ['e1', 'e2', 'e3']) await vote(id, participant, { rung: RUNG });
      const closed = await get().call('POST', `/v1/polls/${id}/close`, { token: true });
      expect(closed.body.status).toBe('closed');
      const final = await get().call('GET', `/v1/polls/${id}/results`);
      expect(final.body).toMatchObject({ final: true, version: 1, result: { total: 3 } });
      const refused = await vote(id, 'e4', { rung: RUNG });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('closed');
      const reopened = await get().call('POST', `/v1/polls/${id}/open`, { token: true });
      expect(reopened.body.status).toBe('open');
      expect((await get().call('GET', `/v1/polls/${id}/results`)).body).toMatchObject({ final: false, version: 2 });
      await get().call('POST', `/v1/polls/${id}/reset`, { token: true });
      const fresh = await get().call('GET', `/v1/polls/${id}/results`);
      expect(fresh.body).toMatchObject({ version: 0, result: { total: 0 } });
      expect((await get().call('GET', `/v1/polls/${id}/votes/e1`)).body.vote).toBeNull();
    });

    it('keeps hidden results from everyone but the facilitator until revealed', async () => {
      const id = await newPoll({ resultsVisibility: 'hidden', minNewVotes: 1, minGroupSize: 3 });
      for (const participant of ['f1', 'f2', 'f3']) await vote(id, participant, { rung: RUNG });
      const fromVote = await vote(id, 'f4', { rung: RUNG });
      expect(fromVote.body).toMatchObject({ version: 0, result: { total: 0, counts: null } });
      expect((await get().call('GET', `/v1/polls/${id}/results`)).body.version).toBe(0);
      const facilitator = await get().call('GET', `/v1/polls/${id}/results`, { token: true });
      expect(facilitator.body).toMatchObject({ version: 4, result: { total: 4 } });
      const revealed = await get().call('POST', `/v1/polls/${id}/reveal`, { token: true });
      expect(revealed.body.revealed).toBe(true);
      expect((await get().call('GET', `/v1/polls/${id}/results`)).body).toEqual(facilitator.body);
    });

    it('refuses to reveal a poll whose results are not hidden (409)', async () => {
      const id = await newPoll();
      const answer = await get().call('POST', `/v1/polls/${id}/reveal`, { token: true });
      expect(answer.status).toBe(409);
      expect(answer.body.error.code).toBe('invalid-transition');
    });

    it('writes every facilitator action to the audit log', async () => {
      const id = await newPoll();
      await get().call('POST', `/v1/polls/${id}/close`, { token: true });
      const audit = await get().call('GET', '/v1/audit?limit=10', { token: true });
      const actions = (audit.body as { action: string; target: string }[]).filter((entry) => entry.target === `poll:${id}`).map((entry) => entry.action);
      expect(actions).toEqual(['poll.close', 'poll.create']);
      expect((await get().call('GET', '/v1/audit')).status).toBe(401);
    });
  });
});
