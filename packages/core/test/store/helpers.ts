/** Shared helpers for the store and client tests. */
import { PARTICIPATION_LADDER } from '../../src/ladders/index.js';
import { createPledge, readPledgeDraft } from '../../src/pledges/index.js';
import type { Pledge } from '../../src/pledges/types.js';
import { createPollRecord, readPollSettings, type Poll, type Segment, type Vote } from '../../src/polls/index.js';
import type { Clock } from '../../src/shared/clock.js';
import { StorageError } from '../../src/shared/errors.js';
import type { StatePersistence, StoreState } from '../../src/store/index.js';

/** The participation ladder's rung ids, lowest first. */
export const RUNGS = PARTICIPATION_LADDER.rungs.map((rung) => rung.id);

/** A clock that moves one second each time it is read. */
export function steppingClock(start = '2026-03-31T09:00:00.000Z'): Clock {
  let time = Date.parse(start);
  return () => new Date((time += 1000));
}

/** A stored poll record with the given settings. */
export function pollRecord(settings: Record<string, unknown>, now = '2026-03-31T08:00:00.000Z'): Poll {
  return createPollRecord(readPollSettings(settings), now);
}

/** A vote for a rung (by position on the participation ladder). */
export function voteFor(pollId: string, participantId: string, rung: number, segment?: Segment): Vote {
  return {
    pollId,
    participantId,
    rungId: RUNGS[rung]!,
    ...(segment !== undefined && { segment }),
    at: '2026-03-31T09:30:00.000Z',
  };
}

/** A stored pledge record. */
export function pledgeRecord(id: string, input: Record<string, unknown>, now = '2026-03-31T10:00:00.000Z'): Pledge {
  return createPledge(readPledgeDraft(input), { id, now });
}

/** A persistence that saves a copy into a variable, counts its saves, and can be told to fail like a full storage. */
export function countingPersistence(): { saved: { state?: StoreState; full: boolean; saves: number }; persistence: StatePersistence } {
  const saved: { state?: StoreState; full: boolean; saves: number } = { full: false, saves: 0 };
  const persistence: StatePersistence = {
    load: () => saved.state,
    save(state) {
      if (saved.full) throw new StorageError('storage-full', '', { en: 'Full.', fr: 'Plein.' });
      saved.state = JSON.parse(JSON.stringify(state)) as StoreState;
      saved.saves += 1;
    },
  };
  return { saved, persistence };
}
