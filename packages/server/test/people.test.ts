import { expect, it } from 'vitest';
import { forEachDatabase, freshId } from './support.js';

forEachDatabase('personal data', (get) => {
  it('exports and erases a person’s pledges, joins and records, and the audit log holds no names', async () => {
    const wall = freshId('wall');
    const name = `Robin ${freshId('x')}`;
    const made = await get().call('POST', '/v1/pledges', { body: { wallId: wall, text: 'Share minutes with partners.', name, nameConsent: true } });
    const other = await get().call('POST', '/v1/pledges', { body: { wallId: wall, text: 'Another pledge.' } });
    await get().call('POST', `/v1/pledges/${other.body.pledge.id}/join`, { body: { participant: 'robin-browser' } });
    const contribution = freshId('c');
    await get().call('PUT', `/v1/contributions/${contribution}`, {
      token: true,
      body: { id: contribution, partnerId: 'p9', partnerName: name, project: 'Falls', role: 'Partner', date: '2026-01-10', hours: 1, kind: 'meeting' },
    });

    const path = `/v1/people/${encodeURIComponent(name)}/export`;
    expect((await get().call('GET', path)).status).toBe(401);
    const exported = await get().call('GET', path, { token: true });
    expect(exported.status).toBe(200);
    expect(exported.body.pledges.map((pledge: { id: string }) => pledge.id)).toEqual([made.body.pledge.id]);
    expect(exported.body.records.map((record: { id: string }) => record.id)).toEqual([contribution]);
    const byToken = await get().call('GET', `/v1/people/${made.body.ownerToken}/export`, { token: true });
    expect(byToken.body.pledges).toHaveLength(1);
    const byBrowser = await get().call('GET', '/v1/people/robin-browser/export', { token: true });
    expect(byBrowser.body.joinedPledges).toEqual([other.body.pledge.id]);

    const erased = await get().call('DELETE', path, { token: true });
    expect(erased.body.erased).toEqual({ pledges: 1, joinedPledges: 0, records: 1 });
    const erasedJoins = await get().call('DELETE', '/v1/people/robin-browser/export', { token: true });
    expect(erasedJoins.body.erased.joinedPledges).toBe(1);
    const kept = await get().db.query<{ n: number }>('SELECT count(*)::int AS n FROM idempotency_keys WHERE strpos(body, $1) > 0', [name]);
    expect(kept[0]?.n).toBe(0);
    const after = await get().call('GET', path, { token: true });
    expect(after.body).toEqual({ pledges: [], joinedPledges: [], records: [] });
    const wallList = await get().call('GET', `/v1/pledges?wall=${wall}`);
    expect(wallList.body).toHaveLength(1);
    expect(wallList.body[0].joinCount).toBe(0);

    const audit = await get().call('GET', '/v1/audit?limit=1000', { token: true });
    const text = JSON.stringify(audit.body);
    expect(text).toContain('person.erase');
    expect(text).not.toContain(name);
    expect(text).not.toContain('robin-browser');
    expect(text).not.toContain(made.body.ownerToken);
  });
});
