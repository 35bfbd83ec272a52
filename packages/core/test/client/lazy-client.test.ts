import { describe, expect, it } from 'vitest';
import { MemoryStore, ValidationError, lazyClient, type StoreEvent } from '../../src/index.js';

describe('lazyClient', () => {
  it('does what the eager client does: create, vote, results, pledges, records', async () => {
    const store = new MemoryStore();
    const client = lazyClient({ store, participantId: 'p_first' });
    expect(client.participantId).toBe('p_first');
    expect(client.store).toBe(store);
    await client.polls.create({ id: 'town-hall', minGroupSize: 3, minNewVotes: 1, resultsVisibility: 'always' });
    for (const rung of ['share-decisions', 'share-decisions', 'told-no-influence']) {
      await client.withParticipant().polls.vote('town-hall', { rung });
    }
    const results = await client.polls.results('town-hall');
    expect(results.result.total).toBe(3);
    expect(results.changeCount).toBe(3);
    expect((await store.getPoll('town-hall'))?.id).toBe('town-hall');
    const made = await client.pledges.make({ wallId: 'ward-7', text: 'Invite a patient partner to our huddle', nameConsent: false, followUpDays: 30 });
    expect((await client.pledges.wall('ward-7')).map((pledge) => pledge.id)).toEqual([made.pledge.id]);
    expect(await client.records.list('assessments')).toEqual([]);
  });

  it('checks ids at once and rejects bad input with the same typed errors', async () => {
    const client = lazyClient({ store: new MemoryStore() });
    expect(() => client.polls.subscribe('not an id!', () => undefined)).toThrow(ValidationError);
    expect(() => client.withParticipant(42)).toThrow(ValidationError);
    await expect(client.polls.vote('missing', { rung: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(client.pledges.make({ wallId: 'w', text: '' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('delivers events to subscriptions made before its code loaded', async () => {
    const client = lazyClient({ store: new MemoryStore() });
    const heard: StoreEvent[] = [];
    client.pledges.subscribeWall('ward-7', (event) => heard.push(event));
    await client.pledges.make({ wallId: 'ward-7', text: 'Share the minutes with everyone', nameConsent: false, followUpDays: 60 });
    expect(heard.map((event) => event.type)).toEqual(['pledge']);
  });

  it('gives a new participant id to each withParticipant() call', () => {
    const client = lazyClient({ store: new MemoryStore() });
    const ids = new Set([client.participantId, client.withParticipant().participantId, client.withParticipant().participantId]);
    expect(ids.size).toBe(3);
    expect(client.withParticipant('p_named').participantId).toBe('p_named');
  });
});
