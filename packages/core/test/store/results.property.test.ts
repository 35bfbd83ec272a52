import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTICIPATION_LADDER, protectSegmentedTally, protectTally, tallySegmentedVotes, tallyVotes } from '../../src/ladders/index.js';
import { SEGMENTS, type Segment } from '../../src/polls/index.js';
import { StorageError } from '../../src/shared/errors.js';
import { DataStore, type StoreState } from '../../src/store/index.js';
import { pollRecord, steppingClock, voteFor } from './helpers.js';

/** The protected result computed from scratch from every vote the state holds. */
function fromScratch(state: StoreState, askSegment: boolean, minGroupSize: number) {
  const votes = Object.values(state.votes.p ?? {});
  return askSegment
    ? protectSegmentedTally(tallySegmentedVotes(PARTICIPATION_LADDER, votes, { segments: SEGMENTS }), { minGroupSize })
    : protectTally(tallyVotes(PARTICIPATION_LADDER, votes.map((vote) => vote.rungId)), { minGroupSize });
}

describe('released results', () => {
  it('property: always equal the result recomputed from all votes, even when saves fail', async () => {
    const step = fc.record({
      participant: fc.nat({ max: 7 }),
      rung: fc.nat({ max: PARTICIPATION_LADDER.rungs.length - 1 }),
      segment: fc.option(fc.constantFrom<Segment>('staff', 'patient'), { nil: undefined }),
      saveFails: fc.boolean(),
      reset: fc.nat({ max: 20 }).map((n) => n === 0),
    });
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.integer({ min: 3, max: 5 }), fc.array(step, { maxLength: 40 }), async (askSegment, minGroupSize, steps) => {
        let failing = false;
        const engine = new DataStore({
          now: steppingClock(),
          persistence: {
            load: () => undefined,
            save() {
              if (failing) throw new StorageError('storage-full', '', { en: 'Full.', fr: 'Plein.' });
            },
          },
        });
        await engine.createPoll(pollRecord({ id: 'p', askSegment, minGroupSize, minNewVotes: 1 }));
        for (const { participant, rung, segment, saveFails, reset } of steps) {
          failing = saveFails;
          const attempt = reset
            ? engine.updatePoll('p', 'reset')
            : engine.castVote(voteFor('p', `v${participant}`, rung, askSegment ? segment : undefined));
          await attempt.catch((error: unknown) => expect(error).toBeInstanceOf(StorageError));
          failing = false;
          const state = engine.snapshot();
          const released = await engine.getResults('p');
          expect(released.changeCount).toBe(state.changeCounts.p);
          if (released.version > 0) expect(released.result).toEqual(fromScratch(state, askSegment, minGroupSize));
        }
      }),
      { numRuns: 150 },
    );
  });
});
