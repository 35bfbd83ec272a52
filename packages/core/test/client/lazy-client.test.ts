import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_RECORD_READERS,
  MemoryStore,
  PARITY_RECORD_READERS,
  RECOGNITION_RECORD_READERS,
  ValidationError,
  createClientWithReaders,
  lazyClient,
  registerRecordReaders,
  type StoreEvent,
} from '../../src/index.js';

const CONTRIBUTION = { id: 'c1', partnerId: 'partner-1', project: 'Falls prevention', role: 'co-lead', date: '2026-03-01', hours: 2, kind: 'meeting' };

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

  it('knows only the parity collection unless the page adds readers', async () => {
    const client = lazyClient({ store: new MemoryStore() });
    await expect(client.records.save('contributions', 'c1', CONTRIBUTION)).rejects.toMatchObject({ code: 'unknown-value', field: 'collection' });
    await expect(client.records.list('loop-items')).rejects.toBeInstanceOf(ValidationError);
    const withOption = lazyClient({ store: new MemoryStore(), recordReaders: Object.fromEntries(RECOGNITION_RECORD_READERS) });
    expect((await withOption.records.save('contributions', 'c1', CONTRIBUTION)).revision).toBe(1);
    await expect(withOption.records.save('contributions', 'c2', { ...CONTRIBUTION, id: 'c2', hours: -1 })).rejects.toMatchObject({ field: 'hours' });
  });

  it('adds the readers registered before its first call', async () => {
    registerRecordReaders({ notes: (input) => input });
    const client = lazyClient({ store: new MemoryStore() });
    expect((await client.records.save('notes', 'n1', { id: 'n1', text: 'Hello <b>' })).value).toEqual({ id: 'n1', text: 'Hello <b>' });
    expect(await client.records.list('assessments')).toEqual([]);
  });
});

describe('record reader tables', () => {
  it('split the built-in collections by area without losing one', () => {
    expect([...BUILT_IN_RECORD_READERS.keys()].sort()).toEqual([...PARITY_RECORD_READERS.keys(), ...RECOGNITION_RECORD_READERS.keys()].sort());
  });

  it('give a client made with a smaller table only those collections', async () => {
    const client = createClientWithReaders({ store: new MemoryStore() }, PARITY_RECORD_READERS);
    await expect(client.records.get('acknowledgements', 'a1')).rejects.toMatchObject({ field: 'collection' });
    expect(await client.records.get('assessments', 'a1')).toBeUndefined();
  });
});
