import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataStore, type StoreEvent } from '../../src/store/index.js';
import { countingPersistence, pledgeRecord, pollRecord, RUNGS, steppingClock, voteFor } from './helpers.js';
import { rejectionOf } from '../support.js';

function heardOn(engine: DataStore, topic: `poll:${string}` | `wall:${string}`): StoreEvent[] {
  const heard: StoreEvent[] = [];
  engine.subscribe(topic, (event) => heard.push(event));
  return heard;
}

describe('DataStore batched saves', () => {
  it('saves the changes made together once, and settles each only after that save', async () => {
    const { saved, persistence } = countingPersistence();
    const engine = new DataStore({ persistence, now: steppingClock() });
    const heard = heardOn(engine, 'poll:poll-3');
    const created = Array.from({ length: 20 }, (_, index) => engine.createPoll(pollRecord({ id: `poll-${index}` })));
    expect(saved.saves).toBe(0);
    expect(heard).toEqual([]);
    const polls = await Promise.all(created);
    expect(polls.map((poll) => poll.id)).toEqual(Array.from({ length: 20 }, (_, index) => `poll-${index}`));
    expect(saved.saves).toBe(1);
    expect(Object.keys(saved.state?.polls ?? {})).toHaveLength(20);
    expect(heard.map((event) => event.type)).toEqual(['poll']);
  });

  it('saves changes made one after the other (each awaited) one by one', async () => {
    const { saved, persistence } = countingPersistence();
    const engine = new DataStore({ persistence, now: steppingClock() });
    await engine.createPoll(pollRecord({ id: 'p', minNewVotes: 1, minGroupSize: 3 }));
    await engine.castVote(voteFor('p', 'a', 2));
    expect(saved.saves).toBe(2);
    expect(saved.state?.votes.p?.a?.rungId).toBe(RUNGS[2]);
  });

  it('puts back every change of a batch whose save fails, rejects them all and emits nothing', async () => {
    const { saved, persistence } = countingPersistence();
    const engine = new DataStore({ persistence, now: steppingClock() });
    await engine.createPoll(pollRecord({ id: 'p', minNewVotes: 1, minGroupSize: 3 }));
    const before = engine.snapshot();
    const heard = [...heardOn(engine, 'poll:p'), ...heardOn(engine, 'wall:w')];
    saved.full = true;
    const batch = [
      engine.castVote(voteFor('p', 'a', 1)),
      engine.createPledge(pledgeRecord('pl', { wallId: 'w', text: 'Ask a partner first.' })),
      engine.updatePoll('p', 'close'),
    ];
    for (const change of batch) expect((await rejectionOf(change)).code).toBe('storage-full');
    expect(engine.snapshot()).toEqual(before);
    expect(heard).toEqual([]);
    saved.full = false;
    expect((await engine.castVote(voteFor('p', 'a', 1))).version).toBe(1);
    expect(saved.state?.votes.p?.a?.rungId).toBe(RUNGS[1]);
  });

  it('rejects only the change whose own input is wrong; the rest of the batch is saved', async () => {
    const { saved, persistence } = countingPersistence();
    const engine = new DataStore({ persistence, now: steppingClock() });
    const good = engine.createPoll(pollRecord({ id: 'good' }));
    const bad = engine.createPoll(pollRecord({ id: 'good' }));
    expect((await rejectionOf(bad)).code).toBe('conflict');
    expect((await good).id).toBe('good');
    expect(Object.keys(saved.state?.polls ?? {})).toEqual(['good']);
  });

  it('saves what is waiting at once when closed, so nothing is lost', async () => {
    const { saved, persistence } = countingPersistence();
    const engine = new DataStore({ persistence, now: steppingClock() });
    const created = engine.createPoll(pollRecord({ id: 'p' }));
    const closing = engine.close();
    expect(saved.saves).toBe(1);
    await Promise.all([created, closing]);
    expect(Object.keys(saved.state?.polls ?? {})).toEqual(['p']);
  });

  it('keeps the saved state equal to the engine after any mix of batched changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ voter: fc.constantFrom('a', 'b', 'c', 'd'), rung: fc.integer({ min: 0, max: RUNGS.length - 1 }), wait: fc.boolean() }), {
          maxLength: 12,
        }),
        async (votes) => {
          const { saved, persistence } = countingPersistence();
          const engine = new DataStore({ persistence, now: steppingClock() });
          await engine.createPoll(pollRecord({ id: 'p', minNewVotes: 1, minGroupSize: 3 }));
          const pending: Promise<unknown>[] = [];
          for (const { voter, rung, wait } of votes) {
            const cast = engine.castVote(voteFor('p', voter, rung));
            if (wait) await cast;
            else pending.push(cast);
          }
          await Promise.all(pending);
          expect(saved.state).toEqual(engine.snapshot());
          expect(new DataStore({ persistence, now: steppingClock() }).snapshot()).toEqual(engine.snapshot());
        },
      ),
      { numRuns: 60 },
    );
  });
});
