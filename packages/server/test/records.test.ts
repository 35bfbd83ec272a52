import { PARITY_ITEM_IDS } from '@partnerkit/core';
import { expect, it } from 'vitest';
import { forEachDatabase, freshId } from './support.js';

function assessment(id: string, teamId: string, assessedOn: string, answer: string) {
  return { id, teamId, assessedOn, answers: Object.fromEntries(PARITY_ITEM_IDS.slice(0, 6).map((item) => [item, answer])) };
}

forEachDatabase('records', (get) => {
  it('lets a participant write and read their own assessment, and a facilitator read any', async () => {
    const id = freshId('assessment');
    const body = assessment(id, 'team-a', '2026-01-10', 'partly');
    expect((await get().call('PUT', `/v1/assessments/${id}`, { body })).status).toBe(401);
    const written = await get().call('PUT', `/v1/assessments/${id}`, { body, headers: { 'X-Participant-Id': 'owner-1' } });
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ collection: 'assessments', id, ownerId: 'owner-1', revision: 1 });
    const again = await get().call('PUT', `/v1/assessments/${id}`, { body, headers: { 'X-Participant-Id': 'owner-1' } });
    expect(again.body.revision).toBe(2);
    const someoneElse = await get().call('PUT', `/v1/assessments/${id}`, { body, headers: { 'X-Participant-Id': 'owner-2' } });
    expect(someoneElse.status).toBe(403);
    expect((await get().call('GET', `/v1/assessments/${id}`, { headers: { 'X-Participant-Id': 'owner-1' } })).body.value).toEqual(body);
    expect((await get().call('GET', `/v1/assessments/${id}`, { headers: { 'X-Participant-Id': 'owner-2' } })).status).toBe(403);
    expect((await get().call('GET', `/v1/assessments/${id}`, { token: true })).status).toBe(200);
    const mismatched = await get().call('PUT', `/v1/assessments/${id}`, { body: { ...body, id: 'other' }, headers: { 'X-Participant-Id': 'owner-1' } });
    expect(mismatched.body.error.field).toBe('id');
  });

  it('gives a team’s parity: the latest score and its change', async () => {
    const team = freshId('team');
    for (const [day, answer] of [['2026-01-01', 'not-yet'], ['2026-03-01', 'fully']] as const) {
      await get().call('PUT', `/v1/assessments/${team}-${day}`, { body: assessment(`${team}-${day}`, team, day, answer), headers: { 'X-Participant-Id': 'p1' } });
    }
    expect((await get().call('GET', `/v1/teams/${team}/parity`)).status).toBe(401);
    const parity = await get().call('GET', `/v1/teams/${team}/parity`, { token: true });
    expect(parity.status).toBe(200);
    expect(parity.body).toMatchObject({ teamId: team, assessmentCount: 2, latest: { assessmentId: `${team}-2026-03-01`, assessedOn: '2026-03-01' } });
    expect(parity.body.change).not.toBeNull();
    const empty = await get().call('GET', `/v1/teams/${freshId('team')}/parity`, { token: true });
    expect(empty.body).toMatchObject({ assessmentCount: 0, latest: null, change: null });
  });

  it('keeps contributions, acknowledgements and loop items for facilitators only', async () => {
    const id = freshId('c');
    const contribution = { id, partnerId: 'p1', project: 'Discharge checklist', role: 'Patient partner', date: '2026-01-10', hours: 2, kind: 'meeting' };
    expect((await get().call('PUT', `/v1/contributions/${id}`, { body: contribution })).status).toBe(401);
    const put = await get().call('PUT', `/v1/contributions/${id}`, { body: contribution, token: true });
    expect(put.status).toBe(200);
    expect((await get().call('GET', `/v1/contributions/${id}`, { token: true })).body.value).toEqual(contribution);
    const list = await get().call('GET', '/v1/contributions', { token: true });
    expect(list.body.map((record: { id: string }) => record.id)).toContain(id);
    const ack = freshId('a');
    expect((await get().call('PUT', `/v1/acknowledgements/${ack}`, { body: { id: ack, partnerId: 'p1', kind: 'thank-you', date: '2026-01-10' }, token: true })).status).toBe(200);
    const bad = await get().call('PUT', `/v1/contributions/${id}`, { body: { ...contribution, hours: -1 }, token: true });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('hours');
    expect((await get().call('DELETE', `/v1/contributions/${id}`, { token: true })).body).toEqual({ deleted: true });
    expect((await get().call('DELETE', `/v1/contributions/${id}`, { token: true })).body).toEqual({ deleted: false });
    expect((await get().call('GET', `/v1/contributions/${id}`, { token: true })).status).toBe(404);
    expect((await get().call('GET', '/v1/loop-items', { token: true })).status).toBe(200);
  });
});
