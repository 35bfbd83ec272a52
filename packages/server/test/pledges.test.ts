import { expect, it } from 'vitest';
import { forEachDatabase, freshId } from './support.js';

forEachDatabase('pledges', (get) => {
  async function makePledge(wall: string, body: Record<string, unknown> = {}) {
    const answer = await get().call('POST', '/v1/pledges', { body: { wallId: wall, text: 'I will invite a partner to every huddle.', ...body } });
    expect(answer.status).toBe(201);
    return answer.body as { pledge: { id: string; name?: string }; ownerToken: string };
  }

  it('makes a pledge with its owner token and lists the wall newest first', async () => {
    const wall = freshId('wall');
    const first = await makePledge(wall, { text: 'First <b>plain</b> text' });
    const second = await makePledge(wall, { text: 'Second' });
    expect(first.ownerToken).toMatch(/^[a-z0-9]{32}$/);
    expect(first.pledge).toMatchObject({ wallId: wall, text: 'First <b>plain</b> text', status: 'made', joinCount: 0, followUpDays: 30 });
    const wallList = await get().call('GET', `/v1/pledges?wall=${wall}`);
    expect(wallList.status).toBe(200);
    expect(wallList.body.map((pledge: { id: string }) => pledge.id).sort()).toEqual([first.pledge.id, second.pledge.id].sort());
    expect(JSON.stringify(wallList.body)).not.toContain(first.ownerToken);
  });

  it('keeps a name only with consent', async () => {
    const wall = freshId('wall');
    const without = await makePledge(wall, { name: 'Alex Martin' });
    expect(without.pledge.name).toBeUndefined();
    const withConsent = await makePledge(wall, { name: 'Sam Roy', nameConsent: true });
    expect(withConsent.pledge.name).toBe('Sam Roy');
    const rows = await get().db.query<{ name: string | null }>('SELECT name FROM pledges WHERE wall_id = $1 ORDER BY name', [wall]);
    expect(rows.map((row) => row.name)).toEqual(['Sam Roy', null]);
  });

  it('counts a join once per participant', async () => {
    const { pledge } = await makePledge(freshId('wall'));
    const once = await get().call('POST', `/v1/pledges/${pledge.id}/join`, { body: { participant: 'j1' } });
    expect(once.body.joinCount).toBe(1);
    const twice = await get().call('POST', `/v1/pledges/${pledge.id}/join`, { body: { participant: 'j1' } });
    expect(twice.body.joinCount).toBe(1);
    const other = await get().call('POST', `/v1/pledges/${pledge.id}/join`, { body: { participant: 'j2' } });
    expect(other.body.joinCount).toBe(2);
    expect((await get().call('POST', '/v1/pledges/nope/join', { body: { participant: 'j1' } })).status).toBe(404);
    expect((await get().call('POST', `/v1/pledges/${pledge.id}/join`, { body: {} })).status).toBe(400);
  });

  it('lets only the owner change a pledge', async () => {
    const { pledge, ownerToken } = await makePledge(freshId('wall'));
    const update = { status: 'in-progress', reflection: 'Started last week.' };
    expect((await get().call('PATCH', `/v1/pledges/${pledge.id}`, { body: update })).status).toBe(401);
    expect((await get().call('PATCH', `/v1/pledges/${pledge.id}`, { body: update, token: 'wrong-token' })).status).toBe(403);
    const changed = await get().call('PATCH', `/v1/pledges/${pledge.id}`, { body: update, token: ownerToken });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ status: 'in-progress', reflection: 'Started last week.' });
    const backwards = await get().call('PATCH', `/v1/pledges/${pledge.id}`, { body: { status: 'made' }, token: ownerToken, headers: { 'Accept-Language': 'fr' } });
    expect(backwards.status).toBe(409);
    expect(backwards.body.error).toMatchObject({ code: 'invalid-transition', field: 'status' });
    expect(backwards.body.error.message).toMatch(/engagement/);
  });

  it('refuses bad drafts naming the field', async () => {
    const answer = await get().call('POST', '/v1/pledges', { body: { wallId: 'w', text: '' } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.field).toBe('text');
    expect((await get().call('GET', '/v1/pledges')).body.error.field).toBe('wall');
  });
});
