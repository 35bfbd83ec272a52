import { describe, expect, it } from 'vitest';
import { PartnerKitError, StorageError, ValidationError } from '../../src/shared/errors.js';
import { DataStore, MemoryStore, type StatePersistence, type StoreEvent } from '../../src/store/index.js';
import { countingPersistence, pledgeRecord, pollRecord, RUNGS, steppingClock, voteFor } from './helpers.js';
import { rejectionOf } from '../support.js';

function store(): MemoryStore {
  return new MemoryStore({ now: steppingClock() });
}

function events(target: MemoryStore | DataStore, topic: `poll:${string}` | `wall:${string}`): StoreEvent[] {
  const heard: StoreEvent[] = [];
  target.subscribe(topic, (event) => heard.push(event));
  return heard;
}

describe('MemoryStore polls', () => {
  it('creates a poll, reads it back and refuses a second poll with the same id', async () => {
    const memory = store();
    const poll = pollRecord({ id: 'ladder-poll' });
    expect(memory.kind).toBe('memory');
    expect(await memory.createPoll(poll)).toEqual(poll);
    expect(await memory.getPoll('ladder-poll')).toEqual(poll);
    expect(await memory.getPoll('other')).toBeUndefined();
    const error = await rejectionOf(memory.createPoll(poll));
    expect(error).toBeInstanceOf(PartnerKitError);
    expect(error.code).toBe('conflict');
  });

  it('treats ids like "constructor" as plain ids', async () => {
    const memory = store();
    expect(await memory.getPoll('constructor')).toBeUndefined();
    await memory.createPoll(pollRecord({ id: 'constructor' }));
    expect((await memory.getPoll('constructor'))?.id).toBe('constructor');
    expect(await memory.getOwnVote('toString', 'valueOf')).toBeUndefined();
  });

  it('counts a participant who keeps changing their vote once, so they cannot force a release', async () => {
    const memory = store();
    await memory.createPoll(pollRecord({ id: 'p', minGroupSize: 3, minNewVotes: 3 }));
    for (const [person, rung] of [['a', 0], ['b', 1], ['c', 2]] as const) await memory.castVote(voteFor('p', person, rung));
    const watched = await memory.getResults('p');
    expect(watched.version).toBe(1);

    // A colleague votes; the watcher then changes their own vote over and over.
    await memory.castVote(voteFor('p', 'colleague', 4));
    for (const rung of [1, 2, 3, 1, 2, 3]) {
      const seen = await memory.castVote(voteFor('p', 'a', rung));
      expect(seen.version).toBe(1);
      expect(seen.result).toEqual(watched.result);
    }

    // A third distinct person makes the release due.
    const next = await memory.castVote(voteFor('p', 'd', 5));
    expect(next.version).toBe(2);
    expect(next.result.total).toBe(5);
  });

  it('runs a full lifecycle: nothing shown before k votes, releases in steps, final on close', async () => {
    const memory = store();
    await memory.createPoll(pollRecord({ id: 'p', minGroupSize: 5, minNewVotes: 3 }));
    const first = await memory.getResults('p');
    expect(first).toMatchObject({ version: 0, changeCount: 0, final: false, result: { total: 0, counts: null } });

    // Two votes: fewer than minNewVotes changes, nothing new is released.
    await memory.castVote(voteFor('p', 'a', 0));
    const afterTwo = await memory.castVote(voteFor('p', 'b', 1));
    expect(afterTwo.version).toBe(0);

    // The third change releases a result, still without a split (3 < k = 5).
    const afterThree = await memory.castVote(voteFor('p', 'c', 1));
    expect(afterThree).toMatchObject({ version: 1, changeCount: 3, result: { total: 3, counts: null } });

    // Two more votes: 5 people, but only 2 new changes, so the release stays the same.
    await memory.castVote(voteFor('p', 'd', 2));
    expect((await memory.castVote(voteFor('p', 'e', 2))).version).toBe(1);
    expect((await memory.getResults('p')).result.total).toBe(3);

    // The sixth change releases the split of six votes.
    const afterSix = await memory.castVote(voteFor('p', 'f', 3));
    expect(afterSix.version).toBe(2);
    expect(afterSix.result.total).toBe(6);
    expect(afterSix.result.counts).toMatchObject({ [RUNGS[0]!]: 1, [RUNGS[1]!]: 2, [RUNGS[2]!]: 2, [RUNGS[3]!]: 1 });

    // One late vote, then closing releases the final result at once.
    await memory.castVote(voteFor('p', 'g', 5));
    const closed = await memory.updatePoll('p', 'close');
    expect(closed.status).toBe('closed');
    const final = await memory.getResults('p');
    expect(final).toMatchObject({ version: 3, final: true, changeCount: 7 });
    expect(final.result.total).toBe(7);

    // A closed poll refuses votes and changes nothing.
    const refused = await rejectionOf(memory.castVote(voteFor('p', 'h', 0)));
    expect(refused).toBeInstanceOf(PartnerKitError);
    expect(refused.code).toBe('closed');
    expect(await memory.getOwnVote('p', 'h')).toBeUndefined();
    expect(await memory.getResults('p')).toEqual(final);

    // Reopening makes the result live again and takes votes.
    await memory.updatePoll('p', 'open');
    expect((await memory.getResults('p')).final).toBe(false);
    await memory.castVote(voteFor('p', 'h', 0));
    expect((await memory.getOwnVote('p', 'h'))?.rungId).toBe(RUNGS[0]);
  });

  it('counts a replaced vote once in the total, and reads the own vote back', async () => {
    const memory = store();
    await memory.createPoll(pollRecord({ id: 'p', minGroupSize: 3, minNewVotes: 1 }));
    await memory.castVote(voteFor('p', 'a', 0));
    await memory.castVote(voteFor('p', 'b', 0));
    await memory.castVote(voteFor('p', 'a', 4));
    const results = await memory.castVote(voteFor('p', 'c', 4));
    expect(results.result.total).toBe(3);
    expect(results.changeCount).toBe(4);
    expect(results.result.counts).toMatchObject({ [RUNGS[0]!]: 1, [RUNGS[4]!]: 2 });
    expect((await memory.getOwnVote('p', 'a'))?.rungId).toBe(RUNGS[4]);
    expect(await memory.getOwnVote('p', 'z')).toBeUndefined();
  });

  it('does not count the same choice cast again as a change', async () => {
    const memory = store();
    await memory.createPoll(pollRecord({ id: 'p', minNewVotes: 2 }));
    await memory.castVote(voteFor('p', 'a', 1));
    const again = await memory.castVote(voteFor('p', 'a', 1));
    expect(again.version).toBe(0);
    expect(memory.snapshot().changeCounts.p).toBe(1);
  });

  it('splits results by segment when the poll asks, hiding small groups', async () => {
    const memory = store();
    await memory.createPoll(pollRecord({ id: 'p', askSegment: true, minGroupSize: 3, minNewVotes: 1 }));
    for (const [participant, rung, segment] of [
      ['s1', 1, 'staff'],
      ['s2', 2, 'staff'],
      ['s3', 2, 'staff'],
      ['s4', 3, 'staff'],
      ['p1', 0, 'patient'],
      ['p2', 0, 'patient'],
    ] as const) {
      await memory.castVote(voteFor('p', participant, rung, segment));
    }
    const { result } = await memory.getResults('p');
    expect(result.total).toBe(6);
    expect(result.segments?.staff?.total).toBe(4);
    expect(result.segments?.patient).toEqual({ total: 2, counts: null });
    // Complementary suppression: staff would give the patients' answers away by difference.
    expect(result.segments?.staff?.counts).toBeNull();
  });

  it('refuses a vote for an unknown poll, a rung off the ladder or a segment not asked for', async () => {
    const memory = store();
    await memory.createPoll(pollRecord({ id: 'p' }));
    expect((await rejectionOf(memory.castVote(voteFor('nope', 'a', 0)))).code).toBe('not-found');
    const offLadder = await rejectionOf(memory.castVote({ ...voteFor('p', 'a', 0), rungId: 'citizen-control' }));
    expect(offLadder).toBeInstanceOf(ValidationError);
    expect((await rejectionOf(memory.castVote(voteFor('p', 'a', 0, 'staff')))).field).toBe('segment');
    expect(memory.snapshot().changeCounts.p).toBe(0);
  });

  it('resets: removes votes, the change count and every release, and emits the fresh state', async () => {
    const memory = store();
    await memory.createPoll(pollRecord({ id: 'p', resultsVisibility: 'hidden', minNewVotes: 1, minGroupSize: 3 }));
    for (const participant of ['a', 'b', 'c']) await memory.castVote(voteFor('p', participant, 2));
    await memory.updatePoll('p', 'reveal');
    await memory.updatePoll('p', 'close');
    const heard = events(memory, 'poll:p');
    const reset = await memory.updatePoll('p', 'reset');
    expect(reset).toMatchObject({ status: 'open', revealed: false });
    expect(await memory.getOwnVote('p', 'a')).toBeUndefined();
    expect(await memory.getResults('p')).toMatchObject({ version: 0, changeCount: 0, final: false, result: { total: 0 } });
    expect(memory.snapshot().changeCounts.p).toBe(0);
    expect(heard.map((event) => event.type)).toEqual(['poll', 'results']);
    // Voting starts over from zero.
    expect((await memory.castVote(voteFor('p', 'a', 1))).version).toBe(1);
  });

  it('reveals hidden polls only', async () => {
    const memory = store();
    await memory.createPoll(pollRecord({ id: 'open-results' }));
    expect((await rejectionOf(memory.updatePoll('open-results', 'reveal'))).code).toBe('invalid-transition');
    await memory.createPoll(pollRecord({ id: 'hidden', resultsVisibility: 'hidden' }));
    expect((await memory.updatePoll('hidden', 'reveal')).revealed).toBe(true);
    expect((await rejectionOf(memory.updatePoll('hidden', 'delete' as never))).code).toBe('unknown-value');
    expect((await rejectionOf(memory.updatePoll('missing', 'close'))).code).toBe('not-found');
  });

  it('hands out frozen copies that cannot change what it keeps', async () => {
    const memory = store();
    const poll = { ...pollRecord({ id: 'p' }) };
    const stored = await memory.createPoll(poll);
    (poll as { status: string }).status = 'closed';
    expect((await memory.getPoll('p'))?.status).toBe('open');
    expect(Object.isFrozen(stored)).toBe(true);
  });
});

describe('MemoryStore events', () => {
  it('emits results only when a new result is released, and poll events on changes', async () => {
    const memory = store();
    const heard = events(memory, 'poll:p');
    await memory.createPoll(pollRecord({ id: 'p', minNewVotes: 2 }));
    await memory.castVote(voteFor('p', 'a', 0));
    expect(heard.map((event) => event.type)).toEqual(['poll']);
    await memory.castVote(voteFor('p', 'b', 0));
    expect(heard.map((event) => event.type)).toEqual(['poll', 'results']);
    await memory.updatePoll('p', 'close');
    expect(heard.map((event) => event.type)).toEqual(['poll', 'results', 'poll', 'results']);
    const last = heard.at(-1);
    expect(last?.type === 'results' && last.results.final).toBe(true);
    // Closing twice changes nothing and says nothing.
    await memory.updatePoll('p', 'close');
    expect(heard).toHaveLength(4);
  });

  it('stops after unsubscribing; unsubscribing twice is harmless', async () => {
    const memory = store();
    const heard: StoreEvent[] = [];
    const stop = memory.subscribe('poll:p', (event) => heard.push(event));
    await memory.createPoll(pollRecord({ id: 'p' }));
    stop();
    stop();
    await memory.updatePoll('p', 'close');
    expect(heard).toHaveLength(1);
  });

  it('keeps working and keeps telling others when a listener throws', async () => {
    const failures: unknown[] = [];
    const memory = new MemoryStore({ now: steppingClock(), onListenerError: (error) => failures.push(error) });
    const heard: StoreEvent[] = [];
    memory.subscribe('poll:p', () => {
      throw new Error('listener broke');
    });
    memory.subscribe('poll:p', (event) => heard.push(event));
    const created = await memory.createPoll(pollRecord({ id: 'p' }));
    expect(created.id).toBe('p');
    expect(heard).toHaveLength(1);
    expect(failures).toHaveLength(1);
    expect(await memory.getPoll('p')).toEqual(created);
  });

  it('refuses a malformed topic or listener', () => {
    const memory = store();
    expect(() => memory.subscribe('results:p' as never, () => undefined)).toThrow(ValidationError);
    expect(() => memory.subscribe('poll:a b', () => undefined)).toThrow(ValidationError);
    expect(() => memory.subscribe('poll:p', 'not a function' as never)).toThrow(ValidationError);
  });

  it('tells wall subscribers about pledges made, changed and joined', async () => {
    const memory = store();
    const heard = events(memory, 'wall:forum');
    const other = events(memory, 'wall:elsewhere');
    const { pledge, ownerToken } = await memory.createPledge(pledgeRecord('pl-1', { wallId: 'forum', text: 'Invite patients to our first meeting.' }));
    await memory.joinPledge(pledge.id, 'someone');
    await memory.updatePledge(pledge.id, ownerToken, { status: 'in-progress' });
    expect(heard.map((event) => (event.type === 'pledge' ? [event.pledge.joinCount, event.pledge.status] : null))).toEqual([
      [0, 'made'],
      [1, 'made'],
      [1, 'in-progress'],
    ]);
    expect(other).toHaveLength(0);
  });
});

describe('MemoryStore pledges', () => {
  it('needs the owner token to change a pledge', async () => {
    const memory = store();
    const { pledge, ownerToken } = await memory.createPledge(pledgeRecord('pl-1', { wallId: 'w', text: 'Pay partners for their time.' }));
    expect(ownerToken).toMatch(/^[a-z0-9]{32}$/);
    const wrong = await rejectionOf(memory.updatePledge(pledge.id, 'x'.repeat(32), { status: 'done' }));
    expect(wrong.code).toBe('forbidden');
    expect((await rejectionOf(memory.updatePledge(pledge.id, '', { status: 'done' }))).code).toBe('forbidden');
    expect((await rejectionOf(memory.updatePledge(pledge.id, ownerToken.slice(1), { status: 'done' }))).code).toBe('forbidden');
    expect((await memory.getPledge(pledge.id))?.status).toBe('made');
    const updated = await memory.updatePledge(pledge.id, ownerToken, { status: 'done', reflection: 'We did it twice.' });
    expect(updated).toMatchObject({ status: 'done', reflection: 'We did it twice.' });
    expect((await rejectionOf(memory.updatePledge('missing', ownerToken, { status: 'done' }))).code).toBe('not-found');
  });

  it('counts joining twice once', async () => {
    const memory = store();
    await memory.createPledge(pledgeRecord('pl-1', { wallId: 'w', text: 'Ask who is missing.' }));
    await memory.joinPledge('pl-1', 'p1');
    await memory.joinPledge('pl-1', 'p1');
    const joined = await memory.joinPledge('pl-1', 'p2');
    expect(joined.joinCount).toBe(2);
    expect((await rejectionOf(memory.joinPledge('missing', 'p1'))).code).toBe('not-found');
  });

  it('lists a wall newest first, never with a name given without consent', async () => {
    const memory = store();
    await memory.createPledge(pledgeRecord('older', { wallId: 'w', text: 'One.', name: 'Ana', nameConsent: true }, '2026-03-01T10:00:00Z'));
    await memory.createPledge(pledgeRecord('newer', { wallId: 'w', text: 'Two.' }, '2026-03-02T10:00:00Z'));
    // A pledge handed to the store with a name but no consent (as a careless integrator might).
    const careless = { ...pledgeRecord('careless', { wallId: 'w', text: 'Three.' }, '2026-03-03T10:00:00Z'), name: 'Bo' };
    await memory.createPledge(careless);
    await memory.createPledge(pledgeRecord('elsewhere', { wallId: 'v', text: 'Four.' }));
    const wall = await memory.listPledges('w');
    expect(wall.map((pledge) => pledge.id)).toEqual(['careless', 'newer', 'older']);
    expect(wall[0]).not.toHaveProperty('name');
    expect(wall[2]?.name).toBe('Ana');
    expect(JSON.stringify(memory.snapshot().pledges)).not.toContain('Bo');
    expect((await rejectionOf(memory.createPledge(pledgeRecord('older', { wallId: 'w', text: 'Again.' })))).code).toBe('conflict');
  });
});

describe('MemoryStore records', () => {
  it('saves, counts revisions, lists by owner and deletes', async () => {
    const memory = store();
    const first = await memory.putRecord('contributions', 'c1', 'p1', { hours: 2 });
    expect(first).toMatchObject({ collection: 'contributions', id: 'c1', ownerId: 'p1', revision: 1, value: { hours: 2 } });
    const second = await memory.putRecord('contributions', 'c1', 'p1', { hours: 3 });
    expect(second.revision).toBe(2);
    await memory.putRecord('contributions', 'c2', 'p2', { hours: 1 });
    expect((await memory.getRecord('contributions', 'c1'))?.value).toEqual({ hours: 3 });
    expect((await memory.listRecords('contributions', { ownerId: 'p1' })).map((record) => record.id)).toEqual(['c1']);
    expect((await memory.listRecords('contributions')).map((record) => record.id)).toEqual(['c1', 'c2']);
    expect(await memory.listRecords('loop-items')).toEqual([]);
    expect(await memory.deleteRecord('contributions', 'c1')).toBe(true);
    expect(await memory.deleteRecord('contributions', 'c1')).toBe(false);
    expect(await memory.getRecord('contributions', 'c1')).toBeUndefined();
  });

  it('refuses to overwrite someone else’s record or keep what JSON cannot hold', async () => {
    const memory = store();
    await memory.putRecord('assessments', 'a1', 'p1', { score: 1 });
    expect((await rejectionOf(memory.putRecord('assessments', 'a1', 'p2', { score: 2 }))).code).toBe('forbidden');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(await rejectionOf(memory.putRecord('assessments', 'a2', 'p1', cyclic))).toBeInstanceOf(ValidationError);
    expect((await rejectionOf(memory.putRecord('assessments', 'a3', 'p1', () => 1))).field).toBe('value');
    expect(Object.keys(memory.snapshot().records.assessments ?? {})).toEqual(['a1']);
  });
});

describe('DataStore atomic saves', () => {
  it('leaves the state exactly as before when saving fails, and emits nothing', async () => {
    const { saved, persistence } = countingPersistence();
    const engine = new DataStore({ persistence, now: steppingClock(), kind: 'test' });
    await engine.createPoll(pollRecord({ id: 'p', minNewVotes: 1, minGroupSize: 3 }));
    await engine.castVote(voteFor('p', 'a', 0));
    const { ownerToken } = await engine.createPledge(pledgeRecord('pl', { wallId: 'w', text: 'Listen first.' }));
    await engine.putRecord('contributions', 'c1', 'a', { hours: 1 });
    const before = engine.snapshot();
    const heard = [...events(engine, 'poll:p'), ...events(engine, 'wall:w')];

    saved.full = true;
    const attempts = [
      engine.castVote(voteFor('p', 'b', 1)),
      engine.castVote(voteFor('p', 'a', 3)),
      engine.updatePoll('p', 'close'),
      engine.updatePoll('p', 'reset'),
      engine.createPoll(pollRecord({ id: 'q' })),
      engine.joinPledge('pl', 'b'),
      engine.updatePledge('pl', ownerToken, { status: 'in-progress' }),
      engine.createPledge(pledgeRecord('pl-2', { wallId: 'w', text: 'More.' })),
      engine.putRecord('contributions', 'c1', 'a', { hours: 9 }),
      engine.putRecord('contributions', 'c2', 'a', { hours: 9 }),
      engine.deleteRecord('contributions', 'c1'),
    ];
    for (const attempt of attempts) {
      const error = await rejectionOf(attempt);
      expect(error).toBeInstanceOf(StorageError);
      expect(error.code).toBe('storage-full');
    }
    expect(engine.snapshot()).toEqual(before);
    expect(heard).toHaveLength(0);

    saved.full = false;
    expect((await engine.castVote(voteFor('p', 'b', 1))).version).toBe(2);
    expect(saved.state?.votes.p?.b?.rungId).toBe(RUNGS[1]);
  });

  it('loads what was saved into a new engine', async () => {
    const { persistence } = countingPersistence();
    const first = new DataStore({ persistence, now: steppingClock() });
    await first.createPoll(pollRecord({ id: 'p' }));
    await first.castVote(voteFor('p', 'a', 2));
    const second = new DataStore({ persistence, now: steppingClock() });
    expect((await second.getOwnVote('p', 'a'))?.rungId).toBe(RUNGS[2]);
    expect(second.snapshot()).toEqual(first.snapshot());
  });

  it('reloads and emits events when the saved state changed elsewhere', async () => {
    const { saved, persistence } = countingPersistence();
    let changed = false;
    const watching: (() => void)[] = [];
    const shared: StatePersistence = {
      ...persistence,
      changedElsewhere: () => changed,
      onExternalChange(listener) {
        watching.push(listener);
        return () => watching.splice(watching.indexOf(listener), 1);
      },
    };
    const mine = new DataStore({ persistence: shared, now: steppingClock() });
    const theirs = new DataStore({ persistence, now: steppingClock() });
    const heard = events(mine, 'poll:p');
    await theirs.createPoll(pollRecord({ id: 'p', minNewVotes: 1, minGroupSize: 3 }));
    await theirs.castVote(voteFor('p', 'a', 1));
    changed = true;
    watching.forEach((listener) => listener());
    changed = false;
    expect(heard.map((event) => event.type)).toEqual(['poll', 'results']);
    expect((await mine.getResults('p')).version).toBe(1);
    expect(saved.saves).toBe(2);
    await mine.close();
    expect(watching).toHaveLength(0);
  });

  it('refuses to work on data it could not load, and says so', async () => {
    let fail = true;
    const engine = new DataStore({
      persistence: {
        load() {
          if (fail) throw new StorageError('storage-unavailable', '', { en: 'Newer format.', fr: 'Format plus récent.' });
          return undefined;
        },
        save: () => undefined,
      },
    });
    expect((await rejectionOf(engine.getPoll('p'))).code).toBe('storage-unavailable');
    expect((await rejectionOf(engine.createPoll(pollRecord({ id: 'p' })))).code).toBe('storage-unavailable');
    fail = false;
    expect((await engine.createPoll(pollRecord({ id: 'p' }))).id).toBe('p');
  });
});
