import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClient, newParticipantId, type PartnerKitClient } from '../../src/client/index.js';
import { PartnerKitError, ValidationError } from '../../src/shared/errors.js';
import { MemoryStore, type StoreEvent } from '../../src/store/index.js';
import { RUNGS, steppingClock } from '../store/helpers.js';
import { rejectionOf } from '../support.js';

const CONTRIBUTION = {
  id: 'c1',
  partnerId: 'partner-1',
  project: 'Falls prevention',
  role: 'co-lead',
  date: '2026-03-01',
  hours: 2,
  kind: 'meeting',
};
const ACKNOWLEDGEMENT = { id: 'a1', partnerId: 'partner-1', kind: 'letter', date: '2026-03-02' };
const LOOP_ITEM = { id: 'l1', said: 'Please add parking vouchers <soon>.', receivedOn: '2026-03-01' };
const ASSESSMENT = { id: 'as1', assessedOn: '2026-03-01', answers: {} };

function setup(participantId = 'p_facilitator'): { store: MemoryStore; client: PartnerKitClient } {
  const clock = steppingClock();
  const store = new MemoryStore({ now: clock });
  return { store, client: createClient({ store, participantId, now: clock }) };
}

describe('createClient', () => {
  it('uses the given participant id or a random anonymous one', () => {
    const store = new MemoryStore();
    expect(createClient({ store, participantId: 'p_kiosk-1' }).participantId).toBe('p_kiosk-1');
    const first = createClient({ store }).participantId;
    expect(first).toMatch(/^p_[a-z0-9]{20}$/);
    expect(createClient({ store }).participantId).not.toBe(first);
    expect(newParticipantId()).toMatch(/^p_/);
  });

  it('refuses a missing store or a bad participant id', () => {
    expect(() => createClient(undefined as never)).toThrow(ValidationError);
    expect(() => createClient({} as never)).toThrow(ValidationError);
    expect(() => createClient({ store: new MemoryStore(), participantId: 'not ok' })).toThrow(ValidationError);
  });
});

describe('client polls', () => {
  it('creates a poll with defaults, votes, reads the own vote and results', async () => {
    const { client } = setup();
    const poll = await client.polls.create({ id: 'workshop' });
    expect(poll).toMatchObject({ id: 'workshop', ladderId: 'participation', status: 'open', minGroupSize: 5, minNewVotes: 3 });
    expect(await client.polls.get('workshop')).toEqual(poll);
    const released = await client.polls.vote('workshop', { rung: RUNGS[2] });
    expect(released).toMatchObject({ pollId: 'workshop', version: 0 });
    expect(await client.polls.myVote('workshop')).toMatchObject({ participantId: 'p_facilitator', rungId: RUNGS[2] });
    expect(await client.polls.results('workshop')).toEqual(released);
  });

  it('lets a kiosk cast each submission as a new anonymous participant', async () => {
    const { client } = setup();
    await client.polls.create({ id: 'kiosk', minNewVotes: 1, minGroupSize: 3 });
    const first = client.withParticipant();
    const second = client.withParticipant();
    expect(first.participantId).not.toBe(second.participantId);
    await first.polls.vote('kiosk', { rung: RUNGS[0] });
    await second.polls.vote('kiosk', { rung: RUNGS[1] });
    const third = await client.polls.vote('kiosk', { rung: RUNGS[1] }, { participantId: 'p_visitor-3' });
    expect(third.result.total).toBe(3);
    expect(await client.polls.myVote('kiosk')).toBeUndefined();
    expect((await first.polls.myVote('kiosk'))?.rungId).toBe(RUNGS[0]);
    expect(client.withParticipant('p_named').participantId).toBe('p_named');
    expect(() => client.withParticipant('no spaces')).toThrow(ValidationError);
  });

  it('checks votes against the poll’s ladder and segment question', async () => {
    const { client } = setup();
    await client.polls.create({ id: 'arn', ladderId: 'arnstein' });
    expect((await rejectionOf(client.polls.vote('arn', { rung: RUNGS[0] }))).field).toBe('rung');
    expect((await rejectionOf(client.polls.vote('arn', { rung: 'partnership', segment: 'staff' }))).field).toBe('segment');
    await client.polls.create({ id: 'seg', askSegment: true });
    await client.polls.vote('seg', { rung: RUNGS[3], segment: 'patient' });
    expect((await client.polls.myVote('seg'))?.segment).toBe('patient');
    expect((await rejectionOf(client.polls.vote('missing', { rung: RUNGS[0] }))).code).toBe('not-found');
  });

  it('closes, refuses votes when closed, reopens, reveals and resets', async () => {
    const { client } = setup();
    await client.polls.create({ id: 'p', resultsVisibility: 'hidden' });
    await client.polls.vote('p', { rung: RUNGS[1] });
    expect((await client.polls.close('p')).status).toBe('closed');
    expect((await client.polls.results('p')).final).toBe(true);
    expect((await rejectionOf(client.polls.vote('p', { rung: RUNGS[0] }))).code).toBe('closed');
    expect((await client.polls.open('p')).status).toBe('open');
    expect((await client.polls.reveal('p')).revealed).toBe(true);
    await client.polls.reset('p');
    expect(await client.polls.myVote('p')).toBeUndefined();
    expect((await client.polls.get('p'))?.revealed).toBe(false);
  });

  it('says who may see results', async () => {
    const { client } = setup();
    await client.polls.create({ id: 'p' });
    expect(await client.polls.canSeeResults('p')).toBe(false);
    expect(await client.polls.canSeeResults('p', { isFacilitator: true })).toBe(true);
    await client.polls.vote('p', { rung: RUNGS[0] });
    expect(await client.polls.canSeeResults('p')).toBe(true);
    expect((await rejectionOf(client.polls.canSeeResults('p', { isFacilitator: 'yes' } as never))).field).toBe('viewer.isFacilitator');
  });

  it('subscribes to a poll and unsubscribes', async () => {
    const { client } = setup();
    const heard: StoreEvent[] = [];
    const stop = client.polls.subscribe('p', (event) => heard.push(event));
    await client.polls.create({ id: 'p', minNewVotes: 1 });
    await client.polls.vote('p', { rung: RUNGS[0] });
    stop();
    await client.polls.close('p');
    expect(heard.map((event) => event.type)).toEqual(['poll', 'results']);
    expect(() => client.polls.subscribe('bad id', () => undefined)).toThrow(ValidationError);
    expect(() => client.polls.subscribe('p', null as never)).toThrow(ValidationError);
  });
});

describe('client pledges', () => {
  it('makes, updates with the owner token, joins once and lists a wall', async () => {
    const { client } = setup();
    const made = await client.pledges.make({ wallId: 'forum-2026', text: 'Ask patients before we plan.', name: 'Sam', nameConsent: false });
    expect(made.pledge).not.toHaveProperty('name');
    expect(made.pledge.id).toMatch(/^pledge_/);
    const named = await client.pledges.make({ wallId: 'forum-2026', text: 'Pay for parking.', name: 'Ana', nameConsent: true });
    expect((await rejectionOf(client.pledges.update(made.pledge.id, named.ownerToken, { status: 'done' }))).code).toBe('forbidden');
    expect((await client.pledges.update(made.pledge.id, made.ownerToken, { status: 'in-progress' })).status).toBe('in-progress');
    await client.pledges.join(made.pledge.id);
    expect((await client.pledges.join(made.pledge.id)).joinCount).toBe(1);
    expect((await client.withParticipant().pledges.join(made.pledge.id)).joinCount).toBe(2);
    const wall = await client.pledges.wall('forum-2026');
    expect(wall.map((pledge) => pledge.id)).toEqual([named.pledge.id, made.pledge.id]);
    expect(wall[0]?.name).toBe('Ana');
    expect(wall.some((pledge) => JSON.stringify(pledge).includes('ownerToken'))).toBe(false);
  });

  it('tells wall subscribers about new pledges', async () => {
    const { client } = setup();
    const heard: StoreEvent[] = [];
    client.pledges.subscribeWall('w', (event) => heard.push(event));
    await client.pledges.make({ wallId: 'w', text: 'Share the agenda early.' });
    expect(heard).toHaveLength(1);
    expect(heard[0]?.type).toBe('pledge');
  });
});

describe('client records', () => {
  it('saves each collection with its reader and reads own records back', async () => {
    const { client } = setup('p_partner');
    await client.records.save('contributions', 'c1', CONTRIBUTION);
    await client.records.save('acknowledgements', 'a1', ACKNOWLEDGEMENT);
    const item = await client.records.save('loop-items', 'l1', LOOP_ITEM);
    expect(item.value).toMatchObject({ status: 'heard', said: LOOP_ITEM.said });
    await client.records.save('assessments', 'as1', ASSESSMENT);
    // A whole loop item as stored (after a change of status) is accepted too.
    const moved = { ...(item.value as object), status: 'in-progress', lastUpdateOn: '2026-03-05', history: [{ status: 'heard', on: '2026-03-01' }, { status: 'in-progress', on: '2026-03-05' }] };
    expect((await client.records.save('loop-items', 'l1', moved)).revision).toBe(2);
    expect((await client.records.get('contributions', 'c1'))?.ownerId).toBe('p_partner');
    expect((await client.records.list('contributions')).map((record) => record.id)).toEqual(['c1']);
    expect(await client.withParticipant().records.list('contributions')).toEqual([]);
  });

  it('refuses an unknown collection, a bad record or an id mismatch, changing nothing', async () => {
    const { client, store } = setup();
    const before = store.snapshot();
    expect((await rejectionOf(client.records.save('secrets', 'x', {}))).field).toBe('collection');
    expect((await rejectionOf(client.records.save('contributions', 'c1', { ...CONTRIBUTION, hours: -1 }))).field).toBe('hours');
    expect((await rejectionOf(client.records.save('contributions', 'c2', CONTRIBUTION))).field).toBe('id');
    expect((await rejectionOf(client.records.list('__proto__'))).field).toBe('collection');
    expect(store.snapshot()).toEqual(before);
  });

  it('deletes only own records', async () => {
    const { client } = setup('p_owner');
    await client.records.save('contributions', 'c1', CONTRIBUTION);
    const stranger = client.withParticipant('p_stranger');
    expect((await rejectionOf(stranger.records.remove('contributions', 'c1'))).code).toBe('forbidden');
    expect(await client.records.remove('contributions', 'c1')).toBe(true);
    expect(await client.records.remove('contributions', 'c1')).toBe(false);
  });

  it('takes extra collections with their own reader', async () => {
    const store = new MemoryStore();
    const client = createClient({
      store,
      recordReaders: {
        notes: (input) => {
          if (typeof input !== 'string') throw new ValidationError('wrong-type', '', { en: 'Text please.', fr: 'Du texte svp.' });
          return input;
        },
      },
    });
    expect((await client.records.save('notes', 'n1', 'hello')).value).toBe('hello');
  });
});

describe('client input checks', () => {
  it('leaves the store unchanged on bad input', async () => {
    const { client, store } = setup();
    await client.polls.create({ id: 'p' });
    await client.polls.vote('p', { rung: RUNGS[0] });
    const { pledge } = await client.pledges.make({ wallId: 'w', text: 'Listen.' });
    const before = store.snapshot();
    const attempts = [
      client.polls.create({ id: 'p' }),
      client.polls.create({ id: 'q', minGroupSize: 1 }),
      client.polls.vote('p', { rung: 'nope' }),
      client.polls.vote('p', { rung: RUNGS[1] }, { participantId: '' }),
      client.polls.vote('p', { rung: RUNGS[1], extra: true }),
      client.polls.reveal('p'),
      client.pledges.make({ wallId: 'w', text: '' }),
      client.pledges.update(pledge.id, 'wrong-token', { status: 'done' }),
      client.pledges.update(pledge.id, 'wrong-token', { status: 'bogus' }),
      client.pledges.join('no such pledge'),
      client.records.save('contributions', 'c1', { ...CONTRIBUTION, kind: 'nap' }),
    ];
    for (const attempt of attempts) expect(await rejectionOf(attempt)).toBeInstanceOf(PartnerKitError);
    expect(store.snapshot()).toEqual(before);
  });

  it('property: any JSON into any method resolves or rejects with a PartnerKitError, and a rejection changes nothing', async () => {
    const idLike = fc.constantFrom('p', 'w', 'c1', 'missing', 'contributions', 'loop-items', 'assessments', 'constructor', '__proto__', '');
    const value = fc.oneof(
      { weight: 3, arbitrary: fc.jsonValue() },
      { weight: 2, arbitrary: idLike },
      { weight: 1, arbitrary: fc.record({ rung: fc.constantFrom(...RUNGS, 'x'), segment: fc.constantFrom('staff', 'patient', 'x') }, { requiredKeys: ['rung'] }) },
      { weight: 1, arbitrary: fc.record({ id: idLike, minGroupSize: fc.integer({ min: 0, max: 9 }), askSegment: fc.boolean() }, { requiredKeys: ['id'] }) },
      { weight: 1, arbitrary: fc.record({ wallId: idLike, text: fc.string(), nameConsent: fc.boolean(), name: fc.string() }, { requiredKeys: ['wallId'] }) },
      { weight: 1, arbitrary: fc.record({ status: fc.constantFrom('made', 'in-progress', 'done', 'x'), reflection: fc.string() }) },
      { weight: 1, arbitrary: fc.constant(CONTRIBUTION) },
    );
    const methods: ((client: PartnerKitClient, a: unknown, b: unknown, c: unknown) => Promise<unknown> | unknown)[] = [
      (client, a) => client.polls.create(a),
      (client, a) => client.polls.get(a),
      (client, a) => client.polls.open(a),
      (client, a) => client.polls.close(a),
      (client, a) => client.polls.reveal(a),
      (client, a) => client.polls.reset(a),
      (client, a, b) => client.polls.vote(a, b),
      (client, a, b, c) => client.polls.vote(a, b, c as never),
      (client, a) => client.polls.myVote(a),
      (client, a) => client.polls.results(a),
      (client, a, b) => client.polls.canSeeResults(a, b as never),
      (client, a) => client.polls.subscribe(a, () => undefined),
      (client, a) => client.pledges.make(a),
      (client, a, b, c) => client.pledges.update(a, b, c),
      (client, a) => client.pledges.join(a),
      (client, a) => client.pledges.wall(a),
      (client, a) => client.pledges.subscribeWall(a, () => undefined),
      (client, a, b, c) => client.records.save(a, b, c),
      (client, a, b) => client.records.get(a, b),
      (client, a) => client.records.list(a),
      (client, a, b) => client.records.remove(a, b),
      (client, a) => client.withParticipant(a),
    ];
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: methods.length - 1 }), value, value, value, async (index, a, b, c) => {
        const { client, store } = setup();
        await client.polls.create({ id: 'p', minNewVotes: 1, minGroupSize: 3 });
        await client.polls.vote('p', { rung: RUNGS[0] });
        await client.pledges.make({ wallId: 'w', text: 'Listen.' });
        await client.records.save('contributions', 'c1', CONTRIBUTION);
        const before = store.snapshot();
        try {
          await methods[index]!(client, a, b, c);
        } catch (error) {
          expect(error).toBeInstanceOf(PartnerKitError);
          expect(store.snapshot()).toEqual(before);
        }
      }),
      { numRuns: 400 },
    );
  });
});
